"""Session 15: the page's date in more of the forms news sites print it: a slashed date read in
the order the page's other slashed dates or the zone after its time show, an "Issued on:" label,
a Russian or Ukrainian weekday before the date (a lower-case line under the headline). Pages of
fictional sites, written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.article import extract_article
from claimgraph.extract import dates
from claimgraph.extract.dates import find_date_span

HEADLINE = "Harbour crane collapses onto an empty container ship at Varnby"
BODY = {
    "en": [
        "A harbour crane collapsed onto an empty container ship at Varnby on Tuesday, the port authority said.",
        "\"Nobody was on the deck when it fell,\" said port engineer Halden Moss.",
        "The berth will stay closed while inspectors examine the other cranes.",
    ],
    "ru": [
        "Портовый кран упал на пустой контейнеровоз в Варнбю во вторник, сообщили в администрации порта.",
        "«На палубе никого не было», — сказал инженер порта Глеб Мосин.",
        "Причал закрыт, пока инспекторы проверяют остальные краны.",
    ],
    "uk": [
        "Портовий кран упав на порожній контейнеровоз у Варнбю у вівторок, повідомили в адміністрації порту.",
        "«На палубі нікого не було», — сказав інженер порту Гліб Мосін.",
        "Причал закрито, доки інспектори перевіряють інші крани.",
    ],
}
HEADLINES = {"en": HEADLINE, "ru": "Портовый кран упал на пустой контейнеровоз в морском порту Варнбю",
             "uk": "Портовий кран упав на порожній контейнеровоз у морському порту Варнбю"}


def page(*dates: str, lang: str = "en") -> str:
    return "\n".join(["Varnby Harbour News", "News | Port | Weather", HEADLINES[lang], *dates, *BODY[lang]]) + "\n"


@pytest.mark.parametrize("dates, published", [
    # the page's other slashed date shows the order: day first, month first
    (("Published: 04/06/2024 - 08:15", "Updated: 21/06/2024 - 10:02"), "2024-06-04"),
    (("Posted 04/06/2024", "Updated 06/21/2024"), "2024-04-06"),
    # "Issued on:" is a publication label; its date read by the modified date's order
    (("Issued on: 04/06/2024 - 09:40", "Modified: 22/06/2024 - 18:00"), "2024-06-04"),
    # a European zone after the time: day first
    (("04/06/2024 - 08:15 EET",), "2024-06-04"),
    (("04/06/2024, 14:00 CET",), "2024-06-04"),
])
def test_a_slashed_date_is_read_in_the_pages_order(dates, published):
    article = extract_article(page(*dates), "text")
    assert article.published == published
    assert article.headline == HEADLINE


@pytest.mark.parametrize("dates", [
    ("04/06/2024",),                                            # nothing tells the order
    ("04/06/2024", "Related: 21/06/2024 | 06/22/2024"),         # the page's dates disagree
])
def test_an_ambiguous_slashed_date_with_no_sign_of_its_order_is_not_read(dates):
    assert extract_article(page(*dates), "text").published not in {"2024-04-06", "2024-06-04"}


def test_a_us_zone_after_the_time_wins_over_the_pages_order():
    # a day-first page elsewhere, but this stamp prints a US zone: month first
    assert find_date_span("04/06/2024 4:15 PM EDT", True)[0] == "2024-04-06"
    assert find_date_span("04/06/2024 08:15 CET", False)[0] == "2024-06-04"


def test_slashed_order_from_the_dates_whose_numbers_tell_it():
    assert dates.slashed_order(["Modified: 17/03/2024"]) is True
    assert dates.slashed_order(["Updated 03/17/2024"]) is False
    assert dates.slashed_order(["04/05/2024", "no dates here"]) is None
    assert dates.slashed_order(["17/03/2024", "03/18/2024"]) is None   # they disagree


@pytest.mark.parametrize("lang, line, published", [
    ("ru", "вторник, 5 марта 2024, 12:34", "2024-03-05"),
    ("ru", "ср, 4 июня 2024 10:15", "2024-06-04"),
    ("uk", "середа, 4 червня 2024", "2024-06-04"),
])
def test_a_cyrillic_weekday_date_line_is_not_joined_to_the_headline(lang, line, published):
    article = extract_article(page(line, lang=lang), "text")
    assert article.headline == HEADLINES[lang]
    assert article.published == published


def test_a_lower_case_continuation_still_joins_its_line():
    # a hard-wrapped sentence continues in lower case on the next line: still one paragraph
    text = ("Varnby Harbour News\nNews | Port | Weather\n" + HEADLINE + "\nPublished 4 June 2024\n"
            "A harbour crane collapsed onto an empty container ship at Varnby on Tuesday after\n"
            "its arm buckled in the wind, the port authority said on 4 June 2024.\n" + "\n".join(BODY["en"][1:]) + "\n")
    article = extract_article(text, "text")
    assert any("after its arm buckled" in p for p in article.paragraphs)


@pytest.mark.parametrize("tail", [
    # a comment's name first, then its date: the comment's, not the page's
    "Комментарии\nИван Петров\n05.06.2024 09:10\nдавно пора\n",
    # another story's title beside its date under the body
    "Читайте также\nВ сквере установили скамейки — 05.06.2024\n",
])
def test_a_date_under_the_body_not_right_under_it_is_not_the_pages(tail):
    assert extract_article(page(lang="ru") + tail, "text").published is None


def test_a_date_line_above_the_body_wins_over_the_one_under_it():
    text = page("04.06.2024 12:34", lang="ru") + "06.06.2024 18:00\n"
    assert extract_article(text, "text").published == "2024-06-04"


# --- mend (review of date15): counter-cases the first pass got wrong ---------------------------

WRAPPED = ("The ferry operator's spokeswoman Mirela Dost told the harbour board in writing that the\n"
           "new timetable would start once the second hull was back from the yard and the crews trained\n"
           "{last}\n")


@pytest.mark.parametrize("last", ["on 9 April 2024.", "9 April 2024.", "Tuesday, 9 April 2024."])
def test_a_wrapped_paragraph_ending_in_a_date_line_still_joins(last):
    # the last line of a hard-wrapped paragraph is only a date: it still continues the sentence
    text = ("Varnby Harbour News\nNews | Port | Weather\n" + HEADLINE + "\nPublished 4 June 2024\n\n"
            + WRAPPED.format(last=last) + "\n" + "\n".join(BODY["en"][1:]) + "\n")
    article = extract_article(text, "text")
    joined = "crews trained " + last.rstrip(".")
    assert any(joined in p for p in article.paragraphs), article.paragraphs


@pytest.mark.parametrize("tail", [
    # a list of other stories under the body: date line, then its title (no heading over it)
    "07.06.2024 10:00\nCanal fair returns to the old Varnby wharf\n08.06.2024 11:00\nVarnby library reopens after the flood\n",
    "June 7, 2024\nCanal fair returns to the old Varnby wharf\nJune 8, 2024\nVarnby library reopens after the flood\n",
    # a photo credit's date, an event box's date
    "07.06.2024\nPhoto: Halden Moss\n",
    "Friday, 21 June 2024\n",
])
def test_a_date_under_the_body_with_no_date_of_the_page_is_not_the_pages(tail):
    assert extract_article(page() + tail, "text").published is None


@pytest.mark.parametrize("line", [
    "Updated 04/06/2024 10:00 West Coast time",
    "Posted 04/06/2024 16:20 West Varnby edition",
    "04/06/2024 10:00 west",
])
def test_the_word_west_after_a_time_is_no_european_zone(line):
    assert extract_article(page(line), "text").published != "2024-06-04"


@pytest.mark.parametrize("lede", [
    "Issued on 3 June 2024 by the harbour board, the notice closed the north quay to lorries.",
    "Issued on 4 June 2024, the warning told skippers to keep clear of the outer lock.",
])
def test_an_issued_on_lede_does_not_date_the_page(lede):
    text = ("Varnby Harbour News\nNews | Port | Weather\n" + HEADLINE + "\nBy Halden Moss\n"
            + lede + "\n" + "\n".join(BODY["en"]) + "\n")
    assert extract_article(text, "text").published is None


def test_a_russian_digest_headline_with_a_weekday_date_is_kept():
    headline = "Итоги дня: среда, 5 марта 2024"
    text = "\n".join(["Варнбю-Курьер", "Новости | Город | Спорт", headline,
                      "Опубликовано 05.03.2024 21:00", *BODY["ru"]]) + "\n"
    article = extract_article(text, "text")
    assert article.headline == headline
    assert article.published == "2024-03-05"

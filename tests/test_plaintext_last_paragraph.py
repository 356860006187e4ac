"""The article's last paragraph as one short sentence (session 14): "Police have yet to name the
suspect." or "The trial continues." closing a page that prints no other one-sentence paragraph is
the article's when it reads as a third-person declarative clause, and is kept; a short line the
site writes (an imperative pitch, "we"/"you", a reader's "I", "Comments are closed.", a note about
the page itself) stays out. Pages are fictional, written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.article import extract_article
from claimgraph.extract.attribution import extract_claims

EN_HEADER = ["Brackwater Herald", "Home | News | Sport | Business", "Warehouse fire closes ring road", "9 May 2024"]
EN_BODY = [
    "A fire at a furniture warehouse on the Brackwater ring road sent smoke over the town on Thursday, "
    "and the road was closed for most of the afternoon while crews fought the blaze.",
    "The fire service said eight engines had been sent to the site and that nearby offices had been "
    "cleared as a precaution while the roof burned.",
    "Traders on the neighbouring estate said the smoke had forced them to shut early.",
]
EN_CHROME = ["Share this story", "Most read", "Brackwater market to move indoors", "© 2024 Brackwater Herald"]

RU_HEADER = ["Вести Приозерья", "Главная | Новости | Общество", "В Приозерске закрыли школу на карантин", "9 февраля 2024"]
RU_BODY = [
    "Власти Приозерска закрыли среднюю школу номер три на карантин после вспышки гриппа, сообщили в "
    "городском управлении образования в пятницу.",
    "По данным чиновников, занятия для старших классов будут проходить дистанционно до конца месяца.",
]
UK_HEADER = ["Вісті Приозер'я", "Головна | Новини | Суспільство", "У Приозерську закрили школу на карантин", "9 лютого 2024"]
UK_BODY = [
    "Влада Приозерська закрила середню школу номер три на карантин після спалаху грипу, повідомили в "
    "міському управлінні освіти в п'ятницю.",
    "За даними посадовців, заняття для старших класів проходитимуть дистанційно до кінця місяця.",
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize("last", [
    ["The warehouse owners did not reply."],
    ["The cause is not yet known."],
    ["Police have yet to name the owner.", "An inquiry has been opened."],
])
def test_short_declarative_last_paragraphs_are_kept(last):
    article = extract_article(page(*EN_HEADER, *EN_BODY, *last, *EN_CHROME), "text")
    assert article.paragraphs == EN_BODY + last


@pytest.mark.parametrize("header, body, last, chrome", [
    (RU_HEADER, RU_BODY, "В школе от комментариев отказались.", ["Поделиться", "Самое читаемое", "Погода на выходные"]),
    (RU_HEADER, RU_BODY, "Младшие классы временно распущены.", ["Реклама", "© 2024 Вести Приозерья"]),
    (UK_HEADER, UK_BODY, "Заняття для молодших класів скасовано.", ["Поділитися", "Найпопулярніше", "Погода на вихідні"]),
])
def test_cyrillic_short_last_paragraph_is_kept(header, body, last, chrome):
    article = extract_article(page(*header, *body, last, *chrome), "text")
    assert article.paragraphs == body + [last]


@pytest.mark.parametrize("line", [
    "Download our app for the latest alerts.",        # an imperative and the site's "our"
    "Get the morning headlines in your inbox.",
    "We welcome letters from readers.",
    "I drive past that warehouse every day.",         # a reader's comment
    "What a terrible afternoon that was.",
    "Comments are closed.",
    "This story will be updated.",
    "Fire crews at the warehouse on Thursday.",       # a caption: no verb
])
def test_short_site_lines_after_the_article_stay_out(line):
    article = extract_article(page(*EN_HEADER, *EN_BODY, line, *EN_CHROME), "text")
    assert article.paragraphs == EN_BODY


@pytest.mark.parametrize("line", ["Подписывайтесь на наш канал в Telegram.", "Читайте нас у Telegram."])
def test_cyrillic_imperative_pitch_stays_out(line):
    header, body = (UK_HEADER, UK_BODY) if "у Telegram" in line else (RU_HEADER, RU_BODY)
    article = extract_article(page(*header, *body, line, "Реклама"), "text")
    assert article.paragraphs == body


def test_closing_refusal_to_comment_becomes_a_claim():
    """The point of the body change: the closing refusal is now read, and is a no-comment claim."""
    article = extract_article(page(*EN_HEADER, *EN_BODY, "The warehouse owners did not respond.", *EN_CHROME), "text")
    claims = [c for c in extract_claims(article.body).claims if c.kind == "no_comment"]
    assert any("did not respond" in c.content for c in claims)


# Session 14 mend. A date inside a kept one-sentence paragraph is news, never the page's date.
DATELESS_HEADER = EN_HEADER[:3]
DATELESS_CHROME = ["Share this story", "Most read", "© 2025 Brackwater Herald"]


def test_date_in_a_kept_closing_line_is_not_the_published_date():
    closing = "The inquest resumes on 3 April 2025."
    article = extract_article(page(*DATELESS_HEADER, *EN_BODY, closing, *DATELESS_CHROME), "text")
    assert article.paragraphs == EN_BODY + [closing]
    assert article.published is None


def test_date_in_a_one_sentence_paragraph_among_the_first_lines_is_not_the_published_date():
    middle = "The inquest opens on 2 April 2025."
    body = [EN_BODY[0], middle, *EN_BODY[1:]]
    article = extract_article(page(*DATELESS_HEADER, *body, *DATELESS_CHROME), "text")
    assert middle in article.paragraphs
    assert article.published is None


# Third-person lines the site prints under the article: the outlet speaking of itself, a byline's
# bio, weather, market and offer widgets. Each reads as a declarative clause, shares no word with
# the story or names the site, and stays out (so no claim is made from it).
@pytest.mark.parametrize("line", [
    "The Herald never comments on legal cases.",        # the outlet's own policy: a name the story never printed
    "The Brackwater Herald is printed every weekday.",  # the site's name from the header, not in the story
    "Lotte Brenner joined the paper in 2019.",          # a bio
    "Forecasters expect frost by Sunday.",              # weather
    "Showers are likely this evening.",
    "Economists predict that prices will fall.",        # markets
    "Shares ended the day lower.",
    "Subscribers enjoy free puzzles every week.",       # an offer
])
def test_third_person_site_lines_after_the_article_stay_out(line):
    article = extract_article(page(*EN_HEADER, *EN_BODY, line, *EN_CHROME), "text")
    assert article.paragraphs == EN_BODY


@pytest.mark.parametrize("header, body, line", [
    (RU_HEADER, RU_BODY, "Курс евро снизился на десять копеек."),
    (RU_HEADER, RU_BODY, "Ночью ожидается сильный ветер."),
    (UK_HEADER, UK_BODY, "Курс євро знизився на десять копійок."),
    (UK_HEADER, UK_BODY, "Вночі очікується сильний вітер."),
])
def test_cyrillic_third_person_site_lines_stay_out(header, body, line):
    article = extract_article(page(*header, *body, line, "Реклама"), "text")
    assert article.paragraphs == body


# The story's own closing lines that share no word with it are still kept: a refusal, a tally of
# the unhurt, where things stand (perfect, progressive, negated), a citation of an institution
# with no named speaker (Russian and Ukrainian).
@pytest.mark.parametrize("last", [
    "Nobody was hurt.",
    "Investigators are looking for witnesses.",
    "Divers did not find any damage.",
])
def test_closing_lines_sharing_no_word_with_the_story_are_kept(last):
    article = extract_article(page(*EN_HEADER, *EN_BODY, last, *EN_CHROME), "text")
    assert article.paragraphs == EN_BODY + [last]


@pytest.mark.parametrize("header, body, last", [
    (RU_HEADER, RU_BODY, "Водителя пока не задержали."),
    (UK_HEADER, UK_BODY, "Водія поки не затримали."),
    (RU_HEADER, RU_BODY, "Никто из детей не заболел."),
])
def test_cyrillic_closing_lines_sharing_no_word_are_kept(header, body, last):
    article = extract_article(page(*header, *body, last, "Реклама"), "text")
    assert article.paragraphs == body + [last]

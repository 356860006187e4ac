"""Headlines under chrome that looks like a title: a byline with its date, a ticker's item,
another story's title with its date (session 11). Pages are ones we wrote."""

from claimgraph.extract.article import extract_article

BODY = (
    "The county library in Wexmoor will open on Sundays from next month, the council said on Monday.\n"
    '"Families have asked for this for years," said librarian Orla Feeney, who ran the campaign.\n'
    "The change will cost the council about forty thousand pounds a year, officials said.\n"
)


def test_byline_with_role_and_date_above_the_title_is_not_the_headline():
    text = "Wexmoor Gazette\nLocal\nDorian Quayle, Community Reporter · 7 March 2022\n" \
           "County library to open on Sundays from April\n" + BODY
    art = extract_article(text, "text")
    assert art.headline == "County library to open on Sundays from April"
    assert (art.published or "")[:10] == "2022-03-07"


def test_cyrillic_byline_with_date_above_the_title():
    text = ("Вісті Вексмору\nОлена Дзюба, кореспондентка | 7 березня 2022 року\n"
            "Бібліотека в місті працюватиме в неділю\n"
            "Міська бібліотека працюватиме в неділю з наступного місяця, повідомили в міській раді.\n"
            "«Родини давно просили про це», — сказала бібліотекарка Ольга Фенюк.\n"
            "Нові години роботи почнуть діяти з першого квітня, повідомили в раді.\n")
    art = extract_article(text, "text")
    assert art.headline == "Бібліотека в місті працюватиме в неділю"
    assert (art.published or "")[:10] == "2022-03-07"


def test_ticker_items_above_the_title_are_not_the_headline():
    # two items make a list (one alone may be the page's own labelled headline: see the mend tests)
    text = "Wexmoor Gazette\nBreaking: Ring road closed after a crash\nLatest: Rail strike called off for the weekend\n" \
           "County library to open on Sundays from next month after a campaign\nBy Dorian Quayle\n7 March 2022\n" + BODY
    art = extract_article(text, "text")
    assert art.headline == "County library to open on Sundays from next month after a campaign"


def test_other_stories_dated_titles_above_the_title_are_not_the_headline():
    text = "Wexmoor Gazette\nFerry fares to rise for the summer season on all the island routes - 6 March 2022\n" \
           "Town hall clock restored after two years of silence - 5 March 2022\n" \
           "Library opens on Sundays\n" + BODY
    art = extract_article(text, "text")
    assert art.headline == "Library opens on Sundays"


def test_title_with_its_own_date_right_above_the_body_stays_the_headline():
    # counter-case: the only title-like line, its date beside it, is the page's headline
    text = "Wexmoor Gazette\nCounty library to open on Sundays | 7 March 2022\n" + BODY
    art = extract_article(text, "text")
    assert art.headline is not None and art.headline.startswith("County library to open on Sundays")


def test_short_ticker_labelled_title_alone_stays_the_headline():
    # counter-case: a page whose own headline carries the label, with no other title under it
    text = "Wexmoor Gazette\nBreaking: County library to open on Sundays\nBy Dorian Quayle\n7 March 2022\n" + BODY
    art = extract_article(text, "text")
    assert art.headline == "Breaking: County library to open on Sundays"

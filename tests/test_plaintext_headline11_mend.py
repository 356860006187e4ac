"""Counter-cases after the head11 review: a labelled or dated headline with a line under it, a
headline that opens with a name and role, a byline printing two dates. Pages are ones we wrote
(fictional town "Brisk Hollow", outlet "Hollow Courier")."""

import pytest

from claimgraph.extract.article import extract_article

BODY = (
    "The river ferry at Brisk Hollow will stop running for six weeks while its engine is replaced, the operator said.\n"
    '"We would rather lose a summer than a ferry," said operator Ingrid Valstad, who has run the service for years.\n'
    "Walkers will have to use the road bridge four miles upstream until the work is done, officials said.\n"
)
BODY_RU = (
    "Паромная переправа в Брисквилле закроется на шесть недель, пока меняют двигатель, сообщил перевозчик.\n"
    "«Лучше потерять лето, чем паром», — сказала владелица переправы Ингрид Вальстад.\n"
    "Пешеходам придётся пользоваться мостом в шести километрах выше по реке, сообщили в администрации.\n"
)


@pytest.mark.parametrize(("title", "under"), [
    ("Breaking: Brisk Hollow ferry halted for engine repairs", "Pella Durnford, River Correspondent"),
    ("Breaking: Brisk Hollow ferry halted for engine repairs", "Operator says the work could last until the autumn holidays"),
    ("Live: Flood warnings along the Brisk valley", "Rowan Keel, Weather Reporter"),
    ("Live: Flood warnings along the Brisk valley", "Follow our coverage as the water rises through the evening"),
    ("Update: Ferry restart pushed back again", "What the operator told us"),
    ("Brisk Hollow ferry halted | 4 June 2022", "Pella Durnford, River Correspondent"),
    ("Brisk Hollow ferry to stay moored until August · 4 June 2022", "Walkers asked to use the bridge"),
    ("Brisk Hollow ferry halted for engine repairs - 4 June 2022", "Ferries Rivers Brisk Hollow"),
])
def test_one_labelled_or_dated_title_with_a_line_under_it_stays_the_headline(title, under):
    art = extract_article(f"Hollow Courier\n{title}\n{under}\n" + BODY, "text")
    assert art.headline is not None and art.headline.startswith(title.split(" | ")[0].split(" · ")[0].split(" - ")[0])


def test_cyrillic_ticker_labelled_title_with_a_byline_under_it_stays_the_headline():
    title = "Срочно: В Брисквилле остановили паром"
    art = extract_article(f"Вести Брисквилля\n{title}\nВера Остапова, корреспондент\n" + BODY_RU, "text")
    assert art.headline == title


def test_a_run_of_two_ticker_items_above_the_title_is_a_list():
    text = ("Hollow Courier\nBreaking: Mill road closed after a crash\nJust in: Council tax to rise next spring\n"
            "Brisk Hollow ferry halted for six weeks of engine repairs\n" + BODY)
    assert extract_article(text, "text").headline == "Brisk Hollow ferry halted for six weeks of engine repairs"


@pytest.mark.parametrize("title", [
    "Oskar Dunmore, mayor, steps down · 4 June 2022",
    "Hedda Sorn, Transport Minister, resigns - 4 June 2022",
])
def test_a_title_opening_with_a_name_and_role_and_a_verb_is_the_headline(title):
    art = extract_article(f"Hollow Courier\n{title}\n" + BODY, "text")
    assert art.headline is not None and art.headline.startswith(title.split(" · ")[0].split(" - ")[0])


def test_a_dated_name_and_role_line_is_the_headline_when_no_other_title_remains():
    art = extract_article("Hollow Courier\nHedda Sorn, Transport Minister | 4 June 2022\nBy Pella Durnford\n" + BODY, "text")
    assert art.headline is not None and art.headline.startswith("Hedda Sorn, Transport Minister")


def test_a_byline_printing_two_dates_gives_the_first_as_the_page_date():
    text = ("Hollow Courier\nPella Durnford · 4 June 2022 · edited 5 June 2022\n"
            "Brisk Hollow ferry to stay moored until August\n" + BODY)
    art = extract_article(text, "text")
    assert art.headline == "Brisk Hollow ferry to stay moored until August"
    assert (art.published or "")[:10] == "2022-06-04"

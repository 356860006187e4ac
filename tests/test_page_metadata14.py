"""Session 14: the outlet a page's top line names (its logo before the menu) when the page names
it again below; a framed "Advertisement" label above the headline; a date row that credits the
story's source. Pages of fictional sites, written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.article import extract_article

HEADLINE = "Ferry service to Orlen Island suspended after pier damage"
BODY = [
    "The ferry service to Orlen Island was suspended on Monday after inspectors found cracks in the main pier.",
    "\"We cannot risk a crossing until the pier is shored up,\" said harbour master Tove Lindqvar.",
    "The island's council said a temporary landing stage would be built within two weeks.",
    "Residents said the island's only shop was already running short of fresh food.",
]


def page(*top: str, date: str = "4 March 2026", footer: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*top, HEADLINE, date, *BODY, *footer]) + "\n"


@pytest.mark.parametrize("top, footer, outlet", [
    # the logo's two names, the short one repeated in the footer
    (("OBC - Orlen Broadcasting Corporation", "Home | Island | Weather | Sport"), ("(c) OBC 2026",),
     "Orlen Broadcasting Corporation"),
    # a logo in capitals with its menu on the same line, the name repeated in the copyright line
    (("THE SKELLAND MARINER  |  Harbour  Island  Business  Letters",), ("© The Skelland Mariner 1951-2026",),
     "THE SKELLAND MARINER"),
    # a logo with its other name in brackets, repeated in the footer's "About" link
    (("ISLES POST (Vessa Isles Post)", "Home  Local  Region  Opinion"),
     ("About Isles Post",), "Vessa Isles Post"),
])
def test_the_top_lines_logo_named_again_below_is_the_outlet(top, footer, outlet):
    article = extract_article(page(*top, footer=footer), "text")
    assert article.headline == HEADLINE
    assert article.outlet == outlet


def test_the_logos_acronym_in_the_dateline_bears_it_out():
    body_first = "KARNHOLM, 4 March 2026 (NRA) - " + BODY[0]
    text = "\n\n".join(["NRA - NORDVIK RADIO AGENCY", "Home > Europe", HEADLINE, body_first, *BODY[1:]]) + "\n"
    assert extract_article(text, "text").outlet == "NORDVIK RADIO AGENCY"


@pytest.mark.parametrize("top, footer", [
    # a topic over the page, repeated only as words of a sentence
    (("Island Ferries",), ("Island ferries have been cut twice this winter.",)),
    # a topic with a paper's word, named nowhere else
    (("Harbour News | Island | Weather",), ()),
    # a section in capitals repeated in a "more from" list: no paper's name in it ... but a list
    # of other stories is not the footer of a site: the line is a topic, not a logo
    (("Storm Watch",), ("More from Storm Watch",)),
])
def test_a_topic_on_the_top_line_is_no_outlet(top, footer):
    assert extract_article(page(*top, footer=footer), "text").outlet is None


@pytest.mark.parametrize("label", [
    "--- Advertisement: Orlen Hardware - paint and rope ---",
    "[ SPONSORED: Island cottages from 90,000 euros ]",
])
def test_a_framed_advertisement_label_is_not_the_headline(label):
    article = extract_article(page("Orlen Gazette", "Home | Island | Sport", label), "text")
    assert article.headline == HEADLINE


@pytest.mark.parametrize("row, iso", [
    ("04.03.2026 | 10:15 | Source: Corvane Press", "2026-03-04"),
    ("Mar 4, 2026 - 3 min read - Source: Corvane Press", "2026-03-04"),
])
def test_a_date_row_that_credits_the_source_dates_the_page(row, iso):
    article = extract_article(page("Orlen Gazette", "Home | Island | Sport", date=row), "text")
    assert article.published == iso
    assert article.headline == HEADLINE


def test_a_photo_credit_with_a_date_stays_a_caption():
    # counter-case: a photo's credit beside its date is a caption's, and does not date the page
    text = page("Orlen Gazette", "Home | Island | Sport", date="Photo: Anja Ruud | 12 February 2026")
    assert extract_article(text, "text").published != "2026-02-12"


def test_a_plain_name_on_the_top_line_is_borne_out_by_the_copyright_line():
    # no paper's word in the name, alone on its line: the footer's copyright line names it again
    text = page("Orlen Coast Watch", "Home | Island | Sport", footer=("Orlen Coast Watch is funded by readers. (c) 2026",))
    assert extract_article(text, "text").outlet == "Orlen Coast Watch"


def test_a_plain_name_on_the_top_line_repeated_without_copyright_is_no_outlet():
    # counter-case: the same name repeated in a list of stories is a topic's, not the site's
    text = page("Orlen Coast Watch", "Home | Island | Sport", footer=("More from Orlen Coast Watch",))
    assert extract_article(text, "text").outlet is None

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


# Session 14 mend (review of meta14): the site's copyright line wins over a top line that names
# something else, and only a copyright line, a dateline's credit or an "About" link bear a top line out.
@pytest.mark.parametrize("top, footer, body", [
    # a columnist with her role, named again in a bio line
    (("Maren Voss  |  Columnist", "Home | Island | Opinion | Sport"), ("Maren Voss writes on the coast every Friday.",), None),
    # a reporter, named again in a "Follow" link
    (("Pieter Alms  /  Coast correspondent",), ("Follow Pieter Alms",), None),
    # a topic with its menu, named again in a "More from" list
    (("Coastal Floods  |  Live  Maps  Analysis  Explainers",), ("More from Coastal Floods",), None),
    # a sponsor's label, named again in "Sponsored by"
    (("Harwick Insurance  |  Partner content",), ("Sponsored by Harwick Insurance",), None),
    # a section in capitals, named again in the menu beneath it
    (("COMMENT", "Home | Island | Comment | Sport"), (), None),
    # a topic whose first word alone recurs in the body ("UN" is no "UN Affairs")
    (("UN Affairs  |  Geneva  Agencies  Assembly  Votes",), (),
     ["The UN said on Tuesday it would send engineers to Orlen Island."] + BODY[1:]),
])
def test_the_sites_copyright_wins_over_a_top_line_naming_something_else(top, footer, body):
    text = "\n\n".join([*top, HEADLINE, "4 March 2026", *(body or BODY), *footer, "© 2026 Orlen Gazette"]) + "\n"
    assert extract_article(text, "text").outlet == "Orlen Gazette"


def test_a_wire_logo_over_a_reprint_yields_to_the_reprinting_sites_copyright():
    body = ["ORLEN, March 4 (Delmar News Service) - " + BODY[0], *BODY[1:]]
    text = "\n\n".join(["DELMAR NEWS SERVICE  |  World  Business  Markets  Tech", HEADLINE, *body,
                        "© 2026 Ostwick Daily. Delmar News Service stories appear under licence."]) + "\n"
    assert extract_article(text, "text").outlet == "Ostwick Daily"


@pytest.mark.parametrize("headline", [
    "'Advertising levy will close the market', says Orlen trader",
    "«Реклама на набережной запрещена»: торговцы Орлена недовольны",
])
def test_a_quoted_headline_opening_with_advertising_is_the_headline(headline):
    text = "\n\n".join(["Orlen Gazette", "Home | Island | Sport", headline, "4 March 2026", *BODY]) + "\n"
    assert extract_article(text, "text").headline == headline


def test_a_quoted_paragraph_opening_with_advertising_stays_in_the_body():
    quote = "\"Advertising money will not rebuild the pier,\" said mayor Hollis Drene."
    text = "\n\n".join(["Orlen Gazette", "Home | Island | Sport", HEADLINE, "4 March 2026",
                        BODY[0], quote, "— Sponsored trips to the island were called off too, the tour firm said.",
                        *BODY[1:]]) + "\n"
    body = extract_article(text, "text").body or ""
    assert "Advertising money" in body
    assert "Sponsored trips" in body


def test_a_photo_row_with_a_source_field_does_not_date_the_page():
    text = "\n\n".join(["Orlen Gazette", "Home | Island | Sport", HEADLINE,
                        "Photo: Lien Hart | 9 January 2026 | Source: Delmar News Service", "4 March 2026", *BODY]) + "\n"
    assert extract_article(text, "text").published == "2026-03-04"

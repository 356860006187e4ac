"""Session 16: where a page puts its date — far under the body below tags and share buttons, at
the end of a long byline, after an update label in one line of fields — and the counter-case of
other stories' labelled dates under the body. Pages of fictional sites, written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.article import extract_article

HEADLINE = "River wall holds as Kessby braces for more rain"
BODY = (
    "Volunteers filled sandbags along the river wall at Kessby through Tuesday afternoon.\n"
    "\"The water has come up faster than anyone expected,\" said flood warden Ottilie Marsh, standing by the sluice.\n"
    "The council opened the community hall for families who had to leave their homes overnight.\n"
    "Forecasters said more rain was due on Wednesday before the weather turned drier at the weekend.\n"
)


def published(top: str, bottom: str = "") -> str | None:
    return extract_article(f"Kessby Star\n{HEADLINE}\n{top}{BODY}{bottom}", "text").published


@pytest.mark.parametrize(
    "top, bottom",
    [
        ("", "Share this article\nCopy link\nEmail\nFollow us\nNewsletter\nPosted on November 12, 2024\n"),
        ("By Hollis Penrake and Ada Vorne, Environment and Local Government Correspondents, with additional "
         "reporting by Cai Dunmore in Kessby, 12 November 2024\n", ""),
        ("Hollis Penrake | Kessby | Updated: 13 November 2024 | Published: 12 November 2024\n", ""),
        ("Ada Vorne · Modified Nov 13, 2024 · Posted Nov 12, 2024\n", ""),
    ],
)
def test_the_page_date_where_the_page_puts_it(top, bottom):
    assert published(top, bottom) == "2024-11-12"


def test_other_stories_labelled_dates_under_the_body_do_not_date_the_page():
    bottom = ("Share this article\nMore stories\nSchool roof repaired\nPublished: 8 November 2024\n"
              "Harbour toll to rise\nPublished: 5 November 2024\n")
    assert published("", bottom) is None


def test_a_long_sentence_ending_on_a_date_is_no_byline():
    # (ends on its date, as a long byline does, but no name follows "By")
    top = ("By the time the warden arrived at the sluice the water had already reached the second step "
           "last seen on 4 January 2021\n")
    assert published(top) is None

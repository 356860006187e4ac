"""A page's own time from a dateline without its year, and an earlier act dated by an attributive year
(session 14, issue 12 item 1). Wire copy is often dated only by its dateline ("HARARE, Oct 6
(Agency) -"): with no year the page had no time, so no relative date of it ("In March", "last
week") could be resolved and its recaps stayed on the story's act. The day is read in the year of
the story it was linked into. Sentences written for these tests; fictional places and people."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link import when  # noqa: E402
from claimgraph.store import Store  # noqa: E402
from test_happenings_later_act import assert_happenings_kept  # noqa: E402

WIRE = "SEA WIRE | World | Markets\n\nStorm sinks boats in Velm\n\nVELM, Oct 7 (Sea Wire) - A storm surge sank twelve boats."


def reference_date(published, body, near=None):   # read at call time: the code before session 14 has no ``near``
    return when.reference_date(published, body, near)


def test_a_dateline_without_its_year_is_read_in_the_storys_year():
    assert reference_date(None, WIRE, date(2026, 10, 5)) == date(2026, 10, 7)
    # a story across the new year: the nearest year
    assert reference_date(None, WIRE.replace("Oct 7", "Dec 30"), date(2027, 1, 2)) == date(2026, 12, 30)


def test_a_dateline_without_its_year_and_no_story_time_is_no_time():
    # counter-cases: no story to read the year in; a story more than half a year away; a published date wins
    assert reference_date(None, WIRE) is None
    assert reference_date(None, WIRE.replace("Oct 7", "Apr 2"), date(2026, 10, 5)) is None
    assert reference_date(date(2026, 10, 9), WIRE, date(2026, 10, 5)) == date(2026, 10, 9)


@pytest.mark.parametrize("text, year", [
    ("the 2023 outbreak was traced to the same plant", 2023),
    ("its 2024 fine concerned paperwork", 2024),
])
def test_an_attributive_past_year_dates_the_claim(text, year):
    found = when.dates_in(text, date(2026, 10, 7))
    assert [(w.first, w.last) for w in found] == [(date(year, 1, 1), date(year, 12, 31))]


@pytest.mark.parametrize("text", [
    "the 2026 budget was cut",            # the page's own year: no earlier act
    "the toll rose to 2023 people",       # a number
    "the 2023-24 season was wet",         # a span of seasons
])
def test_no_attributive_year(text):
    assert when.dates_in(text, date(2026, 10, 7)) == []


SURGE = {"id": "surge-dateline", "docs": [
    {"published": "2026-10-06", "outlet": "Harbour Post", "sentences": [
        ["surge", "A storm surge flooded the harbour of Velm on Monday, sinking twelve fishing boats, the harbour master Anna Roos said."]]},
    {"published": None, "outlet": "Sea Wire", "sentences": [
        ["surge", "VELM, Oct 7 (Sea Wire) - Twelve fishing boats sank in the harbour on Monday, the harbour master Anna Roos said."],
        ["earlier", "In March, a smaller surge in the same harbour sank three boats, the fishermen's leader Tor Hale said."],
        ["surge", "Hale said the crews had been unable to reach their boats on Monday."]]}]}


def test_a_wire_pages_recap_is_off_the_act(tmp_path):
    # the second page is dated only by its dateline: "In March" is resolved in the story's year, an
    # earlier act; the act told again on that page stays on the act
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in SURGE["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, SURGE, analysed)
    assert {r["gold"] for r in rows} == {"surge", "earlier"}
    assert_happenings_kept(rows)

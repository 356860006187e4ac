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


# The review of hap14 (mend mhap14): a year after an article is read only as a particular past act's
# year; a day in the opening lines is the page's only in a wire dateline.

@pytest.mark.parametrize("text", [
    "the pump that failed was a 2022 model from abroad",       # a product's label, indefinite
    "the pump, the 2022 model, was new",                       # a product's label
    "the 2010 tonnes of grain in the silo burned",             # a count: a plural after it
    "the 2001 pupils of the town stayed at home",              # a count of people
    "under a 2023 rule the mill must pay the injured",         # a kind, not a particular act
    "guards kept a 2000 curfew round the mill",                # a clock time
    "guards kept the 1930 curfew round the mill",              # a clock time before the label years
])
def test_a_label_a_count_or_a_clock_time_is_no_year(text):
    assert when.dates_in(text, date(2026, 10, 7)) == []


@pytest.mark.parametrize("text", [
    "the 2019 grain stores at Vell burned on Monday",
    "the silo burned on Monday, the worst since the 2019 flood",
])
def test_a_claims_own_day_wins_over_an_attributive_year(text):
    found = when.dates_in(text, date(2026, 10, 7))
    assert [(w.first, w.last) for w in found] == [(date(2026, 10, 5), date(2026, 10, 5))]


@pytest.mark.parametrize("head", [
    "RIVER NEWS\n\nThe Vell ferry will not sail until Oct 20, the operator said, after a storm sank a barge on Monday.",
    "Forecasters had warned on Oct 2 of a storm over Vell.",
    "velm, Oct 7 - a line in lower case is no dateline.",
])
def test_a_day_in_the_opening_lines_is_the_pages_only_in_a_dateline(head):
    assert reference_date(None, head, date(2026, 10, 5)) is None


def test_a_dateline_with_its_country_and_no_agency():
    assert reference_date(None, "MARSK, Norland, Oct 8 - Two barges sank.", date(2026, 10, 5)) == date(2026, 10, 8)
    assert reference_date(None, "Sea Wire\n\nMARSK, Oct 8 (Sea Wire) \u2014 Two barges sank.", date(2026, 10, 5)) == date(2026, 10, 8)


FERRY = {"id": "ferry-deadline", "docs": [
    {"published": "2026-10-06", "outlet": "Vell Courier", "sentences": [
        ["storm", "A storm sank a cargo barge at the port of Vell on Monday, the port captain Jon Ake said."]]},
    {"published": None, "outlet": "Vell Weekly", "sentences": [
        ["storm", "The Vell ferry will not sail until Nov 18, officials said, after a storm sank a cargo barge on Monday."],
        ["storm", "Ake said the barge's two crew were rescued on Monday."],
        ["storm", "Ake said the tank that leaked oil after the storm was a 2019 model, and the 2000 litres in it spilled."]]}]}


def test_a_deadline_opening_a_page_and_label_years_leave_the_act_whole(tmp_path):
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in FERRY["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, FERRY, analysed)
    assert len({r["pred"] for r in rows}) == 1, rows

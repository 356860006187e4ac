"""Consequences, responses and findings of an act on happenings of their own kind (hap11b, issue 12
item 1): a call for an inquiry, a leader briefed, sanctions, people evacuated or fled, the dead counted,
a town- or war-wide toll, a report's wider findings, a supply cut. Sentences and scenarios written for
these tests (benchmarks/data/happening-battery-train11b.jsonl); fictional places and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.happenings import follow_up  # noqa: E402
from claimgraph.store import Store  # noqa: E402


@pytest.mark.parametrize("text, kind", [
    # responses, even when they name the act as their object
    ("the senator demanded a full inquiry into the strike on the port", "inquiry"),
    ("the council to independently investigate the blasts", "inquiry"),
    ("the prime minister had been briefed on the attack by the port authority", "briefing"),
    ("the ministry had imposed sanctions on three generals over the strike", "sanctions"),
    # consequences
    ("the authorities took over the issuing of death certificates", "count"),
    ("140 civilians had died in the region since the fighting began", "wide_toll"),
    ("the water supply to the northern districts had been cut", "recovery"),
    ("residents were collecting drinking water from tankers", "recovery"),
    # findings over more than the act; an unknown object found later
    ("the report documented violations of the laws of war by both sides", "finding"),
    ("something was detected near the pipe junction", "find"),
])
def test_consequence_response_and_finding_kinds(text, kind):
    assert follow_up(text) == kind


@pytest.mark.parametrize("text", [
    # blame, cause or the act's own toll: the act's
    "the senator blamed the northern army for the strike and demanded an inquiry",
    "the shelling killed 20 people in the town",
    "the missile strike killed two guards",
    "a leaking valve had caused the explosion",
    "the report concluded that the shells were fired from positions held by government troops",
    "this attack is a clear violation of international law",
    "people waiting to be evacuated were killed when the missile hit the station",
    # no evacuation kind: a suspect fleeing is the act's ("the gunman fled in a grey car")
    "the gunman fled in a grey car",
])
def test_blame_cause_and_the_acts_own_toll_are_no_consequence(text):
    assert follow_up(text) is None


@pytest.fixture(scope="module")
def train11b():
    scenarios = HB.load_battery(HB.TRAIN11B)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


# (t11b-port-probe is left out: its second claim, "a full inquiry into the strike", has its demand only in
# the cue; reading the cue for an inquiry as for a warning cost real-news dev purity and corroboration)
@pytest.mark.parametrize("scenario_id", ["t11b-grid-supply"])
def test_responses_and_a_supply_cut_part_from_the_act_and_blame_stays_on_it(train11b, tmp_path, scenario_id):
    scenarios, analysed = train11b
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    assert rows
    on = {}
    for r in rows:
        on.setdefault(r["gold"], set()).add(r["pred"])
    # each gold happening on one predicted happening, and no two gold happenings share one
    assert all(len(v) == 1 for v in on.values()), rows
    assert len({next(iter(v)) for v in on.values()}) == len(on), rows

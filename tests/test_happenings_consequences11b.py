"""Responses to an act, consequences over more than the act and a report's findings sit on happenings
of their own kind (hap11b, issue 12 item 1), while a claim about who did the act or how stays on the
act. Every sentence here is made up for these tests; places, groups and people are fictional."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.happenings import follow_up  # noqa: E402
from claimgraph.store import Store  # noqa: E402


@pytest.mark.parametrize("text, kind", [
    # a briefing, sanctions: their own kind even when they name the act
    ("the governor was briefed on the damage by the emergency services", "briefing"),
    ("the trade bloc imposed new sanctions on two arms makers", "sanctions"),
    ("the accounts of the shipping firm were frozen", "sanctions"),
    # a toll counted over a wider area or period
    ("more than 300 civilians have died across the province since the siege began", "wide_toll"),
    # a supply cut
    ("the gas supply to the eastern suburbs was cut for three days", "recovery"),
])
def test_response_consequence_and_finding_kinds(text, kind):
    assert follow_up(text) == kind


@pytest.mark.parametrize("text", [
    # blame, cause, the act's own toll: the act's
    "the mayor blamed the Oster brigade for the shelling and demanded an inquiry",
    "the barrage killed 14 people in the old quarter",
    "a faulty gas valve had caused the explosion at the bakery",
    "people queuing for bread were killed when the rocket landed",
    # who did it or how, whatever response or finding words surround it (M1); a call for an inquiry
    # and a report's findings are no kinds of their own now (they split later reports' claims)
    "an international investigation found the rocket had been fired from a field held by the Oster brigade",
    "a public inquiry concluded the depot fire was set deliberately",
    "the envoy told the Security Council that the drone was launched from a barge",
    "officials who were briefed on the case said the charge had been planted by a courier",
    "the ferry was fitted with engines that slipped past sanctions",
    "the mission found the warehouse had been deliberately targeted by the Oster air wing",
    # not a call for an inquiry
    "police asked witnesses to contact investigators",
    # the act's own wording, not a wider toll or a finding (M2)
    "four people were killed in the town of Branek on Sunday",
    "it was the deadliest day for the harbour since the war began",
    "she called it a flagrant violation of the laws of war",
    "the families hid in a number of cellars when the block was hit",
    "the bodies were taken to the district morgue",
    "the monitors' report documented abuses by both armies over two winters",
    # phrases removed as fitted to single sentences (M4): no kind of their own
    "something was detected near the cable on the seabed",
    "the town lost its only source of water",
    "the argument was about the invasion itself",
    # no evacuation kind: a suspect fleeing is the act's
    "the driver fled in a stolen van",
])
def test_who_did_it_how_and_the_acts_own_wording_stay_on_the_act(text):
    assert follow_up(text) is None


@pytest.fixture(scope="module")
def train11b():
    scenarios = HB.load_battery(HB.TRAIN11B)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


@pytest.mark.parametrize("scenario_id", ["t11b-grid-supply"])
def test_responses_and_a_supply_cut_part_from_the_act_and_blame_stays_on_it(train11b, tmp_path, scenario_id):
    scenarios, analysed = train11b
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    assert rows
    on: dict[str, set] = {}
    for r in rows:
        on.setdefault(r["gold"], set()).add(r["pred"])
    # each gold happening on one predicted happening, and no two gold happenings share one
    assert all(len(v) == 1 for v in on.values()), rows
    assert len({next(iter(v)) for v in on.values()}) == len(on), rows

"""Happenings by act, place and day (session 8): a warning or a call to leave before the act, the
service cut and the flood an act leaves behind, days ahead of a report. Sentences and scenarios
written for these tests (benchmarks/data/happening-battery-train8.jsonl); fictional places."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.happenings import _own_kinds, claim_kind, follow_up  # noqa: E402
from claimgraph.link.when import dates_in  # noqa: E402
from claimgraph.store import Store  # noqa: E402

REF = date(2027, 2, 19)   # a Friday


@pytest.mark.parametrize("text, day", [
    ("free buses would leave the village on Thursday", date(2027, 2, 25)),        # the next Thursday
    ("both men will appear in court on Monday", date(2027, 2, 22)),
    ("the talks are due to open next Tuesday", date(2027, 2, 23)),
    ("trains would run with delays on Friday", date(2027, 2, 19)),               # that very day
    # a past: the last such day, as before
    ("the car was found on Wednesday", date(2027, 2, 17)),
    ("the driver, who would later die in hospital, was shot on Tuesday", date(2027, 2, 16)),
    ("the minister said on Tuesday that power would return", date(2027, 2, 16)),
    ("he would have left on Monday", date(2027, 2, 15)),
])
def test_a_weekday_the_clause_puts_ahead_is_the_next_one(text, day):
    assert [w.first for w in dates_in(text, REF)] == [day]


@pytest.mark.parametrize("text, kind", [
    ("the administration urged all residents of the town to leave within two days", "warning"),
    ("the governor had ordered families with children to evacuate the village", "warning"),
    ("the agency had warned last week that the bridge could be attacked", "warning"),
    ("intelligence officers warned that saboteurs were planning to hit the depot", "warning"),
    ("20,000 homes were left without electricity", "recovery"),
    ("hospitals ran on generators during the blackout", "recovery"),
    ("three farmers drowned in the fields below the levee", "flood"),
    ("the water reached the first houses by morning", "flood"),
    ("the water level in the river rose two metres overnight", "flood"),
    ("forty villages were underwater by noon", "flood"),
    ("navy divers found an unexploded device attached to the cable", "find"),
    ("a second detonator was discovered near the pier", "find"),
    # a place named after the act is a place: the act is not told again
    ("a patrol boat found another device on the cable 20 km from the blast site", "find"),
    ("police arrested a man near the explosion site", "arrest"),
    ("a missile hit the blast site again and the water rose", None),
    # the toll and the inquiry are the act's
    ("rescuers found two bodies under the rubble", None),
    ("traces of explosives were found on the hull", None),
    ("the submarine was underwater when the torpedo hit it", None),
    # no warning, no cut of its own: the act, or a threat after it
    ("the governor warned that more strikes could follow", None),
    ("ships had been ordered to leave the port", None),
    ("the missile strike left the city without power", None),
    ("the missile destroyed the substation", None),
])
def test_follow_up_kinds_of_session_8(text, kind):
    assert follow_up(text) == kind


def test_a_warning_told_by_its_cue_is_read_in_the_sentence():
    body = "On Tuesday, the council had urged all villagers of Brennock to leave, the mayor said."
    content = "all villagers of Brennock to leave"
    claim = {"content": content, "start": body.index(content)}
    assert follow_up(content) is None
    assert claim_kind(claim, body) == "warning"
    said = "The council said all villagers of Brennock had left."
    assert claim_kind({"content": "all villagers of Brennock had left", "start": 17}, said) is None


def test_a_flood_below_a_struck_dam_is_its_own_happening_a_flood_alone_is_the_story():
    breach = [{"content": "saboteurs blew up the levee"},
              {"content": "two farmers drowned in the fields below the levee"},
              {"content": "the water reached the first houses by morning"}]
    assert "flood" not in _own_kinds(breach)
    burst = [{"content": "the old dam burst after days of rain"},
             {"content": "two farmers drowned in the fields below the dam"}]
    assert "flood" in _own_kinds(burst)


@pytest.fixture(scope="module")
def train8():
    scenarios = HB.load_battery(HB.TRAIN8)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


@pytest.mark.parametrize("scenario_id", [
    "t8-evac", "t8-warned", "t8-outage", "t8-flood", "t8-court",
    # counter-cases: one happening
    "t8-counter-threat", "t8-counter-power", "t8-counter-past",
])
def test_claims_placed_by_act_and_day(train8, tmp_path, scenario_id):
    scenarios, analysed = train8
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    assert rows
    for a in rows:
        for b in rows:
            assert (a["gold"] == b["gold"]) == (a["pred"] == b["pred"]), (a, b)

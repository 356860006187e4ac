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
    ("trains would run with delays on Thursday", date(2027, 2, 25)),             # not the day before
    # a past: the last such day, as before
    ("the car was found on Wednesday", date(2027, 2, 17)),
    ("the driver, who would later die in hospital, was shot on Tuesday", date(2027, 2, 16)),
    ("the minister said on Tuesday that power would return", date(2027, 2, 16)),
    ("he would have left on Monday", date(2027, 2, 15)),
])
def test_a_weekday_the_clause_puts_ahead_is_the_next_one(text, day):
    assert [w.first for w in dates_in(text, REF)] == [day]


THURSDAY = date(2026, 3, 5)


@pytest.mark.parametrize("text, day", [
    # the marker governs a relative clause, the weekday a verb in the past: the last such day
    ("A drone, which would later be shot down, hit the convoy on Monday", date(2026, 3, 2)),
    ("Investigators who will lead the inquiry arrived at the plant on Wednesday", date(2026, 3, 4)),
    ("The missile, which the army will not name, hit the power plant on Wednesday", date(2026, 3, 4)),
    ("the convoy that would carry aid left on Monday", date(2026, 3, 2)),
    ("the strike that will be remembered for years came on Tuesday", date(2026, 3, 3)),
    ("the shop he would open next year burned down on Monday", date(2026, 3, 2)),
    # "the next morning" is a past narrative's
    ("rescuers pulled two more bodies from the ruins the next morning, on Saturday", date(2026, 2, 28)),
    # counter-cases: the marker governs the weekday's verb
    ("the bodies will be identified on Monday", date(2026, 3, 9)),
    ("the two men, who will appear in court on Monday, deny the charges", date(2026, 3, 9)),
    ("the minister will visit the injured on Monday", date(2026, 3, 9)),
    ("the plant would be repaired and reopened on Monday", date(2026, 3, 9)),
])
def test_a_weekday_is_ahead_only_when_the_marker_governs_its_verb(text, day):
    assert [w.first for w in dates_in(text, THURSDAY)] == [day]


def test_a_relative_would_before_a_past_weekday_sets_no_false_date_contradiction():
    import relation_battery as RB
    pair = {"id": "mhap8-ahead", "point": "when", "expect": "corroborates", "pa": "2026-03-05", "pb": "2026-03-05",
            "oa": "Outlet a", "ob": "Outlet b",
            "a": "The regional governor said a drone hit the aid convoy near Brisco on Monday, killing two drivers.",
            "b": "A police spokesman said a drone, which would later be shot down, hit the aid convoy near Brisco on "
                 "Monday, killing two drivers."}
    [(_p, res, _ok)] = list(RB.run([pair]))
    assert res["got"] == "corroborates", res


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
    # blame and orders after the act are the act's; an order lifted is no warning before it
    ("he had warned the ministry for months that the bridge had no air defence", None),
    ("the victims' families said police had warned them about the gunman", None),
    ("he had ordered residents of three streets to leave because of the smoke", None),
    ("an evacuation order was lifted on Monday", None),
    ("the army had warned residents to leave the town", "warning"),
    ("an evacuation order had been issued for the whole district", "warning"),
    # water with no flood's head: a strike's damage, a crowd dispersed, the toll recovered
    ("the water from burst pipes rose to knee height in the basement wards", None),
    ("the water cannon reached the crowd", None),
    ("the divers worked underwater for six hours to recover the bodies", None),
    ("the explosion drowned out the sirens", None),
    ("the river burst its banks", "flood"),
    ("the water level below the broken levee rose a metre by noon", "flood"),
    ("water from the reservoir swept through the town", "flood"),
    # what investigators find of the act is the inquiry's; another device, a discovery of its own
    ("investigators found fragments of the detonator in the wreckage", None),
    ("experts found the device had been hidden in a suitcase", None),
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
    _placed_as_gold(tmp_path, scenarios[scenario_id], analysed)


@pytest.fixture(scope="module")
def review8():
    scenarios = HB.load_battery(HB.REVIEW8)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


@pytest.mark.parametrize("scenario_id", [
    # one act each: blame, an order after the act, a strike's water damage, the inquiry's find
    "rv-mayor-warned", "rv-evac-order-after", "rv-water-rose", "rv-detonator-inquiry",
    "rv-which-will", "rv-next-morning", "rv-warned-blame", "rv-urged-toll", "rv-guard-warned",
])
def test_blame_orders_after_damage_and_inquiry_stay_on_the_act(review8, tmp_path, scenario_id):
    scenarios, analysed = review8
    _placed_as_gold(tmp_path, scenarios[scenario_id], analysed)


def _placed_as_gold(tmp_path, scenario, analysed):
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenario, analysed)
    assert rows
    for a in rows:
        for b in rows:
            assert (a["gold"] == b["gold"]) == (a["pred"] == b["pred"]), (a, b)

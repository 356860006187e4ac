"""Happenings by a claim's own grammatical time (session 13, issue 12 item 1): a state lasting months
or years, an act named as earlier, a whole month or year reaching before the act, and a day anchored
on the act ("two days after the derailment") place background claims off the act; the act told in
other words stays on it. Sentences written for these tests; fictional places and people."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link import happenings  # noqa: E402
from claimgraph.link.when import When  # noqa: E402
from claimgraph.store import Store  # noqa: E402
from test_happenings_later_act import assert_happenings_kept  # noqa: E402


# read at call time, so that on the code before session 13 the scenario tests fail by what they place
def background(text, stance=None):
    return happenings.background(text, stance)


def anchored_when(text, act, act_words=frozenset()):
    return happenings.anchored_when(text, act, act_words)


@pytest.mark.parametrize("text, kind", [
    ("the lock gates had leaked for years", "standing"),
    ("the quay has long been too short for the new barges", "standing"),
    ("the valley had been cut off from the capital since 2021", "standing"),
    ("two divers had drowned in a previous accident at the same quarry", "earlier"),
    ("the same crane had toppled decades earlier", "earlier"),
    ("the firm had been fined three times in past years", "earlier"),
])
def test_background_told_by_the_claims_own_time(text, kind):
    assert background(text) == kind


@pytest.mark.parametrize("text", [
    "the crane toppled onto the quay on Tuesday, crushing two dockers",      # the act itself
    "it was the worst accident at the docks in years",                         # a ranking is the act's
    "the previous night the wind had risen to storm force",                    # a unit of time
    "she repeated the previous estimate of forty dead",                        # a statement
    "an earlier blast had shaken the building minutes before",                 # the same night's first one
    "a similar drone had been used",                                           # kinds compared, not times
])
def test_no_background_in_the_acts_own_words(text):
    assert background(text) is None


def test_a_day_anchored_on_the_act():
    act = When(date(2026, 3, 2), date(2026, 3, 3), "Monday")
    w = anchored_when("the utility shut off the water two days after the derailment", act)
    assert w is not None and (w.first, w.last) == (date(2026, 3, 4), date(2026, 3, 5))
    w = anchored_when("the army rebuilt the road a week later", act)
    assert w is not None and w.first == date(2026, 3, 9)
    assert anchored_when("two days after the derailment", None) is None        # no act's days to count from
    assert anchored_when("the two men who were arrested after the derailment", act) is None


QUARRY = {"id": "quarry-wall", "docs": [
    {"published": "2026-08-11", "outlet": "Hill Gazette", "sentences": [
        ["fall", "A quarry wall collapsed onto a digger at the Orrel quarry on Monday, killing its driver, the site manager Tove Amsel said."],
        ["standing", "Amsel said the wall had been cracking for months."],
        ["fall", "Amsel said rescuers had freed a second worker from the rubble."]]},
    {"published": "2026-08-12", "outlet": "Valley Wire", "sentences": [
        ["earlier", "The union's organiser Kurt Vell said a worker had been hurt in a previous rockfall at the same quarry."],
        ["fall", "The quarry's owner Lise Bram denied that the wall had been unsafe."],
        ["earlier2", "Bram said the quarry had been flooded by a storm earlier this year."]]}]}


def test_background_of_a_quarry_fall_is_off_the_fall_and_the_fall_stays_one(tmp_path):
    # the fall's toll, rescue and denial stay on the fall; the standing crack, the earlier rockfall
    # and the flood "earlier this year" are happenings of their own
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in QUARRY["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, QUARRY, analysed)
    assert {r["gold"] for r in rows} >= {"fall", "standing", "earlier"}
    assert_happenings_kept([r for r in rows if r["gold"] != "earlier2"])
    fall = {r["pred"] for r in rows if r["gold"] == "fall"}
    assert not fall & {r["pred"] for r in rows if r["gold"] == "earlier2"}


def test_the_time_an_act_was_prepared_for_is_the_acts():
    # counter-case: a length of time spent planning the act is no standing situation
    assert background("the smugglers had planned the crossing for months") is None
    assert background("the crew had been preparing the launch for weeks and for years before that") is None


@pytest.mark.parametrize("text", [
    # the time phrase is in a relative clause, a noun's clause or modifier: the claim tells the act
    "the flood swept away a ferryman who had worked the crossing for thirty years",
    "the shell hit the mill his father had built decades earlier",
    "the divers of the previous team had surfaced an hour before the cave flooded",
    # the act told outside the dated predicate (in its subject): the act's
    "the two linesmen killed in the blackout had been colleagues for years",
    # a time that has not come, a ranking, the act's lead-up, a start that is no standing state
    "the port would remember the drowned crew for months",
    "it was the first fatal derailment on the line since 2018",
    "the embankment had carried freight trains for decades before it gave way",
    "the pumps had run since the start of the night",
    # its aftermath
    "rescuers had searched the ice for a long time before they found the boat",
])
def test_act_claims_with_a_time_phrase_not_their_own_stay_on_the_act(text):
    assert background(text) is None


@pytest.mark.parametrize("text, kind", [
    ("the crossing has been shelled almost every night since the spring", "standing"),   # harm in the dated predicate
    ("three keepers had drowned in a previous storm at the same lighthouse", "earlier"),
    ("the village had been cut off since the start of the occupation", "standing"),
])
def test_background_whose_own_predicate_tells_harm(text, kind):
    assert background(text) == kind


def test_a_day_anchored_on_another_act_is_not_read():
    act = When(date(2026, 3, 2), date(2026, 3, 3), "Monday")
    # the anchor is another act (a clause), not the story's: unknown, the claim is not moved
    assert anchored_when("the silo burned a week after the farmers stored the new harvest there", act) is None
    assert anchored_when("the guards were replaced two days after the inspectors left", act) is None
    # a claim telling the act itself gets no anchored day
    assert anchored_when("the inspectors signed off the hull and the warehouse blew up three weeks later", act) is None
    # the anchor names the act: a noun of the act's claims, or an act of harm or failure
    assert anchored_when("crews reopened the line two days after the outage", act) is not None
    w = anchored_when("volunteers filled sandbags four days after the surge", act, frozenset({"surge"}))
    assert w is not None and w.first == date(2026, 3, 6)


SILO = {"id": "silo-fire", "docs": [
    {"published": "2026-09-15", "outlet": "Plain Herald", "sentences": [
        ["fire", "A fire destroyed the grain silo at Amsby on Monday, killing two workers, the fire chief Oda Rask said."],
        ["fire", "Rask said the fire killed a mechanic who had serviced the silo for twenty years."]]},
    {"published": "2026-09-16", "outlet": "Farm Wire", "sentences": [
        ["fire", "The farmer Per Lunde said the blaze gutted the silo his grandfather had built decades earlier."],
        ["fire", "Lunde said the two workers killed in the fire had been his neighbours for years."],
        ["fire", "Lunde said the silo had stored grain for decades before it burned."]]}]}


def test_act_claims_with_a_time_in_a_clause_of_their_own_stay_on_one_happening(tmp_path):
    # counter-case (review M1): each claim tells the fire; its time phrase dates a relative clause,
    # a noun's clause, the subject's past or the act's lead-up, not the claim's own act
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in SILO["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, SILO, analysed)
    assert len(rows) == 5 and len({r["pred"] for r in rows}) == 1


DEPOT = {"id": "depot-anchor", "docs": [
    {"published": "2026-09-08", "outlet": "Harbour Post", "sentences": [
        ["blast", "An explosion wrecked a paint depot in Sorvik on Monday, injuring three workers, the harbour master Mads Egan said."]]},
    {"published": "2026-09-18", "outlet": "Sorvik Weekly", "sentences": [
        ["blast", "Egan said the explosion at the depot came a week after the owners stored solvents there."],
        ["blast", "The depot's foreman Ivo Tarr said the explosion injured three of his men."]]}]}


def test_an_act_anchored_on_another_act_stays_on_the_act(tmp_path):
    # counter-case (review M2): "a week after the owners stored solvents" counts from another act
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in DEPOT["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, DEPOT, analysed)
    assert len(rows) == 3 and len({r["pred"] for r in rows}) == 1

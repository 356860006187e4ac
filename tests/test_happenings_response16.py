"""The response to an act — the fire fought and put out, people evacuated or deported, the search
ended, relief paid — is a happening of its own kind (hap16, issue 12 item 1), in English, Russian and
Ukrainian; the act's toll, its extent and its cause stay on the act. Every sentence here is made up
for these tests; places and people are fictional."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.happenings import follow_up  # noqa: E402
from claimgraph.store import Store  # noqa: E402


@pytest.mark.parametrize("text", [
    "120 firefighters were still battling the blaze at the timber yard",
    "the fire at the chemical store was finally put out on Thursday",
    "crews expected to bring the flames under control by nightfall",
    "about 900 residents of the lower town had been evacuated to two schools",
    "the residents of Halm had been deported against their will",
    "families from four streets near the depot had been moved to a sports hall",
    "the search for the two missing divers had been called off on Friday",
    "the families of the dead would receive 30,000 crowns each",
    "пожарные продолжают тушить ангар третьи сутки",
    "жителей двух улиц эвакуировали в школу",
    "з прикордонних сіл вивезли 40 людей",
    "рятувальники продовжують гасити пожежу на складі",
])
def test_the_response_is_its_own_kind(text):
    assert follow_up(text) == "response"


@pytest.mark.parametrize("text", [
    # the act's toll and extent, told with the response
    "two firefighters were killed when the roof of the warehouse collapsed",
    "the fire has burned 9,000 hectares and three villages were evacuated",
    "при пожаре сгорели два ангара, жителей эвакуировали",
    # the wounded taken to hospital, the dead to the morgue: the act's toll
    "six children were taken to hospital with burns",
    "the bodies were taken to the district morgue",
    # a place where the act fell, not a removal of people
    "the crowd was waiting for evacuation trains on the platform",
    # denied: no response told
    "no one was evacuated from the village",
])
def test_the_acts_toll_extent_and_place_are_no_response(text):
    assert follow_up(text) is None


@pytest.fixture(scope="module")
def train16():
    scenarios = HB.load_battery(HB.TRAIN16)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


def _on(rows: list[dict]) -> dict[str, set]:
    on: dict[str, set] = {}
    for r in rows:
        on.setdefault(r["gold"], set()).add(r["pred"])
    return on


# (t16-mill-fire's "brought under control on Tuesday morning" is the act's by the older review case
# r-firefighters, a blaze put out the next morning: the two conventions conflict, the older one is kept)
@pytest.mark.parametrize("scenario_id, act", [("t16-ru-evacuation", "strike")])
def test_the_response_parts_from_the_act_and_the_toll_stays_on_it(train16, tmp_path, scenario_id, act):
    scenarios, analysed = train16
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    on = _on(rows)
    assert on.get(act) and on.get("response")
    assert len(on[act]) == 1 and len(on["response"]) == 1   # each told on one happening
    assert not on[act] & on["response"]


def test_a_strike_and_its_toll_told_days_later_stay_one_happening(train16, tmp_path):
    scenarios, analysed = train16
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios["t16-toll-counter"], analysed)
    assert len(rows) >= 2 and len({r["pred"] for r in rows}) == 1


def test_one_persons_two_happenings_months_apart(tmp_path):
    """The village head tells the March shelling and the families moved out after it, and in
    September a new shelling: the March evacuation is neither the March shelling nor September's."""
    scenario = {"id": "one-person", "docs": [
        {"published": "2026-03-09", "outlet": "Border Post", "sentences": [
            ["march", "Shells hit the village of Tarnow on Sunday, wounding two people, the village head Ivo Brask said."],
            ["moved", "Brask said families with children had been evacuated to the town of Orle."]]},
        {"published": "2026-09-14", "outlet": "Border Post", "sentences": [
            ["september", "Shells hit the village of Tarnow on Sunday, killing one man, the village head Ivo Brask said."]]}]}
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in scenario["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenario, analysed)
    on = _on(rows)
    assert on.get("march") and on.get("moved") and on.get("september")
    assert not on["moved"] & on["march"] and not on["moved"] & on["september"] and not on["march"] & on["september"]


def test_the_fire_put_out_by_morning_is_the_fires_own_night():
    assert follow_up("firefighters put out the blaze at the sawmill by morning") is None


def test_in_a_flood_story_the_evacuation_is_the_floods(tmp_path):
    """A burst levee floods a town; the next day's evacuation from the flooded streets is the flood's
    days, not a response happening apart from it (as the firefighting is apart from a fire)."""
    scenario = {"id": "flood-evacuation", "docs": [
        {"published": "2026-04-14", "outlet": "River Post", "sentences": [
            ["flood", "A levee burst above the town of Kelso on Monday, flooding hundreds of homes, the mayor Aino Varr said."]]},
        {"published": "2026-04-15", "outlet": "River Post", "sentences": [
            ["flood", "Varr said 300 residents had been evacuated from Kelso since the levee burst."]]}]}
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in scenario["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenario, analysed)
    assert len(rows) == 2 and len({r["pred"] for r in rows}) == 1


def test_a_removal_called_a_deportation_stays_the_storys_own_act(tmp_path):
    """One side says the orphans were evacuated, the other that they were deported: the removal is what the
    story disputes, so both claims stay on the story's happening with its other claims."""
    scenario = {"id": "deported", "docs": [
        {"published": "2026-02-03", "outlet": "East News", "sentences": [
            ["removal", "The commissioner Olga Tarn said 30 orphans from Velsk had been evacuated to safety."]]},
        {"published": "2026-02-05", "outlet": "West Herald", "sentences": [
            ["removal", "The ombudsman Rita Sovan said the orphans of Velsk had been deported across the border."]]}]}
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in scenario["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenario, analysed)
    assert len(rows) == 2 and len({r["pred"] for r in rows}) == 1

"""A representative subset of the happening battery (benchmarks/data/happening-battery.jsonl:
multi-document scenarios we wrote), each run through the real pipeline — the English extractor,
then linking in a real SQLite store — and where each claim was placed compared with the
happening the scenario gives its sentence. The whole battery: ``benchmarks/happening_battery.py``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.happenings import follow_up  # noqa: E402
from claimgraph.link.when import dates_in  # noqa: E402
from claimgraph.store import Store  # noqa: E402

#: Scenarios placed exactly: claims of one gold happening on one happening, of two on two.
EXACT = [
    "toll-01",          # a strike and its toll revised the next day: one happening
    "funeral-01",       # the funeral a week later: its own happening; the report's recap of the strike is the strike's
    "date-forms-01",    # overnight, a weekday, "last Tuesday", "10 March" and undated claims: one happening
    "follow-up-01",     # the suspects' arrest the next day: its own happening; the revised toll is the attack's
    "follow-up-02",     # the villages flooded below a blown-up dam: their own happening
    "denial-01",        # a denial two days later belongs to the poisoning it denies
    "denial-03",        # a denial in the funeral's report is about the strike, not the funeral
    "two-attacks-01",   # one town's power station hit twice a month apart: two happenings
    "investigation-03", # an inquiry eleven days later; "On Friday, prosecutors said …" dates the statement, not a later act
    "repeat-01",        # a port shelled "for the second night running": its own happening, though a day apart
    "arrest-charge-01", # "arrested two brothers suspected of planting the car bomb": the arrest's, not the bombing's
    "arrest-charge-02", # "detained in connection with the killing" weeks later
    "arrest-charge-03", # an arrest two days after a stabbing; the report's own days ("on Monday") are the arrest's
    "funeral-03",       # a coffin carried four days after a shooting; "the van used by the gunman" stays the shooting's
    "repeat-03",        # hit "again" the next night; a third report of the second strike, with no repetition word, is its
]
#: Scenarios whose claims of two happenings are never put together (a recap months before is
#: its own happening), though one happening's claims may sit in two events.
APART = ["recap-01", "recap-02", "two-attacks-02"]


@pytest.fixture(scope="module")
def battery():
    scenarios = {s["id"]: s for s in HB.load_battery()}
    chosen = [scenarios[i] for i in EXACT + APART]
    return chosen, HB.analyse_texts([HB.body_of(d)[0] for s in chosen for d in s["docs"]])


def _placed(battery, tmp_path, scenario_id):
    chosen, analysed = battery
    scenario = next(s for s in chosen if s["id"] == scenario_id)
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenario, analysed)
    assert len({r["gold"] for r in rows}) == len({lab for d in scenario["docs"] for lab, _t in d["sentences"] if lab}), \
        "every gold happening has an extracted claim"
    return rows


@pytest.mark.parametrize("scenario_id", EXACT)
def test_claims_of_one_happening_together_and_of_two_apart(battery, tmp_path, scenario_id):
    rows = _placed(battery, tmp_path, scenario_id)
    for a in rows:
        for b in rows:
            assert (a["gold"] == b["gold"]) == (a["pred"] == b["pred"]), (a, b)


@pytest.mark.parametrize("scenario_id", APART)
def test_claims_of_two_happenings_never_together(battery, tmp_path, scenario_id):
    rows = _placed(battery, tmp_path, scenario_id)
    for a in rows:
        for b in rows:
            if a["gold"] != b["gold"]:
                assert a["pred"] != b["pred"], (a, b)


def test_battery_covers_each_kind_of_scenario():
    kinds = {s["kind"] for s in HB.load_battery()}
    assert {"toll", "funeral", "recap", "two_attacks", "date_forms", "investigation", "denial", "follow_up"} <= kinds


def test_one_day_written_many_ways():
    ref = date(2026, 3, 17)   # a Tuesday
    assert dates_in("the blast last Tuesday", ref)[0].first == date(2026, 3, 10)
    assert dates_in("the blast on 10 March", ref)[0].first == date(2026, 3, 10)
    assert dates_in("the blast on Tuesday", date(2026, 3, 12))[0].first == date(2026, 3, 10)


@pytest.mark.parametrize("text, kind", [
    ("four suspects were detained in a forest near the border", "arrest"),
    ("the four men were charged with terrorism and remanded in custody", "arrest"),
    ("2,000 residents were evacuated from flooded villages below the dam", "flood"),
    ("the station reopened to passengers on Thursday", "recovery"),
    ("hundreds of mourners gathered for the funeral of the four teachers", "funeral"),
    # about the story's own act, or no act at all
    ("the death toll from the attack on the concert hall had risen to 40", None),
    ("the gunman who killed 40 people was arrested", None),
    ("the depot would not be rebuilt", None),
    ("no one has been arrested", None),
    ("46 children were evacuated from the combat zone", None),   # whether evacuated or deported is the story
    ("the damaged tracks were repaired overnight", "recovery"),
    # a state, not a new act: the prisoners of a story about a prison
    ("the detained soldiers were held in the colony", None),
    ("the prisoners in Russian custody were moved to the barracks", None),
    # the act an arrest names as its charge is not an act the claim tells
    ("police arrested two brothers suspected of planting the car bomb outside the tax office", "arrest"),
    ("a former guard was detained on suspicion of shooting the businessman", "arrest"),
    ("the driver was sentenced to life for the bombing that killed nine", "arrest"),
    ("the suspect was arrested after the bombing killed six people", None),
    ("the coffin of the mayor was carried through the town", "funeral"),
    # told as at once: part of the act it follows
    ("one of the crew was detained by border guards within the hour", None),
    ("the gunman was arrested at the scene", None),
])
def test_follow_up_acts(text, kind):
    assert follow_up(text) == kind


def test_a_happening_after_the_events_first_report_is_named_later():
    from claimgraph.link.contested import _heading

    base = {"id": 2, "event_id": 1, "main": 0, "label": "funeral · mourners gathered", "event_label": "Korosten strike",
            "date_min": "2026-03-10", "date_max": "2026-03-17", "profile": {}}
    assert _heading({**base, "first_day": "2026-03-17", "last_day": "2026-03-17"}, 1)["later"]
    assert not _heading({**base, "first_day": "2025-08-01", "last_day": "2025-08-31"}, 1)["later"]   # a recap
    assert not _heading({**base, "main": 1, "first_day": "2026-03-10", "last_day": "2026-03-10"}, 1)["later"]


@pytest.mark.parametrize("text, kind", [
    ("Rescuers said 12 people were buried under the rubble of the block.", None),
    ("The hospital was flooded with wounded after the strike.", None),
    ("He suffered a cardiac arrest in the ambulance.", None),
    ("The army resumed its offensive near the river.", None),
    ("Train services resumed on Monday.", "recovery"),
    ("The victims were buried on Friday.", "funeral"),
])
def test_follow_up_words_in_their_other_senses_are_no_follow_up(text, kind):
    from claimgraph.link.happenings import follow_up
    assert follow_up(text) == kind


def test_a_follow_up_happening_shows_as_later_a_site_does_not():
    from claimgraph.link.contested import _heading
    base = {"id": 7, "event_id": 1, "main": 0, "first_day": None, "last_day": None, "date_min": "2024-03-01",
            "date_max": "2024-03-02", "event_label": "strike", "profile": {}}
    assert _heading({**base, "label": "funeral · the victims were buried on Friday"}, 1)["later"]
    assert not _heading({**base, "label": "hospital · the surgical wing was hit"}, 1)["later"]


@pytest.mark.parametrize("sentence, repeated", [
    ("Drones hit a rail depot in the city late on Tuesday, the second raid in two nights, officials said.", True),
    ("Another missile struck a school in the town on Thursday, the council said.", True),
    ("The port was shelled again on Friday night, the port authority said.", True),
    ("The harbour was hit for the second night running, the governor said.", True),
    # one act, told once; a second count or a second statement is no second act
    ("A missile struck a school in the town on Thursday, the council said.", False),
    ("The governor said again that seven people were killed in the strike.", False),
    ("A second body was found under the rubble of the school, rescuers said.", False),
])
def test_an_act_told_as_one_more_of_its_kind(sentence, repeated):
    from claimgraph.link.happenings import repeated_act
    claim = {"content": sentence.split(",")[0], "start": 0}
    assert repeated_act(claim, sentence) is repeated


@pytest.mark.parametrize("content, own", [
    ("they had found the van used by the gunman in a forest", True),
    ("investigators were still searching for the car used in the shooting", True),
    ("the brothers were detained on suspicion of the bombing", False),   # the charge of an arrest
    ("the widow told the crowd that he had loved the town", False),
])
def test_a_claim_naming_the_story_act_or_its_doer_is_about_that_act(content, own):
    from claimgraph.link.happenings import _about_own_act
    assert _about_own_act({"content": content}) is own


def test_an_arrest_after_a_shooting_is_a_follow_up_though_the_shooting_struck_no_building():
    from claimgraph.link.happenings import _own_kinds
    shooting = [{"content": "the mayor was shot dead outside the town hall"},
                {"content": "the gunman fired four times and killed a guard"}]
    assert "arrest" not in _own_kinds([*shooting, {"content": "a man was arrested on Sunday on suspicion of the killing"}])
    # an arrest's own reports are about the arrest
    arrests = [{"content": "police arrested the mayor on Tuesday"}, {"content": "the mayor was detained in his office"}]
    assert "arrest" in _own_kinds(arrests)

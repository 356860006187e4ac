"""Happenings on unseen events (session 9): a claim that tells another act than the story's own,
dated in its own words on a later day, is on a happening of its own — whatever the act (no
vocabulary of follow-ups); the toll, what the act left, denials and blame stay on the act.
Sentences and scenarios written for these tests (benchmarks/data/happening-battery-train9.jsonl);
fictional places and people."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.happenings import later_act  # noqa: E402
from claimgraph.link.when import When, dates_in  # noqa: E402
from claimgraph.store import Store  # noqa: E402

THURSDAY = date(2026, 6, 11)
#: the first act's days: the Sunday and the Monday of its first report
FIRST = When(date(2026, 6, 7), date(2026, 6, 8), "")



def assert_happenings_kept(rows):
    """Each gold happening's claims on one predicted happening, and no two gold happenings on one."""
    by_gold: dict[str, set] = {}
    for r in rows:
        by_gold.setdefault(r["gold"], set()).add(r["pred"])
    assert all(len(p) == 1 for p in by_gold.values()), rows          # nothing of one happening split
    preds = [next(iter(p)) for p in by_gold.values()]
    assert len(set(preds)) == len(preds), rows                        # two happenings never one

def _later(text: str, stance: str | None = None, before: When | None = FIRST) -> bool:
    found = dates_in(text, THURSDAY)
    return later_act({"content": text, "stance": stance}, found[0] if found else None, True, before, THURSDAY)


@pytest.mark.parametrize("text", [
    "the neighbouring state handed over the farmer's remains at the crossing on Wednesday",
    "the envoys of the two sides met at the crossing on Wednesday",
    "the council imposed a travel ban on two border officers on Wednesday",
    "the inspectors toured the checkpoint on Wednesday and spoke with the guards",
])
def test_another_act_on_a_later_day_is_a_later_act(text):
    assert _later(text)


@pytest.mark.parametrize("text, stance", [
    # the story's own act, and what it left: the toll, the missing, the search
    ("the guards shot a second farmer on Wednesday", None),
    ("the toll rose to three on Wednesday", None),
    ("rescuers searched the river for the missing boy on Wednesday", None),
    # denials, blame, the act named
    ("the border service denied on Wednesday that its guards had fired first", "denies"),
    ("the ministry on Wednesday blamed the border service", None),
    ("the gunman was identified on Wednesday", None),
    # a day another act is measured from ("after Wednesday", "since Wednesday")
    ("after Wednesday the guards at the crossing can rest easier", None),
    ("nothing has moved at the crossing since Wednesday", None),
    # the day the speaker speaks
    ("the villagers can sleep a little easier tonight", None),
    # the first act's own days, a day ahead, no date in its own words
    ("the envoys of the two sides met at the crossing on Monday", None),
    ("the envoys of the two sides will meet at the crossing on Monday", None),
    ("the envoys of the two sides met at the crossing", None),
])
def test_the_act_its_toll_and_reactions_are_no_later_act(text, stance):
    assert not _later(text, stance)


@pytest.mark.parametrize("text, stance", [
    # (review of session 9) what goes on from the act, on a later day, in words no toll list had
    ("power was still out in 40,000 homes on Wednesday", None),
    ("forty passengers were still unaccounted for on Wednesday", None),
    ("about 2,000 residents remained in school gyms on Wednesday", None),
    ("the number of victims had climbed to five by Wednesday", None),
    ("fourteen people were in hospital with burns on Wednesday", None),
    # a denial with another verb than "deny"
    ("the northern command on Wednesday rejected reports that its ships fired the missiles", None),
    ("the fleet on Wednesday dismissed the reports as fiction", None),
    # the act's cause found on a later day
    ("investigators concluded on Wednesday that faulty wiring had started the fire", None),
])
def test_what_continues_or_answers_the_act_is_no_later_act(text, stance):
    assert not _later(text, stance)


def test_the_first_report_of_an_event_is_never_split_by_it():
    assert not _later("the envoys of the two sides met at the crossing on Wednesday", before=None)


@pytest.fixture(scope="module")
def review9():
    scenarios = HB.load_battery(HB.REVIEW9)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


@pytest.mark.parametrize("scenario_id", ["r-fire-smoulder", "r-firefighters", "r-ministry-tuesday", "r-port-denial",
                                         "r-grid", "r-ferry", "r-evacuees", "r-fire-cause2", "r-control-protest"])
def test_claims_about_the_act_on_later_days_stay_on_it(review9, tmp_path, scenario_id):
    # (review of session 9) toll updates, states of the damage, denials in other words, the cause
    # found later, a night act reported the next morning: one happening; a protest days later parts
    scenarios, analysed = review9
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    assert_happenings_kept(rows)
    assert not any("later:" in (r.get("pred_label") or "") for r in rows), rows   # no internal marker shown


@pytest.fixture(scope="module")
def train9():
    scenarios = HB.load_battery(HB.TRAIN9)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


@pytest.mark.parametrize("scenario_id", ["t9-bridge", "t9-counter-fire"])
def test_a_later_act_is_its_own_happening_the_act_s_aftermath_is_not(train9, tmp_path, scenario_id):
    scenarios, analysed = train9
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    assert_happenings_kept(rows)


def test_the_first_report_s_own_day_is_the_act_s(train9, tmp_path):
    # (review of session 9) a night act reported the next morning: what its report dates on its own
    # day is the act's; the first report of an event is not split by the later-act rule
    scenarios, analysed = train9
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios["t9-one-report"], analysed)
    assert len({r["pred"] for r in rows}) == 1, rows


def test_one_report_of_an_act_and_its_later_deaths_is_not_split(train9, tmp_path):
    scenarios, analysed = train9
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios["t9-counter-one-report"], analysed)
    assert len({r["pred"] for r in rows}) == 1, rows

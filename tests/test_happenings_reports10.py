"""Happenings across reports (session 10, issue 12 item 1): a report that fits two events all but
equally shows they are one; in a report led by a later happening, a claim in one sentence with a
claim about the act stays on the act. Words and scenarios written for these tests
(benchmarks/data/happening-battery-train10.jsonl); fictional places and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import happening_battery as HB  # noqa: E402

from claimgraph.link.events import JOIN, EventLinker  # noqa: E402
from claimgraph.link.plain import add_document  # noqa: E402
from claimgraph.store import Store  # noqa: E402
from test_happenings_later_act import assert_happenings_kept  # noqa: E402

# invented words, so each is a term of its own with the same weight in every document that has it
FIRST = "varnolite kestrabane morrowick telvaspire duncarrow hollisfane"
SECOND = "brindlemoor castavell orrinthane pellacourt wendlevar quillomere"
OWN = "saltherow fenwickam ostravane"


def _link(store: Store, body: str, day: str) -> int:
    doc = add_document(store, body, entities=[], claims=[], published=day, origin=f"test:{body[:20]}")
    return EventLinker(store).link(doc, {"published": day, "body": body, "headline": None}, [], {}, [])


def _events(store: Store) -> set[int]:
    return {r[0] for r in store.conn.execute("SELECT DISTINCT event_id FROM link_event_documents")}


def _score(store: Store) -> float:
    """The score the last linked document joined its event with."""
    return store.conn.execute("SELECT score FROM link_event_documents ORDER BY document_id DESC LIMIT 1").fetchone()[0]


def test_a_brief_page_fitting_two_stories_equally_through_disjoint_lines_bridges_nothing(tmp_path):
    # counter-case (the review's news-in-brief page): one line shares a word with the first story,
    # another a word with the second; the fits are equal and above JOIN, but nothing the page
    # shares with one story it shares with the other, and the stories do not fit each other
    third = f"varnolite brindlemoor {OWN}"
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        a = _link(store, FIRST, "2026-05-04")
        b = _link(store, SECOND, "2026-05-08")
        _link(store, third, "2026-05-06")
        assert JOIN <= _score(store) < 1.5 * JOIN
        assert _events(store) == {a, b}


def test_a_report_fitting_one_event_clearly_better_bridges_nothing(tmp_path):
    # counter-case: two words of the first report, one of the second: the second fit is weaker by far
    third = f"varnolite varnolite kestrabane brindlemoor {OWN}"
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        a = _link(store, FIRST, "2026-05-04")
        b = _link(store, SECOND, "2026-05-08")
        _link(store, third, "2026-05-06")
        assert _events(store) == {a, b}


@pytest.fixture(scope="module")
def train10():
    scenarios = HB.load_battery(HB.TRAIN10)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


# (t10-memorial-denial is left out: it passed on the code before the move, so it guarded nothing)
@pytest.mark.parametrize("scenario_id", ["t10-arrest-denial", "t10-counter-toll"])
def test_a_denial_and_its_reason_stay_on_the_act_under_a_later_lead(train10, tmp_path, scenario_id):
    # a suspect's denial and his alibi in one sentence, in the report of his arrest; the counter-case:
    # the toll and blame of one strike are one happening
    scenarios, analysed = train10
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    assert_happenings_kept(rows)


# A report of the act, then a report led by a later happening whose last sentence joins a claim about
# the act to one about the later happening itself: that one stays on the later happening.
_MIXED = {
    "funeral": [
        "A bomb wrecked the bus station in Tollmar on Saturday night, killing two guards, the police chief Vera Lind said.",
        "Lind said the bomb had been left in a locker.",
        "Hundreds of mourners buried the two guards in Tollmar on Wednesday, the mayor Aron Feld said.",
        "The Grey Wolves denied leaving the bomb at the station, and their leader Emil Sand said his men "
        "had stood among the mourners at the funeral.",
        "had stood among the mourners at the funeral"],
    "charge": [
        "Gunmen shot dead a jeweller in his shop in Brekka on Friday, the police chief Tom Vik said.",
        "Vik said the gunmen had escaped in a grey van.",
        "Police arrested two men at the port of Brekka on Monday, the prosecutor Ines Holm said.",
        "Holm said the two men had killed the jeweller, and she said the pair would be charged with murder.",
        "the pair would be charged with murder"],
    "investigators": [
        "Shells hit the grain market in the town of Osby on Thursday, wounding nine people, the mayor Lena Dahl said.",
        "Dahl said the shells had landed near the bakery.",
        "Investigators from the capital arrived in Osby on Sunday to examine the grain market, Dahl said.",
        "The artillery command denied that its guns had shelled the market, and its spokesman Jon Berg said "
        "the command would send its own investigators to the town.",
        "the command would send its own investigators to the town"],
}
_DAYS = {"funeral": ("2026-03-14", "2026-03-18"), "charge": ("2026-07-10", "2026-07-13"),
         "investigators": ("2026-09-17", "2026-09-20")}


@pytest.mark.parametrize("kind", sorted(_MIXED))
def test_a_claim_telling_the_later_happening_stays_on_it_beside_a_denial(kind, tmp_path):
    act1, act2, lead, mixed, later = _MIXED[kind]
    scenario = {"id": f"mixed-{kind}", "kind": "mixed", "docs": [
        {"published": _DAYS[kind][0], "outlet": "Valley Courier", "sentences": [["act", act1], ["act", act2]]},
        {"published": _DAYS[kind][1], "outlet": "Harbour Wire", "sentences": [["later", lead], ["mixed", mixed]]}]}
    analysed = HB.analyse_texts([HB.body_of(d)[0] for d in scenario["docs"]])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenario, analysed)
    act = {r["pred"] for r in rows if r["gold"] == "act"}
    lead_home = {r["pred"] for r in rows if r["gold"] == "later"}
    follow = [r["pred"] for r in rows if later in r["content"]]
    assert len(act) == 1 and len(lead_home) == 1 and act != lead_home, rows
    assert follow == [next(iter(lead_home))], rows

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

# invented words, so each is a term of its own with the same weight in every document that has it
FIRST = "varnolite kestrabane morrowick telvaspire duncarrow hollisfane"
SECOND = "brindlemoor castavell orrinthane pellacourt wendlevar quillomere"
OWN = "saltherow fenwickam ostravane"


def _link(store: Store, body: str, day: str) -> int:
    doc = add_document(store, body, entities=[], claims=[], published=day, origin=f"test:{body[:20]}")
    return EventLinker(store).link(doc, {"published": day, "body": body, "headline": None}, [], {}, [])


def _score(store: Store) -> float:
    """The score the last linked document joined its event with."""
    return store.conn.execute("SELECT score FROM link_event_documents ORDER BY document_id DESC LIMIT 1").fetchone()[0]


def test_a_report_fitting_two_events_all_but_equally_makes_them_one(tmp_path):
    # the act's first report and a later report founded apart; a third report shares one word with
    # each, and as many: it fits both alike, just above JOIN
    third = f"varnolite brindlemoor {OWN}"
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        a = _link(store, FIRST, "2026-05-04")
        b = _link(store, SECOND, "2026-05-08")
        assert a != b
        c = _link(store, third, "2026-05-06")
        events = {r[0] for r in store.conn.execute("SELECT DISTINCT event_id FROM link_event_documents")}
        assert events == {c}
        # (one word of each: the fit is the same to both, and too weak for the bridge of 1.5 x JOIN)
        assert JOIN <= _score(store) < 1.5 * JOIN


def test_a_report_fitting_one_event_clearly_better_bridges_nothing(tmp_path):
    # counter-case: two words of the first report, one of the second: the second fit is weaker by far
    third = f"varnolite varnolite kestrabane brindlemoor {OWN}"
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        a = _link(store, FIRST, "2026-05-04")
        b = _link(store, SECOND, "2026-05-08")
        _link(store, third, "2026-05-06")
        events = {r[0] for r in store.conn.execute("SELECT DISTINCT event_id FROM link_event_documents")}
        assert events == {a, b}


@pytest.fixture(scope="module")
def train10():
    scenarios = HB.load_battery(HB.TRAIN10)
    return {s["id"]: s for s in scenarios}, HB.analyse_texts([HB.body_of(d)[0] for s in scenarios for d in s["docs"]])


@pytest.mark.parametrize("scenario_id", ["t10-arrest-denial", "t10-memorial-denial", "t10-counter-toll"])
def test_a_denial_and_its_reason_stay_on_the_act_under_a_later_lead(train10, tmp_path, scenario_id):
    # a suspect's denial and his alibi in one sentence, in the report of his arrest; the counter-case:
    # the toll and blame of one strike are one happening
    scenarios, analysed = train10
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        rows = HB.run_scenario(store, scenarios[scenario_id], analysed)
    by_gold: dict[str, set] = {}
    for r in rows:
        by_gold.setdefault(r["gold"], set()).add(r["pred"])
    assert all(len(p) == 1 for p in by_gold.values()), rows          # nothing of one happening split
    preds = [next(iter(p)) for p in by_gold.values()]
    assert len(set(preds)) == len(preds), rows                        # two happenings never one

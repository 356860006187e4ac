"""The learned pair model (issue #12 item 5, session 14; docs/pair_model.md): its JSON is the one recorded, it is
evaluated in plain Python, and linking asks it only when switched on. Sentences of our own about a fictional fire;
documents through the real store and linker."""

from __future__ import annotations

import json

import pytest
from linkdata import add

from claimgraph.link import _one_source, _same_happening, link_document
from claimgraph.link.events import parse_date
from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations import learned as L
from claimgraph.store import Store
from claimgraph.store import links as db

ENTITIES = [("Brenn", "GPE", []), ("Moldova", "GPE", []), ("Interior Ministry", "ORG", []), ("Health Ministry", "ORG", [])]


def _two_reports(path, first: tuple[str, str], second: tuple[str, str]):
    """A store (file ``path``) holding two one-claim reports of one fire (speaker, claim), not linked yet."""
    store = Store(path)
    ids = []
    for (speaker, content), outlet in ((first, "Lorvik Herald"), (second, "Kestrel Wire")):
        ids.append(add(store, f"{speaker} said {content}.", ENTITIES, [(speaker, content, "indirect")],
                       published="2026-03-17", outlet=outlet, link=False))
    return store, ids


def _relations(store, ids, learned_pairs):
    db.clear_links(store)
    for d in ids:
        link_document(store, d, learned_pairs=learned_pairs)
    return sorted((r["type"], r["reason"]) for r in db.relations(store))


def _pair(store, ids):
    """The two stored claims as the linker holds them (linked by the rules), their features, and the rules' decision."""
    _relations(store, ids, False)
    a, b = db.event_claims(store, db.event_of_document(store, ids[0]))
    fa, fb = (claim_features(c["content"], c.get("stance"), c.get("cue"), L.party_of(c), parse_date(c.get("published")))
              for c in (a, b))
    return a, b, fa, fb, relate(a["content"], b["content"], fa, fb, same_origin=_one_source(a, b))


def test_the_shipped_json_is_the_one_recorded_and_loads():
    assert L.file_sha256(L.MODEL_PATH) == L.MODEL_SHA256
    assert L.MODEL_PATH.stat().st_size < 1_000_000
    model = L.shipped_model()
    assert model is not None
    assert len(model.corroborates.weights) == len(model.veto.weights) == len(L.FEATURES)


def test_a_model_of_other_features_is_refused(tmp_path):
    d = json.loads(L.MODEL_PATH.read_text(encoding="utf-8"))
    d["features"] = d["features"][:-1]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(ValueError):
        L.read_model(path)


def test_the_veto_drops_a_rule_contradiction_of_two_counts_of_different_things(tmp_path):
    """A pin of the shipped weights on one pair we wrote (a near paraphrase is not vetoed: a retrain may flip it;
    then re-check this example, it is not a figure)."""
    # "two of the 14 injured remain in hospital" is no other count of the injured: the rules read "14 vs 2"
    store, ids = _two_reports(tmp_path / "s.sqlite3", ("Moldova's Interior Ministry", "two of the 14 injured workers remain in hospital in Brenn"),
                              ("Moldova's Health Ministry", "three workers were killed and 14 injured in the Brenn sawmill fire"))
    a, b, fa, fb, r = _pair(store, ids)
    assert r is not None and r.type == "contradicts"
    off = _relations(store, ids, False)
    r2 = relate(b["content"], a["content"], fb, fa, same_origin=_one_source(a, b))   # (the linker's order: the later document first)
    assert off in ([("contradicts", r.reason)], [("contradicts", r2.reason)])   # switched off: the rules' exact output
    assert _relations(store, ids, None) == off   # and so by default
    assert _relations(store, ids, True) == []
    store.close()


def test_the_veto_keeps_two_tolls_told_by_two_sides(tmp_path):
    # counter-case: a fire chief and a ministry give the dead as two and five: a contradiction, kept
    store, ids = _two_reports(tmp_path / "s.sqlite3", ("Moldova's Interior Ministry", "two people were killed in the Brenn sawmill fire"),
                              ("Fire chief Anna Sell", "five people were killed in the Brenn sawmill fire"))
    on = _relations(store, ids, True)
    assert on == _relations(store, ids, False)
    assert [t for t, _why in on] == ["contradicts"]
    store.close()


def test_the_corroboration_opinion_ranks_one_fact_in_other_words_above_shared_words(tmp_path):
    # the same deaths told with other verbs and a number in words vs digits, against two facts about one sawmill
    store, ids = _two_reports(tmp_path / "s.sqlite3", ("Fire chief Anna Sell", "the blaze at the Brenn sawmill killed three workers on Monday night"),
                              ("Mayor Tom Yarrow", "Three men who worked the night shift died when flames swept through the Brenn sawmill"))
    a, b, fa, fb, _r = _pair(store, ids)
    same = L.shipped_model().corroborates.probability(L.pair_features(a, b, fa, fb, None, _one_source(a, b), _same_happening(a, b)))
    store.close()
    store, ids = _two_reports(tmp_path / "other.sqlite3",
                              ("Fire chief Anna Sell", "the Brenn sawmill will reopen in March after repairs"),
                              ("Mayor Tom Yarrow", "the Brenn sawmill fire was started by a faulty heater"))
    a, b, fa, fb, r = _pair(store, ids)
    assert r is None
    other = L.shipped_model().corroborates.probability(L.pair_features(a, b, fa, fb, None, _one_source(a, b), _same_happening(a, b)))
    assert same > other
    # and switched on, the model relates nothing the rules do not on the two different facts
    assert _relations(store, ids, True) == _relations(store, ids, False) == []
    store.close()


def _write_model(tmp_path, change) -> object:
    """The shipped JSON with ``change`` applied to its dict, written as text (NaN/Infinity as JSON's extensions)."""
    d = json.loads(L.MODEL_PATH.read_text(encoding="utf-8"))
    change(d)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(d), encoding="utf-8")
    return path


@pytest.mark.parametrize("change", [
    lambda d: d["veto"]["weights"].__setitem__(3, float("nan")),
    lambda d: d["corroborates"]["weights"].__setitem__(0, float("inf")),
    lambda d: d["veto"].__setitem__("intercept", float("-inf")),
    lambda d: d["veto"].__setitem__("threshold", float("nan")),
    lambda d: d["corroborates"].__setitem__("threshold", -0.5),
    lambda d: d["veto"].__setitem__("threshold", "0.1"),
    lambda d: d["veto"].__setitem__("weights", {str(i): w for i, w in enumerate(d["veto"]["weights"])}),
    lambda d: d["veto"].__setitem__("weights", [True] * len(d["veto"]["weights"])),
    lambda d: d.pop("corroborates"),
], ids=["nan-weight", "inf-weight", "inf-intercept", "nan-threshold", "negative-threshold", "string-threshold",
        "object-weights", "bool-weights", "missing-part"])
def test_a_model_with_numbers_that_are_no_finite_weights_is_refused(tmp_path, change):
    # a NaN weight would read as p = 1.0 everywhere (never veto, always corroborate): refused, as one error type
    with pytest.raises(ValueError):
        L.read_model(_write_model(tmp_path, change))


@pytest.mark.parametrize("text", [b"", b"[1, 2]", b"\xff\xfe not utf-8", b"[" * 100_000 + b"]" * 100_000],
                         ids=["empty", "a-list", "not-utf8", "deep-nesting"])
def test_a_file_that_is_no_model_is_refused_as_value_error(tmp_path, text):
    path = tmp_path / "m.json"
    path.write_bytes(text)
    with pytest.raises(ValueError):
        L.read_model(path)


def test_the_shipped_numbers_pass_the_checks(tmp_path):
    # counter-case: the shipped file, rewritten unchanged, still reads (the 1.01 "never acts" threshold included)
    model = L.read_model(_write_model(tmp_path, lambda d: None))
    assert model == L.read_model(L.MODEL_PATH)


def test_a_directory_at_the_model_path_falls_back_to_the_rules(tmp_path, monkeypatch, caplog):
    # like an absent file: a warning and no model, so that linking with the switch on relates by the rules alone
    monkeypatch.setattr(L, "MODEL_PATH", tmp_path)
    L.shipped_model.cache_clear()
    try:
        with caplog.at_level("WARNING", logger=L.__name__):
            assert L.shipped_model() is None
        assert "unreadable" in caplog.text
        store, ids = _two_reports(tmp_path / "s.sqlite3", ("Moldova's Interior Ministry", "two of the 14 injured workers remain in hospital in Brenn"),
                                  ("Moldova's Health Ministry", "three workers were killed and 14 injured in the Brenn sawmill fire"))
        assert _relations(store, ids, True) == _relations(store, ids, False) != []
        store.close()
    finally:
        L.shipped_model.cache_clear()

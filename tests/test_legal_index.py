"""The legal-framework index on sentences written for the tests: an index of allegations, never a verdict."""

from __future__ import annotations


from claimgraph.link import link_document
from claimgraph.link.legal import disclaimer, load, scan
from claimgraph.link.plain import add_document
from claimgraph.store import links as db


def provisions(text):
    return {(e["framework"], e["provision"]) for e in scan(text)}


GC = "Genocide Convention"
RS = "Rome Statute"


def test_the_data_file_lists_every_required_provision():
    _d, provs = load()
    have = {(p.framework, p.provision) for p in provs}
    for letter in "abcde":
        assert (GC, f"Art. II({letter})") in have
        assert (GC, f"Art. III({letter})") in have
    for art in ("Art. 6", "Art. 7", "Art. 8", "Art. 7(1)(d)", "Art. 8(2)(b)(ix)"):
        assert (RS, art) in have
    assert sum(p.framework.startswith("UN Framework of Analysis") for p in provs) >= 8
    assert "never a verdict" in disclaimer()


def test_a_report_alleging_the_acts_of_article_three():
    text = ("The report says the regime's conduct involves conspiracy to commit genocide, attempts to commit genocide, "
            "complicity in genocide, and direct and public incitement to genocide.")
    got = provisions(text)
    for letter in "bcde":
        assert (GC, f"Art. III({letter})") in got
    assert all(e["polarity"] == "alleges" for e in scan(text))


def test_all_five_acts_of_article_two():
    got = provisions("The study concludes that the campaign encompasses all five acts prohibited in the Genocide Convention's Article II.")
    assert {(GC, f"Art. II({x})") for x in "abcde"} <= got


def test_a_bare_genocide_quote_maps_to_the_convention_as_a_whole():
    got = provisions("He called the war “nothing but a genocide of our neighbours.”")
    assert got == {(GC, "Convention as a whole")}
    assert scan("He called the war “nothing but a genocide of our neighbours.”")[0]["polarity"] == "alleges"


def test_specific_acts_need_the_genocide_context_but_war_crimes_do_not():
    got = provisions("Prisoners were tortured in the basement of the school.")
    assert (RS, "Art. 7(1)(f)") in got and (RS, "Art. 8(2)(a)(ii)") in got
    assert not any(fw == GC for fw, _p in got)
    got = provisions("The soldiers carried out a deliberate attack on a hospital in the city.")
    assert (RS, "Art. 8(2)(b)(ix)") in got


def test_forcible_transfer_of_children():
    got = provisions("Witnesses said 30 children were forcibly transferred to camps across the border.")
    assert (GC, "Art. II(e)") in got


def test_a_denial_is_indexed_as_a_denial():
    entries = scan("Nobody deported anybody, the commissioner said.")
    assert entries and all(e["polarity"] == "denies" for e in entries)


def test_the_store_index_points_at_the_trigger_and_the_speaker(store):
    body = ("A pilot who defected said the war was nothing but a genocide. "
            "Separately, the outlet noted that shelling of a hospital in the city killed nine people.")
    content = "the war was nothing but a genocide"
    i = body.index(content)
    claims = [{"speaker": "Timur Belousov", "speaker_text": "A pilot who defected", "cue": "said", "kind": "indirect",
               "content": content, "start": i, "end": i + len(content), "evidence": [], "stance": None}]
    doc = add_document(store, body, entities=[], claims=claims, outlet="Test Wire", published="2026-03-12")
    link_document(store, doc)
    rows = db.legal_entries(store, document_id=doc)
    by_claim = [r for r in rows if r["claim_id"] is not None]
    assert [(r["framework"], r["provision"], r["speaker"]) for r in by_claim] == [(GC, "Convention as a whole", "Timur Belousov")]
    for r in rows:
        assert body[r["start"]:r["end"]] == r["trigger"]
    own = [r for r in rows if r["claim_id"] is None]
    assert own and own[0]["speaker"] == "Test Wire" and own[0]["provision"] == "Art. 8(2)(b)(ix)"


def _seed_store(store):
    import json

    from conftest import needs_shared

    gold = json.loads(needs_shared("samples", "defector-article.gold.json").read_text(encoding="utf-8"))
    text = gold["text"]
    body = text[text.find(gold["body_start"]): text.find(gold["body_end"]) + len(gold["body_end"])]
    claims = []
    for c in gold["claims"]:
        i = body.find(c["content"])
        claims.append({"speaker": c["speaker"], "speaker_text": c["speaker"], "cue": c["cue"], "kind": c["kind"],
                       "content": c["content"], "start": max(i, 0), "end": max(i, 0) + len(c["content"]) if i >= 0 else 0,
                       "evidence": c["evidence"], "stance": None})
    doc = add_document(store, body, entities=[], claims=claims, headline=gold["headline"], outlet=gold["outlet"])
    link_document(store, doc)
    ids = {c["id"]: row["id"] for c, row in zip(gold["claims"], store.claims(doc))}
    return doc, ids


def test_the_seed_report_and_the_defector_quote(store):
    doc, ids = _seed_store(store)
    rows = db.legal_entries(store, document_id=doc)
    by_claim: dict[int, set] = {}
    for r in rows:
        by_claim.setdefault(r["claim_id"], set()).add((r["framework"], r["provision"]))
    # the report's findings: all five acts of Art. II, and Art. III (b) to (e)
    assert {(GC, f"Art. II({x})") for x in "abcde"} <= by_claim[ids["seed-c24"]]
    assert {(GC, f"Art. III({x})") for x in "bcde"} <= by_claim[ids["seed-c22"]]
    # the defector's "nothing but a genocide": the Convention as a whole
    assert by_claim[ids["seed-c7"]] == {(GC, "Convention as a whole")}
    assert all(r["speaker"] for r in rows)

"""Plain-data views of the links (what the CLI prints and exports; one JSON object each)."""

from __future__ import annotations

from ..store import Store
from ..store import links as db
from .legal import disclaimer


def entity_view(store: Store, row: dict, members: bool = True) -> dict:
    ms = db.member_rows(store, row["id"])
    # the linker's names: each member's name and its name-like mentions, one per spelling key
    # (not "Kesmaria’s" beside "Kesmaria", nor a quote the tagger took in)
    aliases = [n for n in dict.fromkeys(db.canonical_names(store, row["id"])) if n != row["name"]]
    out = {"id": row["id"], "type": row["type"], "name": row["name"], "aliases": aliases,
           "documents": sorted({m["document_id"] for m in ms})}
    if members:
        out["members"] = [{"document": m["document_id"], "entity": m["entity_id"], "name": m["name"],
                           "confidence": round(m["confidence"], 2), "rule": m["rule"], "evidence": m["evidence"]} for m in ms]
    return out


def event_view(store: Store, row: dict) -> dict:
    docs = db.event_documents(store, row["id"])
    claim_ids = db.event_claim_ids(store, row["id"])
    rels = db.relations(store, claim_ids) if claim_ids else []
    return {
        "id": row["id"], "label": row["label"], "date_min": row["date_min"], "date_max": row["date_max"],
        "documents": [{"id": d["document_id"], "outlet": d["outlet"], "title": d["title"], "published": d["published"],
                       "score": d["score"], "evidence": d["evidence"]} for d in docs],
        "claims": len(claim_ids),
        "corroborates": sum(r["type"] == "corroborates" for r in rels),
        "contradicts": sum(r["type"] == "contradicts" for r in rels),
    }


def relation_view(r: dict) -> dict:
    return {"a": r["claim_a"], "b": r["claim_b"], "type": r["type"], "reason": r["reason"],
            "independent": bool(r["independent"]), "confidence": round(r["confidence"], 2), "event": r["event_id"]}


def claim_view(store: Store, c: dict) -> dict:
    rels = db.relations(store, [c["id"]])
    legal = db.legal_entries(store, claim_ids=[c["id"]])
    out = {
        "id": c["id"], "document": c["document_id"], "outlet": c.get("outlet"), "event": c.get("event_id"),
        "speaker": c["speaker"], "speaker_text": c["speaker_text"], "speaker_entity": c.get("speaker_id"),
        "origin": c.get("origin_name"), "origin_key": c.get("origin"), "via": c.get("via"),
        "cue": c["cue"], "kind": c["kind"], "content": c["content"], "start": c["start"], "end": c["end"],
        "stance": c["stance"], "evidence": c["evidence"],
        "relations": [{**relation_view(r), "other": r["claim_b"] if r["claim_a"] == c["id"] else r["claim_a"]} for r in rels],
    }
    if legal:
        out["legal"] = [legal_view(e) for e in legal]
        out["legal_note"] = disclaimer()
    return out


def legal_view(e: dict) -> dict:
    return {"framework": e["framework"], "provision": e["provision"], "label": e["label"], "trigger": e["trigger"],
            "start": e["start"], "end": e["end"], "speaker": e["speaker"], "polarity": e["polarity"],
            "document": e["document_id"], "claim": e["claim_id"]}

"""The readable overview of the links, for ``claimgraph summary`` (and ``make demo``)."""

from __future__ import annotations

import re
from typing import TextIO

from ..display import shorten
from ..store import Store
from ..store import links as db
from . import link_pending
from .legal import disclaimer
from .views import entity_view, event_view



def _point(reason: str) -> str:
    """What a contradiction is about, for grouping: its reason without the quoted words and the
    figures, sides in a fixed order ("a mistaken landing vs a planned operation")."""
    bare = re.sub(r"\d[\d,.:–-]*", "#", re.sub(r"\s*\(“[^”]*”\)", "", reason))
    return " vs ".join(sorted(part.strip() for part in bare.split(" vs ")))


def print_overview(store: Store, out: TextIO | None = None, link_first: bool = True, max_entities: int = 40) -> None:
    """Canonical entities with their aliases, events, every contradiction with its reason, and the
    legal index (with its disclaimer). Links documents not linked yet first, unless told not to."""
    import sys

    out = out or sys.stdout
    w = lambda s="": out.write(s + "\n")  # noqa: E731
    if link_first:
        link_pending(store)
    counts = db.counts(store)
    if not counts["linked_documents"]:
        w("\nNo linked documents yet.")
        return
    w(f"\nLinks across {counts['linked_documents']} document(s): {counts['canonical_entities']} canonical entities, "
      f"{counts['events']} event(s), {counts['corroborates']} corroboration(s), {counts['contradicts']} contradiction(s)")

    rows = [r for r in db.list_canonicals(store) if r["documents"] > 1]
    w(f"\nCanonical entities seen in more than one document ({len(rows)}):")
    for r in rows[:max_entities]:
        v = entity_view(store, r, members=False)
        aka = [a for a in v["aliases"] if a.lower() not in {"he", "she", "it", "they", "we"}]
        w(f"  {r['type']:<13} {r['name']}  ({len(v['documents'])} docs)" + (f"  aka {shorten(', '.join(aka), 90)}" if aka else ""))
    if len(rows) > max_entities:
        w(f"  … and {len(rows) - max_entities} more ('claimgraph entities')")

    w("\nEvents:")
    for r in db.list_events(store):
        v = event_view(store, r)
        w(f"  [{v['id']}] {v['label']}")
        w(f"      {len(v['documents'])} document(s): " + "; ".join(shorten(f"{d['outlet'] or '?'}", 30) for d in v["documents"]))

    w("\nContradictions, by event and point of disagreement (claim ids; 'claimgraph claims --contested'"
      " for the claims):")
    rels = db.relations(store, type_="contradicts")
    texts = {}
    for r in rels:
        for cid in (r["claim_a"], r["claim_b"]):
            if cid not in texts:
                row = store.conn.execute("SELECT speaker, content FROM claims WHERE id = ?", (cid,)).fetchone()
                texts[cid] = f"{row['speaker'] or '?'}: “{shorten(row['content'], 60)}”"
    labels = {e["id"]: e["label"] for e in db.list_events(store)}
    shown: set[int] = set()
    # one event at a time, and within it the pairs that disagree on one point together (the
    # reason up to its quoted words: "a planned operation (“…”) vs a mistaken landing (“…”)")
    for r in sorted(rels, key=lambda r: (r["event_id"] or 0, _point(r["reason"]), r["claim_a"], r["claim_b"])):
        if r["event_id"] not in shown:
            shown.add(r["event_id"])
            w(f"  [{r['event_id']}] {shorten(labels.get(r['event_id']) or '', 90)}")
        dep = "independent sources" if r["independent"] else "same origin"
        w(f"    {r['claim_a']} vs {r['claim_b']} — {r['reason']} ({dep})")
        for cid in (r["claim_a"], r["claim_b"]):
            w(f"        {texts[cid]}")
    if not rels:
        w("  (none found)")

    legal = db.legal_entries(store)
    w(f"\nLegal-framework index ({len(legal)} entries). {disclaimer()}")
    by: dict[tuple[str, str], list[dict]] = {}
    for e in legal:
        by.setdefault((e["framework"], e["provision"]), []).append(e)
    for (fw, prov), es in sorted(by.items()):
        alleged = [e for e in es if e["polarity"] == "alleges"]
        denied = len(es) - len(alleged)
        who = sorted({e["speaker"] or "?" for e in alleged})
        w(f"  {fw} {prov}: {len(alleged)} allegation(s)" + (f", {denied} denial(s)" if denied else "")
          + (f" — by {shorten(', '.join(who), 80)}" if who else ""))

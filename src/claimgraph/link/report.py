"""The readable overview of the links, for ``claimgraph summary`` (and ``make demo``)."""

from __future__ import annotations

from typing import TextIO

from ..display import shorten
from ..store import Store
from ..store import links as db
from . import link_pending
from .legal import disclaimer
from .contested import contested_points
from .views import entity_view, event_view



def print_overview(store: Store, out: TextIO | None = None, link_first: bool = True, max_entities: int = 40,
                   learned_pairs: bool | None = None) -> None:
    """Canonical entities with their aliases, events, every contradiction with its reason, and the
    legal index (with its disclaimer). Links documents not linked yet first (``learned_pairs`` as
    :func:`.link_pending`), unless told not to."""
    import sys

    out = out or sys.stdout
    w = lambda s="": out.write(s + "\n")  # noqa: E731
    if link_first:
        link_pending(store, learned_pairs)
    counts = db.counts(store)
    if not counts["linked_documents"]:
        w("\nNo linked documents yet.")
        return
    w(f"\nLinks across {counts['linked_documents']} document(s): {counts['canonical_entities']} canonical entities, "
      f"{counts['events']} event(s), {counts['corroborates']} corroboration(s), {counts['contradicts']} contradiction(s)")

    shared = [r for r in db.list_canonicals(store) if r["documents"] > 1]
    w(f"\nCanonical entities seen in more than one document ({len(shared)}):")
    for r in shared[:max_entities]:
        v = entity_view(store, r, members=False)
        aka = [a for a in v["aliases"] if a.lower() not in {"he", "she", "it", "they", "we"}]
        w(f"  {r['type']:<13} {r['name']}  ({len(v['documents'])} docs)" + (f"  aka {shorten(', '.join(aka), 90)}" if aka else ""))
    if len(shared) > max_entities:
        w(f"  … and {len(shared) - max_entities} more ('claimgraph entities')")

    w("\nEvents:")
    for r in db.list_events(store):
        v = event_view(store, r)
        w(f"  [{v['id']}] {v['label']}")
        w(f"      {len(v['documents'])} document(s): " + "; ".join(shorten(f"{d['outlet'] or '?'}", 30) for d in v["documents"]))

    w("\nContradictions, by event, happening and point of disagreement: each side with its claims (claim ids;"
      " 'claimgraph claims --contested' for the pairs and their reasons):")
    groups = contested_points(store)
    labels = {e["id"]: e["label"] for e in db.list_events(store)}
    shown: set[int] = set()
    for g in groups:
        h = g["happening"]
        if h["event"] not in shown:
            shown.add(h["event"])
            w(f"  [{h['event'] or 0}] {shorten(labels.get(h['event']) or '', 90)}")
        if not h["main"]:
            when = h["first_day"] if h["first_day"] == h["last_day"] else f"{h['first_day']}/{h['last_day']}"
            kind = "a later happening of the story" if h.get("later") else "an earlier happening it recaps"
            w(f"   {kind} ({when}): {shorten(h['what'], 80)}")
        for p in g["points"]:
            w(f"    {p['point']} — {p['pairs']} contradicting pair(s), {p['independent_pairs']} between independent sources")
            for side in p["sides"]:
                w(f"      {side['value']}:")
                for c in side["claims"]:
                    w(f"        #{c['id']} {c['speaker'] or '?'}: “{shorten(c['content'], 70)}”")
    if not groups:
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

"""The readable overview of the links, for ``claimgraph summary`` (and ``make demo``)."""

from __future__ import annotations

import re
from typing import TextIO

from ..display import shorten
from ..store import Store
from ..store import links as db
from . import link_pending
from .legal import disclaimer
from .relations import claim_features
from .views import entity_view, event_view



_QUOTED = re.compile(r"\s*\(“([^”]*)”\)")
_NUMBER = re.compile(r"\d[\d,]*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _bare(reason: str, mark: str) -> str:
    """A reason without its quoted words, each figure written ``mark``."""
    return re.sub(r"\d[\d,.:–-]*", mark, _QUOTED.sub("", reason))


def _point(reason: str) -> str:
    """What a contradiction is about, for grouping: its reason without the quoted words and the
    figures, sides in a fixed order ("a mistaken landing vs a planned operation")."""
    return " vs ".join(sorted(part.strip() for part in _bare(reason, "#").split(" vs ")))


def _heading(reason: str) -> str:
    """A point for people, from one of its reasons: "casualty figure" for "casualty figure 12 vs
    40", other figures as N ("casualty figure N killed vs N combatants killed"), a frame's two
    sides without the quoted words."""
    bare = _bare(reason, "N")
    m = re.fullmatch(r"(.+?) N vs N", bare)
    return m.group(1) if m else bare


def _owns(part: str, content: str) -> bool:
    """Is this side of a reason the given claim's: its quoted words are in the claim, or its
    figure is one of the claim's figures."""
    norm = lambda t: " ".join(t.translate(_FOLD).lower().split())  # noqa: E731
    m = _QUOTED.search(part)
    if m:
        pieces = [p.strip() for p in m.group(1).split("…") if p.strip()]
        return bool(pieces) and all(norm(p) in norm(content) for p in pieces)
    nums = _NUMBER.findall(part)
    if not nums:
        return False
    f = claim_features(content)   # lru-cached, as for the linker
    values = set(f.figures.values()) | {v for lo_hi in f.ranges.values() for v in lo_hi}
    values |= {int(n.replace(",", "")) for n in _NUMBER.findall(content) if len(n) < 9}
    return all(int(n.replace(",", "")) in values for n in nums)


def _sides(r: dict, content_a: str, content_b: str) -> dict[int, str]:
    """{claim id: its side} for one contradiction, from its reason ("X (“…”) vs Y (“…”)",
    "casualty figure 12 vs 40"); empty when the reason does not tell which side is whose."""
    parts = r["reason"].split(" vs ", 1)
    if len(parts) != 2:
        return {}
    label = [_QUOTED.sub("", p).strip() for p in parts]
    number = _NUMBER.search(label[0])
    if _NUMBER.fullmatch(label[1]) and number:
        # "casualty figure 12 vs 40": the second side is a figure of the same thing
        label[1] = label[0][: number.start()] + label[1]
    a, b = r["claim_a"], r["claim_b"]
    for i in (0, 1):
        mine_a, mine_b = _owns(parts[i], content_a), _owns(parts[i], content_b)
        if mine_a != mine_b:
            first, second = (a, b) if mine_a else (b, a)
            return {first: label[i], second: label[1 - i]}
    return {}


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

    w("\nContradictions, by event and point of disagreement: each side with its claims (claim ids;"
      " 'claimgraph claims --contested' for the pairs):")
    rels = db.relations(store, type_="contradicts")
    rows = db.claim_texts(store, {cid for r in rels for cid in (r["claim_a"], r["claim_b"])})
    labels = {e["id"]: e["label"] for e in db.list_events(store)}
    # each point under the happening its claims are about (a recapped one apart from the event's own)
    happening_of = db.claim_happenings(store, rows)
    happenings = {h["id"]: h for eid in {r["event_id"] for r in rels if r["event_id"]} for h in db.happenings(store, eid)}
    groups: dict[tuple[int, int, str], list[dict]] = {}
    for r in rels:
        hid = happening_of.get(r["claim_a"]) or 0
        key = (r["event_id"] or 0, 0 if happenings.get(hid, {}).get("main", 1) else hid, _point(r["reason"]))
        groups.setdefault(key, []).append(r)
    shown: set[tuple[int, int]] = set()
    for (event_id, hid, point), group in sorted(groups.items()):
        if (event_id, -1) not in shown:
            shown.add((event_id, -1))
            w(f"  [{event_id}] {shorten(labels.get(event_id) or '', 90)}")
        if hid and (event_id, hid) not in shown:
            shown.add((event_id, hid))
            h = happenings[hid]
            when = h["first_day"] if h["first_day"] == h["last_day"] else f"{h['first_day']}/{h['last_day']}"
            w(f"   an earlier happening it recaps ({when}): {shorten(h['label'], 80)}")
        independent = sum(1 for r in group if r["independent"])
        w(f"    {_heading(group[0]['reason'])} — {len(group)} contradicting pair(s), {independent} between independent sources")
        sides: dict[str, list[int]] = {}
        placed: set[int] = set()
        for r in sorted(group, key=lambda r: (r["claim_a"], r["claim_b"])):
            for cid, side in _sides(r, rows[r["claim_a"]]["content"], rows[r["claim_b"]]["content"]).items():
                if cid not in placed:
                    placed.add(cid)
                    sides.setdefault(side, []).append(cid)
        unclear = sorted({c for r in group for c in (r["claim_a"], r["claim_b"])} - placed)
        if unclear:
            sides["(side not told by the reason)"] = unclear
        for side, cids in sides.items():
            w(f"      {side}:")
            for cid in cids:
                w(f"        #{cid} {rows[cid]['speaker'] or '?'}: “{shorten(rows[cid]['content'], 70)}”")
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

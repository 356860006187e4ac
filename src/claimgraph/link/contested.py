"""Contested points per happening: the ``contradicts`` relations grouped by the happening their
claims are placed on (what, where, when), then by the point they disagree on (who did it, where
it landed, how many, planned or an accident), each point with its sides: the value each account
states and the claims (speaker, outlet, words) that state it.

What the CLI (``claimgraph claims --contested``), the JSON API (``/api/contested``), the web UI's
contested page and the overview show; plain data, one dict per happening. The point and the sides
of a stored pair are read again with :func:`relate` (the linker's own rule, on the claim's own
words, stance, cue and speaker's party), so the view never parses a reason's wording; a pair the
rules no longer read as a contradiction (links made by an older version) keeps its reason as its
point, with its claims on no side.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from ..store import Store
from ..store import links as db
from .events import parse_date
from .happenings import _SITE_MARK, FOLLOW_UPS
from .relations import claim_features, point_label, relate

#: The side of a claim whose pair no longer tells the sides (see the module's note).
UNTOLD = "(side not told by the reason)"


def _features(c: dict):
    origin = c.get("origin") or ""
    party = origin[4:] if origin.startswith("gov:") else None   # as the linker reads it
    # the page's date, as the linker reads "on Tuesday" against it
    return claim_features(c["content"] or "", c.get("stance"), c.get("cue"), party, parse_date(c.get("published")))


def _point_and_sides(r: dict, a: dict, b: dict) -> tuple[str, str, tuple[str, str], tuple[str, str]]:
    """(key, point for people, (a's side, b's side), the values that tell the sides apart) of one
    stored contradiction."""
    # same_origin only ever withholds a contradiction, so a stored one reads the same without it
    rel = relate(a["content"] or "", b["content"] or "", _features(a), _features(b))
    if rel is None or rel.type != "contradicts" or not all(rel.sides):
        return "reason:" + r["reason"], r["reason"], (UNTOLD, UNTOLD), (UNTOLD, UNTOLD)
    return rel.key, point_label(rel.key), rel.sides, rel.side_values


def _claim_out(c: dict) -> dict:
    return {"id": c["id"], "document": c["document_id"], "outlet": c.get("outlet"), "title": c.get("title"),
            "published": c.get("published"), "speaker": c.get("speaker"), "origin": c.get("origin_name"),
            "kind": c.get("kind"), "content": c.get("content") or ""}


def _heading(h: dict | None, event_id: int | None) -> dict:
    """What, where and when of a happening: the event's label for its own happening, the recap's
    label for another (an earlier one it recaps, or a later one of the story); where, the places the event's documents name most (for its own
    happening only: the event's places are not where a recapped one happened)."""
    if h is None:
        return {"id": None, "event": event_id, "main": True, "later": False, "what": "", "where": [], "when": None,
                "first_day": None, "last_day": None}
    main = bool(h["main"])
    first, last = (h["first_day"] or h["date_min"], h["last_day"] or h["date_max"]) if main else (h["first_day"], h["last_day"])
    when = None if not first else first if first == last or not last else f"{first} – {last}"
    where = Counter(h["profile"].get("places") or {}) if main else Counter()
    # a happening dated after the event's first report is a later one of the story (the funeral a week after the strike)
    later = not main and bool(first) and bool(h["date_min"]) and first > h["date_min"] or not main and not first and any(
        (h["label"] or "").startswith(kind + _SITE_MARK) for kind in FOLLOW_UPS)   # an arrest, a funeral: after the act
    return {"id": h["id"], "event": h["event_id"], "main": main, "later": later, "what": (h["event_label"] if main else h["label"]) or "",
            "where": [p for p, _n in where.most_common(3)], "when": when, "first_day": first, "last_day": last}


def contested_points(store: Store, claim_ids: Iterable[int] | None = None, event_id: int | None = None,
                     limit: int | None = None) -> list[dict]:
    """Contested points per happening (see the module's note): one dict per happening, each
    event's own happening before the earlier ones it recaps; points with the most pairs first.
    ``claim_ids``: only the contradictions of these claims; ``event_id``: of this event; ``limit``:
    only the most confident pairs (a bound on what a page reads again)."""
    rels = db.relations(store, claim_ids, "contradicts")
    if event_id is not None:
        rels = [r for r in rels if r["event_id"] == event_id]
    rels.sort(key=lambda r: (-r["confidence"], r["claim_a"], r["claim_b"]))
    rels = rels[:limit] if limit is not None else rels
    if not rels:
        return []
    claims = db.claims_by_id(store, {c for r in rels for c in (r["claim_a"], r["claim_b"])})
    haps = db.happenings_by_id(store, {c["happening_id"] for c in claims.values() if c["happening_id"] is not None})
    groups: dict[tuple[int, int], dict[str, dict[str, Any]]] = {}
    for r in rels:
        a, b = claims.get(r["claim_a"]), claims.get(r["claim_b"])
        if a is None or b is None:
            continue
        ha, hb = haps.get(a["happening_id"]), haps.get(b["happening_id"])
        # a pair across two happenings (how the whole story is told) belongs to the event's own
        h = ha if ha is not None and (hb is None or ha["id"] == hb["id"] or ha["main"]) else hb
        key, point, labels, values = _point_and_sides(r, a, b)
        g = groups.setdefault((r["event_id"] or 0, h["id"] if h else 0), {})
        p = g.setdefault(key, {"key": key, "point": point, "sides": {}, "placed": set(), "relations": []})
        p["relations"].append({"a": r["claim_a"], "b": r["claim_b"], "reason": r["reason"],
                               "independent": bool(r["independent"]), "confidence": round(r["confidence"], 2)})
        for c, label, value in zip((a, b), labels, values):
            if c["id"] not in p["placed"]:   # each claim on one side of a point: its first (strongest) pair's
                p["placed"].add(c["id"])
                side = p["sides"].setdefault(value, {"value": label, "claims": []})   # labelled as first seen
                side["claims"].append(_claim_out(c))
    out: list[dict[str, Any]] = []
    for (ev, hid), points in groups.items():
        h = haps.get(hid)
        pts = sorted(points.values(), key=lambda p: (-len(p["relations"]), p["point"]))
        out.append({
            "happening": _heading(h, ev or None),
            "points": [{"key": p["key"], "point": p["point"], "pairs": len(p["relations"]),
                        "independent_pairs": sum(x["independent"] for x in p["relations"]),
                        "sides": list(p["sides"].values()),
                        "relations": p["relations"]} for p in pts],
        })
    out.sort(key=lambda g: (g["happening"]["event"] or 0, not g["happening"]["main"], g["happening"]["first_day"] or "",
                            g["happening"]["id"] or 0))
    return out

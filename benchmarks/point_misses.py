"""Why contested points are missed: for each gold point no stored contradiction finds, the furthest stage its
pairs of opposed claims reach, tallied by stage and by what the point asks (development data only).

    .venv/bin/python benchmarks/point_misses.py                 # pair-train tune half + cyrillic-dev + real-news dev
    .venv/bin/python benchmarks/point_misses.py --sets tune --verbose   # also one line per missed point
    .venv/bin/python benchmarks/point_misses.py --sets real-news-dev-ru-uk   # the dev ru/uk pages' points, linked with the English

Stages, per pair of gold claims on opposite sides of a point (the point's stage is its furthest pair's):

1. ``unmatched``   a side's claim was not extracted (no stored claim matches it);
2. ``apart``       both extracted but placed on different events or happenings (the linker never pairs them);
3. ``no-value``    :func:`relate` reads no value of the point's slot from one side (or from both);
4. ``compatible``  both sides give a value of the slot, and :func:`relate` reads no contradiction;
5. ``blocked``     :func:`relate` reads a contradiction, but the linker did not store it (one source, a recapped
                   happening, the learned veto, the per-claim cap).

The slot a point asks is read from its question's words (``SLOT_OF_QUESTION``): where, when, how many, who did it,
identity (which / what thing), nature (what caused it, what kind of act), else a yes-no proposition. A point whose
claims hold a stored contradiction with claims not opposed on it is counted also as ``elsewhere``.

Development data only: never run on the held half, a blind set or a test split (``--sets`` refuses them).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from linking import (REAL_NEWS, REAL_NEWS_SPLITS, load_real_news, load_real_news_cyrillic, opposed_points,  # noqa: E402
                     point_sides, real_news_home)

from claimgraph.link.contested import _features  # noqa: E402  (the features as the contested view reads them)
from claimgraph.link.relations import relate  # noqa: E402
from claimgraph.store import links as db  # noqa: E402

TUNE = ("market-drone-ansongo,school-shelling-malynivka,cargo-plane-tine,boat-seizure-natuna,landslide-ukhiya,"
        "depot-fire-poti,cholera-chitungwiza,wildfire-malko-tarnovo").split(",")
STAGES = ("unmatched", "apart", "no-value", "compatible", "blocked")

#: What a point's question asks, first match wins.
SLOT_OF_QUESTION = (
    ("how many", re.compile(r"\bhow (?:many|much|long|far|large|big)\b|\bwhat (?:toll|number|share|size|area)\b", re.I)),
    ("when", re.compile(r"\bwhen\b|\bwhat (?:time|day|date|hour)\b|\bon which day\b|\bhow soon\b", re.I)),
    ("where", re.compile(r"\bwhere\b|\bwhich (?:waters|side of|location|village|town|place)\b|\bin whose (?:waters|territory)\b", re.I)),
    ("identity", re.compile(r"\bwho (?:was|were) (?:the )?(?:dead|hurt|killed|injured|wounded|victims?)\b", re.I)),
    ("who did it", re.compile(r"\bwho(?:se)?\b|\bby whom\b|\bwhich (?:side|group|party|unit|forces?)\b", re.I)),
    ("nature", re.compile(r"\bwhat (?:caused|started|set off|triggered|brought|hit|made|kind|sort|type)\b|\bcause\b|"
                          r"\bwhy\b|\bhow did\b|\baccident\b|\bsabotage\b|\bdeliberate\b", re.I)),
    ("identity", re.compile(r"\bwhich\b|\bwhat (?:was|were|is|are)\b", re.I)),
)


def slot_of(question: str) -> str:
    for name, rx in SLOT_OF_QUESTION:
        if rx.search(question):
            return name
    return "yes-no"


def _values(f, slot: str) -> bool:
    """Does a claim's features hold any value of what the point asks?"""
    kinds = {v.slot for v in f.slots}
    if slot == "how many":
        return bool(f.figures or f.numbers or any(k.startswith("count:") for k in kinds))
    if slot == "when":
        return bool(f.times or "day" in kinds)
    if slot == "where":
        return any(k.startswith("place") for k in kinds)
    if slot == "who did it":
        return "agent" in kinds or bool(f.blamed)
    if slot == "nature":
        # (a cause is read per effect: "cause:explosion"; the nature of the act, meant or not, as "nature")
        return bool(kinds & {"means", "weapon", "nature"} or any(k.startswith("cause:") for k in kinds) or f.sides)
    if slot == "identity":
        return bool(kinds & {"identity", "held"} or f.sides or f.sites)
    return bool(f.negated or f.denial or f.sides)   # yes-no: a polarity or a side read


def diagnose(root: Path, events: list[str] | str, verbose: bool) -> tuple[Counter, Counter, int, int]:
    """``events``: the events under ``root``, or "ru/uk" for the real-news dev English events with the split's
    Russian and Ukrainian pages in one home (linking.load_real_news_cyrillic), only their points tallied."""
    if events == "ru/uk":
        events, golds, links, page_of = load_real_news_cyrillic("dev", root)
        side_of, points = point_sides([e for e in events if e.endswith("-pages")], links)
    else:
        events, golds, links, page_of = load_real_news(root, list(events))
        side_of, points = point_sides(events, links)
    tally: Counter = Counter()
    elsewhere: Counter = Counter()
    with real_news_home(page_of, golds) as (store, to_gold, _doc_of, _n):
        of_gold = {g: c for c, g in to_gold.items()}
        rows = db.claims_by_id(store, list(to_gold))
        stored = db.relations(store, None, "contradicts")
        pairs = {frozenset((to_gold.get(r["claim_a"]), to_gold.get(r["claim_b"]))) for r in stored}
        contra_of = defaultdict(set)
        for r in stored:
            a, b = to_gold.get(r["claim_a"]), to_gold.get(r["claim_b"])
            contra_of[a].add(b)
            contra_of[b].add(a)
        feats = {}

        def feat(g):
            if g not in feats:
                feats[g] = _features(rows[of_gold[g]])
            return feats[g]

        found = {p for pr in pairs if len(pr) == 2 and None not in pr for p in opposed_points(side_of, *sorted(pr))}
        for key, p in points:
            if key in found:
                continue
            slot = slot_of(p["question"])
            best, why = 0, ""
            for i, sa in enumerate(p["sides"]):
                for sb in p["sides"][i + 1:]:
                    for a in sa["claims"]:
                        for b in sb["claims"]:
                            if a == b:
                                continue
                            stage, note = _stage(a, b, of_gold, rows, feat, slot)
                            if stage > best or not why:
                                best, why = stage, note
            tally[(STAGES[best], slot)] += 1
            claims = {c for s in p["sides"] for c in s["claims"]}
            if any(o not in claims or not opposed_points(side_of, c, o) for c in claims for o in contra_of.get(c, ()) if o):
                elsewhere[slot] += 1
            if verbose:
                print(f"  {STAGES[best]:<10} {slot:<11} {key}: {p['question']}  [{why}]")
    return tally, elsewhere, len(points) - len(found), len(points)


def _stage(a: str, b: str, of_gold: dict, rows: dict, feat, slot: str) -> tuple[int, str]:
    if a not in of_gold or b not in of_gold:
        return 0, "not extracted: " + ", ".join(x for x in (a, b) if x not in of_gold)
    ra, rb = rows[of_gold[a]], rows[of_gold[b]]
    if ra["event_id"] != rb["event_id"] or ra["happening_id"] != rb["happening_id"]:
        return 1, f"{a} / {b}: events {ra['event_id']}/{rb['event_id']} happenings {ra['happening_id']}/{rb['happening_id']}"
    fa, fb = feat(a), feat(b)
    r = relate(ra["content"] or "", rb["content"] or "", fa, fb)
    if r is not None and r.type == "contradicts":
        return 4, f"{a} / {b}: {r.reason}"
    if not (_values(fa, slot) and _values(fb, slot)):
        return 2, f"{a} / {b}: no {slot} value in " + ", ".join(x for x, f in ((a, fa), (b, fb)) if not _values(f, slot))
    return 3, f"{a} / {b}: " + (f"{r.type} {r.reason}" if r else "no relation")


SETS = {"tune": lambda: (REPO / "benchmarks" / "data" / "pair-train", TUNE),
        "cyrillic-dev": lambda: (REPO / "benchmarks" / "data" / "cyrillic-dev", None),
        "real-news-dev": lambda: (REAL_NEWS, list(REAL_NEWS_SPLITS["dev"])),
        "real-news-dev-ru-uk": lambda: (REAL_NEWS, "ru/uk")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="tune,cyrillic-dev,real-news-dev", help="comma list of: " + ", ".join(SETS))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    total: Counter = Counter()
    for name in args.sets.split(","):
        if name not in SETS:
            ap.error(f"unknown or forbidden set {name!r} (development sets only: {', '.join(SETS)})")
        root, events = SETS[name]()
        if events is None:
            from own_events import CYRILLIC, check_gold
            events = check_gold(root, CYRILLIC)
        if not root.exists():
            print(f"{name}: skipped ({root} absent)")
            continue
        print(f"{name}:")
        tally, elsewhere, missed, n = diagnose(root, events, args.verbose)
        total.update(tally)
        _print(tally, elsewhere, missed, n)
    if len(args.sets.split(",")) > 1:
        print("all sets:")
        _print(total, Counter(), sum(total.values()), None)
    return 0


def _print(tally: Counter, elsewhere: Counter, missed: int, n: int | None) -> None:
    slots = sorted({s for _st, s in tally}, key=lambda s: -sum(v for (_t, x), v in tally.items() if x == s))
    print(f"  missed {missed}" + (f" of {n} points" if n is not None else ""))
    print("  " + f"{'stage':<11}" + "".join(f"{s:>11}" for s in slots) + f"{'total':>8}")
    for st in STAGES:
        row = [tally.get((st, s), 0) for s in slots]
        print("  " + f"{st:<11}" + "".join(f"{v:>11}" for v in row) + f"{sum(row):>8}")
    if elsewhere:
        print("  with a stored contradiction between other claims: " + ", ".join(f"{s} {v}" for s, v in elsewhere.most_common()))


if __name__ == "__main__":
    raise SystemExit(main())

"""Why false contradictions fire: each stored ``contradicts`` between two matched claims that the gold does not
set on opposite sides of a point, tallied by the rule that fired it and by how the gold places the pair
(development data only).

Rule: the head of the relation's reason, up to its first quoted value, numbers as N ("casualty figure N vs N",
"asserted vs denied", "fired at the market vs …"). Gold placement, first that applies:

    other-happening  the gold puts the two claims on different happenings (two acts, not two accounts)
    same-origin      the gold puts them in one same-origin group (one source, not two sides)
    same-side        both stand on one side of a gold point (two claims of one side)
    off-point        at least one of the two stands on no gold point at all (a fact nobody disputes)
    other-points     both on points, never on opposite sides of one

    .venv/bin/python benchmarks/contradiction_errors.py                       # pair-train TUNE half
    .venv/bin/python benchmarks/contradiction_errors.py --set cyrillic-dev
    .venv/bin/python benchmarks/contradiction_errors.py --set real-news-dev
    ... --verbose    # every false pair with its reason and both claims
    .venv/bin/python benchmarks/contradiction_errors.py --battery nocontra-train22   # a relation battery's pairs

``--battery`` tallies the contradictions kept on a relation battery's pairs that expect none (a train file: the
held-out ones are run to report only, by ``relation_battery.py``), by rule and by the pair's case.

Development data only: the pair-train tune half, cyrillic-dev, real-news dev. The held half, the blind sets and
the test split are refused (``--set`` knows no other name).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(HERE.parent)   # this checkout's src first, said when PYTHONPATH names another

from corroboration_misses import DEV_SETS, load_dev_set  # noqa: E402
from linking import _pairs_of, opposed_points, point_sides, real_news_home  # noqa: E402

from claimgraph.store import links as db  # noqa: E402

PLACEMENTS = ["other-happening", "same-origin", "same-side", "off-point", "other-points"]


def _rule(reason: str) -> str:
    """The rule that fired a stored relation, from the head of its reason (the stored row keeps no key): the
    reason up to its first quoted value, numbers as N ("casualty figure N vs N", "asserted vs denied")."""
    head = re.sub(r"\d[\d,:.]*", "N", reason.split("“")[0]).strip(" (")
    return head[:40]


def diagnose(page_of: dict, golds: dict, events: list[str], links: dict, verbose: bool) -> tuple[Counter, Counter, int, int]:
    side_of, _points = point_sides(events, links)
    gold_h = {gid: f"{ev}/{h}" for ev in events for gid, h in links[ev].get("claim_happening", {}).items() if h}
    same = _pairs_of([g for ev in events for g in links[ev].get("same_origin", [])])
    content = {c["id"]: c["content"] for g in golds.values() for c in g["claims"]}
    by_rule: Counter = Counter()
    by_place: Counter = Counter()
    n_right = n_all = 0
    with real_news_home(page_of, golds) as (store, to_gold, _doc_of, _n):
        rels = db.relations(store, type_="contradicts")
        stored = db.claims_by_id(store, [x for r in rels for x in (r["claim_a"], r["claim_b"])]) if verbose else {}
        for r in rels:
            a, b = to_gold.get(r["claim_a"]), to_gold.get(r["claim_b"])
            if a is None or b is None:
                continue
            n_all += 1
            if opposed_points(side_of, a, b):
                n_right += 1
                continue
            sides_a, sides_b = side_of.get(a, set()), side_of.get(b, set())
            if a in gold_h and b in gold_h and gold_h[a] != gold_h[b]:
                place = "other-happening"
            elif frozenset((a, b)) in same:
                place = "same-origin"
            elif sides_a & sides_b:
                place = "same-side"
            elif not sides_a or not sides_b:
                place = "off-point"
            else:
                place = "other-points"
            rule = _rule(r["reason"])
            by_rule[rule] += 1
            by_place[(place, rule)] += 1
            if verbose:
                print(f"[{place} | {rule}] {a} / {b}: {r['reason'][:200]}")
                for x, cid in ((a, r["claim_a"]), (b, r["claim_b"])):   # the gold's text, and the stored claim's where it differs
                    told = (stored[cid]["content"] or "") if cid in stored else ""
                    print(f"      {x}: {content.get(x, '')[:220]}" + (f"\n         stored: {told[:300]}" if told != content.get(x) else ""))
    return by_rule, by_place, n_right, n_all


#: Relation batteries whose false contradictions may be tallied here: the files rules are chosen on.
TRAIN_BATTERIES = {"nocontra-train22": HERE / "data" / "relation-battery-nocontra-train22.jsonl"}


def battery_tally(path: Path, verbose: bool) -> int:
    """The contradictions the real pipeline keeps on a battery's pairs that expect none, by rule and by case."""
    import relation_battery as RB

    results = RB.run(RB.load_battery(path))
    false = [(pair, res) for pair, res, _ok in results if res["got"] == "contradicts" and pair["expect"] != "contradicts"]
    kept = sum(1 for _p, res, _ok in results if res["got"] == "contradicts")
    print(f"{path.name}: {len(false)} false contradictions of {kept} kept ({len(results)} pairs)")
    for rule, n in Counter(_rule(res["reason"]) for _p, res in false).most_common():
        print(f"  {rule:<40} {n}")
    for pair, res in false if verbose else ():
        print(f"  [{pair['id']}] {pair.get('case', pair.get('point', ''))}: {res['reason'][:160]}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=DEV_SETS, default="tune")
    ap.add_argument("--battery", choices=list(TRAIN_BATTERIES), help="tally a relation battery's pairs instead of a dev set")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.battery:
        return battery_tally(TRAIN_BATTERIES[args.battery], args.verbose)
    events, golds, links, page_of = load_dev_set(args.set)
    if not events:
        print(f"{args.set}: no gold here (skipped)")
        return 0
    by_rule, by_place, n_right, n_all = diagnose(page_of, golds, events, links, args.verbose)
    print(f"{args.set}: {n_all - n_right} false contradictions of {n_all} between matched claims")
    rules = [k for k, _n in by_rule.most_common()]
    print("  " + f"{'rule':<26}" + "".join(f"{p:>16}" for p in PLACEMENTS) + f"{'total':>8}")
    for rule in rules:
        row = [by_place[(p, rule)] for p in PLACEMENTS]
        print("  " + f"{rule:<26}" + "".join(f"{v:>16}" for v in row) + f"{sum(row):>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

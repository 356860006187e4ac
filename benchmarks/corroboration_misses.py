"""Why gold corroborations are missed, and why false ones fire: a tally by stage, on development data only.

For each gold corroboration group's claim that gets no correct corroboration, the furthest stage any of its gold
partners reached (first stage that stops the pair):

    unmatched        the claim itself was not extracted (or not matched to its gold)
    partner-unmatched  none of its gold partners was extracted
    unsourced        one side is a refusal or an unattributed hedge (never a source)
    other-event      the two were put in different events (never compared)
    other-happening  the two were placed on different happenings of one event
    contradicted     the rules read the pair as a contradiction
    no-shared-read   no slot, figure, count or frame read in both
    form-differs     a slot, figure or count read in both, with values that differ in form or in fact
    guard            a value read alike in both, and still no relation (a guard or a gate held it)
    cut              related as corroborating, and not kept (the per-claim cap, the happening filter, or a
                     stored relation that is not this pair)

Same-origin pairs are marked apart (``same origin``): the gold counts them, the linker marks them not independent.
Each false corroboration is tallied by the rule that fired (its reason's head).

    .venv/bin/python benchmarks/corroboration_misses.py                  # pair-train TUNE half
    .venv/bin/python benchmarks/corroboration_misses.py --set cyrillic-dev
    .venv/bin/python benchmarks/corroboration_misses.py --set real-news-dev
    .venv/bin/python benchmarks/corroboration_misses.py --set real-news-dev-ru-uk   # its ru/uk pages, with the English
    ... --verbose    # every missed claim with its best partner and the slots both read

Development data only: the pair-train tune half, cyrillic-dev, real-news dev (never the held half or a test split).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(HERE.parent)   # this checkout's src first, said when PYTHONPATH names another

from linking import REAL_NEWS, REAL_NEWS_SPLITS, _pairs_of, load_real_news, load_real_news_cyrillic, real_news_home  # noqa: E402

from claimgraph.link import NOT_ASSERTED, NOT_SOURCES  # noqa: E402
from claimgraph.link.events import parse_date  # noqa: E402
from claimgraph.link.relations import claim_features, relate  # noqa: E402
from claimgraph.link.relations import learned  # noqa: E402
from claimgraph.store import links as db  # noqa: E402

TUNE = ["market-drone-ansongo", "school-shelling-malynivka", "cargo-plane-tine", "boat-seizure-natuna", "landslide-ukhiya",
        "depot-fire-poti", "cholera-chitungwiza", "wildfire-malko-tarnovo"]
#: The development sets a diagnostic may print pairs of (the held half, the blind sets and the test split are not here).
DEV_SETS = ("tune", "cyrillic-dev", "real-news-dev", "real-news-dev-ru-uk")


def load_dev_set(name: str) -> tuple:
    """(events, golds, links, page_of) of a development set by its ``--set`` name (:data:`DEV_SETS`); any other name is
    refused, so the held half and the blind sets are never read by a diagnostic."""
    if name == "tune":
        return load_real_news(HERE / "data" / "pair-train", TUNE)
    if name == "cyrillic-dev":
        from own_events import CYRILLIC, check_gold
        root = HERE / "data" / "cyrillic-dev"
        return load_real_news(root, check_gold(root, CYRILLIC))
    if name == "real-news-dev":
        return load_real_news(REAL_NEWS, REAL_NEWS_SPLITS["dev"])
    if name == "real-news-dev-ru-uk":
        # the dev English events and the split's ru/uk pages in one home; only the ru/uk gold groups tallied
        events, golds, links, page_of = load_real_news_cyrillic("dev")
        return [e for e in events if e.endswith("-pages")], golds, links, page_of
    raise SystemExit(f"{name}: not a development set (one of {', '.join(DEV_SETS)})")


STAGES = ["unmatched", "partner-unmatched", "unsourced", "other-event", "other-happening", "contradicted",
          "no-shared-read", "form-differs", "guard", "cut"]


def _reads(f) -> dict[str, set[str]]:
    """What a claim's features read, by kind of value: slot name -> values; figures; counts of anything."""
    out: dict[str, set[str]] = defaultdict(set)
    for v in f.slots:
        out["slot:" + v.slot.split(":", 1)[0]].add(f"{'+' if v.asserted else '-'}{v.value}")
    for k, n in f.figures.items():
        out["figure:" + k].add(str(n))
    for n, _w, _p in f.numbers:
        out["count"].add(str(n))
    for name, (side, _t) in f.sides.items():
        out["frame:" + name].add(str(side))
    return out


def proposition_class(fa, fb) -> str:
    """How far two claims' propositions (features.proposition) meet: "negated" (one negates something), "other act"
    (no act of one told by the other), "act, other things" (an act in common, fewer than two other stems in common),
    "act and things" (an act and two or more other stems in common: what rule 7 of the pair decision compares)."""
    if fa.prop_negated or fb.prop_negated:
        return "negated"
    acts = (fa.prop_acts & (fb.prop_acts | fb.prop_words)) | (fb.prop_acts & (fa.prop_acts | fa.prop_words))
    if not acts:
        return "other act"
    if len((fa.prop_words & fb.prop_words) - acts) < 2:
        return "act, other things"
    return "act and things"


def _stage_of_pair(ca: dict, cb: dict, stored: dict[frozenset, str]) -> tuple[int, str, str]:
    """(stage index, stage, detail) of one gold pair of stored claims."""
    if ca["kind"] in NOT_SOURCES | NOT_ASSERTED or cb["kind"] in NOT_SOURCES | NOT_ASSERTED:
        return 2, "unsourced", f"{ca['kind']} / {cb['kind']}"
    if ca["event"] != cb["event"]:
        return 3, "other-event", ""
    ha, hb = ca.get("happening_id"), cb.get("happening_id")
    if ha is not None and hb is not None and ha != hb and not (ca.get("happening_main") and cb.get("happening_main")):
        return 4, "other-happening", ""
    fa, fb = ca["feat"], cb["feat"]
    same = ca.get("origin") is not None and ca.get("origin") == cb.get("origin")
    r = relate(ca["content"], cb["content"], fa, fb, same_origin=same)
    if r is not None and r.type == "contradicts":
        return 5, "contradicted", r.reason
    if r is not None:
        return 9, "cut", r.reason + (f"; stored: {stored[frozenset((ca['id'], cb['id']))]}"
                                     if frozenset((ca["id"], cb["id"])) in stored else "")
    ra, rb = _reads(fa), _reads(fb)
    shared = sorted(set(ra) & set(rb))
    if not shared:
        return 6, "no-shared-read", f"[{proposition_class(fa, fb)}] {dict(ra)} / {dict(rb)}"
    alike = [k for k in shared if ra[k] & rb[k]]
    if alike:
        return 8, "guard", "alike: " + ", ".join(f"{k}={sorted(ra[k] & rb[k])}" for k in alike)
    return 7, "form-differs", "; ".join(f"{k}: {sorted(ra[k])} / {sorted(rb[k])}" for k in shared)


def diagnose(page_of: dict, golds: dict, events: list[str], links: dict, verbose: bool) -> tuple[Counter, Counter, Counter]:
    gold_corr = _pairs_of([g for ev in events for g in links[ev].get("corroborations", [])])
    content = {c["id"]: c["content"] for g in golds.values() for c in g["claims"]}
    with real_news_home(page_of, golds) as (store, to_gold, _doc_of, _n):
        claims: dict[str, dict] = {}   # gold id -> stored claim with its event and features
        for (ev,) in store.conn.execute("SELECT DISTINCT event_id FROM link_event_claims").fetchall():
            for c in db.event_claims(store, ev):
                gid = to_gold.get(c["id"])
                if gid is None:
                    continue
                c["event"] = ev
                c["feat"] = claim_features(c["content"], c.get("stance"), c.get("cue"), learned.party_of(c),
                                           parse_date(c.get("published")))
                claims[gid] = c
        stored: dict[frozenset, str] = {}
        false_by: Counter = Counter()
        right: set[str] = set()
        false_list = []
        for r in db.relations(store, type_="corroborates"):
            a, b = to_gold.get(r["claim_a"]), to_gold.get(r["claim_b"])
            if a is None or b is None:
                continue
            stored[frozenset((claims[a]["id"], claims[b]["id"]))] = r["reason"]
            if any(golds[g.rsplit("-c", 1)[0]]["event"] not in events for g in (a, b)):
                continue   # a pair of claims of pages this tally leaves out (real-news-dev-ru-uk: the English ones)
            if frozenset((a, b)) in gold_corr:
                right.update((a, b))
            else:
                head = r["reason"].split(":")[0].split("(")[0].strip()
                if head.startswith("both"):   # "both describe a strike (…)", "both: by Russia (…)": the rule's word
                    words = head.split(" ")[1:] or r["reason"].split(":", 1)[-1].split()[:1]
                    head = "both: " + (words[0] if words else "")
                false_by[head] += 1
                false_list.append((a, b, r["reason"]))
        partners: dict[str, set[str]] = defaultdict(set)
        for k in gold_corr:
            a, b = tuple(k)
            partners[a].add(b)
            partners[b].add(a)
        tally: Counter = Counter()
        same_origin: Counter = Counter()
        for gid in sorted(partners):
            if gid in right:
                continue
            if gid not in claims:
                tally["unmatched"] += 1
                continue
            best = (1, "partner-unmatched", "", "")
            for p in sorted(partners[gid]):
                if p not in claims:
                    continue
                i, stage, detail = _stage_of_pair(claims[gid], claims[p], stored)
                if i > best[0]:
                    best = (i, stage, detail, p)
            tally[best[1]] += 1
            if best[1] == "no-shared-read":
                tally["no-shared-read: " + best[2][1:best[2].index("]")]] += 1
            if best[3] and claims[gid].get("origin") is not None and claims[gid].get("origin") == claims[best[3]].get("origin"):
                same_origin[best[1]] += 1
            if verbose:
                print(f"[{best[1]}] {gid}: {content.get(gid, '')[:150]}")
                if best[3]:
                    print(f"      partner {best[3]}: {content.get(best[3], '')[:150]}")
                    print(f"      stored: {claims[gid]['content'][:150]!r} / {claims[best[3]]['content'][:150]!r}")
                    print(f"      {best[2][:400]}")
        if verbose:
            for a, b, why in false_list:
                print(f"[false] {a} / {b}: {why[:200]}\n      {content.get(a, '')[:150]}\n      {content.get(b, '')[:150]}")
    return tally, same_origin, false_by


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=DEV_SETS, default="tune")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    events, golds, links, page_of = load_dev_set(args.set)
    if not events:
        print(f"{args.set}: no gold here (skipped)")
        return 0
    tally, same_origin, false_by = diagnose(page_of, golds, events, links, args.verbose)
    total = sum(tally[s] for s in STAGES)
    print(f"{args.set}: {total} gold-corroborated claims with no correct corroboration")
    for s in STAGES:
        if tally[s]:
            print(f"  {s:18s} {tally[s]:4d}" + (f"   ({same_origin[s]} of them with a same-origin partner)" if same_origin[s] else ""))
        if s == "no-shared-read":
            # (by how far the two propositions meet: proposition_class)
            for k in ("negated", "other act", "act, other things", "act and things"):
                if tally[f"{s}: {k}"]:
                    print(f"    {k:18s} {tally[f'{s}: {k}']:4d}")
    print(f"  false corroborations: {sum(false_by.values())}")
    for k, n in false_by.most_common():
        print(f"    {n:3d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

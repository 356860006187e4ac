"""Feasibility probe (session 13, issue #12 item 5): can a small learned pair model beat the rule pair decision?

Trained ONLY on pairs we wrote and on which rules were chosen (``relation-battery-train*.jsonl``,
``article-pair-battery-train*.jsonl``); features are what the linker computes for a pair (``claim_features`` of
each claim and the rule decision ``relate``) plus simple lexical ones (content-word Jaccard, shared numbers,
negation on one side). Three classes: contradicts / corroborates / none. Printed:

(a) 5-fold cross-validation on the training rows; (b) the held-out relation batteries
(``relation-battery-heldout*.jsonl``), rules (the full linker, as ``relation_battery.py`` runs it) vs model, per
class precision/recall; (c) real-news DEV (as ``linking.py --real-news dev`` ingests it): every pair of matched
claims within one event, rules (relations the linker kept) vs model, contradicts precision and corroboration
precision/recall. Skipped cleanly when ../shared is absent. Never run on test or own-events.

    .venv/bin/python benchmarks/pair_model_probe.py            # (a), (b), (c)
    .venv/bin/python benchmarks/pair_model_probe.py --no-real-news
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

import article_pair_battery as apb  # noqa: E402
import relation_battery as rb  # noqa: E402

from claimgraph.link import NOT_ASSERTED  # noqa: E402
from claimgraph.link.relations import claim_features, numbers_apart, relate  # noqa: E402
from claimgraph.link.relations.decision import predicated_apart  # noqa: E402
from claimgraph.store import Store  # noqa: E402
from claimgraph.store import links as db  # noqa: E402

DATA = REPO / "benchmarks" / "data"
CLASSES = ("contradicts", "corroborates", "none")
#: At most this many claim pairs per battery pair (pooled): a bound on hostile input.
MAX_PAIRS = 400
_WORD = re.compile(r"[a-zа-яёіїєґ]{4,}", re.I)
_NUM = re.compile(r"\d[\d,.]*")
_NEG = re.compile(r"\b(?:not|no|never|nobody|none|denied|denies|deny|false|n't)\b|n't\b", re.I)
_KINDS = ("figure", "frame", "negation", "slot", "words")

FEATURES = ["rule_contradicts", "rule_corroborates", "rule_score", *[f"rule_key_{k}" for k in _KINDS],
            "jaccard", "shared_words", "anchor_words", "frames_opposed", "frames_same", "figures_equal",
            "figures_differ", "numbers_apart", "acts_shared", "acts_apart", "denial_one_side", "negated_vs_asserted",
            "mood_differs", "named_shared", "predicated_apart", "lex_jaccard", "lex_shared_numbers",
            "lex_numbers_disjoint", "lex_negation_one_side"]


def pair_vector(a: dict, b: dict) -> list[float]:
    """The features of one claim pair (claims as stored: content, stance, cue)."""
    ta, tb = a.get("content") or "", b.get("content") or ""
    fa = claim_features(ta, a.get("stance"), a.get("cue"))
    fb = claim_features(tb, b.get("stance"), b.get("cue"))
    r = relate(ta, tb, fa, fb)
    inter, union = fa.words & fb.words, fa.words | fb.words
    opposed = sum(1 for n in fa.sides if n in fb.sides and fa.sides[n][0] != fb.sides[n][0])
    same = sum(1 for n in fa.sides if n in fb.sides and fa.sides[n][0] == fb.sides[n][0])
    shared_slots = set(fa.figures) & set(fb.figures)
    wa, wb = {w.lower() for w in _WORD.findall(ta)}, {w.lower() for w in _WORD.findall(tb)}
    na, nb = set(_NUM.findall(ta)), set(_NUM.findall(tb))
    kind = r.key.partition(":")[0] if r else ""
    return [
        float(bool(r and r.type == "contradicts")), float(bool(r and r.type == "corroborates")), r.score if r else 0.0,
        *[float(kind == k) for k in _KINDS],
        len(inter) / len(union) if union else 0.0, float(len(inter)), float(len(inter - fa.frame_words - fb.frame_words)),
        float(opposed), float(same),
        float(sum(fa.figures[k] == fb.figures[k] for k in shared_slots)),
        float(sum(fa.figures[k] != fb.figures[k] for k in shared_slots)),
        float(numbers_apart(fa, fb)), float(bool(fa.acts & fb.acts)), float(bool((fa.acts or fb.acts) and not fa.acts & fb.acts)),
        float(fa.denial != fb.denial), float(len((fa.negated & fb.asserted) | (fb.negated & fa.asserted))),
        float(fa.mood != fb.mood), float(len(fa.named_words & fb.named_words)), float(predicated_apart(fa, fb)),
        len(wa & wb) / len(wa | wb) if wa | wb else 0.0, float(len(na & nb)), float(bool(na and nb and not na & nb)),
        float(bool(_NEG.search(ta)) != bool(_NEG.search(tb))),
    ]


def pooled(ca: list[dict], cb: list[dict]) -> list[float]:
    """One battery pair's features: the maximum of each over its cross claim pairs (zeros without a claim)."""
    ca = [c for c in ca if c.get("kind") not in NOT_ASSERTED]
    cb = [c for c in cb if c.get("kind") not in NOT_ASSERTED]
    vecs = [pair_vector(x, y) for x, y in itertools.islice(itertools.product(ca, cb), MAX_PAIRS)]
    return [max(col) for col in zip(*vecs)] if vecs else [0.0] * len(FEATURES)


def relation_rows(paths: list[Path], with_rules: bool) -> tuple[list, list, list]:
    """Pooled features, expected relation, and (with_rules) the relation the full linker kept, per battery pair."""
    pairs = [p for path in paths for p in rb.load_battery(path)]
    analysed = rb.analyse_texts([p[s] for p in pairs for s in ("a", "b")])
    X, y, rules = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i, pair in enumerate(pairs):
            X.append(pooled(analysed[pair["a"]]["claims"], analysed[pair["b"]]["claims"]))
            y.append(pair["expect"])
            if with_rules:
                with Store(Path(tmp) / f"pair{i}.sqlite3") as store:
                    rules.append(rb.run_pair(store, pair, analysed)["got"])
    return X, y, rules


def article_rows(paths: list[Path]) -> tuple[list, list]:
    """Claim-pair rows of the article-pair batteries: opposed sides of a point -> contradicts, one corroboration
    group -> corroborates, a compatible group -> left out, any other cross pair -> none."""
    pairs = [p for path in paths for p in apb.load_battery(path)]
    analysed = rb.analyse_texts([p[s]["text"] for p in pairs for s in ("a", "b")])
    X, y = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i, pair in enumerate(pairs):
            with Store(Path(tmp) / f"ap{i}.sqlite3") as store:
                res = apb.run_pair(store, pair, analysed)
            side_of, group_of, compat = {}, {}, set()
            for pi, p in enumerate(pair["points"]):
                for si, s in enumerate(p["sides"]):
                    side_of[id(s)] = (pi, si)
            for g, c in enumerate(pair["corroborations"]):
                for r in c["claims"]:
                    group_of[id(r)] = g
            for c in pair.get("compatible", []):
                compat |= {id(r) for r in c["claims"]}
            claims = [(cid, side, c) for cid, (side, c) in res["claims"].items() if c.get("kind") not in NOT_ASSERTED]
            for (ia, sa, a), (ib, sb, b) in itertools.combinations(claims, 2):
                if sa == sb:
                    continue
                ra, rb_ = res["stands"][ia], res["stands"][ib]
                pa = {side_of[r] for r in ra if r in side_of}
                pb = {side_of[r] for r in rb_ if r in side_of}
                if any(x[0] == z[0] and x[1] != z[1] for x in pa for z in pb):
                    label = "contradicts"
                elif {group_of[r] for r in ra if r in group_of} & {group_of[r] for r in rb_ if r in group_of}:
                    label = "corroborates"
                elif ra & compat and rb_ & compat:
                    continue
                else:
                    label = "none"
                X.append(pair_vector(a, b))
                y.append(label)
    return X, y


def models():
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return {"logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced")),
            "gbt": GradientBoostingClassifier(n_estimators=100, max_depth=2, random_state=0)}


def confident(m, X, at: float = 0.9) -> list[str]:
    """The model's class where its probability reaches ``at``, else none (a model asked for precision)."""
    proba = m.predict_proba(X)
    return [str(m.classes_[i]) if row[i] >= at else "none" for row, i in zip(proba, proba.argmax(axis=1))]


def variants(rules: list[str], fitted: dict, X) -> dict[str, list[str]]:
    """Rules, each model alone (argmax; probability >= 0.9), and each model as a veto over the rules (a rule's
    relation kept only where the model predicts the same class)."""
    out = {"rules": list(rules)}
    for name, m in fitted.items():
        pred = [str(x) for x in m.predict(X)]
        out[name] = pred
        out[f"{name}@0.9"] = confident(m, X)
        out[f"rules&{name}"] = [r if r == p else "none" for r, p in zip(rules, pred)]
    return out


def per_class(expect: list[str], got: list[str]) -> str:
    """Precision/recall per class; ``compatible`` counts as right for corroborates or none, wrong for contradicts."""
    out = []
    for cls in CLASSES:
        kept = [e for e, g in zip(expect, got) if g == cls]
        right = sum(1 for e in kept if e == cls or (e == "compatible" and cls != "contradicts"))
        wanted = [g for e, g in zip(expect, got) if e == cls]
        p = f"{right}/{len(kept)}={right / len(kept):.3f}" if kept else "0/0"
        r = f"{sum(g == cls for g in wanted)}/{len(wanted)}={sum(g == cls for g in wanted) / len(wanted):.3f}" if wanted else "0/0"
        out.append(f"{cls}: P {p} R {r}")
    ok = sum(1 for e, g in zip(expect, got) if g == e or (e == "compatible" and g != "contradicts"))
    return f"accuracy {ok}/{len(expect)}={ok / len(expect):.3f}; " + "; ".join(out)


def real_news_dev(fitted: dict) -> None:
    """(c) real-news dev: every pair of matched claims within one event, rules vs each model."""

    import linking as lk

    events, golds, links, page_of = lk.load_real_news(lk.REAL_NEWS, lk.REAL_NEWS_SPLITS["dev"])
    if not events:
        print(f"(c) real-news dev: skipped ({lk.REAL_NEWS} absent)")
        return
    matched: list[tuple[str, str, dict]] = []   # (event, gold claim id, stored claim)
    rule_of: dict[frozenset, str] = {}
    with lk.real_news_home(page_of, golds) as (store, to_gold, doc_of, _n):
        for doc_id, gid in doc_of.items():
            claims = db.document_claims(store, doc_id)
            matched += [(golds[gid]["event"], to_gold[c["id"]], c) for c in claims if c["id"] in to_gold]
        for r in db.relations(store):
            a, b = to_gold.get(r["claim_a"]), to_gold.get(r["claim_b"])
            if a and b:
                k = frozenset((a, b))
                if rule_of.get(k) != "contradicts":
                    rule_of[k] = r["type"]
    side_of, _points = lk.point_sides(events, links)
    gold_corr = lk._pairs_of([g for ev in events for g in links[ev].get("corroborations", [])])
    corroborated = {c for k in gold_corr for c in k}
    n_points = sum(len(links[ev].get("points", [])) for ev in events)
    cands = [(x, y) for x, y in itertools.combinations(matched, 2) if x[0] == y[0] and x[1] != y[1]
             and x[2].get("kind") not in NOT_ASSERTED and y[2].get("kind") not in NOT_ASSERTED]
    gold = []
    for (_e, ga, _a), (_e2, gb, _b) in cands:
        opp = lk.opposed_points(side_of, ga, gb)
        gold.append(("contradicts", opp) if opp else ("corroborates", set()) if frozenset((ga, gb)) in gold_corr else ("none", set()))
    X = [pair_vector(a, b) for (_e, _g, a), (_e2, _g2, b) in cands]
    systems = variants([rule_of.get(frozenset((x[1], y[1])), "none") for x, y in cands], fitted, X)
    n_gold = Counter(g for g, _o in gold)
    print(f"(c) real-news dev ({', '.join(events)}): {len(matched)} matched claims, {len(cands)} pairs within one event "
          f"(gold: {n_gold['contradicts']} opposed, {n_gold['corroborates']} corroborating, {n_gold['none']} neither)")
    for name, got in systems.items():
        kept_c = [(g, o) for (g, o), p in zip(gold, got) if p == "contradicts"]
        right_c = sum(1 for g, _o in kept_c if g == "contradicts")
        points = set().union(*(o for g, o in kept_c if g == "contradicts")) if kept_c else set()
        kept_r = [(g, pair) for (g, _o), p, pair in zip(gold, got, cands) if p == "corroborates"]
        right_r = [pair for g, pair in kept_r if g == "corroborates"]
        hit = {c for x, y in right_r for c in (x[1], y[1])} & corroborated
        print(f"  {name:<13} contradicts precision {right_c}/{len(kept_c)}" + (f" = {right_c / len(kept_c):.3f}" if kept_c else "")
              + f", points {len(points)}/{n_points};  corroborates precision {len(right_r)}/{len(kept_r)}"
              + (f" = {len(right_r) / len(kept_r):.3f}" if kept_r else "")
              + f", claim recall {len(hit)}/{len(corroborated)} = {len(hit) / len(corroborated):.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-real-news", action="store_true")
    ap.add_argument("--no-rule-features", action="store_true",
                    help="ablation: the models do not see the rule decision (relate's type, key kind, score)")
    args = ap.parse_args(argv)
    import numpy as np
    from sklearn.compose import ColumnTransformer
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    train_rel = sorted(DATA.glob("relation-battery-train*.jsonl"))
    train_art = sorted(DATA.glob("article-pair-battery-train*.jsonl"))
    Xr, yr, _ = relation_rows(train_rel, with_rules=False)
    keep = [i for i, e in enumerate(yr) if e in CLASSES]   # ("compatible" is no class to learn: left out of training)
    Xa, ya = article_rows(train_art)
    X = np.array([Xr[i] for i in keep] + Xa)
    y = np.array([yr[i] for i in keep] + ya)
    print(f"training rows: {len(keep)} relation-battery pairs ({', '.join(p.name for p in train_rel)}) + "
          f"{len(Xa)} article-pair claim pairs ({', '.join(p.name for p in train_art)}); classes {dict(Counter(y))}; "
          f"{len(FEATURES)} features")
    rule_pred = np.where(X[:, 0] > 0, "contradicts", np.where(X[:, 1] > 0, "corroborates", "none"))
    print(f"(a) rule decision (relate) on the training rows: {per_class(list(y), list(rule_pred))}")
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    fitted = {}
    for name, m in models().items():
        if args.no_rule_features:
            m = make_pipeline(ColumnTransformer([("kept", "passthrough", list(range(3 + len(_KINDS), len(FEATURES))))]), m)
        pred = cross_val_predict(m, X, y, cv=cv)
        print(f"(a) {name} 5-fold CV: {per_class(list(y), list(pred))}")
        fitted[name] = m.fit(X, y)
    held = sorted(DATA.glob("relation-battery-heldout*.jsonl"))
    Xh, yh, rules = relation_rows(held, with_rules=True)
    print(f"(b) held-out relation batteries ({', '.join(p.name for p in held)}), {len(yh)} pairs, "
          f"expected {dict(Counter(yh))}")
    for name, got in variants(rules, fitted, np.array(Xh)).items():
        print(f"  {name:<13} {per_class(yh, got)}")
    if not args.no_real_news:
        real_news_dev(fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the learned pair model (a second opinion on corroboration; docs/pair_model.md) on our own written events.

Reads every event folder (real-news layout: ``NAME.txt``, ``NAME.gold.json``, per event ``links.json``) under
each ``--root`` (default ``benchmarks/data/pair-train``), runs the real pipeline over the pages (ingest into a
temporary home, as ``linking.py --real-news`` does: extraction, attribution, linking with the rules alone),
matches the stored claims to the gold claims (``linking._match_real``) and makes one row per pair of matched
claims the linker can meet: two claims of one gold event, placed in one stored event, both asserting (not
``NOT_ASSERTED``), sharing a relation key (``relation_keys``: ``candidate_pairs`` never offers another pair).
Label: ``corroborates`` (one gold corroboration group), ``contradicts`` (opposite sides of one gold point),
``none``. Features: ``learned.pair_features`` (the linker's own, the rule decision ``relate``, page dates,
speaker party, same document / happening / origin as the linker placed them, lexical ones).

The model (a logistic regression, scaled features) is trained on the second opinion's pairs only: those the
rules relate nothing, in one happening, sharing a content word (what it is asked about at run time).

Printed: (a) grouped cross-validation by event (each event scored by a model trained on the others): the
rules (relations the linker kept) vs the rules with the model's second opinion (p >= threshold on those pairs),
corroborates and contradicts precision / recall of pairs, claim recall (of this data's corroborated gold claims,
as ``linking.py`` counts it) and points; a tree ensemble beside it and a contradicts-only model as a veto, for
reference. The threshold is the lowest of a grid whose added relations reach precision 0.90 out of fold (at least
MIN_ADDED of them). Then the final model is trained on all those pairs and the sha256 of the JSON it makes is
printed (compare with ``learned.MODEL_SHA256``); ``--write --out PATH`` also writes it to PATH (the shipped file,
``src/claimgraph/data/pair_model.json``, is overwritten only when PATH names it). Deterministic: fixed seeds, rows in
the store's order; the JSON names its events by slug under the fixed corpus label ``pair-train``, never by the folder
they were read from, so the sha256 does not depend on where the data sits.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/train_pair_model.py                  # CV figures and the sha256
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/train_pair_model.py --write --out /tmp/pair_model.json
    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/train_pair_model.py --root DIR --root DIR2
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(1, str(REPO / "benchmarks"))

import linking as lk  # noqa: E402

from claimgraph.link import NOT_ASSERTED, _one_source, _same_happening  # noqa: E402
from claimgraph.link.events import parse_date  # noqa: E402
from claimgraph.link.relations import claim_features, relate, relation_keys  # noqa: E402
from claimgraph.link.relations import learned as L  # noqa: E402
from claimgraph.store import links as db  # noqa: E402

DEFAULT_ROOT = REPO / "benchmarks" / "data" / "pair-train"
MODEL_OUT = L.MODEL_PATH
SEED = 0
#: How the model's ``trained_on`` names the corpus of its events (fixed: the folder's own name must not move the sha256).
CORPUS = "pair-train"
#: Thresholds tried for the second opinion (out-of-fold precision of what it adds must reach TARGET_PRECISION).
GRID = [round(0.50 + 0.01 * i, 2) for i in range(50)]
TARGET_PRECISION = 0.90
#: At least this many relations added out of fold for a threshold to count (a precision over three pairs is noise).
MIN_ADDED = 5
GBT = {"n_estimators": 150, "max_depth": 3, "learning_rate": 0.05, "subsample": 0.8, "min_samples_leaf": 5}
#: The shipped model's regularisation (logistic regression on scaled features).
C = 1.0
#: The veto model's regularisation; the veto thresholds tried (the largest whose out-of-fold vetoes are at least
#: TARGET_PRECISION wrong contradictions, at least MIN_ADDED of them, is chosen).
C_VETO = 0.2
VETO_GRID = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3]


def events_under(root: Path) -> list[str]:
    return sorted(p.parent.name for p in root.glob("*/links.json"))


def rows_of_root(root: Path) -> list[dict]:
    """One row per claim pair the linker can meet in the events under ``root`` (all ingested into one home)."""
    events, golds, links, page_of = lk.load_real_news(root, events_under(root))
    if not events:
        return []
    rows: list[dict] = []
    with lk.real_news_home(page_of, golds, learned_pairs=False) as (store, to_gold, _doc_of, _n):
        kept: dict[frozenset, str] = {}
        for r in db.relations(store):
            k = frozenset((r["claim_a"], r["claim_b"]))
            if kept.get(k) != "contradicts":
                kept[k] = r["type"]
        event_ids = [r[0] for r in store.conn.execute("SELECT id FROM link_events ORDER BY id")]
        stored = {eid: [c for c in db.event_claims(store, eid) if c["id"] in to_gold] for eid in event_ids}
    gold_event = {c["id"]: g["event"] for g in golds.values() for c in g["claims"]}
    side_of, _points = lk.point_sides(events, links)
    gold_corr = lk._pairs_of([g for ev in events for g in links[ev].get("corroborations", [])])
    for eid in event_ids:
        claims = [c for c in stored[eid] if c["kind"] not in NOT_ASSERTED]
        feats = {c["id"]: claim_features(c["content"], c.get("stance"), c.get("cue"), L.party_of(c), parse_date(c.get("published")))
                 for c in claims}
        keys = {cid: relation_keys(f) for cid, f in feats.items()}
        for a, b in itertools.combinations(claims, 2):
            ga, gb = to_gold[a["id"]], to_gold[b["id"]]
            if ga == gb or gold_event[ga] != gold_event[gb] or keys[a["id"]].isdisjoint(keys[b["id"]]):
                continue
            fa, fb = feats[a["id"]], feats[b["id"]]
            same_origin, same_happening = _one_source(a, b), _same_happening(a, b)
            r = relate(a["content"], b["content"], fa, fb, same_origin=same_origin)
            opposed = lk.opposed_points(side_of, ga, gb)
            label = "contradicts" if opposed else "corroborates" if frozenset((ga, gb)) in gold_corr else "none"
            rows.append({"event": f"{root.name}:{gold_event[ga]}", "gold": (ga, gb), "label": label, "points": sorted(opposed),
                         "x": L.pair_features(a, b, fa, fb, r, same_origin, same_happening),
                         "rules": kept.get(frozenset((a["id"], b["id"])), "none"),
                         "gate": r is None and same_happening and bool(fa.words & fb.words)})
    # the corroborated gold claims of these events (claim recall counts over all of them, matched or not)
    for row in rows:
        row["corroborated"] = None
    rows and rows[0].update(corroborated_all={f"{root.name}:{c}" for k in gold_corr for c in k})
    return rows


def gbt():
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(random_state=SEED, **GBT)


def logreg(c: float | None = None):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, C=C if c is None else c))


def veto_model():
    return logreg(C_VETO)


def out_of_fold(make, X, y, groups, mask=None):
    """Each event's probabilities from a model trained on the other events (leave one event out); ``mask``:
    the rows trained on (default all)."""
    import numpy as np
    from sklearn.model_selection import LeaveOneGroupOut

    out = np.zeros(len(y))
    for train, held in LeaveOneGroupOut().split(X, y, groups):
        if mask is not None:
            train = train[mask[train]]
        if len(set(y[train])) < 2:
            continue
        out[held] = make().fit(X[train], y[train]).predict_proba(X[held])[:, 1]
    return out


def scored(rows: list[dict], corroborated: set[str], added: list[bool], vetoed: list[bool] | None = None) -> dict:
    """Corroborates and contradicts precision/recall of pairs, claim recall and points (rules' kept relations, plus
    ``added`` corroborations, less ``vetoed`` contradictions)."""
    vetoed = vetoed or [False] * len(rows)
    got = ["corroborates" if add else "none" if veto else r["rules"] for r, add, veto in zip(rows, added, vetoed)]
    out = {}
    for cls in ("corroborates", "contradicts"):
        kept = [r for r, g in zip(rows, got) if g == cls]
        right = sum(1 for r in kept if r["label"] == cls)
        wanted = sum(1 for r in rows if r["label"] == cls)
        found = sum(1 for r, g in zip(rows, got) if g == cls and r["label"] == cls)
        out[cls] = (right, len(kept), found, wanted)
    hit = {f"{r['event'].split(':')[0]}:{g}" for r, gg in zip(rows, got) if gg == "corroborates" and r["label"] == "corroborates"
           for g in r["gold"]}
    out["claims"] = (len(hit & corroborated), len(corroborated))
    out["points"] = len({p for r, g in zip(rows, got) if g == "contradicts" and r["label"] == "contradicts" for p in r["points"]})
    return out


def fmt(s: dict) -> str:
    def pr(t):
        right, n, found, wanted = t
        return (f"P {right}/{n}" + (f" = {right / n:.3f}" if n else "") + f" R {found}/{wanted}"
                + (f" = {found / wanted:.3f}" if wanted else ""))
    hit, n = s["claims"]
    return (f"corroborates {pr(s['corroborates'])}, claim recall {hit}/{n}" + (f" = {hit / n:.3f}" if n else "")
            + f"; contradicts {pr(s['contradicts'])}, points {s['points']}")


def choose_threshold(rows: list[dict], proba) -> float | None:
    """The lowest threshold whose out-of-fold additions (gated pairs) reach TARGET_PRECISION, at least MIN_ADDED."""
    for t in GRID:
        added = [r for r, p in zip(rows, proba) if r["gate"] and r["rules"] == "none" and p >= t]
        if len(added) >= MIN_ADDED and sum(r["label"] == "corroborates" for r in added) / len(added) >= TARGET_PRECISION:
            return t
    return None


def logistic_json(model, threshold: float) -> dict:
    """A fitted scaled logistic regression as plain JSON, the scaler folded into the weights."""
    import numpy as np

    scaler, lr = model.named_steps["standardscaler"], model.named_steps["logisticregression"]
    weights = lr.coef_[0] / scaler.scale_
    return {"intercept": round(float(lr.intercept_[0] - np.dot(weights, scaler.mean_)), 12),
            "weights": [round(float(w), 12) for w in weights], "threshold": threshold}


def export(corr, veto, X, t_corr: float, t_veto: float, trained_on: list[str]) -> dict:
    """Both fitted models as plain JSON (checked: their plain-Python probabilities equal scikit-learn's)."""
    import numpy as np

    d = {"kind": "two logistic regressions over learned.FEATURES, p = sigmoid(intercept + sum(weight * feature)): "
                 "corroborates (relate from threshold up, where the rules relate nothing), veto (drop a rule contradiction "
                 "below threshold)",
         "features": list(L.FEATURES), "corroborates": logistic_json(corr, t_corr), "veto": logistic_json(veto, t_veto),
         "trained_on": trained_on, "params": {"C_corroborates": C, "C_veto": C_VETO}}
    for m, key in ((corr, "corroborates"), (veto, "veto")):
        plain = L._logistic(d[key], Path("(exported)"))
        ours = np.array([plain.probability(list(x)) for x in X])
        assert np.allclose(ours, m.predict_proba(X)[:, 1], atol=1e-6), "plain-Python model disagrees with scikit-learn"
    return d


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, action="append", help=f"a folder of events (default {DEFAULT_ROOT})")
    ap.add_argument("--write", action="store_true", help="write the final model to --out (which must be given)")
    ap.add_argument("--out", type=Path, default=None,
                    help=f"where --write writes the model (the shipped one is {MODEL_OUT.relative_to(REPO)}: name it to replace it)")
    args = ap.parse_args(argv)
    if args.write and args.out is None:
        ap.error("--write needs --out PATH (to replace the shipped model, give its path)")
    import numpy as np

    roots = args.root or [DEFAULT_ROOT]
    rows: list[dict] = []
    corroborated: set[str] = set()
    for root in roots:
        got = rows_of_root(root)
        if got:
            corroborated |= got[0].pop("corroborated_all")
        rows += got
        print(f"{root}: {len(events_under(root))} events ({', '.join(events_under(root))}); {len(got)} pairs")
    if not rows:
        print("no training pairs", file=sys.stderr)
        return 1
    X = np.array([r["x"] for r in rows])
    groups = np.array([r["event"] for r in rows])
    y_corr = np.array([r["label"] == "corroborates" for r in rows], dtype=int)
    y_contra = np.array([r["label"] == "contradicts" for r in rows], dtype=int)
    labels = Counter(r["label"] for r in rows)
    print(f"rows: {len(rows)} pairs from {len(set(groups))} events; {dict(labels)}; {sum(r['gate'] for r in rows)} where the "
          f"rules relate nothing, in one happening, sharing a word (the second opinion's pairs); {len(L.FEATURES)} features")
    print(f"(a) rules (relations the linker kept):         {fmt(scored(rows, corroborated, [False] * len(rows)))}")
    gate = np.array([r["gate"] and r["rules"] == "none" for r in rows])
    results = {}
    for name, make in (("logreg", logreg), ("gbt", gbt)):   # (the logistic regression is shipped; the trees for reference)
        proba = out_of_fold(make, X, y_corr, groups, gate)
        t = choose_threshold(rows, proba)
        results[name], results[name + "_p"] = t, proba
        for at in sorted({t or 0.9, 0.7, 0.8, 0.9}):
            added = [bool(g) and p >= at for g, p in zip(gate, proba)]
            mark = " (chosen)" if at == t else ""
            print(f"(a) rules + {name} second opinion p>={at:.2f}{mark}: {fmt(scored(rows, corroborated, added))}; "
                  f"added {sum(added)} ({sum(1 for r, a in zip(rows, added) if a and r['label'] == 'corroborates')} right)")
        gated = [(r["label"] == "corroborates", p) for r, g, p in zip(rows, gate, proba) if g]
        print(f"(a) {name} out-of-fold additions by threshold (right/added of {sum(c for c, _p in gated)} gold corroborations "
              "among the second opinion's pairs): " + ", ".join(
                  f"{at:.2f}: {sum(c for c, p in gated if p >= at)}/{sum(p >= at for _c, p in gated)}" for at in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)))
        if t is None:
            print(f"(a) {name}: no threshold reaches precision {TARGET_PRECISION} on >= {MIN_ADDED} added pairs")
    ruled = np.array([r["rules"] == "contradicts" for r in rows])
    pv = out_of_fold(veto_model, X, y_contra, groups, ruled)
    t_veto = None
    for v in VETO_GRID:
        veto = ruled & (pv < v)
        wrong = int(veto.sum() - y_contra[veto].sum())
        if veto.sum() >= MIN_ADDED and wrong / veto.sum() >= TARGET_PRECISION:
            t_veto = v
    for v in sorted({t_veto or VETO_GRID[0], 0.05, 0.1, 0.2}):
        veto = ruled & (pv < v)
        mark = " (chosen)" if v == t_veto else ""
        print(f"(a) rules + veto p<{v:.2f}{mark}: {fmt(scored(rows, corroborated, [False] * len(rows), list(veto)))}; vetoed "
              f"{int(veto.sum())} of {int(ruled.sum())} rule contradictions, {int(y_contra[veto].sum())} of them right")
    t = results["logreg"]
    if t is not None and t_veto is not None:
        both = [bool(g) and p >= t for g, p in zip(gate, results["logreg_p"])]
        print(f"(a) rules + both (p>={t:.2f}, veto p<{t_veto:.2f}): "
              f"{fmt(scored(rows, corroborated, both, list(ruled & (pv < t_veto))))}")
    import hashlib

    model = logreg().fit(X[gate], y_corr[gate])
    veto = veto_model().fit(X[ruled], y_contra[ruled])
    trained_on = sorted({f"{CORPUS}:{g.split(':', 1)[1]}" for g in groups})
    d = export(model, veto, X, t if t is not None else 1.01, t_veto if t_veto is not None else 0.0, trained_on)
    text = json.dumps(d, sort_keys=True, indent=0) + "\n"
    if args.write:
        args.out.write_text(text, encoding="utf-8")
    print(f"{'wrote ' + str(args.out) if args.write else 'final model (not written: --write --out PATH)'} ({len(text)} bytes), "
          f"thresholds corroborates {d['corroborates']['threshold']} (1.01: never relates), veto {d['veto']['threshold']} "
          f"(0.0: never vetoes); sha256 {hashlib.sha256(text.encode()).hexdigest()} (shipped: {L.MODEL_SHA256})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

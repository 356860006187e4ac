"""Per-claim view of what the extractor gets wrong on DEVELOPMENT gold in the real-news layout.

For each page of a folder of events (``EVENT/NAME.txt`` + ``NAME.gold.json``) or of the real-news dev split: every gold
claim missed (with its kind, speaker and content), every claim of ours that matches no gold claim, and every matched
claim whose strict speaker or kind is wrong (ours against the gold's), then a tally by class. The page runs through
the pipeline as ``claimgraph extract`` runs it (``attribution.evaluate_real_news`` scores it the same way).

Development data only: it refuses the blind sets (``own_events.BLIND``: ``own-events``, ``own-cyrillic``,
``own-events-16``, ``own-cyrillic-19``, ``own-mixed-21``) and never reads the real-news test split, whose per-claim output must not shape a rule.

    .venv/bin/python benchmarks/claim_errors.py                         # benchmarks/data/pair-train
    .venv/bin/python benchmarks/claim_errors.py --root benchmarks/data/cyrillic-dev
    .venv/bin/python benchmarks/claim_errors.py --real-news-dev en      # or ru, uk
    .venv/bin/python benchmarks/claim_errors.py --only speaker          # one class: missed|spurious|speaker|kind
    .venv/bin/python benchmarks/claim_errors.py --half tune             # the pair-train tune half only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

import attribution as A  # noqa: E402

from own_events import BLIND  # noqa: E402  (the one list of blind sets)
CLASSES = ("missed", "spurious", "speaker", "kind")


def gold_files(root: Path) -> list[Path]:
    if any(part in BLIND for part in root.resolve().parts):
        raise SystemExit(f"{root}: a blind set (report only): its per-claim output must not be read")
    files = sorted(root.glob("*/*.gold.json")) or sorted(root.glob("*.gold.json"))
    if not files:
        raise SystemExit(f"{root}: no NAME.gold.json pages (in EVENT/ folders or directly)")
    return files


def _short(s: str | None, n: int = 110) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def report(files: list[Path], only: set[str]) -> Counter:
    from claimgraph.pipeline import AnalysisInput, analyse
    from claimgraph.sources.text import document_from_bytes

    pages = [p.with_name(p.name[: -len(".gold.json")] + ".txt") for p in files]
    sources = [document_from_bytes(p.read_bytes(), p.name) for p in pages]
    results = analyse([AnalysisInput(d.text, d.kind, metadata=d.metadata) for d in sources], n_process=1)
    tally: Counter = Counter()
    for path, result in zip(files, results):
        body = result.article.body
        doc = A.load_gold_json(path, path.stem, body=body, count_missing=True)
        raw = json.loads(path.read_text(encoding="utf-8"))["claims"]
        found = {c["content"]: c for c in raw if A.locate(body, c["content"]) is not None}
        gold_raw = [c for c in raw if c["content"] in found] + [c for c in raw if c["content"] not in found]
        pred = A.ours_to_pred(result.extraction)
        pairs = A.match(doc.text, doc.gold, pred, 0.5)
        lines = []
        matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
        for gi, g in enumerate(doc.gold):
            if gi in matched_g:
                continue
            c = gold_raw[gi]
            tally[f"missed {c.get('kind')}" + (" (not in body)" if g.kind == "lost" else "")] += 1
            if "missed" in only:
                where = " NOT IN BODY" if g.kind == "lost" else ""
                lines.append(f"  MISSED{where} [{c.get('kind')}] {c.get('speaker')!r} via {c.get('cue')!r}: "
                             f"{_short(c['content'])}")
        for pi, p in enumerate(pred):
            if pi in matched_p:
                continue
            tally[f"spurious {p.kind}"] += 1
            if "spurious" in only:
                text = " … ".join(doc.text[s:e] for s, e in p.spans)
                lines.append(f"  SPURIOUS [{p.kind}] {p.speaker!r}: {_short(text)}")
        for gi, pi in pairs:
            g, p, c = doc.gold[gi], pred[pi], gold_raw[gi]
            if not A.speaker_match_strict(p.speaker, g):
                tally["speaker wrong" + (" (loose right)" if A.speaker_match_canonical(p.speaker, g) else "")] += 1
                if "speaker" in only:
                    lines.append(f"  SPEAKER ours {p.speaker!r} gold {g.speaker!r} (as written {c.get('speaker_text')!r})"
                                 f": {_short(c['content'], 70)}")
            if p.kind != g.kind:
                tally[f"kind {g.kind} -> {p.kind}"] += 1
                if "kind" in only:
                    lines.append(f"  KIND ours {p.kind} gold {g.kind}: {_short(c['content'], 80)}")
        tally["gold"] += len(doc.gold)
        tally["matched"] += len(pairs)
        if lines:
            print(path.parent.name + "/" + path.stem)
            print("\n".join(lines))
    return tally


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=REPO / "benchmarks" / "data" / "pair-train",
                    help="a folder of events or pages in the real-news layout (development data only)")
    ap.add_argument("--real-news-dev", choices=("en", "ru", "uk"),
                    help="the real-news DEV pages of one language instead of --root")
    ap.add_argument("--half", choices=("tune",),
                    help="only this half of pair-train (pair_train_halves.HALVES); the held half is a judge, not data")
    ap.add_argument("--only", action="append", choices=CLASSES, help="print only these classes (default all)")
    args = ap.parse_args(argv)
    if args.real_news_dev:
        if not A.REAL_NEWS.exists():
            print(f"skipped: {A.REAL_NEWS} is absent")
            return 0
        files = A.real_news_pages("dev", args.real_news_dev)
    elif args.half:
        from pair_train_halves import HALVES, ROOT
        files = [f for e in HALVES[args.half] for f in gold_files(ROOT / e)]
    else:
        files = gold_files(args.root)
    tally = report(files, set(args.only or CLASSES))
    print("\ntally:", ", ".join(f"{k}={v}" for k, v in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

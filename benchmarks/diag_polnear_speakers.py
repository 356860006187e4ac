"""List PolNeAR claims we match whose speaker span misses the gold Source span (diagnosis only).

Runs on the PolNeAR **train** split, the ``tune`` half by default (the half the rules may be
chosen on), or with ``--split dev`` on the whole dev split (never the test split), scores like ``benchmarks/attribution.py`` (claims matched at 50% token overlap, speaker
right when our speaker span and the gold Source span overlap by 50% of both) and prints, per
wrong speaker, a coarse error kind, the gold source words, our speaker's words and its canonical
name, then a count by kind. The text goes to the terminal only: nothing from PolNeAR is written
into the repository.

    PYTHONPATH=src python benchmarks/diag_polnear_speakers.py [--split dev] [--half tune] [--limit 150] [--context]
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import POLNEAR, load_polnear, match, ours_to_pred, tokens_in  # noqa: E402

from claimgraph.extract.attribution import extract_claims_many  # noqa: E402
from claimgraph.extract.nlp import load_nlp  # noqa: E402

_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their"}


def words(text: str, spans) -> str:
    return " ".join(text[s:e] for s, e in spans).replace("\n", " ").strip()


def kind_of(text: str, gold_spans, pred_spans, pred_canon: str | None) -> str:
    """A coarse error kind, from surface facts only."""
    if not pred_spans:
        return "no-speaker"
    gw, pw = words(text, gold_spans).lower(), words(text, pred_spans).lower()
    gs, ps = tokens_in(text, gold_spans), tokens_in(text, pred_spans)
    inter = len(gs & ps)
    if inter:
        if len(ps) > len(gs):
            return "overlap-ours-longer"
        return "overlap-ours-shorter"
    if gw in _PRONOUNS:
        return "gold-pronoun"
    if pw in _PRONOUNS:
        return "ours-pronoun"
    if pred_spans[0][0] > max(e for _, e in gold_spans) + 400 or pred_spans[0][1] < min(s for s, _ in gold_spans) - 400:
        return "far-away"
    if re.search(r"\b(according|quot|cit)", text[min(s for s, _ in gold_spans) - 60: max(e for _, e in gold_spans) + 60], re.I):
        return "cited-source"
    return "other-span"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="train", choices=["train", "dev"],
                    help="PolNeAR split: train (halved by --half) or dev (whole); never test")
    ap.add_argument("--half", default="tune", choices=["tune", "heldout"])
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--context", action="store_true", help="print the sentence around each error")
    args = ap.parse_args(argv)
    if not (POLNEAR / args.split).exists():
        print(f"skipped ({POLNEAR} absent)")
        return 0
    if args.split == "dev":
        docs = load_polnear("dev")[: args.limit]
    else:
        want = 0 if args.half == "tune" else 1
        docs = [d for d in load_polnear("train") if hashlib.sha1(d.name.encode()).digest()[0] % 2 == want][: args.limit]
    nlp = load_nlp()
    exts = extract_claims_many([(d.text, None, d.author) for d in docs], n_process=1, nlp=nlp)
    kinds: Counter[str] = Counter()
    n = 0
    for d, ext in zip(docs, exts):
        pred = ours_to_pred(ext, nested=False, unattributed=True)
        for gi, pi in match(d.text, d.gold, pred, 0.5):
            g, p = d.gold[gi], pred[pi]
            if not g.source_spans:
                continue
            n += 1
            gs, ps = tokens_in(d.text, g.source_spans), tokens_in(d.text, p.speaker_spans)
            inter = len(gs & ps)
            if gs and ps and min(inter / len(gs), inter / len(ps)) >= 0.5:
                continue
            k = kind_of(d.text, g.source_spans, p.speaker_spans, p.speaker)
            kinds[k] += 1
            print(f"[{k}] {d.name}: gold={words(d.text, g.source_spans)!r} "
                  f"ours={words(d.text, p.speaker_spans)!r} canon={p.speaker!r} kind={p.kind}")
            if args.context:
                s = min(s for s, _ in [*g.source_spans, *g.spans])
                e = max(e for _, e in [*g.source_spans, *g.spans])
                print("    ", d.text[max(0, s - 150): min(e, s + 400) + 50].replace("\n", " "))
    print(f"\nmatched with a gold source: {n}; wrong speaker: {sum(kinds.values())}")
    for k, c in kinds.most_common():
        print(f"  {k}: {c}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Diagnostic (session 9): PolNeAR gold attributions we miss whose cue is a reporting cue in the
real-news GUIDE's sense (speech/report verbs, according to, refusals, "X: ..."), grouped by
construction with counts, so rules are chosen for classes and not for sentences. Prints no
article text beyond the cue words and short construction labels unless ``--show N``.

    PYTHONPATH=src .venv/bin/python benchmarks/diag_polnear_misses.py --split train --half tune --limit 150
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution as A  # noqa: E402

REPORTING = {
    "say", "tell", "claim", "confirm", "deny", "report", "announce", "state", "add", "note", "write",
    "argue", "insist", "explain", "warn", "accuse", "acknowledge", "admit", "ask", "describe", "suggest",
    "predict", "declare", "assert", "contend", "allege", "maintain", "reply", "respond", "answer",
    "testify", "tweet", "post", "recall", "remark", "comment", "charge", "complain", "concede", "promise",
    "vow", "pledge", "urge", "call", "quote", "cite", "point", "stress", "emphasize", "reiterate",
    "indicate", "show", "find", "conclude", "estimate", "according", "decline", "refuse", "repeat",
    "counter", "boast", "brag", "joke", "disclose", "reveal", "inform", "tout", "criticize", "blame",
    "praise", "dismiss", "reject", "question", "wonder", "mention", "observe", "acknowledged", "proclaim",
    "characterize", "label", "agree", "disagree", "dispute", "predicted", "signal", "hint", "assure",
}
_LEM = {"said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "wrote": "write",
        "written": "write", "writes": "write", "according": "according"}


def lemma(word: str, nlp) -> str:
    w = word.lower()
    if w in _LEM:
        return _LEM[w]
    return nlp(w)[0].lemma_.lower()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--half", default="tune", choices=["tune", "heldout", "all"])
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--show", type=int, default=0, help="print N example sentences per top class (local reading only)")
    ap.add_argument("--only", default="", help="show examples of this class only")
    args = ap.parse_args(argv)
    nlp = A.load_nlp()
    docs = A.load_polnear(args.split)
    if args.half != "all":
        want = 0 if args.half == "tune" else 1
        docs = [d for d in docs if hashlib.sha1(d.name.encode()).digest()[0] % 2 == want]
    docs = docs[: args.limit]
    exts = A.extract_claims_many([(d.text, None, None) for d in docs], n_process=1, nlp=nlp)
    classes: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_gold = n_rep = n_miss = 0
    for d, ext in zip(docs, exts):
        pred = A.ours_to_pred(ext, nested=False, unattributed=True)
        matched = {gi for gi, _ in A.match(d.text, d.gold, pred, 0.5)}
        ptoks = [A.tokens_in(d.text, p.spans) for p in pred]
        for gi, g in enumerate(d.gold):
            n_gold += 1
            cue = " ".join(d.text[s:e] for s, e in g.cue_spans).strip()
            words = re.findall(r"[A-Za-z]+", cue)
            lems = [lemma(w, nlp) for w in words[:4]]
            is_colon = cue.strip() in (":", "--", "—")
            rep = [lm for lm in lems if lm in REPORTING]
            if not (rep or is_colon):
                continue
            n_rep += 1
            if gi in matched:
                continue
            n_miss += 1
            gt = A.tokens_in(d.text, g.spans)
            best = max((len(gt & p) / len(gt) for p in ptoks if gt), default=0.0)
            cover = "none" if best == 0 else ("part" if best < 0.5 else "over")  # over: pred too long
            cs = min(s for s, _ in g.spans)
            cue_s = min((s for s, _ in g.cue_spans), default=cs)
            order = "cue<content" if cue_s < cs else "content<cue"
            src = "nosrc" if not g.source_spans else (
                "pron" if re.fullmatch(r"(?i)he|she|they|it|we|i|you", " ".join(d.text[s:e] for s, e in g.source_spans).strip()) else "src")
            head = ":" if is_colon else rep[0]
            key = f"{head:10s} {order:11s} {src:5s} {g.kind:8s} {cover}"
            classes[key] += 1
            if args.show and len(examples[key]) < args.show:
                sent_s = d.text.rfind("\n", 0, min(cs, cue_s)) + 1
                sent_e = d.text.find("\n", max(e for _, e in g.spans))
                examples[key].append(d.text[sent_s: sent_e if sent_e > 0 else None][:400])
    print(f"gold {n_gold}, reporting-cue gold {n_rep}, missed {n_miss}")
    heads = Counter()
    for k, v in classes.items():
        heads[k.split()[0]] += v
    print("by cue head:", ", ".join(f"{h} {n}" for h, n in heads.most_common(25)))
    cov = Counter()
    for k, v in classes.items():
        cov[k.split()[-1]] += v
    print("by coverage (none = no predicted token, part = <50%, over = pred covers >=50% of gold):", dict(cov))
    for k, v in classes.most_common(40):
        print(f"{v:4d}  {k}")
        if args.show and (not args.only or args.only in k):
            for ex in examples[k]:
                print("       |", ex.replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

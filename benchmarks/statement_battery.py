"""Statement battery (issues #15 item 2, #13 item 2): sentences of our own in English, Russian and
Ukrainian that a reader would NOT take as a refusal, a denial or a claim (negated verbs of naming,
choosing and appointing; "has yet to" + a verb that tells nothing; "did not say" inside someone
else's report; rubrics and headlines such as "Fact check:", «Фейк:», «Опровержение»; habits,
conditionals, questions, titles), and as many that ARE refusals, denials or claims in unusual
positions. Printed: precision and recall of refusal, denial and claim per file and language.

    .venv/bin/python benchmarks/statement_battery.py                # the train file (tuned on)
    .venv/bin/python benchmarks/statement_battery.py --heldout      # the held-out file (report only)
    .venv/bin/python benchmarks/statement_battery.py --verbose      # also every case missed (train only)

Each line: ``id``, ``lang`` (en/ru/uk), ``form``, optional ``headline``, ``text`` and ``expect``:
``refusal`` (a ``no_comment`` claim is read), ``denial`` (a claim is read as denying what it
reports), ``claim`` (a claim other than a refusal is read). What the product reads: the claims of
the body and the headline, ``unattributed`` ones aside; a claim is a denial when the linker's
``claim_features(...).denial`` says so (the stance "denies", a verb of denial, a dismissing
predicate), as corroboration and contradiction read it.

``statement-battery-heldout19.jsonl`` was written and committed before the extractor was run on
either file; it is measured, never tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

TRAIN = REPO / "benchmarks" / "data" / "statement-battery-train19.jsonl"
HELDOUT = REPO / "benchmarks" / "data" / "statement-battery-heldout19.jsonl"
LABELS = ("refusal", "denial", "claim")


def read(case: dict) -> tuple[dict[str, bool], list[str]]:
    """What the extractor reads from one case: the three labels, and its claims as text."""
    from claimgraph.extract.attribution import extract_claims
    from claimgraph.extract.cyrillic import extract_claims_cyrillic
    from claimgraph.link.relations.features import claim_features

    if case["lang"] == "en":
        ext = extract_claims(case["text"], headline=case.get("headline"))
    else:
        ext = extract_claims_cyrillic(case["text"], case["lang"], headline=case.get("headline"))
    claims = [c for c in ext.claims + ext.headline_claims if c.kind != "unattributed"]
    told = [c for c in claims if c.kind != "no_comment"]
    got = {"refusal": any(c.kind == "no_comment" for c in claims),
           "denial": any(claim_features(c.content, c.stance, c.cue).denial for c in told),
           "claim": bool(told)}
    return got, [f"{c.kind}/{c.stance} {c.speaker!r} cue={c.cue!r}: {c.content}" for c in claims]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--heldout", action="store_true", help="the held-out file (aggregates only)")
    ap.add_argument("--verbose", action="store_true", help="print every case whose labels are wrong (train only)")
    args = ap.parse_args()
    path = HELDOUT if args.heldout else TRAIN
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: dict[tuple[str, str], Counter] = {}
    wrong_cases = 0
    for case in cases:
        got, seen = read(case)
        wrong = [k for k in LABELS if got[k] != case["expect"][k]]
        wrong_cases += bool(wrong)
        for lang in (case["lang"], "all"):
            for k in LABELS:
                c = counts.setdefault((lang, k), Counter())
                c["tp" if got[k] and case["expect"][k] else "fp" if got[k] else "fn" if case["expect"][k] else "tn"] += 1
        if wrong and args.verbose and not args.heldout:
            print(f"  {case['id']} [{case['form']}] wrong: {', '.join(wrong)}")
            print(f"      {case['text']}" + (f"   (headline: {case['headline']})" if case.get("headline") else ""))
            for s in seen or ["(no claim)"]:
                print(f"      -> {s}")
    print(f"statement battery {path.name}: {len(cases) - wrong_cases}/{len(cases)} cases with all three labels right")
    for lang in ("en", "ru", "uk", "all"):
        cells = []
        for k in LABELS:
            c = counts.get((lang, k), Counter())
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
            cells.append(f"{k} P={p:.3f} R={r:.3f} (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
        print(f"  {lang:3s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

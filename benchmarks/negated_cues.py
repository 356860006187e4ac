"""Non-statements shown as assertions: claims (not ``no_comment``) whose cue is a saying or
confirming verb under a negation or a modal of refusal ("did not say", "would not confirm",
"never claimed") — a count on development texts (the demo corpus and PolNeAR dev; PolNeAR's gold
has no no_comment kind, so this is read from our output alone). Prints the count per set and,
with ``--show``, each such claim (development sets only: never point it at a blind set).

Run: ``.venv/bin/python benchmarks/negated_cues.py [--limit N] [--show]``
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution import DEMO, POLNEAR, load_gold_json, load_polnear  # noqa: E402

from claimgraph.extract.attribution import extract_claims  # noqa: E402
from claimgraph.extract.nlp import load_nlp  # noqa: E402

#: A negation or refusal modal right before the cue ("did not say", "would not confirm", "never claimed").
_NEGATED_BEFORE = re.compile(r"\b(?:not|n[’']t|never|neither|nor)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def negated(text: str, claim) -> bool:
    if claim.kind == "no_comment" or claim.cue_start is None:
        return False
    return bool(_NEGATED_BEFORE.search(text[max(0, claim.cue_start - 30) : claim.cue_start]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N PolNeAR dev articles only")
    ap.add_argument("--show", action="store_true", help="print each claim counted")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    sets = []
    if DEMO.exists():
        sets.append(("demo", [d for d in (load_gold_json(p, p.stem) for p in sorted(DEMO.glob("*.json"))) if d]))
    if (POLNEAR / "dev").exists():
        pn = load_polnear("dev")
        sets.append(("polnear-dev", pn[: args.limit] if args.limit else pn))
    for name, docs in sets:
        n_claims = n_neg = 0
        for d in docs:
            for c in extract_claims(d.text, nlp=nlp).claims:
                n_claims += 1
                if negated(d.text, c):
                    n_neg += 1
                    if args.show:
                        cue = d.text[c.cue_start : c.cue_end]
                        print(f"  {name}/{d.name} [{c.kind}] cue {cue!r}: {' '.join(c.content.split())[:100]}")
        print(f"{name}: {n_neg} of {n_claims} claims have a negated cue", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

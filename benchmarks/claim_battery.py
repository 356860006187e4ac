"""A battery of our own English reporting sentences and page layouts (issue #15): how many of
their expectations the extractor meets, per kind.

``benchmarks/data/claim-battery.jsonl`` (every sentence and page written by us, with fictional
names): ``refusal`` (does the sentence give a ``no_comment`` claim, or rightly none; with
``assertion``, also whether it gives any other claim), ``speaker``
(the speakers of its claims, in order, "anonymous: " markers aside), ``speaker_text`` (the
words each claim's speaker is written with, its canonical speaker and whether it is anonymous:
whichever the case names), ``page`` (a scraped page's
headline and publication date). Rules were chosen on it; the real-news dev pages check them.

    .venv/bin/python benchmarks/claim_battery.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

BATTERY = Path(__file__).resolve().parent / "data" / "claim-battery.jsonl"


def check(case: dict) -> tuple[bool, str]:
    """(expectation met, what we got) for one battery case."""
    from claimgraph.extract.article import extract_article
    from claimgraph.extract.attribution import extract_claims

    expect = case["expect"]
    if case["kind"] == "page":
        article = extract_article(case["text"], "text")
        got = {"headline": article.headline, "published": article.published}
        ok = all(got[k] == v for k, v in expect.items())
        return ok, json.dumps(got, ensure_ascii=False)
    claims = [c for c in extract_claims(case["text"]).claims if c.kind != "unattributed"]
    if case["kind"] == "refusal":
        silent = any(c.kind == "no_comment" for c in claims)
        # optional "assertion": whether any other claim (a statement) is read from it too
        asserted = any(c.kind != "no_comment" for c in claims)
        return silent == expect["no_comment"] and expect.get("assertion", asserted) == asserted, "; ".join(f"{c.kind} {c.speaker!r}: {c.content}" for c in claims)
    speakers = [re.sub(r"^anonymous:\s*", "", c.speaker or "") or None for c in claims]
    if case["kind"] == "speaker_text":
        got = {"speaker_texts": [c.speaker_text for c in claims], "speakers": speakers,
               "anonymous": [c.anonymous for c in claims]}
        return all(got[k] == v for k, v in expect.items()), json.dumps(got, ensure_ascii=False)
    return speakers == expect["speakers"], repr(speakers)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--battery", type=Path, default=BATTERY)
    ap.add_argument("--verbose", action="store_true", help="print every unmet expectation")
    args = ap.parse_args()
    cases = [json.loads(line) for line in args.battery.read_text(encoding="utf-8").splitlines() if line.strip()]
    met, total = Counter(), Counter()
    for case in cases:
        ok, got = check(case)
        total[case["kind"]] += 1
        met[case["kind"]] += ok
        if args.verbose and not ok:
            print(f"  UNMET {case['id']}: {case['text'][:90]!r}\n        want {case['expect']}\n        got  {got}")
    for kind in sorted(total):
        print(f"{kind:8} {met[kind]:3d} / {total[kind]:3d}")
    print(f"{'all':8} {sum(met.values()):3d} / {sum(total.values()):3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

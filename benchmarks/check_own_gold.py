"""Check one of our own gold sets and print its counts, reading only the gold (never running the pipeline).

    .venv/bin/python benchmarks/check_own_gold.py own-cyrillic-19

It runs ``own_events.check_gold`` (every claim content and continuation, headline, alias and speaker_text verbatim
in its page; ids unique; every claim in ``claim_happening``; every point, corroboration and same-origin id a gold
claim; ``language`` ru or uk) and fails loudly, then prints per page its language, length, claims and entities, and
the totals by kind and language and the counts of points and groups: the figures a set's README states. Counts
only: safe on a blind set, since it prints no system output and no claim text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from own_events import check_gold

DATA = Path(__file__).resolve().parent / "data"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("name", help="a set folder under benchmarks/data (e.g. own-cyrillic-19)")
    ap.add_argument("--languages", default="ru,uk", help="the languages a page's gold may name (default ru,uk)")
    args = ap.parse_args()
    root = DATA / args.name
    events = check_gold(root, tuple(args.languages.split(",")))
    kinds: Counter[str] = Counter()
    by_language: Counter[str] = Counter()
    entities = points = corroborations = same_origin = 0
    for event in events:
        for path in sorted((root / event).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = path.with_name(gold["id"] + ".txt").read_text(encoding="utf-8")
            print(f"{event}/{gold['id']}: {gold['language']}, {len(text)} chars, "
                  f"{len(gold['claims'])} claims, {len(gold['entities'])} entities")
            kinds.update(c["kind"] for c in gold["claims"])
            by_language[gold["language"]] += len(gold["claims"])
            entities += len(gold["entities"])
        links = json.loads((root / event / "links.json").read_text(encoding="utf-8"))
        points += len(links.get("points", []))
        corroborations += len(links.get("corroborations", []))
        same_origin += len(links.get("same_origin", []))
    print(f"{args.name}: gold consistent; {len(events)} events, {sum(kinds.values())} claims "
          f"({', '.join(f'{n} {k}' for k, n in kinds.most_common())}; "
          f"{', '.join(f'{n} {lang}' for lang, n in sorted(by_language.items()))}), {entities} entities, "
          f"{points} points, {corroborations} corroboration groups, {same_origin} same-origin groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Check the own-mixed-21 blind gold (session 21) without running the system: every gold file parses, the set
holds the pages its README promises (six English, three Russian, three Ukrainian; four pages per event, one of each
Cyrillic language), each page is 1,000-1,600 characters, each claim's kind is one GUIDE.md names, each Cyrillic
page's entities carry an ``english`` name, and ``own_events.check_gold`` passes (contents, headline, aliases and
speaker texts verbatim; ids and links consistent). Prints counts only, never a claim: the set is blind.

    python benchmarks/check_own_mixed21.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from own_events import OWN_MIXED21, check_gold  # noqa: E402

KINDS = {"direct", "indirect", "mixed", "according_to", "no_comment"}


def main() -> int:
    faults: list[str] = []
    events = check_gold(OWN_MIXED21, ("en", "ru", "uk"))
    pages: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    points = 0
    for ev in events:
        langs = []
        for path in sorted((OWN_MIXED21 / ev).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = path.with_name(gold["id"] + ".txt").read_text(encoding="utf-8")
            langs.append(gold["language"])
            pages[gold["language"]] += 1
            if not 1000 <= len(text) <= 1600:
                faults.append(f"{path.name}: page is {len(text)} characters, not 1,000-1,600")
            for c in gold["claims"]:
                kinds[c["kind"]] += 1
                if c["kind"] not in KINDS:
                    faults.append(f"{c['id']}: kind {c['kind']!r}")
            if gold["language"] != "en":
                faults += [f"{path.name}: entity {e['name']!r} has no english name" for e in gold["entities"]
                           if not e.get("english")]
        if sorted(langs) != ["en", "en", "ru", "uk"]:
            faults.append(f"{ev}: languages {sorted(langs)}, expected en, en, ru, uk")
        points += len(json.loads((OWN_MIXED21 / ev / "links.json").read_text(encoding="utf-8"))["points"])
    if faults:
        print("own-mixed-21 gold faults:\n  " + "\n  ".join(faults))
        return 1
    print(f"own-mixed-21: {len(events)} events, pages {dict(sorted(pages.items()))}, "
          f"claims {sum(kinds.values())} {dict(sorted(kinds.items()))}, points {points}: gold consistent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

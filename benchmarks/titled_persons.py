"""Tally of persons' mentions written with a title (session 17, b3fix17): for each PERSON entity the extractor
finds on a pair-train half, each mention longer than what it names is classed by what the linker reads in it:

* ``title-read-off``  the linker's name parsing (``names.parse``) already drops the title: no harm;
* ``title-as-given``  the title stays in front of the name and reads as a given name: before b3fix17 this alias
                      vetoed the person's match with every document that writes the name alone;
* ``other``           the mention does not end with the name (left as it is).

``--verbose`` prints the ``title-as-given`` mentions (tune half only: the held half gives counts only).

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/titled_persons.py [--verbose]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

from pair_train_halves import HALVES, ROOT  # noqa: E402

from claimgraph.extract.attribution import extract_claims  # noqa: E402
from claimgraph.extract.nlp import load_nlp  # noqa: E402
from claimgraph.link import names as N  # noqa: E402


def classify(mention: str, name: str) -> str | None:
    words, own = mention.split(), name.split()
    if len(words) <= len(own) and words == own[-len(words):]:
        return None
    if not any(words[-n:] == own[-n:] for n in range(1, min(len(own), len(words) - 1) + 1)):
        return "other"
    tail = next(words[-n:] for n in range(min(len(own), len(words) - 1), 0, -1) if words[-n:] == own[-n:])
    return "title-read-off" if N.parse(" ".join(words)).words == N.parse(" ".join(tail)).words else "title-as-given"


def main(argv: list[str]) -> int:
    nlp = load_nlp()
    for half, events in HALVES.items():
        tally: Counter[str] = Counter()
        shown = []
        for page in sorted(p for e in events for p in (ROOT / e).glob("*.txt")):
            ext = extract_claims(page.read_text(encoding="utf-8"), nlp=nlp)
            for ent in ext.entities:
                if ent.type != "PERSON":
                    continue
                for m in {m.text for m in ent.mentions}:
                    kind = classify(m, ent.name)
                    if kind:
                        tally[kind] += 1
                        if kind == "title-as-given":
                            shown.append(f"    {' '.join(m.split())!r} (name {ent.name!r})")
        print(f"pair-train-{half}: " + "  ".join(f"{k} {tally[k]}" for k in ("title-read-off", "title-as-given", "other")))
        if "--verbose" in argv and half == "tune":
            print("\n".join(sorted(shown)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

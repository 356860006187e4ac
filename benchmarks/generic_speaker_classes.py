"""Classes of the misses on the session-21 generic-speaker batteries (issue #13 item 2): per language, for the
items a generic noun should resolve ("pos") and the counter-cases ("neg"): right; body found but its name cut
(the speaker is the start of the expected name); generic left as its words; no speaker; claim not found; other;
and for counter-cases, resolved to a body. Aggregates by default; ``--verbose`` prints every miss (train only:
never for the held-out file).

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/generic_speaker_classes.py train21-cyr [--verbose]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speaker_battery as sb  # noqa: E402
from cyrillic_battery import load_battery, score_item  # noqa: E402


def main(argv: list[str]) -> int:
    items = load_battery(sb.BATTERIES.get(argv[0], Path(argv[0])))
    verbose = "--verbose" in argv[1:]
    tally: Counter[tuple[str, str, str]] = Counter()
    for it in items:
        ext = sb.extract(it["text"], it["lang"])
        ext.claims = [c for c in ext.claims if c.kind != "unattributed"]
        rows, _, _ = score_item({**it, "entities": []}, ext)
        r = rows[0]
        exp = r["expected"]["speaker"]
        neg = it["form"].startswith("neg")
        got = r["got"][0] if r["got"] else None
        if not r["found"]:
            cls = "claim not found"
        elif r["speaker"]:
            cls = "right"
        elif neg:
            cls = "neg: resolved to a body"
        elif got is None:
            cls = "no speaker"
        elif isinstance(exp, str) and (exp.casefold().startswith(got.casefold())
                                       or got.casefold().replace("«", "").replace("»", "") in exp.casefold()):
            cls = "body right, name cut"
        elif got.casefold() in r["expected"]["speaker_text"].casefold() \
                or r["expected"]["speaker_text"].casefold() in got.casefold():
            cls = "generic left unresolved"
        else:
            cls = "other"
        tally[(it["lang"], "neg" if neg else "pos", cls)] += 1
        if verbose and cls != "right":
            print(it["id"], it["form"], cls, "|", got)
    for k, v in sorted(tally.items()):
        print(v, *k)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

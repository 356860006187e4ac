"""Cross-script name pairs through the linker's merge rule (``link.names.match``): does a Russian
or Ukrainian name of a body or person merge with its English name, and do the counter-pairs
(another state's ministry, another kind of body, another surname) stay apart?

Each line of the battery: ``{"id", "type": "ORG"|"PERSON", "a", "b", "same": true|false}``; names
we write (institutions of several states, fictional people). A pair scores when ``match`` returns
a Match for a "same" pair and no Match (None or a veto) for a counter-pair.

Run: ``.venv/bin/python benchmarks/cross_script_battery.py [--battery FILE] [--verbose]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

DEFAULT = REPO / "benchmarks" / "data" / "cross-script-heldout15.jsonl"


def main(argv=None) -> int:
    from claimgraph.link import names as N

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--battery", type=Path, default=DEFAULT)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in args.battery.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = {True: [0, 0], False: [0, 0]}
    for it in items:
        found = N.match(it["type"], it["a"], it["b"])
        ok = isinstance(found, N.Match) == it["same"]
        right[it["same"]][0] += ok
        right[it["same"]][1] += 1
        if args.verbose and not ok:
            print(f"  miss {it['id']}: {it['a']!r} / {it['b']!r} -> {found}")
    print(f"  {args.battery.name}: pairs merged {right[True][0]}/{right[True][1]}, "
          f"counter-pairs kept apart {right[False][0]}/{right[False][1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

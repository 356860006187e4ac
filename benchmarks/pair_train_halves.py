"""Claims, page metadata and linking on the two fixed halves of ``benchmarks/data/pair-train`` (session 14).

The "tune" half was the development data of session 14's extraction and happening helpers; the "held" half was never
read by them and is their held-out judge (tallies only: never print per-claim output for it). Claims and metadata are
scored as ``attribution.evaluate_real_news`` scores real-news pages, linking as ``linking.run_real_news``. Note: the
learned pair model (off by default) was trained on all 16 events.

    PYTHONPATH=$PWD/src .venv/bin/python benchmarks/pair_train_halves.py [--no-link]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from checkout import put_this_checkout_first  # noqa: E402

put_this_checkout_first(REPO)   # this checkout's src first, said when PYTHONPATH names another

import attribution as A  # noqa: E402
import linking as L  # noqa: E402

ROOT = REPO / "benchmarks" / "data" / "pair-train"
HALVES = {
    "tune": "market-drone-ansongo school-shelling-malynivka cargo-plane-tine boat-seizure-natuna landslide-ukhiya "
            "depot-fire-poti cholera-chitungwiza wildfire-malko-tarnovo".split(),
    "held": "plant-blast-rustavi bridge-collapse-bilopillia fueltrain-derail-kafanchan blackout-cyber-balti "
            "protest-karasuu journalist-karatu polling-argelia kidnap-monguno".split(),
}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-link", action="store_true", help="claims and page metadata only, no linking")
    args = ap.parse_args(argv)
    for name, events in HALVES.items():
        files = [f for e in events for f in sorted((ROOT / e).glob("*.gold.json"))]
        print("\n".join(A.evaluate_real_news(f"pair-train-{name}({len(files)})", files)))
        if args.no_link:
            continue
        r = L.run_real_news("dev", root=ROOT, verbose=False, event_names=events)
        pu, ipu = r["happenings"][:2]
        found, n_points = r["points"]
        cp, co = r["contradicts"], r["corroborates"]
        print(f"  linking {name}: purity {pu:.3f} / {ipu:.3f}  points {found}/{n_points}  contradicts P {cp[0]:.3f} "
              f"({cp[1]}/{cp[2]})  corroboration R {co[4]:.3f} ({co[5]}/{co[6]}) P {co[0]:.3f} ({co[1]}/{co[2]})  "
              f"independence {r['independence'][0]:.3f}  B3 {r['entities_b3'][2]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

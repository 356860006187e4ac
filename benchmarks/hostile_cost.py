"""Cost of analysing long and hostile pages: the worst per-page analysis time (extraction, then
linking into a fresh store) at 10 KB, 100 KB and 1 MB, and each page's peak memory.

    .venv/bin/python benchmarks/hostile_cost.py                 # 10 KB, 100 KB, 1 MB
    .venv/bin/python benchmarks/hostile_cost.py --sizes 10 100  # sizes in KB

The pages are generated (tests/hostile_pages.py, sentences we wrote): ``quotes``, a valid HTML
article made of attributed quotes by thousands of made-up speakers (once: every claim paired with
every other when linking); ``pronouns``, plain text whose quotes are attributed by "he said", "she
added", "it said" (once: a pass over every earlier mention for each pronoun); ``report``, a
plain-text report of sentences without quotes (once: the legal index searched the whole document
again for each sentence). Each page is analysed in a process of its own, so that its peak resident memory is its own (the language model included).
CPU seconds are given as well as wall-clock seconds: other load on the machine inflates the latter.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

KINDS = ("quotes", "pronouns", "report")


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def analyse_one(kind: str, size: int) -> dict:
    """Analyse one generated page into a fresh store; times per stage and peak memory."""
    from claimgraph.clock import now_iso
    from claimgraph.ingest import _spans_json
    from claimgraph.link import link_document
    from claimgraph.link.plain import add_document
    from claimgraph.pipeline import AnalysisInput, analyse
    from hostile_pages import plain_report, pronoun_page, quotes_page

    page = {"quotes": quotes_page, "pronouns": pronoun_page, "report": plain_report}[kind](size)
    analyse([AnalysisInput("Warm-up sentence, said the clerk.", "text")], n_process=1)   # load the model first
    out = {"kind": kind, "bytes": len(page.encode("utf-8"))}
    with tempfile.TemporaryDirectory() as tmp:
        from claimgraph.store import Store

        with Store(Path(tmp) / "claimgraph.sqlite3") as store:
            w, c = time.perf_counter(), _cpu()
            [result] = analyse([AnalysisInput(page, "html" if kind == "quotes" else "text")], n_process=1)
            out["extract_wall"], out["extract_cpu"] = time.perf_counter() - w, _cpu() - c
            j = result.to_json()
            doc = add_document(store, page, entities=[], claims=[], kind="html" if kind == "quotes" else "text")
            store.save_analysis(doc, j["article"], _spans_json(result.article.spans), j.get("entities", []),
                                j.get("claims", []), now_iso(), "bench", j.get("headline_claims", []))
            w, c = time.perf_counter(), _cpu()
            res = link_document(store, doc)
            out["link_wall"], out["link_cpu"] = time.perf_counter() - w, _cpu() - c
    out.update(claims=len(j.get("claims", [])), entities=len(j.get("entities", [])), pairs=res.pairs,
               relations=res.relations, legal=res.legal,
               peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[10, 100, 1000], metavar="KB")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "BYTES"), help=argparse.SUPPRESS)   # the child process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(analyse_one(args.one[0], int(args.one[1]))))
        return 0
    print("per page: extraction (article, entities, claims) + linking into a fresh store; seconds wall (CPU)")
    print(f"{'size':>7} {'page':<7} {'claims':>6} {'pairs':>7} {'extract':>15} {'link':>15} {'total':>15} {'peak MB':>8}")
    worst = {}
    for kb in args.sizes:
        for kind in KINDS:
            r = subprocess.run([sys.executable, __file__, "--one", kind, str(kb * 1000)], capture_output=True, text=True)
            if r.returncode != 0:
                print(f"{kb:>5}KB {kind:<7} failed: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}")
                continue
            o = json.loads(r.stdout.strip().splitlines()[-1])
            total_w, total_c = o["extract_wall"] + o["link_wall"], o["extract_cpu"] + o["link_cpu"]
            print(f"{kb:>5}KB {kind:<7} {o['claims']:>6} {o['pairs']:>7} {o['extract_wall']:>7.1f} ({o['extract_cpu']:>5.1f})"
                  f" {o['link_wall']:>7.1f} ({o['link_cpu']:>5.1f}) {total_w:>7.1f} ({total_c:>5.1f}) {o['peak_mb']:>8.0f}",
                  flush=True)
            w = worst.setdefault(kb, [0.0, 0.0, 0.0, ""])
            if total_w > w[0]:
                w[:] = [total_w, total_c, max(w[2], o["peak_mb"]), kind]
            else:
                w[2] = max(w[2], o["peak_mb"])
    print("\nworst per-page analysis time (extract + link), and the highest peak memory, per size:")
    for kb, (wall, cpu, peak, kind) in worst.items():
        print(f"  {kb:>5} KB: {wall:7.1f} s wall ({cpu:.1f} s CPU), the {kind} page; peak {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

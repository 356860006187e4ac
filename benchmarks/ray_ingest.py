"""Ray path vs the local multiprocessing path: the same corpus, the same machine, the same run.

    .venv/bin/python benchmarks/ray_ingest.py [--docs 1000] [--runs local:1 ray:1 local:2 ray:2]

The demo corpus is replicated (every copy's bytes changed, as ``benchmarks/ingest.py`` does) to at
least ``--docs`` documents; then, for each run (a path and a worker count), the real command is
timed on a fresh home:

* local: ``claimgraph ingest --processes N`` (readers in this process, the language model in N
  forked processes);
* ray:   ``claimgraph ingest --ray --processes N`` (a local Ray started with N CPUs: reading and
  archiving in Ray tasks, analysis on N actors, the store written by the driver).

Each time is the whole command (Ray's start and stop included), so it is what a user waits for.
By default the runs alternate local, ray, local, ray, so that a change of load on a shared machine
falls on both; the load average is printed before each run. Printed: documents/s of each run, the ray/local
ratio at each worker count and each path's speed-up from the first worker count to the last, plus
the claims each run stored (the same work done, checked).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import CORPUS, count_documents, replicate  # noqa: E402  (benchmarks/ingest.py)

from claimgraph.settings import Settings  # noqa: E402


def build_corpus(dest: Path, docs: int) -> int:
    per_copy = count_documents(CORPUS, Settings(home=dest / "scratch"))
    copies = -(-docs // per_copy)
    files = [p for p in sorted(CORPUS.rglob("*")) if p.is_file()]
    for i in range(copies):
        for f in files:
            out = dest / "inputs" / f"r{i:04d}" / f.relative_to(CORPUS)
            out.parent.mkdir(parents=True, exist_ok=True)
            replicate(f, out, i)
    print(f"corpus: {len(files)} files, {per_copy} documents per copy; {copies} copies = {per_copy * copies} documents")
    return per_copy * copies


def run(path: str, workers: int, inputs: Path, home: Path) -> tuple[float, int, int, str]:
    """Time one ingest; returns (seconds, documents analysed, claims stored, the ray line of its report)."""
    command = [sys.executable, "-m", "claimgraph", "--home", str(home), "ingest", str(inputs),
               "--processes", str(workers), "--progress", "never"]
    if path == "ray":
        command.append("--ray")
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{path} with {workers} worker(s) failed:\n{done.stdout}\n{done.stderr[-3000:]}")
    analysed = next(int(ln.split(":")[1].split()[0]) for ln in done.stdout.splitlines() if "articles and claims extracted" in ln)
    conn = sqlite3.connect(home / "claimgraph.sqlite3")
    try:
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        conn.close()
    ray_line = next((ln.strip() for ln in done.stdout.splitlines() if ln.startswith("  ray: ")), "")
    return elapsed, analysed, claims, ray_line


def project(per_worker: float, writer_ms: float, fixed_s: float, docs: int) -> None:
    """Documents/s at 8 and 64 workers on paper: the workers' rate, capped by the one writer (saving
    and linking in the driver), with the run's fixed start-up spread over ``docs`` documents."""
    cap = 1000 / writer_ms
    for workers in (2, 8, 64):
        steady = min(workers * per_worker, cap)
        limit = "the writer (save + link)" if workers * per_worker > cap else "the workers"
        print(f"on paper, {workers:2} workers: {steady:,.1f} documents/s steady ({limit} the limit); "
              f"{docs / (fixed_s + docs / steady):,.1f} documents/s for {docs} documents with {fixed_s:.0f} s of start-up")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="at least this many documents (default 1000)")
    parser.add_argument("--runs", nargs="+", default=["local:1", "ray:1", "local:2", "ray:2"], metavar="PATH:N",
                        help="the runs, in order (default local:1 ray:1 local:2 ray:2)")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: no demo corpus at {CORPUS}")
        return 0
    work = Path(tempfile.mkdtemp(prefix="claimgraph-bench-ray-"))
    try:
        build_corpus(work, args.docs)
        rate: dict[tuple[str, int], float] = {}
        timings: dict[int, tuple[float, float, float, int]] = {}   # ray runs: (whole s, analysis s, writer ms/doc, docs)
        runs = [(path, int(n)) for path, n in (r.split(":") for r in args.runs)]
        for path, workers in runs:
            load = os.getloadavg()[0]
            home = work / f"home-{path}-{workers}"
            elapsed, analysed, claims, ray_line = run(path, workers, work / "inputs", home)
            rate[(path, workers)] = analysed / elapsed
            print(f"{path:5} {workers} worker(s): {analysed} documents in {elapsed:,.1f} s = {analysed / elapsed:,.2f} documents/s"
                  f"  ({claims} claims; load average before {load:.1f})", flush=True)
            if ray_line:
                print(f"      {ray_line}", flush=True)
                found = re.search(r" in ([\d.]+) s; .* \((\d+) ms a document\)", ray_line)
                assert found, ray_line
                analysis_s, writer_ms = float(found[1]), float(found[2])
                timings[workers] = (elapsed, analysis_s, writer_ms, analysed)
            shutil.rmtree(home, ignore_errors=True)
        counts = sorted({n for _path, n in runs})
        for workers in counts:
            if ("ray", workers) in rate and ("local", workers) in rate:
                print(f"ray / local with {workers} worker(s): {rate[('ray', workers)] / rate[('local', workers)]:.2f}x")
        first, last = counts[0], counts[-1]
        for path in ("local", "ray"):
            if last != first and (path, first) in rate and (path, last) in rate:
                print(f"{path} speed-up from {first} to {last} workers: {rate[(path, last)] / rate[(path, first)]:.2f}x")
        if first in timings:
            # A worker's rate: the run's analysis rate per worker (the writer works meanwhile, on
            # another core); the fixed start-up: the whole command less the analysis.
            elapsed, analysis_s, writer_ms, analysed = timings[first]
            per_worker = analysed / analysis_s / first
            print(f"model from the ray run with {first} worker(s): {per_worker:.2f} documents/s a worker, "
                  f"writer {writer_ms:.0f} ms a document, start-up and reading {elapsed - analysis_s:.0f} s")
            project(per_worker, writer_ms, elapsed - analysis_s, 1_000_000)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

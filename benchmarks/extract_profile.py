"""Profile of the extract step: where ``extract_claims_many`` spends time beyond bare ``nlp.pipe``.

Same texts as the throughput row of ``attribution.py --real-news none --split dev`` (seed, demo
gold, PolNeAR dev), one process. Parses once with ``nlp.pipe`` and times it, then runs
``extract_claims_many`` under cProfile and prints the top functions by own time and by
cumulative time (call counts are deterministic; seconds depend on the host's load).

With ``--cpu`` it profiles nothing: it times bare ``nlp.pipe`` and ``extract_claims_many`` (1 process)
in alternating rounds by CPU time of this process, which other work on a shared host disturbs
far less than wall time, and prints the extract / bare ratio of each round.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/extract_profile.py [--top 40] [--limit N] [--cpu --rounds 3]``
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution as ab  # noqa: E402


def texts(limit: int) -> list[str]:
    out: list[str] = []
    if ab.SEED.exists():
        seed = ab.load_gold_json(ab.SEED, "seed")
        if seed is not None:
            out.append(seed.text)
    for p in sorted(ab.DEMO.glob("*.json")) if ab.DEMO.exists() else []:
        d = ab.load_gold_json(p, p.stem)
        if d is not None:
            out.append(d.text)
    if (ab.POLNEAR / "dev").exists():
        out += [d.text for d in ab.load_polnear("dev")]
    return out[:limit] if limit else out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--limit", type=int, default=0, help="first N texts only")
    ap.add_argument("--cpu", action="store_true", help="no profile: CPU seconds of bare vs extract, alternating rounds")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dump", default="", help="also write the raw profile here (for pstats callers)")
    args = ap.parse_args(argv)
    docs = texts(args.limit)
    nlp = ab.load_nlp()
    list(nlp.pipe(docs[:4]))   # warm-up
    if args.cpu:
        ratios = []
        for r in range(args.rounds):
            t = time.process_time()
            list(nlp.pipe(docs, batch_size=16))
            bare_cpu = time.process_time() - t
            t = time.process_time()
            ab.extract_claims_many(docs, n_process=1, nlp=nlp)
            ours_cpu = time.process_time() - t
            ratios.append(bare_cpu / ours_cpu)
            print(f"round {r + 1}: {len(docs)} documents, CPU s bare nlp.pipe {bare_cpu:.2f}, "
                  f"extract_claims_many {ours_cpu:.2f}, bare / extract = {ratios[-1]:.3f}x", flush=True)
        print(f"median bare / extract (CPU, 1 process) = {sorted(ratios)[len(ratios) // 2]:.3f}x")
        return 0
    t = time.perf_counter()
    list(nlp.pipe(docs, batch_size=16))
    bare = time.perf_counter() - t
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    ab.extract_claims_many(docs, n_process=1, nlp=nlp)
    prof.disable()
    ours = time.perf_counter() - t
    if args.dump:
        prof.dump_stats(args.dump)
    print(f"{len(docs)} documents; bare nlp.pipe {bare:.1f}s; extract_claims_many (profiled) {ours:.1f}s")
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(args.top)
        print(f"--- by {key}")
        print(buf.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

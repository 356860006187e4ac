"""The PostgreSQL store against the SQLite store, in one process run on the same machine.

    .venv/bin/python benchmarks/store_backends.py            # ingest (store only and end to end) + linking
    .venv/bin/python benchmarks/store_backends.py --quick    # fewer files, one round

A PostgreSQL server is started for the run in a temporary directory (tests/pg_cluster.py; fsync on,
as a real server runs) and reached over TCP on 127.0.0.1, as a team's server would be over the
network (with no network latency: add the round trip time x the calls per document for a remote one).

1. Ingest documents/s: (a) store-bound: `ingest --no-extract` of generated small text files
   (archive + store writes, custody); (b) end to end: the demo corpus (examples/corpus) archived,
   extracted (spaCy), and linked, as `claimgraph ingest` does. Each backend runs in turn, twice
   (A B A B), the better round counted: other load on the machine only slows a round down.
2. Linking: the demo gold's documents (plain data through the store, as benchmarks/linking.py) linked
   into a store holding `--copies` copies of them; per document of the last copy: milliseconds and
   the store calls made (execute / executemany: each one a round trip on PostgreSQL).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))

import pg_cluster  # noqa: E402

from claimgraph.ingest import Ingestor, analyse_pending  # noqa: E402
from claimgraph.link import link_document  # noqa: E402
from claimgraph.settings import Settings  # noqa: E402
from claimgraph.store import Store  # noqa: E402

CORPUS = REPO / "examples" / "corpus"


class CountingConnection:
    """Counts the store's calls into its connection (each a round trip on PostgreSQL)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.calls = 0

    def execute(self, *args):
        self.calls += 1
        return self.conn.execute(*args)

    def executemany(self, *args):
        self.calls += 1
        return self.conn.executemany(*args)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def make_files(directory: Path, count: int) -> None:
    directory.mkdir(parents=True)
    for i in range(count):
        (directory / f"note{i:05d}.txt").write_text(
            f"Note {i}\n\nThe council of district {i % 37} said repairs to road {i} would finish by week {i % 52}.\n",
            encoding="utf-8")


def ingest_once(settings: Settings, inputs: Path, analyse: bool) -> tuple[int, float]:
    t0 = time.perf_counter()
    ingestor = Ingestor(settings)
    try:
        report = ingestor.run([str(inputs)])
        if analyse:
            analyse_pending(ingestor.store, n_process=2, custody=ingestor.custody)
    finally:
        ingestor.close()
    return report.added, time.perf_counter() - t0


def bench_ingest(cluster: pg_cluster.Cluster, tmp: Path, files: int, rounds: int) -> None:
    notes = tmp / "notes"
    make_files(notes, files)
    for label, inputs, analyse in (("store-bound: --no-extract, generated notes", notes, False),
                                   ("end to end: demo corpus, extracted and linked", CORPUS, True)):
        best: dict[str, float] = {}
        added: dict[str, int] = {}
        for r in range(rounds):
            for backend in ("sqlite", "postgresql"):
                home = tmp / f"home-{backend}-{r}-{int(analyse)}"
                db = cluster.new_database() if backend == "postgresql" else None
                n, seconds = ingest_once(Settings(home=home, db=db), inputs, analyse)
                added[backend] = n
                best[backend] = max(best.get(backend, 0.0), n / seconds)
                shutil.rmtree(home, ignore_errors=True)
                if db:
                    cluster.drop_database(db)
        print(f"\ningest, {label}: {added['sqlite']} documents")
        for backend in ("sqlite", "postgresql"):
            print(f"  {backend:<11} {best[backend]:8.1f} documents/s")
        print(f"  PostgreSQL / SQLite: {best['postgresql'] / best['sqlite']:.2f}x")


def bench_linking(cluster: pg_cluster.Cluster, tmp: Path, copies: int) -> None:
    import linking as L

    docs, _links = L.load_gold()
    proper = L._proper_tokens(docs)
    print(f"\nlinking: the demo gold's {len(docs)} documents x {copies} copies; per document of the last copy")
    print(f"  {'store':<11} {'ms/doc':>8} {'calls/doc':>10}")
    for backend in ("sqlite", "postgresql"):
        db = cluster.new_database() if backend == "postgresql" else None
        store = Store(db or tmp / "link.sqlite3")
        corpus = [d for k in range(copies) for d in L.replicate(docs, k, proper)]
        ids = [L.ingest(store, L.plain_of(d)) for d in corpus]
        n_last = len(docs)
        counting = CountingConnection(store.conn)
        wall_last = 0.0
        for i, did in enumerate(ids):
            last = i >= len(ids) - n_last
            if last and i == len(ids) - n_last:
                store.conn = counting  # type: ignore[assignment]
            t0 = time.perf_counter()
            link_document(store, did)
            if last:
                wall_last += time.perf_counter() - t0
        store.conn = counting.conn
        print(f"  {backend:<11} {wall_last / n_last * 1000:8.1f} {counting.calls / n_last:10.0f}")
        store.close()
        if db:
            cluster.drop_database(db)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="300 notes, one round, 3 copies for linking")
    ap.add_argument("--files", type=int, default=1000, help="generated notes for the store-bound ingest (default 1000)")
    ap.add_argument("--copies", type=int, default=10, help="copies of the gold documents in the linking store (default 10)")
    args = ap.parse_args(argv)
    reason = pg_cluster.why_unavailable()
    if reason:
        print(f"skipped: {reason}")
        return 0
    files, rounds, copies = (300, 1, 3) if args.quick else (args.files, 2, args.copies)
    with tempfile.TemporaryDirectory() as tmpdir, pg_cluster.Cluster(fsync=True) as cluster:
        tmp = Path(tmpdir)
        print(f"PostgreSQL {cluster.bindir.parent.name if cluster.bindir else '?'} over TCP on 127.0.0.1 (fsync on)"
              " vs SQLite (WAL, synchronous=NORMAL), same process, same machine")
        bench_ingest(cluster, tmp, files, rounds)
        bench_linking(cluster, tmp, copies)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The PostgreSQL store against the SQLite store, in one process run on the same machine.

    .venv/bin/python benchmarks/store_backends.py            # ingest (store only and end to end) + linking
    .venv/bin/python benchmarks/store_backends.py --quick    # fewer files, one round
    .venv/bin/python benchmarks/store_backends.py --corpus-copies 10 --no-linking   # end to end on 102 documents
    .venv/bin/python benchmarks/store_backends.py --files 600 --no-extract --no-linking --rounds 4   # store-bound only

A PostgreSQL server is started for the run in a temporary directory (tests/pg_cluster.py; fsync on,
as a real server runs) and reached over TCP on 127.0.0.1, as a team's server would be over the
network (with no network latency: add the round trip time x the calls per document for a remote one).

1. Ingest documents/s: (a) store-bound: `ingest --no-extract` of generated small text files
   (archive + store writes, custody); (b) end to end: the demo corpus (examples/corpus) archived,
   extracted (spaCy), and linked, as `claimgraph ingest` does (with ``--corpus-copies K``, and K - 1
   copies of its text and HTML pages: :func:`make_corpus`). Each backend runs in turn, twice
   (A B A B; ``--rounds``), the best round counted: other load on the machine only slows a round
   down. ``--no-extract`` runs (a) only.
2. Linking: the demo gold's documents (plain data through the store, as benchmarks/linking.py) linked
   into a store holding `--copies` copies of them; per document of the last copy: milliseconds, the
   round trips the store counts (store/links.py) and, on PostgreSQL, the times the connection
   actually waited for the server (the two agree: tests/test_link_round_trips.py).
   The backends run in turn, twice (A B A B), the better round counted.

The 1-minute load average is printed with each figure (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
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


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def server_round_trips(store: Store) -> int:
    """How often a PostgreSQL store's connection waited for the server (0 on SQLite)."""
    return getattr(store.conn, "round_trips", 0)


def make_files(directory: Path, count: int) -> None:
    directory.mkdir(parents=True)
    for i in range(count):
        (directory / f"note{i:05d}.txt").write_text(
            f"Note {i}\n\nThe council of district {i % 37} said repairs to road {i} would finish by week {i % 52}.\n",
            encoding="utf-8")


def make_corpus(directory: Path, copies: int) -> Path:
    """The demo corpus, and ``copies - 1`` more of its text and HTML pages, each copy's bytes made
    its own by one added line (an HTML comment, a text line), so that the store keeps every copy:
    a larger end-to-end corpus, of reprint-like near-duplicates, whose per-run costs (the model's
    load by each analysis worker) weigh less per document than on 21 documents."""
    if copies <= 1:
        return CORPUS
    shutil.copytree(CORPUS, directory)
    pages = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))
    for k in range(1, copies):
        for page in pages:
            mark = f"\n<!-- copy {k} -->\n" if page.suffix == ".html" else f"\n\n(Copy {k} of this report.)\n"
            (directory / f"{page.stem}-copy{k}{page.suffix}").write_bytes(page.read_bytes() + mark.encode())
    return directory


def ingest_once(settings: Settings, inputs: Path, analyse: bool) -> tuple[int, float, int]:
    """(documents added, seconds, round trips to the server: 0 on SQLite)."""
    t0 = time.perf_counter()
    ingestor = Ingestor(settings)
    try:
        report = ingestor.run([str(inputs)])
        if analyse:
            analyse_pending(ingestor.store, n_process=2, custody=ingestor.custody)
        trips = server_round_trips(ingestor.store)
    finally:
        ingestor.close()
    return report.added, time.perf_counter() - t0, trips


def bench_ingest(cluster: pg_cluster.Cluster, tmp: Path, files: int, rounds: int, corpus_copies: int = 1,
                 extract: bool = True) -> None:
    notes = tmp / "notes"
    make_files(notes, files)
    corpus = make_corpus(tmp / "corpus", corpus_copies)
    corpus_label = "demo corpus" + (f" and {corpus_copies - 1} copies of its text and HTML pages" if corpus_copies > 1 else "")
    runs = [("store-bound: --no-extract, generated notes", notes, False),
            (f"end to end: {corpus_label}, extracted and linked", corpus, True)]
    for label, inputs, analyse in runs[:2 if extract else 1]:
        best: dict[str, float] = {}
        added: dict[str, int] = {}
        trips: dict[str, int] = {}
        print(f"\ningest, {label}")
        for r in range(rounds):
            for backend in ("sqlite", "postgresql"):
                home = tmp / f"home-{backend}-{r}-{int(analyse)}"
                db = cluster.new_database() if backend == "postgresql" else None
                n, seconds, trips[backend] = ingest_once(Settings(home=home, db=db), inputs, analyse)
                added[backend] = n
                best[backend] = max(best.get(backend, 0.0), n / seconds)
                print(f"  round {r + 1} {backend:<11} {n / seconds:8.1f} documents/s  ({load()})", flush=True)
                shutil.rmtree(home, ignore_errors=True)
                if db:
                    cluster.drop_database(db)
        print(f"  {added['sqlite']} documents; best round of each:")
        for backend in ("sqlite", "postgresql"):
            per_doc = (f"   {trips[backend]} round trips, {trips[backend] / max(added[backend], 1):.3f} per document"
                       if backend == "postgresql" else "")
            print(f"  {backend:<11} {best[backend]:8.1f} documents/s{per_doc}")
        print(f"  PostgreSQL / SQLite: {best['postgresql'] / best['sqlite']:.2f}x")


def bench_linking(cluster: pg_cluster.Cluster, tmp: Path, copies: int, rounds: int) -> None:
    import linking as L

    docs, _links = L.load_gold()
    proper = L._proper_tokens(docs)
    corpus = [d for k in range(copies) for d in L.replicate(docs, k, proper)]
    print(f"\nlinking: the demo gold's {len(docs)} documents x {copies} copies; per document of the last copy")
    print(f"  {'store':<11} {'ms/doc':>8} {'CPU ms/doc':>11} {'round trips/doc':>16} {'server waits/doc':>17}")
    best: dict[str, float] = {}
    for r in range(rounds):
        for backend in ("sqlite", "postgresql"):
            db = cluster.new_database() if backend == "postgresql" else None
            path = tmp / f"link-{r}.sqlite3"
            store = Store(db or path)
            ids = [L.ingest(store, L.plain_of(d)) for d in corpus]
            n_last = len(docs)
            wall_last = cpu_last = 0.0
            trips = waits = 0
            for i, did in enumerate(ids):
                last = i >= len(ids) - n_last
                if last and i == len(ids) - n_last:
                    trips, waits = store.round_trips, server_round_trips(store)
                t0, c0 = time.perf_counter(), time.process_time()
                link_document(store, did)
                if last:
                    wall_last += time.perf_counter() - t0
                    cpu_last += time.process_time() - c0
            trips, waits = store.round_trips - trips, server_round_trips(store) - waits
            ms = wall_last / n_last * 1000
            best[backend] = min(best.get(backend, ms), ms)
            shown = f"{waits / n_last:17.1f}" if backend == "postgresql" else f"{'-':>17}"
            print(f"  {backend:<11} {ms:8.1f} {cpu_last / n_last * 1000:11.1f} {trips / n_last:16.1f} {shown}   (round {r + 1}, {load()})",
                  flush=True)
            store.close()
            path.unlink(missing_ok=True)
            if db:
                cluster.drop_database(db)
    print(f"  best round: SQLite {best['sqlite']:.1f} ms, PostgreSQL {best['postgresql']:.1f} ms a document;"
          f" PostgreSQL / SQLite time: {best['postgresql'] / best['sqlite']:.2f}x")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="300 notes, one round, 3 copies for linking")
    ap.add_argument("--files", type=int, default=1000, help="generated notes for the store-bound ingest (default 1000)")
    ap.add_argument("--copies", type=int, default=10, help="copies of the gold documents in the linking store (default 10)")
    ap.add_argument("--corpus-copies", type=int, default=1,
                    help="end to end: the demo corpus and this many - 1 copies of its text and HTML pages (default 1: the corpus alone)")
    ap.add_argument("--no-linking", action="store_true", help="leave out the linking part")
    ap.add_argument("--no-extract", action="store_true", help="ingest: the store-bound part only (no end-to-end run)")
    ap.add_argument("--rounds", type=int, default=2, help="rounds of each backend, in turn; the best counts (default 2)")
    args = ap.parse_args(argv)
    reason = pg_cluster.why_unavailable()
    if reason:
        print(f"skipped: {reason}")
        return 0
    files, rounds, copies = (300, 1, 3) if args.quick else (args.files, max(1, args.rounds), args.copies)
    with tempfile.TemporaryDirectory() as tmpdir, pg_cluster.Cluster(fsync=True) as cluster:
        tmp = Path(tmpdir)
        print(f"PostgreSQL {cluster.bindir.parent.name if cluster.bindir else '?'} over TCP on 127.0.0.1 (fsync on)"
              " vs SQLite (WAL, synchronous=NORMAL), same process, same machine")
        bench_ingest(cluster, tmp, files, rounds, args.corpus_copies, extract=not args.no_extract)
        if not args.no_linking:
            bench_linking(cluster, tmp, copies, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())

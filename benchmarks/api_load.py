"""Latency of filtered claim queries under concurrent clients, against a real ``claimgraph serve``.

    .venv/bin/python benchmarks/api_load.py [--claims 50000] [--clients 20] [--requests 4000] [--workers 1]
    .venv/bin/python benchmarks/api_load.py --postgresql --bulk --claims 1000000   # PostgreSQL, 1M claims
    .venv/bin/python benchmarks/api_load.py --db postgresql://... --bulk --claims 1000000

Builds (once, then reuses) a synthetic store of at least ``--claims`` claims in ``--home``
(default /tmp/claimgraph-bench-home): documents archived and stored with ``Store.add_capture``,
analysed with ``Store.save_analysis`` (speakers from a pool of 400, five claim kinds, three
stances, dates over 120 days, entities with mentions). With ``--bulk`` the same documents, claims,
entities and mentions are written by ``executemany`` in transactions of 2,000 documents instead,
with the claim_mentions rows ``save_analysis`` derives from them (rows the store's own statements
would write, without the archive files, which the claims API never reads), and on PostgreSQL a
``VACUUM ANALYZE`` at the end (autovacuum's work on a table in service): a million claims in
minutes rather than a pipeline run per document.

The store is the home's SQLite file, or the PostgreSQL database of ``--db URL``, or (with
``--postgresql``) a PostgreSQL server the script starts for the run (tests/pg_cluster.py, fsync on,
TCP on 127.0.0.1; deleted afterwards). Then starts ``claimgraph serve`` as a subprocess on a free
loopback port and runs ``--clients`` concurrent HTTP clients, each issuing filtered
``GET /api/claims`` queries back to back, and prints p50 / p95 / p99 per query shape and overall,
with the load average. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from claimgraph.archive import Archive
from claimgraph.settings import Settings
from claimgraph.store import CLAIM_MENTIONS_OF_DOCUMENTS, CaptureRecord, DocumentRecord, Store, dumps

KINDS = ["direct", "indirect", "mixed", "according_to", "no_comment"]
STANCES = ["asserts", "denies", "questions", None]
FIRST = ["Irena", "Tomas", "Olena", "Arkady", "Svetlana", "Petro", "Mira", "Andriy", "Helene", "Timur", "Yaroslav", "Gennady",
         "Iryna", "Marek", "Anton", "Lidia", "Viktor", "Nadia", "Oleg", "Katya"]
LAST = ["Palek", "Reyl", "Marchenko", "Petrin", "Gordeeva", "Lysenko", "Holt", "Yatsun", "Varga", "Belousov", "Kravets",
        "Rudakov", "Sokil", "Kuzin", "Novak", "Bondar", "Shevchuk", "Melnyk", "Tkachenko", "Koval"]
ORGS = ["Ministry of Defence", "regional health office", "Meridian Rights Monitor", "GeoTrace", "State Bureau", "Red Cross",
        "General Staff", "city council", "border guard", "police"]
WORDS = ("strike depot hospital shelling convoy bridge civilians wounded killed evacuation missile drone satellite imagery "
         "report statement video witness residents town village river border forces units artillery night morning").split()


def speakers() -> list[str]:
    people = [f"{first} {last}" for first in FIRST for last in LAST]  # 400
    return people[:390] + ORGS


def synthetic_documents(n_docs: int, per_doc: int = 10, seed: int = 7, first: int = 0):
    """(d, date, text, body, paragraphs, claims, entities) of synthetic documents ``first`` to ``n_docs - 1``."""
    rng = random.Random(seed)
    pool = speakers()
    for d in range(n_docs):
        day = 1 + d % 120
        date = f"2026-{1 + (day - 1) // 30:02d}-{1 + (day - 1) % 30:02d}"
        paras, claims, ents = [], [], {}
        pos = 0
        for i in range(per_doc):
            who = rng.choice(pool)
            content = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 25)))
            para = f"\u201c{content},\u201d said {who} on {date}."
            start = pos + 1
            claims.append({"speaker": who, "speaker_text": who, "cue": "said", "kind": rng.choice(KINDS),
                           "content": content, "start": start, "end": start + len(content),
                           "stance": rng.choice(STANCES), "evidence": rng.sample(["video", "photo", "satellite", "report"], rng.randint(0, 2))})
            at = pos + para.index(who)
            ents.setdefault(who, []).append({"text": who, "start": at, "end": at + len(who)})
            paras.append(para)
            pos += len(para) + 2
        if d < first:
            continue
        body = "\n\n".join(paras)
        text = f"Synthetic Wire\n\nReport {d} from {date}\n\n{body}\n"
        entities = [{"name": n, "type": "ORG" if n in ORGS else "PERSON", "mentions": m} for n, m in ents.items()]
        yield d, date, text, body, paras, claims, entities


def _spans(text: str, body: str, paras: list[str]) -> dict:
    offset = text.index(body)
    return {"body": [{"start": offset + text[offset:].index(p), "end": offset + text[offset:].index(p) + len(p), "locator": None}
                     for p in paras]}


def _article(d: int, date: str, body: str) -> dict:
    return {"headline": f"Report {d}", "author": None, "published": date, "section": None,
            "outlet": "Synthetic Wire", "language": "en", "body": body, "captions": []}


def build(home: Path, n_claims: int, per_doc: int = 10, seed: int = 7, db: str | None = None) -> None:
    settings = Settings.resolve(home, db=db)
    archive = Archive(settings.archive_dir)
    n_docs = (n_claims + per_doc - 1) // per_doc
    t0 = time.perf_counter()
    with Store(settings.store_location) as store:
        have = store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        if have >= n_claims:
            print(f"store in {home} already has {have:,} claims")
            return
        for d, date, text, body, paras, claims, entities in synthetic_documents(n_docs, per_doc, seed):
            raw = text.encode("utf-8")
            stored = archive.put_bytes(raw)
            now = "2026-05-01T00:00:00+00:00"
            doc_id, _ = store.add_capture(
                CaptureRecord(sha256=stored.sha256, origin=f"bench-{d}.txt", media_type="text/plain", ingested_at=now,
                              tool_version="bench", encoding="utf-8"),
                stored.size,
                DocumentRecord(sha256=stored.sha256, kind="text", origin=f"bench-{d}.txt", body=text, source_text=text,
                               ingested_at=now, outlet="Synthetic Wire", title=f"Report {d}", encoding="utf-8"))
            assert doc_id is not None
            store.save_analysis(doc_id, _article(d, date, body), _spans(text, body, paras), entities, claims, now, "bench")
            if d % 1000 == 999:
                print(f"  {d + 1:,} documents, {(d + 1) * per_doc:,} claims, {time.perf_counter() - t0:.0f} s", flush=True)
        total = store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    print(f"built {total:,} claims in {n_docs:,} documents in {time.perf_counter() - t0:.0f} s")


def build_bulk(home: Path, n_claims: int, per_doc: int = 10, seed: int = 7, db: str | None = None, batch: int = 2000) -> None:
    """:func:`build`'s documents written by executemany, ``batch`` documents a transaction, with the
    columns ``Store.add_capture`` and ``Store.save_analysis`` fill (no archive files)."""
    import hashlib

    settings = Settings.resolve(home, db=db)
    n_docs = (n_claims + per_doc - 1) // per_doc
    t0 = time.perf_counter()
    now = "2026-05-01T00:00:00+00:00"
    with Store(settings.store_location) as store:
        c = store.conn
        have_docs = c.execute("SELECT count(*) FROM documents WHERE origin LIKE 'bench-%'").fetchone()[0]
        if have_docs >= n_docs:
            print(f"store already has {have_docs:,} synthetic documents")
            return
        ids = {t: c.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] for t in ("documents", "entities", "claims")}
        rows: dict[str, list] = {}

        def flush() -> None:
            c.execute("BEGIN")
            for sql, key in INSERTS:
                if rows.get(key):
                    c.executemany(sql, rows[key])
            # what save_analysis derives from the rows above (migration 0014)
            batch_docs = [r[0] for r in rows["documents"]]
            c.execute(CLAIM_MENTIONS_OF_DOCUMENTS, (batch_docs[0], batch_docs[-1]))
            c.execute("COMMIT")
            rows.clear()

        for d, date, text, body, paras, claims, entities in synthetic_documents(n_docs, per_doc, seed, first=have_docs):
            raw = text.encode("utf-8")
            sha = hashlib.sha256(raw).hexdigest()
            ids["documents"] += 1
            doc_id = ids["documents"]
            origin = f"bench-{d}.txt"
            rows.setdefault("blobs", []).append((sha, len(raw), "text/plain", now))
            rows.setdefault("captures", []).append((sha, origin, "text/plain", "utf-8", now, "bench"))
            rows.setdefault("documents", []).append((doc_id, sha, "text", origin, "Synthetic Wire", f"Report {d}", body, text, "utf-8", "{}", now))
            art = _article(d, date, body)
            rows.setdefault("articles", []).append((doc_id, art["headline"], date, "Synthetic Wire", "en", body,
                                                    dumps(_spans(text, body, paras)), now, "bench"))
            for ent in entities:
                ids["entities"] += 1
                rows.setdefault("entities", []).append((ids["entities"], doc_id, ent["name"], ent["type"]))
                rows.setdefault("mentions", []).extend((ids["entities"], m["text"], m["start"], m["end"]) for m in ent["mentions"])
            for i, cl in enumerate(claims):
                ids["claims"] += 1
                rows.setdefault("claims", []).append((ids["claims"], doc_id, i, cl["speaker"], cl["speaker_text"], cl["cue"], cl["kind"],
                                                      cl["content"], cl["start"], cl["end"], cl["stance"], dumps(cl["evidence"]), dumps(cl)))
            if len(rows["documents"]) >= batch:
                flush()
            if (d + 1) % 20000 == 0:
                print(f"  {d + 1:,} documents, {(d + 1) * per_doc:,} claims, {time.perf_counter() - t0:.0f} s", flush=True)
        if rows:
            flush()
        if store.dialect == "postgresql":
            # explicit ids: the identities continue after them
            for table in ("documents", "entities", "claims", "captures"):
                c.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            # what autovacuum does to a table in service: statistics, and the visibility map
            # that lets the claims indexes answer without reading the table
            c.execute("VACUUM ANALYZE")
        total = c.execute("SELECT count(*) FROM claims").fetchone()[0]
    print(f"built {total:,} claims in {n_docs:,} documents by executemany in {time.perf_counter() - t0:.0f} s")


INSERTS = [
    ("INSERT INTO blobs(sha256, size, media_type, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING", "blobs"),
    ("INSERT INTO captures(sha256, origin, media_type, encoding, ingested_at, tool_version) VALUES (?, ?, ?, ?, ?, ?)", "captures"),
    ("INSERT INTO documents(id, sha256, kind, origin, outlet, title, body, source_text, encoding, metadata, ingested_at)"
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "documents"),
    ("INSERT INTO articles(document_id, headline, published, outlet, language, body, spans, extracted_at, tool_version)"
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "articles"),
    ("INSERT INTO entities(id, document_id, name, type) VALUES (?, ?, ?, ?)", "entities"),
    ('INSERT INTO entity_mentions(entity_id, text, start, "end") VALUES (?, ?, ?, ?)', "mentions"),
    ('INSERT INTO claims(id, document_id, ordinal, speaker, speaker_text, cue, kind, content, start, "end", stance, evidence, detail)'
     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "claims"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SHAPES = ["speaker+kind", "speaker+dates", "entity", "kind+stance+dates"]


def queries(rng: random.Random, pool: list[str], shapes: list[str] = SHAPES) -> tuple[str, dict]:
    """One filtered claims query (shape, params)."""
    shape = rng.choice(shapes)
    month = rng.randint(1, 4)
    dates = {"date_from": f"2026-{month:02d}-01", "date_to": f"2026-{month:02d}-20"}
    if shape == "speaker+kind":
        return shape, {"speaker": rng.choice(pool), "kind": rng.choice(KINDS)}
    if shape == "speaker+dates":
        return shape, {"speaker": rng.choice(pool), **dates}
    if shape == "entity":
        return shape, {"entity": rng.choice(pool)}
    return shape, {"kind": rng.choice(KINDS), "stance": rng.choice(STANCES[:3]), **dates}


class Connection:
    """A minimal HTTP/1.1 keep-alive client (GET only), so that the load generator, which shares the
    two cores with the server, spends as little CPU as possible; httpx costs several times more."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: application/json\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length)
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load(base: str, clients: int, total: int, seed: int = 11, shapes: list[str] = SHAPES) -> dict[str, list[float]]:
    from urllib.parse import urlencode, urlsplit

    parts = urlsplit(base)
    pool = speakers()
    results: dict[str, list[float]] = {}
    counter = iter(range(total))

    async def client(i: int) -> None:
        rng = random.Random(seed + i)
        conn = Connection(parts.hostname, parts.port)
        try:
            for _ in counter:
                shape, params = queries(rng, pool, shapes)
                target = "/api/claims?" + urlencode({**params, "limit": 50})
                t = time.perf_counter()
                status, body = await conn.get(target)
                dt = (time.perf_counter() - t) * 1000
                if status != 200:
                    raise RuntimeError(f"{status}: {body[:200]!r}")
                results.setdefault(shape, []).append(dt)
        finally:
            conn.close()

    await asyncio.gather(*(client(i) for i in range(clients)))
    return results


def _cpu_of(chosen) -> float:
    """CPU time (user + system) of the processes ``chosen(pid, ppid, cmdline)`` picks, from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()   # fields[1] is the parent pid
            if not chosen(int(entry.name), int(fields[1]), lambda: (entry / "cmdline").read_bytes()):
                continue
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children."""
    return _cpu_of(lambda own, parent, _cmdline: pid in (own, parent))


def postgres_cpu_seconds() -> float:
    """CPU time of every PostgreSQL server process on the machine."""
    return _cpu_of(lambda _own, _parent, cmdline: cmdline().startswith(b"postgres"))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--home", default="/tmp/claimgraph-bench-home")
    ap.add_argument("--claims", type=int, default=50_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=1, help="claimgraph serve --workers")
    ap.add_argument("--shape", action="append", choices=SHAPES, help="only these query shapes (default: all four, mixed)")
    ap.add_argument("--db", help="a PostgreSQL store's URL (default: the home's SQLite file)")
    ap.add_argument("--postgresql", action="store_true", help="start a PostgreSQL server for the run (tests/pg_cluster.py)")
    ap.add_argument("--bulk", action="store_true", help="fill the store by executemany (see the module doc)")
    args = ap.parse_args()
    if not args.postgresql:
        return run(args, args.db)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import pg_cluster

    reason = pg_cluster.why_unavailable()
    if reason:
        print(f"skipped: {reason}")
        return 0
    with pg_cluster.Cluster(fsync=True) as cluster:
        return run(args, cluster.new_database())


def run(args, db: str | None) -> int:
    home = Path(args.home)
    (build_bulk if args.bulk else build)(home, args.claims, db=db)
    port = free_port()
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    env.pop("CLAIMGRAPH_DB", None)
    if db:
        env["CLAIMGRAPH_DB"] = db
    proc = subprocess.Popen([sys.executable, "-m", "claimgraph", "serve", "--port", str(port), "--workers", str(args.workers)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/status", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        status = httpx.get(base + "/api/status").json()
        asyncio.run(load(base, args.clients, 200))  # warm-up: connections, page cache, per-thread stores
        load_before = os.getloadavg()[0]
        cpu0, pg0 = cpu_seconds(proc.pid), postgres_cpu_seconds()
        t0 = time.perf_counter()
        results = asyncio.run(load(base, args.clients, args.requests, shapes=args.shape or SHAPES))
        wall = time.perf_counter() - t0
        cpu = cpu_seconds(proc.pid) - cpu0
        pg_cpu = postgres_cpu_seconds() - pg0
        load_after = os.getloadavg()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    every = [v for vs in results.values() for v in vs]
    print(f"\nstore: {'PostgreSQL (TCP, 127.0.0.1)' if db else 'SQLite'}, {status['claims']:,} claims, {status['documents']:,} documents; {os.cpu_count()} CPUs; "
          f"server: claimgraph serve --workers {args.workers}; {args.clients} concurrent clients; "
          f"{len(every):,} requests in {wall:.1f} s ({len(every) / wall:.0f} req/s)")
    print(f"{'query':<22}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for shape in sorted(results):
        vs = results[shape]
        print(f"{shape:<22}{len(vs):>6}{pct(vs, 50):>9.1f}{pct(vs, 95):>9.1f}{pct(vs, 99):>9.1f}")
    print(f"{'all':<22}{len(every):>6}{pct(every, 50):>9.1f}{pct(every, 95):>9.1f}{pct(every, 99):>9.1f}"
          f"   (mean {statistics.mean(every):.1f})")
    print(f"server CPU: {cpu / len(every) * 1000:.2f} ms per request ({cpu / wall * 100:.0f}% of one core during the run); "
          f"1-min load average {load_before:.1f} before, {load_after:.1f} after")
    if db:
        print(f"PostgreSQL server CPU: {pg_cpu / len(every) * 1000:.2f} ms per request (its processes: this run's and any other on the machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

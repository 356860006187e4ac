"""Linking cost per document on PostgreSQL as the store grows (issue #16: flat from 10,000 to
1,000,000 documents, on a generated corpus).

    .venv/bin/python benchmarks/link_scale.py                       # 10,000 and 100,000 documents
    .venv/bin/python benchmarks/link_scale.py --sizes 10000 100000 1000000

For each size a fresh database, on a PostgreSQL server the script starts (tests/pg_cluster.py;
fsync on, TCP on 127.0.0.1), is filled by executemany (transactions of 20,000 rows) with that many
*background* documents, already linked as the linker leaves them: each document dated in the
same 180 days as the demo gold, naming 5 canonical entities drawn from a pool of one per 5
documents (persons, organisations, places, with their names and the blocking keys the linker's
own functions give), and filed in an event of 8 documents with its features, the event's profile
and keys (entities and terms, bare and by month), and the terms' document frequencies, the terms
drawn from the demo gold's own vocabulary, so that the gold's documents find background events
among their candidates (the linker's caps then bound what it reads). The pool and the events grow
with the store; the days do not, so a day holds more documents in a larger store (at 1,000,000
about 5,500 a day).

Then the demo gold's 16 documents (plain data through the store, as benchmarks/linking.py) are
linked into it one by one, as ingest does, and per document it prints: wall-clock and CPU
milliseconds (this process; the server's work shows in the wall clock), the round trips the store
counts, the candidate events read. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))

import pg_cluster  # noqa: E402

from claimgraph.link import link_document  # noqa: E402
from claimgraph.link import events as E  # noqa: E402
from claimgraph.link import names as N  # noqa: E402
from claimgraph.store import Store  # noqa: E402

START = date(2026, 1, 1)
DAYS = 180
PER_EVENT = 8
ENTITIES_PER_DOC = 5
TERMS_PER_DOC = 12
NOW = "2026-05-01T00:00:00+00:00"
SYLLABLES = ["ka", "lo", "mi", "ren", "tav", "os", "dru", "bel", "vin", "sar", "ko", "pe", "lan", "dor", "zu", "ix"]


def word(j: int, salt: int) -> str:
    """A made-up name word for number j (distinct per j and salt)."""
    out, j = [], j * 7 + salt
    while True:
        out.append(SYLLABLES[j % len(SYLLABLES)])
        j //= len(SYLLABLES)
        if j == 0:
            break
    return "".join(out).capitalize()


def canonical_name(j: int) -> tuple[str, str]:
    kind = j % 3
    if kind == 0:
        return "PERSON", f"{word(j, 1)} {word(j, 2)}"
    if kind == 1:
        return "ORG", f"{word(j, 3)} Agency"
    return "GPE", word(j, 4)


def vocabulary() -> list[str]:
    import linking as L

    docs, _ = L.load_gold()
    out: set[str] = set()
    for d in docs:
        out.update(E.terms(d.get("headline"), d["body"], set(), top=60))
    return sorted(out)


def fill(store: Store, n_docs: int, seed: int = 5) -> float:
    """Write ``n_docs`` linked background documents (see the module doc); returns the seconds taken."""
    rng = random.Random(seed)
    words = vocabulary()
    t0 = time.perf_counter()
    c = store.conn
    pool = max(1000, n_docs // 5)
    rows: dict[str, list] = {}
    pending = [0]

    def add(table: str, row: tuple) -> None:
        rows.setdefault(table, []).append(row)
        pending[0] += 1
        if pending[0] >= 20000:
            flush()

    def flush() -> None:
        c.execute("BEGIN")
        for table, sql in INSERTS:
            if rows.get(table):
                c.executemany(sql, rows[table])
        c.execute("COMMIT")
        rows.clear()
        pending[0] = 0

    kinds: dict[int, str] = {}
    for j in range(1, pool + 1):
        type_, name = canonical_name(j)
        kinds[j] = type_
        add("link_entities", (j, type_, name))
        add("link_entity_names", (j, name))
        for key in sorted(N.blocking_keys(type_, name)):
            add("link_entity_keys", (j, key))
    df: dict[str, int] = {}
    n_events = (n_docs + PER_EVENT - 1) // PER_EVENT
    for e in range(1, n_events + 1):
        day = (START + timedelta(days=(e - 1) % DAYS)).isoformat()
        month = day[:7]
        ents = {f"{'a' if kinds[c_] == 'PERSON' else 'p' if kinds[c_] == 'GPE' else 'o'}:{c_}": rng.randint(1, 4)
                for c_ in rng.sample(range(1, pool + 1), ENTITIES_PER_DOC)}
        terms = {t: rng.randint(1, 6) for t in rng.sample(words, TERMS_PER_DOC)}
        labels = {k: k for k in ents}
        headline = " ".join(list(terms)[:6]).capitalize()
        profile = {"entities": ents, "terms": terms, "places": {}, "headline": headline, "documents": PER_EVENT}
        add("link_events", (e, f"{day} · {headline}", day, day, json.dumps(profile, sort_keys=True)))
        keys = list(ents) + [f"t:{t}" for t in terms]
        for key in keys + [f"{k}@{month}" for k in keys]:
            add("link_event_keys", (e, key))
        for i in range((e - 1) * PER_EVENT + 1, min(e * PER_EVENT, n_docs) + 1):
            body = f"Background report {i}: " + " ".join(terms)
            sha = hashlib.sha256(body.encode()).hexdigest()
            add("blobs", (sha, len(body), "text/plain", NOW))
            add("documents", (i, sha, "text", f"bg-{i}", "Background Wire", headline, body, body, "{}", NOW))
            add("link_documents", (i, NOW, NOW, day))
            features = {"date": day, "entities": ents, "labels": labels, "terms": terms, "headline": headline}
            add("link_event_documents", (i, e, 0.5, "generated", json.dumps(features, sort_keys=True)))
            for key in ents:
                add("link_entity_members", (int(key[2:]), i, 1.0, "new", "generated", day))
            for t in terms:
                for term in (t, f"{month}|{t}"):
                    df[term] = df.get(term, 0) + 1
        if e % 12500 == 0:
            print(f"  {min(e * PER_EVENT, n_docs):,} documents, {time.perf_counter() - t0:.0f} s", flush=True)
    for term, n in df.items():
        add("link_term_df", (term, n))
    flush()
    for table in ("documents", "link_entities", "link_events"):
        c.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    c.execute("ANALYZE")
    return time.perf_counter() - t0


INSERTS = [
    ("blobs", "INSERT INTO blobs(sha256, size, media_type, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING"),
    ("documents", "INSERT INTO documents(id, sha256, kind, origin, outlet, title, body, source_text, metadata, ingested_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    ("link_documents", "INSERT INTO link_documents(document_id, extracted_at, linked_at, day) VALUES (?, ?, ?, ?)"),
    ("link_entities", "INSERT INTO link_entities(id, type, name) VALUES (?, ?, ?)"),
    ("link_entity_names", "INSERT INTO link_entity_names(canonical_id, name) VALUES (?, ?)"),
    ("link_entity_keys", "INSERT INTO link_entity_keys(canonical_id, key) VALUES (?, ?)"),
    ("link_entity_members", "INSERT INTO link_entity_members(canonical_id, document_id, confidence, rule, evidence, day)"
                            " VALUES (?, ?, ?, ?, ?, ?)"),
    ("link_events", "INSERT INTO link_events(id, label, date_min, date_max, profile) VALUES (?, ?, ?, ?, ?)"),
    ("link_event_documents", "INSERT INTO link_event_documents(document_id, event_id, score, evidence, features) VALUES (?, ?, ?, ?, ?)"),
    ("link_event_keys", "INSERT INTO link_event_keys(event_id, key) VALUES (?, ?)"),
    ("link_term_df", "INSERT INTO link_term_df(term, df) VALUES (?, ?)"),
]


def link_gold(store: Store) -> list[tuple[float, float, int, int]]:
    """Link the demo gold's documents into the store; per document (wall ms, CPU ms, round trips, candidate events)."""
    import linking as L

    from claimgraph.store import links as db

    docs, _ = L.load_gold()
    ids = [L.ingest(store, L.plain_of(d)) for d in docs]
    read = db.events_with_documents
    seen = [0]

    def counting(store_, event_ids):
        seen[0] = len(set(event_ids))
        return read(store_, event_ids)

    db.events_with_documents = counting   # to report how many candidate events each document scored
    out = []
    try:
        for doc in ids:
            seen[0] = 0
            trips, w0, c0 = store.round_trips, time.perf_counter(), time.process_time()
            link_document(store, doc)
            out.append(((time.perf_counter() - w0) * 1000, (time.process_time() - c0) * 1000, store.round_trips - trips, seen[0]))
    finally:
        db.events_with_documents = read
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = ap.parse_args(argv)
    reason = pg_cluster.why_unavailable()
    if reason:
        print(f"skipped: {reason}")
        return 0
    with pg_cluster.Cluster(fsync=True) as cluster:
        print(f"PostgreSQL {cluster.bindir.parent.name if cluster.bindir else '?'} over TCP on 127.0.0.1 (fsync on);"
              " linking the demo gold's 16 documents into a store of N generated, linked documents")
        print(f"{'N':>10} {'fill s':>7} {'ms/doc':>8} {'median':>8} {'CPU ms/doc':>11} {'round trips/doc':>16} {'candidate events/doc':>21}  load")
        for n in args.sizes:
            url = cluster.new_database()
            store = Store(url)
            seconds = fill(store, n)
            rows = link_gold(store)
            wall = sorted(r[0] for r in rows)
            print(f"{n:>10,} {seconds:>7.0f} {sum(wall) / len(rows):>8.1f} {wall[len(wall) // 2]:>8.1f}"
                  f" {sum(r[1] for r in rows) / len(rows):>11.1f} {sum(r[2] for r in rows) / len(rows):>16.1f}"
                  f" {sum(r[3] for r in rows) / len(rows):>21.1f}  {os.getloadavg()[0]:.1f}", flush=True)
            store.close()
            cluster.drop_database(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())

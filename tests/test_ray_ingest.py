"""`claimgraph ingest --ray` on a local Ray (2 CPUs, no dashboard, usage statistics off) gives the
store the local path gives: the same documents, captures, analyses and links, compared by their
content (ids left out: they name rows, they are not content); and a document whose analysis broke
is recorded as failed and skipped on both paths alike: one left unfinished by a killed run, one
whose stored row is corrupt (it fails on a Ray worker), one whose row cannot even be read."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from claimgraph.settings import Settings
from claimgraph.store import Store

from conftest import CORPUS

#: A part of the demo corpus: two reports of each of two events (HTML and text, so the linker has
#: something to link), a Telegram export (a container of six messages) and a WARC of three pages.
PART = ["lantern-wire-orlivka-children.html", "tarnov-independent-orlivka-children-report.txt",
        "federal-herald-novy-veles-depot.html", "tarnov-independent-novyi-veles-hospital.txt",
        "telegram", "web-capture.warc.gz"]

#: The document that breaks: its analysis was started alone by an earlier run that never finished it.
BROKEN = "tarnov-independent-novyi-veles-hospital.txt"

#: Two reports of our own whose store rows are then corrupted, as a damaged or hand-edited store
#: would hold them: metadata that is JSON but not an object (its analysis breaks where the input
#: for it is made: on a Ray worker), and metadata that is not JSON (it breaks reading the row).
CORRUPT = {
    "corrupt-worker.txt": ("Ferry service to Harlow Island resumed\n\nThe harbour master of Harlow said on Thursday that "
                           "the ferry would run twice a day until the end of the month.\n", "[]"),
    "corrupt-reading.txt": ("Bridge over the Vessa closed for repairs\n\nThe roads office of Vessa said the bridge would "
                            "stay closed for three weeks, a spokesperson told reporters.\n", "{not json"),
}

#: Columns that hold a time (of the run, not of the content).
TIMES = {"first_seen", "ingested_at", "extracted_at", "linked_at", "made_at", "started_at", "at"}

#: Tables compared; the custody record is compared apart (its entries carry times and signatures).
SKIPPED = {"custody"}


def store_content(db: Path) -> dict[str, Counter]:
    """Every table's rows as a multiset of their content: own ids dropped, and each reference to
    another row replaced by that row's content (recursively), so two stores built in different
    orders compare equal when they hold the same things."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'")]
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
        # {table: {column: (referenced table, referenced column)}}
        refs = {t: {r[3]: (r[2], r[4]) for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')} for t in tables}
        rows = {t: [dict(zip(columns[t], row)) for row in conn.execute(f'SELECT * FROM "{t}"')] for t in tables}
    finally:
        conn.close()
    targets = {target for t in tables for target in refs[t].values()}
    index = {(t, k): {row[k]: row for row in rows[t]} for t, k in targets}
    memo: dict[tuple, tuple] = {}

    def content(table: str, row: dict) -> tuple:
        out = []
        for col in columns[table]:
            if col in TIMES or col == "id":
                continue
            value = row[col]
            target = refs[table].get(col)
            if target is not None and target[0] != "blobs" and value is not None:   # a blob's key is its SHA-256
                if (target, value) not in memo:
                    memo[(target, value)] = content(target[0], index[target][value])
                value = memo[(target, value)]
            out.append((col, value))
        return tuple(out)

    return {t: Counter(content(t, r) for r in rows[t]) for t in tables if t not in SKIPPED}


def custody_actions(db: Path) -> Counter:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return Counter(conn.execute("SELECT action, sha256 FROM custody").fetchall())
    finally:
        conn.close()


def _break(cli, home: Path, corpus: Path) -> dict[str, int]:
    """Store the broken documents alone; record through the real store the state a run killed
    while analysing the first leaves (its attempt begun alone, never finished), and corrupt the
    rows of the others. Returns their ids by file name."""
    ids = {}
    for name in [BROKEN, *CORRUPT]:
        r = cli("--home", str(home), "ingest", "--no-extract", str(corpus / name))
        assert r.returncode == 0, r.stderr.decode()
        with Store(Settings.resolve(home).db_path) as store:
            ids[name] = max(store.document_ids())
    with Store(Settings.resolve(home).db_path) as store:
        store.begin_extraction([ids[BROKEN]], "2026-01-01T00:00:00Z")
    conn = sqlite3.connect(Settings.resolve(home).db_path)
    try:
        with conn:
            for name, (_text, metadata) in CORRUPT.items():
                conn.execute("UPDATE documents SET metadata = ? WHERE id = ?", (metadata, ids[name]))
    finally:
        conn.close()
    return ids


@pytest.mark.slow
def test_ingest_on_ray_gives_the_local_paths_store_and_skips_the_broken_document(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in PART:
        src = CORPUS / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, corpus / name)
    for name, (text, _metadata) in CORRUPT.items():
        (corpus / name).write_text(text, encoding="utf-8")
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    broken = {home: _break(cli, home, corpus) for home in (local, on_ray)}

    r = cli("--home", str(local), "ingest", str(corpus))
    assert r.returncode == 0, r.stderr.decode()
    local_out = r.stdout.decode()
    r = cli("--home", str(on_ray), "ingest", str(corpus), "--ray", "--processes", "2", "--progress", "never",
            env={"RAY_USAGE_STATS_ENABLED": "0"})
    assert r.returncode == 0, r.stderr.decode()
    ray_out = r.stdout.decode()

    # the same report, line for line (the home's path aside), and where the Ray run's time went
    ray_lines = ray_out.splitlines()
    assert [ln for ln in ray_lines[1:] if not ln.startswith("  ray: ")] == local_out.splitlines()[1:]
    assert any(ln.startswith("  ray: analysed on 2 worker(s)") for ln in ray_lines)
    assert "already present: 3" in ray_out
    assert "analysis failed, skipped: 3 document(s)" in ray_out

    local_store, ray_store = Settings.resolve(local).db_path, Settings.resolve(on_ray).db_path
    local_content, ray_content = store_content(local_store), store_content(ray_store)
    # a comparison that could not fail would prove nothing: the stores hold claims, entities and links
    for table in ("documents", "captures", "claims", "entities", "link_entities", "link_events", "link_claim_relations"):
        assert local_content[table], table
    for table in local_content:
        assert ray_content[table] == local_content[table], table
    assert custody_actions(ray_store) == custody_actions(local_store)

    # the broken documents: recorded failed, with the same reasons on both paths, and not analysed
    reasons = {}
    for home in (local, on_ray):
        with Store(Settings.resolve(home).db_path) as store:
            failed = store.failed_analyses()
            assert sorted(failed) == sorted(broken[home].values())
            reasons[home] = {name: failed[doc_id]["reason"] for name, doc_id in broken[home].items()}
            for doc_id in broken[home].values():
                assert store.article(doc_id) is None and store.claims(doc_id) == []
            assert len(store.document_ids()) == sum(local_content["documents"].values())
    assert reasons[on_ray] == reasons[local]
    assert "never finished" in reasons[local][BROKEN]
    assert reasons[local]["corrupt-worker.txt"] == "extraction failed (AttributeError: 'list' object has no attribute 'get')"
    assert reasons[local]["corrupt-reading.txt"].startswith("extraction failed (JSONDecodeError: ")

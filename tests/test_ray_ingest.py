"""`claimgraph ingest --ray` on a local Ray (2 CPUs, no dashboard, usage statistics off) gives the
store the local path gives: the same documents, captures, analyses and links, compared by their
content (ids left out: they name rows, they are not content); and a document whose analysis broke
is recorded as failed and skipped on both paths alike."""

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


def _break_one(cli, home: Path, corpus: Path) -> int:
    """Store the broken document alone, then record through the real store the state a run
    killed while analysing it leaves (its attempt begun alone, never finished). Returns its id."""
    r = cli("--home", str(home), "ingest", "--no-extract", str(corpus / BROKEN))
    assert r.returncode == 0, r.stderr.decode()
    with Store(Settings.resolve(home).db_path) as store:
        (doc_id,) = store.document_ids()
        store.begin_extraction([doc_id], "2026-01-01T00:00:00Z")
    return doc_id


@pytest.mark.slow
def test_ingest_on_ray_gives_the_local_paths_store_and_skips_the_broken_document(cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in PART:
        src = CORPUS / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, corpus / name)
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    broken = {home: _break_one(cli, home, corpus) for home in (local, on_ray)}

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
    assert "already present: 1" in ray_out
    assert "analysis failed, skipped: 1 document(s)" in ray_out

    local_store, ray_store = Settings.resolve(local).db_path, Settings.resolve(on_ray).db_path
    local_content, ray_content = store_content(local_store), store_content(ray_store)
    # a comparison that could not fail would prove nothing: the stores hold claims, entities and links
    for table in ("documents", "captures", "claims", "entities", "link_entities", "link_events", "link_claim_relations"):
        assert local_content[table], table
    for table in local_content:
        assert ray_content[table] == local_content[table], table
    assert custody_actions(ray_store) == custody_actions(local_store)

    # the broken document: recorded failed, with the local path's reason, and not analysed
    for home in (local, on_ray):
        with Store(Settings.resolve(home).db_path) as store:
            failed = store.failed_analyses()
            assert list(failed) == [broken[home]]
            assert "never finished" in failed[broken[home]]["reason"]
            assert store.article(broken[home]) is None
            assert len(store.document_ids()) == len(local_content["documents"].keys())

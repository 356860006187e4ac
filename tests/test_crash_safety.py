"""Crash safety and concurrency (Foundation issue, requirement 8).

An ingest killed with SIGKILL part-way, then re-run, ends with every document present exactly
once and ``verify`` clean; two ingests running at the same time against one fresh home both
finish with nothing lost. Everything runs the real CLI in subprocesses against a real SQLite
file and archive directory.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest


def make_files(directory: Path, numbers, prefix: str = "Report") -> dict[str, Path]:
    """One small file per number; returns {sha256 of the bytes: path}."""
    directory.mkdir(parents=True, exist_ok=True)
    out = {}
    for i in numbers:
        path = directory / f"item{i:05d}.txt"
        data = f"{prefix} {i}: shelling reported near sector {i % 41}; no casualties confirmed.\n".encode()
        path.write_bytes(data)
        out[hashlib.sha256(data).hexdigest()] = path
    return out


def env_for(home: Path) -> dict:
    return {**os.environ, "CLAIMGRAPH_HOME": str(home)}


def start_ingest(home: Path, *paths: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "claimgraph", "ingest", "--no-extract", *map(str, paths)],
                            env=env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def documents_now(db: Path) -> int:
    """Documents committed so far, read through a read-only connection (0 before the store exists)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # schema not created yet


def kill_when(proc: subprocess.Popen, db: Path, at_least: int) -> int:
    """SIGKILL ``proc`` once ``at_least`` documents are committed; returns the count at kill time."""
    deadline = time.monotonic() + 300  # a guard against a hang, not a timing assertion
    while documents_now(db) < at_least:
        assert proc.poll() is None, "ingest finished before it could be killed part-way"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.01)
    assert proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()
    return documents_now(db)


def summary_counts(stdout: bytes) -> dict[str, int]:
    out = {}
    for line in stdout.decode().splitlines():
        for label in ("added", "already present", "rejected"):
            if line.startswith(f"  {label}: "):
                out[label] = int(line.split(": ", 1)[1].split()[0])
    return out


def store_rows(db: Path):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = conn.execute("SELECT sha256 FROM documents").fetchall()
        captures = conn.execute("SELECT sha256 FROM captures").fetchall()
        orphans = conn.execute(
            "SELECT count(*) FROM captures c LEFT JOIN blobs b ON b.sha256 = c.sha256 WHERE b.sha256 IS NULL").fetchone()[0]
        uncaptured = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM captures c WHERE c.sha256 = d.sha256)").fetchone()[0]
        fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return [r[0] for r in docs], Counter(r[0] for r in captures), orphans, uncaptured, fts, integrity


def ls_json(cli) -> list[dict]:
    r = cli("ls", "--json")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.decode().splitlines()]


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_gives_every_document_exactly_once(cli, home, tmp_path):
    indir = tmp_path / "in"
    expected = make_files(indir, range(2000))
    db = home / "claimgraph.sqlite3"

    # Kill twice at different points, then let a third run finish.
    first = kill_when(start_ingest(home, indir), db, at_least=150)
    assert 150 <= first < 2000
    second = kill_when(start_ingest(home, indir), db, at_least=first + 300)
    assert first + 300 <= second < 2000

    # What survived the kills is consistent: each document has its capture and its archived bytes.
    docs, captures, orphans, uncaptured, fts, integrity = store_rows(db)
    assert integrity == "ok" and orphans == 0 and uncaptured == 0 and fts == len(docs) == second
    assert cli("verify").returncode == 0

    r = cli("ingest", "--no-extract", str(indir))
    assert r.returncode == 0, r.stdout + r.stderr
    counts = summary_counts(r.stdout)
    assert counts == {"added": 2000 - second, "already present": second, "rejected": 0}

    docs, captures, orphans, uncaptured, fts, integrity = store_rows(db)
    assert integrity == "ok" and orphans == 0 and uncaptured == 0
    assert sorted(docs) == sorted(expected)  # every file's document, each exactly once
    assert fts == 2000
    # A document gets one capture per run that reached it: never zero, never more than three.
    assert set(captures) == set(expected) and all(1 <= n <= 3 for n in captures.values())
    listed = ls_json(cli)
    assert len(listed) == 2000
    assert {d["sha256"]: d["origin"] for d in listed} == {sha: str(p) for sha, p in expected.items()}

    r = cli("verify")
    assert r.returncode == 0, r.stdout
    assert b"verified 2000 archived object(s): 0 problem(s)" in r.stdout


@pytest.mark.slow
def test_two_concurrent_ingests_into_one_fresh_home_lose_nothing(cli, home, tmp_path):
    shared = make_files(tmp_path / "shared", range(0, 600))
    only_a = make_files(tmp_path / "a", range(600, 1200))
    only_b = make_files(tmp_path / "b", range(1200, 1800))
    assert not home.exists()  # both processes race to create the store and run its migrations

    a = start_ingest(home, tmp_path / "shared", tmp_path / "a")
    b = start_ingest(home, tmp_path / "shared", tmp_path / "b")
    out_a, err_a = a.communicate(timeout=600)
    out_b, err_b = b.communicate(timeout=600)
    assert a.returncode == 0, out_a + err_a
    assert b.returncode == 0, out_b + err_b
    ca, cb = summary_counts(out_a), summary_counts(out_b)
    assert ca["added"] + ca["already present"] == 1200 and cb["added"] + cb["already present"] == 1200
    assert ca["added"] + cb["added"] == 1800  # each document added by exactly one of them
    assert ca["already present"] + cb["already present"] == 600

    db = home / "claimgraph.sqlite3"
    docs, captures, orphans, uncaptured, fts, integrity = store_rows(db)
    assert integrity == "ok" and orphans == 0 and uncaptured == 0 and fts == 1800
    expected = {**shared, **only_a, **only_b}
    assert sorted(docs) == sorted(expected)
    assert all(captures[sha] == 2 for sha in shared)  # seen by both runs
    assert all(captures[sha] == 1 for sha in {**only_a, **only_b})
    r = cli("verify")
    assert r.returncode == 0 and b"verified 1800 archived object(s): 0 problem(s)" in r.stdout


def make_export(path: Path, count: int) -> None:
    """A Telegram export of ``count`` text messages of our own."""
    messages = [{"id": i, "type": "message", "date": f"2024-05-{1 + i % 28:02d}T10:00:00",
                 "text": f"Dispatch {i}: the crossing near sector {i % 37} was closed for the night."} for i in range(1, count + 1)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"name": "Crossing Watch", "type": "public_channel", "id": 55, "messages": messages}),
                    encoding="utf-8")


@pytest.mark.slow
def test_sigkill_mid_telegram_export_then_rerun_stores_every_message_once(cli, home, tmp_path):
    # Messages are stored in batches (one archive sync, one transaction each): a kill loses at
    # most the batch in flight, never leaves a message without its bytes or capture, and a
    # re-run completes the export.
    export = tmp_path / "in" / "result.json"
    make_export(export, 4000)
    db = home / "claimgraph.sqlite3"
    killed_at = kill_when(start_ingest(home, export), db, at_least=1)
    assert 1 <= killed_at < 4000

    docs, captures, orphans, uncaptured, fts, integrity = store_rows(db)
    assert integrity == "ok" and orphans == 0 and uncaptured == 0 and fts == len(docs) == killed_at
    assert cli("verify").returncode == 0

    r = cli("ingest", "--no-extract", str(export))
    assert r.returncode == 0, r.stdout + r.stderr
    assert summary_counts(r.stdout) == {"added": 4000 - killed_at, "already present": killed_at, "rejected": 0}
    docs, captures, orphans, uncaptured, fts, integrity = store_rows(db)
    assert integrity == "ok" and orphans == 0 and uncaptured == 0 and fts == len(docs) == 4000
    origins = [d["origin"] for d in ls_json(cli)]
    assert sorted(origins) == sorted(f"{export}#message={i}" for i in range(1, 4001))  # each message exactly once
    r = cli("verify")
    assert r.returncode == 0 and b"verified 4001 archived object(s): 0 problem(s)" in r.stdout


def _open_store(path: str, barrier, results) -> None:
    from claimgraph.store import Store

    barrier.wait()
    try:
        store = Store(Path(path))
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        store.close()
        results.put(("ok", version, mode))
    except Exception as exc:  # reported to the test, which fails on it
        results.put(("error", type(exc).__name__, str(exc)))


def test_many_processes_opening_a_new_store_at_once(tmp_path):
    """SQLite does not wait for the lock when switching a new file to WAL; the store must, or
    one of two ingests started together on a fresh home fails with 'database is locked'."""
    ctx = multiprocessing.get_context("fork")
    for trial in range(8):
        path = tmp_path / f"home{trial}" / "claimgraph.sqlite3"
        n = 6
        barrier, results = ctx.Barrier(n), ctx.Queue()
        procs = [ctx.Process(target=_open_store, args=(str(path), barrier, results)) for _ in range(n)]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=120) for _ in range(n)]
        for p in procs:
            p.join(timeout=120)
        assert all(o[0] == "ok" for o in outcomes), outcomes
        versions = {o[1] for o in outcomes}
        assert len(versions) == 1 and versions.pop() >= 1
        assert {o[2] for o in outcomes} == {"wal"}


def test_opening_a_new_store_waits_for_another_process_holding_the_lock(tmp_path):
    """The deterministic form of the race above: while another connection holds the write lock
    on a store file it is just creating, opening the store must wait for it, not fail."""
    from claimgraph.store import Store

    path = tmp_path / "claimgraph.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other process is busy creating the store
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with Store(path) as store:  # failed at once with "database is locked" before the fix
            assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    finally:
        release.join()
        other.close()

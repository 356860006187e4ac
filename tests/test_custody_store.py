"""The custody record's mirror in the store, on both stores: a document's custody mirror rows are
committed with the document's own store transaction (one commit a document), and what that
leaves waiting is never lost — not at the end of a run, not when a process dies before its next
transaction, not when another process appends in between."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.custody import CustodyLog
from claimgraph.ingest import Ingestor
from claimgraph.settings import Settings
from claimgraph.store import Store

pytestmark = pytest.mark.both_stores


def _pages(directory: Path, count: int, town: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (directory / f"{town}-{i}.txt").write_text(
            f"Officials in {town} said on day {i} that the ferry to the island of {town}holm ran again.\n", encoding="utf-8")
    return directory


def _file_lines(home: Path) -> list[str]:
    return (home / "custody.jsonl").read_text(encoding="utf-8").splitlines()


def _mirror_lines(settings: Settings) -> list[str]:
    with Store(settings.store_location) as store:
        return list(store.custody_lines())


def _commits(store: Store) -> list[int]:
    """A counter of the COMMITs the store's connection sends (sqlite3's statement trace; on
    PostgreSQL the COMMIT goes through the connection's execute)."""
    count = [0]
    if store.dialect == "sqlite":
        store.conn.set_trace_callback(lambda sql: count.__setitem__(0, count[0] + (sql.strip().upper() == "COMMIT")))
    else:
        execute = store.conn.execute

        def counted(sql, params=()):
            count[0] += sql.strip().upper() == "COMMIT"
            return execute(sql, params)

        store.conn.execute = counted  # type: ignore[method-assign]  # the driver's call, counted
    return count


def test_a_directory_of_pages_is_one_commit_and_the_mirror_says_what_the_file_says(home, db, tmp_path):
    settings = Settings(home=home, db=db)
    pages = _pages(tmp_path / "in", 12, "Varna")
    ingestor = Ingestor(settings)
    commits = _commits(ingestor.store)
    try:
        report = ingestor.run([str(pages)])
    finally:
        ingestor.close()
    assert report.added == 12
    # the pages' sightings and their 'captured' mirror rows in one transaction; their 'ingested'
    # entries (which need the documents' ids) are mirrored in one more at the end of the run
    assert commits[0] == 2
    lines = _file_lines(home)
    assert [json.loads(line)["action"] for line in lines] == ["captured"] * 12 + ["ingested"] * 12
    assert _mirror_lines(settings) == lines   # verbatim, and nothing waits once run() returns
    with Store(settings.store_location) as store:
        report = CustodyLog(settings, store).verify()
    assert report.problems == [] and report.notes == [] and report.entries == 24


def test_rows_left_waiting_by_a_process_that_dies_are_caught_up_by_the_next_append(home, db, tmp_path):
    settings = Settings(home=home, db=db)
    first = _pages(tmp_path / "first", 3, "Osk")
    # A process that dies (os._exit: no close, no flush) right after its last append, whose mirror
    # row was waiting for the store's next transaction.
    code = ("import os, sys\n"
            "from pathlib import Path\n"
            "from claimgraph.custody import Event\n"
            "from claimgraph.ingest import Ingestor\n"
            "from claimgraph.settings import Settings\n"
            f"ingestor = Ingestor(Settings(home=Path({str(home)!r}), db={db!r}))\n"
            f"ingestor.run([{str(first)!r}])\n"
            "ingestor.custody.record([Event('exported', None, {'format': 'jsonl'})], later=True)\n"
            "sys.stdout.flush()\n"
            "os._exit(0)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300,
                       env={**os.environ, "CLAIMGRAPH_HOME": str(home)})
    assert r.returncode == 0, r.stderr.decode()[-1500:]
    lines = _file_lines(home)
    assert len(lines) == 7 and json.loads(lines[-1])["action"] == "exported"
    assert _mirror_lines(settings) == lines[:6]   # a whole prefix: said by verify, not a problem
    with Store(settings.store_location) as store:
        report = CustodyLog(settings, store).verify()
    assert report.problems == []
    assert report.notes == ["custody: the store's mirror ends at entry 6, the log file at 7 (rows were deleted from "
                            "the store, or an append was interrupted; the next append catches up)"]
    ingestor = Ingestor(settings)
    try:
        assert ingestor.run([str(_pages(tmp_path / "second", 2, "Dunmere"))]).added == 2
    finally:
        ingestor.close()
    lines = _file_lines(home)
    assert len(lines) == 11 and _mirror_lines(settings) == lines
    with Store(settings.store_location) as store:
        report = CustodyLog(settings, store).verify()
    assert report.problems == [] and report.notes == []


def test_concurrent_ingests_into_one_store_leave_a_whole_mirror(home, db, tmp_path):
    # Two processes append to one custody file and one store, each leaving rows waiting for its
    # next transaction; the other's catch-up may copy them first. No row is lost or doubled.
    settings = Settings(home=home, db=db)
    dirs = [_pages(tmp_path / f"in{k}", 25, town) for k, town in enumerate(("Kellan", "Brisk"))]
    env = {k: v for k, v in os.environ.items() if k != "CLAIMGRAPH_DB"}
    env.update({"CLAIMGRAPH_HOME": str(home), **({"CLAIMGRAPH_DB": db} if db else {})})
    procs = [subprocess.Popen([sys.executable, "-m", "claimgraph", "ingest", "--no-extract", str(d)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for d in dirs]
    for p in procs:
        _out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()[-1500:]
    lines = _file_lines(home)
    entries = [json.loads(line) for line in lines]
    assert [e["seq"] for e in entries] == list(range(1, 101))
    assert all(e["prev"] == before["hash"] for before, e in zip(entries, entries[1:]))
    assert _mirror_lines(settings) == lines
    with Store(settings.store_location) as store:
        assert store.summary().documents == 50
        report = CustodyLog(settings, store).verify()
    assert report.problems == [] and report.notes == []

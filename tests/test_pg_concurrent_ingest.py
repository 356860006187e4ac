"""The PostgreSQL store from the command line: `--db`, and many writers into one store: several real `claimgraph ingest` processes at once, one
of them killed (SIGKILL) in the middle, then a re-run. Nothing lost, nothing twice, every analysed
document linked, and `verify` passes."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# Our own sentences: people and places recur across reports so that linking has work to do.
REPORTS = [
    "Mayor Ilona Varga said on Monday that the eastern bridge in Tarnov would reopen within a week.",
    "Ilona Varga, the mayor of Tarnov, told reporters the bridge repairs were ahead of schedule.",
    "The regional health office said two clinics in Orlen had lost power overnight.",
    "Doctor Pavel Oster said the Orlen clinics were running on generators until morning.",
    "Engineers from the Tarnov water company said the supply to the old town was restored.",
    "Pavel Oster, who runs the main clinic in Orlen, said fuel for the generators was running low.",
    "The transport ministry said trains between Tarnov and Orlen would run on a reduced timetable.",
    "A spokesman for the transport ministry, Anton Rell, said the timetable would last ten days.",
    "Ilona Varga denied that the bridge had been closed because of damage, saying it was routine work.",
    "Anton Rell said the ministry had not been told of any damage to the eastern bridge.",
    "Residents of the old town said the water tasted of chlorine for the first day after the repairs.",
    "The health office said a third clinic in Orlen was connected to the grid again on Tuesday.",
]


def _files(directory: Path, numbers) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for i in numbers:
        path = directory / f"report{i:02d}.txt"
        path.write_text(f"Report {i}\n\n{REPORTS[i]}\n", encoding="utf-8")
        out.append(path)
    return out


def _ingest(home: Path, db: str, *paths: Path) -> subprocess.Popen:
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home), "CLAIMGRAPH_DB": db}
    return subprocess.Popen([sys.executable, "-m", "claimgraph", "ingest", "--processes", "1", "--progress", "never",
                             *map(str, paths)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _count(db: str, sql: str) -> int:
    import psycopg

    with psycopg.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture
def pg_db(pg_server):
    url = pg_server.new_database(template="claimgraph_template")
    yield url
    pg_server.drop_database(url)


def test_concurrent_ingests_with_one_killed_lose_and_duplicate_nothing(pg_db, home, tmp_path, cli):
    db = pg_db
    # three inputs overlapping one another: every report is in at least two of them
    a = _files(tmp_path / "a", range(0, 8))
    b = _files(tmp_path / "b", range(4, 12))
    c = _files(tmp_path / "c", list(range(0, 4)) + list(range(8, 12)))
    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in a + b + c}
    assert len(expected) == len(REPORTS)

    first, second, victim = _ingest(home, db, *a), _ingest(home, db, *b), _ingest(home, db, *c)
    # kill one while work is under way: once the first analyses are being saved
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and victim.poll() is None:
        if _count(db, "SELECT count(*) FROM documents") >= 4 and _count(db, "SELECT count(*) FROM articles") >= 1:
            break
        time.sleep(0.2)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=60)
    for p in (first, second):
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()[-2000:]

    rerun = cli("ingest", "--processes", "1", "--progress", "never", str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "c"),
                env={"CLAIMGRAPH_DB": db})
    assert rerun.returncode == 0, rerun.stderr.decode()[-2000:]

    from claimgraph.link.entities import SKIP_TYPES
    from claimgraph.store import Store
    from claimgraph.store import links

    with Store(db) as store:
        shas = [d.sha256 for d in store.documents()]
        assert sorted(shas) == sorted(expected)                   # every document, exactly once
        assert sorted(store.blob_hashes()) == sorted(expected)    # every archived object once
        failed = store.failed_analyses()
        analysed = links.analysed_documents(store)
        assert set(analysed) | set(failed) == set(store.document_ids())   # none left unanalysed
        assert len(failed) <= 2   # at most what the killed run was analysing or linking
        assert links.unlinked_documents(store) == []              # every analysed document linked
        n = store.conn.execute
        # each analysis once: claims and entities belong to one analysis per document
        assert n("SELECT count(*) FROM (SELECT document_id, ordinal FROM claims GROUP BY 1, 2 HAVING count(*) > 1) x").fetchone()[0] == 0
        linked = {r[0] for r in n("SELECT document_id FROM link_documents")}
        assert linked == set(analysed)
        # every entity of a linked document (of the types linking reads) is in exactly one canonical entity
        skip = sorted(SKIP_TYPES)
        entities = n(f"SELECT count(*) FROM entities WHERE document_id IN (SELECT document_id FROM link_documents)"
                     f" AND type NOT IN ({','.join('?' * len(skip))})", skip).fetchone()[0]
        members = n("SELECT count(*) FROM link_entity_members WHERE entity_id IS NOT NULL").fetchone()[0]
        assert entities == members and entities > 0, (failed, entities, members)

    # what the killed run left failed is retried only on demand (ingest skips it), and then recovers
    if failed:
        again = cli("reanalyse", "--progress", "never", *map(str, failed), env={"CLAIMGRAPH_DB": db})
        assert again.returncode == 0, again.stderr.decode()[-2000:]
    with Store(db) as store:
        assert not store.failed_analyses() and links.unlinked_documents(store) == []
        assert sorted(links.analysed_documents(store)) == sorted(store.document_ids())
        # the person named in three reports is one canonical entity across all of them
        n = store.conn.execute
        varga = links.find_canonicals(store, "Ilona Varga")
        assert len(varga) == 1
        linked_docs = {r[0] for r in n("SELECT DISTINCT document_id FROM link_entity_members WHERE canonical_id = ?", (varga[0]["id"],))}
        naming = {r[0] for r in n("SELECT DISTINCT document_id FROM entities WHERE name LIKE ? AND type = 'PERSON'", ("%Varga%",))}
        assert len(naming) >= 2 and linked_docs == naming, (linked_docs, naming)
    verify = cli("verify", env={"CLAIMGRAPH_DB": db})
    assert verify.returncode == 0, verify.stdout.decode()[-2000:] + verify.stderr.decode()[-2000:]


def test_the_db_option_chooses_the_store_before_or_after_the_command(pg_db, cli, home, tmp_path):
    from claimgraph.store import Store

    url = pg_db
    note = tmp_path / "note.txt"
    note.write_text("The ferry to Orlen sailed again on Thursday, the harbour office said.\n", encoding="utf-8")
    assert cli("--db", url, "ingest", "--no-extract", str(note)).returncode == 0
    out = cli("summary", "--db", url)
    assert out.returncode == 0 and out.stdout.decode().startswith("1 document(s)")
    assert not (home / "claimgraph.sqlite3").exists()       # the store is the database, not a file
    assert (home / "archive").is_dir()                        # the archive stays in the home
    with Store(url) as store:
        assert [d.origin for d in store.documents()] == [str(note)]
    bad = cli("--db", "postgresql://nobody@127.0.0.1:1/none", "summary")
    assert bad.returncode == 1 and bad.stderr.decode().count("\n") == 1 and "cannot connect" in bad.stderr.decode()

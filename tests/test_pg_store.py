"""What is particular to the PostgreSQL store: its migrations mirror SQLite's, a new store opened
by several processes at once is migrated once, and search folds Cyrillic as the SQLite index does."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimgraph.store import CaptureRecord, DocumentRecord, Store, migrate

pytestmark = pytest.mark.both_stores


def test_both_dialects_have_the_same_migration_numbers():
    sqlite = [n for n, _ in migrate.available("sqlite")]
    postgresql = [n for n, _ in migrate.available("postgresql")]
    assert sqlite == postgresql
    assert sqlite == list(range(1, len(sqlite) + 1))   # numbered without gaps


def test_a_new_store_opened_by_several_processes_at_once_is_migrated_once(pg_server):
    url = pg_server.new_database()   # empty: no template, no schema yet
    try:
        code = f"from claimgraph.store import Store; Store({url!r}).close()"
        procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(4)]
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, err.decode()[-1500:]
        with Store(url) as store:
            versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version ORDER BY version")]
            assert versions == [n for n, _ in migrate.available("postgresql")]
    finally:
        pg_server.drop_database(url)


def _add(store: Store, n: int, title: str, body: str) -> int:
    sha = f"{n:064x}"
    cap = CaptureRecord(sha256=sha, origin=f"{n}.txt", media_type="text/plain", ingested_at="2026-03-01T00:00:00Z", tool_version="t")
    doc = DocumentRecord(sha256=sha, kind="text", origin=f"{n}.txt", body=body, source_text=body,
                         ingested_at="2026-03-01T00:00:00Z", title=title)
    doc_id, added = store.add_capture(cap, len(body.encode()), doc)
    assert added and doc_id is not None
    return doc_id


def test_search_folds_cyrillic_letters_and_apostrophes_alike_on_both_stores(store):
    yolka = _add(store, 1, "Новини", "У пʼятницю ввечері в Їржавці ставили ялинку, а ёлку привезли пізніше.")
    garden = _add(store, 2, "Сад", "Ґанок біля саду пофарбували в неділю.")
    other = _add(store, 3, "Weather", "The weather in Tarnov stayed dry on Sunday.")
    assert [h.id for h in store.search("елку")] == [yolka]       # ё in the text, е in the query
    assert [h.id for h in store.search("ёлку")] == [yolka]
    assert [h.id for h in store.search("іржавці")] == [yolka]    # ї folded to і, and case
    assert [h.id for h in store.search("п'ятницю")] == [yolka]   # ʼ and ' separate words alike
    assert [h.id for h in store.search("ганок")] == [garden]     # ґ folded to г
    assert [h.id for h in store.search("tarnov")] == [other]
    assert {h.id for h in store.search("неділю OR sunday")} == {garden, other}
    assert [h.id for h in store.search("tarn*")] == [other]     # a prefix
    assert store.search("зебра") == []
    hit = store.search("ялинку")[0]
    assert "[ялинку]" in hit.snippet


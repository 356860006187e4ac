"""The content-addressed archive, the SQLite store, the CLI contract, and the Telegram and WARC
readers (Foundation issue). Real files in a temp dir, the real CLI in a subprocess."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from claimgraph.archive import Archive, ArchiveError
from claimgraph.sources.base import SourceError
from claimgraph.store import CaptureRecord, DocumentRecord, Store, StoreError, migrate

# Every test that uses a store runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def ingest(cli, *paths, opts=()):
    r = cli("ingest", "--no-extract", *opts, *[str(p) for p in paths])
    return r.returncode, r.stdout.decode("utf-8").splitlines()


def json_lines(r) -> list[dict]:
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    objs = [json.loads(line) for line in lines]  # every line on its own is one JSON object
    assert all(isinstance(o, dict) for o in objs)
    return objs


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def summary_first_line(cli) -> str:
    r = cli("summary")
    assert r.returncode == 0, r.stderr
    return r.stdout.decode().splitlines()[0]


# -- archive ------------------------------------------------------------------------------

def test_archive_is_content_addressed_with_fan_out_and_idempotent(tmp_path):
    archive = Archive(tmp_path / "archive")
    data = "Exact bytes of a page, kept forever.\n".encode()
    digest = hashlib.sha256(data).hexdigest()
    stored = archive.put_bytes(data)
    assert (stored.sha256, stored.size, stored.created) == (digest, len(data), True)
    path = tmp_path / "archive" / "sha256" / digest[:2] / digest[2:4] / digest
    assert archive.path_for(digest) == path
    assert path.read_bytes() == data and archive.read(digest) == data and archive.has(digest)
    inode = path.stat().st_ino

    again = archive.put_bytes(data)
    assert (again.sha256, again.created) == (digest, False)
    assert path.stat().st_ino == inode  # an existing object is never rewritten

    src = tmp_path / "input.bin"
    src.write_bytes(data)
    streamed = archive.put_file(src, limit=1 << 20)
    assert (streamed.sha256, streamed.created) == (digest, False)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(SourceError, match="size limit"):
        archive.put_file(big, limit=4096)
    assert not archive.has(hashlib.sha256(b"x" * 5000).hexdigest())
    assert list((tmp_path / "archive" / "tmp").iterdir()) == []  # no temporary file left behind
    assert list(archive.iter_objects()) == [digest]
    assert archive.check(digest) is None


def test_a_batch_of_objects_is_archived_like_each_alone(tmp_path):
    archive = Archive(tmp_path / "archive")
    first = "The first dispatch we wrote.\n".encode()
    archive.put_bytes(first)
    batch = [f"Dispatch {i} we wrote, archived in one batch.\n".encode() for i in range(40)]
    items = [first, *batch, batch[3]]   # one already archived, one repeated inside the batch
    stored = archive.put_many(items)
    assert [s.sha256 for s in stored] == [hashlib.sha256(d).hexdigest() for d in items]
    assert [s.created for s in stored] == [False] + [True] * 40 + [False]
    assert all(archive.read(s.sha256) == d and archive.check(s.sha256) is None for s, d in zip(stored, items))
    assert sorted(archive.iter_objects()) == sorted({s.sha256 for s in stored})
    assert list((tmp_path / "archive" / "tmp").iterdir()) == []


def test_a_batch_of_documents_commits_whole_or_not_at_all(tmp_path):
    def row(i: int, kind: str = "text"):
        sha = hashlib.sha256(f"message {i}".encode()).hexdigest()
        capture = CaptureRecord(sha256=sha, origin=f"result.json#message={i}", media_type="text/plain",
                                ingested_at="2024-01-01T00:00:00+00:00", tool_version="test")
        document = DocumentRecord(sha256=sha, kind=kind, origin=capture.origin, body=f"Message {i} we wrote.",
                                  source_text=f"Message {i} we wrote.", ingested_at=capture.ingested_at)
        return capture, 10, document

    rows = [row(i) for i in range(1, 50)]
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        with pytest.raises(StoreError):
            store.add_captures([*rows, row(50, kind="not-a-kind")])   # the last row breaks a CHECK constraint
        counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("blobs", "captures", "documents")]
        assert counts == [0, 0, 0]  # nothing of the batch before it was kept
        results = store.add_captures([*rows, row(50), rows[0]])
        assert [added for _, added in results] == [True] * 50 + [False]   # the repeat is a capture only
        assert [doc_id for doc_id, _ in results] == [*range(1, 51), 1]
        counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("blobs", "captures", "documents")]
        assert counts == [50, 51, 50]


@pytest.mark.parametrize("bad", [
    "../../etc/passwd",
    "a" * 63,
    "a" * 65,
    "A" * 64,  # upper case is not what the archive writes
    "g" * 64,
    "a" * 64 + "\n",
    "/" + "a" * 63,
    "",
    "../" + "a" * 61,
    b"a" * 64,
    None,
])
def test_path_for_refuses_anything_but_64_hex_digits(tmp_path, bad):
    archive = Archive(tmp_path / "archive")
    with pytest.raises(ArchiveError):
        archive.path_for(bad)
    with pytest.raises(ArchiveError):
        archive.read(bad)


def test_verify_detects_a_modified_and_a_deleted_archive_file(cli, home, tmp_path):
    indir = tmp_path / "in"
    files = [write(indir / f"r{i}.txt", f"Bulletin {i}: the bridge at sector {i} is open again.\n") for i in range(3)]
    assert ingest(cli, indir)[0] == 0
    r = cli("verify")
    assert r.returncode == 0 and b"verified 3 archived object(s): 0 problem(s)" in r.stdout

    digests = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    archive = Archive(home / "archive")
    archive.path_for(digests[0]).write_bytes(b"tampered with\n")
    archive.path_for(digests[1]).unlink()
    r = cli("verify")
    assert r.returncode == 1
    lines = r.stdout.decode().splitlines()
    assert f"{digests[1]}: missing" in lines
    mismatch = [ln for ln in lines if ln.startswith(f"{digests[0]}: mismatch")]
    assert len(mismatch) == 1 and hashlib.sha256(b"tampered with\n").hexdigest() in mismatch[0]
    assert not any(ln.startswith(digests[2]) for ln in lines)
    assert lines[-1] == "verified 3 archived object(s): 2 problem(s)"


# -- store --------------------------------------------------------------------------------

def test_store_uses_wal_foreign_keys_and_recorded_migrations(tmp_path):
    path = tmp_path / "h" / "claimgraph.sqlite3"
    latest = migrate.available()[-1][0]
    with Store(path) as store:
        c = store.conn
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA user_version").fetchone()[0] == latest
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"blobs", "captures", "documents", "documents_fts"} <= tables
        with pytest.raises(sqlite3.IntegrityError):  # the foreign key is enforced, not just declared
            c.execute("INSERT INTO captures(sha256, origin, media_type, ingested_at, tool_version)"
                      " VALUES (?, 'x', 'text/plain', 'now', '0')", ("f" * 64,))
    # Re-opening applies nothing twice and keeps the version.
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == latest
    # A separate, plain connection sees WAL mode persisted in the file.
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_document_and_its_archive_record_commit_together_or_not_at_all(tmp_path):
    sha = hashlib.sha256(b"x").hexdigest()
    capture = CaptureRecord(sha256=sha, origin="x.txt", media_type="text/plain", ingested_at="2024-01-01T00:00:00+00:00",
                            tool_version="test")
    broken = DocumentRecord(sha256=sha, kind="not-a-kind", origin="x.txt", body="x", source_text="x",
                            ingested_at="2024-01-01T00:00:00+00:00")
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        with pytest.raises(StoreError):
            store.add_capture(capture, 1, broken)  # the document row violates a CHECK constraint
        counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("blobs", "captures", "documents")]
        assert counts == [0, 0, 0]  # the blob and capture rows written before it were rolled back
        broken.kind = "text"
        doc_id, added = store.add_capture(capture, 1, broken)
        assert added and doc_id == 1
        counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("blobs", "captures", "documents")]
        assert counts == [1, 1, 1]


def test_full_text_search_with_snippets(cli, tmp_path):
    indir = tmp_path / "in"
    write(indir / "a.txt", "Officials said two drones were shot down near the power station overnight.\n")
    write(indir / "b.txt", "The mayor reported that the water supply was restored on Friday.\n")
    write(indir / "c.html", "<html><head><title>Drone strike</title></head><body><p>A drone hit a depot.</p>"
                             "<script>var hidden = 'xylophonequartz';</script></body></html>")
    assert ingest(cli, indir)[0] == 0
    hits = json_lines(cli("search", "drones", "--json"))
    assert len(hits) == 1 and hits[0]["snippet"].count("[drones]") == 1
    assert len(hits[0]["sha256"]) == 64
    hits = json_lines(cli("search", "drone*", "--json"))
    assert len(hits) == 2
    hits = json_lines(cli("search", '"water supply"', "--json"))
    assert len(hits) == 1 and "[water supply]" in hits[0]["snippet"]
    assert json_lines(cli("search", "xylophonequartz", "--json")) == []  # script text is not page text
    r = cli("search", '"unbalanced', "--json")  # not valid FTS5: searched as plain words
    assert r.returncode == 0
    r = cli("search", "water")
    assert r.returncode == 0 and b"[water]" in r.stdout


def test_reingesting_identical_bytes_adds_only_a_capture(cli, home, tmp_path):
    indir = tmp_path / "in"
    path = write(indir / "report.txt", "Evacuation of the district continues, the governor said.\n")
    code, lines = ingest(cli, path)
    assert code == 0 and "  added: 1 (1 text)" in lines
    objects = sorted(p for p in (home / "archive" / "sha256").rglob("*") if p.is_file())
    copy = write(tmp_path / "elsewhere" / "copy.txt", path.read_text(encoding="utf-8"))
    code, lines = ingest(cli, path, copy)
    assert code == 0
    assert "  added: 0" in lines and "  already present: 2" in lines
    assert summary_first_line(cli) == "1 document(s), 3 capture(s), 1 archived object(s)"
    assert sorted(p for p in (home / "archive" / "sha256").rglob("*") if p.is_file()) == objects
    (doc,) = json_lines(cli("ls", "--json"))
    shown = json_lines(cli("show", doc["sha256"][:10], "--json"))[0]
    assert [c["origin"] for c in shown["captures"]] == [str(path), str(path), str(copy)]
    assert shown["origin"] == str(path)  # the document keeps where it was first seen


# -- CLI contract -------------------------------------------------------------------------

@pytest.mark.sqlite_only  # checks the home's SQLite file itself
def test_home_option_before_or_after_the_command_and_env(cli, home, tmp_path):
    f1 = write(tmp_path / "one.txt", "First bulletin of the day from the eastern front.\n")
    f2 = write(tmp_path / "two.txt", "Second bulletin of the day from the southern front.\n")
    before, after = tmp_path / "before", tmp_path / "after"
    assert cli("--home", str(before), "ingest", "--no-extract", str(f1)).returncode == 0
    assert cli("ingest", "--no-extract", "--home", str(after), str(f2)).returncode == 0
    assert cli("ingest", "--no-extract", str(f1), str(f2)).returncode == 0  # CLAIMGRAPH_HOME (the fixture sets it)
    assert (before / "claimgraph.sqlite3").exists() and (after / "claimgraph.sqlite3").exists()
    assert [d["origin"] for d in json_lines(cli("--home", str(before), "ls", "--json"))] == [str(f1)]
    assert [d["origin"] for d in json_lines(cli("ls", "--json", "--home", str(after)))] == [str(f2)]
    assert [d["origin"] for d in json_lines(cli("ls", "--json"))] == [str(f1), str(f2)]
    assert home.is_dir()
    # An explicit --home wins over the environment.
    assert len(json_lines(cli("ls", "--json", "--home", str(before)))) == 1


def test_json_outputs_are_one_object_per_line_with_sha256(cli, tmp_path):
    indir = tmp_path / "in"
    texts = [f"Bulletin {i}: checkpoint {i} reports artillery activity.\nSecond line.\n" for i in range(3)]
    for i, t in enumerate(texts):
        write(indir / f"b{i}.txt", t)
    assert ingest(cli, indir)[0] == 0
    docs = json_lines(cli("ls", "--json"))
    assert len(docs) == 3
    assert {d["sha256"] for d in docs} == {hashlib.sha256(t.encode()).hexdigest() for t in texts}
    r = cli("show", str(docs[0]["id"]), "--json")
    assert len(r.stdout.decode().splitlines()) == 1  # multi-line text stays inside one JSON line
    shown = json_lines(r)[0]
    assert shown["sha256"] == docs[0]["sha256"] and shown["text"] == texts[0]
    hits = json_lines(cli("search", "artillery", "--json"))
    assert len(hits) == 3 and all(len(h["sha256"]) == 64 for h in hits)
    assert len(json_lines(cli("ls", "--json", "--limit", "2"))) == 2


def test_show_of_an_unknown_document_exits_1_with_a_clear_message(cli, tmp_path):
    assert ingest(cli, write(tmp_path / "a.txt", "Some report text about the ceasefire talks.\n"))[0] == 0
    for ref, words in (("999", "no document 999"), ("abcdef12", "no document abcdef12"), ("../etc", "neither")):
        r = cli("show", ref)
        assert r.returncode == 1
        err = r.stderr.decode().splitlines()
        assert len(err) == 1 and err[0].startswith("claimgraph: ") and words in err[0], err
        assert r.stdout == b""


@pytest.mark.sqlite_only  # checks the home's SQLite file itself
def test_commands_on_a_home_without_a_store_exit_1(cli, tmp_path):
    r = cli("ls", "--home", str(tmp_path / "nothing-here"))
    assert r.returncode == 1 and b"no store at" in r.stderr
    assert not (tmp_path / "nothing-here").exists()  # reading never creates a store


@pytest.mark.parametrize("args", [
    (),
    ("frobnicate",),
    ("ingest",),
    ("ingest", "--max-bytes", "0", "x"),
    ("ingest", "--max-bytes", "lots", "x"),
    ("ingest", "--progress", "sometimes", "x"),
    ("show",),
    ("ls", "--limit", "-1"),
    ("search",),
])
def test_usage_errors_exit_2(cli, args):
    r = cli(*args)
    assert r.returncode == 2, (args, r.stderr)
    assert b"usage:" in r.stderr


def test_exit_codes_0_when_all_ingested_1_when_some_rejected(cli, tmp_path):
    good = write(tmp_path / "good.txt", "All clear was sounded at noon.\n")
    code, lines = ingest(cli, good)
    assert code == 0 and lines[-1] == "  rejected: 0"
    code, lines = ingest(cli, good, tmp_path / "does-not-exist.txt")
    assert code == 1
    assert lines[-2:] == ["  rejected: 1", f"  rejected {tmp_path / 'does-not-exist.txt'}: no such file or directory"]


# -- Telegram Desktop exports -------------------------------------------------------------

def test_telegram_export_one_document_per_text_message(cli, tmp_path):
    export = {
        "name": "Frontline Digest",
        "type": "public_channel",
        "id": 1234567,
        "messages": [
            {"id": 1, "type": "service", "date": "2024-03-01T08:00:00", "actor": "Frontline Digest",
             "action": "create_channel", "title": "Frontline Digest", "text": ""},
            {"id": 2, "type": "message", "date": "2024-03-01T09:15:00", "from": "Frontline Digest",
             "text": "Morning summary: the situation near the river is unchanged."},
            {"id": 3, "type": "message", "date": "2024-03-01T10:30:00", "from": "Frontline Digest",
             "text": [{"type": "bold", "text": "BREAKING"}, ": strikes reported in ",
                      {"type": "text_link", "text": "the port", "href": "https://example.org/port"}, " overnight."],
             "text_entities": [{"type": "bold", "text": "BREAKING"}]},
            {"id": 4, "type": "message", "date": "2024-03-01T11:00:00", "photo": "photos/photo_4.jpg",
             "width": 800, "height": 600, "text": ""},
            {"id": 5, "type": "message", "date": "2024-03-01T12:45:00", "forwarded_from": "Regional Administration",
             "text": [{"type": "italic", "text": "Air raid alert"}, " lifted in the city."]},
            {"id": 6, "type": "message", "date": "2024-03-01T13:00:00", "photo": "photos/photo_6.jpg", "text": []},
        ],
    }
    path = tmp_path / "ChatExport" / "result.json"
    path.parent.mkdir()
    raw = json.dumps(export, ensure_ascii=False, indent=1).encode("utf-8")
    path.write_bytes(raw)
    code, lines = ingest(cli, path.parent)
    assert code == 0, lines
    assert "  added: 3 (3 telegram)" in lines
    docs = {d["metadata"]["message_id"]: d for d in json_lines(cli("ls", "--json"))}
    assert sorted(docs) == [2, 3, 5]  # the service message and the photo-only messages are skipped
    texts = {
        2: "Morning summary: the situation near the river is unchanged.",
        3: "BREAKING: strikes reported in the port overnight.",
        5: "Air raid alert lifted in the city.",
    }
    container = hashlib.sha256(raw).hexdigest()
    for mid, doc in docs.items():
        shown = json_lines(cli("show", doc["sha256"], "--json"))[0]
        assert shown["kind"] == "telegram"
        assert shown["text"] == texts[mid]  # formatting entities flattened to their text
        meta = shown["metadata"]
        assert meta["channel"] == "Frontline Digest" and meta["message_id"] == mid
        assert meta["date"] == export["messages"][mid - 1]["date"] == shown["captured_at"]
        assert meta["forwarded_from"] == ("Regional Administration" if mid == 5 else None)
        assert shown["origin"] == f"{path}#message={mid}"
        (capture,) = shown["captures"]
        assert capture["container_sha256"] == container
    assert json_lines(cli("show", str(docs[3]["id"]), "--json"))[0]["metadata"]["links"] == ["https://example.org/port"]
    # The export file itself is archived whole, next to the three messages.
    assert summary_first_line(cli) == "3 document(s), 4 capture(s), 4 archived object(s)"
    assert cli("verify").returncode == 0
    # Ingesting the same export again adds captures only.
    code, lines = ingest(cli, path)
    assert code == 0 and "  added: 0" in lines and "  already present: 3" in lines


# -- WARC ---------------------------------------------------------------------------------

def _warc(path: Path) -> dict:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = {}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))

        def response(uri, ctype, body: bytes, date: str):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                            http_headers=StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example.org")],
                                                                          is_http_request=True))
            writer.write_record(req)
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                            warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)
            pages[uri] = (ctype, body, date)

        response("https://news.example.org/a", "text/html; charset=utf-8",
                 b"<html><head><title>Dam damaged</title></head><body><p>The dam was damaged overnight, officials said.</p></body></html>",
                 "2024-06-06T05:00:00Z")
        response("https://news.example.org/b.txt", "text/plain",
                 b"Plain text bulletin: the ferry is running again.\n", "2024-06-06T06:00:00Z")
        response("https://news.example.org/c", "text/html; charset=windows-1251",
                 "<html><head><title>Сводка</title></head><body><p>Обстрел продолжался всю ночь.</p></body></html>".encode("cp1251"),
                 "2024-06-06T07:00:00Z")
        response("https://news.example.org/photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(200), "2024-06-06T08:00:00Z")
        response("https://news.example.org/api", "application/json", b'{"ok": true}', "2024-06-06T09:00:00Z")
    return pages


def test_warc_one_document_per_html_or_text_response(cli, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    pages = _warc(path)
    code, lines = ingest(cli, path)
    assert code == 0, lines
    assert "  added: 3 (2 html, 1 text)" in lines
    docs = {d["origin"]: d for d in json_lines(cli("ls", "--json"))}
    assert sorted(docs) == ["https://news.example.org/a", "https://news.example.org/b.txt", "https://news.example.org/c"]
    container = hashlib.sha256(path.read_bytes()).hexdigest()
    for uri, doc in docs.items():
        ctype, body, date = pages[uri]
        shown = json_lines(cli("show", doc["sha256"], "--json"))[0]
        assert shown["sha256"] == hashlib.sha256(body).hexdigest()  # the payload's own bytes are archived
        assert shown["metadata"]["target_uri"] == uri
        assert shown["captured_at"] == date
        (capture,) = shown["captures"]
        assert capture["captured_at"] == date and capture["container_sha256"] == container
        assert capture["metadata"]["target_uri"] == uri
    assert "The dam was damaged overnight" in json_lines(cli("show", docs["https://news.example.org/a"]["sha256"], "--json"))[0]["text"]
    cyr = json_lines(cli("show", docs["https://news.example.org/c"]["sha256"], "--json"))[0]
    assert cyr["encoding"] == "cp1251" and "Обстрел продолжался всю ночь." in cyr["text"] and cyr["title"] == "Сводка"
    assert summary_first_line(cli) == "3 document(s), 4 capture(s), 4 archived object(s)"
    assert cli("verify").returncode == 0


@pytest.mark.sqlite_only  # checks the home's SQLite file itself
def test_an_unwritable_archive_stops_ingest_with_one_line_and_blames_no_input(cli, home, tmp_path):
    home.mkdir()
    (home / "archive").write_text("a file where the archive directory should be\n")
    good = write(tmp_path / "good.txt", "Shops reopened in the city centre this morning.\n")
    r = cli("ingest", "--no-extract", str(good))
    assert r.returncode == 1
    err = r.stderr.decode().splitlines()
    assert len(err) == 1 and err[0].startswith("claimgraph: cannot write to the archive at "), err
    assert b"rejected " + str(good).encode() not in r.stdout  # not reported as a bad input
    conn = sqlite3.connect(home / "claimgraph.sqlite3")
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0  # never a document without its bytes
    conn.close()

"""The custody record: every action on the evidence in a signed, hash-chained log that verify checks.

Real CLI runs against a real home; tampering is done the way an attacker would, by editing the
log file or the SQLite file directly.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

PAGE_A = ("Harbour officials in Tessaly said on Monday that the northern pier was closed after the storm.\n\n"
          "The port authority denied that any ship had been damaged, according to a statement we wrote for this test.\n")
PAGE_B = ("The mayor of Orvane said the water supply was restored on Tuesday evening.\n\n"
          "Residents told reporters the taps had been dry for two days.\n")


def _ingest_two(cli, tmp_path: Path, *extra: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PAGE_A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(PAGE_B, encoding="utf-8")
    r = cli("ingest", str(tmp_path / "in"), *extra)
    assert r.returncode == 0, r.stderr.decode()


def _lines(home: Path) -> list[dict]:
    return [json.loads(line) for line in (home / "custody.jsonl").read_text(encoding="utf-8").splitlines()]


def _write(home: Path, entries: list[dict]) -> None:
    (home / "custody.jsonl").write_text("".join(json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
                                                for e in entries), encoding="utf-8")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_ingest_and_analysis_are_recorded_chained_and_signed(cli, home, tmp_path):
    _ingest_two(cli, tmp_path)
    entries = _lines(home)
    sha_a = _sha(PAGE_A)
    about_a = [e["action"] for e in entries if e["sha256"] == sha_a]
    assert about_a == ["captured", "ingested", "analysed"]
    captured = next(e for e in entries if e["sha256"] == sha_a and e["action"] == "captured")
    assert captured["detail"]["origin"].endswith("a.txt") and captured["detail"]["size"] == len(PAGE_A.encode())
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0]["prev"] == "0" * 64
    assert all(e["prev"] == before["hash"] for before, e in zip(entries, entries[1:]))
    assert all(e["tool"].startswith("claimgraph ") and e["user"] for e in entries)

    r = cli("verify")
    out = r.stdout.decode()
    assert r.returncode == 0, out
    assert f"verified the custody record: {len(entries)} entries" in out

    r = cli("custody", sha_a[:10])
    out = r.stdout.decode()
    assert r.returncode == 0
    assert "captured" in out and "ingested" in out and "analysed" in out
    assert _sha(PAGE_B)[:16] not in out  # only the entries about that document
    assert "INVALID" not in out

    r = cli("reanalyse", "1")
    assert r.returncode == 0, r.stderr.decode()
    r = cli("custody", "1", "--json")
    actions = [json.loads(line)["action"] for line in r.stdout.decode().splitlines()]
    assert actions[-1] == "re-analysed"
    assert cli("verify").returncode == 0


def test_key_is_made_on_first_use_and_kept_private(cli, home, tmp_path):
    assert not (home / "keys").exists()
    _ingest_two(cli, tmp_path, "--no-extract")
    key = home / "keys" / "custody-ed25519.pem"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "keys").stat().st_mode) == 0o700
    fingerprints = {e["key"] for e in _lines(home)}
    assert len(fingerprints) == 1

    key.chmod(0o644)
    r = cli("verify")
    assert r.returncode == 1
    assert "readable by others" in r.stdout.decode()


def test_an_edited_entry_fails_verify_and_says_which(cli, home, tmp_path):
    _ingest_two(cli, tmp_path, "--no-extract")
    entries = _lines(home)
    # both pages are one batch: their 'captured' entries (1, 2), then their 'ingested' ones (3, 4)
    assert [e["action"] for e in entries] == ["captured", "captured", "ingested", "ingested"]
    entries[2]["detail"]["kind"] = "html"  # entry 3 ('ingested' of a.txt) rewritten after the fact
    _write(home, entries)
    r = cli("verify")
    out = r.stdout.decode()
    assert r.returncode == 1
    assert "custody.jsonl line 3 (entry 3, ingested): its content does not hash to its recorded hash" in out
    assert "entry 3 in the store's mirror differs from the log file" in out
    assert "line 2 " not in out and "line 4 " not in out  # the others are intact and not blamed
    r = cli("custody")
    assert "INVALID" in r.stdout.decode()


def test_a_removed_entry_breaks_the_chain_where_it_was(cli, home, tmp_path):
    _ingest_two(cli, tmp_path, "--no-extract")
    entries = _lines(home)
    assert len(entries) == 4
    del entries[1]
    _write(home, entries)
    out = cli("verify").stdout.decode()
    assert "custody.jsonl line 2 (entry 3, ingested): expected entry 2 here" in out
    assert "line 2 (entry 3, ingested): its 'prev' is not the hash of the entry before it" in out
    assert "the store mirrors entry 2, which the log file lacks" in out


def test_an_entry_forged_without_the_home_key_is_caught(cli, home, tmp_path):
    """An attacker who can edit the log but has not got the key: rehashing is not enough."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from claimgraph.custody import Entry, entry_hash

    _ingest_two(cli, tmp_path, "--no-extract")
    entries = _lines(home)
    own = Ed25519PrivateKey.generate()
    forged = Entry.from_json(entries[0])
    forged = Entry(**{**forged.__dict__, "detail": {**forged.detail, "origin": "somewhere-else.txt"}})
    digest = entry_hash(forged)
    entries[0] = {**forged.to_json(), "hash": digest, "sig": base64.b64encode(own.sign(digest.encode())).decode()}
    _write(home, entries)
    out = cli("verify").stdout.decode()
    assert "line 1 (entry 1, captured): the signature does not match" in out
    # and the next entry still points at the original entry 1
    assert "line 2 (entry 2, captured): its 'prev' is not the hash of the entry before it" in out

    # Signing with its own key and naming that key instead does not pass either.
    pub = own.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    forged2 = Entry(**{**forged.__dict__, "key": hashlib.sha256(pub).hexdigest()})
    digest2 = entry_hash(forged2)
    entries[0] = {**forged2.to_json(), "hash": digest2, "sig": base64.b64encode(own.sign(digest2.encode())).decode()}
    _write(home, entries)
    out = cli("verify").stdout.decode()
    assert "line 1 (entry 1, captured): signed by key" in out and "not by this home's key" in out


def test_a_truncated_log_file_shows_against_the_store(cli, home, tmp_path):
    _ingest_two(cli, tmp_path, "--no-extract")
    entries = _lines(home)
    _write(home, entries[:2])  # the last two entries cut off: the chain itself is still whole
    r = cli("verify")
    out = r.stdout.decode()
    assert r.returncode == 1
    assert "the store mirrors entry 3 but the log file ends at entry 2 (the file was truncated)" in out
    # Nothing more is chained onto the truncated file: the next ingest stops and says why.
    (tmp_path / "c.txt").write_text("The harbour of Tessaly reopened on Friday, officials said.\n", encoding="utf-8")
    r = cli("ingest", "--no-extract", str(tmp_path / "c.txt"))
    assert r.returncode == 1
    assert "the store's mirror already holds entry 3 but the log file" in r.stderr.decode()
    assert len(_lines(home)) == 2


def test_rows_deleted_from_the_sqlite_file_show_against_the_log(cli, home, tmp_path):
    _ingest_two(cli, tmp_path, "--no-extract")
    db = sqlite3.connect(home / "claimgraph.sqlite3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM custody WHERE seq = 4")
    db.execute("DROP TRIGGER custody_no_delete")  # an attacker with the file can do this
    db.execute("DELETE FROM custody WHERE seq >= 3")
    db.commit()
    db.close()
    out = cli("verify").stdout.decode()
    assert "the store's mirror ends at entry 2, the log file at 4" in out


def test_an_over_long_line_is_named_and_the_entries_after_it_are_still_read(cli, home, tmp_path):
    """A line past the bound is passed over, not taken for the end of the file: the entries after
    it are present and must not be reported as cut off."""
    from claimgraph.custody import MAX_LINE

    _ingest_two(cli, tmp_path, "--no-extract")
    lines = (home / "custody.jsonl").read_bytes().splitlines(keepends=True)
    assert len(lines) == 4
    (home / "custody.jsonl").write_bytes(b"".join(lines[:2]) + b"x" * (MAX_LINE + 4096) + b"\n" + b"".join(lines[2:]))
    r = cli("verify")
    out = r.stdout.decode()
    assert r.returncode == 1
    assert f"custody.jsonl line 3: longer than {MAX_LINE:,} bytes, not a custody entry" in out
    assert "truncated" not in out and "lacks" not in out
    # entries 3 and 4 are read, at their true lines, and checked: an edit to one still shows
    lines[3] = lines[3].replace(b'"ingested"', b'"analysed"', 1)
    (home / "custody.jsonl").write_bytes(b"".join(lines[:2]) + b"x" * (MAX_LINE + 4096) + b"\n" + b"".join(lines[2:]))
    out = cli("verify").stdout.decode()
    assert "custody.jsonl line 5 (entry 4, analysed): its content does not hash" in out
    assert "line 4 (" not in out


def test_a_line_in_another_encoding_is_said_to_be_not_utf8(cli, home, tmp_path):
    """A line starting with a UTF-16 byte order mark is no UTF-8 text; JSON must not sniff it."""
    _ingest_two(cli, tmp_path, "--no-extract")
    lines = (home / "custody.jsonl").read_bytes().splitlines(keepends=True)
    utf16 = b"\xff\xfe" + lines[3].rstrip(b"\n").decode("utf-8").encode("utf-16-le")
    (home / "custody.jsonl").write_bytes(b"".join(lines[:3]) + utf16)  # the last line, in UTF-16
    r = cli("verify")
    out = r.stdout.decode()
    assert r.returncode == 1
    assert "custody.jsonl line 4: not a custody entry (not UTF-8 text: byte 0xff at byte 0)" in out
    assert "utf-16" not in out


def test_concurrent_ingests_never_fork_the_chain(home, tmp_path):
    import os

    for i in range(6):
        d = tmp_path / f"in{i % 2}"
        d.mkdir(exist_ok=True)
        (d / f"p{i}.txt").write_text(f"Officials in town number {i} said the market reopened on day {i}.\n", encoding="utf-8")
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    procs = [subprocess.Popen([sys.executable, "-m", "claimgraph", "ingest", "--no-extract", str(tmp_path / f"in{k}")],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for k in range(2)]
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    entries = _lines(home)
    assert len(entries) == 12  # captured + ingested for each of six pages
    assert [e["seq"] for e in entries] == list(range(1, 13))
    assert all(e["prev"] == before["hash"] for before, e in zip(entries, entries[1:]))
    r = subprocess.run([sys.executable, "-m", "claimgraph", "verify"], env=env, capture_output=True, timeout=300)
    assert r.returncode == 0, r.stdout.decode()


def test_reingest_import_and_export_are_recorded(cli, home, tmp_path):
    _ingest_two(cli, tmp_path, "--no-extract")
    r = cli("ingest", str(tmp_path / "in" / "a.txt"), "--no-extract")
    assert r.returncode == 0
    entries = _lines(home)
    assert [e["action"] for e in entries[-1:]] == ["captured"]  # a second sighting, no new document
    assert entries[-1]["detail"]["newly_archived"] is False
    out = tmp_path / "claims.jsonl"
    assert cli("export", "--format", "jsonl", "--out", str(out)).returncode == 0
    last = _lines(home)[-1]
    assert last["action"] == "exported" and last["sha256"] is None and last["detail"]["format"] == "jsonl"
    assert cli("verify").returncode == 0


def test_the_document_page_and_the_api_show_the_custody_record(cli, home, tmp_path):
    from starlette.testclient import TestClient

    from claimgraph.api import create_app
    from claimgraph.settings import Settings

    _ingest_two(cli, tmp_path)
    sha_a = _sha(PAGE_A)
    doc = next(json.loads(line) for line in cli("ls", "--json").stdout.decode().splitlines()
               if json.loads(line)["sha256"] == sha_a)
    client = TestClient(create_app(Settings(home=home)))
    page = client.get(f"/documents/{doc['id']}").text
    assert "Custody record: 3 entries" in page
    assert page.count("<td>valid</td>") == 0 and page.count(">valid</span>") == 3
    for action in ("captured", "ingested", "analysed"):
        assert f"<td>{action}</td>" in page
    assert "INVALID" not in page
    api = client.get(f"/api/sources/{sha_a}/custody").json()
    assert [e["action"] for e in api] == ["captured", "ingested", "analysed"] and all(e["valid"] for e in api)

    # Someone edits the mirror row in the SQLite file (who did it): the page shows that entry invalid.
    db = sqlite3.connect(home / "claimgraph.sqlite3")
    db.execute("DROP TRIGGER custody_no_update")
    row = db.execute("SELECT seq, entry FROM custody WHERE sha256 = ? AND action = 'captured'", (sha_a,)).fetchone()
    edited = json.loads(row[1])
    edited["user"] = "not-who-it-was"
    db.execute("UPDATE custody SET entry = ? WHERE seq = ?", (json.dumps(edited), row[0]))
    db.commit()
    db.close()
    client = TestClient(create_app(Settings(home=home)))
    page = client.get(f"/documents/{doc['id']}").text
    assert "1 invalid" in page and page.count("INVALID") == 1 and "not-who-it-was" in page
    api = client.get(f"/api/sources/{sha_a}/custody").json()
    assert [e["valid"] for e in api] == [False, True, True]
    assert "does not hash to its recorded hash" in api[0]["problems"][0]


def test_a_capture_row_altered_in_the_sqlite_file_shows_against_the_record(cli, home, tmp_path):
    _ingest_two(cli, tmp_path, "--no-extract")
    db = sqlite3.connect(home / "claimgraph.sqlite3")
    db.execute("UPDATE captures SET origin = 'https://elsewhere.example/a.txt' WHERE origin LIKE '%a.txt'")
    db.commit()
    db.close()
    r = cli("verify")
    out = r.stdout.decode()
    assert r.returncode == 1
    assert f"the store's capture of {_sha(PAGE_A)} from 'https://elsewhere.example/a.txt'" in out
    assert "matches no 'captured' entry" in out and _sha(PAGE_B) not in out
    r = cli("custody", _sha(PAGE_A), "--json")
    origins = [json.loads(line)["detail"].get("origin") for line in r.stdout.decode().splitlines()]
    assert origins[0].endswith("/in/a.txt")  # the record keeps the original


def test_merges_splits_and_reanalyses_through_cli_api_and_form_are_recorded(cli, home, tmp_path):
    # Each way a person changes the evidence's analysis writes its own signed entry, naming who.
    import getpass
    import re
    from urllib.parse import urlencode

    from starlette.testclient import TestClient

    from claimgraph.api import create_app
    from claimgraph.store import Store
    from claimgraph.team import add_user, create_token
    from teamdata import DOCS, build_team_home

    settings = build_team_home(home)
    me = getpass.getuser()
    assert cli("merge", "Brelin Harbour Authority", "Port Office of Saltmere").returncode == 0
    assert cli("split", "Brelin Harbour Authority", "Port Office of Saltmere").returncode == 0
    with Store(settings.store_location) as store:
        add_user(store, "ines", "editor")
        token = create_token(store, "ines")[1]
    client = TestClient(create_app(settings), base_url="http://127.0.0.1:8765")
    bearer = {"Authorization": f"Bearer {token}"}
    r = client.post("/api/entities/merge", json={"a": "Brelin Harbour Authority", "b": "Port Office of Saltmere"}, headers=bearer)
    assert r.status_code == 200, r.text
    r = client.post("/api/entities/split", json={"entity": "Brelin Harbour Authority", "names": ["Port Office of Saltmere"]},
                    headers=bearer)
    assert r.status_code == 200, r.text
    r = client.post("/api/documents/1/reanalyse", headers=bearer)
    assert r.status_code == 200, r.text
    # the entity page's form, signed in with a cookie
    nonce = re.search(r'name="nonce" value="([A-Za-z0-9_-]+)"', client.get("/login").text).group(1)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert client.post("/login", content=urlencode({"nonce": nonce, "token": token}).encode(), headers=form).status_code == 200
    page = client.get("/entity?name=Brelin%20Harbour%20Authority").text
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', page).group(1)
    a = re.search(r'name="a" value="(\d+)"', page).group(1)
    r = client.post("/entity/merge", content=urlencode({"a": a, "b": "Port Office of Saltmere", "csrf_token": csrf}).encode(),
                    headers=form)
    assert r.status_code == 200, r.text

    doc1 = next(e for e in _lines(home) if e["action"] == "re-analysed")["sha256"]
    assert [(e["action"], e["user"]) for e in _lines(home)] == [
        ("merged", me), ("split", me), ("merged", "ines"), ("split", "ines"), ("re-analysed", "ines"), ("merged", "ines")]
    merged = _lines(home)[0]["detail"]
    assert {m["name"] for m in merged["merged"]} == {"Brelin Harbour Authority", "Port Office of Saltmere"}
    assert doc1 == _sha(DOCS[0][0])
    # (the plain test documents have no archived bytes: verify's archive line is not this test's)
    assert re.search(rb"verified the custody record: 6 entries, signed by key [0-9a-f]{64}: 0 problem", cli("verify").stdout)

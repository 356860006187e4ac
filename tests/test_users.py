"""Users, roles, tokens and the append-only decision log: the real store, the real CLI (a
subprocess) and the real app (in process, through starlette's test client)."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from starlette.testclient import TestClient

from claimgraph.api import create_app
from claimgraph.store import Store
from claimgraph.store import team as team_db
from claimgraph.team import Actor, Refused, add_user, authenticate, create_token, hash_token, record
from teamdata import build_team_home

pytestmark = pytest.mark.both_stores


@pytest.fixture
def team_home(home, db):
    return build_team_home(home, db)


def _users_and_tokens(settings) -> dict[str, str]:
    """An editor and a reader, each with a token: {name: token}."""
    with Store(settings.store_location) as store:
        add_user(store, "ines", "editor")
        add_user(store, "rafa", "reader")
        return {name: create_token(store, name)[1] for name in ("ines", "rafa")}


def _bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def _json_lines(proc) -> list[dict]:
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(x) for x in proc.stdout.decode().splitlines() if x.strip()]


# ------------------------------------------------------------------------------------ store


def test_the_decision_log_refuses_update_and_delete(store):
    entry = record(store, Actor("ines", "editor", "api"), "merge", "merged A into B", before={"a": 1}, after={"b": 2},
                   entities=[(1, "Brelin Harbour Authority")], documents=[7])
    for sql in ("UPDATE decision_log SET user_name = 'someone else'", "DELETE FROM decision_log",
                "UPDATE decision_log_targets SET target_id = 8", "DELETE FROM decision_log_targets"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.conn.execute(sql)
    [row] = team_db.decisions(store)
    assert row["id"] == entry and row["user"] == "ines" and row["via"] == "api" and row["action"] == "merge"
    assert row["before"] == {"a": 1} and row["after"] == {"b": 2}
    assert {(t["kind"], t["id"], t["name"]) for t in row["targets"]} == {("entity", 1, "Brelin Harbour Authority"),
                                                                       ("document", 7, None)}
    assert [d["id"] for d in team_db.decisions(store, document_id=7)] == [entry]
    assert team_db.decisions(store, document_id=8) == []
    assert [d["id"] for d in team_db.decisions(store, entity_names=["Brelin Harbour Authority"])] == [entry]


@pytest.mark.sqlite_only   # reads the whole store through SQLite's iterdump
def test_only_the_hash_of_a_token_is_stored_and_a_revoked_token_is_refused(store):
    add_user(store, "ines", "editor")
    token_id, token = create_token(store, "ines", "laptop")
    assert token.startswith("cgt_") and len(token) >= 40
    dump = "\n".join(store.conn.iterdump())
    assert token not in dump and hash_token(token) in dump
    actor = authenticate(store, token, "api")
    assert (actor.name, actor.role, actor.can_write) == ("ines", "editor", True)
    with pytest.raises(Refused, match="unknown"):
        authenticate(store, token + "x", "api")
    assert team_db.revoke_tokens(store, "2026-05-04T00:00:00+00:00", [token_id]) == [token_id]
    with pytest.raises(Refused, match="revoked"):
        authenticate(store, token, "api")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO users(name, role, created_at) VALUES ('x', 'owner', '2026')")


# -------------------------------------------------------------------------------------- CLI


def test_admin_commands_and_their_errors(cli, team_home):
    assert cli("users", "add", "ines", "--role", "editor").returncode == 0
    r = cli("users", "add", "ines", "--role", "reader")
    assert r.returncode == 1 and b"already a user named 'ines'" in r.stderr
    r = cli("users", "add", "rafa", "--role", "owner")
    assert r.returncode == 2 and b"invalid choice" in r.stderr
    r = cli("users", "add", "two words", "--role", "reader")
    assert r.returncode == 1 and b"without spaces" in r.stderr
    r = cli("tokens", "create", "nobody")
    assert r.returncode == 1 and b"no user named 'nobody'" in r.stderr

    made = cli("tokens", "create", "ines", "--label", "laptop")
    assert made.returncode == 0
    token = made.stdout.decode().strip()
    assert re.fullmatch(r"cgt_[A-Za-z0-9_-]{43}", token) and b"shown once" in made.stderr
    [listed] = _json_lines(cli("tokens", "list", "--json"))
    assert listed["user"] == "ines" and listed["label"] == "laptop" and listed["revoked_at"] is None
    assert token not in cli("tokens", "list").stdout.decode()
    [u] = _json_lines(cli("users", "list", "--json"))
    assert (u["name"], u["role"], u["tokens"]) == ("ines", "editor", 1)
    assert cli("users", "role", "ines", "reader").returncode == 0
    assert _json_lines(cli("users", "list", "--json"))[0]["role"] == "reader"

    r = cli("tokens", "revoke")
    assert r.returncode == 1 and b"say which tokens" in r.stderr
    r = cli("tokens", "revoke", "99")
    assert r.returncode == 1 and b"no token 99" in r.stderr
    r = cli("tokens", "revoke", token)
    assert r.returncode == 2 and token.encode() not in r.stderr   # a pasted token is not echoed
    assert cli("tokens", "revoke", str(listed["id"])).returncode == 0
    assert _json_lines(cli("tokens", "list", "--json"))[0]["revoked_at"] is not None
    with Store(team_home.store_location) as store:
        with pytest.raises(Refused, match="revoked"):
            authenticate(store, token, "api")


def test_cli_merge_split_ingest_and_reanalyse_are_logged_with_the_os_user(cli, team_home, tmp_path):
    import getpass

    me = getpass.getuser()
    assert cli("merge", "Brelin Harbour Authority", "Port Office of Saltmere").returncode == 0
    [merge] = _json_lines(cli("decisions", "--entity", "Port Office of Saltmere", "--json"))
    assert (merge["action"], merge["user"], merge["via"], merge["user_id"]) == ("merge", me, "cli", None)
    assert {e["name"] for e in merge["before"]["entities"]} == {"Brelin Harbour Authority", "Port Office of Saltmere"}
    assert set(merge["after"]["entity"]["aliases"]) | {merge["after"]["entity"]["name"]} >= {
        "Brelin Harbour Authority", "Port Office of Saltmere"}

    assert cli("split", "Brelin Harbour Authority", "Port Office of Saltmere").returncode == 0
    entries = _json_lines(cli("decisions", "--entity", "Brelin Harbour Authority", "--json"))
    assert [e["action"] for e in entries] == ["split", "merge"]   # newest first
    assert entries[0]["after"]["split_off"] == ["Port Office of Saltmere"]

    page = tmp_path / "note.txt"
    page.write_text("Harbour note\n\nThe Saltmere harbour master said the tide gauge was repaired on Sunday.\n", encoding="utf-8")
    assert cli("ingest", "--no-extract", str(page)).returncode == 0
    [ingest] = _json_lines(cli("decisions", "--doc", "3", "--json"))
    assert ingest["action"] == "ingest" and ingest["user"] == me and ingest["after"]["documents"] == [3]
    assert cli("ingest", "--no-extract", str(page)).returncode == 0   # nothing new: nothing to log
    assert len(_json_lines(cli("decisions", "--json"))) == 3

    r = cli("reanalyse", "3")
    assert r.returncode == 0, r.stderr.decode()
    again = _json_lines(cli("decisions", "--doc", "3", "--json"))
    assert [e["action"] for e in again] == ["re-analyse", "ingest"]
    assert again[0]["before"]["claims"] == 0 and again[0]["after"]["claims"] >= 1
    assert b"re-analyse" in cli("decisions").stdout

    r = cli("decisions", "--doc", "99")
    assert r.returncode == 1 and b"no document 99" in r.stderr


# -------------------------------------------------------------------------------------- API


def test_single_user_server_is_unchanged_and_takes_no_merges(team_home):
    client = TestClient(create_app(team_home))
    status = client.get("/api/status").json()
    assert status["auth_required"] is False and status["user"] is None and status["read_only"] is True
    assert client.get("/").status_code == 200 and "Sign out" not in client.get("/").text
    r = client.post("/api/entities/merge", json={"a": "Brelin Harbour Authority", "b": "Port Office of Saltmere"})
    assert r.status_code == 403 and "read-only" in r.json()["message"]


def test_require_auth_without_users_lets_nobody_in(team_home):
    client = TestClient(create_app(team_home, require_auth=True))
    r = client.get("/api/documents")
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert client.get("/").status_code == 401


def test_roles_tokens_and_the_log_through_the_api(team_home):
    tokens = _users_and_tokens(team_home)
    client = TestClient(create_app(team_home))
    r = client.get("/api/documents")
    assert r.status_code == 401 and r.json()["error"] == "unauthorized" and "Bearer" in r.headers["www-authenticate"]
    assert client.get("/api/documents", headers=_bearer("cgt_not-a-token")).status_code == 401
    assert client.get("/api/entities/Saltmere").status_code == 401

    reader, editor = _bearer(tokens["rafa"]), _bearer(tokens["ines"])
    assert client.get("/api/documents", headers=reader).status_code == 200
    status = client.get("/api/status", headers=reader).json()
    assert (status["user"], status["role"], status["read_only"], status["auth_required"]) == ("rafa", "reader", True, True)
    body = {"a": "Brelin Harbour Authority", "b": "Port Office of Saltmere"}
    r = client.post("/api/entities/merge", json=body, headers=reader)
    assert r.status_code == 403 and "reader" in r.json()["message"]
    assert client.post("/api/entities/split", json={"entity": "Saltmere", "names": ["Saltmere"]}, headers=reader).status_code == 403
    assert client.post("/api/documents/1/reanalyse", headers=reader).status_code == 403
    assert client.get("/api/decisions", headers=reader).json()["items"] == []

    r = client.post("/api/entities/merge", json=body, headers=editor)
    assert r.status_code == 200, r.text
    merged = r.json()
    assert {merged["entity"]["name"], *merged["entity"]["aliases"]} >= {"Brelin Harbour Authority", "Port Office of Saltmere"}
    assert client.post("/api/entities/merge", json={"a": "Saltmere", "b": "Oda Kessling"}, headers=editor).status_code == 400

    entity = client.get("/api/entities/Port%20Office%20of%20Saltmere", headers=reader).json()
    [entry] = entity["decisions"]
    assert (entry["id"], entry["action"], entry["user"], entry["via"]) == (merged["decision"], "merge", "ines", "api")
    log = client.get("/api/decisions?entity=Brelin%20Harbour%20Authority", headers=reader).json()
    assert [d["id"] for d in log["items"]] == [merged["decision"]]
    assert client.get("/api/decisions?entity=Oda%20Kessling", headers=reader).json()["items"] == []

    r = client.post("/api/entities/split", json={"entity": merged["entity"]["id"], "names": ["Port Office of Saltmere"]},
                    headers=editor)
    assert r.status_code == 200, r.text
    assert [d["action"] for d in client.get("/api/decisions?limit=1", headers=reader).json()["items"]] == ["split"]
    page = client.get("/api/decisions?limit=1", headers=reader).json()
    older = client.get(f"/api/decisions?limit=1&cursor={page['next_cursor']}", headers=reader).json()
    assert [d["action"] for d in older["items"]] == ["merge"] and older["next_cursor"] is None

    with Store(team_home.store_location) as store:
        [ines] = [t for t in team_db.tokens(store) if t["user"] == "ines"]
        assert ines["last_used_at"] is not None
        team_db.revoke_tokens(store, "2026-05-04T00:00:00+00:00", user_name="ines")
    r = client.get("/api/documents", headers=editor)
    assert r.status_code == 401 and "revoked" in r.json()["message"]


def test_reanalyse_and_upload_through_the_api_are_logged(team_home):
    tokens = _users_and_tokens(team_home)
    client = TestClient(create_app(team_home, allow_ingest=True))
    editor, reader = _bearer(tokens["ines"]), _bearer(tokens["rafa"])
    r = client.post("/api/documents/2/reanalyse", headers=editor)
    assert r.status_code == 200, r.text
    assert r.json()["analysed"] == 1
    [entry] = client.get("/api/documents/2", headers=reader).json()["decisions"]
    assert (entry["action"], entry["user"], entry["id"]) == ("re-analyse", "ines", r.json()["decision"])
    assert client.post("/api/documents/99/reanalyse", headers=editor).status_code == 404

    text = "Tide gauge repaired\n\nThe Saltmere harbour master said the tide gauge had been repaired on Sunday.\n".encode()
    assert client.post("/api/ingest?filename=gauge.txt", content=text, headers=reader).status_code == 403
    r = client.post("/api/ingest?filename=gauge.txt", content=text, headers=editor)
    assert r.status_code == 201, r.text
    assert r.json()["added"] == 1 and r.json()["decision"] is not None
    [upload] = client.get("/api/decisions?document=3", headers=reader).json()["items"]
    assert (upload["action"], upload["user"], upload["targets"]) == ("upload", "ines", [{"kind": "document", "id": 3, "name": None}])


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', html)
    assert m, "no CSRF token on the page"
    return m.group(1)


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _sign_in(client: TestClient, token: str, **headers):
    """Post the sign-in form as a browser would: with the nonce of the form it was shown."""
    from urllib.parse import urlencode

    page = client.get("/login")
    nonce = re.search(r'name="nonce" value="([A-Za-z0-9_-]+)"', page.text).group(1)
    return client.post("/login", content=urlencode({"nonce": nonce, "token": token}).encode(), headers={**FORM, **headers})


def test_sign_in_cookie_and_csrf_on_the_merge_form(team_home):
    tokens = _users_and_tokens(team_home)
    client = TestClient(create_app(team_home), base_url="http://127.0.0.1:8765")
    r = client.get("/entity?name=Saltmere")
    assert r.status_code == 401 and 'action="/login"' in r.text
    r = _sign_in(client, "cgt_wrong")
    assert r.status_code == 401 and "unknown token" in r.text and "claimgraph_session" not in r.headers.get("set-cookie", "")
    r = _sign_in(client, tokens["ines"], Origin="https://elsewhere.example")
    assert r.status_code == 403 and "claimgraph_session" not in r.headers.get("set-cookie", "")
    # a form posted from another site comes without the sign-in form's cookie
    stranger = TestClient(create_app(team_home), base_url="http://127.0.0.1:8765")
    r = stranger.post("/login", content=f"nonce=guessed&token={tokens['ines']}".encode(), headers=FORM)
    assert r.status_code == 403 and "claimgraph_session" not in r.headers.get("set-cookie", "")
    r = _sign_in(client, tokens["ines"])
    assert r.status_code == 200 and "Signed in as" in r.text
    cookie = r.headers["set-cookie"]
    assert "claimgraph_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie

    page = client.get("/entity?name=Brelin%20Harbour%20Authority")
    assert page.status_code == 200 and "ines" in page.text and "Sign out" in page.text
    csrf = _csrf(page.text)
    a = re.search(r'name="a" value="(\d+)"', page.text).group(1)
    form = {"a": a, "page": "Brelin Harbour Authority", "b": "Port Office of Saltmere"}
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    from urllib.parse import urlencode

    r = client.post("/entity/merge", content=urlencode(form).encode(), headers=headers)
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post("/entity/merge", content=urlencode({**form, "csrf_token": csrf}).encode(),
                    headers={**headers, "Origin": "https://elsewhere.example"})
    assert r.status_code == 403
    # the API with the cookie alone is a write from the page: it needs the CSRF header too
    r = client.post("/api/entities/merge", json={"a": "Brelin Harbour Authority", "b": "Port Office of Saltmere"})
    assert r.status_code == 403
    r = client.post("/entity/merge", content=urlencode({**form, "csrf_token": csrf}).encode(), headers=headers)
    assert r.status_code == 200, r.text
    assert 'class="decision-log"' in r.text and "ines" in r.text and "(web)" in r.text

    client.cookies.clear()
    reader = TestClient(create_app(team_home), base_url="http://127.0.0.1:8765")
    assert _sign_in(reader, tokens["rafa"]).status_code == 200
    page = reader.get("/entity?name=Brelin%20Harbour%20Authority")
    assert page.status_code == 200 and 'action="/entity/merge"' not in page.text and "merge" in page.text
    r = reader.post("/entity/merge", content=urlencode({**form, "csrf_token": _csrf(page.text)}).encode(), headers=headers)
    assert r.status_code == 403
    r = reader.post("/logout", content=urlencode({"csrf_token": _csrf(page.text)}).encode(), headers=headers)
    assert r.status_code == 200 and "Max-Age=0" in r.headers["set-cookie"]

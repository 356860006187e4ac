"""The JSON API through its ASGI app (in process) and, for serve/upload, as a real subprocess."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest
from starlette.testclient import TestClient

from claimgraph.api import create_app
from claimgraph.api import models as M
from claimgraph.archive import Archive
from conftest import add_text_document
from xss.corpus import build_sample

# Every test over the sample runs on SQLite and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


@pytest.fixture(scope="module")
def sample(tmp_path_factory, module_db):
    return build_sample(tmp_path_factory.mktemp("api") / "home", module_db)


@pytest.fixture(scope="module")
def client(sample):
    return TestClient(create_app(sample))


def _all(client, url):
    items, cursor = [], None
    while True:
        page = client.get(url + ("&" if "?" in url else "?") + (f"cursor={cursor}" if cursor else "")).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


def test_documents_list_and_detail(client):
    page = client.get("/api/documents").json()
    assert [d["id"] for d in page["items"]] == [1, 2, 3]
    assert page["next_cursor"] is None
    d = client.get("/api/documents/1").json()
    assert d["article"]["headline"] == "Clinic in Orlen hit twice overnight, residents say"
    assert len(d["claim_list"]) == 3 and d["captures"][0]["origin"] == "lantern-orlen-clinic.txt"
    for c in d["claim_list"]:
        assert d["article"]["body"][c["start"]:c["end"]] == c["content"]


def test_cursor_pagination_walks_every_claim_once(client):
    one_by_one = _all(client, "/api/claims?limit=1")
    assert [c["id"] for c in one_by_one] == list(range(1, 9))
    assert client.get("/api/claims?limit=3").json()["next_cursor"] == "3"


@pytest.mark.parametrize("query, expected", [
    ("speaker=Irena%20Palek", {1, 6}),
    ("kind=direct", {1, 5, 8}),
    ("stance=denies", {2, 5}),
    ("entity=Orlen", {4}),  # mentioned inside the claim's own text
    ("entity=Irena%20Palek", {1, 6}),
    ("q=fuel%20depot", {4}),
    ("date_from=2026-03-03&date_to=2026-03-03", {4, 5, 6}),
    ("date_from=2026-03-04", {7, 8}),
    ("speaker=Ministry%20of%20Defence%20of%20Varnia&kind=direct", {5}),
])
def test_claim_filters(client, query, expected):
    assert {c["id"] for c in _all(client, "/api/claims?" + query)} == expected


@pytest.mark.parametrize("query", ["entity=Irena%20Palek", "entity=Orlen", "entity=Irena%20Palek&kind=direct",
                                   "speaker=Irena%20Palek&kind=direct", "kind=direct&stance=asserts",
                                   "speaker=Irena%20Palek&date_from=2026-03-01&date_to=2026-03-31"])
def test_claim_pages_of_one_give_the_rows_of_one_page_in_the_same_order(client, query):
    # the entity filter takes only a page's worth of each of its id sets (store/queries.py)
    whole = client.get(f"/api/claims?{query}&limit=100").json()
    assert whole["next_cursor"] is None and whole["items"]
    # the page is sent as built, not through its model (api/routes.py): it must be the model's shape
    assert M.ClaimPage.model_validate(whole).model_dump(mode="json") == whole
    assert [c["id"] for c in _all(client, f"/api/claims?{query}&limit=1")] == [c["id"] for c in whole["items"]]


def test_claim_detail_points_to_verified_bytes_of_the_archived_source(client, sample):
    c = client.get("/api/claims/5").json()
    assert c["content"] == "No medical facility was targeted"
    assert c["evidence"] == ["satellite", "statement"]
    src = c["source"]
    assert src["exact"] and src["verified"]
    raw = Archive(sample.archive_dir).read(c["document_sha256"])
    assert raw[src["byte_start"]:src["byte_end"]].decode() == c["content"]
    assert c["source_excerpt"]["match"] == c["content"]
    assert c["captures"][0]["sha256"] == c["document_sha256"]
    # HTML: the claim runs across markup, located in the HTML source and marked approximate.
    h = client.get("/api/claims/7").json()
    assert h["source"]["method"] == "flexible" and not h["source"]["exact"]
    assert h["source_excerpt"]["match"] == "the imagery showed <b>two craters</b> beside the clinic"


def test_entities_and_entity_detail(client):
    names = {e["name"]: e for e in client.get("/api/entities").json()["items"]}
    assert names["Irena Palek"]["documents"] == 2 and names["Irena Palek"]["claims_by"] == 2
    e = client.get("/api/entities/Ministry%20of%20Defence%20of%20Varnia").json()
    assert ("the ministry", 1) in [tuple(a) for a in e["aliases"]]
    assert {c["id"] for c in e["claims_by"]} == {2, 4, 5}
    assert client.get("/api/entities/Nobody").status_code == 404


def test_search_returns_highlighted_snippets(client):
    r = client.get("/api/search", params={"q": "craters"}).json()
    assert [h["id"] for h in r["items"]] == [3]
    assert any(p["match"] and p["text"].lower() == "craters" for p in r["items"][0]["highlights"])
    # Not FTS syntax: searched as plain words rather than failing.
    assert client.get("/api/search", params={"q": 'clinic "'}).status_code == 200


@pytest.mark.parametrize("url", ["/api/search", "/search"])
@pytest.mark.parametrize("q", ["\x00", "craters\x00", "\x00craters"])
def test_search_with_a_nul_is_a_bad_request_not_a_crash(client, url, q):
    # FTS5 reads its query as a C string: a NUL once crashed the search (HTTP 500) or cut the query.
    r = client.get(url, params={"q": q})
    assert r.status_code == 400
    assert "NUL" in r.text and "Traceback" not in r.text


# A page of common words, so that one search for them matches and ranks every page of a home.
_COMMON = ("The town council said the bridge over the river would stay closed while engineers inspect it, "
           "and residents of the town were told to use the ferry until the river falls. ")


def test_a_search_over_its_time_budget_is_refused_by_name(tmp_path, db, monkeypatch, capsys):
    # A search's cost grows with the home and with its terms (120 frequent words held the server
    # for half a minute on 2,000 pages): past its time budget it is stopped and refused, saying what
    # to do. A budget of no time at all makes any search over 300 matching pages over it, without
    # timing anything.
    import claimgraph.store as store_module
    from claimgraph.cli import main
    from claimgraph.settings import Settings
    from claimgraph.store import SearchTooBroad, Store

    settings = Settings.resolve(tmp_path / "home", db)
    with Store(settings.store_location) as store:
        for n in range(1, 301):
            add_text_document(store, n, f"Council notice {n}", _COMMON * 4 + f"Notice number {n}.")
    client = TestClient(create_app(settings))
    q = "town OR river OR bridge OR council"
    assert len(client.get("/api/search", params={"q": q}).json()["items"]) == 20   # within the budget

    monkeypatch.setattr(store_module, "SEARCH_BUDGET_SECONDS", 0)
    said = "too broad for this home"
    advice = "add a rarer word or put the exact quote in double quotes"
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 400 and said in r.json()["message"] and advice in r.json()["message"]
    page = client.get("/search", params={"q": q})
    assert page.status_code == 400 and said in page.text and advice in page.text
    assert "No document matches." not in page.text and '<li class="hit">' not in page.text   # it never ran
    assert main(["search", "--home", str(settings.home), *(["--db", db] if db else []), q]) == 1
    assert advice in capsys.readouterr().err
    with Store(settings.store_location) as store:
        with pytest.raises(SearchTooBroad, match=said):
            store.search(q)
        # the deadline bounded the search's own statements only: the store goes on answering
        assert store.summary().documents == 300 and store.document("300").title == "Council notice 300"
        monkeypatch.undo()
        assert len(store.search(q)) == 20


_ANALYST_QUOTE = "We have no information about the strike and will not comment until the investigation is over"
_UK_QUOTE = "Міністерство оборони поки що не коментує інформацію про удар по лікарні в Херсоні вранці"
_PLACES = ("Wagner OR Prigozhin OR Utkin OR Bakhmut OR Soledar OR Popasna OR Lysychansk OR Sievierodonetsk OR Kreminna "
           "OR Svatove OR Kupiansk OR Izium OR Balakliia")
_URL = "https://www.example.com/news/2023/06/06/dam-breach-what-we-know"


@pytest.mark.parametrize("q, found", [
    (f'"{_ANALYST_QUOTE}"', True),      # a pasted 16-word quote, in quotes
    (_ANALYST_QUOTE, True),             # and as plain words
    (f'"{_UK_QUOTE}"', True),           # a 14-word Ukrainian quote
    (_PLACES, True),                    # 13 place names OR'd
    (_URL, None),                       # a URL (PostgreSQL's parser splits it otherwise than FTS5: answered, not refused)
], ids=["quoted 16 words", "16 words", "quoted Ukrainian", "13 places OR'd", "a URL"])
def test_what_an_analyst_pastes_is_answered_on_both_stores(tmp_path, db, q, found):
    # Session 21 first bounded a search by its words (12) and refused all of these; the time
    # budget answers them, as they cost little on any home.
    from claimgraph.settings import Settings
    from claimgraph.store import Store

    settings = Settings.resolve(tmp_path / "home", db)
    with Store(settings.store_location) as store:
        said = add_text_document(store, 1, "Strike statement", f"A spokesman said: {_ANALYST_QUOTE}. {_UK_QUOTE}. "
                                 f"Fighting was reported near Izium. See {_URL} for more.")
        add_text_document(store, 2, "Weather", "Rain is expected over the coast on Tuesday.")
        cli_hits = [h.id for h in store.search(q)]
    client = TestClient(create_app(settings))
    api = client.get("/api/search", params={"q": q})
    page = client.get("/search", params={"q": q})
    assert api.status_code == 200 and page.status_code == 200
    if found or settings.db is None:
        assert [h["id"] for h in api.json()["items"]] == [said] == cli_hits
        assert page.text.count('<li class="hit">') == 1


@pytest.mark.parametrize("url", ["/api/search", "/search"])
def test_a_search_of_words_phrases_and_prefixes_is_answered_with_hits(client, url):
    for q in (" OR ".join(["craters"] * 12), " OR ".join(["crat*"] * 5), '"the imagery showed two craters" clinic'):
        r = client.get(url, params={"q": q})
        assert r.status_code == 200, (q, r.text[:300])
        # the query is echoed back: only a hit itself shows it was answered
        assert (r.json()["items"] if url.startswith("/api") else '<li class="hit">' in r.text), q


def test_source_bytes_are_an_attachment_never_html(client, sample):
    html_doc = client.get("/api/documents/3").json()
    r = client.get(f"/api/sources/{html_doc['sha256']}")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["content-disposition"] == f'attachment; filename="{html_doc["sha256"]}.txt"'
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-security-policy"].startswith("sandbox")
    assert hashlib.sha256(r.content).hexdigest() == html_doc["sha256"]
    # Uppercase hex is the same object.
    assert client.get(f"/api/sources/{html_doc['sha256'].upper()}").content == r.content


@pytest.mark.parametrize("bad", ["abc", "g" * 64, "a" * 63, "a" * 65, "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a" * 64 + "%00"])
def test_source_route_accepts_only_64_hex_digits(client, bad):
    r = client.get(f"/api/sources/{bad}")
    assert r.status_code in (400, 404)
    body = r.json()
    assert body["status"] == r.status_code and body["message"]
    if r.status_code == 400:
        assert "sha256" in body["message"]


def test_unknown_source_is_404_json(client):
    r = client.get("/api/sources/" + "0" * 64)
    assert r.status_code == 404 and r.json()["error"] == "not_found"


@pytest.mark.parametrize("url, fragment", [
    ("/api/claims?limit=0", "limit"),
    ("/api/claims?limit=abc", "limit"),
    ("/api/claims?kind=shouting", "kind"),
    ("/api/claims?date_from=yesterday", "date_from"),
    ("/api/claims?date_from=2026-13-45", "date_from"),
    ("/api/claims?date_to=2026-02-30", "date_to"),
    ("/api/claims?date_to=2026-00", "date_to"),
    ("/api/relations?type=contradict", "type"),
    ("/api/claims?cursor=xyz", "cursor"),
    ("/api/claims?event=1", "linking stage"),
    ("/api/claims?relation=contradicts", "linking stage"),
    ("/api/claims/0", "claim_id"),
    ("/api/claims/999", "no claim 999"),
    ("/api/documents/999", "no document 999"),
    ("/api/search", "q"),
    ("/api/events/1", "linking stage"),
    ("/api/nothing-here", "no such resource"),
])
def test_errors_are_4xx_json_saying_what_was_wrong(client, url, fragment):
    r = client.get(url)
    assert 400 <= r.status_code < 500
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) == {"status", "error", "message", "details"}
    assert fragment in body["message"]


def test_openapi_documents_typed_models(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/documents", "/api/claims", "/api/claims/{claim_id}", "/api/entities", "/api/events",
                 "/api/search", "/api/sources/{sha256}", "/api/ingest"):
        assert path in spec["paths"], path
    claims_params = {p["name"] for p in spec["paths"]["/api/claims"]["get"]["parameters"]}
    assert {"speaker", "entity", "event", "kind", "relation", "framework", "date_from", "date_to", "q", "cursor"} <= claims_params
    assert "ClaimDetail" in spec["components"]["schemas"]
    page = client.get("/api")
    assert page.status_code == 200 and "/api/claims" in page.text


def test_read_only_by_default(client):
    r = client.post("/api/ingest?filename=x.txt", content=b"hello")
    assert r.status_code == 403 and "--allow-ingest" in r.json()["message"]
    assert client.delete("/api/claims/1").status_code == 405


def test_no_redirects_and_foreign_hosts_refused(sample):
    c = TestClient(create_app(sample, allowed_hosts={"127.0.0.1", "localhost"}), base_url="http://127.0.0.1")
    for url in ("/claims/", "//evil.example/", "/documents/?next=http://evil.example", "/%2F%2Fevil.example"):
        r = c.get(url, follow_redirects=False)
        assert r.status_code < 300 or r.status_code >= 400, url
        assert "location" not in r.headers, url
    r = c.get("/api/status", headers={"host": "evil.example"})
    assert r.status_code == 400 and r.json()["error"] == "bad_host"


def test_upload_needs_allow_ingest_and_the_token(tmp_path):
    from test_browser import serve

    home = tmp_path / "home"
    with serve(home, "--allow-ingest", "--token", "s3cret-token") as base:
        body = "Plain note about the bridge at Orlen.\n\nNothing else here.\n".encode()
        assert httpx.post(f"{base}/api/ingest?filename=note.txt", content=body).status_code == 401
        r = httpx.post(f"{base}/api/ingest?filename=note.txt", content=body, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and "token" in r.json()["message"]
        r = httpx.post(f"{base}/api/ingest?filename=../../note.txt", content=body, headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 400
        r = httpx.post(f"{base}/api/ingest?filename=note.txt", content=body,
                       headers={"Authorization": "Bearer s3cret-token"}, timeout=300)
        assert r.status_code == 201, r.text
        assert r.json()["added"] == 1
        docs = httpx.get(f"{base}/api/documents").json()["items"]
        assert docs[0]["sha256"] == hashlib.sha256(body).hexdigest()
        # the capture records what was uploaded, not where the server kept it for a moment
        detail = httpx.get(f"{base}/api/documents/{docs[0]['id']}").json()
        assert [c["origin"] for c in detail["captures"]] == ["upload:note.txt"]


def test_ids_too_large_for_sqlite_are_a_4xx_not_a_crash(tmp_path):
    """An id past SQLite's 64-bit range must be refused cleanly by the API and the pages."""
    from fastapi.testclient import TestClient

    from claimgraph.api.app import create_app

    home = tmp_path / "home"
    from claimgraph.settings import Settings
    from claimgraph.store import Store

    Store(Settings(home=home).db_path).close()
    client = TestClient(create_app(Settings(home=home)))
    huge = str(2**63)
    for url in (f"/api/documents/{huge}", f"/api/claims/{huge}", f"/api/events/{huge}",
                f"/api/claims?event={huge}", f"/api/claims?document={huge}",
                f"/documents/{huge}", f"/claims/{huge}", f"/events/{huge}"):
        r = client.get(url, headers={"host": "127.0.0.1"})
        assert 400 <= r.status_code < 500, (url, r.status_code)


def test_a_request_body_over_the_bound_is_refused_before_it_is_read(client):
    # a route's body is read before anyone is asked who sent it: the bound is at the door
    # (api/app.py BoundedBodies), whether the size is declared or only arrives (session 19 sweep)
    from claimgraph.api.app import MAX_BODY_BYTES

    name = "x" * (MAX_BODY_BYTES + 1)
    body = json.dumps({"a": name, "b": "Orlen"}).encode()
    declared = client.post("/api/entities/merge", content=body, headers={"content-type": "application/json"})
    streamed = client.post("/api/entities/merge", content=iter([body[:1000], body[1000:]]),
                           headers={"content-type": "application/json"})
    for r in (declared, streamed):
        assert r.status_code == 413 and r.json()["error"] == "too_large"
        assert r.headers["x-content-type-options"] == "nosniff"
    # a body within the bound is read and judged as before
    small = client.post("/api/entities/merge", json={"a": "x" * 301, "b": "Orlen"})
    assert small.status_code == 400 and "1 to 300 characters" in small.json()["message"]
    # an upload streams to a file under its own bound, not this one (this server takes none)
    upload = client.post("/api/ingest?filename=big.txt", content=b"words " * MAX_BODY_BYTES)
    assert upload.status_code == 403


def test_a_body_over_the_bound_on_a_web_path_gets_the_html_error_page(client):
    # a browser user posting a form reads the UI's error page, not a JSON record (session 20 sweep)
    from claimgraph.api.app import MAX_BODY_BYTES

    form = b"a=" + b"y" * MAX_BODY_BYTES + b"&b=Orlen"
    for path in ("/entity/merge", "/login"):
        declared = client.post(path, content=form, headers={"content-type": "application/x-www-form-urlencoded"})
        streamed = client.post(path, content=iter([form[:500], form[500:]]),
                               headers={"content-type": "application/x-www-form-urlencoded"})
        for r in (declared, streamed):
            assert r.status_code == 413, (path, r.status_code)
            assert r.headers["content-type"].startswith("text/html"), r.headers["content-type"]
            assert "larger than" in r.text and "<html" in r.text.lower()
            assert r.headers["x-content-type-options"] == "nosniff"
    # the JSON API keeps its JSON answer
    api = client.post("/api/entities/merge", content=form, headers={"content-type": "application/json"})
    assert api.status_code == 413 and api.json()["error"] == "too_large"


def test_a_declared_body_over_the_bound_is_refused_without_reading_a_byte():
    # by its Content-Length alone, before any receive() (a client waiting on Expect: 100-continue sends nothing)
    import asyncio

    from claimgraph.api.app import MAX_BODY_BYTES, BoundedBodies

    async def app(scope, receive, send):
        raise AssertionError("the app must not be reached")

    async def receive():
        raise AssertionError("the body must not be read")

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/entities/merge",
             "headers": [(b"content-length", str(MAX_BODY_BYTES + 1).encode())]}
    asyncio.run(BoundedBodies(app)(scope, receive, send))
    assert sent[0]["status"] == 413 and b"too_large" in sent[1]["body"]

"""Server-rendered pages: every view renders, carries the security headers, and hostile page
text never becomes markup (checked structurally on the HTML; test_browser.py checks in Chromium)."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from claimgraph.api import create_app
from claimgraph.api.app import CSP
from xss.corpus import SPEAKER_PAYLOAD, build_hostile, build_hostile_extracted, build_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return TestClient(create_app(build_sample(tmp_path_factory.mktemp("web") / "home")))


@pytest.fixture(scope="module", params=["handmade", "extracted"])
def hostile(request, tmp_path_factory):
    """The XSS corpus, with a hand-written all-payload analysis, or as the real extractor reads it."""
    build = build_hostile if request.param == "handmade" else build_hostile_extracted
    return TestClient(create_app(build(tmp_path_factory.mktemp("web-hostile") / "home")))


class Markup(HTMLParser):
    """Collects what could execute: script elements, event-handler attributes, dangerous URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.scripts: list[dict] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts.append(a)
            self._in_script = True
        if tag in ("iframe", "object", "embed", "svg", "img", "base", "frame", "math", "style", "form") and tag != "form":
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and "http-equiv" in a:
            self.problems.append("meta http-equiv")
        if tag == "link" and a.get("href") != "/static/style.css":
            self.problems.append(f"link to {a.get('href')}")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in ("href", "src", "action", "formaction", "data", "xlink:href") and value:
                v = "".join(value.split()).lower()
                if v.startswith(("javascript:", "data:", "vbscript:")) or v.startswith("//") or "://" in v:
                    self.problems.append(f"{name}={value!r} on <{tag}>")
            if name == "style":
                self.problems.append("inline style attribute")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append("inline script")


def check_page(client, url):
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    m = Markup()
    m.feed(r.text)
    assert m.scripts == [{"src": "/static/app.js", "defer": None}], (url, m.scripts)
    assert not m.problems, (url, m.problems)
    return r


SAMPLE_PAGES = ["/", "/search", "/search?q=clinic", "/search?q=%22fuel+depot%22", "/documents", "/documents/1", "/documents/3",
                "/claims", "/claims?kind=direct&stance=asserts", "/claims/1", "/claims/7", "/entities", "/entities?type=PERSON",
                "/entity?name=Irena%20Palek", "/timeline", "/timeline?entity=Orlen", "/api"]


@pytest.mark.parametrize("url", SAMPLE_PAGES)
def test_every_view_renders_with_security_headers(sample, url):
    check_page(sample, url)


def test_document_view_highlights_each_claim_speaker_cue_evidence_and_entity(sample):
    text = check_page(sample, "/documents/2").text
    for cls in ("hl claim k-indirect", "hl claim k-direct", "hl speaker", "hl cue", "hl evidence", "hl entity"):
        assert cls in text, cls
    assert 'href="/claims/5"' in text


def test_claim_page_shows_the_source_characters_sha_and_capture(sample):
    c = sample.get("/api/claims/8").json()
    text = check_page(sample, "/claims/8").text
    assert f'<mark id="hl" class="srcmark">{c["content"]}</mark>' in text
    assert c["document_sha256"] in text and "geotrace.example/orlen-craters" in text
    assert "2026-03-04T12:00:00+00:00" in text  # captured-at from the capture record


def test_timeline_groups_claims_by_day_with_speaker_stances(sample):
    text = check_page(sample, "/timeline").text
    assert text.index("2026-03-02") < text.index("2026-03-03") < text.index("2026-03-04")
    assert "Speakers and their stance" in text


def test_linking_views_are_hidden_until_their_tables_exist(sample):
    home = sample.get("/").text
    for path in ("/events", "/contested", "/legal"):
        assert f'href="{path}"' not in home
        r = sample.get(path)
        assert r.status_code == 404 and "linking stage" in r.text


def test_static_files_and_errors(sample):
    r = sample.get("/static/app.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert r.headers["x-content-type-options"] == "nosniff"
    r = sample.get("/claims/12345")
    assert r.status_code == 404 and "no claim 12345" in r.text
    assert r.headers["content-security-policy"] == CSP
    r = sample.get("/source/not-a-sha")
    assert r.status_code == 400 and "64 hex digits" in r.text
    sha = sample.get("/api/documents").json()["items"][0]["sha256"]
    # a reversed (or empty) range was answered 200 with no highlight
    for bad in ("start=50&end=10", "start=10&end=10"):
        r = sample.get(f"/source/{sha}?{bad}")
        assert r.status_code == 400 and "start" in r.text and "end" in r.text, bad
    assert sample.get(f"/source/{sha}?start=10&end=50").status_code == 200
    assert sample.get("/static/../templates/base.html").status_code == 404


def test_hostile_corpus_never_becomes_markup(hostile, request):
    urls = ["/", "/search?q=window", "/search?q=" + quote("<script>"), "/documents", "/claims", "/entities", "/timeline",
            "/claims?" + "speaker=" + quote(SPEAKER_PAYLOAD)]
    docs = hostile.get("/api/documents").json()["items"]
    assert any(d["kind"] == "telegram" for d in docs) and any(d["kind"] == "html" for d in docs)
    for d in docs:
        urls += [f"/documents/{d['id']}", f"/source/{d['sha256']}"]
    for c in hostile.get("/api/claims?limit=500").json()["items"]:
        urls.append(f"/claims/{c['id']}")
        if c["speaker"]:
            urls.append("/entity?name=" + quote(c["speaker"]))
    assert len(urls) > 20
    for url in urls:
        text = check_page(hostile, url).text
        assert "<script>window" not in text
    # The payloads are shown, as text.
    assert "&lt;script&gt;window.__xss=30" in hostile.get("/documents").text  # the Telegram channel name
    if "handmade" in request.node.name:  # a capture whose file name is a payload
        named = next(d for d in docs if "svg onload" in d["origin"])
        assert "&#34;&gt;&lt;svg onload=window.__xss=60&gt;.txt" in hostile.get(f"/documents/{named['id']}").text
        # headline claims (stored beside the article) are shown, escaped
        page = hostile.get(f"/documents/{docs[0]['id']}").text
        assert "In the headline" in page and "says&lt;script&gt;window.__xss=55" in page


def test_search_marks_cannot_be_forged_by_a_page(hostile, request):
    # The HTML page writes U+E000 / U+E001 (once a fixed choice of match markers) around a word.
    r = hostile.get("/api/search", params={"q": "saw"}).json()
    assert r["items"]
    if "handmade" in request.node.name:
        forged = [h for h in r["items"] if "\ue000" in h["snippet"]]
        assert forged, "the page's marker characters should be in the snippet, as text"
    for hit in r["items"]:
        assert {p["text"].lower() for p in hit["highlights"] if p["match"]} == {"saw"}


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """The sample plus linking-stage rows (migration 0004's tables), written here directly so the
    views are tested without depending on the linker itself."""
    from claimgraph.store import Store

    settings = build_sample(tmp_path_factory.mktemp("web-linked") / "home")
    with Store(settings.db_path) as store:
        c = store.conn
        c.execute("INSERT INTO link_events(id, label, date_min, date_max, profile) VALUES (1, 'Orlen clinic strike', '2026-03-02',"
                  " '2026-03-04', '{\"places\": {\"Orlen\": 3}}')")
        c.executemany("INSERT INTO link_event_claims(claim_id, event_id) VALUES (?, 1)", [(i,) for i in range(1, 9)])
        c.execute("INSERT INTO link_claim_relations(claim_a, claim_b, type, reason, independent, confidence, event_id)"
                  " VALUES (2, 6, 'contradicts', 'struck the clinic vs no military use <script>window.__xss=1</script>', 1, 0.9, 1)")
        c.execute("INSERT INTO link_claim_relations(claim_a, claim_b, type, reason, independent, confidence, event_id)"
                  " VALUES (7, 8, 'corroborates', 'same account: craters, double strike', 0, 0.7, 1)")
        c.execute("INSERT INTO link_legal(document_id, claim_id, framework, provision, label, trigger, start, \"end\", speaker, polarity)"
                  " VALUES (1, 1, 'IHL', 'API I art. 12', 'attack on a medical unit', 'clinic', 0, 10, 'Irena Palek', 'alleges')")
        c.execute("INSERT INTO link_legal(document_id, claim_id, framework, provision, label, trigger, start, \"end\", speaker, polarity)"
                  " VALUES (1, NULL, 'IHL', 'API I art. 51', 'attack on civilians', 'dead', 100, 130, NULL, 'alleges')")
        c.execute("INSERT INTO link_entities(id, type, name) VALUES (1, 'ORG', 'Ministry of Defence of Varnia')")
        c.executemany("INSERT INTO link_entity_names(canonical_id, name) VALUES (1, ?)", [("Ministry of Defence of Varnia",), ("Varnian MoD",)])
        c.execute("INSERT INTO link_claim_origins(claim_id, speaker_id, origin, origin_name) VALUES (3, 1, 'e:1', 'Ministry of Defence of Varnia')")
    return TestClient(create_app(settings))


def test_linking_views_appear_with_their_data(linked):
    home = check_page(linked, "/").text
    for path in ("/events", "/contested", "/legal"):
        assert f'href="{path}"' in home
        check_page(linked, path)
    timeline = check_page(linked, "/events/1").text
    assert "Orlen clinic strike" in timeline and "places: Orlen" in timeline
    contested = check_page(linked, "/contested").text
    assert "struck the clinic vs no military use &lt;script&gt;" in contested and "independent origins" in contested
    legal = check_page(linked, "/legal").text
    assert "API I art. 12" in legal and "own voice" in legal
    claim = check_page(linked, "/claims/2").text
    assert 'href="/claims/6"' in claim and "contradicts" in claim
    # Filters on the linking stage.
    ids = lambda url: {c["id"] for c in linked.get(url).json()["items"]}  # noqa: E731
    assert ids("/api/claims?relation=contradicts") == {2, 6}
    assert ids("/api/claims?event=1&kind=direct") == {1, 5, 8}
    assert ids("/api/claims?framework=IHL") == {1}
    # A canonical entity gathers claims by origin (claim 3 is attributed by the linker).
    assert 3 in ids("/api/claims?entity=Varnian%20MoD")
    e = linked.get("/api/entities/Varnian%20MoD").json()
    assert e["name"] == "Ministry of Defence of Varnia" and 3 in {c["id"] for c in e["claims_by"]}
    assert linked.get("/api/relations").json()[0]["reason"].startswith("struck the clinic")
    assert linked.get("/api/legal").json()[0]["entries"][1]["claim"] is None
    assert [e["name"] for e in linked.get("/api/events").json()] == ["Orlen clinic strike"]
    assert len(linked.get("/api/events/1").json()["claims"]) == 8


@pytest.mark.parametrize("q", ['"', '""', '" "'])
def test_search_without_words_lists_no_claims(sample, q):
    # Quotes alone leave no word to look for: the claims "containing these words" are none,
    # not every claim of the store.
    r = check_page(sample, "/search?q=" + quote(q))
    assert 'href="/claims/' not in r.text
    assert 'href="/claims/' in check_page(sample, "/search?q=clinic").text  # the control: words do list claims


@pytest.mark.parametrize("dates", ["date_from=2026-13-01", "date_to=2026-02-30", "date_from=2026-00"])
def test_claims_page_refuses_a_date_not_in_the_calendar(sample, dates):
    r = sample.get("/claims?" + dates)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert check_page(sample, "/claims?date_from=2026-02-28&date_to=").status_code == 200  # a real day, an empty field


@pytest.mark.parametrize("bad", ["kind=shouting", "stance=maybe", "relation=contradict"])
def test_claims_page_refuses_a_kind_stance_or_relation_it_does_not_know(sample, bad):
    # a misspelt filter answered "no claims", as if none matched; it is a 400 saying which, as in the API
    r = sample.get("/claims?" + bad)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert bad.split("=")[0] in r.text
    assert check_page(sample, "/claims?kind=direct&stance=&relation=").status_code == 200  # known values, empty fields


def test_a_document_with_bytes_not_utf8_says_how_many(tmp_path):
    from claimgraph.ingest import Ingestor
    from claimgraph.settings import Settings

    src = tmp_path / "pasted.txt"
    src.write_bytes("Мэр Орлена заявил, что паром выйдет в понедельник.\n".encode("utf-8")
                    + "Голова громади повідомив про ремонт.\n".encode("cp1251"))
    settings = Settings.resolve(tmp_path / "home", None)
    ingestor = Ingestor(settings)
    try:
        report = ingestor.run([str(src)])
    finally:
        ingestor.close()
    assert report.added == 1 and not report.rejected
    page = TestClient(create_app(settings)).get(f"/documents/{report.added_ids[0]}")
    assert page.status_code == 200
    assert "31 bytes not UTF-8 in a UTF-8 text" in page.text

"""Structural checks for the bundled demo corpus (examples/corpus) and its gold (examples/gold).

These guard the hand-written gold against drift: when a document is edited, the gold must still
match it (claim spans, body paragraphs, WARC and Telegram locators, event coverage ...).
"""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"
GOLD = EXAMPLES / "gold"

KINDS = {"direct", "indirect", "mixed", "according_to", "no_comment"}
EVIDENCE = {"video", "photo", "satellite", "document", "intercept", "social_media", "report", "statement", "data"}
STANCES = {"asserts", "denies", "questions", None}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MILITARY_UNIT", "EQUIPMENT"}
FORMATS = {"txt", "html", "warc", "telegram"}


def _load_docs() -> list[dict]:
    docs = []
    for p in sorted(GOLD.glob("*.json")):
        if p.name == "links.json":
            continue
        d = json.loads(p.read_text(encoding="utf-8"))
        d["_file"] = p.name
        docs.append(d)
    return docs


DOCS = _load_docs()
LINKS = json.loads((GOLD / "links.json").read_text(encoding="utf-8"))
BY_ID = {d["id"]: d for d in DOCS}
CLAIMS = {c["id"]: (d, c) for d in DOCS for c in d["claims"]}


def _warc_records() -> list[tuple[str, str, str | None, bytes]]:
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with open(CORPUS / "web-capture.warc.gz", "rb") as fh:
        for rec in ArchiveIterator(fh):
            ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
            out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), ctype, rec.content_stream().read()))
    return out


def _telegram(path: str) -> dict:
    return json.loads((CORPUS / path).read_text(encoding="utf-8"))


def _tg_text(msg: dict) -> str:
    t = msg["text"]
    return t if isinstance(t, str) else "".join(p if isinstance(p, str) else p["text"] for p in t)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    return "".join(p.parts)


def _raw_text(doc: dict) -> str:
    """The document's visible text as a reader would see it (HTML tags stripped, entities decoded)."""
    src = doc["source"]
    if doc["format"] == "txt":
        return (CORPUS / src["path"]).read_text(encoding="utf-8")
    if doc["format"] == "html":
        return _html_text((CORPUS / src["path"]).read_text(encoding="utf-8"))
    if doc["format"] == "warc":
        for typ, uri, _ct, payload in _warc_records():
            if typ == "response" and uri == src["target_uri"]:
                return _html_text(payload.decode("utf-8"))
        raise AssertionError(f"no response for {src['target_uri']}")
    msgs = {m["id"]: m for m in _telegram(src["path"])["messages"]}
    return _tg_text(msgs[src["message_id"]])


def test_enough_documents_and_formats():
    assert len(DOCS) >= 9
    assert {d["format"] for d in DOCS} == FORMATS
    assert len(list(CORPUS.glob("*.txt"))) >= 3
    assert len(list(CORPUS.glob("*.html"))) >= 3
    assert list(CORPUS.glob("telegram/*/result.json"))
    assert (CORPUS / "web-capture.warc.gz").is_file()


def test_corpus_holds_only_documents():
    allowed = {".txt", ".html", ".json", ".gz", ".pdf", ".wacz"}
    for p in CORPUS.rglob("*"):
        if p.is_file():
            assert p.suffix in allowed, p
            if p.suffix == ".json":
                assert p.name == "result.json", p


def test_required_fields():
    for d in DOCS:
        for key in ("id", "source", "event", "outlet", "published", "headline", "author", "body",
                    "body_start", "body_end", "image_captions", "boilerplate_examples", "claims", "entities", "relations"):
            assert key in d, (d["_file"], key)
        assert d["_file"] == f"{d['id']}.json"
        assert d["author"], d["id"]
        assert d["published"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]), d["id"]
        if d["format"] != "telegram":
            assert d["headline"], d["id"]
        assert d["body"].startswith(d["body_start"]) and d["body"].endswith(d["body_end"]), d["id"]
        assert "\n\n\n" not in d["body"] and d["body"] == d["body"].strip()


def test_source_paths_exist():
    for d in DOCS:
        assert (CORPUS / d["source"]["path"]).is_file(), d["source"]
        if d["format"] == "warc":
            assert "target_uri" in d["source"]
        if d["format"] == "telegram":
            assert isinstance(d["source"].get("message_id"), int)


def test_claims_are_spans_of_the_body():
    for d in DOCS:
        assert d["claims"], d["id"]
        for c in d["claims"]:
            assert c["content"] in d["body"], (c["id"], c["content"])
            for extra in c["extra_content"]:
                assert extra in d["body"], (c["id"], extra)
            if c.get("speaker_text"):
                assert c["speaker_text"] in d["body"], (c["id"], c["speaker_text"])
            assert c["kind"] in KINDS, c["id"]
            assert set(c["evidence"]) <= EVIDENCE, c["id"]
            assert c["stance"] in STANCES, c["id"]
            if c["kind"] == "no_comment":
                assert c["stance"] is None, c["id"]
            assert c["speaker"], c["id"]


def test_claim_ids_unique_across_corpus():
    ids = [c["id"] for d in DOCS for c in d["claims"]]
    assert len(ids) == len(set(ids))
    for d in DOCS:
        for c in d["claims"]:
            assert c["id"].startswith(d["id"] + "-c"), c["id"]


def test_every_claim_kind_is_represented():
    assert {c["kind"] for _, c in CLAIMS.values()} == KINDS
    assert any(c["speaker"].startswith("anonymous:") for _, c in CLAIMS.values())


def test_relations_refer_to_existing_claims():
    assert LINKS["relations"]
    types = set()
    for r in LINKS["relations"]:
        assert r["a"] in CLAIMS and r["b"] in CLAIMS, r
        assert r["a"] != r["b"]
        assert r["type"] in {"corroborates", "contradicts"}, r
        assert isinstance(r["independent"], bool) and r["why"], r
        types.add((r["type"], r["independent"]))
    assert ("corroborates", False) in types and ("corroborates", True) in types and ("contradicts", True) in types
    for d in DOCS:
        ids = {c["id"] for c in d["claims"]}
        for r in d["relations"]:
            assert r["a"] in ids and r["b"] in ids, r


def test_events_have_three_outlets():
    events = {e["id"]: e for e in LINKS["events"]}
    assert len(events) >= 3
    for ev_id, ev in events.items():
        docs = [d for d in DOCS if d["event"] == ev_id]
        assert len(docs) >= 3, ev_id
        assert len({d["outlet"] for d in docs}) >= 3, ev_id
        assert set(ev["docs"]) == {d["id"] for d in docs}, ev_id
    for d in DOCS:
        assert d["event"] in events, d["id"]


def test_txt_gold_matches_raw_file():
    for d in DOCS:
        if d["format"] != "txt":
            continue
        raw = (CORPUS / d["source"]["path"]).read_text(encoding="utf-8")
        assert d["headline"] in raw, d["id"]
        assert d["body_start"] in raw and d["body_end"] in raw, d["id"]
        assert raw.index(d["body_start"]) < raw.index(d["body_end"])
        for cap in d["image_captions"]:
            assert cap["caption"] in raw and cap["credit"] in raw, cap
        for b in d["boilerplate_examples"]:
            assert b in raw, b


def test_every_body_paragraph_is_in_the_source():
    for d in DOCS:
        text = _raw_text(d)
        for para in d["body"].split("\n\n"):
            assert para in text, (d["id"], para[:60])
        if d["headline"]:
            assert d["headline"] in text, d["id"]
        if d["format"] in ("html", "warc"):
            for cap in d["image_captions"]:
                assert cap["caption"] in text and cap["credit"] in text, (d["id"], cap)
            assert d["author"] in text, d["id"]


def test_boilerplate_is_not_in_body():
    for d in DOCS:
        for cap in d["image_captions"]:
            assert cap["caption"] not in d["body"], d["id"]
        for b in d["boilerplate_examples"]:
            assert b not in d["body"].split("\n\n"), (d["id"], b)


def test_warc_reads_back_with_a_response_per_target_uri():
    recs = _warc_records()
    types = [r[0] for r in recs]
    assert "warcinfo" in types and "request" in types
    html_responses = {uri: payload for typ, uri, ct, payload in recs if typ == "response" and ct and ct.startswith("text/html")}
    assert len(html_responses) >= 3
    assert any(typ == "response" and ct and not ct.startswith("text/html") for typ, _, ct, _ in recs)
    for d in DOCS:
        if d["format"] == "warc":
            payload = html_responses[d["source"]["target_uri"]]
            assert payload.lstrip().lower().startswith(b"<!doctype html"), d["id"]


def test_warc_rebuild_is_deterministic():
    spec = importlib.util.spec_from_file_location("build_warc", EXAMPLES / "build_warc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build() == (CORPUS / "web-capture.warc.gz").read_bytes()
    # the committed file is a series of gzip members, one per record
    assert gzip.decompress((CORPUS / "web-capture.warc.gz").read_bytes()).startswith(b"WARC/1.")


def test_telegram_export_shape_and_message_ids():
    paths = {d["source"]["path"] for d in DOCS if d["format"] == "telegram"}
    assert paths
    for path in paths:
        exp = _telegram(path)
        assert exp["type"] == "public_channel" and isinstance(exp["id"], int) and exp["name"]
        msgs = {m["id"]: m for m in exp["messages"]}
        assert any(m["type"] == "service" for m in msgs.values())
        assert any(m.get("photo") and _tg_text(m) == "" for m in msgs.values())
        assert any("forwarded_from" in m for m in msgs.values())
        assert any(isinstance(m["text"], list) for m in msgs.values())
        for m in msgs.values():
            if m["type"] == "message":
                assert m["from_id"] == f"channel{exp['id']}" and m["from"] == exp["name"]
                assert "".join(e["text"] for e in m["text_entities"]) == _tg_text(m)
                assert str(int(m["date_unixtime"])) == m["date_unixtime"]
        for d in DOCS:
            if d["source"]["path"] == path:
                m = msgs[d["source"]["message_id"]]
                assert m["type"] == "message"
                assert _tg_text(m) == d["body"], d["id"]
                assert d["author"] == exp["name"]


def test_entities_and_aliases_occur_in_their_document():
    for d in DOCS:
        text = (d["headline"] or "") + "\n\n" + d["body"]
        for e in d["entities"]:
            assert e["type"] in ENTITY_TYPES, e
            for a in e["aliases"]:
                assert a in text, (d["id"], e["name"], a)


def test_links_entities_non_merge_and_legal():
    names = {e["name"] for e in LINKS["entities"]}
    for e in LINKS["entities"]:
        assert e["type"] in ENTITY_TYPES
        for m in e["mentions"]:
            assert m["doc"] in BY_ID, m
            doc_ent = [x for x in BY_ID[m["doc"]]["entities"] if x["name"] == e["name"]]
            assert doc_ent and m["alias"] in doc_ent[0]["aliases"], (e["name"], m)
    # name variation: some entity is mentioned under several different surface forms across docs
    assert any(len({m["doc"] for m in e["mentions"]}) >= 3 and len({m["alias"] for m in e["mentions"]}) >= 3
               for e in LINKS["entities"])
    assert len(LINKS["non_merge"]) >= 2
    for nm in LINKS["non_merge"]:
        assert nm["a"] in names and nm["b"] in names and nm["a"] != nm["b"], nm
    frameworks = set()
    for item in LINKS["legal"]:
        d = BY_ID[item["doc"]]
        assert item["trigger"] in d["body"], item
        if item.get("claim"):
            assert item["claim"] in CLAIMS and CLAIMS[item["claim"]][0]["id"] == d["id"], item
            claim = CLAIMS[item["claim"]][1]
            assert any(item["trigger"] in t for t in [claim["content"], *claim["extra_content"]]), item
        assert item["provision"].startswith(item["framework"]), item
        frameworks.add(item["framework"])
    assert {"Genocide Convention", "Rome Statute"} <= frameworks
    provisions = {i["provision"] for i in LINKS["legal"]}
    for art in ("II(a)", "II(b)", "II(c)", "II(d)", "II(e)", "III(b)", "III(c)", "III(d)", "III(e)"):
        assert f"Genocide Convention Art. {art}" in provisions, art


@pytest.mark.parametrize("doc_id", sorted(BY_ID))
def test_html_entities_decoded_in_gold(doc_id):
    # gold is clean text: no HTML entities or tags leak into bodies
    body = BY_ID[doc_id]["body"]
    assert html.unescape(body) == body or "&" not in body
    assert not re.search(r"</?(p|a|div|span|h2)\b", body)

"""PDF reports and WACZ captures in: the real readers, store, pipeline and web app.

The PDFs are written byte for byte by examples/pdfwriter.py from sentences written for these
tests (an invented port town, inquiry and officials); the WACZs are built here or by
examples/build_evidence.py from our own pages.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from conftest import CORPUS, REPO

sys.path.insert(0, str(REPO / "examples"))

from build_evidence import build_pdf, build_wacz  # noqa: E402
from pdfwriter import Block, Line, Page, flate_of_spaces, layout_report, pdf_bytes  # noqa: E402

from claimgraph.api import create_app  # noqa: E402
from claimgraph.extract.article import extract_article  # noqa: E402
from claimgraph.ingest import Ingestor, analyse_pending  # noqa: E402
from claimgraph.settings import Settings  # noqa: E402
from claimgraph.sources import InputFile, SourceDocument, SourceError, open_input  # noqa: E402
from claimgraph.store import Store  # noqa: E402

TITLE = "Fire at the Merrow Grain Terminal: Findings of the Harbour Inquiry"
INQUIRY = [
    Block("title", TITLE),
    Block("meta", "By Edda Marsh and Tobias Klee"),
    Block("meta", "2 February 2026"),
    Block("heading", "What happened"),
    Block("para", "The fire at the Merrow grain terminal started in the conveyor tunnel under silo four shortly "
                  "after midnight on 9 January 2026. The sprinkler valves in the tunnel had been closed for repairs "
                  "since November.",
          [("November.", "1", "Maintenance log of the terminal operator, entries for November and December 2025.")]),
    Block("para", "The night shift consisted of three workers, and none of them had been trained to open the "
                  "valves by hand. The harbour fire brigade reached the terminal eleven minutes after the alarm."),
    Block("break", ""),
    Block("heading", "The operator's account"),
    Block("para", "The terminal manager, Ivo Brandt, told the inquiry that the valves had been closed for one "
                  "week at most. The maintenance log shows that they stayed closed for nine weeks.",
          [("weeks.", "2", "The inquiry received the log from the port authority on 20 January 2026.")]),
    Block("para", "The silo walls held, and no grain dust exploded. The terminal lost about 4,000 tonnes of "
                  "wheat to smoke and water."),
]


def inquiry_pdf() -> bytes:
    return pdf_bytes(layout_report(INQUIRY, "Merrow Harbour Inquiry · Interim report", "Merrow inquiry — page {page} of {pages}"),
                     {"Title": TITLE, "Author": "Merrow Harbour Inquiry", "CreationDate": "D:20260202120000Z"})


def _open(path: Path):
    return open_input(InputFile(path, path.name), Settings())


def _ingest(tmp_path: Path, *paths: Path, analyse: bool = True):
    settings = Settings.resolve(tmp_path / "home")
    ingestor = Ingestor(settings)
    try:
        report = ingestor.run([str(p) for p in paths])
        if analyse:
            analyse_pending(ingestor.store, n_process=1)
    finally:
        ingestor.close()
    return settings, report


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------------
# PDF


def test_pdf_with_a_text_layer_becomes_an_article_without_its_boilerplate(tmp_path):
    opened = _open(_write(tmp_path, "inquiry.pdf", inquiry_pdf()))
    assert opened.kind == "pdf" and opened.container_media_type is None
    [doc] = list(opened.documents)
    assert doc.media_type == "application/pdf" and doc.kind == "pdf"
    assert doc.metadata["page_count"] == 2 and len(doc.metadata["pages"]) == 2
    assert doc.metadata["pages_without_text"] == []
    # The text layer keeps everything; the article keeps only the report's prose.
    assert "Merrow Harbour Inquiry · Interim report" in doc.text and "page 2 of 2" in doc.text
    article = extract_article(doc.text, doc.kind, metadata=doc.metadata)
    assert article.headline == TITLE
    assert article.author == "Edda Marsh and Tobias Klee"
    assert article.published == "2026-02-02"
    assert article.outlet == "Merrow Harbour Inquiry"
    body = article.body
    for boilerplate in ("Interim report", "page 1 of 2", "What happened", "The operator's account",
                        "Maintenance log of the terminal operator", "received the log from the port authority",
                        "Edda Marsh", "2 February 2026"):
        assert boilerplate not in body, boilerplate
    # footnote markers gone, the words around them intact
    assert "since November. The night shift" not in body  # a paragraph break, not a run-on
    assert "since November.\n\nThe night shift" in body
    assert "nine weeks.\n\nThe silo walls" in body
    assert not re.search(r"[a-z.]\d", body.replace("4,000", "")), body
    assert len(article.paragraphs) == 4
    # Every body character was copied from the text: the run map is exact.
    spans = article.spans
    assert len(spans["body_runs"]) == len(spans["source_runs"]) > 0
    for b, s in zip(spans["body_runs"], spans["source_runs"]):
        assert body[b.start:b.end] == doc.text[s.start:s.end]


def test_a_word_hyphenated_at_a_line_end_is_joined_and_a_paragraph_crosses_a_page_break(tmp_path):
    size = 10
    page1 = Page([Line(72, 700, [("The inspectors found that the loading crane had been out of service and emp-", "F1", size, 0)]),
                  Line(72, 686.5, [("tied of oil for a month, and that nobody on the night shift knew", "F1", size, 0)])])
    page2 = Page([Line(72, 700, [("where the spare key to the control cabin was kept.", "F1", size, 0)]),
                  Line(72, 660, [("A second paragraph starts after a wider gap between the lines.", "F1", size, 0)])])
    [doc] = list(_open(_write(tmp_path, "crane.pdf", pdf_bytes([page1, page2]))).documents)
    article = extract_article(doc.text, doc.kind, metadata=doc.metadata)
    assert article.paragraphs == [
        "The inspectors found that the loading crane had been out of service and emptied of oil for a month, and "
        "that nobody on the night shift knew where the spare key to the control cabin was kept.",
        "A second paragraph starts after a wider gap between the lines.",
    ]


def test_pdf_without_a_text_layer_is_rejected_as_such_and_a_partly_scanned_one_says_which_pages(tmp_path):
    scanned = _write(tmp_path, "scan.pdf", pdf_bytes([Page(image=True), Page(image=True)]))
    settings, report = _ingest(tmp_path, scanned, analyse=False)
    assert report.added == 0
    [rejection] = report.rejected
    assert "no text layer" in rejection.reason and "2 page(s)" in rejection.reason
    with Store(settings.db_path) as store:
        assert store.summary().documents == 0

    text_page = Page([Line(72, 700, [("The harbour master signed the closure order on 10 January.", "F1", 10, 0)])])
    mixed = _write(tmp_path, "mixed.pdf", pdf_bytes([text_page, Page(image=True)]))
    [doc] = list(_open(mixed).documents)
    assert doc.metadata["pages_without_text"] == [2]
    assert "closure order" in doc.text


def test_pages_without_a_text_layer_are_said_by_ingest_and_show_not_left_silent(cli, tmp_path):
    # Stored, a partly scanned PDF once showed its missing pages only on the web page: the CLI
    # said "added: 1 (1 pdf)" as for a PDF read whole.
    lines = [Line(72, 700, [("The harbour master signed the closure order on 10 January.", "F1", 10, 0)])]
    mixed = _write(tmp_path, "mixed.pdf", pdf_bytes([Page(lines), Page(image=True), Page(image=True)]))
    whole = _write(tmp_path, "whole.pdf", pdf_bytes([Page(lines[:1] + [Line(72, 680, [("It was lifted a week later.", "F1", 10, 0)])])]))
    r = cli("ingest", "--no-extract", str(mixed), str(whole))
    out = r.stdout.decode()
    assert r.returncode == 0, out + r.stderr.decode()
    assert "  added: 2 (2 pdf)" in out
    noted = [ln for ln in out.splitlines() if ln.startswith("  read in part ")]
    assert noted == [f"  read in part {mixed}: no text layer on pages 2, 3 of 3 (scanned or drawn; not read: run OCR "
                     "on the file to read them)"]
    shown = cli("show", "1").stdout.decode()
    assert "  pdf:      no text layer on pages 2, 3 of 3" in shown
    assert "pdf: " not in cli("show", "2").stdout.decode()


def test_an_upload_of_a_partly_scanned_pdf_says_which_pages_were_not_read(tmp_path):
    lines = [Line(72, 700, [("The pilot boat was moved to the inner basin on 3 March.", "F1", 10, 0)])]
    body = pdf_bytes([Page(lines), Page(image=True)])
    client = TestClient(create_app(Settings.resolve(tmp_path / "home"), allow_ingest=True, token="t0ken-for-the-test"))
    r = client.post("/api/ingest?filename=basin.pdf", content=body, headers={"Authorization": "Bearer t0ken-for-the-test"})
    assert r.status_code == 201, r.text
    assert r.json()["added"] == 1 and r.json()["rejected"] == []
    assert r.json()["read_in_part"] == ["upload:basin.pdf: no text layer on page 2 of 2 (scanned or drawn; not read: "
                                        "run OCR on the file to read them)"]


def test_encrypted_pdf_is_rejected_with_the_reason_and_nothing_is_stored(tmp_path):
    locked = _write(tmp_path, "locked.pdf", pdf_bytes(layout_report(INQUIRY, "h", "f {page}"), {"Title": TITLE},
                                                      user_password="merrow"))
    with pytest.raises(SourceError, match="encrypted PDF"):
        _open(locked)
    settings, report = _ingest(tmp_path, locked, analyse=False)
    assert [r.reason for r in report.rejected] == [
        "encrypted PDF: it needs a password to open; decrypt it first (qpdf --decrypt)"]
    with Store(settings.db_path) as store:
        assert store.summary().documents == 0
    # The same file encrypted but opening without a password (owner password only) is read.
    assert "Merrow" in _open(_write(tmp_path, "open.pdf", pdf_bytes(layout_report(INQUIRY, "h", "f {page}"),
                                                                    user_password=""))).documents.__next__().text


@pytest.mark.parametrize("name, data", [
    ("not-a-pdf", b"%PDF-1.7\n" + bytes(range(256)) * 64),
    ("truncated", inquiry_pdf()[:700]),
])
def test_broken_pdfs_are_rejected_with_one_line(tmp_path, name, data):
    with pytest.raises(SourceError) as err:
        _open(_write(tmp_path, f"{name}.pdf", data))
    assert "\n" not in str(err.value) and "PDF" in str(err.value)


def _hostile(kind: str) -> bytes:
    text = [Line(72, 700, [("The quay cranes stood idle for two days.", "F1", 10, 0)])]
    if kind == "deep content nesting":
        return pdf_bytes([Page(list(text), raw_ops=b"q " * 200_000 + b"Q " * 200_000)])
    if kind == "deep array nesting":
        return pdf_bytes([Page(list(text), raw_ops=b"[" * 200_000 + b"]" * 200_000 + b" TJ")])
    if kind == "deep object nesting":
        nested = b"<< /A " * 50_000 + b"1" + b" >>" * 50_000
        return pdf_bytes([Page(list(text))]).replace(b"/Type /Catalog", b"/Type /Catalog /X " + nested, 1)
    if kind == "huge page":
        return pdf_bytes([Page(list(text), width=1e9, height=1e9)])
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["deep content nesting", "deep array nesting", "deep object nesting", "huge page"])
def test_hostile_pdfs_are_read_within_bounds(tmp_path, kind):
    """PDFium copes with these in its child process; what matters is that ingest gets a
    document or a one-line rejection back, never a crash or a hang of its own process."""
    path = _write(tmp_path, "hostile.pdf", _hostile(kind))
    if kind == "deep object nesting":
        # 50,000 nested dictionaries in the catalog: PDFium's parser gives up on the object.
        with pytest.raises(SourceError, match=r"^not a readable PDF \(") as err:
            _open(path)
        assert "\n" not in str(err.value)
        return
    [doc] = list(_open(path).documents)
    assert "quay cranes stood idle" in doc.text


def test_a_decompression_bomb_is_stopped_by_the_readers_memory_bound(tmp_path):
    from claimgraph.sources import pdf as pdf_source

    # A content stream inflating to 3 times the reader's address-space bound, in one page.
    bomb = pdf_bytes([Page(flate_content=flate_of_spaces(3 * pdf_source.MEMORY_BYTES >> 20))])
    with pytest.raises(SourceError) as err:
        _open(_write(tmp_path, "bomb.pdf", bomb))
    assert "PDF reader stopped by its bounds" in str(err.value) and "\n" not in str(err.value)
    # The reader process that died with it is replaced for the next PDF.
    [doc] = list(_open(_write(tmp_path, "after.pdf", inquiry_pdf())).documents)
    assert "grain terminal" in doc.text


def test_a_reports_findings_are_its_own_claims_and_a_claim_shows_its_page(tmp_path):
    settings, report = _ingest(tmp_path, _write(tmp_path, "inquiry.pdf", inquiry_pdf()))
    assert report.added == 1 and report.by_kind == {"pdf": 1}
    client = TestClient(create_app(settings))
    claims = client.get("/api/claims?limit=100").json()["items"]
    own = [c for c in claims if c["speaker"] == TITLE]
    assert own and {c["cue"] for c in own} == {"the report's finding"}
    assert any("sprinkler valves in the tunnel had been closed" in c["content"] for c in own), claims
    # The manager's account stays his, on page 2.
    brandt = next(c for c in claims if c["speaker"] == "Ivo Brandt")
    assert "closed for one week at most" in brandt["content"]
    detail = client.get(f"/api/claims/{brandt['id']}").json()
    source = detail["source"]
    assert source["page"] == 2 and source["exact"] and source["method"] == "runs"
    pages = client.get(f"/api/documents/{brandt['document_id']}").json()["metadata"]["pages"]
    with Store(settings.db_path) as store:
        text = store.document_by_id(brandt["document_id"]).source_text
    page_text = text[pages[1][0]:pages[1][1]]
    located = page_text[source["page_start"]:source["page_end"]]
    assert " ".join(located.split()) == brandt["content"]
    # A claim whose words run over a line break and a footnote marker maps to the page's characters.
    valves = next(c for c in own if "closed for repairs since November" in c["content"])
    loc = client.get(f"/api/claims/{valves['id']}").json()["source"]
    assert loc["page"] == 1
    first_page = text[pages[0][0]:pages[0][1]]
    assert " ".join(first_page[loc["page_start"]:loc["page_end"]].split()) == valves["content"]
    # The web UI says so on the claim's page.
    html = client.get(f"/claims/{brandt['id']}").text
    assert re.search(r"page 2, characters \d+–\d+ of that page", html)
    assert "PDF · 2 pages" in client.get(f"/documents/{brandt['document_id']}").text


# ---------------------------------------------------------------------------------------------
# WACZ


def test_demo_files_rebuild_byte_for_byte():
    assert build_pdf() == (CORPUS / "northlight-novyi-veles-report.pdf").read_bytes()
    assert build_wacz() == (CORPUS / "northlight-capture.wacz").read_bytes()


def test_wacz_pages_are_read_like_a_warc_with_their_titles(tmp_path):
    opened = _open(_write(tmp_path, "capture.wacz", build_wacz()))
    assert opened.kind == "wacz" and opened.container_media_type == "application/wacz"
    docs = list(opened.documents)
    assert all(isinstance(d, SourceDocument) for d in docs)
    # The stylesheet is skipped by the WARC reader; the two listed pages are read.
    assert [d.metadata["target_uri"] for d in docs] == [
        "https://northlight.example/news/2026/03/21/novyi-veles-hospital-report",
        "https://council.novyi-veles.example/notices/2026/03/20/hospital"]
    assert docs[0].metadata["wacz_page_title"] == "Northlight Publishes Findings on the Novyi Veles Hospital Strike"
    assert docs[0].metadata["wacz_file"] == "archive/data.warc.gz"
    assert docs[0].captured_at == "2026-03-21T10:15:03Z" and docs[0].kind == "html"
    assert all(d.container == "capture.wacz" for d in docs)


def test_ingest_says_what_each_wacz_warc_and_export_gave(cli, tmp_path):
    # The documents of a WACZ are counted as the pages they are (html): a line per container
    # says the WACZ was read, and what it gave, a second time too.
    wacz = _write(tmp_path, "capture.wacz", build_wacz())
    for added, present in [(2, 0), (0, 2)]:
        r = cli("ingest", "--no-extract", str(wacz))
        out = r.stdout.decode().splitlines()
        assert r.returncode == 0, out
        assert f"    from {wacz} (WACZ): {added} added, {present} already present" in out


def _rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None,
           compress: int = zipfile.ZIP_STORED) -> bytes:
    """The same WACZ with some entries' bytes replaced or new entries added (datapackage.json kept)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, (replace or {}).get(info.filename, src.read(info)))
        for name, payload in (add or {}).items():
            dst.writestr(zipfile.ZipInfo(name), payload, compress_type=compress)
    return out.getvalue()


def _warc_with_edit(data: bytes) -> bytes:
    """archive/data.warc.gz with one word of a captured page changed (re-gzipped, still valid)."""
    import gzip

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        warc = gzip.decompress(zf.read("archive/data.warc.gz"))
    assert b"no trace of an ammunition depot" in warc
    return gzip.compress(warc.replace(b"no trace of an ammunition depot", b"a trace of an ammunition depot"))


@pytest.mark.parametrize("edit", ["a page's words changed", "one byte flipped"])
def test_a_wacz_whose_hashes_do_not_match_is_refused_whole_saying_which_file(tmp_path, edit):
    if edit == "one byte flipped":
        warc = bytearray(zipfile.ZipFile(io.BytesIO(build_wacz())).read("archive/data.warc.gz"))
        warc[len(warc) // 2] ^= 0x01
        warc = bytes(warc)
    else:
        warc = _warc_with_edit(build_wacz())
    tampered = _rezip(build_wacz(), replace={"archive/data.warc.gz": warc})
    path = _write(tmp_path, "tampered.wacz", tampered)
    with pytest.raises(SourceError) as err:
        _open(path)
    message = str(err.value)
    assert message.startswith("WACZ hash check failed: archive/data.warc.gz")
    expected = json.loads(zipfile.ZipFile(io.BytesIO(build_wacz())).read("datapackage.json"))["resources"][0]["hash"]
    assert expected.split(":")[1][:16] in message
    settings, report = _ingest(tmp_path, path, analyse=False)
    assert len(report.rejected) == 1 and report.added == 0
    with Store(settings.db_path) as store:
        summary = store.summary()
        assert summary.documents == 0 and summary.captures == 0  # not even the container archived


def test_a_wacz_whose_datapackage_was_edited_fails_its_digest(tmp_path):
    original = build_wacz()
    package = json.loads(zipfile.ZipFile(io.BytesIO(original)).read("datapackage.json"))
    package["title"] = "Someone else's capture"
    edited = _rezip(original, replace={"datapackage.json": json.dumps(package, indent=2).encode()})
    with pytest.raises(SourceError, match=r"^WACZ hash check failed: datapackage.json .* datapackage-digest.json says"):
        _open(_write(tmp_path, "edited.wacz", edited))


@pytest.mark.parametrize("name, reason", [
    ("../../etc/cron.d/evil", "unsafe path"),
    ("/abs/evil.warc.gz", "unsafe path"),
    ("archive/..\\evil.warc.gz", "unsafe path"),
    ("archive/extra.warc.gz", "does not list it"),
])
def test_wacz_entries_that_escape_or_are_unlisted_refuse_the_package(tmp_path, name, reason):
    data = _rezip(build_wacz(), add={name: b"WARC/1.1\r\n"})
    with pytest.raises(SourceError, match=reason):
        _open(_write(tmp_path, "odd.wacz", data))


def test_a_zip_bomb_entry_is_refused_before_it_is_inflated(tmp_path):
    # A real deflate stream of 64 MiB of zeros stored as one entry (about 64 KiB on disk).
    payload_size = 64 << 20
    data = _rezip(build_wacz(), add={"pages/extraPages.jsonl": b"\0" * payload_size}, compress=zipfile.ZIP_DEFLATED)
    with pytest.raises(SourceError, match="ZIP bomb"):
        _open(_write(tmp_path, "bomb.wacz", data))


def test_a_zip_that_is_not_a_wacz_is_refused(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("notes.txt", "Minutes of the harbour board meeting.")
    with pytest.raises(SourceError, match="not a WACZ"):
        _open(_write(tmp_path, "notes.zip", out.getvalue()))


def _repackaged(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The WACZ with entries replaced or added and datapackage.json's hashes made to match (no digest file)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        package = json.loads(zf.read("datapackage.json"))
        present = set(zf.namelist())
    package["resources"] += [{"name": name.rsplit("/", 1)[-1], "path": name} for name in replace if name not in present]
    for res in package["resources"]:
        if res["path"] in replace:
            res["hash"] = "sha256:" + hashlib.sha256(replace[res["path"]]).hexdigest()
            res["bytes"] = len(replace[res["path"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != "datapackage-digest.json":
                body = json.dumps(package).encode() if info.filename == "datapackage.json" else src.read(info)
                dst.writestr(info, replace.get(info.filename, body))
        for name, body in replace.items():
            if name not in present:
                dst.writestr(name, body)
    return out.getvalue()


def test_a_listed_page_that_no_record_answers_is_rejected_aloud(tmp_path):
    original = build_wacz()
    pages = zipfile.ZipFile(io.BytesIO(original)).read("pages/pages.jsonl")
    extra = [{"url": "https://northlight.example/static/northlight.css", "title": "A stylesheet listed as a page"},
             {"url": "https://northlight.example/never-captured", "title": "A page with no record"}]
    pages += "".join(json.dumps(p) + "\n" for p in extra).encode()
    items = list(_open(_write(tmp_path, "listed.wacz", _repackaged(original, {"pages/pages.jsonl": pages}))).documents)
    docs = [i for i in items if isinstance(i, SourceDocument)]
    rejected = {i.origin: i.reason for i in items if not isinstance(i, SourceDocument)}
    assert len(docs) == 2
    assert set(rejected) == {p["url"] for p in extra}
    assert all("listed in pages/pages.jsonl, but no record of it holds HTML, text, a PDF" in r for r in rejected.values())


def test_the_pages_browsertrix_lists_in_extra_pages_are_read_too(tmp_path):
    # Browsertrix lists its seeds in pages.jsonl and every other page it crawled in
    # extraPages.jsonl; those pages were once skipped without a word, as if they were frames.
    original = build_wacz()
    lines = zipfile.ZipFile(io.BytesIO(original)).read("pages/pages.jsonl").decode().splitlines()
    header, seed, other = lines[0], lines[1], lines[2]
    assert json.loads(other)["url"].startswith("https://council.")
    missing = json.dumps({"url": "https://council.novyi-veles.example/notices/never-captured", "title": "Not captured"})
    crawl = _repackaged(original, {"pages/pages.jsonl": f"{header}\n{seed}\n".encode(),
                                   "pages/extraPages.jsonl": f"{header}\n{other}\n{missing}\n".encode()})
    items = list(_open(_write(tmp_path, "crawl.wacz", crawl)).documents)
    docs = [i for i in items if isinstance(i, SourceDocument)]
    assert [d.metadata["target_uri"] for d in docs] == [json.loads(seed)["url"], json.loads(other)["url"]]
    assert docs[1].metadata["wacz_page_title"] == "Notice on the Novyi Veles Regional Hospital"
    [rejected] = [i for i in items if not isinstance(i, SourceDocument)]
    assert rejected.origin == json.loads(missing)["url"] and "listed in pages/extraPages.jsonl" in rejected.reason


def test_a_page_list_line_over_its_bound_is_refused(tmp_path, monkeypatch):
    from claimgraph.sources import wacz as wacz_source

    monkeypatch.setattr(wacz_source, "MAX_JSON_BYTES", 4096)   # the bound made small, not the reader
    original = build_wacz()
    pages = zipfile.ZipFile(io.BytesIO(original)).read("pages/pages.jsonl")
    long_line = json.dumps({"url": "https://northlight.example/long", "text": "harbour " * 1000}).encode()
    with pytest.raises(SourceError, match="a line longer than 4,096 bytes"):
        _open(_write(tmp_path, "long.wacz", _repackaged(original, {"pages/pages.jsonl": pages + long_line + b"\n"})))


def test_a_pdf_and_a_telegram_message_in_a_warc_are_read(tmp_path):
    """As an evidence bundle's WARC holds them (`resource` records), and as a crawler captures a PDF
    (an HTTP `response`); the bytes, and so the SHA-256, are those of the record's payload."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pdf = inquiry_pdf()
    message = json.dumps({"channel": {"id": 7, "name": "Merrow Port News", "type": "public_channel"},
                          "message": {"id": 3, "type": "message", "date": "2026-01-09T06:30:00",
                                      "text": "The harbour fire brigade said the terminal fire was out by morning."}},
                         sort_keys=True, separators=(",", ":")).encode()
    path = tmp_path / "mixed.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "application/pdf")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://inquiry.example/interim.pdf", "response", payload=io.BytesIO(pdf),
                                                      http_headers=http, warc_headers_dict={"WARC-Date": "2026-02-03T08:00:00Z"}))
        writer.write_record(writer.create_warc_record("urn:sha256:" + hashlib.sha256(message).hexdigest(), "resource",
                                                      payload=io.BytesIO(message), length=len(message),
                                                      warc_content_type="application/vnd.telegram.message+json",
                                                      warc_headers_dict={"WARC-Date": "2026-01-09T06:31:00Z"}))
        writer.write_record(writer.create_warc_record("urn:sha256:0", "resource", payload=io.BytesIO(b'{"message": 1}'),
                                                      length=14, warc_content_type="application/vnd.telegram.message+json"))
    items = list(_open(path).documents)
    report, post, bad = items
    assert report.kind == "pdf" and report.raw == pdf and report.captured_at == "2026-02-03T08:00:00Z"
    assert report.metadata["page_count"] == 2 and "grain terminal" in report.text
    assert post.kind == "telegram" and post.raw == message and post.text.startswith("The harbour fire brigade")
    assert post.metadata["channel"] == "Merrow Port News" and post.metadata["message_id"] == 3
    # The record's time, as for every WARC record; the message's own date stays in its metadata.
    assert post.captured_at == "2026-01-09T06:31:00Z" and post.metadata["date"] == "2026-01-09T06:30:00"
    assert bad.origin == "urn:sha256:0" and "not a Telegram message" in bad.reason


def test_demo_corpus_pdf_and_wacz_ingest_and_link(tmp_path):
    settings, report = _ingest(tmp_path, CORPUS / "northlight-novyi-veles-report.pdf", CORPUS / "northlight-capture.wacz")
    assert report.ok and report.by_kind == {"pdf": 1, "html": 2}
    with Store(settings.db_path) as store:
        docs = [store.document_by_id(i) for i in (1, 2, 3)]
    assert {d.kind for d in docs} == {"pdf", "html"}
    sha = hashlib.sha256((CORPUS / "northlight-novyi-veles-report.pdf").read_bytes()).hexdigest()
    [report_doc] = [d for d in docs if d.sha256 == sha]
    # Listed and searched under the title page's title, not the running header above it.
    assert report_doc.title == "Two Missiles at 04:10: The Strike on the Novyi Veles Regional Hospital"
    assert report_doc.outlet == "Northlight Documentation Centre"
    client = TestClient(create_app(settings))
    assert "Text layer of the PDF" in client.get(f"/source/{sha}").text


def test_a_wacz_whose_warc_is_not_a_warc_is_refused_saying_so(tmp_path):
    # Hashed and listed, but not a WARC: warcio read such bytes as an old ARC file, and the
    # reader gave a nonsense "response record for a junk.wacz#record=: URI" rejection and
    # called the listed pages unanswered instead of refusing the WACZ.
    junk = _repackaged(build_wacz(), {"archive/data.warc.gz": b"these bytes were never a web archive " * 20})
    with pytest.raises(SourceError, match=r"^WACZ archive/data\.warc\.gz is not a WARC file"):
        list(_open(_write(tmp_path, "junk.wacz", junk)).documents)


def test_the_text_browsertrix_extracts_into_its_warc_is_not_a_second_document(tmp_path):
    # Browsertrix keeps the text it took from a page in resource records (urn:text:URL,
    # urn:textFinal:URL): read as documents they were each page again, as plain text.
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    url = "https://harbour.example/2026/05/ferry-notice"
    html = (b"<html><head><title>Ferry notice</title></head><body><p>The harbour office said the evening "
            b"ferry would not sail on Friday.</p></body></html>")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warc_record(
        url, "response", payload=io.BytesIO(html),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
    text = b"The harbour office said the evening ferry would not sail on Friday."
    for target in (f"urn:text:{url}", f"urn:textFinal:{url}"):
        writer.write_record(writer.create_warc_record(target, "resource", payload=io.BytesIO(text),
                                                      warc_content_type="text/plain"))
    note = b"The ferry office kept this note of its own."
    writer.write_record(writer.create_warc_record("urn:uuid:6f1c2a6e-0000-4000-8000-000000000001", "resource",
                                                  payload=io.BytesIO(note), warc_content_type="text/plain"))
    docs = list(_open(_write(tmp_path, "crawl.warc.gz", out.getvalue())).documents)
    assert [d.metadata["target_uri"] for d in docs] == [url, "urn:uuid:6f1c2a6e-0000-4000-8000-000000000001"]

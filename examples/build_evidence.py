"""Build the demo PDF report and the demo WACZ capture in examples/corpus/ from our own text.

    .venv/bin/python examples/build_evidence.py

* ``northlight-novyi-veles-report.pdf``: a short fictional report by the (invented) Northlight
  Documentation Centre on the Novyi Veles hospital strike (``evt-strike``): three pages with a
  title page block, headings, a running header and footer, footnotes with raised markers, and
  the report's own findings in its own voice. Written with ``pdfwriter.py`` (no PDF library).
* ``northlight-capture.wacz``: a WACZ as ArchiveWeb.page writes one: ``archive/data.warc.gz``
  with two pages from ``wacz-src/`` and their stylesheet, ``indexes/index.cdx``,
  ``pages/pages.jsonl``, ``datapackage.json`` with each file's SHA-256 and
  ``datapackage-digest.json``.

Deterministic (fixed dates, record ids, gzip and zip timestamps): re-running it reproduces the
committed files byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_warc import http_date, record_id  # noqa: E402
from pdfwriter import Block, layout_report, pdf_bytes  # noqa: E402

PDF_OUT = HERE / "corpus" / "northlight-novyi-veles-report.pdf"
WACZ_OUT = HERE / "corpus" / "northlight-capture.wacz"
WACZ_SRC = HERE / "wacz-src"

TITLE = "Two Missiles at 04:10: The Strike on the Novyi Veles Regional Hospital"
REPORT = [
    Block("title", TITLE),
    Block("meta", "Preliminary findings of the Northlight Documentation Centre"),
    Block("meta", "By Mira Sokolenko and Daniel Orr"),
    Block("meta", "21 March 2026"),
    Block("heading", "Summary"),
    Block("para", "Two missiles struck the grounds of the Novyi Veles Regional Hospital in the early hours of 14 March "
                  "2026. The first missile hit the surgical wing at about 04:10 and the second landed near a vehicle "
                  "repair yard some 300 metres to the north. At least 40 people were killed in the surgical wing, "
                  "among them six children.",
          [("children.", "1", "Casualty list of the Novyi Veles Regional Hospital, as of 19 March 2026.")]),
    Block("para", "We found no evidence that the hospital grounds held an ammunition depot or any other military "
                  "object. The fire that followed the strike burned for less than an hour, and no witness we spoke "
                  "to heard the series of secondary explosions that an ammunition store gives off when it is hit."),
    Block("heading", "Method"),
    Block("para", "Our researchers visited the site on 15, 16 and 18 March and interviewed 23 people: patients, "
                  "nurses, doctors, firefighters and residents of the apartment blocks to the west of the hospital. "
                  "We compared their accounts with two videos filmed by residents and with the fragments that "
                  "rescuers collected from the rubble.",
          [("rubble.", "2", "The fragments were photographed in the hospital yard on 16 March and are kept by the "
                            "regional police.")]),
    Block("break", ""),
    Block("heading", "The strike"),
    Block("para", "The surgical wing was full when the first missile struck. Dr. Iryna Sokil, the hospital's "
                  "director, told us that 19 patients were on the surgical floor that night, nine of them just "
                  "after operations. Two nurses were on duty on the same floor."),
    Block("para", "A firefighter who reached the wing at 04:25 said that the upper two floors had collapsed onto the "
                  "ground floor and that his crew had pulled three people alive from the rubble before dawn."),
    Block("para", "The fragments photographed in the hospital yard carry markings of the Grom-M missile. None of "
                  "them comes from an air-defence interceptor.",
          [("interceptor.", "3", "Two weapons specialists examined the photographs separately and reached the same "
                                 "conclusion.")]),
    Block("heading", "The claim of a depot"),
    Block("para", "The Dravanian Ministry of Defence said on 14 March that its forces had destroyed an ammunition "
                  "depot of the 41st Rifle Brigade in Novyi Veles. Two officers of the brigade told us that the unit "
                  "had left the city in December."),
    Block("break", ""),
    Block("heading", "Conclusions"),
    Block("para", "The strike on the Novyi Veles Regional Hospital killed at least 40 civilians. The surgical wing "
                  "was a civilian object protected under international humanitarian law, and the red cross painted "
                  "on its roof could be seen from the air."),
    Block("para", "We call on the Dravanian Ministry of Defence to publish the coordinates of the depot it says it "
                  "struck, and on the authorities of Kesmaria to preserve the fragments for international "
                  "investigators."),
]
HEADER = "Northlight Documentation Centre · Report NDC-2026-04"
FOOTER = "Two Missiles at 04:10 — page {page} of {pages}"
INFO = {"Title": TITLE, "Author": "Northlight Documentation Centre", "Subject": "Preliminary findings",
        "CreationDate": "D:20260321090000Z", "Producer": "claimgraph examples/pdfwriter.py"}


def build_pdf() -> bytes:
    return pdf_bytes(layout_report(REPORT, HEADER, FOOTER), INFO)


# (target URI, source file under wacz-src/, content type, capture time, page title or None)
CAPTURES = [
    ("https://northlight.example/news/2026/03/21/novyi-veles-hospital-report", "northlight-report-launch.html",
     "text/html; charset=utf-8", "2026-03-21T10:15:03Z", "Northlight Publishes Findings on the Novyi Veles Hospital Strike"),
    ("https://northlight.example/static/northlight.css", "northlight.css", "text/css", "2026-03-21T10:15:04Z", None),
    ("https://council.novyi-veles.example/notices/2026/03/20/hospital", "novyi-veles-council-notice.html",
     "text/html; charset=utf-8", "2026-03-21T10:17:40Z", "Notice on the Novyi Veles Regional Hospital"),
]
WACZ_CREATED = "2026-03-21T10:18:00Z"
ZIP_TIME = (2026, 3, 21, 10, 18, 0)


def build_warc() -> tuple[bytes, list[str]]:
    """The WARC of the capture and its CDXJ index lines (sorted, as the index must be)."""
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    info = writer.create_warcinfo_record("data.warc.gz", {"software": "claimgraph examples/build_evidence.py",
                                                           "format": "WARC File Format 1.1",
                                                           "isPartOf": "claimgraph-demo-corpus"})
    info.rec_headers.replace_header("WARC-Date", "2026-03-21T10:15:00Z")
    info.rec_headers.replace_header("WARC-Record-ID", record_id("wacz warcinfo"))
    writer.write_record(info)
    index = []
    for uri, src, ctype, when, _title in CAPTURES:
        payload = (WACZ_SRC / src).read_bytes()
        http = StatusAndHeaders("200 OK", [("Date", http_date(when)), ("Content-Type", ctype),
                                           ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=BytesIO(payload), length=len(payload),
                                           http_headers=http)
        record.rec_headers.replace_header("WARC-Date", when)
        record.rec_headers.replace_header("WARC-Record-ID", record_id("wacz response " + uri))
        offset = buf.tell()
        writer.write_record(record)
        host, _, path = uri.split("://", 1)[1].partition("/")
        surt = ",".join(reversed(host.split("."))) + ")/" + path
        stamp = when.replace("-", "").replace(":", "").replace("T", "").rstrip("Z")
        fields = {"url": uri, "mime": ctype.split(";")[0], "status": "200",
                  "digest": record.rec_headers.get_header("WARC-Payload-Digest"),
                  "length": str(buf.tell() - offset), "offset": str(offset), "filename": "data.warc.gz"}
        index.append(f"{surt} {stamp} {json.dumps(fields, separators=(',', ':'))}")
    return buf.getvalue(), sorted(index)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def build_wacz() -> bytes:
    warc, index = build_warc()
    pages = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}]
    for uri, _src, _ctype, when, title in CAPTURES:
        if title:
            pages.append({"id": hashlib.sha1(uri.encode()).hexdigest()[:24], "url": uri, "ts": when, "title": title})
    files = {
        "archive/data.warc.gz": warc,
        "indexes/index.cdx": ("\n".join(index) + "\n").encode(),
        "pages/pages.jsonl": "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages).encode(),
    }
    package = {
        "profile": "data-package",
        "wacz_version": "1.1.1",
        "title": "Northlight capture, 21 March 2026",
        "description": "Fictional demo capture for claimgraph (invented organisations and events)",
        "created": WACZ_CREATED,
        "software": "claimgraph examples/build_evidence.py",
        "mainPageURL": CAPTURES[0][0],
        "mainPageDate": CAPTURES[0][3],
        "resources": [{"name": Path(path).name, "path": path, "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
                       "bytes": len(data)} for path, data in files.items()],
    }
    package_bytes = json.dumps(package, indent=2).encode()
    digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()}
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for path, data in files.items():
            zf.writestr(_entry(path), data)
        zf.writestr(_entry("datapackage.json"), package_bytes)
        zf.writestr(_entry("datapackage-digest.json"), json.dumps(digest, indent=2).encode())
    return buf.getvalue()


def main() -> None:
    for out, data in ((PDF_OUT, build_pdf()), (WACZ_OUT, build_wacz())):
        out.write_bytes(data)
        print(f"wrote {out.relative_to(HERE.parent)} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]})")


if __name__ == "__main__":
    main()

"""Build examples/corpus/web-capture.warc.gz from the page sources in examples/warc-src/.

Deterministic: fixed WARC-Date and WARC-Record-ID values and gzip members with mtime 0, so
re-running this script reproduces the committed file byte for byte.

    .venv/bin/python examples/build_warc.py

The capture holds: one warcinfo record; a request + response pair for each of three HTML
articles (one of them served with ``Content-Encoding: gzip``, so readers must decode it);
and two non-HTML responses (a stylesheet and a PNG) that document readers must skip.
"""

from __future__ import annotations

import gzip
import hashlib
import struct
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc-src"
OUT = HERE / "corpus" / "web-capture.warc.gz"

# (target URI, source file, content type, capture time, gzip content-encoding?)
CAPTURES = [
    ("https://www.lanternwire.example/world/2026/03/12/dravanian-pilot-flies-helicopter-to-kesmaria",
     "lanternwire-dravanian-pilot.html", "text/html; charset=utf-8", "2026-03-12T10:02:11Z", False),
    ("https://www.lanternwire.example/static/site.css",
     "site.css", "text/css", "2026-03-12T10:02:12Z", False),
    ("https://geotrace.example/investigations/2026/03/novy-veles-hospital-satellite",
     "geotrace-novy-veles-imagery.html", "text/html; charset=UTF-8", "2026-03-16T09:30:40Z", False),
    ("https://geotrace.example/media/novy-veles/before-after.png",
     None, "image/png", "2026-03-16T09:30:41Z", False),
    ("https://federalherald.example/society/2026/03/18/orlovka-orphans-evacuated",
     "federalherald-orlovka-orphans.html", "text/html; charset=utf-8", "2026-03-18T11:20:05Z", True),
]


def record_id(label: str) -> str:
    """A fixed, unique WARC-Record-ID derived from a label (UUID-shaped)."""
    h = hashlib.sha1(("claimgraph-demo:" + label).encode()).hexdigest()
    return f"<urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}>"


def tiny_png() -> bytes:
    """A 4x4 grey PNG, built byte for byte (no image library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def http_date(iso: str) -> str:
    from datetime import datetime
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").strftime("%a, %d %b %Y %H:%M:%S GMT")


def build() -> bytes:
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    info = writer.create_warcinfo_record(
        "web-capture.warc.gz",
        {"software": "claimgraph examples/build_warc.py", "format": "WARC File Format 1.0",
         "description": "Fictional demo capture for claimgraph (invented outlets and events)",
         "isPartOf": "claimgraph-demo-corpus"},
    )
    info.rec_headers.replace_header("WARC-Date", "2026-03-12T10:02:10Z")
    info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo"))
    writer.write_record(info)

    for uri, src, ctype, when, gz in CAPTURES:
        payload = (SRC / src).read_bytes() if src else tiny_png()
        host = uri.split("/")[2]
        path = "/" + uri.split("/", 3)[3]
        is_page = ctype.startswith("text/html")
        if is_page:
            req_headers = StatusAndHeaders(f"GET {path} HTTP/1.1", [
                ("Host", host),
                ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) claimgraph-demo-capture/1.0"),
                ("Accept", "text/html,application/xhtml+xml"),
                ("Accept-Encoding", "gzip"),
            ], is_http_request=True)
            req = writer.create_warc_record(uri, "request", payload=BytesIO(b""), http_headers=req_headers)
            req.rec_headers.replace_header("WARC-Date", when)
            req.rec_headers.replace_header("WARC-Record-ID", record_id("request " + uri))
            writer.write_record(req)
        headers = [("Date", http_date(when)), ("Server", "nginx"), ("Content-Type", ctype)]
        if gz:
            payload = gzip.compress(payload, compresslevel=9, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
            headers.append(("Vary", "Accept-Encoding"))
        headers.append(("Content-Length", str(len(payload))))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        resp = writer.create_warc_record(uri, "response", payload=BytesIO(payload), length=len(payload),
                                         http_headers=http)
        resp.rec_headers.replace_header("WARC-Date", when)
        resp.rec_headers.replace_header("WARC-Record-ID", record_id("response " + uri))
        writer.write_record(resp)
    return buf.getvalue()


def main() -> None:
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(HERE.parent)} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]})")


if __name__ == "__main__":
    main()

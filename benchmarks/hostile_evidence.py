"""Hostile PDFs and WACZs: what the readers do with each, how long it takes, how much memory.

    .venv/bin/python benchmarks/hostile_evidence.py

Each case is built here (PDFs by examples/pdfwriter.py, WACZs from the demo capture of
examples/build_evidence.py), written to a temporary file and opened with the real sniffing
reader (``open_input``) in a fresh Python process, so that the peak memory printed is that
case's own: "parent" is the process that ingests (max RSS), "reader" the PDF reader's child
process (max RSS; "-" when none ran). Prints one row per case: outcome, wall time, memory.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "examples"))

TEXT = "The quay cranes stood idle for two days after the fire at the grain terminal."


def _pdf_cases() -> dict:
    from pdfwriter import Block, Line, Page, flate_of_spaces, layout_report, pdf_bytes

    from claimgraph.sources import pdf as pdf_source

    def line():
        return [Line(72, 700, [(TEXT, "F1", 10, 0)])]

    many_ops = b"BT /F1 1 Tf " + b"(x) Tj " * 3_000_000 + b"ET"
    report = layout_report([Block("para", TEXT * 4)] * 40, "Header", "page {page}")
    return {
        "pdf: 200,000 nested q (graphics state)": lambda: pdf_bytes([Page(line(), raw_ops=b"q " * 200_000 + b"Q " * 200_000)]),
        "pdf: 200,000 nested arrays": lambda: pdf_bytes([Page(line(), raw_ops=b"[" * 200_000 + b"]" * 200_000 + b" TJ")]),
        "pdf: 50,000 nested dictionaries": lambda: pdf_bytes([Page(line())]).replace(
            b"/Type /Catalog", b"/Type /Catalog /X " + b"<< /A " * 50_000 + b"1" + b" >>" * 50_000, 1),
        "pdf: page of 10^9 x 10^9 points": lambda: pdf_bytes([Page(line(), width=1e9, height=1e9)]),
        "pdf: content stream inflating to 3 GiB": lambda: pdf_bytes(
            [Page(flate_content=flate_of_spaces(3 * pdf_source.MEMORY_BYTES >> 20))]),
        "pdf: 3,000,000 text operators on one page": lambda: pdf_bytes([Page(raw_ops=many_ops)]),
        f"pdf: {pdf_source.MAX_PAGES + 500:,} pages": lambda: pdf_bytes([Page(line()) for _ in range(pdf_source.MAX_PAGES + 500)]),
        "pdf: encrypted (user password)": lambda: pdf_bytes([Page(line())], user_password="secret"),
        "pdf: scanned only (no text layer)": lambda: pdf_bytes([Page(image=True)] * 3),
        "pdf: 9-page report (baseline)": lambda: pdf_bytes(report),
    }


def _rezip(data: bytes, replace: dict | None = None, add: dict | None = None, method=zipfile.ZIP_STORED) -> bytes:
    """The WACZ with entries replaced (written with ``method``) or added; datapackage.json kept."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename in (replace or {}):
                dst.writestr(zipfile.ZipInfo(info.filename), replace[info.filename], compress_type=method)
            else:
                dst.writestr(info, src.read(info))
        for name, payload in (add or {}).items():
            dst.writestr(zipfile.ZipInfo(name), payload, compress_type=method)
    return out.getvalue()


def _lying_sizes(data: bytes, name: str) -> bytes:
    """The WACZ with ``name`` declared (local and central headers) as 100 bytes inflated."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
        real = info.file_size
    buf = bytearray(data)
    raw = real.to_bytes(4, "little")
    fake = (100).to_bytes(4, "little")
    at = 0
    while True:
        at = buf.find(name.encode(), at + 1)
        if at < 0:
            break
        for header_at, size_field in ((at - 30, 22), (at - 46, 24)):  # local header, central directory entry
            if header_at >= 0 and buf[header_at + size_field: header_at + size_field + 4] == raw:
                buf[header_at + size_field: header_at + size_field + 4] = fake
    return bytes(buf)


def _wacz_cases() -> dict:
    from build_evidence import build_wacz

    def big_deflated(mib: int) -> bytes:
        return _rezip(build_wacz(), add={"pages/extraPages.jsonl": b"\0" * (mib << 20)}, method=zipfile.ZIP_DEFLATED)

    def bomb_with_lying_header() -> bytes:
        # pages/pages.jsonl (listed, so hashed on the way in) says it inflates to 100 bytes and
        # inflates to 1 GiB: the ratio check cannot see it; the reads stop at the declared size.
        data = _rezip(build_wacz(), replace={"pages/pages.jsonl": b"\0" * (1 << 30)}, method=zipfile.ZIP_DEFLATED)
        return _lying_sizes(data, "pages/pages.jsonl")

    def tampered() -> bytes:
        data = build_wacz()
        warc = bytearray(zipfile.ZipFile(io.BytesIO(data)).read("archive/data.warc.gz"))
        warc[len(warc) // 2] ^= 1
        return _rezip(data, replace={"archive/data.warc.gz": bytes(warc)})

    def with_record(uri: str, media_type: str, payload: bytes, listed_page: bool) -> bytes:
        """The demo capture plus a second, correctly listed WARC holding one response record (and,
        when ``listed_page``, that record's URL added to pages/pages.jsonl); hashes made to match."""
        import hashlib

        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        out = io.BytesIO()
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", media_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), length=len(payload),
                                                      http_headers=http))
        files = {"archive/big.warc.gz": out.getvalue()}
        base = zipfile.ZipFile(io.BytesIO(build_wacz()))
        if listed_page:
            files["pages/pages.jsonl"] = base.read("pages/pages.jsonl") + json.dumps({"url": uri, "title": "extra"}).encode() + b"\n"
        package = json.loads(base.read("datapackage.json"))
        for res in package["resources"]:
            if res["path"] in files:
                res["hash"] = "sha256:" + hashlib.sha256(files[res["path"]]).hexdigest()
                res["bytes"] = len(files[res["path"]])
        package["resources"].append({"name": "big.warc.gz", "path": "archive/big.warc.gz",
                                     "hash": "sha256:" + hashlib.sha256(files["archive/big.warc.gz"]).hexdigest(),
                                     "bytes": len(files["archive/big.warc.gz"])})
        replaced = json.dumps(package).encode()
        digest = json.dumps({"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(replaced).hexdigest()}).encode()
        replace = {"datapackage.json": replaced, "datapackage-digest.json": digest}
        if listed_page:
            replace["pages/pages.jsonl"] = files["pages/pages.jsonl"]
        return _rezip(build_wacz(), replace=replace, add={"archive/big.warc.gz": files["archive/big.warc.gz"]})

    def big_capture() -> bytes:
        # A response record of 215 MB (gzip-compressed to 0.7 MB) in a second, correctly listed
        # WARC: what hashing and reading through a large capture costs.
        blob = (b"<p>" + TEXT.encode() + b"</p>\n") * 2_500_000
        return with_record("https://port.example/blob", "application/octet-stream", blob, listed_page=False)

    def pdf_bomb_page() -> bytes:
        # A captured PDF is read by the PDF reader, in its bounded child process, as a PDF file is.
        from pdfwriter import Page, flate_of_spaces, pdf_bytes

        from claimgraph.sources import pdf as pdf_source

        bomb = pdf_bytes([Page(flate_content=flate_of_spaces(3 * pdf_source.MEMORY_BYTES >> 20))])
        return with_record("https://port.example/report.pdf", "application/pdf", bomb, listed_page=True)

    return {
        "wacz: entry inflating 1,000 times (1 GiB, ZIP bomb)": lambda: big_deflated(1024),
        "wacz: entry lying about its size (1 GiB declared as 100 B)": bomb_with_lying_header,
        "wacz: ../../ path in an entry name": lambda: _rezip(build_wacz(), add={"../../etc/evil": b"x"}),
        "wacz: one flipped byte in archive/data.warc.gz": tampered,
        "wacz: demo capture (baseline)": build_wacz,
        "wacz: a 215 MB record (0.7 MB gzipped) in a listed WARC": big_capture,
        "wacz: a captured PDF page whose content inflates to 3 GiB": pdf_bomb_page,
    }


def open_case(path: Path) -> None:
    """Open one case file with the real reader, in this (fresh) process; print one JSON row."""
    from claimgraph.settings import Settings
    from claimgraph.sources import InputFile, SourceDocument, SourceError, open_input

    start = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            opened = open_input(InputFile(path, path.name), Settings(home=Path(tmp) / "home"))
            docs = list(opened.documents)
        good = [d for d in docs if isinstance(d, SourceDocument)]
        outcome = f"read: {len(good)} document(s), {sum(len(d.text) for d in good):,} characters"
        if good and good[0].metadata.get("truncated"):
            outcome += f" (read {len(good[0].metadata['pages']):,} of {good[0].metadata['page_count']:,} pages)"
        refused = [d for d in docs if not isinstance(d, SourceDocument)]
        if refused:
            outcome += f"; {len(refused)} rejected: {refused[0].reason}"
    except SourceError as exc:
        outcome = f"rejected: {exc}"
    elapsed = time.perf_counter() - start
    from claimgraph.sources.pdf import close_reader

    close_reader()  # reaped, so that its peak memory is counted below
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"outcome": outcome, "seconds": round(elapsed, 2), "parent_mib": round(parent),
                      "reader_mib": round(child) if child else None}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, metavar=("CASE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.open:
        open_case(Path(args.open))
        return 0
    if args.build:
        data = {**_pdf_cases(), **_wacz_cases()}[args.build[0]]()
        Path(args.build[1]).write_bytes(data)
        return 0
    cases = {**_pdf_cases(), **_wacz_cases()}
    print("| case | file size | outcome | time | peak memory: ingest process / PDF reader |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="claimgraph-hostile-") as tmp:
        for name in cases:
            # Built and opened in two fresh processes (Linux keeps a process's peak RSS across
            # exec, so a builder's memory would show up as the reader's).
            path = Path(tmp) / ("case.pdf" if name.startswith("pdf") else "case.wacz")
            subprocess.run([sys.executable, __file__, "--build", name, str(path)], check=True)
            size = path.stat().st_size
            done = subprocess.run([sys.executable, __file__, "--open", str(path)], capture_output=True, text=True)
            if done.returncode != 0:
                print(f"| {name} | {size:,} B | FAILED: {done.stderr.strip().splitlines()[-1:]} | | |", flush=True)
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            reader = f"{row['reader_mib']:,} MiB" if row["reader_mib"] else "-"
            outcome = row["outcome"] if len(row["outcome"]) < 160 else row["outcome"][:157] + "..."
            print(f"| {name} | {size:,} B | {outcome} | {row['seconds']:.2f} s | {row['parent_mib']:,} MiB / {reader} |",
                  flush=True)
    throughput()
    return 0


def throughput(copies: int = 100) -> None:
    """PDFs read one after another by one ingest process (one reader process serves them all)."""
    from build_evidence import build_pdf

    from claimgraph.settings import Settings
    from claimgraph.sources import InputFile, open_input
    from claimgraph.sources.pdf import close_reader

    with tempfile.TemporaryDirectory(prefix="claimgraph-pdfs-") as tmp:
        paths = []
        for i in range(copies):
            path = Path(tmp) / f"report-{i}.pdf"
            path.write_bytes(build_pdf() + f"\n% copy {i}\n".encode())
            paths.append(path)
        settings = Settings(home=Path(tmp) / "home")
        start = time.perf_counter()
        for path in paths:
            list(open_input(InputFile(path, path.name), settings).documents)
        elapsed = time.perf_counter() - start
        close_reader()
    print(f"\nthroughput: {copies} copies of the 3-page demo report read in {elapsed:.1f} s = "
          f"{copies / elapsed:.0f} PDFs/s ({1000 * elapsed / copies:.0f} ms each, the reader process started once)")


if __name__ == "__main__":
    sys.exit(main())

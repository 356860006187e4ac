"""PDF reports and statements: one PDF, one document, read from its text layer by PDFium.

The document's text is the text layer as PDFium lays it out, one line per line of the page,
pages separated by a form feed on its own line (``PAGE_BREAK``). What the article extractor
needs to rebuild paragraphs and drop running headers, footers and footnote markers (where each
page and each line is, its font size, the small raised marks) goes into the metadata, so that a
document can be analysed again from the store alone:

    pages: [[start, end], ...]       character offsets of each page in the text (page N = index N-1)
    pdf_lines: [[start, end, x0, top, bottom, size], ...]   each line, its box in points and font size
    pdf_marks: [[start, end], ...]   superscript runs (footnote markers)
    pages_without_text: [N, ...]     pages with no text layer (scanned or drawn), 1-based
    pdf_title, pdf_author, pdf_created: the document information dictionary, when it says

PDFium runs in a child process (``pdfworker``, reused from one PDF to the next) under an
address-space and CPU limit with a wall-clock timeout: a hostile PDF costs at most those, and is
rejected with the reason; the next PDF gets a fresh process.
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import subprocess
import sys
import threading
import time
from pathlib import Path

from .base import SourceDocument, SourceError
from .files import read_bounded

#: Between two pages in a PDF document's text.
PAGE_BREAK = "\n\f\n"
#: Bounds on one PDF: pages read, characters of text, the reader's address space and time.
MAX_PAGES = 2000
MAX_CHARS = 5_000_000
MEMORY_BYTES = 1024 * 1024 * 1024
SECONDS = 60
#: The reader process is started afresh after this many PDFs (bounds any slow leak in PDFium).
DOCUMENTS_PER_PROCESS = 200
#: Bound on one answer from the reader (the text and its layout, as JSON).
MAX_ANSWER_BYTES = 40 * MAX_CHARS


def looks_like_pdf(head: bytes) -> bool:
    # The header may follow a little junk (ISO 32000 readers look in the first 1024 bytes),
    # but text that merely mentions "%PDF-" later is not a PDF.
    return head.lstrip(b"\xef\xbb\xbf\x00\t\r\n\x0c ")[:5] == b"%PDF-"


def read_pdf(path: Path, origin: str, max_bytes: int) -> SourceDocument:
    """The document in one PDF file; :class:`SourceError` when it cannot be read (encrypted,
    no text layer, broken, or over a bound)."""
    data = read_bounded(path, max_bytes)
    return document_from_pdf(data, origin)


def document_from_pdf(data: bytes, origin: str, **extra) -> SourceDocument:
    result = _run_worker(data)
    error = result.get("error")
    if error == "encrypted":
        raise SourceError("encrypted PDF: it needs a password to open; decrypt it first (qpdf --decrypt)")
    if error == "memory":
        raise SourceError(f"PDF needs more than {MEMORY_BYTES // 2**20:,} MiB to read; refused")
    if error:
        raise SourceError(f"not a readable PDF ({str(result.get('detail'))[:120]})")
    text, metadata = _assemble(result)
    if not text.strip():
        pages = result.get("page_count", 0)
        raise SourceError(f"PDF has no text layer: its {pages} page(s) are scanned images or drawings; "
                          "nothing to read (run OCR on it first)")
    return SourceDocument(raw=data, text=text, kind="pdf", origin=origin, media_type="application/pdf",
                          encoding=None, metadata={**metadata, **extra.pop("metadata", {})}, **extra)


def pdf_reading_notes(metadata: dict) -> list[str]:
    """What a PDF document lacks of its file, said aloud (``ingest`` and ``show`` print it): pages
    without a text layer, and a file read only in part. Empty for a PDF read whole."""
    notes = []
    blank = [int(n) for n in metadata.get("pages_without_text") or []]
    if blank:
        listed = ", ".join(map(str, blank[:20])) + (f" and {len(blank) - 20} more" if len(blank) > 20 else "")
        notes.append(f"no text layer on page{'' if len(blank) == 1 else 's'} {listed} of {metadata.get('page_count', '?')} "
                     "(scanned or drawn; not read: run OCR on the file to read them)")
    if metadata.get("truncated"):
        notes.append(f"read only in part: over the bound of {MAX_PAGES:,} pages or {MAX_CHARS:,} characters; "
                     f"{len(metadata.get('pages') or [])} of {metadata.get('page_count', '?')} pages read")
    return notes


class _Reader:
    """The PDFium child process, reused from one PDF to the next (starting it costs about as much
    as reading a typical report); started again after any failure, and every
    :data:`DOCUMENTS_PER_PROCESS` PDFs. One PDF at a time (a lock: the web upload path ingests
    from worker threads)."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.served = 0
        self.lock = threading.Lock()

    def read(self, data: bytes) -> dict:
        with self.lock:
            if self.proc is None or self.proc.poll() is not None or self.served >= DOCUMENTS_PER_PROCESS:
                self._stop()
                self._start()
            self.served += 1
            deadline = time.monotonic() + SECONDS
            try:
                assert self.proc is not None and self.proc.stdin is not None
                self.proc.stdin.write(len(data).to_bytes(8, "big") + data)
                self.proc.stdin.flush()
                size = int.from_bytes(self._receive(8, deadline), "big")
                if size > MAX_ANSWER_BYTES:
                    raise _Failed("an answer larger than its bound")
                return json.loads(self._receive(size, deadline))
            except _Timeout:
                self._stop()
                raise SourceError(f"PDF took longer than {SECONDS} s to read; refused") from None
            except (_Failed, OSError, ValueError) as exc:
                code = self._stop()
                if code is not None and code < 0:
                    raise SourceError(f"PDF reader stopped by its bounds ({MEMORY_BYTES // 2**20:,} MiB, {SECONDS} s CPU) "
                                      f"or crashed on this file (signal {-code}); refused") from None
                raise SourceError(f"PDF reader failed on this file ({str(exc)[:120] or type(exc).__name__})") from None

    def _start(self) -> None:
        script = Path(__file__).with_name("pdfworker.py")
        cmd = [sys.executable, "-I", str(script), str(MAX_PAGES), str(MAX_CHARS), str(MEMORY_BYTES), str(SECONDS)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.served = 0

    def _receive(self, size: int, deadline: float) -> bytes:
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        chunks, got = [], 0
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while got < size:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise _Timeout()
                chunk = os.read(fd, min(size - got, 1 << 20))
                if not chunk:
                    raise _Failed("the reader ended without an answer")
                chunks.append(chunk)
                got += len(chunk)
        return b"".join(chunks)

    def _stop(self) -> int | None:
        """End the child (it is ours: killed by its own handle); its exit status, or None."""
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            try:
                proc.stdin.close()  # type: ignore[union-attr]
                proc.wait(timeout=0.5)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        return proc.returncode


class _Timeout(Exception):
    pass


class _Failed(Exception):
    pass


_READER = _Reader()


def close_reader() -> None:
    """End the PDF reader process, if one runs (at exit; a later PDF starts a new one)."""
    with _READER.lock:
        _READER._stop()


atexit.register(close_reader)


def _run_worker(data: bytes) -> dict:
    return _READER.read(data)


def _assemble(result: dict) -> tuple[str, dict]:
    parts: list[str] = []
    pages: list[list[int]] = []
    lines: list[list] = []
    marks: list[list[int]] = []
    without_text: list[int] = []
    pos = 0
    for number, page in enumerate(result.get("pages", []), start=1):
        if number > 1:
            parts.append(PAGE_BREAK)
            pos += len(PAGE_BREAK)
        start = pos
        page_lines = page.get("lines", [])
        if not any(str(ln[0]).strip() for ln in page_lines):
            without_text.append(number)
        for i, (text, x0, top, bottom, size, line_marks) in enumerate(page_lines):
            text = _clean(str(text))
            if i:
                parts.append("\n")
                pos += 1
            lines.append([pos, pos + len(text), x0, top, bottom, size])
            marks.extend([pos + a, pos + b] for a, b in line_marks if 0 <= a < b <= len(text))
            parts.append(text)
            pos += len(text)
        pages.append([start, pos])
    info = result.get("info") or {}
    metadata = {
        "page_count": int(result.get("page_count", len(pages))),
        "pages": pages,
        "pages_without_text": without_text,
        "pdf_lines": lines,
        "pdf_marks": marks,
    }
    if result.get("truncated"):
        metadata["truncated"] = True
    for key, name in (("Title", "pdf_title"), ("Author", "pdf_author")):
        value = _clean(str(info.get(key) or "")).strip()
        if value:
            metadata[name] = value[:500]
    created = _pdf_date(str(info.get("CreationDate") or ""))
    if created:
        metadata["pdf_created"] = created
    return "".join(parts), metadata


def _clean(text: str) -> str:
    """Control characters (form feeds, NULs) out of a line, one for one so offsets hold."""
    return "".join(" " if (ord(ch) < 32 and ch != "\t") or ch in "\x7f\ufffe\uffff" else ch for ch in text)


def _pdf_date(value: str) -> str | None:
    """ISO date of a PDF date string (``D:YYYYMMDDHHmmSS...``), or None."""
    import re
    from datetime import date

    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None

"""WARC and WARC.GZ: one document per HTTP response (or resource) record with HTML, text, a PDF,
or one archived Telegram message (what an evidence bundle's WARC holds for such a document)."""

from __future__ import annotations

import io
import re
import sys
import zlib
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from ..clock import is_iso_time
from .base import Rejection, SourceDocument, SourceError
from .pdf import document_from_pdf
from .telegram import MESSAGE_MEDIA_TYPE, document_from_message
from .text import document_from_bytes

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: Other payloads read as documents, each by its own reader; any other type (images, scripts,
#: style sheets) is not a page and is passed over.
_PDF_TYPE = "application/pdf"
#: Response records crawlers write for lookups, which never hold a page (warcio's own list).
_NO_PAGE_SCHEMES = ("dns", "whois", "ntp")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}:")  # RFC 3986 scheme, then its colon
#: Resource records in which Browsertrix keeps the text it extracted from a captured page
#: (urn:text:URL, urn:textFinal:URL, urn:text-from-response:URL): derived from a page, not one.
_DERIVED_TEXT = ("urn:text:", "urn:textfinal:", "urn:text-from-response:")


def looks_like_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)[:5] == b"WARC/"
        except zlib.error:
            return False
    return False


def _content_type(record) -> tuple[str, str | None]:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") if headers else None) or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip('"\'')
    return media.strip().lower(), charset


def _complete(record) -> bool:
    """Read what is left of the record's block; False when the file ended before its Content-Length.

    warcio does not notice a truncated record: it hands out the short block as if it were
    whole (a WARC cut mid-page gave a document of half a page). Its block reader counts down
    the declared length, so a count left above zero once the file is exhausted means truncation.
    """
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return not (isinstance(raw, LimitReader) and raw.limit > 0)


def read_warc(path: Path, origin: str, max_bytes: int) -> Iterator[SourceDocument | Rejection]:
    """Stream the records; a broken record ends the file with a :class:`SourceError`.

    Documents yielded before the break stay valid (each was read whole); the caller reports the
    input as rejected with the reason. A record is only yielded once all of its bytes are known
    to be present.
    """
    count = 0
    try:
        with open(path, "rb") as fh:
            records = _QuietIterator(fh, no_record_parse=False)
            for record in records:
                count += 1
                length = record.rec_headers.get_header("Content-Length") if record.format == "warc" else "0"
                if length is None or not length.strip().isdigit():
                    raise _Truncated(f"malformed WARC: record {count} has no valid Content-Length ({(length or '')[:40]!r})")
                item = _document(record, count, origin, max_bytes)
                if not _complete(record):
                    raise _Truncated(f"truncated WARC: record {count} ends before its declared Content-Length")
                # Read the blank lines that must follow the block before trusting the record: a
                # wrong Content-Length (too short, or too long and eating into the next record's
                # header) leaves something else there.
                records.read_to_end()
                _check_framing(records, count)
                if item is not None:
                    yield item
            _check_framing(records, count)
        if _is_gzip(path):
            problem = _gzip_problem(path)
            if problem:
                raise _Truncated(f"truncated WARC.GZ after {count} record(s): {problem}")
    except _Truncated as exc:
        raise SourceError(str(exc)) from None
    except SourceError:
        raise
    except ArchiveLoadFailed as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable record"
        raise SourceError(f"malformed or truncated WARC after {count} record(s): {reason}") from None
    except Exception:  # warcio raises anything up to AttributeError on a record whose headers are cut off
        raise SourceError(f"malformed or truncated WARC after {count} record(s): the next record's headers "
                          "are cut off or invalid") from None


class _Truncated(Exception):
    pass


#: The longest line warcio may read whole (a WARC or HTTP header line, or what follows a record
#: whose Content-Length lies): one gzip member of a few MB can inflate to a line of gigabytes.
MAX_LINE_BYTES = 1 << 20


class _QuietIterator(ArchiveIterator):
    """warcio's iterator, minus its habit of writing warnings to stderr (ingest stays quiet
    unless asked); the problems it counts in ``err_count`` are turned into a rejection instead.
    Its lines are read whole up to MAX_LINE_BYTES (warcio's own readline stops short mid-line
    past ~180 KB; it is read on to the newline) and a longer line is refused by name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        readline = self.reader.readline

        def bounded_readline(length=None):
            clipped = length is None or length > MAX_LINE_BYTES
            limit = MAX_LINE_BYTES if clipped else length
            line = readline(limit)
            # warcio's readline can stop short of its length mid-line (it subtracts the whole line
            # read so far at each buffer refill): read on to the newline or the limit
            while line and not line.endswith(b"\n") and len(line) < limit:
                more = readline(limit - len(line))
                if not more:
                    break
                line += more
            if clipped and len(line) >= MAX_LINE_BYTES and not line.endswith(b"\n"):
                raise ArchiveLoadFailed(f"a header line longer than {MAX_LINE_BYTES:,} bytes")
            return line

        self.reader.readline = bounded_readline

    def _consume_blanklines(self):
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            return super()._consume_blanklines()
        finally:
            sys.stderr = saved


def _check_framing(records: _QuietIterator, count: int) -> None:
    if records.err_count:
        raise _Truncated(f"malformed WARC: record {count} is followed by bytes that are not the next record "
                         "(wrong Content-Length)")


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _gzip_problem(path: Path) -> str | None:
    """Check that every gzip member of the file is complete; a one-line problem, or None.

    warcio stops quietly when a .warc.gz is cut inside a member, so the records after the cut
    simply vanish; a streaming pass over the members (output discarded, memory bounded by
    ``max_length``) tells a whole file from a truncated one.
    """
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    started = False
    buf = b""
    try:
        with open(path, "rb") as fh:
            while True:
                if not buf:
                    buf = fh.read(1 << 16)
                    if not buf:
                        break
                if decomp.eof:
                    if not buf.strip(b"\0\r\n\t "):  # padding after the last member
                        buf = b""
                        continue
                    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    started = False
                decomp.decompress(buf, 1 << 20)
                started = True
                buf = decomp.unused_data if decomp.eof else decomp.unconsumed_tail
    except zlib.error as exc:
        return f"corrupt gzip data ({exc})"
    if started and not decomp.eof:
        return "the file ends inside a gzip member"
    return None


def _document(record, count: int, origin: str, max_bytes: int) -> SourceDocument | Rejection | None:
    """The document in one record, a rejection for it, or None for a record that holds no page."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#record={count}"
    if record.rec_type == "resource" and uri[:40].lower().startswith(_DERIVED_TEXT):
        return None  # the page it was taken from is read from its own response record
    if record.rec_type == "response" and record.http_headers is None:
        scheme = uri.partition(":")[0].lower()
        if scheme in _NO_PAGE_SCHEMES or scheme in ("http", "https"):
            return None  # a crawler's lookup record (dns:, whois:), or an empty HTTP response: no page
        # warcio reads HTTP only under http(s) targets; any other (javascript:, data:, file:) is
        # refused aloud, never dropped unseen.
        if not _SCHEME.match(uri):  # a path (../../etc/passwd), not a URL: named as such, never opened
            return Rejection(uri, "response record whose target URI has no scheme, not HTTP(S); not read")
        return Rejection(uri, f"response record for a {scheme[:20]}: URI, not HTTP(S); not read")
    media, charset = _content_type(record)
    if media not in _TEXT_TYPES and media not in (_PDF_TYPE, MESSAGE_MEDIA_TYPE):
        return None
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Rejection(uri, f"record payload larger than the size limit of {max_bytes:,} bytes")
    if not payload.strip():
        return Rejection(uri, "empty record payload")
    status = record.http_headers.get_statuscode() if record.http_headers else None
    captured_at = record.rec_headers.get_header("WARC-Date")
    if not is_iso_time(captured_at):
        captured_at = None   # a moment nobody can order by: the archived record still holds it
    metadata = {
        "target_uri": uri,
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
        "http_status": int(status) if status and status.isdigit() else None,
        "declared_content_type": media,
    }
    try:
        if media == _PDF_TYPE:
            return document_from_pdf(payload, uri, captured_at=captured_at, container=origin, metadata=metadata)
        if media == MESSAGE_MEDIA_TYPE:
            doc = document_from_message(payload, uri)
            doc.captured_at = captured_at or doc.captured_at
            doc.container = origin
            doc.metadata.update(metadata)
            return doc
        return document_from_bytes(payload, uri, declared_charset=charset, captured_at=captured_at, container=origin,
                                   metadata=metadata)
    except SourceError as exc:
        return Rejection(uri, str(exc))

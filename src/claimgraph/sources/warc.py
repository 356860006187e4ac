"""WARC and WARC.GZ: one document per HTTP response (or resource) record with HTML or text."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .base import Rejection, SourceDocument, SourceError
from .text import document_from_bytes

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


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


def read_warc(path: Path, origin: str, max_bytes: int) -> Iterator[SourceDocument | Rejection]:
    """Stream the records; a broken record ends the file with a rejection, keeping what came before."""
    count = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, no_record_parse=False):
                count += 1
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#record={count}"
                if record.rec_type == "response" and record.http_headers is None:
                    continue  # a non-HTTP response (dns:, whois:) carries no page
                media, charset = _content_type(record)
                if media not in _TEXT_TYPES:
                    continue
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield Rejection(uri, f"record payload larger than the size limit of {max_bytes:,} bytes")
                    continue
                if not payload.strip():
                    yield Rejection(uri, "empty record payload")
                    continue
                status = record.http_headers.get_statuscode() if record.http_headers else None
                try:
                    doc = document_from_bytes(
                        payload,
                        uri,
                        declared_charset=charset,
                        captured_at=record.rec_headers.get_header("WARC-Date"),
                        container=origin,
                        metadata={
                            "target_uri": uri,
                            "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                            "http_status": int(status) if status and status.isdigit() else None,
                            "declared_content_type": media,
                        },
                    )
                except SourceError as exc:
                    yield Rejection(uri, str(exc))
                    continue
                yield doc
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceError(f"malformed or truncated WARC after {count} records: {reason}") from None

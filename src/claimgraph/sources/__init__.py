"""Readers, one per input kind, chosen by sniffing the content (not trusting the extension).

``walk_inputs`` finds files; ``open_input`` sniffs one and returns an :class:`OpenedInput`
whose ``documents`` iterator yields :class:`SourceDocument` or :class:`Rejection`. Readers never
touch the archive or the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..settings import Settings
from .base import KINDS, Rejection, SourceDocument, SourceError
from .files import InputFile, display_name, read_bounded, read_head, walk_inputs
from .pdf import looks_like_pdf, read_pdf
from .telegram import looks_like_telegram, read_telegram
from .text import document_from_bytes
from .wacz import looks_like_zip, read_wacz
from .warc import looks_like_warc, read_warc

__all__ = [
    "KINDS", "InputFile", "OpenedInput", "Rejection", "SourceDocument", "SourceError",
    "display_name", "open_input", "walk_inputs",
]


@dataclass
class OpenedInput:
    """A sniffed input file.

    kind: ``text``, ``html``, ``telegram``, ``pdf``, ``warc`` or ``wacz``.
    container_media_type: set for inputs holding many documents (WARC, WACZ, Telegram export); the
        file itself is then archived whole, alongside each document's own bytes.
    """

    file: InputFile
    kind: str
    container_media_type: str | None
    documents: Iterator[SourceDocument | Rejection]


def open_input(inp: InputFile, settings: Settings) -> OpenedInput:
    """Sniff ``inp`` and prepare its reader. Raises :class:`SourceError` for an unreadable input."""
    head = read_head(inp.path)
    if not head:
        raise SourceError("empty file")
    if looks_like_pdf(head):
        return OpenedInput(inp, "pdf", None, iter([read_pdf(inp.path, inp.name, settings.max_bytes)]))
    if looks_like_warc(head):
        return OpenedInput(inp, "warc", "application/warc", read_warc(inp.path, inp.name, settings.max_bytes))
    if looks_like_zip(head):
        # Checked whole (entry names, sizes, every SHA-256 datapackage.json lists) before
        # anything is archived; a ZIP that is not a WACZ is refused.
        docs = read_wacz(inp.path, inp.name, settings.max_bytes, settings.max_container_bytes)
        return OpenedInput(inp, "wacz", "application/wacz", docs)
    if looks_like_telegram(head):
        # Streamed twice, never held whole: read_telegram checks the whole export now, so that
        # malformed JSON rejects the input before anything is archived for it, then reads the
        # messages again one at a time as they are ingested.
        docs = read_telegram(inp.path, inp.name, settings.max_bytes, settings.max_container_bytes)
        return OpenedInput(inp, "telegram", "application/json", docs)
    if head.startswith(b"\x1f\x8b"):
        raise SourceError("gzip-compressed file that is not a WARC")
    data = read_bounded(inp.path, settings.max_bytes)
    if head.lstrip()[:1] in (b"{", b"["):
        _refuse_json(data, inp)
    doc = document_from_bytes(data, inp.name)
    return OpenedInput(inp, doc.kind, None, iter([doc]))


def _refuse_json(data: bytes, inp: InputFile) -> None:
    """JSON is only ever a Telegram export: refuse other JSON, and broken JSON in a ``.json`` file.

    Text that merely starts with a brace and is not JSON at all stays text; a ``.json`` file
    that does not parse is reported as malformed rather than stored as prose.
    """
    import json

    try:
        json.loads(data)
    except RecursionError:
        raise SourceError("JSON nested too deeply to read") from None
    except ValueError as exc:
        if inp.path.suffix.lower() == ".json":
            where = f" at line {exc.lineno} column {exc.colno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else f": {exc}"
            raise SourceError(f"malformed or truncated JSON{where}") from None
        return
    raise SourceError("JSON that is not a Telegram Desktop export (no 'messages' list)")

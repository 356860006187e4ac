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
from .telegram import looks_like_telegram, read_telegram
from .text import document_from_bytes
from .warc import looks_like_warc, read_warc

__all__ = [
    "KINDS", "InputFile", "OpenedInput", "Rejection", "SourceDocument", "SourceError",
    "display_name", "open_input", "walk_inputs",
]


@dataclass
class OpenedInput:
    """A sniffed input file.

    kind: ``text``, ``html``, ``telegram`` or ``warc``.
    container_media_type: set for inputs holding many documents (WARC, Telegram export); the
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
    if looks_like_warc(head):
        return OpenedInput(inp, "warc", "application/warc", read_warc(inp.path, inp.name, settings.max_bytes))
    if looks_like_telegram(head):
        data = read_bounded(inp.path, settings.max_container_bytes)
        # Parse now so that malformed JSON rejects the input before anything is archived for it.
        docs = list(read_telegram(data, inp.name))
        return OpenedInput(inp, "telegram", "application/json", iter(docs))
    if head.startswith(b"\x1f\x8b"):
        raise SourceError("gzip-compressed file that is not a WARC")
    if head.lstrip()[:1] in (b"{", b"[") and _is_json(inp, settings):
        raise SourceError("JSON that is not a Telegram Desktop export (no 'messages' list)")
    data = read_bounded(inp.path, settings.max_bytes)
    doc = document_from_bytes(data, inp.name)
    return OpenedInput(inp, doc.kind, None, iter([doc]))


def _is_json(inp: InputFile, settings: Settings) -> bool:
    import json

    try:
        json.loads(read_bounded(inp.path, settings.max_bytes))
        return True
    except (ValueError, SourceError):
        return False

"""Plain dataclasses that every reader yields. Readers never touch the archive or the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Kinds of document a reader can produce.
KINDS = ("text", "html", "telegram", "pdf")


@dataclass
class SourceDocument:
    """One document found in an input, with the exact bytes it came from.

    raw: the document's own bytes, archived under their SHA-256. For a plain file these are the
        file's bytes; for a WARC record, the HTTP payload (transfer and content encodings
        removed); for a Telegram message, the message's JSON object serialised canonically; for a
        PDF, the PDF file.
    text: ``raw`` decoded (HTML stays HTML here; article extraction happens later); for a PDF,
        its text layer (see ``sources/pdf.py``).
    kind: one of :data:`KINDS`.
    origin: where it came from: a file path (display-safe) or the WARC target URI.
    media_type: e.g. ``text/html``, ``text/plain``, ``application/json``.
    encoding: the character encoding ``raw`` was decoded with.
    captured_at: ISO-8601 capture time when the input says (WARC-Date, Telegram message date).
    container: the input file that held this document (WARC, Telegram export), if any; that
        file is archived whole too, and its SHA-256 is recorded on the capture.
    metadata: reader-specific facts (``channel``, ``message_id``, ``forwarded_from``,
        ``warc_record_id``, ``target_uri``, ``http_status`` ...), JSON-serialisable.
    """

    raw: bytes
    text: str
    kind: str
    origin: str
    media_type: str
    encoding: str | None = None
    captured_at: str | None = None
    container: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rejection:
    """An input (or part of one) that could not be read, with a one-line reason."""

    origin: str
    reason: str


class SourceError(Exception):
    """A reader's way of saying: this input cannot be read, and here is why (one line)."""

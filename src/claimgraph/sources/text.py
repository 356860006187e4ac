"""Plain text and HTML files: one file, one document."""

from __future__ import annotations

import re

from .base import SourceDocument, SourceError
from .decode import decode_text

# Enough to tell a page from prose that merely mentions a tag.
_HTML_OPEN = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_HTML_TAGS = re.compile(r"<(?:div|p|span|meta|title|a\s+href|article|section|script|h[1-6])\b", re.I)


def is_html(text: str) -> bool:
    head = text[:4096]
    # Skip leading comments by hand: the regex this replaces, ``(?:<!--.*?-->\s*)*<html``,
    # backtracked exponentially over a run of comments (30 of them took minutes).
    pos = len(head) - len(head.lstrip())
    while head.startswith("<!--", pos):
        end = head.find("-->", pos + 4)
        if end < 0:
            break
        pos = end + 3
        pos += len(head[pos:]) - len(head[pos:].lstrip())
    if _HTML_OPEN.match(head, pos):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def document_from_bytes(raw: bytes, origin: str, *, declared_charset: str | None = None, **extra) -> SourceDocument:
    """Decode a single text or HTML payload into a document (no extraction yet)."""
    text, encoding = decode_text(raw, declared_charset)
    if not text.strip():
        raise SourceError("empty file (only white space)")
    kind = "html" if is_html(text) else "text"
    return SourceDocument(
        raw=raw,
        text=text,
        kind=kind,
        origin=origin,
        media_type="text/html" if kind == "html" else "text/plain",
        encoding=encoding,
        **extra,
    )

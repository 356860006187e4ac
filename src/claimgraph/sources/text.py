"""Plain text and HTML files: one file, one document."""

from __future__ import annotations

import re

from .base import SourceDocument, SourceError
from .decode import decode_text

# A page's root: what real HTML starts with (after comments and an XML declaration).
_HTML_OPEN = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
# A tag of a known HTML element; bounded so that a run of '<' costs linear time.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})(?=[\s/>])[^<>]{0,1000}>")
_ELEMENTS = frozenset("""
    a abbr address article aside audio b blockquote body br button caption cite code dd del details div dl dt em
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins label li link main mark
    meta nav noscript ol p picture pre q s script section small source span strong style sub summary sup table tbody
    td tfoot th thead time title tr u ul video
""".split())
# A fragment without its root is HTML only on a sufficient share of markup: elements closed as
# they were opened, and tags that are more than a stray mention in the text around them.
MIN_CLOSED_ELEMENTS = 2
MIN_MARKUP_SHARE = 0.01


def is_html(text: str) -> bool:
    head = text[:4096]
    # Skip leading comments (and an XML declaration) by hand: the regex this replaces,
    # ``(?:<!--.*?-->\s*)*<html``, backtracked exponentially over a run of comments (30 of
    # them took minutes).
    pos = len(head) - len(head.lstrip())
    while head.startswith(("<!--", "<?"), pos):
        close = "-->" if head.startswith("<!--", pos) else "?>"
        end = head.find(close, pos + 2)
        if end < 0:
            break
        pos = end + len(close)
        pos += len(head[pos:]) - len(head[pos:].lstrip())
    if _HTML_OPEN.match(head, pos):
        return True
    return _markup_evidence(head)


def _markup_evidence(head: str) -> bool:
    """Prose that names a few tags ("the <div> and <p> were stripped") is not a page: it takes
    closing tags matching earlier opening ones, and markup making a share of the characters."""
    opened: set[str] = set()
    closed = markup = 0
    for m in _TAG.finditer(head):
        name = m.group(2).lower()
        if name not in _ELEMENTS:
            continue  # "<The Palace>", "<Enter>": not markup
        markup += len(m.group(0))
        if not m.group(1):
            opened.add(name)
        elif name in opened:
            closed += 1
    return closed >= MIN_CLOSED_ELEMENTS and markup >= MIN_MARKUP_SHARE * len(head.strip())


def document_from_bytes(raw: bytes, origin: str, *, declared_charset: str | None = None, **extra) -> SourceDocument:
    """Decode a single text or HTML payload into a document (no extraction yet)."""
    text, encoding, replaced = decode_text(raw, declared_charset)
    if replaced:
        extra["metadata"] = {**extra.get("metadata", {}), "undecodable_bytes": replaced}
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

"""A Telegram message as an article: the message text is the body, the channel the author.

Channel posts are written to be read as they are, so nothing is cleaned beyond what is
obviously not text: control characters, zero-width characters and U+FFFD left by bad decoding.
Paragraphs are the message's blank-line-separated blocks, each a span of the given text.
"""

from __future__ import annotations

import re
from claimgraph.clock import parse_iso

from claimgraph.extract.article_types import Article, FieldSpan
from claimgraph.extract.language import guess_language

MAX_CHARS = 1_000_000
# Everything that renders as nothing: C0/C1 controls (not tab/newline), zero-width and
# directional marks, the BOM, and the replacement character.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffd]")
_BLOCK = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")


def extract_telegram(text: str, metadata: dict) -> Article:
    """Article of one message; ``metadata`` has "channel", "message_id", "date", "forwarded_from"."""
    text = text[:MAX_CHARS]
    article = Article()
    spans: dict[str, list[FieldSpan]] = {}
    for block in _BLOCK.finditer(text):
        cleaned = _NOT_TEXT.sub("", block.group()).strip()
        if not cleaned:
            continue
        lead = len(block.group()) - len(block.group().lstrip())
        tail = len(block.group()) - len(block.group().rstrip())
        article.paragraphs.append(cleaned)
        spans.setdefault("body", []).append(FieldSpan(block.start() + lead, block.end() - tail))
    article.body = "\n\n".join(article.paragraphs)
    channel = metadata.get("channel")
    article.author = str(channel).strip() or None if channel else None
    article.outlet = article.author
    article.published = _iso(metadata.get("date"))
    article.language = guess_language(article.body)
    article.spans = spans
    return article


def _iso(value) -> str | None:
    """ISO-8601 date (YYYY-MM-DD) of the message; its time stays in the reader's metadata."""
    if not value:
        return None
    moment = parse_iso(str(value))
    return moment.date().isoformat() if moment else None

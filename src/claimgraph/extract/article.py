"""The article a document carries, and the one entry point that extracts it.

``extract_article`` dispatches on the document's kind: HTML goes through trafilatura plus our
rules (``html.py``), text a scraper already flattened goes through our own boilerplate cleaner
(``plaintext.py``), a Telegram message is taken as it is (``telegram.py``), a PDF's text layer is
rebuilt into paragraphs from its lines' layout (``pdf.py``). Every field keeps where
it came from (``spans``) so the UI can highlight it in the archived source.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field

from ..sources.base import KINDS as SOURCE_KINDS

LOGGER = logging.getLogger(__name__)

#: Kinds ``extract_article`` understands: the document kinds the readers produce.
KINDS = SOURCE_KINDS


@dataclass
class Caption:
    """An image caption and its credit line ("Image Credit: X", "Photo: X"), if any."""

    text: str
    credit: str | None = None


@dataclass
class FieldSpan:
    """Where a field's text sits in the text that was given to the extractor.

    start/end: character offsets into that text (``text[start:end]``).
    locator: how to read the offsets. None for plain text and Telegram (the offsets are the
        whole story); for HTML, ``"html"`` (offsets into the decoded HTML source, from the
        field's first word to its last, tags and entities in between) or ``"html-attribute"``
        when the text is only in an attribute (a meta tag); :data:`UNLOCATED` for a
        placeholder.
    """

    start: int
    end: int
    locator: str | None = None


#: Locator of a zero-length placeholder span: the text was not found in the source (or, for a
#: caption's credit, there is none). Placeholders keep ``spans["body"]`` aligned with
#: ``paragraphs`` and ``spans["caption"]``/``spans["credit"]`` aligned with ``captions``.
UNLOCATED = "unlocated"


@dataclass
class Article:
    """What a document says as an article; empty strings / None when a field was not found."""

    headline: str | None = None
    author: str | None = None
    published: str | None = None
    section: str | None = None
    outlet: str | None = None
    language: str | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    spans: dict[str, list[FieldSpan]] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The fields ``claimgraph extract --json`` prints (spans stay internal)."""
        return {
            "headline": self.headline,
            "author": self.author,
            "published": self.published,
            "section": self.section,
            "outlet": self.outlet,
            "language": self.language,
            "body": self.body,
            "captions": [asdict(caption) for caption in self.captions],
        }


def extract_article(
    text: str,
    kind: str,
    *,
    url: str | None = None,
    metadata: dict | None = None,
) -> Article:
    """Extract the article from one decoded document.

    text: the decoded HTML source (kind "html"), scraped plain text ("text") or a Telegram
        message's flattened text ("telegram").
    metadata: reader facts; for Telegram "channel", "message_id", "date", "forwarded_from"; for a
        PDF "pages", "pdf_lines", "pdf_marks", "pdf_title" ... (see ``sources/pdf.py``).

    Never raises on hostile input: whatever goes wrong, the result is an Article with an empty
    body (and the reason logged), so one bad page cannot stop an ingest.
    """
    if not isinstance(text, str) or not text:
        return Article()
    try:
        if kind == "html":
            from claimgraph.extract.html import extract_html

            return extract_html(text, url=url)
        if kind == "telegram":
            from claimgraph.extract.telegram import extract_telegram

            return extract_telegram(text, metadata or {})
        if kind == "pdf":
            from claimgraph.extract.pdf import extract_pdf

            return extract_pdf(text, metadata or {})
        if kind == "text":
            from claimgraph.extract.plaintext import extract_plaintext

            return extract_plaintext(text)
        LOGGER.warning("unknown document kind %r; no article extracted", kind)
    except (Exception, RecursionError) as err:  # hostile input must not stop an ingest
        LOGGER.warning("article extraction failed (%s): %s", kind, err)
    return Article()

"""The one entry point that extracts the article a document carries.

``extract_article`` dispatches on the document's kind: HTML goes through trafilatura plus our
rules (``html.py``), text a scraper already flattened goes through our own boilerplate cleaner
(``plaintext/``), a Telegram message is taken as it is (``telegram.py``), a PDF's text layer is
rebuilt into paragraphs from its lines' layout (``pdf.py``). Every field keeps where it came from
(``spans``) so the UI can highlight it in the archived source. The types (``Article``,
``Caption``, ``FieldSpan``) live in ``article_types.py``, which the readers import.
"""

from __future__ import annotations

import logging

from ..sources.base import KINDS as SOURCE_KINDS
from .article_types import Article

LOGGER = logging.getLogger(__name__)

#: Kinds ``extract_article`` understands: the document kinds the readers produce.
KINDS = SOURCE_KINDS


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

            return extract_plaintext(text, url=url)
        LOGGER.warning("unknown document kind %r; no article extracted", kind)
    except (Exception, RecursionError) as err:  # hostile input must not stop an ingest
        LOGGER.warning("article extraction failed (%s): %s", kind, err)
    return Article()

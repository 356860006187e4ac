"""The article a document carries, as plain dataclasses every reader fills in.

Kept apart from ``article.py`` (the dispatcher) so the readers (``plaintext/``, ``html.py``,
``telegram.py``) import their types from here, not from the module that imports them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


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
    #: The wire or site the page credits the story to, when that is not the outlet itself
    #: ("Reuters" for "KYIV, June 6 (Reuters) -" on another site's page; see ``credits.py``).
    reprinted_from: str | None = None
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
            "reprinted_from": self.reprinted_from,
            "language": self.language,
            "body": self.body,
            "captions": [asdict(caption) for caption in self.captions],
        }

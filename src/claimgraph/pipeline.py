"""The analysis stages after ingest, in order: article extraction, then entities and claims.

Plain data in, plain data out: :func:`analyse` takes documents (as readers or the store give
them) and returns :class:`Analysis` objects; it never touches the store. ``ingest`` and
``extract`` both go through here, so the CLI's ``extract --json`` and what ``ingest`` stores
are the same thing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

log = logging.getLogger(__name__)

#: Below this many documents, forking worker processes costs more than it saves.
PARALLEL_THRESHOLD = 40


@dataclass
class Analysis:
    article: Any  # claimgraph.extract.article_types.Article
    extraction: Any  # claimgraph.extract.attribution.Extraction

    def to_json(self) -> dict:
        out = {"article": self.article.to_json()}
        out.update(self.extraction.to_json())
        return out


@dataclass
class AnalysisInput:
    """What the stages need to know about one document."""

    text: str  # decoded source: HTML source, plain text, or Telegram message text
    kind: str  # "html", "text", "telegram" or "pdf"
    url: str | None = None
    metadata: dict | None = None


def extract_articles(items: Sequence[AnalysisInput]) -> list:
    from .extract.article import extract_article

    return [extract_article(i.text, i.kind, url=i.url, metadata=i.metadata or {}) for i in items]


def analyse(items: Sequence[AnalysisInput], n_process: int = 2, batch_size: int = 64) -> list[Analysis]:
    """Article, entities and claims for each item, in order."""
    from .extract.attribution import Extraction, extract_claims, extract_claims_many

    articles = extract_articles(items)
    procs = n_process if len(items) >= PARALLEL_THRESHOLD else 1
    # A Telegram post speaks in its channel's own voice (or, forwarded, in the original's), a
    # PDF report in its own: their unattributed sentences are that channel's or report's claims.
    pairs = [(a.body, a.headline, _own_voice(item, a)) for item, a in zip(items, articles)]
    try:
        extractions = extract_claims_many(pairs, n_process=procs, batch_size=batch_size)
    except Exception:
        # One document that breaks the model or the rules must not block the batch (and, since
        # the batch would be retried first, every later ingest): redo it one by one.
        extractions = []
        for body, headline, author in pairs:
            try:
                extractions.append(extract_claims(body, headline=headline, author=author))
            except Exception as exc:
                log.warning("claims extraction failed for one document (%s: %s); stored without claims",
                            type(exc).__name__, str(exc)[:200])
                extractions.append(Extraction())
    for item, extraction in zip(items, extractions):
        if item.kind == "pdf":
            _report_voice(extraction)
    return [Analysis(a, e) for a, e in zip(articles, extractions)]


#: The cue of a report's own statement (the claims stage names a channel post's "channel post").
REPORT_VOICE_CUE = "the report's finding"


def _report_voice(extraction) -> None:
    from .extract.attribution import OWN_VOICE_CUE

    for claim in getattr(extraction, "claims", []):
        if claim.cue == OWN_VOICE_CUE:
            claim.cue = REPORT_VOICE_CUE


def _own_voice(item: AnalysisInput, article) -> str | None:
    """Whose own voice a document is written in, when it is a channel post or a report; None for
    articles. A report's findings are attributed to the report itself, named by its title."""
    if item.kind == "pdf":
        return article.headline or None
    if item.kind != "telegram":
        return None
    forwarded = str((item.metadata or {}).get("forwarded_from") or "").strip()
    return forwarded or article.author


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch

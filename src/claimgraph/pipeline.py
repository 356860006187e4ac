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
    """Article, entities and claims for each item, in order.

    Russian and Ukrainian documents (by the article's language) go to the Cyrillic extractor,
    the rest to the English one; both return the same dataclasses.
    """
    return analyse_articles(items, extract_articles(items), n_process, batch_size)


def analyse_articles(items: Sequence[AnalysisInput], articles: Sequence, n_process: int = 2,
                     batch_size: int = 64) -> list[Analysis]:
    """The second stage of :func:`analyse`: entities and claims of the items' articles (as
    :func:`extract_articles` gave them), in order."""
    from .extract.attribution import first_person_is_the_writer
    from .extract.cyrillic import LANGUAGES

    # A Telegram post speaks in its channel's own voice (or, forwarded, in the original's), a
    # PDF report in its own: their unattributed sentences are that channel's or report's claims.
    pairs = [(a.body, a.headline, _own_voice(item, a)) for item, a in zip(items, articles)]
    cyrillic = [i for i, a in enumerate(articles) if a.language in LANGUAGES]
    others = [i for i in range(len(items)) if articles[i].language not in LANGUAGES]
    extractions: list = [None] * len(items)
    if others:
        for i, e in zip(others, _extract_english([pairs[i] for i in others], n_process, batch_size)):
            extractions[i] = e
    if cyrillic:
        jobs = [(pairs[i], articles[i].language) for i in cyrillic]
        for i, e in zip(cyrillic, _extract_cyrillic(jobs, n_process)):
            extractions[i] = e
    for item, article, extraction, (_, _, own) in zip(items, articles, extractions, pairs):
        _add_furniture(item, article, extraction)
        if item.kind == "pdf":
            _report_voice(extraction)
        # "we" in the writer's own sentences: the report, channel or outlet that wrote them
        first_person_is_the_writer(getattr(extraction, "claims", []), own or article.outlet)
    return [Analysis(a, e) for a, e in zip(articles, extractions)]


def _add_furniture(item: AnalysisInput, article, extraction) -> None:
    """The entities of the page's furniture lines the reader handed over (a byline, a credit, a
    tag line), as mentions into the page's text (``extract/furniture.py``); claims untouched."""
    spans = (getattr(article, "spans", None) or {}).get("furniture")
    if not spans or extraction is None:
        return
    from .extract.furniture import add_page_entities, page_entities

    try:
        found = page_entities(item.text, spans, article.language,
                              outlets=(article.outlet or "", article.reprinted_from or ""))
    except Exception as exc:   # the furniture is extra: the article's own analysis stands
        log.warning("furniture entities failed for one document (%s: %s)", type(exc).__name__, str(exc)[:200])
        return
    add_page_entities(extraction, found, article.language)


def _extract_english(pairs: list[tuple], n_process: int, batch_size: int) -> list:
    from .extract.attribution import Extraction, extract_claims, extract_claims_many

    procs = n_process if len(pairs) >= PARALLEL_THRESHOLD else 1
    try:
        return extract_claims_many(pairs, n_process=procs, batch_size=batch_size)
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
        return extractions


def _cyrillic_one(job: tuple) -> Any:
    from .extract.attribution import Extraction
    from .extract.cyrillic import extract_claims_cyrillic

    (body, headline, author), language = job
    try:
        return extract_claims_cyrillic(body, language, headline=headline, author=author)
    except Exception as exc:   # one hostile document must not stop the batch
        log.warning("claims extraction failed for one %s document (%s: %s); stored without claims",
                    language, type(exc).__name__, str(exc)[:200])
        return Extraction()


def _one_blas_thread() -> None:
    """natasha's models are numpy matrix products: one BLAS thread per worker process, or the
    workers' threads fight over the same cores (measured: 2 workers slower than 1)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _extract_cyrillic(jobs: list[tuple], n_process: int) -> list:
    if n_process <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        return [_cyrillic_one(j) for j in jobs]
    import multiprocessing as mp

    from .extract.cyrillic.models import natasha_models

    natasha_models()   # loaded once in the parent, shared by the forked workers
    with mp.get_context("fork").Pool(n_process, initializer=_one_blas_thread) as pool:
        return list(pool.imap(_cyrillic_one, jobs, chunksize=4))


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

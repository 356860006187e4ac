"""The entry point: ``extract_plaintext`` runs the steps in order (lines and marks, the body, the
header, the date, the author, captions, the outlet and credit) and builds the ``Article``.
"""

from __future__ import annotations

from claimgraph.extract import credits
from claimgraph.extract.article_types import Article, FieldSpan
from claimgraph.extract.dates import date_from_url
from claimgraph.extract.language import guess_language
from .params import CleanerParams, DEFAULT_PARAMS
from .lines import (
    _CAPTION_LABEL, _CREDIT, _SENTENCE_END, count_words, is_cut_prose, is_prompt, is_prose, is_short_sentence,
    mark_copies, mark_table_rows, split_lines,
)
from .furniture import furniture_spans
from .people import collect_captions, drop_trailing_bio, find_author, find_outlet
from .published import find_published, source_field_in_date_row, title_part
from .header import find_headline, find_section, printed_sites, site_suffix
from .body import body_run, clean_body, skip_standfirst, start_at_dateline, unmark_sentence_lists


#: Work bounds: a larger text is cut here before cleaning (offsets stay valid: it is a prefix).
MAX_CHARS = 2_000_000
#: Lines after the body searched for the story's credit ("© Thomson Reuters 2024").
MAX_FOOTER_LINES = 30


#: A text of at most this many lines with no run of prose is a short note, its sentences its body.
SHORT_NOTE_LINES = 3


def extract_plaintext(text: str, params: CleanerParams = DEFAULT_PARAMS, url: str | None = None) -> Article:
    """Clean scraped plain text into an Article; spans are offsets into ``text``. ``url``, the
    page's address when the ingest has one, dates and names the page when its text does not."""
    text = text[:MAX_CHARS]
    lines = split_lines(text)
    if not lines:
        return Article()
    for line in lines:
        line.words = count_words(line.text)
        line.prose = is_prose(line, params)
    lines[-1].prose = lines[-1].prose or is_cut_prose(lines[-1], params)
    mark_copies(lines)
    if params.table_rows:
        mark_table_rows(lines, params.table_rows)
    for index, line in enumerate(lines):
        line.caption = bool(_CREDIT.search(line.text)) and line.words <= 60 and not source_field_in_date_row(line.text)
        line.prompt = is_prompt(line, params)
        if index and _CAPTION_LABEL.match(lines[index - 1].text) and line.words <= 60:
            line.caption = True   # "Image caption," alone on its line labels the next one
    for line in lines:
        line.sentence = is_short_sentence(line, params)
    unmark_sentence_lists(lines, params.short_sentence_edge)

    first, last = body_run(lines, params)
    if first is not None and last is not None:
        first = skip_standfirst(lines, first, last)
        first = start_at_dateline(lines, first, last)
    article = Article()
    spans: dict[str, list[FieldSpan]] = {}
    body_lines = clean_body(lines, first, last, params) if first is not None and last is not None else []
    if not body_lines and len(lines) <= SHORT_NOTE_LINES:
        # a short note ("Doctors said missiles struck the hospital."): too short for the body's
        # run of prose, its sentences are the whole of it
        body_lines = [line for line in lines if line.words >= 3 and _SENTENCE_END.search(line.text)
                      and not line.prompt and not line.caption]
        if body_lines:
            first, last = lines.index(body_lines[0]), lines.index(body_lines[-1])

    headline_at = find_headline(lines, first if first is not None else len(lines))
    if headline_at is not None:
        headline = lines[headline_at]
        article.headline = title_part(headline.text)
        site = site_suffix(article.headline, printed_sites(lines, headline_at, first))
        if site:
            article.headline = article.headline[: site[1]]
        spans["headline"] = [FieldSpan(headline.start, headline.start + len(article.headline))]
        section_at = find_section(lines, headline_at)
        if section_at is not None:
            article.section = lines[section_at].text
            spans["section"] = [FieldSpan(lines[section_at].start, lines[section_at].end)]

    # a headline read from the page's title ("Headline | Site" opening a saved page) has the
    # site's chrome under it, its date bar too: the header's date is looked for near the body
    titled = headline_at == 0 and site_suffix(lines[0].text) is not None
    dated = find_published(lines, None if titled else headline_at, first, last)
    if dated:
        article.published, start, end = dated
        spans["published"] = [FieldSpan(start, end)]
    else:
        # a date in the address's path ("/2023/03/04/"): after every date the page prints, since
        # a site may file a story under the day it was first drafted
        article.published = date_from_url(url)

    author = find_author(lines, first)
    if author:
        name, start, end = author
        article.author = name
        spans["author"] = [FieldSpan(start, end)]
        body_lines = drop_trailing_bio(body_lines, name)

    captions, caption_spans, credit_spans = collect_captions(lines)
    article.captions = captions
    if caption_spans:
        spans["caption"] = caption_spans
        spans["credit"] = credit_spans

    outlet = find_outlet(lines, article.headline, first, headline_at)
    # The credit is looked for in the body and the lines after it ("© Thomson Reuters 2024"
    # and "Source: X" close an article but are not body text).
    after = lines[last + 1 : last + 1 + MAX_FOOTER_LINES] if last is not None else []
    credited = body_lines + after
    if first is not None:
        # A byline naming a wire ("By Reuters") sits in the header, above the body.
        byline = next((line for line in lines[max(0, first - 15) : first] if credits.wire_line(line.text)), None)
        credited = credited + [byline] if byline else credited
    credit = credits.story_credit([line.text for line in credited])
    # the address's host names the site when the page prints no name for it ("lenta.ru"); a
    # wire's own site is the wire whatever name the page prints (never a reprint of itself)
    host = credits.site_from_url(url)
    named = host if credits.is_wire(host) or not outlet else outlet[0]
    article.outlet, article.reprinted_from = credits.choose_outlet(named, (credit[0], credit[4]) if credit else None)
    if outlet and article.outlet == outlet[0]:
        spans["outlet"] = [FieldSpan(outlet[1], outlet[2])]
    if credit:
        at = credited[credit[1]].start
        field_name = "reprinted_from" if article.reprinted_from else "outlet"
        if article.reprinted_from or not outlet:
            spans[field_name] = [FieldSpan(at + credit[2], at + credit[3])]

    article.paragraphs = [line.text for line in body_lines]
    article.body = "\n\n".join(article.paragraphs)
    if body_lines:
        spans["body"] = [FieldSpan(line.start, line.end) for line in body_lines]
    article.language = guess_language(article.body)
    furniture = furniture_spans(text, lines, body_lines, headline_at)
    if furniture:
        # the lines left out that carry a name (a byline, a credit, a tag line): their entities
        # are the page's, outside the article (``extract/furniture.py``)
        spans["furniture"] = furniture
    article.spans = spans
    return article

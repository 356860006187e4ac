"""Article extraction from HTML: trafilatura for the body, page metadata for the rest.

The page is parsed once (lxml, through trafilatura's tolerant loader) and every reader works on
that tree: metadata (JSON-LD, OpenGraph and meta tags, via trafilatura's own readers but without
its slower full metadata pass), captions from ``<figure>``/``<figcaption>``, then trafilatura's
body extraction. Our rules then clean the body (``htmlbody.py``) and every field is located in
the decoded source (``locate.py``) so it can be highlighted there.
"""

from __future__ import annotations

import logging
import re

import trafilatura
from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
from trafilatura.utils import load_html, trim

from claimgraph.extract import MAX_HTML_CHARS, credits
from claimgraph.extract.article_types import UNLOCATED, Article, Caption, FieldSpan
from claimgraph.extract.dates import date_from_url
from claimgraph.extract.htmlbody import clean_paragraphs
from claimgraph.extract.language import guess_language
from claimgraph.extract.locate import SourceLocator
from claimgraph.extract.plaintext import split_caption
from claimgraph.extract.plaintext.furniture import MAX_FURNITURE_CHARS, MAX_FURNITURE_LINES, MAX_LINE_WORDS, names_line

LOGGER = logging.getLogger(__name__)

MAX_CAPTIONS = 50
#: Below this many characters the precision-focused pass may have cut the article (see
#: ``extract_body``).
SHORT_BODY_CHARS = 1000
_WS = re.compile(r"\s+")
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|attribution|byline", re.I)
_BYLINE_XPATH = XPath(
    './/*[@rel="author" or contains(@itemprop, "author") or contains(@class, "byline")'
    ' or contains(@class, "Byline") or contains(@class, "author")]'
)
_CAPTION_XPATH = XPath('.//figcaption | .//*[contains(@class, "wp-caption-text")]')
_SKIP_AUTHOR = re.compile(r"comment|sidebar|related|quote|footer|is-hidden", re.I)
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$")


def extract_html(html: str, url: str | None = None) -> Article:
    """Extract the article of one decoded HTML page; spans point into ``html``."""
    html = html[:MAX_HTML_CHARS]
    tree = load_html(html)
    if tree is None:
        return Article()
    article = Article()
    # Metadata and captions are read before trafilatura runs: its fallbacks may edit the tree.
    read_metadata(tree, article)
    # the page's address names and dates it when its markup does not (as for scraped text)
    article.outlet = article.outlet or credits.site_from_url(url)
    article.published = article.published or date_from_url(url)
    captions = figure_captions(tree)
    furniture = furniture_texts(tree)
    try:
        body = extract_body(tree, url)
    except (Exception, RecursionError) as err:  # keep the metadata when the body fails
        LOGGER.warning("body extraction failed: %s", err)
        body = ""
    paragraphs = clean_paragraphs(
        body.split("\n"), headline=article.headline, captions=[c.text for c in captions]
    )
    article.paragraphs = paragraphs
    article.body = "\n\n".join(paragraphs)
    # The story's credit (a dateline, a wire's copyright line) beside the page's own site name.
    credit = credits.story_credit(paragraphs)
    article.outlet, article.reprinted_from = credits.choose_outlet(
        article.outlet, (credit[0], credit[4]) if credit else None
    )
    article.captions = captions
    article.language = article.language or guess_language(article.body)
    article.spans = locate_fields(html, article)
    located = locate_furniture(html, article, furniture)
    if located:
        article.spans["furniture"] = located
    return article


#: Elements whose own text may be a furniture line (a byline, a credit, a tag line); those that
#: hold a block of their own are read through that block instead.
_FURNITURE_TAGS = ("p", "div", "span", "li", "small", "figcaption", "footer", "address", "cite", "em", "strong")
_BLOCKS = frozenset(("p", "div", "li", "ul", "ol", "table", "section", "article", "figure", "header", "footer"))
#: At most this many elements are looked at (a hostile page of a million spans stays cheap).
MAX_FURNITURE_ELEMENTS = 5_000
_FURNITURE_CLASS = re.compile(r"byline|author|credit|copyright|tags?\b|topics|photographer", re.I)


def furniture_texts(tree: HtmlElement) -> list[str]:
    """The page's short texts outside any block of their own that carry a name: shaped like a
    byline, a credit, a tag line or a copyright line (``plaintext.furniture.names_line``), or
    marked so by their class ("byline", "credit", "tags"), in page order, bounded. Read before
    trafilatura runs (its fallbacks may edit the tree)."""
    out: list[str] = []
    seen: set[str] = set()
    total = 0
    for count, element in enumerate(tree.iter(*_FURNITURE_TAGS)):
        if count >= MAX_FURNITURE_ELEMENTS or len(out) >= MAX_FURNITURE_LINES:
            break
        if any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element):
            continue
        parts: list[str] = []
        size = 0
        for piece in element.itertext():   # stops early: an inline element may wrap the whole page
            parts.append(piece)
            size += len(piece)
            if size > 600:
                break
        text = trim(" ".join(parts))
        if not text or size > 600 or text in seen or len(text) > 300 or len(text.split()) > MAX_LINE_WORDS:
            continue
        classes = (element.get("class") or "") + " " + (element.get("rel") or "")
        if not (names_line(text) or _FURNITURE_CLASS.search(classes)):
            continue
        if total + len(text) > MAX_FURNITURE_CHARS:
            break
        seen.add(text)
        out.append(text)
        total += len(text)
    return out


def locate_furniture(html: str, article: Article, texts: list[str]) -> list[FieldSpan]:
    """Spans (locator "html") of the furniture texts that are not the article's own text (its
    body or headline) and are visible in the source."""
    locator = SourceLocator(html)
    inside = article.body + "\n" + (article.headline or "")
    out = []
    for text in texts:
        if text in inside:
            continue
        span = locator.find(text)
        if span is not None and span.locator == "html":
            out.append(span)
    return out


def extract_body(tree: HtmlElement, url: str | None) -> str:
    """trafilatura's text, precision first, its full pipeline when that looks cut short.

    On the benchmark trafilatura's errors are mostly extra text (related links, newsletter
    boxes, comments), which its precision focus removes; but that focus, without the fallback
    extractors, sometimes drops most of an article. So: a fast precision-focused pass; if it
    yields little text, the full pipeline (with readability/jusText fallbacks) runs too, and
    the precision result is kept unless it holds less than half of the full one.
    """
    precise = trafilatura.extract(tree, url=url, include_comments=False, fast=True, favor_precision=True) or ""
    if len(precise) >= SHORT_BODY_CHARS:
        return precise
    full = trafilatura.extract(tree, url=url, include_comments=False) or ""
    return precise if len(precise) >= 0.5 * len(full) else full


def _clean(text: str | None) -> str | None:
    text = _WS.sub(" ", text or "").strip()
    return text or None


def read_metadata(tree: HtmlElement, article: Article) -> None:
    """Headline, author, date, section, outlet and language from the page's own metadata."""
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as err:  # trafilatura's JSON-LD reader has known crashes on odd schemas
        LOGGER.debug("JSON-LD metadata unreadable: %s", err)
    article.headline = choose_headline(tree, _clean(meta.title))
    authors = meta.author or byline_author(tree)
    if authors:
        # trafilatura separates several authors with "; "; we join them with ", ".
        article.author = ", ".join(dict.fromkeys(a.strip() for a in authors.split(";") if a.strip()))
    article.outlet = _clean(meta.sitename.lstrip("@")) if isinstance(meta.sitename, str) else None
    section = tree.xpath('string(.//head/meta[@property="article:section"]/@content)')
    if not section and meta.categories:
        section = meta.categories[0]
    article.section = _clean(section)
    try:
        # Fast mode: the page's own markup only (meta tags, <time>, JSON-LD), no text scan.
        article.published = find_date(tree, extensive_search=False, original_date=True)
    except Exception as err:
        LOGGER.debug("no date: %s", err)
    article.language = page_language(tree)


_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "bin", "al", "and", "y", "e", "et", "und"}


def _looks_like_names(text: str) -> bool:
    """Names are capitalised words (scripts without case pass): "View author archive" is not."""
    return all(
        not word[:1].islower() or word in _PARTICLES for word in re.split(r"[\s;,]+", text) if word
    )


def _byline_rank(element: HtmlElement) -> int:
    # Explicit markup first; "byline" boxes last, as they often hold the date too.
    if element.get("rel") == "author" or "author" in (element.get("itemprop") or ""):
        return 0
    css = (element.get("class") or "").lower()
    if "author" in css and "byline" not in css:
        return 1
    return 2


def byline_author(tree: HtmlElement) -> str | None:
    """Author from a byline element: rel/itemprop "author" first, then class "byline"/"author".

    trafilatura's own ``extract_author`` copies the whole tree and runs three broad XPaths,
    which costs more than the whole margin we have over bare trafilatura's speed; one XPath and
    a look at the few matches' ancestors (to skip comments and sidebars) is enough.
    """
    matches = _BYLINE_XPATH(tree)[:40]
    ranked = sorted(matches, key=_byline_rank)
    for element in ranked:
        if any(
            _SKIP_AUTHOR.search((ancestor.get("class") or "") + " " + (ancestor.get("id") or ""))
            for ancestor in element.iterancestors()
        ):
            continue
        content = trim(" ".join(element.itertext()))
        # A byline is a few names; a longer text is an author box or a menu ("View author ...").
        if content and 2 < len(content) < 120 and len(content.split()) <= 8:
            author = normalize_authors(None, content)
            if author and _looks_like_names(author):
                return author
    return None


def choose_headline(tree: HtmlElement, meta_title: str | None) -> str | None:
    """The visible ``<h1>`` when it agrees with the page metadata, else the metadata title.

    Metadata titles often carry the site's name ("Headline | Site"); the ``<h1>`` is what the
    reader sees, but pages also use ``<h1>`` for logos, so it must match the metadata.
    """
    h1s = [h for h in [_clean(h.text_content()) for h in tree.iterfind(".//h1")][:10] if h]
    if meta_title:
        folded = meta_title.casefold()
        for h1 in h1s:
            if h1.casefold() in folded or folded in h1.casefold():
                return h1
        return meta_title
    if len(h1s) == 1:
        return h1s[0]
    return _clean(extract_title(tree))


def page_language(tree: HtmlElement) -> str | None:
    """ISO 639-1 code the page declares (``<html lang>``, og:locale, content-language)."""
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        tree.xpath('string(.//head/meta[@property="og:locale"]/@content)'),
        tree.xpath('string(.//head/meta[@http-equiv="content-language" or @http-equiv="Content-Language"]/@content)'),
    ]
    for value in candidates:
        value = (value or "").strip()
        if value and _LANG.match(value):
            return value.split("-")[0].split("_")[0].lower()[:2]
    return None


def figure_captions(tree: HtmlElement) -> list[Caption]:
    """Captions from ``<figcaption>`` (and WordPress-style caption elements), with credits.

    A credit is a child marked as one (class "credit", "copyright", "source" ...) or a credit
    line inside the caption text ("Photo: X", "Image Credit: X").
    """
    captions: list[Caption] = []
    seen: set[str] = set()
    for node in _CAPTION_XPATH(tree)[: MAX_CAPTIONS * 2]:
        credit = None
        for child in node.iterdescendants():
            if isinstance(child.tag, str) and _CREDIT_CLASS.search(child.get("class") or ""):
                credit = _clean(child.text_content())
                break
        text = _clean(node.text_content())
        if not text:
            continue
        if credit and text.endswith(credit):
            text = text[: -len(credit)].rstrip(" -–—|(")
        elif not credit:
            text, credit = split_caption(text)
        key = text.casefold()
        if not text or key in seen:
            continue
        seen.add(key)
        captions.append(Caption(text, credit))
        if len(captions) >= MAX_CAPTIONS:
            break
    return captions


def locate_fields(html: str, article: Article) -> dict[str, list[FieldSpan]]:
    """Where each field sits in the decoded HTML source (spans with locator "html")."""
    locator = SourceLocator(html)
    spans: dict[str, list[FieldSpan]] = {}

    def put(name: str, text: str | None, after: int = 0, aligned: bool = False) -> FieldSpan | None:
        span = locator.find(text, after) if text else None
        if span is None and aligned:
            # Lists that run parallel to a field keep their places with a placeholder.
            spans.setdefault(name, []).append(FieldSpan(after, after, UNLOCATED))
        elif span is not None:
            spans.setdefault(name, []).append(span)
        return span

    put("headline", article.headline)
    if article.author:
        for name in article.author.split(", "):
            put("author", name)
    put("section", article.section)
    cursor = 0
    for paragraph in article.paragraphs:
        span = put("body", paragraph, cursor, aligned=True)
        if span is not None:
            cursor = span.end
    for caption in article.captions:
        span = put("caption", caption.text, aligned=True)
        put("credit", caption.credit, span.end if span else 0, aligned=True)
    return spans

"""A PDF report as an article: paragraphs rebuilt from the text layer's lines, boilerplate out.

The reader (``sources/pdf.py``) gives the text one line per line of the page and, in the
metadata, each line's box and font size, the small raised marks, and where each page starts.
From those:

* the **body font size** is the size most of the text is set in;
* **running headers and footers** are lines at the top or bottom of a page that recur (digits
  ignored) on at least half of the pages, and page-number lines ("Page 3 of 12", "– 3 –") there;
* **footnotes** are the lines set smaller than the body at the foot of a page, and **footnote
  markers** the small raised marks inside body lines;
* **headings** are lines set larger than the body, or short lines without closing punctuation
  standing apart (space above and below);
* the **title, authors and date** come from the front matter of page 1 (the largest lines above
  the first body text, a "By ..." / "Authors: ..." line, a written date), else from the
  document information dictionary;
* **paragraphs** are runs of body lines, broken where the space between lines opens up, the
  first line is indented, or a heading intervenes; they continue across page breaks, and a word
  hyphenated at a line end is joined again.

The body is not a substring of the text, so the article keeps an exact map back to it: runs of
characters copied unchanged, ``spans["body_runs"][i]`` (offsets into the body) copied from
``spans["source_runs"][i]`` (offsets into the text, same length). With ``metadata["pages"]``
a claim's characters map to page N and the characters on it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from claimgraph.extract.article_types import Article, FieldSpan
from claimgraph.extract.dates import find_date_span
from claimgraph.extract.language import guess_language

MAX_CHARS = 5_000_000
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", re.I)
_BYLINE = re.compile(r"^\s*(?:by|authors?|written by|prepared by)\s*[:\s]\s*(?P<who>\S.{1,200}?)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_HEADING_END = re.compile(r"[.!?,;:…\"'”’]\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-Z]\.)\s+\S")


@dataclass
class _Line:
    start: int
    end: int
    x0: float
    top: float
    bottom: float
    size: float
    page: int
    text: str
    role: str = "body"  # body | running | footnote | heading | title | byline | date | blank


def extract_pdf(text: str, metadata: dict) -> Article:
    text = text[:MAX_CHARS]
    lines = _lines(text, metadata)
    if not lines:
        return Article()
    article = Article()
    spans: dict[str, list[FieldSpan]] = {}
    body_size = _body_size(lines)
    pages = max(ln.page for ln in lines) + 1
    _mark_running(lines, pages)
    _mark_footnotes(lines, body_size)
    _mark_headings(lines, body_size)
    _front_matter(lines, body_size, article, spans, metadata)
    marks = sorted((int(a), int(b)) for a, b in metadata.get("pdf_marks") or [] if isinstance(a, int) and isinstance(b, int))
    _paragraphs(text, lines, body_size, marks, article, spans)
    article.outlet = str(metadata.get("pdf_author") or "").strip() or None
    if not article.author:
        article.author = article.outlet
    article.language = guess_language(article.body)
    article.spans = spans
    return article


def _lines(text: str, metadata: dict) -> list[_Line]:
    pages = [(int(a), int(b)) for a, b in metadata.get("pages") or []]
    out = []
    page = 0
    for row in metadata.get("pdf_lines") or []:
        try:
            start, end, x0, top, bottom, size = int(row[0]), int(row[1]), *(float(v) for v in row[2:6])
        except (TypeError, ValueError, IndexError):
            continue
        if not 0 <= start <= end <= len(text):
            continue
        while page + 1 < len(pages) and start >= pages[page + 1][0]:
            page += 1
        line = _Line(start, end, x0, top, bottom, size, page, text[start:end])
        if not line.text.strip():
            line.role = "blank"
        out.append(line)
    return out


def _body_size(lines: list[_Line]) -> float:
    weight: Counter = Counter()
    for ln in lines:
        if ln.role == "body":
            weight[ln.size] += len(ln.text.strip())
    return weight.most_common(1)[0][0] if weight else 0.0


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _edges(lines: list[_Line], pages: int, depth: int = 2) -> list[list[_Line]]:
    """The first and last ``depth`` text lines of each page."""
    per_page: list[list[_Line]] = [[] for _ in range(pages)]
    for ln in lines:
        if ln.role != "blank":
            per_page[ln.page].append(ln)
    return [page[:depth] + page[-depth:] if len(page) > 2 * depth else list(page) for page in per_page]


def _mark_running(lines: list[_Line], pages: int) -> None:
    edges = _edges(lines, pages)
    with_text = sum(1 for e in edges if e)
    seen: Counter = Counter()
    for edge in edges:
        for key in {_key(ln.text) for ln in edge}:
            seen[key] += 1
    for edge in edges:
        for ln in edge:
            recurs = with_text >= 2 and seen[_key(ln.text)] >= max(2, (with_text + 1) // 2)
            if recurs or _PAGE_NUMBER.match(ln.text):
                ln.role = "running"


def _mark_footnotes(lines: list[_Line], body_size: float) -> None:
    """Lines set smaller than the body at the foot of a page, under its last body-size line."""
    if not body_size:
        return
    by_page: dict[int, list[_Line]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln)
    for page_lines in by_page.values():
        for ln in reversed(page_lines):
            if ln.role in ("running", "blank"):
                continue
            if ln.size and ln.size < 0.9 * body_size:
                ln.role = "footnote"
            else:
                break


def _mark_headings(lines: list[_Line], body_size: float) -> None:
    pitch = _pitch(lines, body_size)
    text_lines = [ln for ln in lines if ln.role == "body"]
    for i, ln in enumerate(text_lines):
        words = ln.text.split()
        if body_size and ln.size >= 1.1 * body_size and len(words) <= 30:
            ln.role = "heading"
            continue
        if not words or len(words) > 12 or _HEADING_END.search(ln.text) or not (ln.text.lstrip()[0].isupper() or _NUMBERED_HEADING.match(ln.text)):
            continue
        before = text_lines[i - 1] if i else None
        after = text_lines[i + 1] if i + 1 < len(text_lines) else None
        apart_above = before is None or before.page != ln.page or _gap(before, ln) > 1.3 * pitch
        apart_below = after is not None and (after.page != ln.page or _gap(ln, after) > 1.3 * pitch)
        if pitch and apart_above and apart_below:
            ln.role = "heading"


def _gap(upper: _Line, lower: _Line) -> float:
    return upper.top - lower.top


def _pitch(lines: list[_Line], body_size: float) -> float:
    """The usual distance between the tops of two consecutive body lines on a page."""
    steps = [a.top - b.top for a, b in zip(lines, lines[1:])
             if a.page == b.page and a.role == b.role == "body" and a.size == b.size == body_size and a.top > b.top]
    return statistics.median(steps) if steps else 0.0


def _front_matter(lines: list[_Line], body_size: float, article: Article, spans: dict, metadata: dict) -> None:
    """Title, authors and date from page 1 above the first body paragraph."""
    front = []
    for ln in lines:
        if ln.page != 0 or (ln.role == "body" and ln.size <= body_size and not _BYLINE.match(ln.text)
                            and not _is_date_line(ln.text)):
            break
        if ln.role in ("body", "heading"):
            front.append(ln)
    if front:
        biggest = max(ln.size for ln in front)
        title_lines = []  # the first run of consecutive lines in the largest size
        for i, ln in enumerate(front):
            if ln.size == biggest and (not title_lines or title_lines[-1] is front[i - 1]):
                title_lines.append(ln)
        if title_lines and (biggest > body_size or len(front) > 1):
            for ln in title_lines:
                ln.role = "title"
            article.headline = " ".join(ln.text.strip() for ln in title_lines)
            spans["headline"] = [FieldSpan(title_lines[0].start, title_lines[-1].end)]
        for ln in front:
            if ln.role == "title":
                continue
            byline = _BYLINE.match(ln.text)
            if byline and not article.author:
                ln.role = "byline"
                article.author = byline.group("who").strip()
                spans["author"] = [FieldSpan(ln.start + byline.start("who"), ln.start + byline.end("who"))]
            elif _is_date_line(ln.text) and not article.published:
                ln.role = "date"
                found = find_date_span(ln.text)
                article.published = found[0]
                spans["published"] = [FieldSpan(ln.start + found[1], ln.start + found[2])]
            elif ln.size != body_size:
                ln.role = "heading"  # a subtitle or an organisation's name: front matter, not body
    if not article.headline and metadata.get("pdf_title"):
        article.headline = str(metadata["pdf_title"])
    if not article.author and metadata.get("pdf_author"):
        article.author = str(metadata["pdf_author"])
    if not article.published and metadata.get("pdf_created"):
        article.published = str(metadata["pdf_created"])


def _is_date_line(text: str) -> bool:
    found = find_date_span(text)
    return bool(found) and len(text.strip()) <= 60 and len(text.split()) <= 8


def _paragraphs(text: str, lines: list[_Line], body_size: float, marks: list[tuple[int, int]], article: Article,
                spans: dict) -> None:
    pitch = _pitch(lines, body_size)
    widths = [len(ln.text.strip()) for ln in lines if ln.role == "body"]
    full = statistics.median(widths) if widths else 0
    paragraphs: list[list[_Line]] = []
    prev: _Line | None = None
    for ln in lines:
        if ln.role == "heading":
            prev = None
            continue
        if ln.role != "body":
            continue
        if prev is None or _breaks(prev, ln, pitch, full):
            paragraphs.append([])
        paragraphs[-1].append(ln)
        prev = ln
    body_parts: list[str] = []
    body_runs: list[FieldSpan] = []
    source_runs: list[FieldSpan] = []
    para_spans: list[FieldSpan] = []
    pos = 0
    for para in paragraphs:
        if body_parts:
            body_parts.append("\n\n")
            pos += 2
        pieces: list[tuple[int, int]] = []
        for i, ln in enumerate(para):
            start, end = _strip(text, ln.start, ln.end)
            if i and pieces:
                last_start, last_end = pieces[-1]
                if last_start >= 0 and _hyphenated(text, last_start, last_end, start):
                    pieces[-1] = (last_start, last_end - 1)
                    pieces.append((start, start))  # joined without a space
                else:
                    pieces.append((-1, -1))  # a space between lines
            for a, b in _without_marks(start, end, marks):
                pieces.append((a, b))
        for a, b in pieces:
            if a < 0:
                body_parts.append(" ")
                pos += 1
            elif b > a:
                body_parts.append(text[a:b])
                body_runs.append(FieldSpan(pos, pos + b - a))
                source_runs.append(FieldSpan(a, b))
                pos += b - a
        para_spans.append(FieldSpan(para[0].start, para[-1].end, "pdf"))
    article.body = "".join(body_parts)
    article.paragraphs = article.body.split("\n\n") if article.body else []
    if para_spans:
        spans["body"] = para_spans
        spans["body_runs"] = body_runs
        spans["source_runs"] = source_runs


def _breaks(prev: _Line, ln: _Line, pitch: float, full: float) -> bool:
    """Whether ``ln`` starts a new paragraph after ``prev``."""
    ended = bool(_SENTENCE_END.search(prev.text))
    if prev.page != ln.page:
        return ended and len(prev.text.strip()) < 0.85 * full
    if pitch and prev.top and ln.top:
        if prev.top - ln.top > 1.3 * pitch:
            return True
        if ln.x0 - prev.x0 > 0.8 * (ln.size or 10) and ended:
            return True  # first-line indent
        return False
    return ended and len(prev.text.strip()) < 0.85 * full


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _hyphenated(text: str, last_start: int, last_end: int, next_start: int) -> bool:
    return (last_end - last_start >= 2 and text[last_end - 1] in "-\u00ad" and text[last_end - 2].isalpha()
            and next_start < len(text) and text[next_start].islower())


def _without_marks(start: int, end: int, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) minus the footnote markers inside it (a marker ends a word: "forces.12")."""
    import bisect

    out = []
    pos = start
    i = bisect.bisect_left(marks, (start, start))
    if i:
        i -= 1
    while i < len(marks) and marks[i][0] < end:
        a, b = marks[i]
        if b > pos and a >= start:
            if a > pos:
                out.append((pos, a))
            pos = max(pos, b)
        i += 1
    if pos < end:
        out.append((pos, end))
    return out

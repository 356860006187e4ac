"""The page's furniture lines that carry a name: what the cleaner leaves out of the body but an
analyst still wants as provenance (a byline's author, a photo's agency, a tag line's names, a
"read also" line, a copyright line, an embedded post's signature). Whole menus and lists of
related headlines are not taken: only a line whose shape says it carries a name."""

from __future__ import annotations

import re

from claimgraph.extract.article_types import FieldSpan
from claimgraph.extract.credits import copyright_line
from .lines import _BYLINE, _CREDIT, Line

#: Bounds per page: the furniture is read after the article, it must stay a small extra cost.
MAX_FURNITURE_LINES = 40
MAX_FURNITURE_CHARS = 4_000
#: A longer line is prose or a menu, no furniture line.
MAX_LINE_WORDS = 40

#: A label that opens a line of names: tags and topics, "read also", a source or text credit.
_LABEL = re.compile(
    r"^\s*(?:tags?|topics?|keywords|read (?:also|more)|see also|related|source|text|editor|reporting by|written by"
    r"|теги|теґи|теми|темы|метки|мітки|ключевые слова|ключові слова|читайте (?:также|також|ещё|більше)"
    r"|смотрите также|дивіться також|см\. также|джерело|источник|текст|редактор|автор(?:и|ы|ка)?"
    r"|фото(?:граф)?|відео|видео)\s*[:\-–—]", re.IGNORECASE)
#: An embedded post's signature ("— Ana Fell (@anafell)"); a copyright line is ``credits.copyright_line``'s.
_SIGNATURE = re.compile(r"^\s*[—–-]\s*\S.*\(@\w{2,}\)")


def names_line(text: str) -> bool:
    """A line whose shape says it carries a name: a byline, a credit, a labelled line of names
    (tags, "read also", a source), a copyright line, an embedded post's signature. Shared by the
    plain-text and the HTML readers."""
    return bool(_BYLINE.match(text) or _CREDIT.search(text) or _LABEL.match(text)
                or copyright_line(text) or _SIGNATURE.match(text))


def _carries_a_name(line: Line) -> bool:
    return line.caption or names_line(line.text)


def furniture_spans(source: str, lines: list[Line], kept: list[Line], headline_at: int | None) -> list[FieldSpan]:
    """Spans (offsets into ``source``) of the lines outside the body (``kept``) and the headline
    that carry a name, in page order, at most :data:`MAX_FURNITURE_LINES` lines and
    :data:`MAX_FURNITURE_CHARS` characters."""
    body = {id(line) for line in kept}
    out: list[FieldSpan] = []
    total = 0
    for index, line in enumerate(lines):
        if id(line) in body or index == headline_at or line.words > MAX_LINE_WORDS or not _carries_a_name(line):
            continue
        size = line.end - line.start
        if total + size > MAX_FURNITURE_CHARS or source[line.start:line.end].strip() == "":
            continue
        out.append(FieldSpan(line.start, line.end))
        total += size
        if len(out) >= MAX_FURNITURE_LINES:
            break
    return out

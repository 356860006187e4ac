"""Quotation spans found from the characters alone, before any parse.

Quote marks are the most reliable attribution signal a news text has, and the small model's
tokenizer and parser do not pair them for us, so we pair them here with a single linear scan:

* curly (“ ” ‘ ’ „ « ») and straight (" ') marks, told apart from apostrophes by the characters
  around them ("Let’s", "soldiers’ boots" never open or close a quote), and a double quote typed
  as two single marks (''…'', ‘‘…’’);
* nesting: a quote inside a quote keeps a ``parent`` link, so a claim inside a claim keeps both
  speakers;
* multi-paragraph quotes: news style opens every paragraph of a long quote with a mark and closes
  only the last one, so a paragraph break followed by a fresh opening mark continues the quote;
* hostile input: an unclosed mark is dropped at the next blank line, and no quote may run past
  ``MAX_QUOTE_CHARS`` — the scan is O(n) whatever the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A quote longer than this is not treated as a quote (an unbalanced mark in a long page would
#: otherwise swallow everything after it).
MAX_QUOTE_CHARS = 6000

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
_WORD = re.compile(r"\w+")
#: Every character the scan acts on; the scan jumps from one to the next (the others only
#: advance it, and the length check on an open quote waits for the next mark without loss).
_MARKS = re.compile("[\n\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "]")


@dataclass
class Quote:
    """One quotation: ``start``/``end`` include the marks, ``inner_*`` is the quoted text."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    double: bool
    parent: int | None = None  # index of the enclosing quote in the list, if nested
    paragraphs: int = 1
    children: list[int] = field(default_factory=list)

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.inner_start : self.inner_end]))


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _next_nonspace(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i] in " \t\r\n\u00a0":
        i += 1
    return i


def find_quotes(text: str) -> list[Quote]:
    """Every balanced quotation in ``text``, in order of their opening mark."""
    quotes: list[Quote] = []
    # Open marks: (position, is_double, continued_paragraphs)
    stack: list[list] = []
    n = len(text)
    i = 0
    while i < n:
        mark = _MARKS.search(text, i)
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if stack and i - stack[0][0] > MAX_QUOTE_CHARS:
            stack.clear()
        if ch == "\n":
            if stack:
                j = _next_nonspace(text, i)
                blank_line = "\n" in text[i + 1 : j]
                if j < n and (text[j] in DOUBLE_OPEN or text[j] == '"') and any(s[1] for s in stack):
                    # Paragraph-continuation of a long double quote: drop inner single quotes,
                    # skip the reopening mark, count the paragraph.
                    while stack and not stack[-1][1]:
                        stack.pop()
                    stack[-1][2] += 1
                    i = j + 1
                    continue
                if blank_line or j >= n:
                    stack.clear()
            i += 1
            continue
        if ch in DOUBLE_OPEN:
            stack.append([i, True, 1])
        elif ch in DOUBLE_CLOSE:
            if not any(sk[1] for sk in stack) and not _is_word(prev) and prev not in ".,!?" and _is_word(nxt):
                # A closing mark used as the opening one (”Mr. Trump …”, a common typing slip):
                # nothing is open, it stands before a word and after a space or line start.
                stack.append([i, True, 1])
            else:
                _close(text, stack, quotes, i, double=True)
        elif ch == '"':
            has_open = any(s[1] for s in stack)
            if has_open and not prev.isspace():
                _close(text, stack, quotes, i, double=True)
            elif not nxt.isspace() and nxt != "":
                stack.append([i, True, 1])
            elif has_open:
                _close(text, stack, quotes, i, double=True)
        elif ch in "'‘" and nxt == ch and not _is_word(prev) and i + 2 < n and _is_word(text[i + 2]):
            # two single opening marks for a double one (''is a misguided approach,''): wire
            # copy typed without curly quotes
            stack.append([i, True, 1, 2])
            i += 2
            continue
        elif ch in "’'" and nxt == ch and stack and stack[-1][1] and not prev.isspace():
            # two single closing marks for a double one ("hundreds’’"), inside an open double quote
            count = len(quotes)
            _close(text, stack, quotes, i, double=True)
            if len(quotes) > count:
                quotes[-1].end = i + 2
            i += 2
            continue
        elif ch in SINGLE_OPEN:
            if not _is_word(prev):
                stack.append([i, False, 1])
        elif ch == SINGLE_CLOSE or ch == "'":
            # An apostrophe inside a word ("Let’s") never closes; one after a plural ("soldiers’")
            # closes only when a single quote is actually open.
            if not _is_word(nxt) and stack and not stack[-1][1] and not prev.isspace():
                _close(text, stack, quotes, i, double=False)
            elif ch == "'" and not _is_word(prev) and _is_word(nxt):
                stack.append([i, False, 1])
        i += 1
    quotes.sort(key=lambda q: (q.start, -q.end))
    # Nesting links: a quote strictly inside another one.
    open_: list[int] = []
    for idx, q in enumerate(quotes):
        while open_ and quotes[open_[-1]].end <= q.start:
            open_.pop()
        if open_:
            q.parent = open_[-1]
            quotes[open_[-1]].children.append(idx)
        open_.append(idx)
    return quotes


def _close(text: str, stack: list, quotes: list[Quote], i: int, *, double: bool) -> None:
    # Pop to the nearest open mark of the same kind; anything opened after it was unbalanced.
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][1] == double:
            start, _, paragraphs, *width = stack[k]
            del stack[k:]
            inner_start, inner_end = start + (width[0] if width else 1), i
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and text[inner_end - 1].isspace():
                inner_end -= 1
            if inner_end > inner_start:
                quotes.append(Quote(start, i + 1, inner_start, inner_end, double, paragraphs=paragraphs))
            return


def quote_at(quotes: list[Quote], pos: int) -> int | None:
    """Index of the innermost quote whose inner text contains ``pos``."""
    best = None
    for idx, q in enumerate(quotes):
        if q.start > pos:
            break
        if q.inner_start <= pos < q.inner_end:
            best = idx
    return best

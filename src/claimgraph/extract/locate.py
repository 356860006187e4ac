"""Find extracted text back in the HTML source it came from, as character offsets.

Extractors hand back text with tags gone, entities decoded and whitespace collapsed, so a
plain ``str.find`` in the source rarely works. Instead a text is found by its first and last few
words: a candidate is the next occurrence of its first word in the source, kept if it is visible
(not inside a tag, a comment or ``<script>``/``<style>``/``<title>`` ...) and if, once the tags
and entities just after it are blanked to spaces (which keeps offsets), the following words are
the text's words with only non-word characters between them. Text that is only in an attribute
(a meta tag) is still found, with the locator ``"html-attribute"``.
"""

from __future__ import annotations

import bisect
import html as htmllib
import re

from claimgraph.extract.article_types import FieldSpan

_WORD = re.compile(r"\w+")
_ENTITY = re.compile(r"&#?\w{1,32};")
# Elements whose text a reader never sees, and comments; found by a linear scan (a regex with
# ".*?" up to the closing tag goes quadratic on a page full of unclosed openings).
_HIDDEN_TAGS = ("script", "style", "title", "textarea", "noscript", "template")
_HIDDEN_OPEN = re.compile(r"<!--|<(" + "|".join(_HIDDEN_TAGS) + r")\b", re.IGNORECASE)
_HIDDEN_CLOSE = {tag: re.compile(r"</" + tag + r"\s*>", re.IGNORECASE) for tag in _HIDDEN_TAGS}
# A run of tags and entities (and the whitespace between them) is blanked as one replacement.
# "[^<>]" rather than "[^>]": a stray "<" must not make every later "<" scan to the end.
_MARKUP = re.compile(r"(?:(?:<[^<>]*>|&#?\w{1,32};)\s*)+")
#: How many words of each end of a text are matched.
EDGE_WORDS = 8
#: How far (in characters of source) the words of one edge may spread.
EDGE_REACH = 1500
#: The end of a text is looked for at most this far (times its length) past its start.
STRETCH = 20
#: Give up on a text after this many false starts (bounds the work on repetitive pages).
MAX_TRIES = 200


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _blank(match: re.Match) -> str:
    return " " * (match.end() - match.start())


def blank_markup(text: str) -> str:
    """``text`` with its tags and character entities replaced by spaces (offsets kept)."""
    return _MARKUP.sub(_blank, text)


def hidden_ranges(html: str) -> list[tuple[int, int]]:
    """(start, end) of every comment and hidden element, in order (a linear scan).

    An element left open hides the rest of the page, as it would in a browser.
    """
    ranges: list[tuple[int, int]] = []
    pos = 0
    while True:
        opening = _HIDDEN_OPEN.search(html, pos)
        if opening is None:
            return ranges
        if opening.group(1):
            close = _HIDDEN_CLOSE[opening.group(1).lower()].search(html, opening.end())
            end = close.end() if close else len(html)
        else:
            close_at = html.find("-->", opening.end())
            end = close_at + 3 if close_at >= 0 else len(html)
        ranges.append((opening.start(), end))
        pos = end


class SourceLocator:
    """Locates texts in one HTML source; build once per page, then ``find`` many texts.

    Only the stretch of source around a candidate match is blanked (tags and entities replaced
    by spaces, keeping offsets), so the cost follows the number of texts, not the page size.
    """

    def __init__(self, html: str) -> None:
        self.html = html
        hidden = hidden_ranges(html)
        self._hidden_starts = [start for start, _ in hidden]
        self._hidden = hidden

    def _hidden_end(self, pos: int) -> int | None:
        """Where the tag, comment or hidden element holding ``pos`` ends; None if visible."""
        html = self.html
        if html.rfind("<", 0, pos) > html.rfind(">", 0, pos):
            end = html.find(">", pos)
            return end + 1 if end >= 0 else len(html)
        index = bisect.bisect_right(self._hidden_starts, pos) - 1
        if index >= 0 and self._hidden[index][1] > pos:
            return self._hidden[index][1]
        return None

    def _match_words(self, words: list[str], start: int, endpos: int) -> tuple[int, int] | None:
        """(start, end) of the first visible place at or after ``start`` where ``words`` follow
        each other with only markup and non-word characters between them."""
        html = self.html
        first = words[0]
        pos = start
        for _ in range(MAX_TRIES):
            pos = html.find(first, pos, endpos)
            if pos < 0:
                return None
            skip_to = self._hidden_end(pos)
            if skip_to is not None:
                pos = skip_to
                continue
            if pos == 0 or not _WORD.match(html, pos - 1):
                end = self._words_end(pos, words)
                if end is not None:
                    return pos, end
            pos += 1
        return None

    def _words_end(self, pos: int, words: list[str]) -> int | None:
        """End offset of ``words`` read from ``pos`` on (markup skipped), or None.

        A short stretch is blanked first (words are usually close together); only when it
        ends before all the words are read is the full reach tried.
        """
        reach = min(EDGE_REACH, 16 * sum(len(w) + 1 for w in words) + 64)
        while True:
            window = _MARKUP.sub(_blank, self.html[pos : pos + reach])
            matches = []
            for match in _WORD.finditer(window):
                matches.append(match)
                if len(matches) == len(words):
                    break
            if [m.group() for m in matches] == words:
                return pos + matches[-1].end()
            complete = len(matches) == len(words) or pos + reach >= len(self.html)
            if complete or reach >= EDGE_REACH:
                return None
            reach = EDGE_REACH

    def find(self, text: str, after: int = 0) -> FieldSpan | None:
        """Span of ``text`` in the visible source at or after ``after`` (else anywhere visible,
        else inside an attribute), or None."""
        words = _WORD.findall(text)
        if not words:
            return None
        size = len(self.html)
        head = words[:EDGE_WORDS]
        found = self._match_words(head, after, size)
        if found is None and after:
            found = self._match_words(head, 0, size)
        if found is None:
            at = self.html.find(text)
            if at >= 0:
                return FieldSpan(at, at + len(text), "html-attribute")
            return None
        start, end = found
        if len(words) > EDGE_WORDS:
            endpos = min(size, end + STRETCH * len(text) + 2000)
            tail = self._match_words(words[-EDGE_WORDS:], start, endpos)
            if tail is not None:
                end = tail[1]
        return FieldSpan(self._widen_left(start, text), self._widen_right(end, text), "html")

    def _widen_right(self, end: int, text: str) -> int:
        """Take in the punctuation that ends ``text`` (".", "”" ...), written as is or as an
        entity, when the source has it right after the last word."""
        stripped = text.rstrip()
        cut = len(stripped)
        while cut > 0 and cut > len(stripped) - 8 and not _is_word_char(stripped[cut - 1]):
            cut -= 1
        for char in stripped[cut:]:
            if char.isspace():
                return end
            if self.html.startswith(char, end):
                end += 1
                continue
            entity = _ENTITY.match(self.html, end)
            if entity and htmllib.unescape(entity.group()) == char:
                end = entity.end()
                continue
            break
        return end

    def _widen_left(self, start: int, text: str) -> int:
        """Take in the punctuation that opens ``text`` ("“", "(" ...), as is or as an entity."""
        stripped = text.lstrip()
        cut = 0
        while cut < len(stripped) and cut < 8 and not _is_word_char(stripped[cut]):
            cut += 1
        for char in reversed(stripped[:cut]):
            if char.isspace():
                return start
            if start > 0 and self.html[start - 1] == char:
                start -= 1
                continue
            semicolon = start - 1
            if semicolon > 0 and self.html[semicolon] == ";":
                amp = self.html.rfind("&", max(0, semicolon - 33), semicolon)
                if amp >= 0 and htmllib.unescape(self.html[amp : semicolon + 1]) == char:
                    start = amp
                    continue
            break
        return start

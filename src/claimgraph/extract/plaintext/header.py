"""The header above the body: the headline (the most title-like line, not a ticker's or a list's
item, not a dated byline), the section above it, and the site's name closing a title line.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from claimgraph.extract import credits
from claimgraph.extract.dates import find_date_span
from .lines import (
    Line, MAX_TITLE_CHARS, _AUTHOR_LABEL, _BYLINE, _CJK, _DATE_LABEL, _MENU_SEPARATOR, _SENTENCE_END, _key, _menu_item,
    count_words, is_menu_line,
)
from .people import _name_line
from .published import _RELATIVE_TIME, _date_stamp_line, _dated_byline, _dated_part, _flattened_ticker, title_part


# "Headline | Site", "Headline - BBC News": a page title printed with the site's name.
_SITE_SEPARATOR = re.compile(r"\s+(\||[-–—])\s+")
# After a dash only names that look like an outlet's are cut ("Harbour fire – What We Know"
# stays whole): a known wire, a domain, or a name with a word outlets use.
_OUTLET_WORD = re.compile(
    r"\b(?:news|times|post|daily|journal|herald|gazette|tribune|press|online|media|tv|radio|telegraph|"
    r"guardian|independent|observer|chronicle|courier|wire|agency|network|review|insider)\b|\.[a-z]{2,4}$",
    re.IGNORECASE,
)


# A site's one-word name after a dash: an acronym ("WSJ", "CNN") or a coined word with a digit
# or a capital inside ("9to5Mac", "TechPulse"); cut only when the page prints it as its site's
# name elsewhere too, since "... in past day - ISW" or "- UN" credits a headline's source.
_SITE_TOKEN = re.compile(r"^(?:[A-Z]{2,5}|(?=\w*\d)\w*[A-Za-z]\w*|[A-Z][a-z]+[A-Z]\w*)$")


def site_suffix(title: str, sites: Collection[str] = ()) -> tuple[str, int] | None:
    """(site name, where the title ends) when ``title`` ends in a site's name after " | " or,
    for a name that looks like an outlet's, after a dash; None otherwise. A one-word name
    (``_SITE_TOKEN``) after a dash counts only when it is among ``sites``, the names the page
    prints for its site."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if not separators:
        return None
    last = separators[-1]
    site, head = title[last.end() :].strip(), title[: last.start()]
    words = site.split()
    if not 1 <= len(words) <= 4 or count_words(head) < 3 or _SENTENCE_END.search(site):
        return None
    if not all(word[:1].isupper() or word[:1].isdigit() or "." in word for word in words):
        return None
    if last.group(1) != "|" and not (credits.is_wire(site) or _OUTLET_WORD.search(site)
                                     or site in sites and _SITE_TOKEN.match(site)):
        return None
    return site, last.start()


# A photo caption's closing credit in brackets: "(AP)", "[File: Reuters]", "(Photo: Lena Vos)",
# "(JOHN DOE/AGENCY NAME)": a caption line, never a headline.
_BRACKET_CREDIT = re.compile(
    r"[(\[]\s*(?:(?i:file|photo|image|picture|pictured|credit|source)\s*:[^)\]]*"
    r"|[A-Z][A-Z.&' -]*(?:/\s*[A-Z][A-Z.&' -]*)+|AP|AFP|Reuters|Getty Images|EPA|Shutterstock)\s*[)\]]$"
)
# Header chrome that reads like a title: a breadcrumb ("You are here: Home › News"), a reading
# time ("5 min read", "Reading time: 3 minutes"), a line opening with a dash ("— Ann Vos, on ...").
_CHROME_LINE = re.compile(
    r"^(?:you are here\b|home\s*[›>»/|]|[—–]\s)|\b\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?)\.?\s+(?:read|чтения)\b"
    r"|^(?:reading time|read time|tempo de leitura|tiempo de lectura|lesezeit|время чтения)\b",
    re.IGNORECASE,
)
# A time printed first ("21:17 18.11.2019", "6:38 AM", "21.17 18.11.2019"), or a line that is a
# web address. A time with a dot must have a date or "am"/"pm" after it: "2.50 Fare Rise ..." and
# "10.00 Deadline Passes" are headlines opening with a number.
_TIME_FIRST = re.compile(r"^\d{1,2}(?::\d\d\b|\.\d\d\s*(?:[ap]\.?m\b|\d{1,2}[./-]\d))", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+)$", re.IGNORECASE)
#: A byline with a time after a dash or bar ("By Ann Vos - 11/19/20 10:52 PM EST"); the time
#: within a bounded reach of the separator, so a line of many dashes costs no more than linear work.
_BYLINE_TIMED = re.compile(r"\s[-–—|·•]\s[^\n]{0,80}?\d{1,2}:\d\d")
#: A bare byline ("By Ann Vos", "Written by Ann Vos and Odo Brant"): names only, never a headline
#: (the foreign prepositions of ``_BYLINE`` — "Di", "Von", "Par" — also open headlines, so only these).
_BYLINE_ONLY = re.compile(
    r"^(?i:(?:written |posted )?by|author:?|автор:?)\s+[A-ZА-ЯІЇЄҐ][\w.'’-]*(?:,?\s+(?:(?:and|&|і|и)\s+)?"
    r"[A-ZА-ЯІЇЄҐ][\w.'’-]*){0,5}[.,]?$"
)


#: Where a logo ends and the menu printed beside it on its line starts.
_LOGO_END = re.compile(r"\s*\|\s*|\s{2,}")
#: A menu beside a logo has at least this many items (a page title "Headline | Section | Site"
#: has fewer after its headline).
LOGO_MENU_ITEMS = 4
#: Items set apart by wide spaces after a logo's bar that make a menu.
LOGO_WIDE_MENU_ITEMS = 3
#: At most this many words before the bar of a logo followed by a wide-spaced menu.
LOGO_MAX_WORDS = 6


def _logo_with_menu(text: str) -> bool:
    """A logo with the site's menu after it on one line ("NEWSBOX by Corvin | Top  World  Tech
    Sports  More"): chrome, never the headline."""
    parts = _LOGO_END.split(text.strip(), maxsplit=1)
    if len(parts) < 2:
        return False
    rest = parts[1]
    items = [i for i in re.split(r"\s*[|·•]\s*|\s{2,}", rest) if i.strip()]
    if len(items) >= LOGO_MENU_ITEMS and is_menu_line(rest):
        return True
    # a bar, then a menu flattened with wide spaces ("SKERRY COURIER | Islands  Harbour  Weather"):
    # a page title's site or section is one name after its bar, never three set apart by wide
    # spaces; what stands before the bar must be short enough for a logo ("Ferry crews vote to
    # end the winter strike | Skerry  Courier  News" is a headline with its site)
    wide = [i for i in re.split(r"\s{2,}", rest.strip()) if i]
    return "|" in text and count_words(parts[0]) <= LOGO_MAX_WORDS and len(wide) >= LOGO_WIDE_MENU_ITEMS \
        and not re.search(r"[|·•]", rest) and all(_menu_item(i) and i[:1].isupper() and not _SENTENCE_END.search(i) for i in wide)


def _title_like(line: Line) -> bool:
    """Could be a headline: 3 to 30 words not ending a sentence, and no chrome (prompts,
    captions, menus flattened onto one line, date lines, time stamps, web addresses)."""
    if not 3 <= line.words <= 60 or len(line.text) > MAX_TITLE_CHARS or line.caption or line.prompt:
        return False
    if len(_MENU_SEPARATOR.findall(line.text)) >= 2 or _DATE_LABEL.match(line.text) or _date_stamp_line(line.text) \
            or _RELATIVE_TIME.match(line.text) or is_menu_line(line.text) or _logo_with_menu(line.text):
        return False
    if _BRACKET_CREDIT.search(line.text) or _TIME_FIRST.match(line.text) or _ADDRESS.match(line.text.strip()):
        return False
    if len(re.findall(r"[^\W\d_]{2,}", line.text)) < 2 and not _CJK.search(line.text) or _CHROME_LINE.search(line.text):
        return False   # "4 55 3": scores, counters (unspaced CJK is one "word"); breadcrumbs, reading times
    if _BYLINE_ONLY.match(line.text):
        return False
    if _BYLINE.match(line.text) and (find_date_span(line.text) or re.search(r"[|·•]", line.text)
                                     or _BYLINE_TIMED.search(line.text)):
        return False   # "Written by Anna Petrenko | Mar 14 2023": a byline with its date
    text = title_part(line.text)
    words = line.words if text is line.text else count_words(text)
    return 3 <= words <= 30 and not text.endswith(".")


#: A ticker's label opening a line ("Breaking: …", "Latest: …", "Срочно: …"): another story's
#: title in a strip of news above the page's own.
_TICKER_LABEL = re.compile(
    r"^(?:breaking(?: news)?|latest|just in|also today|срочно|молния|главное сегодня"
    r"|терміново|блискавка|головне сьогодні)\s*:\s",
    re.IGNORECASE,
)


def _sentence_case(text: str) -> bool:
    """Most words after the first start in lower case (a standfirst; Title Case headlines
    capitalise nearly every word)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)[1:]
    return len(words) >= 4 and sum(1 for w in words if w[:1].isupper()) < 0.4 * len(words)


def find_headline(lines: list[Line], body_first: int) -> int | None:
    """The headline: the most title-like line above the body, favouring long and near lines.

    A line that also appears inside a longer line above the body (the page title with the
    site's name appended) is most likely the headline itself. A sentence-case line right below
    another title-like line is the standfirst under its headline.
    """
    best, best_score = None, 0.0
    window = range(max(0, body_first - 40), body_first)
    title_key = _key(lines[0].text) if body_first > 0 and _title_like(lines[0]) else ""
    candidates = [i for i in window if _title_like(lines[i]) and not (lines[i].prose and _SENTENCE_END.search(lines[i].text))]
    candidates = _drop_listed_items(lines, candidates)
    headed = _story_headers(lines, candidates, body_first)
    for index in candidates:
        line = lines[index]
        score = line.words - 0.5 * (body_first - index)
        key = _key(line.text)
        # printed again inside a longer line above the body, or inside the page's title that a
        # saved page opens with ("Headline | Section | Site")
        if line.copy and any(key in _key(lines[j].text) for j in window if j != index) \
                or index > 0 and key in title_key:
            score += 10
        if index in headed:
            score += HEADER_BONUS
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        # a list of other stories' titles (a ticker, "trending") runs into the headline: of a run
        # of four or more title-like lines, the one nearest the body is the page's own
        last = best
        while last + 1 < body_first and _listed_title(lines[last + 1]):
            last += 1
        first = best
        while first - 1 >= window.start and _listed_title(lines[first - 1]):
            first -= 1
        if _listed_title(lines[best]) and last - first + 1 >= TICKER_LINES:
            return last   # (and the line above it is another story's title, not its headline)
    if best is not None and best - 1 in candidates and _is_standfirst_below(lines[best - 1], lines[best]):
        return best - 1
    return best


def _drop_listed_items(lines: list[Line], candidates: list[int]) -> list[int]:
    """The candidates less chrome that looks like a title: a byline with its date ("Ann Vos,
    Political Editor · 3 May 2021"), and a run of two or more ticker items ("Breaking: …") or
    other stories' titles each with its date ("Bridge reopens - 2 May 2021") on adjacent lines,
    or flattened onto one line (two dates, each with its title), a list of other stories. One
    such line alone is never dropped (a page's own headline may carry "Breaking:" or its date),
    and a line is dropped only when another candidate remains."""
    bylines = {i for i in candidates if _dated_byline(lines[i].text)}
    kept = [i for i in candidates if i not in bylines] or candidates
    items = {i for i in kept if _TICKER_LABEL.match(lines[i].text) or _dated_part(lines[i].text)}
    runs = {i for i in items if i - 1 in items or i + 1 in items} | {i for i in items if _flattened_ticker(lines[i].text)}
    return [i for i in kept if i not in runs] or kept


def printed_sites(lines: list[Line], headline_at: int, body_first: int | None) -> set[str]:
    """The site names the page prints above its body other than on the headline's line: a
    line that is the name alone (the logo), or the name closing another title line after " | "
    or a dash ("Other story - WSJ"); the headline's line printed again (the page's title)
    is no other evidence."""
    names: set[str] = set()
    stop = body_first if body_first is not None else len(lines)
    own = lines[headline_at].text.strip()
    for index in sorted({0, *range(max(0, stop - 60), stop)} & set(range(stop))):   # the page's title opens it
        text = lines[index].text.strip()
        if text == own or len(text) > MAX_TITLE_CHARS:
            continue
        if _SITE_TOKEN.match(text):
            names.add(text)
        elif separators := list(_SITE_SEPARATOR.finditer(text)):
            names.add(text[separators[-1].end() :].strip())
    return names


#: Consecutive title-like lines that make a list of stories rather than a headline and its kicker.
TICKER_LINES = 4
#: What a headline gains when a byline or the page's date follows it (the header's order).
HEADER_BONUS = 8
HEADER_MIN_WORDS = 5
#: A title-like line this near under another title's byline or date: the two are a list of
#: stories ("Most read": title, byline, title, byline), not a story's header.
LISTED_HEADER_GAP = 3


def _story_headers(lines: list[Line], candidates: list[int], body_first: int) -> set[int]:
    """The candidate lines with a byline or date under them, as a story's headline has, less
    those in a list of other stories' titles each with its own byline or date: when the next
    such line starts right under one's byline, neither is the story's header."""
    marks = {index: mark for index in candidates if (mark := _header_below(lines, index, body_first)) is not None}
    listed: set[int] = set()
    ordered = sorted(marks)
    for index, after in zip(ordered, ordered[1:]):
        if after - marks[index] <= LISTED_HEADER_GAP:
            listed.update((index, after))
    return set(marks) - listed


def _header_below(lines: list[Line], index: int, body_first: int) -> int | None:
    """A byline or a date line right under line ``index`` (a standfirst may come between),
    as under a story's headline; a date or byline under the body's start does not count. A
    short line (the author's "Ann Vos in Orsund" above the date) gains nothing. Returns where
    that byline or date is, None when there is none."""
    if lines[index].words < HEADER_MIN_WORDS:
        return None
    for at in range(index + 1, min(index + 3, body_first)):
        below = lines[at]
        text = below.text
        if below.words <= 20 and (_BYLINE.match(text) or _DATE_LABEL.match(text) or _date_stamp_line(text)):
            return at
        if not (_is_standfirst_below(lines[index], below) or _name_line(below.text)):
            return None   # only a standfirst or the author's name stands between a headline and its byline
    return None


def _listed_title(line: Line) -> bool:
    return _title_like(line) and not (line.prose and _SENTENCE_END.search(line.text)) and not _BYLINE.match(line.text) \
        and not _AUTHOR_LABEL.match(line.text)


def _is_standfirst_below(above: Line, line: Line) -> bool:
    return (
        line.words >= 8
        and _sentence_case(line.text)
        and _title_like(above)
        and 5 <= above.words <= line.words
        and not _SENTENCE_END.search(above.text)
    )


def find_section(lines: list[Line], headline_at: int) -> int | None:
    """A short label right above the headline (the site's section), if there is one."""
    if headline_at == 0:
        return None
    line = lines[headline_at - 1]
    if 1 <= line.words <= 10 and not re.search(r"[.!?]$", line.text) and not line.prompt:
        if not _BYLINE.match(line.text) and not _AUTHOR_LABEL.match(line.text):
            return headline_at - 1
    return None

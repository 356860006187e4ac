"""Find a publication date written out in a page's header lines ("Published 15 March 2026").

Only whole dates count (day, month and year), in the forms news sites print: ISO
(2026-03-15, also written 2026/03/15 and 2026.03.15), day-month-year and month-day-year with month names (English, Russian and
Ukrainian: "6 июня 2023", "6 червня 2023"; also dashed, "17-Oct-2023"), numeric day.month.year, and slashed or dashed dates
(04/13/2022, 29-07-2022) when the order is plain from the numbers. Anything ambiguous or impossible gives
None rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

# Month names and their printed abbreviations; Russian and Ukrainian in the genitive a date
# uses ("6 июня") and the nominative ("июнь 2023" headings are not whole dates, but
# abbreviations such as "июн" are shared with it).
_MONTH_NAMES = [
    ("january", "jan", "января", "январь", "янв", "січня", "січень", "січ"),
    ("february", "feb", "февраля", "февраль", "февр", "фев", "лютого", "лютий", "лют"),
    ("march", "mar", "марта", "март", "мар", "березня", "березень", "бер"),
    ("april", "apr", "апреля", "апрель", "апр", "квітня", "квітень", "квіт"),
    ("may", "мая", "май", "травня", "травень", "трав"),
    ("june", "jun", "июня", "июнь", "июн", "червня", "червень", "черв"),
    ("july", "jul", "июля", "июль", "июл", "липня", "липень", "лип"),
    ("august", "aug", "августа", "август", "авг", "серпня", "серпень", "серп"),
    ("september", "sep", "sept", "сентября", "сентябрь", "сен", "сент", "вересня", "вересень", "вер"),
    ("october", "oct", "октября", "октябрь", "окт", "жовтня", "жовтень", "жовт"),
    ("november", "nov", "ноября", "ноябрь", "нояб", "ноя", "листопада", "листопад", "лист"),
    ("december", "dec", "декабря", "декабрь", "дек", "грудня", "грудень", "груд"),
]
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
#: Every month name and abbreviation, English, Russian and Ukrainian, with its number (link/slots reads days by them).
MONTHS = _MONTHS
#: The English weekdays in order, Monday first (link/when reads a weekday's number by its index).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"((?:19|20)\d\d)"
_ISO = re.compile(r"\b((?:19|20)\d\d)(?:-(\d\d)-(\d\d)|/(\d\d)/(\d\d)|\.(\d\d)\.(\d\d))(?![\d/.]\d)")
#: The year's word a Cyrillic page glues to the year: "2022г.", "2022р." (год, рік).
_YEAR_WORD = r"(?=[гр](?:\.|\b))"
#: The year's end: a word boundary, or what a flattened page glued on: a time ("March 14,
#: 20238:45 PM"), a label ("Mar. 14, 2023Updated …"; the patterns ignore case, so any two
#: letters), the same date printed again ("14 Mar 202314 Mar 2023") or the year's word.
_YEAR_END = rf"(?:\b|(?=\d{{1,2}}:\d\d)|(?=[A-Z][a-z])|(?=\d{{1,2}}\s+[A-Za-z]{{3}})|{_YEAR_WORD})"
#: "14 March 2023", "14th of Mar. 2023", and dashed "14-Mar-2023"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_MONTH})\.?,?\s+|-({_MONTH})-){_YEAR}{_YEAR_END}", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}{_YEAR_END}", re.IGNORECASE)
_NUMERIC = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.{_YEAR}(?:\b|{_YEAR_WORD})")   # 14.03.2023: day first
#: 29.07.22 with its time beside it ("29.07.22 14:30", "14:30 29.07.22"): a two-digit year only in
#: a date stamp, where the time shows the numbers are a date (never "1.5.22" in prose: a version,
#: a section number).
_NUMERIC_SHORT = re.compile(
    r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d)\b(?![.:]\d)(?=[ ,|·–—-]*\d{1,2}:\d\d)"
    r"|(?<=\d:\d\d)[ ,|·–—-]+(\d{1,2})\.(\d{1,2})\.(\d\d)\b(?![.:]\d)")
#: A time zone only the United States and Canada print, right after a time ("4:15 PM EDT", "9:03
#: a.m. CT", "14:30 CT") near a slashed date: the sign that 5/3/2021 is May 3, as those sites write
#: it. A zone word alone ("CT scan", "PT session") is no sign.
_US_ZONE = re.compile(r"\b\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[ECMP][SD]T|[ECMP]T|AK[SD]T|HST)\b")
_US_ZONE_REACH = 30
#: A zone European (and Russian, Ukrainian) sites print after a time ("11:20 CET", "08:15 EET",
#: "10:15 МСК"), or a zone only countries that write the day first print (session 18: BST, British
#: summer time; IST, Irish, Indian or Israeli; Australia's and New Zealand's; South, East, West and
#: Central Africa's): the sign that 05/03/2024 is 5 March, as those sites write it. GMT and UTC tell
#: nothing: international and US sites print them too. The Latin abbreviations only in capitals:
#: "10:00 West Coast time" is no zone.
_DAY_FIRST_ZONE = re.compile(
    r"\b\d{1,2}[:.]\d\d\s*(?:(?-i:WES?T|CES?T|EES?T|MSK|BST|IST|AE[SD]T|NZ[SD]T|SAST|[ECW]AT)"
    r"|МСК|Kyiv\s+time|за\s+киевским|за\s+київським)(?!\w)",
    re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
#: 04/13/2022 and 29-07-2022: the order from the numbers (sites print both orders with both marks).
_SLASHED = re.compile(rf"(?<![\d/-])(\d{{1,2}})([/-])(\d{{1,2}})\2{_YEAR}\b")
# Every whole date has a year (four digits, or two after a dot: "29.07.22"): text without one is
# skipped before the patterns run.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d|\d\.\d\d\b")


def find_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of the first whole date written in ``text``, or None."""
    found = find_date_span(text)
    return found[0] if found else None


def find_date_span(text: str, day_first: bool | None = None) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the first whole date written in ``text``, or None.

    A slashed or dashed date whose numbers could be either order (05/03/2021) is read day first
    on a line with Cyrillic words or with a European zone after its time ("05/03/2024 11:20
    CET"), month first with a US time zone just after it ("5/3/2021 4:15 PM EDT"), else in the
    order ``day_first`` gives (the page's other slashed dates: :func:`slashed_order`), and
    otherwise skipped."""
    if not _ANY_YEAR.search(text):
        return None
    found = []
    for match in _ISO.finditer(text):
        month, day = next((match[k], match[k + 1]) for k in (2, 4, 6) if match[k])
        found.append((match.start(), match.end(), int(match[1]), int(month), int(day)))
    for match in _DAY_MONTH_YEAR.finditer(text):
        found.append((match.start(), match.end(), int(match[4]), _MONTHS[(match[2] or match[3]).lower()], int(match[1])))
    for match in _MONTH_DAY_YEAR.finditer(text):
        found.append((match.start(), match.end(), int(match[3]), _MONTHS[match[1].lower()], int(match[2])))
    for match in _NUMERIC.finditer(text):
        found.append((match.start(), match.end(), int(match[3]), int(match[2]), int(match[1])))
    for match in _NUMERIC_SHORT.finditer(text):
        k = 1 if match[1] else 4
        # 20yy only into the past (up to next year: a page dated "tomorrow" by its zone); "11.02.98"
        # is no page's 2098 and may be 1998 or anything else: None rather than a guess
        if (year := 2000 + int(match[k + 2])) <= date.today().year + 1:
            found.append((match.start(k), match.end(k + 2), year, int(match[k + 1]), int(match[k])))
    cyrillic = None   # decided once per text, on the first ambiguous slashed date
    for match in _SLASHED.finditer(text):
        first, second = int(match[1]), int(match[3])
        # 04/13/2022 is month/day, 13/04/2022 day/month; 04/05/2022 could be either: read by the
        # line's signal (Cyrillic words: day first; a US zone after a time: month first), else skipped.
        if second <= 12 and first != second and first <= 12 and cyrillic is None:
            cyrillic = bool(_CYRILLIC.search(text))
        ambiguous = second <= 12 and first != second and first <= 12
        if first > 12 >= second or (ambiguous and (cyrillic or _read_day_first(text, match.end(), day_first))):
            found.append((match.start(), match.end(), int(match[4]), second, first))
        elif second > 12 >= first or first == second or _US_ZONE.search(text, match.end(), match.end() + _US_ZONE_REACH) \
                or (ambiguous and day_first is False):
            found.append((match.start(), match.end(), int(match[4]), first, second))
    for start, end, year, month, day in sorted(found):
        try:
            return date(year, month, day).isoformat(), start, end
        except ValueError:
            continue
    return None


def _read_day_first(text: str, end: int, day_first: bool | None) -> bool:
    """Is the ambiguous slashed date ending at ``end`` read day first: a day-first zone after its
    time (and no US zone nearer), or no US zone there and the page's order is day first?"""
    zone = _DAY_FIRST_ZONE.search(text, end, end + _US_ZONE_REACH)
    us_zone = _US_ZONE.search(text, end, end + _US_ZONE_REACH)
    # the nearer zone is the stamp's own ("10:15 EDT (15:15 BST)" is a US stamp)
    if zone and not (us_zone and us_zone.start() < zone.start()):
        return True
    return bool(day_first) and not us_zone


#: Slashed dates read per text by :func:`slashed_order` (a hostile page costs no more).
MAX_ORDER_DATES = 50


def slashed_order(texts: list[str]) -> bool | None:
    """The order a page writes its slashed dates in, from the ones whose numbers tell it
    ("Modified: 17/03/2024" is day first, "06/21/2024" month first): True for day first, False
    for month first, None when no date tells or the dates disagree."""
    orders = set()
    for text in texts:
        for seen, match in enumerate(_SLASHED.finditer(text)):
            if seen >= MAX_ORDER_DATES:
                break
            first, second = int(match[1]), int(match[3])
            if first > 12 >= second:
                orders.add(True)
            elif second > 12 >= first:
                orders.add(False)
    return orders.pop() if len(orders) == 1 else None


#: A date in a page address's path, only as whole segments: /2023/03/04/ (the day a segment of its
#: own, or the end of the path, or a file's name: "04.html"), /2023-03-04/ or /20230304/ (a segment
#: of its own, or the start of a file's name). Numbers inside a slug ("/2024/03/15-killed",
#: "win-2023-4-1-over", "budget-2024-2-5-things") are not dates.
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?=/|$|\.\w+$)"
    r"|/((?:19|20)\d\d)-(\d\d)-(\d\d)(?=/|$|\.\w+$)"
    r"|/((?:19|20)\d\d)(\d\d)(\d\d)(?=/|$|\.\w+$)"
)
#: A page address is read this far (a hostile address costs no more).
MAX_URL_CHARS = 2000


def date_from_url(url: str | None) -> str | None:
    """ISO date written in the path of a page's address ("https://site/news/2023/03/04/slug"), or
    None: the host and query are not read, and an impossible date gives None."""
    if not url:
        return None
    try:
        path = urlsplit(url[:MAX_URL_CHARS]).path
    except ValueError:
        return None
    for match in _URL_DATE.finditer(path):
        year, month, day = (part for part in match.groups() if part is not None)
        try:
            return date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None

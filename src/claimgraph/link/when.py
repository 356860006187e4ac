"""When a claim says something happened: dates written out or relative, resolved against a
reference date (the document's publication date, else its dateline).

Each expression resolves to a span of days ``(first, last)``: "on 9 March" is one day, "last
week" the seven days of the previous week, "last year" a whole year. A date written without its
year takes the year that puts it on or before the reference (news reports what happened, not
what will); a weekday ("on Friday") is the last such day on or before the reference, unless the
clause puts it ahead ("trains would run on Wednesday", "will appear in court on Monday", "next
Friday": :data:`_AHEAD`, with no verb in the past between the marker and the weekday:
:data:`_PAST_VERB`), then the first such day on or after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..extract.dates import WEEKDAYS   # the one weekday table: extract comes before link

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_MONTH_RE = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b")),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+" + _YEAR + r"|(?P<this>\s+this year)|(?P<last>\s+last year))?\b", re.I)),
    ("mdy", re.compile(r"\b" + _MONTH_RE + r"\s+" + _DAY + r"(?![\d:])(?:,?\s+" + _YEAR + r"|(?P<this>\s+this year)|(?P<last>\s+last year))?\b", re.I)),
    ("month", re.compile(r"\b(?P<rel>last|this|in|since|early|late|mid-?)?\s*" + _MONTH_RE + r"(?:\s+" + _YEAR + r")?\b(?!\s+\d)", re.I)),
    ("weekday", re.compile(r"\b(?P<rel>last|on|this|early on|late on)?\s*(?P<wd>" + "|".join(WEEKDAYS) + r")\b", re.I)),
    ("relative", re.compile(r"\b(?P<what>yesterday|today|tonight|this morning|last night|the day before|"
                            r"last week|last month|last year|this week|this month|this year|earlier this (?:week|month|year)|"
                            r"(?P<n>a|one|two|three|four|five|six|\d{1,2}) (?P<unit>days?|weeks?|months?|years?) ago)\b", re.I)),
    # a year told with its act ("in 2023") or as a particular act's attribute ("the 2023 outbreak",
    # "its 2024 fine": a definite article, then a noun in lower case; :func:`_label_year` narrows it)
    ("year", re.compile(r"\b(?:(?i:in|since|during|of)|(?P<att>(?i:the|its|their)))\s+" + _YEAR
                        + r"\b(?(att)(?=\s+(?P<noun>[a-z][a-z-]*)))")),
]
#: The range of years an attributive year ("the 2023 outbreak") is read in: a number outside it is
#: as likely a count or a clock time ("the 1900 curfew") as a year.
_LABEL_YEAR_FIRST = 1950
#: Words before a weekday, in its clause, that put it after the reference: a future or an intent
#: ("would resume on Monday", "is due to appear in court on Wednesday", "next Friday"). Read back at
#: most :data:`_AHEAD_CHARS` characters and not across a clause's end.
_AHEAD = re.compile(r"\b(?:will|would|shall|won't|wouldn't|is due|are due|is set|are set|is expected|are expected|"
                    r"is scheduled|are scheduled|plans? to|planned to|next(?!\s+(?:morning|day|night|evening|afternoon|"
                    r"week|weekend|month|year|time|few|two|three)\b))\b|'ll\b", re.I)
_AHEAD_CHARS = 60
_CLAUSE_END = re.compile(r"[.;:!?]|\b(?:said|says|told|after|before|when|since)\b", re.I)
_PAST_AFTER = re.compile(r"\b(?:was|were|had|did|have)\b", re.I)
#: A verb in the past between the marker and the weekday: the weekday is that verb's, and the
#: marker governs another clause ("the missile, which the army will not name, hit the plant on
#: Wednesday", "investigators who will lead the inquiry arrived on Wednesday"). A word in -ed, or
#: a common irregular past, unless an auxiliary or an article stands before it ("would be
#: questioned", "will visit the injured").
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}[^e\W]ed|hit|struck|came|went|left|took|fell|began|broke|burnt|"
                        r"shot|ran|found|brought|caught|held|led|sent|stood|told|gave|made|saw|got|flew|blew|"
                        r"drove|rose|sank|tore|threw|spoke|wrote|won|lost|met|paid|fled)\b", re.I)
_PAST_NOT = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "got", "gets", "have", "has", "had",
                       "the", "a", "an", "his", "her", "its", "their", "our", "not", "to", "and", "or", "then", "later"})
_NOT_PAST = frozenset({"need", "needed", "speed", "proceed", "exceed", "feed", "bed", "red", "shed", "hundred", "seed",
                       "sacred", "naked", "wicked", "wed"})
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class When:
    first: date
    last: date
    text: str
    start: int = 0   # offset of the expression in the text it was found in

    def overlaps(self, other: "When", slack_days: int = 0) -> bool:
        return (self.first - timedelta(days=slack_days) <= other.last
                and other.first - timedelta(days=slack_days) <= self.last)

    def label(self) -> str:
        return self.first.isoformat() if self.first == self.last else f"{self.first.isoformat()}/{self.last.isoformat()}"


def _month(text: str) -> int:
    t = text.lower().rstrip(".")
    return next(v for k, v in _MONTHS.items() if k.startswith(t[:3]))


def _on_or_before(ref: date, month: int, day: int) -> date | None:
    for year in (ref.year, ref.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d <= ref + timedelta(days=1):
            return d
    return None


def _month_span(year: int, month: int) -> tuple[date, date]:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1), nxt - timedelta(days=1)


def dates_in(text: str, ref: date | None) -> list[When]:
    """Every date expression in ``text`` that can be placed in time, in order of position.
    Without a reference, only dates written with their year can be."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    labels: set[int] = set()   # starts of attributive years (:func:`_label_year`)

    def add(m: re.Match, first: date, last: date) -> None:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(When(first, last, m.group().strip(), m.start()))

    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            g = m.groupdict()
            try:
                if kind == "iso":
                    d = date(int(g["year"]), int(g["m"]), int(g["day"]))
                    add(m, d, d)
                elif kind in ("dmy", "mdy"):
                    month, day = _month(g["mon"]), int(g["day"])
                    if g.get("year"):
                        d = date(int(g["year"]), month, day)
                    elif ref is None:
                        continue
                    elif g.get("this"):
                        d = date(ref.year, month, day)
                    elif g.get("last"):
                        d = date(ref.year - 1, month, day)
                    else:
                        d = _on_or_before(ref, month, day)
                        if d is None:
                            continue
                    add(m, d, d)
                elif kind == "month":
                    if g["mon"].lower() == "may" and not g.get("rel") and not g.get("year"):
                        continue   # "may" is mostly the verb
                    if g["mon"][0].islower():
                        continue   # "march", "sept" in lower case: not a month name here
                    month = _month(g["mon"])
                    if g.get("year"):
                        year = int(g["year"])
                    elif ref is None:
                        continue
                    elif (g.get("rel") or "").lower() == "last":
                        year = ref.year - 1 if month >= ref.month else ref.year
                    else:
                        year = ref.year if month <= ref.month else ref.year - 1
                    add(m, *_month_span(year, month))
                elif kind == "weekday":
                    if ref is None:
                        continue
                    wd = WEEKDAYS.index(g["wd"].lower())
                    rel = (g.get("rel") or "").lower()
                    if rel != "last" and _ahead(text, m.start()):
                        d = ref + timedelta(days=(wd - ref.weekday()) % 7)   # "would run on Wednesday" on a Wednesday: that day
                        add(m, d, d)
                        continue
                    back = (ref.weekday() - wd) % 7
                    if rel == "last" and back == 0:
                        back = 7
                    d = ref - timedelta(days=back)
                    add(m, d, d)
                elif kind == "relative":
                    if ref is None:
                        continue
                    w = g["what"].lower()
                    if w in ("today", "tonight", "this morning"):
                        add(m, ref, ref)
                    elif w in ("yesterday", "last night", "the day before"):
                        add(m, ref - timedelta(days=1), ref - timedelta(days=1))
                    elif w == "last week":
                        monday = ref - timedelta(days=ref.weekday() + 7)
                        add(m, monday, monday + timedelta(days=6))
                    elif w in ("this week", "earlier this week"):
                        add(m, ref - timedelta(days=ref.weekday()), ref)
                    elif w == "last month":
                        prev = ref.replace(day=1) - timedelta(days=1)
                        add(m, *_month_span(prev.year, prev.month))
                    elif w in ("this month", "earlier this month"):
                        add(m, ref.replace(day=1), ref)
                    elif w == "last year":
                        add(m, date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31))
                    elif w in ("this year", "earlier this year"):
                        add(m, date(ref.year, 1, 1), ref)
                    else:   # "three weeks ago": that day, give or take the unit's vagueness
                        n = _NUMBER.get(g["n"].lower()) or int(g["n"])
                        unit = g["unit"].lower().rstrip("s")
                        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
                        slack = {"day": 0, "week": 3, "month": 15, "year": 180}[unit]
                        add(m, ref - timedelta(days=days + slack), ref - timedelta(days=max(0, days - slack)))
                elif kind == "year":
                    y = int(g["year"])
                    if g.get("att"):
                        if not _label_year(y, g["noun"], ref):
                            continue
                        labels.add(m.start())
                    add(m, date(y, 1, 1), date(y, 12, 31))
            except (ValueError, StopIteration):
                continue
    if labels and len(labels) < len(found):
        # a claim that gives a date of its own ("on Monday", "in March") is dated by it, not by a
        # year that may be a label ("the 2021 boiler exploded on Monday")
        found = [w for w in found if w.start not in labels]
    return sorted(found, key=lambda w: w.start)


def _label_year(year: int, noun: str, ref: date | None) -> bool:
    """Is "the YEAR noun" a past act's year ("the 2023 outbreak")? Only a year before the page's own
    (not "the 2026 budget" of a 2026 page) and within :data:`_LABEL_YEAR_FIRST`, and not before a
    plural (a count: "the 2000 residents", "the 1999 soldiers") or "model" (a product's label)."""
    if ref is None or not _LABEL_YEAR_FIRST <= year < ref.year:
        return False
    plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    return not plural and noun != "model"


def _ahead(text: str, at: int) -> bool:
    """Does the clause before ``at`` put a weekday after the reference (:data:`_AHEAD`)?"""
    before = text[max(0, at - _AHEAD_CHARS): at]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    marks = list(_AHEAD.finditer(before))
    if not marks:
        return False
    after = before[marks[-1].end():]
    # "the man who would later die was shot on Tuesday", "would have left on Monday": a past told after it
    if _PAST_AFTER.search(after):
        return False
    # "the convoy that would carry aid left on Monday": the weekday is the past verb's
    words = re.findall(r"[A-Za-z']+|,", after)
    for i, w in enumerate(words):
        prev = words[i - 1].lower() if i else ""
        if i and _PAST_VERB.fullmatch(w) and w.lower() not in _NOT_PAST and prev not in _PAST_NOT:
            return False
    return True


def day_expressions(text: str) -> list[tuple[int | None, int, int, str, int, int]]:
    """(year or None, month, day, words, start, end) of every day written with its month in
    ``text`` ("9 August", "August 23, 2022"), whatever the reference."""
    out, taken = [], []
    for kind, pat in _PATTERNS[1:3]:
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groupdict()
            try:
                month, day = _month(g["mon"]), int(g["day"])
                date(2000, month, day)   # a real day of that month (29 February included)
            except (ValueError, StopIteration):
                continue
            taken.append((m.start(), m.end()))
            out.append((int(g["year"]) if g.get("year") else None, month, day, m.group().strip(), m.start(), m.end()))
    return sorted(out, key=lambda x: x[4])


#: A wire dateline opening a line: a place in capitals (its country may follow), a comma, the month
#: and day, the agency in brackets if any, a dash ("HARARE, Oct 6 (Agency) -", "OSLO, Norway, May 2 -").
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z'.\- ]{1,40}(?:,[ \t]*[A-Z][\w'.\- ]{1,40})?,[ \t]*(?i:" + _MONTH_RE
                       + r")[ \t]+(?P<day>[0-3]?\d)\b[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?[-\u2013\u2014]", re.M)

#: How far from the time it is resolved near (:func:`reference_date`) a day without its year may lie: a
#: report long after its story, or a dateline read wrongly (a day of another year), is left without a time.
NEAR_DAYS = 120


def reference_date(published: date | None, body: str, near: date | None = None) -> date | None:
    """The date a document's relative dates are resolved against: its publication date, else
    the first whole date (with its year) in its opening lines, else — given ``near``, the time of
    the story the document was linked into (its other reports) — the day of a wire dateline opening
    one of those lines (:data:`_DATELINE`: "HARARE, Oct 6 (Agency) -"; any other day written there
    without its year is not the page's), in the year that puts it nearest ``near`` (at most
    :data:`NEAR_DAYS` away). A page written about a year after its story (an anniversary) is
    misread in the story's year: nearest is all a year-less day allows."""
    if published:
        return published
    head = (body or "")[:600]
    for w in dates_in(head, None):
        if w.first == w.last:
            return w.first
    if near is None:
        return None
    line = _DATELINE.search(head)
    if line is None:
        return None   # a day elsewhere in the opening lines ("closed until Nov 20") is no page date
    try:
        month, day = _month(line["mon"]), int(line["day"])
        best = min((date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)),
                   key=lambda d: abs((d - near).days))
    except (ValueError, StopIteration):   # 29 February of a year without it, 31 April
        return None
    return best if abs((best - near).days) <= NEAR_DAYS else None

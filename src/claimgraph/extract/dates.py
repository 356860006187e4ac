"""Find a publication date written out in a page's header lines ("Published 15 March 2026").

Only whole dates count (day, month and year), in the forms news sites print: ISO
(2026-03-15), day-month-year and month-day-year with English month names, and numeric
day.month.year. Anything ambiguous or impossible gives None rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")


def find_date(text: str) -> str | None:
    """ISO date (YYYY-MM-DD) of the first whole date written in ``text``, or None."""
    found = find_date_span(text)
    return found[0] if found else None


def find_date_span(text: str) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the first whole date written in ``text``, or None."""
    found = []
    for match in _ISO.finditer(text):
        found.append((match.start(), match.end(), int(match[1]), int(match[2]), int(match[3])))
    for match in _DAY_MONTH_YEAR.finditer(text):
        found.append((match.start(), match.end(), int(match[3]), _MONTHS[match[2].lower()], int(match[1])))
    for match in _MONTH_DAY_YEAR.finditer(text):
        found.append((match.start(), match.end(), int(match[3]), _MONTHS[match[1].lower()], int(match[2])))
    for match in _NUMERIC.finditer(text):
        found.append((match.start(), match.end(), int(match[3]), int(match[2]), int(match[1])))
    for start, end, year, month, day in sorted(found):
        try:
            return date(year, month, day).isoformat(), start, end
        except ValueError:
            continue
    return None

"""Numbers as news text writes them: digits (with thousands commas), number words up to ninety-nine, and a
number word times a hundred or a thousand ("five hundred", "three thousand").

Shared by the contested-point slots (``slots.counts``) and the relation rules (``relations.figures``,
``relations.counts``), so that "twelve" and "12" read as one number in both. A module of its own,
below both: ``slots`` is imported by ``relations``, so it cannot import these from there.
"""

from __future__ import annotations

import re

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                  "hundred": 100, "dozen": 12})
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a)"
#: "five hundred", "three thousand", "a hundred": a number word times a hundred or a thousand
_MULTIPLE = _UNITS + r" (?:hundred|thousand)(?! and\b|-)"
NUMBER = (r"(\d{1,3}(?:,\d{3})+(?![\d,])|\d+|" + _MULTIPLE + "|" + _TENS + r"[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
        + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")")


def number_value(text: str) -> int | None:
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t) if len(t) <= 7 else None   # int() of thousands of digits is slow, then refused
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[1] in ("hundred", "thousand") and (parts[0] == "a" or parts[0] in NUMBER_WORDS):
        return (1 if parts[0] == "a" else NUMBER_WORDS[parts[0]]) * (100 if parts[1] == "hundred" else 1000)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return NUMBER_WORDS.get(t)

"""Numbers as news text writes them: digits (with thousands commas), number words up to ninety-nine, and
number words with a scale read whole ("five hundred", "one thousand three hundred", "five hundred thousand").

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
_SMALL = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|" + _TENS[3:-1] + r")")
_SCALE = r"(?:hundred|thousand|million)"
#: A number word times a hundred, a thousand or a million, read whole with what follows it ("five hundred",
#: "a thousand", "one thousand three hundred", "five hundred thousand", "two hundred and ten", "three thousand,
#: four hundred"): never a part of it ("one thousand" of "one thousand three hundred"), see :func:`number_value`.
_COMPOUND = (r"(?:a|" + _SMALL + r"(?:[- ]" + _SMALL + r")?)\s+" + _SCALE + r"\b"
             r"(?:(?:\s+and\s+|[ -]|,\s+(?=" + _SMALL + r"(?:[- ]" + _SMALL + r")?\s+" + _SCALE + r"\b))"
             r"(?:" + _SMALL + "|" + _SCALE + r")\b)*")
NUMBER = (r"(\d{1,3}(?:,\d{3})+(?![\d,])|\d+|" + _COMPOUND + "|" + _TENS + r"[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
          + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")")
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def _compound_value(words: list[str]) -> int | None:
    """The value of number words with a scale ("one thousand three hundred" -> 1300), or None where they
    do not make one number ("five six hundred", "two thousand three thousand")."""
    total, cur, last_scale = 0, 0, None
    for w in words:
        if w == "a":
            if cur or total:
                return None
            cur = 1
        elif w == "hundred":
            if not 0 < cur < 100:
                return None
            cur *= 100
        elif w in _SCALES:
            scale = _SCALES[w]
            if not cur or (last_scale is not None and scale >= last_scale):
                return None
            total, cur, last_scale = total + cur * scale, 0, scale
        elif w in NUMBER_WORDS and w not in ("zero", "dozen"):
            v = NUMBER_WORDS[w]
            if (v >= 10 and cur % 100) or (v < 10 and cur % 10):
                return None   # "twenty twelve", "five six"
            cur += v
        else:
            return None
    return total + cur


def number_value(text: str) -> int | None:
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t) if len(t) <= 7 else None   # int() of thousands of digits is slow, then refused
    parts = re.split(r"\s+and\s+|[- ]+", t.strip())
    if len(parts) >= 2 and any(p in _SCALES for p in parts[1:]):
        return _compound_value(parts)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return NUMBER_WORDS.get(t)

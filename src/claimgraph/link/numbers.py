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


# ---------------------------------------------------------------------------------- Russian and Ukrainian
#: Cardinal and collective number words of Russian and Ukrainian up to ten, in the cases a count is told in
#: ("погибли трое", "загинули двоє людей", "зросла до трьох", "двоих сотрудников"): listed whole, since a
#: stem would take in other words ("сем-" of «семья»).
_CYR_UNITS = {v: forms.split() for v, forms in {
    1: "один одна одно одного одной одному одним одну однієї однієї одній",
    2: "два две двух двум двумя дві двох двом двома двое двоих двоим двоє",
    3: "три трех трёх трем трём тремя трьох трьом трьома трое троих троим троє",
    4: "четыре четырех четырёх четырем четырьмя чотири чотирьох чотирьом чотирма четверо четверых четверых",
    5: "пять пяти пятью п'ять п'яти п'ятьох п'ятьма пятеро пятерых п'ятеро",
    6: "шесть шести шестью шість шістьох шістьма шестеро шестерых",
    7: "семь семи семью сім сімох сьома семеро семерых",
    8: "восемь восьми восемью вісім вісьмох вісьмома восьмеро восьмерых",
    9: "девять девяти девятью дев'ять дев'яти дев'ятьох дев'ятьма девятеро дев'ятеро",
    10: "десять десяти десятью десятьох десятьма десятеро",
}.items()}
#: Teens and tens by their stems, which no other word shares (-надцат-/-надцят-, -дцат-/-дцят-, -десят-).
_CYR_STEMS = [(11, "одиннадцат одинадцят"), (12, "двенадцат дванадцят"), (13, "тринадцат тринадцят"),
              (14, "четырнадцат чотирнадцят"), (15, "пятнадцат п'ятнадцят"), (16, "шестнадцат шістнадцят"),
              (17, "семнадцат сімнадцят"), (18, "восемнадцат вісімнадцят"), (19, "девятнадцат дев'ятнадцят"),
              (20, "двадцат двадцят"), (30, "тридцат тридцят"), (40, "сорок"),
              (50, "пятьдесят пятидесят п'ятдесят п'ятдесят п'ятидесят"), (60, "шестьдесят шестидесят шістдесят шістдесят шістдесят"),
              (70, "семьдесят семидесят сімдесят сімдесят"), (80, "восемьдесят восьмидесят вісімдесят вісімдесят"),
              (90, "девяносто девяноста дев'яносто дев'яноста")]
CYRILLIC_NUMBER_WORDS: dict[str, int] = {w: v for v, forms in _CYR_UNITS.items() for w in forms}
_CYR_STEM_RE = re.compile(r"(?:" + "|".join(f"(?P<n{v}>{'|'.join(s.split())})" for v, s in _CYR_STEMS) + r")(?:[ьиюяіа]|ью|ьма|ьох|и|ох)?",
                          re.I)
#: One Russian or Ukrainian number word (``CYRILLIC_NUMBER``): a unit form, or a teen or a ten with its ending.
_CYR_WORD = (r"(?:" + "|".join(sorted((re.escape(w) for w in CYRILLIC_NUMBER_WORDS), key=len, reverse=True)) + r"|"
             + re.sub(r"\(\?P<n\d+>", "(?:", _CYR_STEM_RE.pattern) + r")")
#: A count written in Russian or Ukrainian words: one word, or a ten and a unit ("двадцать три", "сорока двох").
CYRILLIC_NUMBER = r"(?:" + _CYR_WORD + r"(?:\s+" + _CYR_WORD + r")?)(?![\w'’])"


def _cyrillic_word_value(word: str) -> int | None:
    w = word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")
    if w in CYRILLIC_NUMBER_WORDS:
        return CYRILLIC_NUMBER_WORDS[w]
    m = _CYR_STEM_RE.fullmatch(w)
    if m is None:
        return None
    return next(int(k[1:]) for k, v in m.groupdict().items() if v)


#: A count's lower end written before it ("between 150 and 200 passengers", "300 to 400 barrels").
_RANGE_LOW_BEFORE = re.compile(r"(?:\bbetween\s+|\bfrom\s+)?\b(\d[\d,]*)\s*(and|to|or|-|–)\s*$", re.I)


def range_low_before(before: str) -> re.Match[str] | None:
    """The lower end of a range written just before a count, read from ``before`` (the text up to the count): its
    match, the number in group 1 and the joining word in group 2, else None. With "and", only after "between" (also
    when the number touches it, "12and"): "12 soldiers and 40 passengers" is two counts. The one reader of it for the
    contested-point slots (``slots.counts``) and the relation rules (``relations.counts``)."""
    m = _RANGE_LOW_BEFORE.search(before)
    if m is None or (m.group(2).lower() == "and" and not m.group(0).lower().startswith("between")):
        return None
    return m


def cyrillic_number_value(text: str) -> int | None:
    """The value of a count in Russian or Ukrainian words ("трое" 3, "трьох" 3, "двадцать три" 23, "сорока" 40),
    or of digits; None where the words make no one number ("три пять", "двадцать тридцать")."""
    t = text.strip()
    if t.replace(" ", "").replace("\u00a0", "").isdigit():
        digits = re.sub(r"\D", "", t)
        return int(digits) if len(digits) <= 7 else None
    parts = t.split()
    values = [_cyrillic_word_value(p) for p in parts]
    if not values or any(v is None for v in values):
        return None
    if len(values) == 1:
        return values[0]
    tens, unit = values[0], values[1]
    if len(values) == 2 and tens is not None and unit is not None and tens >= 20 and tens % 10 == 0 and 0 < unit < 10:
        return tens + unit
    return None

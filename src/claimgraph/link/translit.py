"""Cyrillic names in Latin letters, so that the linker's romanisation-neutral matching
(``names.fold``/``skeleton``) sees Кириленко, Kyrylenko and Kirilenko as one name.

Ukrainian words (those with і, ї, є or ґ, or an apostrophe between letters) follow the official
Ukrainian system (Cabinet of Ministers resolution 55 of 2010: г→h, и→y, і→i, ї→i, є→ie, х→kh,
щ→shch, ю→iu, я→ia); other Cyrillic words follow BGN/PCGN for Russian, the common English
spelling (ё→yo, й→y, ы→y, э→e, ю→yu, я→ya, ъ and ь dropped). A word spelt alike in both
languages ("Кириленко") is romanised the Russian way; ``fold`` then makes Kirilenko and
Kyrylenko equal, as it does for Kharkov and Kharkiv.
"""

from __future__ import annotations

import re

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch",
}
_RU = {**_COMMON, "г": "g", "е": "e", "ё": "yo", "и": "i", "й": "y", "ъ": "", "ы": "y", "ь": "", "э": "e",
       "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
_UK = {**_COMMON, "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i", "ь": "",
       "ю": "iu", "я": "ia", "ё": "io", "ъ": "", "ы": "y", "э": "e", "'": "", "’": "", "ʼ": ""}
#: At the start of a word the Ukrainian system writes є ї й ю я as ye yi y yu ya.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ]*")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]|[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]")


def _word(word: str) -> str:
    table = _UK if _UKRAINIAN.search(word) else _RU
    out = []
    for i, ch in enumerate(word):
        low = ch.lower()
        if table is _UK and i == 0 and low in _UK_INITIAL:
            latin = _UK_INITIAL[low]
        elif table is _RU and low == "е" and (i == 0 or word[i - 1].lower() in "аеёиоуыэюяьъ"):
            latin = "ye"   # BGN/PCGN: е is ye at the start and after a vowel or a sign
        else:
            latin = table.get(low, ch)
        if ch.isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def to_latin(text: str) -> str:
    """``text`` with every Cyrillic word romanised; other text unchanged."""
    if not _CYRILLIC_WORD.search(text):
        return text
    return _CYRILLIC_WORD.sub(lambda m: _word(m.group()), text)

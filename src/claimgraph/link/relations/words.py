"""The words of a claim as the relation rules compare them: content words, stems, stop words.

Every rule that compares what two claims say ("largely the same words", a negated word asserted by the
other, a name one gives and the other does not) reads words through :func:`_stem` and the stop lists here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import names as N

if TYPE_CHECKING:
    from .features import ClaimFeatures

_SMALL_STOP = frozenset("the and was were had has have for our its his her their but not that this with from into "
                        "than then there they them who which what when where while are been being one two".split())


def _shared_nouns(a: str, b: str) -> set[str]:
    """Words of three letters or more that both texts use (short nouns count here: "dam", "bus")."""
    wa = {w for w in re.findall(r"[a-z]{3,}", a.lower()) if w not in _SMALL_STOP and w not in _STOP}
    return wa & {w for w in re.findall(r"[a-z]{3,}", b.lower()) if w not in _SMALL_STOP and w not in _STOP}


#: A content word; a hyphen splits ("Tochka-U" is "Tochka", as in "Tochka U"; "air-defence" as "air defence"),
#: except after a prefix that turns the word round ("co-pilot" is not "pilot", "non-lethal" not "lethal").
_CONTENT = re.compile(r"(?:(?<![A-Za-z'’-])(?:non|co|ex|anti|pro|counter|vice|self)-)?[A-Za-z][A-Za-z'’]{3,}", re.I)
_STOP = set("""that this with from have been were they their them there which would could should about after
said says into than then what when where while will your also only just more most such some other over under
because being other these those very much many here upon whom whose onto even still since before""".split())


#: British and American spellings of one word, written one way: theatre / theater, defence /
#: defense, harbour / harbor, organised / organized.
_SPELLING = [(re.compile(r"(?<=[a-z]{2})tre(s|d)?$"), r"ter\1"), (re.compile(r"^(de|of)fence(s)?$"), r"\1fense\2"),
             (re.compile(r"(?<=[a-z]{2}[bmvlnu])our(s|ed|ing)?$"), r"or\1"),
             (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1")]


def _prefixed_apart(fa: "ClaimFeatures", fb: "ClaimFeatures") -> bool:
    """Does one claim tell a word with a prefix ("co-pilot", "non-lethal") where the other tells the word
    itself ("pilot", "lethal")? Then the words they share tell of two different things."""
    for x, y in ((fa.words, fb.words), (fb.words, fa.words)):
        if any("-" in w and w.split("-", 1)[1] in y and w not in y for w in x):
            return True
    return False


@lru_cache(maxsize=65536)   # (four spelling rules a word: read once per word, not once per claim)
def _stem(w: str) -> str:
    w = N.strip_accents(w).lower().replace("’", "'").split("'")[0]
    for rx, to in _SPELLING:
        w = rx.sub(to, w)
    for suf in ("ations", "ation", "ings", "ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


#: A word that says where or when: "near Tarn", "in the city centre", "on Monday", "in March", "last night".
_WHERE_WHEN_WORD = re.compile(r"near|outside|inside|north|south|east|west|northern|southern|eastern|western|central|centre|"
                              r"center|city|town|village|region|district|area|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|"
                              r"march|april|june|july|august|september|"
                              r"october|november|december|yesterday|today|tonight|morning|afternoon|evening|night|overnight|"
                              r"weekend|week|month|year|earlier|later|last", re.I)


def _short(text: str, n: int = 70) -> str:
    """A quoted snippet for a reason: long ones keep their start and end ("does not support … depot")."""
    if len(text) <= n:
        return text
    words = text.split()
    head, tail = " ".join(words[:4]), " ".join(words[-3:])
    return f"{head} … {tail}"

"""Corroboration by one value on one slot: two claims that give the same count of people with the same fate
(killed, wounded, missing, held, rescued), whatever else either tells around it and in whatever form the number is
written ("31 were missing" / "killing at least 12 people and leaving 31 missing", "fourteen miners were trapped" /
"14 miners were trapped").

What :func:`.decision.relate` reads as one fact told twice besides this rule needs every number of the two claims to
agree ("same count in other words") or most words shared; a short claim that repeats one count of a longer account
met neither. This rule asks instead, for each fate both claims count, that both give the same numbers of it — no
fate counted differently, no bound that makes one figure two ("more than 31" / "31"), no two groups counted ("four
soldiers" / "four civilians"), no casualty figure apart, no
place or name each gives that the other does not (:func:`.guards.named_apart`). Who said it is the linker's: a
refusal or an unattributed hedge never corroborates, and one origin told twice is kept as not independent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import slots as S
from ..numbers import NUMBER, number_value
from .counts import _OUTCOMES, numbers_apart
from .guards import named_apart

if TYPE_CHECKING:
    from .decision import Relation
    from .features import ClaimFeatures

#: A bound before a number that makes it no exact figure ("more than 31", "nearly 40", "up to 12").
_BOUND_BEFORE = re.compile(r"\b(?:more|fewer|less)\s+than\s+$|\b(?:over|under|nearly|almost|up\s+to|as\s+many\s+as|"
                           r"at\s+most|some|about|around|roughly|approximately|dozens|hundreds)\s+$", re.I)


def _bounded(text: str, value: int) -> bool:
    """Is ``value`` written in ``text`` (its first SLOT_TEXT_CHARS) after a bound or an estimate word?"""
    head = text[:S.SLOT_TEXT_CHARS]
    for m in re.finditer(r"(?<![\w.,:-])" + NUMBER + r"(?![\w-]|[.,:]\d)", head, re.I):
        if number_value(m.group(1)) == value and _BOUND_BEFORE.search(head[max(0, m.start() - 16):m.start()]):
            return True
    return False


#: The word after a count that tells a fate or nothing, not a group of people ("31 missing", "12 killed", "31 were").
_NO_GROUP = re.compile(r"(?:kill|dead|die|death|perish|drown|injur|wound|hurt|hospital|miss|unaccount|arrest|detain|held|"
                       r"captur|abduct|kidnap|taken|rescu|save|evacu|free|releas|trap|strand|block|other|more|peopl|person|"
                       r"were|was|are|had|have)", re.I)


def _groups(f: ClaimFeatures, value: int) -> set[str]:
    """The groups of people a claim counts ``value`` of ("civilian", "soldier"), by the word after the number."""
    return {w for v, w, _said in f.numbers if v == value and w and not _NO_GROUP.match(w)}


def _by_fate(f: ClaimFeatures) -> dict[str, set[int]]:
    """Fate (an outcome of :data:`.counts._OUTCOMES`) -> the numbers a claim counts of it."""
    out: dict[str, set[int]] = {}
    for v, fates in f.fates.items():
        for fate in fates & _OUTCOMES:
            out.setdefault(fate, set()).add(v)
    return out


def same_fate_count(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures) -> Relation | None:
    """A corroboration where the two claims count people of one fate alike and no fate differently (module doc)."""
    from .decision import Relation   # (decision imports this module: the hook is there)

    if fa.denial != fb.denial or fa.capacity or fb.capacity or numbers_apart(fa, fb):
        return None
    if fa.acts and fb.acts and not fa.acts & fb.acts:
        return None   # two kinds of act: the same number of two stories
    if any(fa.figures[k] != fb.figures[k] for k in set(fa.figures) & set(fb.figures)):
        return None   # a casualty figure apart: the counts are disputed, not told twice
    ka, kb = _by_fate(fa), _by_fate(fb)
    common = set(ka) & set(kb)
    if not common or any(ka[fate] != kb[fate] for fate in common):
        return None
    agreed = sorted((v, fate) for fate in common for v in ka[fate])
    if any(_bounded(a, v) or _bounded(b, v) for v, _fate in agreed):
        return None   # "more than 31" / "31", "about 40" / "40": no exact figure told twice
    if any(_groups(fa, v) and _groups(fb, v) and not _groups(fa, v) & _groups(fb, v) for v, _fate in agreed):
        return None   # "four soldiers were wounded" / "four civilians were wounded": two groups
    if named_apart(a, b):
        return None   # "23 missing in Orvelle" / "23 missing in Cambry": two happenings
    v, fate = max(agreed)
    return Relation("corroborates", f"same count of people {fate}: {v:,}", 0.55, f"slot:count:{fate}")

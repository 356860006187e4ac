"""Guards of the pair decision: what sets two claims apart although they share words or a value.

Two doers of one act ("the police did not beat the miners" / "the miners did not beat the police"), names
or numbers between the same words ("docked in Marseille" / "… in Genoa"), different parties held
responsible, two denials of two things, a toll risen since, two times or places of what they tell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import names as N
from .. import slots as S
from ..numbers import NUMBER_WORDS, number_value
from .negation import _NEG_WORD
from .words import _CONTENT, _STOP, _WHERE_WHEN_WORD, _stem

if TYPE_CHECKING:
    from .features import ClaimFeatures

def _doer_and_verb(text: str) -> tuple[str | None, str | None]:
    """Stems of who does what a negated claim denies and of the verb denied: the agent after "by" in the
    passive ("the island could no longer be reached by the ferry" -> "ferry", "reach"), else the first word
    before the negation ("the ferry could no longer reach the island" -> "ferry", "reach"); (None, None)
    when the claim has no negation."""
    neg = _NEG_WORD.search(text.lower())
    if neg is None:
        return None, None
    after = text[neg.end():]
    verb = next((w for w in re.findall(r"[A-Za-z]{3,}", after) if w.lower() not in ("been", "being", "the", "any")), None)
    by = re.search(r"\bby\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][\w'’-]+)", after)
    before = [w for w in _CONTENT.findall(text[:neg.start()]) if _stem(w) not in _STOP]
    doer = by.group(1) if by else before[0] if before else None
    return (_stem(doer) if doer else None), (_stem(verb) if verb else None)


def _roles_swapped(a: str, b: str) -> bool:
    """Do two denials of one verb name different doers ("the police did not beat the miners" / "the miners
    did not beat the police")? Two verbs ("could no longer carry heavy vehicles" / "heavy vehicles could no
    longer cross") may tell one fact from either side."""
    (da, va), (db, vb) = _doer_and_verb(a), _doer_and_verb(b)
    return va is not None and va == vb and da != db


def _risen_since(fa: ClaimFeatures, x: int, fb: ClaimFeatures, y: int, same_origin: bool) -> bool:
    """Is the higher of two figures of a growing count the same source's own later count: that very
    figure given as an update ("has risen to 143"), or told on a later page? Then it is the count since,
    not a rival account of it. A figure of another source or side, however phrased and whenever told
    ("the toll has climbed to 58", from the side that accuses the other of hiding the dead), still
    disputes the lower."""
    if not same_origin:
        return False
    hi, lo, v = (fa, fb, x) if x > y else (fb, fa, y)
    later = hi.ref is not None and lo.ref is not None and hi.ref > lo.ref
    return v in hi.updates or later


def _told_apart(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Do two claims name different times or places of what they tell: times of day apart, or no
    place, person or day named in common?"""
    if fa.times and fb.times and not any(abs(x - y) < 30 for x in fa.times for y in fb.times):
        return True
    return bool(fa.named_words) and bool(fb.named_words) and not fa.named_words & fb.named_words


#: "X was responsible for Y", "X was to blame for Y", "X was behind Y": who a claim holds to account, and for what.
_RESPONSIBLE = re.compile(r"^(?P<who>.{3,80}?)\s+(?:was|were|is|are|had been)\s+(?:(?:solely|fully|partly)\s+)?"
                          r"(?:responsible for|to blame for|behind)\s+(?P<what>.+)$", re.I)
#: a reporting cue that holds its content's first part to account ("blamed the owner for the closure")
_BLAME_CUES = re.compile(r"^(?:blam(?:ed|es|e|ing)|held|holds|hold)$", re.I)


def responsibility(text: str, cue: str | None = None) -> tuple[frozenset[str], frozenset[str]] | None:
    """Whom a claim holds responsible and for what, as content-word stems — from its construction
    ("X was responsible for Y", or a content "X for Y" under a cue "blamed"), or None."""
    t = " ".join(text.split())[:S.SLOT_TEXT_CHARS]
    m = _RESPONSIBLE.match(t)
    if m is None and cue and _BLAME_CUES.match(cue.strip()):
        m = re.match(r"^(?P<who>.{3,80}?)\s+(?:responsible\s+)?for\s+(?P<what>.+)$", t, re.I)
    if m is None:
        return None
    stems = lambda x: frozenset(_stem(w.group()) for w in _CONTENT.finditer(x)) - _STOP  # noqa: E731
    who, what = stems(m.group("who")), stems(m.group("what"))
    return (who, what) if who and what else None


def _blamed_apart(fa: "ClaimFeatures", fb: "ClaimFeatures") -> bool:
    """Two claims that hold different parties responsible (no word of one's party in the other's)
    for what they share: two sides of who is to blame, never one fact told twice."""
    if fa.blamed is None or fb.blamed is None:
        return False
    (wa, xa), (wb, xb) = fa.blamed, fb.blamed
    return not wa & wb and bool(xa & xb)


def _denial_told_twice(fa: "ClaimFeatures", fb: "ClaimFeatures", inter: set[str], jac: float) -> bool:
    """A denial quoted and the same denial reported ("'Our ships did not sink the trawler'" / "denied
    that its ships had sunk the trawler"): one claim negates in its own words what the other gives as
    the content its speaker denied (by the reporting cue), the two telling the same kind of act in
    largely the same words. Not when the reported one also negates (a denial of a negation) or the
    quoted one carries a denial word of its own, nor with other roles or other named things."""
    if fa.reported_denial == fb.reported_denial:
        return False
    rep, own = (fa, fb) if fa.reported_denial else (fb, fa)
    if rep.negated or own.denial or not own.negated:
        return False
    if not own.negated & rep.asserted & inter:
        return False
    return bool(rep.acts & own.acts) and len(inter) >= 2 and jac >= 0.3


#: A speaker's denial with what it denies after it ("The ministry denied that petrol prices would rise").
_DENIED_THAT = re.compile(r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\s+(?:(?:the\s+)?(?:claims?|reports?|"
                          r"accusations?|allegations?|suggestions?)\s+)?that\s+(?P<what>.+)$", re.I)


def _denied_apart(a: str, b: str) -> bool:
    """Two sentences each telling a denial ("X denied that …"), whose denied parts share too few
    words to be one: the denier and the verb they share are not the fact (a ministry denying a
    shortage and the same ministry denying a price rise)."""
    ma, mb = _DENIED_THAT.search(a), _DENIED_THAT.search(b)
    if ma is None or mb is None:
        return False
    wa = {_stem(w.group()) for w in _CONTENT.finditer(ma.group("what"))} - _STOP
    wb = {_stem(w.group()) for w in _CONTENT.finditer(mb.group("what"))} - _STOP
    union = wa | wb
    return not union or len(wa & wb) / len(union) < 0.3   # (short denials alike stay one: "the dam cracked")


def _means_disputed(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures, va: S.SlotValue, vb: S.SlotValue) -> bool:
    """Is a strike from the air said and unsaid of one thing? The two share a word besides the means
    ("no airstrike on Tarn" / "an airstrike hit Tarn"), and what the denial names it of ("no airstrike
    on the hospital in Tarn") the other tells too (not "an airstrike hit the depot in Tarn")."""
    means_words = {_stem(w) for w in _CONTENT.findall(va.text + " " + vb.text)}
    if not (fa.words & fb.words) - means_words:
        return False
    text, v, other = (a, va, fb) if not va.asserted else (b, vb, fa)
    t = " ".join(text.replace("’", "'").split())
    at = t.find(v.text)
    clause = re.split(r"[.;,:]|\b(?:but|and|while|whereas)\b", t[at + len(v.text):] if at >= 0 else "", maxsplit=1)[0]
    named = {_stem(w) for w in _CONTENT.findall(clause)} - _STOP
    return named <= other.words


#: A proper name or a number inside a claim (not its first word, capitalised as any sentence start),
#: with the words either side: "Maksim Orlov", "Marseille", "12", "twelve".
_NAMED = re.compile(r"(?P<before>[\w'’-]+)?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|\d[\d,.]*(?![\w])|(?:"
                    + "|".join(NUMBER_WORDS) + r")\b)(?=(?:\W+(?P<after>[\w'’-]+))?)")


def _named(text: str) -> dict[str, set[tuple[str, str]]]:
    """{name key: {(word before, word after)}} of the names and numbers of a claim."""
    out: dict[str, set[tuple[str, str]]] = {}
    for m in _NAMED.finditer(" " + text):
        name = m.group("name")
        value = number_value(name)
        key = str(value) if value is not None else N.name_key(name)   # "twelve" and "12" are one number
        if key and (m.group("before") is not None or value is not None):
            out.setdefault(key, set()).add(((m.group("before") or "").lower(), (m.group("after") or "").lower()))
    return out


def _doers_apart(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Each claim names someone the other does not (a capitalised word, at the start of the claim too, absent
    from the other's words), or the two name different parties as doers (agent slots): perhaps two doers."""
    def own_names(t: str, other: ClaimFeatures) -> set[str]:
        out = set()
        for m in list(_CONTENT.finditer(t[:S.SLOT_TEXT_CHARS]))[:400]:
            s_ = _stem(m.group())
            if m.group()[0].isupper() and s_ not in _STOP and s_ not in other.words and not _WHERE_WHEN_WORD.fullmatch(m.group()):
                out.add(s_)
        return out
    if own_names(a, fb) and own_names(b, fa):
        return True
    doers_a = {v.value for v in fa.slots if v.slot == "agent" and v.asserted}
    doers_b = {v.value for v in fb.slots if v.slot == "agent" and v.asserted}
    return bool(doers_a and doers_b and not doers_a & doers_b)


#: A name in guillemets, as Russian and Ukrainian write a company's, a ship's or an operation's ("компании «Тарвел»").
_QUOTED_NAME = re.compile(r"«([^«»]{2,60})»")


def quoted_apart(a: str, b: str) -> bool:
    """Do both claims name a thing in guillemets and share no word of those names ("складской комплекс компании
    «Тарвел»" / "складський комплекс компанії «Орлан»")? Then they tell of two things, whatever else they share. Words
    compare by their first four romanised letters (:func:`names.fold`), so a name's cases and its two spellings meet
    ("«Тарвел»" / "«Тарвела»") (mend of review cor18 M2: :func:`named_apart` reads Latin capitals, not these)."""
    def stems(text: str) -> set[str]:
        return {N.fold(w)[:4] for q in _QUOTED_NAME.findall(text[:S.SLOT_TEXT_CHARS]) for w in re.findall(r"\w{2,}", q)}
    qa, qb = stems(a), stems(b)
    return bool(qa and qb and not qa & qb)


def named_apart(a: str, b: str) -> bool:
    """Does each claim name, between the same two words, what the other does not — a person,
    a place, a number ("the man … was Maksim Orlov" / "… was Pavel Sorin", "docked in Marseille" /
    "… in Genoa")? Then many shared words are one story told about two different things, not the
    same fact. Names in different places ("carried out by Russian troops" / "a Tochka U missile")
    are two facts that can both hold."""
    na, nb = _named(a[:S.SLOT_TEXT_CHARS]), _named(b[:S.SLOT_TEXT_CHARS])   # bounded, as the slots: a hostile claim may name thousands
    for x in set(na) - set(nb):
        for y in set(nb) - set(na):
            if _near_numbers(x, y):
                continue   # two measures within a tenth of each other ("roughly 200 metres" / "about 190") are one estimate
            if na[x] & nb[y]:   # between the same two words
                return True
            # two people named in full beside one same word ("killed the journalist Pavel Sorin
            # outside …" / "killed the banker Ilya Brandt outside …"): their titles may differ
            if " " in x and " " in y and not x[0].isdigit() and not y[0].isdigit() and (
                    {before for before, _after in na[x] if before} & {before for before, _after in nb[y] if before}
                    or {after for _before, after in na[x] if after} & {after for _before, after in nb[y] if after}):
                return True
    return False


def _near_numbers(x: str, y: str) -> bool:
    vx, vy = number_value(x), number_value(y)
    return vx is not None and vy is not None and vx > 0 and vy > 0 and abs(vx - vy) <= 0.1 * max(vx, vy) and min(vx, vy) >= 20

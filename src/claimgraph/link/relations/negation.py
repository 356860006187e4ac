"""Negation, denial and the mood a claim is put in.

Whether a word is negated in its own clause ("there was no defection"; not "nothing but a genocide"), the
words that make a claim a denial ("fairy tale", "fabricated"), and whether the claim asserts at all: a
question, a conditional or a report under investigation asserts nothing; a hedge is a possibility.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import slots as S
from ..numbers import NUMBER, number_value
from .words import _CONTENT, _STOP, _WHERE_WHEN_WORD, _stem

_NEG = re.compile(r"\b(?:no|not|never|nobody|nothing|none|without|denied|denies|deny|didn't|did not|wasn't|was not|"
                  r"there was no|false|n't)\b(?:(?!\band\b|\bbut\b|\bthat\b)[^.;:,]){0,25}$", re.I)
#: A "not" that denies nothing after it: a limiter ("not only", "not least"), a degree of distance ("not far from the
#: depot": near it) or a time ("not until the hull was checked", "it was not until Friday that divers found it": it
#: was checked, they found it). Not "not even", which denies ("not even a medic on duty": none was).
_NOT_NEG = re.compile(r"\b(?:not only|nothing but|nothing less than|no less than|no doubt|none other than|not least|"
                      r"no one really knew|not alone|not far|not until)\b[^.;:,]{0,30}$", re.I)


#: A clause ends here: what a negation governs does not run past it.
_CLAUSE_END = re.compile(r"[.;:!?,]|\b(?:and|but|while|whereas|although|which|who|that|because|so)\b")
_NEG_WORD = re.compile(r"\b(?:not|never|no longer|didn't|don't|doesn't|wasn't|weren't|won't|refused to|n't)\b")


def _negated_clause(before: str) -> bool:
    """Is a word negated by a verb's negation earlier in its own clause? ("did not want to continue
    taking part in the genocide": the negation of the verb chain governs its object)."""
    cut = list(_CLAUSE_END.finditer(before))
    clause = before[cut[-1].end():] if cut else before
    return bool(_NEG_WORD.search(clause)) and not _NOT_NEG.search(clause)


#: A limiter after a negated word ("not caused by the storm alone", "not by rain only"): what is
#: denied is that it was all of it, not the word.
_ONLY_AFTER = re.compile(r"^(?:\s+(?!(?:and|but|or|that|which)\b)[\w'-]+){0,3}?\s+(?:alone|only|solely)\b")


def negated_before(before: str) -> bool:
    """Does the text just before a word negate it? ("there was no defection"; not "nothing but a genocide")."""
    return bool(_NEG.search(before)) and not _NOT_NEG.search(before)


def negated_at(low: str, start: int) -> bool:
    """Is the word at ``start`` of lower-case ``low`` negated: just before it, or by a verb's
    negation earlier in its clause?"""
    return negated_before(low[max(0, start - 30): start]) or _negated_clause(low[max(0, start - 90): start])


#: A relative clause told of a thing, opening on its verb ("the cargo plane that crashed near Tine", "the school which
#: was hit on Monday", "the guards who opened fire"): up to its clause's end. Not a complement ("denied that their
#: fighters …", "the claim that the plane …": a subject follows "that", no verb).
_RELATIVE_CLAUSE = re.compile(r"\b[a-z][\w'-]*\s+(?:that|which|who)\s+(?P<rel>(?:(?:had|has|have|was|were|is|are)\s+)?(?:been\s+)?"
                              r"[a-z]+(?:ed|wn|ot|uck|ew|ank|unk|ung|oke)\b[^.;:,]*)", re.I)


#: Nouns that take a complement clause of what was said or known ("the claim that armed men …"), beside the verbs of
#: saying (:data:`extract.cues.SPEECH_VERBS`, which "the report that …" also names).
_SAID_NOUNS = frozenset("allegation accusation assertion suggestion rumour rumor statement fact news belief".split())
#: The irregular past forms of verbs of saying; the regular ones lose their ending (:func:`_said_head`).
_SAID_PAST = {"said": "say", "told": "tell", "wrote": "write", "thought": "think", "found": "find", "read": "read",
              "showed": "show", "shown": "show"}
#: A cleft's opening just before a relative-looking "that" ("it was not our battery that fired …"): the clause after
#: "that" is the act itself, told of what the cleft picks out, not a presupposed act of a thing.
_CLEFT_BEFORE = re.compile(r"\bit\s+(?:is|was|'s)\s+(?:not\s+|n't\s+|never\s+)?(?:\S+\s+){0,3}?(?:that|which|who)\s+$", re.I)


def _said_head(word: str) -> bool:
    """Is ``word`` a verb or noun of saying or knowing ("denied", "reported", "claims", "allegations"), whose "that"
    opens a complement (what was said), not a relative clause?"""
    from ...extract.cues import SPEECH_VERBS   # extract comes before link
    w = word.lower()
    forms = {w, _SAID_PAST.get(w, w), w[:-1], w[:-2], w[:-3] + "y"}
    return bool(forms & SPEECH_VERBS) or bool(forms & _SAID_NOUNS)


def presupposed_words(text: str) -> frozenset[str]:
    """Content-word stems a claim tells in relative clauses of the things it names ("… shot down the cargo plane that
    crashed near the border" -> crash, near, border): what it presupposes of them, which a denial of the claim's own
    act does not deny ("denied that their fighters had shot down the plane that crashed" denies the shooting, not the
    crash). A "that" after a verb or noun of saying opens what was said ("denied that armed men shot …"), and one after
    a cleft's "it was not X" tells the act itself ("it was not our battery that fired …"): neither is a relative clause,
    though a participle-like word ("armed", "unmanned") may follow it."""
    out: set[str] = set()
    head = text[:S.SLOT_TEXT_CHARS]
    for m in _RELATIVE_CLAUSE.finditer(head):
        if _said_head(m.group().split()[0]) or _CLEFT_BEFORE.search(head[max(0, m.start() - 60): m.start("rel")]):
            continue
        out.update(_stem(w.group()) for w in _CONTENT.finditer(m.group("rel")))
    return frozenset(out - _STOP)


#: A corrective contrast: "X, not Y" ("twelve trucks, not twenty", "a sprain, not a broken leg", "collapsed on Saturday,
#: and not on Sunday as first reported"): the claim puts X in the place of Y, which it rejects. Y runs from "not" to
#: its clause's end, or to an "as …" that says who told it ("as the harbour office first said"). Not the "not" of a
#: degree, a time or a limiter ("not far from", "not yet", "not only", "not long after"), nor a verb's own negation
#: (no comma or dash before it: "they did not shell the school").
_CORRECTION = re.compile(
    r"(?:,|\s[–—]|\s-)\s*(?:and\s+|but\s+)?not\s+"
    r"(?!(?:only|least|yet|far|just|even|all|long|always|necessarily|much|quite|so|to|that|because|as|for|until|since|"
    r"once|anymore|any|enough|more|less|exactly|really|sure|clear|known|immediately|before|after)\b)"
    r"(?P<y>[^.;:,!?\"()\[\]–—]{1,60}?)(?=\s+(?:as|like|which|who|that|because|although|but|and|said)\b|[.;:,!?\"()\[\]–—]|\s-\s|$)",
    re.I)


#: What puts a clause as a wish, an appeal, an order, a plan or a preference rather than as an account of what is or
#: was ("we need nurses", "urged the crowd to disperse", "told drivers to wait", "the board wants a clinic", "hope
#: the levee holds", "should go to the vote"): the "not Y" set against it is an option turned down ("we need nurses,
#: not police"), which no claim that police came disputes. Only "need" in the present: "twelve people needed
#: stitches, not forty" tells what happened. A plain future ("the vote will be held on Monday, not Sunday") is still
#: an account, and kept.
_WISHED = re.compile(r"\b(?:needs?|wants?|wanted|wish(?:es|ed)?|hopes?|hoped|hoping|prefers?|preferred|urge[sd]?|urging|"
                     r"call(?:s|ed|ing)?\s+(?:for|on)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?|beg(?:s|ged)?|"
                     r"should|must|ought\s+to|let\s+us|let's|(?:plan|intend|aim)(?:s|ned|ed)?\s+to|"
                     r"(?:told|asked|ordered|advised|instructed|begged)\s+(?:\w+\s+){1,3}?to|ask(?:s|ed)?\s+for)\b", re.I)


#: What puts a clause in the time to come ("the vote will be held", "the talks are to resume", "the road would
#: reopen"): a contrast set against it ("on Monday, not Sunday") rejects a day or a thing for what is still to come,
#: which disputes only another claim told of what is to come, not one of what was or is done.
AHEAD = re.compile(r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due\s+|set\s+|going\s+)?to\s+(?!be\s+\w+ed\b)\w+)\b", re.I)


class Correction(NamedTuple):
    """A phrase a claim rejects by a corrective contrast: as written, its content-word stems, the numbers it gives
    ("not ten" -> 10), its head (its last content word: "the old Dell pumping works" -> "work"), whether the head
    names a value (a name, a day, a place word: "Sunday", "Orrin") rather than a kind of thing ("the market"), and
    whether the clause it is set against is a wish, an appeal or a plan (:data:`_WISHED`: no account to correct) or
    tells what is still to come (:data:`AHEAD`)."""
    phrase: str
    stems: frozenset[str]
    numbers: frozenset[int]
    head: str
    named: bool
    wished: bool = False
    ahead: bool = False


_NUMBER_RE = re.compile(r"\b" + NUMBER + r"\b", re.I)


def corrections(text: str) -> tuple[Correction, ...]:
    """What a claim rejects by a corrective contrast (:data:`_CORRECTION`). A phrase of more than six words is no
    value set against another (it is a clause of its own)."""
    out = []
    text = text[:S.SLOT_TEXT_CHARS]
    for m in _CORRECTION.finditer(text):
        y = m.group("y").strip()
        if len(y.split()) > 6:
            continue
        raw = [w for w in _CONTENT.findall(y) if _stem(w) not in _STOP]
        stems = [_stem(w) for w in raw]
        nums = frozenset(v for n in _NUMBER_RE.finditer(y) if (v := number_value(n.group())) is not None)
        if stems or nums:
            named = bool(raw) and (raw[-1][0].isupper() or _WHERE_WHEN_WORD.fullmatch(raw[-1].lower()) is not None)
            # the clause the contrast is set against: back to its sentence's start, at most 150 characters
            sentence = text[max(0, m.start() - 150):m.start()]
            clause = re.split(r"[.;:!?]", sentence)[-1]
            out.append(Correction(y, frozenset(stems), nums, stems[-1] if stems else "", named,
                                  _WISHED.search(clause) is not None, AHEAD.search(clause) is not None))
    return tuple(out)


#: Words that make a claim a denial of what it names.
DENIAL = re.compile(r"\b(?:fairy[- ]tale|fake|hoax|propaganda|lies?|so-called|nobody \w+ anybody|full stop|did not \w+ any|"
                    r"never happened|fabricat\w+|staged|denied|denies|untrue|baseless|unfounded|groundless)\b", re.I)


_BLANKET = re.compile(r"\b(?:nobody|no one)\b|\b(?:not|never)\s+\w+\s+(?:any|anybody|anyone|anything)\b", re.I)


#: "did not have any X" says what "had no X" says: one form, so that the two read alike (the same
#: words, neither more of a denial than the other).
_HAVE_NONE = re.compile(r"\b(?P<aux>did|does|do)\s+(?:not|n't)\s+have\s+any\b|\b(?P<aux2>did|does|do)n't\s+have\s+any\b", re.I)
_HAD = {"did": "had", "does": "has", "do": "have"}


def plain_negation(text: str) -> str:
    """``text`` with "did not have any" written "had no" (and "does"/"do" alike)."""
    return _HAVE_NONE.sub(lambda m: _HAD[(m.group("aux") or m.group("aux2")).lower()] + " no", text)


#: How a claim is put. A question ("asked whether …"), a conditional ("if the levee fails, the village will
#: flood") or a report the speaker is still checking ("investigating reports that …") asserts nothing: it
#: neither corroborates nor contradicts. A hedge ("may have been started by arsonists") is a possibility: it
#: shares no account with a plain assertion by words alone (a value both give still agrees, see :func:`relate`).
#: Each reading governs only its own clause: a claim is read clause by clause (split at ", and", ", but", ";",
#: "and will …"), with its relative and parenthetical clauses set aside ("the fire, which may have been burning
#: for hours, destroyed …"), and it keeps the mood of any clause that asserts ("30 died, and more would have died
#: if the levee had broken" asserts the 30).
_QUESTION = re.compile(r"^\s*(?:whether|if)\b|\?\s*$", re.I)
_CONDITIONAL = re.compile(r"^\s*(?:that\s+)?(?:if|unless|should|in case)\b|"
                          r"\b(?:will|would|could|might)\b[^.;,]{0,80}\b(?:if|unless)\b", re.I)
#: an open check only: "investigating / looking into / checking reports that …" ("verified reports that X" asserts X)
_CHECKED = re.compile(r"\b(?:investigating|looking into|checking|examining|verifying|studying|probing|assessing|"
                      r"(?:to|will)\s+(?:investigate|look into|check|examine|verify|study|probe|assess))\s+"
                      r"(?:the\s+|these\s+|those\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?)"
                      r"\s+(?:that|of)\b", re.I)
_HEDGE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|also\s+)?(?:have\s+)?(?:been|be|have)\b|\b(?:possibly|perhaps|maybe)\b|"
                    r"\b(?:it\s+(?:is|was)\s+)?(?:possible|conceivable|likely|probable)\s+that\b", re.I)
#: a relative or parenthetical clause, set aside when reading the mood of the claim around it
_ASIDE = re.compile(r",\s*(?:which|who|whose|whom|where)\b[^,;.()]{0,160},|\([^()]{0,160}\)|\s[–—]\s[^–—]{0,160}\s[–—]\s", re.I)
#: where one clause ends and a coordinate one begins
#: (before "and it is likely that", ", it is possible that": the hedge scopes over its own clause, not the one before)
_CLAUSE_SPLIT = re.compile(r",\s*(?:and|but|while|whereas|yet)\s+|;\s*|\.\s+|\s+but\s+|"
                           r"\s+and\s+(?=(?:will|would|could|might|may)\b)|"
                           r"(?:\s+and\s+|,\s*)(?=(?:it\s+(?:is|was)\s+)?(?:possible|conceivable|likely|probable)\s+that\b)", re.I)
#: a clause that only says who said it ("the mayor said")
_SAID_ONLY = re.compile(r"\b(?:said|says|told|reported|wrote|added|according)\b", re.I)


def _clause_mood(clause: str) -> str | None:
    """The mood of one clause, or None where it says too little to assert anything (a "the mayor said" tail)."""
    words = re.findall(r"[^\W\d_]{3,}|\d+", clause)
    if len(words) < 3 or (len(words) < 6 and _SAID_ONLY.search(clause)):
        return None
    if _CONDITIONAL.search(clause):
        return "conditional"   # (before the question: "if the gates fail, …" opens a condition, "if it was …" a question)
    if _QUESTION.search(clause):
        return "question"
    if _CHECKED.search(clause):
        return "reported"
    if _HEDGE.search(clause):
        return "hedged"
    return "asserted"


def claim_mood(text: str, stance: str | None = None) -> str:
    """``asserted``, ``hedged``, or what asserts nothing: ``question``, ``conditional``, ``reported``.
    A claim is asserted where one of its clauses is; else hedged where one is; else the mood of its first clause."""
    if stance == "questions":
        return "question"
    head = _ASIDE.sub(" ", text[:S.SLOT_TEXT_CHARS])
    moods = [m for m in (_clause_mood(c) for c in _CLAUSE_SPLIT.split(head)[:64]) if m]
    if not moods:
        return "asserted"
    for mood in ("asserted", "hedged"):
        if mood in moods:
            return mood
    return moods[0]

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
#: (the "when" half alone, _WHEN_WORD: a time both tell is no thing both tell of)
_WHEN_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|june|july|august|september|"
                        r"october|november|december|yesterday|today|tonight|morning|afternoon|evening|night|overnight|"
                        r"weekend|week|month|year|earlier|later|last", re.I)
_WHERE_WHEN_WORD = re.compile(r"near|outside|inside|north|south|east|west|northern|southern|eastern|western|central|centre|"
                              r"center|city|town|village|region|district|area|" + _WHEN_WORD.pattern, re.I)


def _short(text: str, n: int = 70) -> str:
    """A quoted snippet for a reason: long ones keep their start and end ("does not support … depot")."""
    if len(text) <= n:
        return text
    words = text.split()
    head, tail = " ".join(words[:4]), " ".join(words[-3:])
    return f"{head} … {tail}"


#: Past forms that do not end in -ed, of verbs that tell what happened ("the roof fell", "the bank was hit").
_IRREGULAR = {"struck": "strike", "hit": "hit", "sank": "sink", "sunk": "sink", "fell": "fall", "fallen": "fall",
              "broke": "break", "broken": "break", "burnt": "burn", "burst": "burst", "blew": "blow", "blown": "blow",
              "shot": "shoot", "froze": "freez", "frozen": "freez", "drove": "driv", "driven": "driv", "flew": "fly",
              "flown": "fly", "caught": "catch", "held": "hold", "kept": "keep", "left": "leave", "lost": "lose",
              "got": "get", "went": "go", "gone": "go", "took": "take", "taken": "take", "gave": "give", "given": "give",
              "made": "make", "came": "come", "ran": "run", "stole": "steal", "stolen": "steal", "fled": "flee", "lit": "ignit",
              "swept": "sweep", "bled": "bleed", "slid": "slide", "stuck": "stick", "tore": "tear", "torn": "tear",
              "threw": "throw", "thrown": "throw", "built": "build", "sent": "send", "spent": "spend", "sold": "sell",
              "bought": "buy", "won": "win", "met": "meet", "found": "find", "told": "tell", "began": "begin",
              "begun": "begin", "wrote": "writ", "written": "writ", "ate": "eat", "eaten": "eat", "rose": "rise",
              "risen": "rise", "died": "die", "dead": "die", "deaths": "die", "death": "die", "killed": "kill"}
#: Nominalisations not made by a suffix, and nouns of an act written as the verb is ("the collapse", "the crash").
_NOMINAL = {"destruction": "destroy", "collapse": "collaps", "crash": "crash", "crashes": "crash", "escape": "escap",
            "attack": "attack", "attacks": "attack", "strike": "strike", "strikes": "strike", "raid": "raid",
            "spill": "spill", "leak": "leak", "outage": "outage", "arrest": "arrest", "arrests": "arrest",
            "eruption": "erupt", "theft": "steal", "loss": "lose", "rescue": "rescu", "fall": "fall", "robbery": "rob",
            "closure": "clos", "failure": "fail", "seizure": "seiz", "departure": "depart", "burglary": "burgl"}
#: Words in -ed or -ing that tell no act: adjectives of the thing ("masked men"), times and places ("in the
#: morning", "the building"), the speaker's own words ("according to").
_NOT_PREDICATE = re.compile(r"^(?:according|during|morning|evening|building|buildings|ceiling|nothing|something|anything|"
                            r"everything|thing|things|king|ring|spring|string|wing|wedding|weddings|bring|sing|ping|"
                            r"feeling|meeting|following|hundred|need|needed|red|bed|shed|seed|speed|steed|breed|reed|feed|"
                            r"united|limited|related|based|called|named|masked|armed|aged|unidentified|so-called|"
                            r"alleged|suspected|reported|said|added|stated|expected|estimated|concerned|interested|"
                            r"used|supposed|planned|wounded|injured|dozens|ed|ing|sibling|ongoing|"
                            r"railing|ceilings|ending|parking|housing|clothing|offering|shipping|training|warning|"
                            r"opening|mining|"
                            # nouns in -tion, -sion, -ment that name a thing, a body or a place, not an act
                            r"stations?|nations?|positions?|populations?|administrations?|organi[sz]ations?|information|"
                            r"situations?|questions?|sections?|editions?|locations?|foundations?|federations?|television|"
                            r"commissions?|missions?|divisions?|versions?|sessions?|pensions?|tensions?|mansions?|vision|"
                            r"occasions?|conditions?|directions?|portions?|fractions?|mentions?|nutrition|tradition|"
                            r"governments?|parliaments?|apartments?|departments?|equipment|statements?|moments?|elements?|"
                            r"comments?|documents?|instruments?|environment|payments?|segments?|regiments?|ointment|"
                            r"agreements?|basements?|pavements?|settlements?|managements?)$", re.I)
_PREDICATE_WORD = re.compile(r"(?<![\w'’-])(?:[a-z][a-z]{2,}(?:ed|ing)|[a-z]{3,}(?:tion|sion|ment))(?![\w'’-])|"
                             r"(?<![\w'’-])(?:" + "|".join(sorted({*_IRREGULAR, *_NOMINAL}, key=len, reverse=True)) + r")(?![\w'’-])|"
                             r"\b(?:will|would|can|could|may|might|must|shall|did|does) (?:not )?[\"“‘']?(?P<base>[a-z]{3,})\b")
# (not after "to": with no parse here, "to" is as often a preposition, "fled to Ossory", "sold to Harrow", as the
# mark of a verb, and a place name read as a predicate would make two claims share an act they do not tell)


#: Light verbs: "fell ill", "were led out", "went aground", "got away" tell their act by what follows them, not
#: by the verb; they tell no act of their own (:func:`predicates`).
_LIGHT = frozenset({"go", "get", "come", "take", "make", "fall", "lead", "led", "run", "give", "keep", "put", "set",
                    "turn", "bring", "brought", "leave", "hav", "do", "be", "becom", "seem", "remain"})
#: The particle of a phrasal verb ("shot down" is "downed", "broke out", "wiped out"): told as an act of its own.
_PARTICLE = re.compile(r"\s+(down|out|off|away|aground|ashore|apart)\b")


#: Kinds of act told by the stems :func:`predicates` reads, each with its synonyms ("caved in", "toppled",
#: "collapsed", "burst" and "failed" are one kind). With :func:`frames.acts_of` these are the acts the
#: corroboration gate knows (:func:`decision.predicated_apart`): two claims are told apart only when each
#: tells a known act and no kind is shared; a verb outside these ("stepped down", "held up") is unknown, never
#: evidence of another act.
PREDICATE_KINDS = {
    "collapse": frozenset({"collaps", "cav", "toppl", "burst", "fail", "breach", "crumbl", "buckl", "break"}),
    "fire": frozenset({"burn", "blaz", "ignit", "gut"}),
    "sale": frozenset({"sell", "buy", "acquir", "purchas"}),
    "inspection": frozenset({"inspect", "examin", "audit", "check", "survey"}),
    "building": frozenset({"install", "build", "construct", "erect"}),
    "refit": frozenset({"repaint", "refit", "renovat", "paint"}),
    "flood": frozenset({"flood", "inundat", "submerg"}),
    "closure": frozenset({"clos", "shut", "seal"}),
    "leaving office": frozenset({"resign", "quit"}),
    "taking to safety": frozenset({"rescu", "evacuat"}),
    "theft": frozenset({"rob", "steal", "loot", "burgl"}),
    "spill": frozenset({"spill", "leak"}),
    "crash": frozenset({"crash", "collid"}),
    "delay": frozenset({"delay", "postpon", "cancell", "cancel"}),
}


def predicate_kinds(preds: frozenset[str]) -> set[str]:
    """The kinds of act (:data:`PREDICATE_KINDS`) among a claim's predicate stems; empty where none is known."""
    return {kind for kind, stems in PREDICATE_KINDS.items() if stems & preds}


def predicate_stem(word: str) -> str:
    """One stem for a verb's forms and its nominalisation: "derailed", "derailment" -> "derail"; "erupted",
    "eruption" -> "erupt"; "collapsed", "collapse" -> "collaps"; "robbed", "robbery" -> "rob"."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _NOMINAL:
        return _NOMINAL[w]
    for suf in ("ations", "ation", "ptions", "ption", "tions", "tion", "sions", "sion", "ments", "ment",
                "ings", "ing", "ied", "ed", "es", "e", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            # "eruption" -> "erupt", "carried" -> "carry"
            w = w[: -len(suf)] + {"ption": "pt", "ptions": "pt", "ied": "y"}.get(suf, "")
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]   # "robb" -> "rob", "trapp" -> "trap" (not "fall", "kill", "pass")
    return w.rstrip("e") if len(w) > 4 else w


def predicates(text: str) -> frozenset[str]:
    """The stems of the words that tell what happened in a claim: its verbs in -ed, -ing and irregular past
    forms, verbs after an auxiliary ("will close"), and nominalisations ("derailment", "eruption", "robbery"),
    each through :func:`predicate_stem`, with the particle of a phrasal verb ("shot down" -> "down", as "downed");
    none where the first is a light verb ("fell ill after the spill", "were led out": :data:`_LIGHT`), adjectives of a thing, times or the speaker's
    verbs (:data:`_NOT_PREDICATE`). Two claims that tell one fact share one of these (or a kind of act,
    :func:`acts_of`); two that share only their subject ("the crane was installed" / "the crane collapsed") do not."""
    out: set[str] = set()
    low = text[:4000].lower()
    for m in _PREDICATE_WORD.finditer(low):
        w = m.group("base") or m.group()
        if w.startswith("not "):
            w = w[4:]
        if _NOT_PREDICATE.match(w) or w in _STOP or w in _SMALL_STOP:
            continue
        stem = predicate_stem(w)
        if stem in _LIGHT:
            if not out:
                return frozenset()   # its act is told by the words after a light verb ("went down"): not read here
            continue
        particle = _PARTICLE.match(low, m.end())
        if particle:
            out.add(particle.group(1))
        out.add(stem)
    return frozenset(out)

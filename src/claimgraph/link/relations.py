"""Relations between two claims about the same event: ``corroborates`` or ``contradicts``.

Rules over the claim text, offline: figures with what they count ("12 killed" vs "40 killed"),
opposed frames ("strayed off course in fog" vs "a planned operation", "an ammunition depot" vs
"a hospital", "evacuated" vs "deported"), negation and denial ("there was no defection",
"fairy tale") of something the other claim asserts, and — for corroboration — the same figure,
the same side of a frame, or largely the same words. Each relation carries a reason a person can
read, and whether the two claims come from independent origins.

A frame side counts only when the claim itself asserts it: negated or set aside ("rather than any
interceptor") or disputed ("does not support the statement that …") it counts for the other side;
inside someone else's reported statement, after "has yet to comment on", or scare-quoted it does
not count at all. Site and transfer frames also need the two claims to share the thing they are
about; claims of one origin never contradict each other by a frame or a denial.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from . import names as N
from . import slots as S
from .when import day_expressions

# ------------------------------------------------------------------------------- frames
#: A civilian site as the object of a strike ("two missiles struck the Regional Hospital").
_CIVIL_SITE = r"\b(?:hospital|surgical wing|clinic|school|residential|apartment|orphanage|shelter|market)"

#: After "took" / "take": what is taken is not a person ("we didn't take anything from home", "took part").
_NOT_PEOPLE = r"(?! (?:anything|nothing|something|everything|part|place|care)\b)"

#: Each frame has two opposed sides: (label, patterns). A negated pattern counts for the other side.
FRAMES: list[dict] = [
    {"name": "course", "sides": [
        ("a mistaken landing", [r"\bmistake[ns]?\b", r"\bstray(?:ed|ing)?\b", r"\boff course\b", r"\blost in (?:the )?fog\b",
                                r"\baccident(?:al|ally)?\b", r"\bnavigation(?:al)? error\b", r"\bby error\b", r"\bgot lost\b",
                                r"\blost (?:its|their) way\b", r"\blost (?:its|their|his) bearings\b", r"\bdisoriented\b",
                                r"\bnavigation (?:failure|accident)\b", r"\bforced to land\b"]),
        ("a planned operation", [r"\bplann(?:ed|ing)\b", r"\bcoordinated operation\b", r"\bown decision\b", r"\bmy decision\b",
                                 r"\bdefect(?:ed|ion|ing)?\b", r"\bescape plan\b", r"\binitiated contact\b", r"\bmade contact\b",
                                 r"\bvoluntar(?:y|ily)\b", r"\bsafe passage\b", r"\bcode-?named\b", r"\bvoluntary landing\b",
                                 r"\bdeliberately\b", r"\bsecret contacts?\b"]),
    ]},
    {"name": "target", "anchor": True, "sides": [
        ("a military target", [r"\bammunition (?:depot|store|dump|warehouse)s?\b", r"\b(?:arms|weapons|fuel) depot\b",
                               r"\b(?:the|that|this) depot\b",
                               r"\bdeployment point\b", r"\bmilitants\b", r"\bmilitary (?:target|facility|objects?)\b",
                               r"\blaunchers?\b", r"\bfiring positions?\b", r"\bcommand post\b", r"\bbarracks\b"]),
        ("a civilian site", [r"\bhospital\b", r"\bsurgical wing\b", r"\bschool\b", r"\bresidential\b", r"\bcivilians?\b",
                             r"\bpatients\b", r"\bred cross\b", r"\borphanage\b", r"\bapartment (?:block|building)s?\b"]),
    ]},
    # how a structure (a dam, a bridge, a building) was destroyed: charges set off inside it, or a
    # strike from outside
    {"name": "cause", "sides": [
        ("explosives set off inside", [r"\bblew (?:it )?up\b", r"\bblown up\b", r"\bdetonat\w+ (?:the )?(?:explosives|charges)\b",
                                       r"\b(?:laid|placed|planted) (?:the )?(?:charges|explosives|mines)\b", r"\bfrom (?:the )?inside\b",
                                       r"\b(?:charges?|explosives?|detonations?) inside\b", r"\binternal (?:detonations?|explosions?|blasts?)\b",
                                       r"\bgoes off inside\b", r"\b(?:mined|sabotaged)\b", r"\bto mine\b",
                                       r"\b(?:flash|flashes|blast|blasts|explosion|explosions) inside\b",
                                       # the passive and the act's place: "explosives were detonated inside the dam"
                                       r"\b(?:explosives|charges|mines|bombs?) (?:were|was|had been|have been) (?:detonated|set off|planted|laid|placed)\b",
                                       r"\b(?:detonated|exploded|went off|set off) (?:\w+ ){0,2}inside\b"]),
        ("a strike from outside", [r"\b(?:hit|struck|destroyed) by (?:\w+ ){0,2}(?:rockets?|missiles?|shells?|drones?|bombs?)\b",
                                   r"\bfired (?:\w+ ){0,2}(?:rockets?|missiles?|shells?) at\b", r"\bexternal strike\b",
                                   r"\b(?:rockets?|missiles?|shells?) (?:[\w-]+ ){0,5}(?:struck|hit) the\b", r"\bput (?:\w+ ){0,3}into the\b",
                                   r"\bfired at\b"]),
    ]},
    {"name": "blast", "sides": [
        ("secondary detonations", [r"\bsecondary (?:detonations|explosions|blasts)\b", r"\bchain of (?:detonations|explosions)\b"]),
        ("a single explosion", [r"\b(?:one|a single) (?:large |big |huge )?(?:explosion|blast|fireball)\b"]),
    ]},
    {"name": "transfer", "anchor": True, "sides": [
        ("an evacuation", [r"\bevacuat\w*", r"\brescued?\b", r"\bat the request\b", r"\bout of the shelling\b", r"\bfor their safety\b",
                           r"\bescorted\b"]),
        ("a forced transfer", [r"\bdeport\w*", r"\bforcibl[ey]\b", r"\babduct\w*", r"\bkidnap\w*", r"\btaken\b(?! (?:care|part|place|(?:[\w\x22'-]+ ){0,2}(?:months?|weeks?|days?|hours?|years?|minutes?)\b(?! ago)))",
                               r"\bremoved\b", r"\bstolen\b", r"\btook\b" + _NOT_PEOPLE, r"\btake\b" + _NOT_PEOPLE,
                               r"\btransferred\b", r"\badopted\b"]),
    ]},
    {"name": "fate", "sides": [
        # a mock execution (a torture) is no execution
        ("executed", [r"(?<!\bmock )(?<!\bsimulated )\bexecut(?:ed|ion|ions)\b", r"\bshot (?:dead )?after (?:surrender|refusing|landing|capture)\w*", r"\bmurder\w*",
                      r"\bkilled after (?:refusing|surrendering)\b", r"\bafter refusing to surrender\b"]),
        ("killed in a fight or detained", [r"\bopen(?:ed|ing) fire\b", r"\bfirefight\b", r"\bshoot-?out\b", r"\bdetained\b",
                                           r"\bexchange of fire\b", r"\balive\b", r"\bin custody\b", r"\btaken prisoner\b",
                                           r"\bcaptured\b"]),
    ]},
    {"name": "visibility", "sides": [
        ("fog", [r"\bfog(?:gy)?\b", r"\bzero visibility\b", r"\bpoor visibility\b"]),
        ("clear weather", [r"\bclear (?:morning )?(?:light|sky|skies|weather)\b", r"\bvisibility of more than\b"]),
    ]},
    {"name": "footage", "sides": [
        ("staged footage", [r"\bfilmed after the fact\b", r"\bstaged\b", r"\bfabricat\w+", r"\bso-called video\b", r"\bdoctored\b"]),
        ("genuine footage", [r"\bverified\b", r"\bfootage (?:released|shows?|showed)\b", r"\bvideo (?:shows?|showed|filmed)\b",
                             r"\bgeolocated\b"]),
    ]},
    # who caused the damage: the defender's own air defence (a common counter-claim after a strike on a
    # civilian site) vs the attack itself
    {"name": "air_defence", "sides": [
        ("an air-defence missile", [r"\bair[- ]defen[cs]e missiles?\b", r"\binterceptors?\b", r"\bown (?:interceptors?|missiles?)\b"]),
        ("the attack's own missiles", [r"\bno interceptors?\b", r"\bmissiles? (?:strike|struck|hit)s?\b(?! by)(?=[^.;]{0,50}?" + _CIVIL_SITE + ")",
                                       r"\b(?:deliberate|direct|targeted) (?:attack|strike)\b"]),
    ]},
]
FRAME_NAMES = frozenset(frame["name"] for frame in FRAMES)
_NEG = re.compile(r"\b(?:no|not|never|nobody|nothing|none|without|denied|denies|deny|didn't|did not|wasn't|was not|"
                  r"there was no|false|n't)\b(?:(?!\band\b|\bbut\b|\bthat\b)[^.;:,]){0,25}$", re.I)
_NOT_NEG = re.compile(r"\b(?:not only|nothing but|nothing less than|no less than|no doubt|none other than|not least|"
                      r"no one really knew|not alone)\b[^.;:,]{0,30}$", re.I)


#: A clause ends here: what a negation governs does not run past it.
_CLAUSE_END = re.compile(r"[.;:!?,]|\b(?:and|but|while|whereas|although|which|who|that|because|so)\b")
_NEG_WORD = re.compile(r"\b(?:not|never|no longer|didn't|don't|doesn't|wasn't|weren't|won't|refused to|n't)\b")


def _negated_clause(before: str) -> bool:
    """Is a word negated by a verb's negation earlier in its own clause? ("did not want to continue
    taking part in the genocide": the negation of the verb chain governs its object)."""
    cut = list(_CLAUSE_END.finditer(before))
    clause = before[cut[-1].end():] if cut else before
    return bool(_NEG_WORD.search(clause)) and not _NOT_NEG.search(clause)


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


#: Words just before a frame word that set it aside as the rejected alternative ("rather than any
#: interceptor", "very hard to reconcile with an interceptor"): for a frame they count as negation.
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|hard to reconcile with|inconsistent with|ruled? out)\b[^.;:,]{0,25}$", re.I)
#: Someone else's statement that the claim disputes ("does not support the ministry's statement that
#: the target was a depot"): the frame side after it is denied by the claim.
_DISPUTED = re.compile(r"\b(?:not support|does not back|contradicts?|disputes?|rejects?|refutes?|debunks?)\b[^.;]{0,80}"
                       r"\b(?:statement|claims?|assertion|account|version|allegations?)\s+that\b[^.;]{0,60}$", re.I)
#: Someone else's statement that the claim only reports ("the allegation that", "a report on the"):
#: a frame side inside it is not asserted by the claim itself.
_REPORTED = re.compile(r"\b(?:(?:statement|claims?|assertion|allegations?|accusations?|reports?|rumou?rs?)\s+(?:that|of|on|about)|"
                       r"comment(?:ed|ing)? on|respond(?:ed|ing)? to|questions? (?:about|on))\b[^.;]{0,60}$", re.I)


#: A site named as the object of a strike ("two missiles struck the Regional Hospital", "a strike on
#: an ammunition depot"): two such claims about one event are about the same thing, its target.
_STRUCK = re.compile(r"(?:\b(?:struck|strikes?|hit|targeted|attack(?:ed|s)?)\b(?:\s+(?:on|against|at))?"
                     r"(?:(?!\b(?:and|but|while|which|that)\b)[^.;,]){0,60}"
                     # or the site named by what it was: "This was a hospital", "the building was a school"
                     # (with up to two words before the site's own: "a children's hospital", "a military barracks")
                     r"|^\W*(?:this|it|that)\s+(?:was|is)\s+(?:only |just |simply )?(?:an?|the)\s+"
                     r"|^\W*the (?:building|site|target|facility|place)\s+(?:was|is)\s+(?:only |just |simply )?(?:an?|the)\s+"
                     r"(?!(?:former|old|nearest|only|next|another|other|second|closest)\b)(?:[\w'-]+\s+){0,2})$",
                     re.I)


#: A negation bound to the moment of speaking ("no need yet to evacuate", "not yet evacuated"):
#: what is not so yet may be so by the next report, so it neither asserts nor denies.
_NOT_YET = re.compile(r"\b(?:not|no|n't|never)\b[^.;:,]{0,20}\byet\b[^.;:,]{0,20}$|\byet to\b[^.;:,]{0,20}$", re.I)


def frame_polarity(before: str, after: str = "") -> bool | None:
    """How a claim holds a frame word, given the text before and after it: True asserted, False
    negated (counts for the other side), None not the claim's own (in someone else's reported
    statement, in a "has yet to comment on", or in scare quotes: "a ‘hospital’ had been hit")."""
    if _DISPUTED.search(before):
        return False
    if _REPORTED.search(before):
        return None
    if re.search(r"(?:^|\s)['‘\"“]$", before) and re.match(r"['’\"”]", after):
        return None   # the ‘deportation’, a ‘hospital’ — one word quoted to be doubted
    if re.search(r"\b(?:so-called|alleged|supposed|purported)\b[^.;\"“”]{0,30}[\"“‘](?:[\w'’-]+\s){0,3}[\w'’-]*$", before):
        return None   # the so-called video of a "voluntary landing" — a phrase quoted to be doubted
    if _NOT_YET.search(before):
        return None   # "there is no need yet to evacuate": the moment of the report, not a denial of the act
    if negated_before(before) or _SET_ASIDE.search(before):
        return False
    return True


#: Words that make a claim a denial of what it names.
DENIAL = re.compile(r"\b(?:fairy[- ]tale|fake|hoax|propaganda|lies?|so-called|nobody \w+ anybody|full stop|did not \w+ any|"
                    r"never happened|fabricat\w+|staged|denied|denies|untrue|baseless|unfounded|groundless)\b", re.I)

# ------------------------------------------------------------------------------ figures
_NUMWORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_NUMWORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                  "hundred": 100, "dozen": 12})
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM = (r"(\d{1,3}(?:,\d{3})+(?![\d,])|\d+|" + _TENS + r"[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
        + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + r")")
_KILLED = r"(?:killed|dead|died|deaths?|lives|bodies|eliminated|destroyed|perished|fatalities)"
_WOUNDED = r"(?:wounded|injured|hurt|injuries)"
_COMBATANT = r"(?:militants?|soldiers?|servicemen|fighters?|troops|combatants?|mercenaries)"
_CHILD = r"(?:children|kids|orphans|minors|boys|girls)"
_FIG = re.compile(r"(?<![\w-])" + _NUM + r"\b(?=((?:\s+[\w'’-]+,?){0,8}))", re.I)
_TOLL = re.compile(r"\b(?:death )?toll\b[^.;:]{0,90}?\b(?:of|to|at|rose to|rises to|has risen to|reached|stands at)\s+(?:at least |up to )?"
                   + _NUM + r"\b(?![.,:]\d)(?!\s*(?:%|(?:per ?cent|percent|years?|days?|hours?|km|kilomet\w*|metres?|meters?)\b))", re.I)
#: A toll named as another's ("the ministry's toll", "Kyiv's death toll"): the claim restates it.
#: A second clause in a claim ("…; they detained", "… but shelled …").
_TWO_CLAUSES = re.compile(r";|\b(?:but|while|whereas)\b|,\s+and\b", re.I)
#: Another's figure restated ("disputed the ministry's toll of 40"): a possessive source before the
#: toll, or a verb questioning it; a place's own toll ("Kyiv's death toll rose to 9") is the claim's.
_OTHERS_TOLL = re.compile(
    r"(?:\b(?:ministry|authorities|officials?|government|police|army|military|agency|council|administration|service|"
    r"office|commission|committee|mission|un|kremlin)['’]s?"
    r"|\b(?:disputed?|disputing|question(?:ed|ing)?|reject(?:ed|ing)?|dismiss(?:ed|ing)?|challeng(?:ed|ing)?|doubt(?:ed|ing)?)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)"
    r"\s+(?:(?:official|initial|earlier|own|latest)\s+)?(?:death\s+)?$", re.I)
SLOT_LABEL = {"killed": "casualty figure", "wounded": "wounded figure", "combatants killed": "combatants killed",
              "evacuated": "number evacuated",
              "children": "number of children", "children killed": "children killed"}


#: The largest count a claim is read to give; longer digit runs are identifiers, not counts.
MAX_COUNT = 100000


def _num(text: str) -> int | None:
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t) if len(t) <= 7 else None   # int() of thousands of digits is slow, then refused
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _NUMWORDS and parts[1] in _NUMWORDS:
        return _NUMWORDS[parts[0]] + _NUMWORDS[parts[1]]
    return _NUMWORDS.get(t)


#: A figure said to be a bound: "at least 87 injured" is compatible with "over 100", not with "60".
_BOUND = re.compile(r"\b(?P<b>at least|more than|over|in excess of|upwards of|as many as|up to|fewer than|less than|"
                    r"at most|no more than)\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
_LOWER_BOUNDS = {"at least", "more than", "over", "in excess of", "upwards of"}


#: Bounds that leave their own number out: "more than 30" is not 30.
_STRICT_BOUNDS = {"more than", "over", "in excess of", "upwards of", "fewer than", "less than"}


def strict_bounds(text: str, figs: dict[str, int]) -> set[str]:
    """The slots of :func:`figures` that the claim gives as a bound leaving the number out ("more than 30")."""
    said: dict[int, bool] = {}
    for m in _BOUND.finditer(text):
        v = _num(m.group("n"))
        if v is not None:
            said.setdefault(v, m.group("b").lower() in _STRICT_BOUNDS)
    return {slot for slot, v in figs.items() if said.get(v)}


def one_figure(bx: str | None, by: str | None, strict: bool) -> bool:
    """Do two equal figures, each exact or a bound, state one fact? The same bound twice, or an exact
    figure and a bound that includes it ("killed 16" / "at least 16"); not "more than 30" and "30",
    nor "more than 30" and "as many as 30"."""
    return bx == by or ((bx is None or by is None) and not strict)


#: Casualty and evacuation figures in Russian and Ukrainian ("пострадали 14 человек", "23 людини
#: загинули"): the number is language-free, so a count told in two languages is one figure.
_CYR_SLOTS = (("killed", r"погиб\w*|убит\w*|загинул\w*|загибл\w*|вбит\w*"),
              ("wounded", r"ранен\w*|пострадал\w*|поранен\w*|постраждал\w*|травмирован\w*|травмован\w*"),
              ("evacuated", r"эвакуирова\w*|евакуйова\w*|евакуюва\w*"))
_CYR_PEOPLE = r"(?:человек\w*|люд\w*|осіб|особи|жител\w*|мешкан\w*|пассажир\w*|пасажир\w*|горожан\w*)"
_CYR_QUAL = r"(?P<q>более|свыше|не менее|по меньшей мере|понад|щонайменше|не менше|около|примерно|приблизно|близько)?\s*"
_CYR_NUM = r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)"
#: A word between a figure and its verb: never another number, a conjunction or another slot's verb
#: ("погибли 3 и пострадали 14 человек": 14 is the injured, not the dead).
_CYR_GAP = (r"\s+(?!(?:и|і|й|та|а|но|але|или|або)(?![\w-]))(?!(?:" + "|".join(v for _, v in _CYR_SLOTS) + r"))(?![\w-]*\d)[\w-]+")
_CYR_FIGURES = [(slot, rx) for slot, verb in _CYR_SLOTS for rx in (
    re.compile(r"(?<![\w-])(?:" + verb + r")(?:" + _CYR_GAP + r"){0,3}?\s+" + _CYR_QUAL + _CYR_NUM + r"\s+" + _CYR_PEOPLE, re.I),
    re.compile(r"(?<![\w-])" + _CYR_QUAL + _CYR_NUM + r"\s+" + _CYR_PEOPLE + r"(?:" + _CYR_GAP + r"){0,2}?\s+(?:" + verb + r")", re.I))]


_CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]{3}")


def cyrillic_figures(text: str) -> tuple[dict[str, int], dict[str, str], set[str]]:
    """({slot: value}, {slot: "lo"}, slots given as estimates) for the casualty and evacuation figures
    of a Russian or Ukrainian claim: the first per slot, the number next to its people and its verb."""
    figs: dict[str, int] = {}
    bounds: dict[str, str] = {}
    approx: set[str] = set()
    head = text[:S.SLOT_TEXT_CHARS]
    for slot, rx in _CYR_FIGURES:
        if slot in figs:
            continue   # the first per slot: its other pattern is not searched
        m = rx.search(head)
        if m is None:
            continue
        figs[slot] = int(re.sub(r"\D", "", m.group("n")))
        q = (m.group("q") or "").lower()
        if q in ("около", "примерно", "приблизно", "близько"):
            approx.add(slot)
        elif q:
            bounds[slot] = "lo"
    return figs, bounds, approx


#: An estimate: "about 500", "roughly 300", "an estimated 2,000", "close to 40".
_APPROX = re.compile(r"\b(?:about|around|roughly|approximately|some|an estimated|estimated|close to|nearly|almost|"
                     r"just (?:over|under))\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
#: Two figures one of which is an estimate: within this share of the larger, one figure told twice
#: ("about 500" / "480"); within APPROX_WIDE, neither one figure nor two ("about 500" / "420").
APPROX_SAME = 0.1
APPROX_WIDE = 0.25


def approximate(text: str, figs: dict[str, int]) -> set[str]:
    """The slots of :func:`figures` that the claim gives as an estimate ("about 500 were evacuated"):
    the marker governs the number right after it only, so a figure whose number the claim also gives
    unmarked ("about 40 homes were destroyed and 40 people died") is not taken as an estimate."""
    marked: set[int] = set()   # where a marked number starts
    said: set[int] = set()
    for m in _APPROX.finditer(text):
        v = _num(m.group("n"))
        if v is not None:
            said.add(v)
            marked.add(m.start("n"))
    plain = {v for m in re.finditer(r"(?<![\w,.])\d[\d,]*\b", text)
             if m.start() not in marked and (v := _num(m.group())) is not None}
    return {slot for slot, v in figs.items() if v in said and v not in plain}


def figure_bounds(text: str, figs: dict[str, int]) -> dict[str, str]:
    """{slot: "lo" | "hi"} for the figures of :func:`figures` that the claim gives as a bound."""
    said: dict[int, str] = {}
    for m in _BOUND.finditer(text):
        v = _num(m.group("n"))
        if v is not None:
            said.setdefault(v, "lo" if m.group("b").lower() in _LOWER_BOUNDS else "hi")
    return {slot: said[v] for slot, v in figs.items() if v in said}


def _compatible(x: int, bx: str | None, y: int, by: str | None) -> bool:
    """Can two figures, each exact or a bound, count the same thing? ("at least 87" and "over 100": yes)."""
    lx, hx = (x, float("inf")) if bx == "lo" else (0, x) if bx == "hi" else (x, x)
    ly, hy = (y, float("inf")) if by == "lo" else (0, y) if by == "hi" else (y, y)
    return max(lx, ly) <= min(hx, hy)


_RANGE = re.compile(r"\b(?:rang(?:ing|ed|e) )?(?:from|between) " + _NUM + r" (?:to|and) " + _NUM + r"\b", re.I)


def ranges(text: str) -> dict[str, tuple[int, int]]:
    """{slot: (low, high)} for figures given as a range ("tolls ranging from 12 to 40 dead")."""
    out: dict[str, tuple[int, int]] = {}
    for m in _RANGE.finditer(text):
        lo, hi = _num(m.group(1)), _num(m.group(2))
        if lo is None or hi is None or lo >= hi or hi > MAX_COUNT:
            continue
        slot = figures(m.group(2) + text[m.end():]).keys()
        for k in slot:
            out.setdefault(k, (lo, hi))
            break
    return out


#: A verb of killing or wounding before the count: "killed up to 60 fighters", "injured more than 30" ("left
#: 12 people dead" is handled by the count-first pattern; this is the verb-first one); not "the wounded"
#: (a noun: "took the wounded 40 kilometres").
_COUNT_AFTER_VERB = re.compile(r"(?<!\bthe )(?<!\ba )\b(?P<verb>killed|killing|kills|eliminated|eliminating|destroyed|injured|"
                               r"injuring|injures|wounded|wounding|wounds)\s+(?:up to |at least |about |some |more than |nearly |"
                               r"almost |around |over |close to |closer to |roughly |approximately |an estimated )?"
                               + _NUM.replace("(", "(?P<n>", 1) + r"\b(?!-)(?=(?P<what>(?:\s+[\w'’-]+,?){0,3}))", re.I)
#: A unit after a number: a distance, a duration or a share, not a count.
_UNIT_AFTER = re.compile(r"\s*(?:st|nd|rd|th|km|kilomet\w*|metres?|meters?|miles?|percent|%|per cent|:\d|am|pm|hours?|days?|months?|years?|"
                         r"minutes?)\b", re.I)


_HHMM = r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])"
#: A time of day only where the words say so: "at 02:50", "reading 02:48", "04:10 local time",
#: "the 04:10 timing" — not a scale ("1:50") or a score.
_CLOCK = re.compile(r"(?:\b(?:at|around|about|by|until|till|before|after|since|reading)\s+(?:about\s+|around\s+)?" + _HHMM + r")"
                    r"|(?:" + _HHMM + r"(?=\s*(?:local time|gmt|utc|[ap]\.?m\b|hours\b|hrs\b|timing\b|time\b)))", re.I)


#: An hour written as reporters say it: "3 am", "11 p.m.", "two o'clock in the morning".
_HOUR_WORDS = re.compile(r"(?<![\w:.])(?P<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                         r"(?:\s*(?P<ampm>[ap])\.?m\b\.?|\s+o['’]clock(?:\s+(?P<part>in the morning|at night|in the afternoon|"
                         r"in the evening))?)", re.I)


def _clock_matches(text: str) -> list[tuple[int, int]]:
    """(minutes after midnight, end offset) of each time of day in the text."""
    out = []
    for m in _CLOCK.finditer(text):
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append((int(h) * 60 + int(mi), m.end()))
    for m in _HOUR_WORDS.finditer(text):
        h = _num(m.group("h"))
        if h is None:
            continue
        later = (m.group("ampm") or "").lower() == "p" or (m.group("part") or "").lower() in ("in the afternoon", "in the evening")
        night = (m.group("part") or "").lower() == "at night"
        h = h % 12 + (12 if later or (night and h >= 6) else 0)
        out.append((h * 60, m.end()))
    return out


def clock_times(text: str) -> list[int]:
    """Times of day, in minutes after midnight ("at 02:50", "04:10 local time", "shortly before 3 am",
    "at two o'clock in the morning")."""
    return [t for t, _end in _clock_matches(text)]


#: After a time, in its clause: the time is someone else's, or the claim says it does not hold
#: ("the 04:10 timing given by Dagor is not supported by the seismic record").
_DISOWNED_TIME = re.compile(r"^[^.;,]{0,40}?\b(?:(?:given|claimed|cited|stated|announced) by|is not supported|"
                            r"(?:is|was) (?:false|wrong|incorrect|untrue))\b", re.I)


def own_times(text: str) -> list[int]:
    """The times of day the claim itself gives (:func:`clock_times` without those it attributes to
    another or says do not hold)."""
    return [t for t, end in _clock_matches(text) if not _DISOWNED_TIME.match(text[end: end + 80])]


_SMALL_STOP = frozenset("the and was were had has have for our its his her their but not that this with from into "
                        "than then there they them who which what when where while are been being one two".split())


def _shared_nouns(a: str, b: str) -> set[str]:
    """Words of three letters or more that both texts use (short nouns count here: "dam", "bus")."""
    wa = {w for w in re.findall(r"[a-z]{3,}", a.lower()) if w not in _SMALL_STOP and w not in _STOP}
    return wa & {w for w in re.findall(r"[a-z]{3,}", b.lower()) if w not in _SMALL_STOP and w not in _STOP}


#: The territory a count is over: "on the Ukrainian-controlled territory", "in the territory it controls",
#: "in occupied areas".
_SCOPE = re.compile(r"\b(?:on|in|across)\s+(?:the\s+)?(?P<s>(?:[\w-]+\s+){0,2}?(?:territory|territories|areas?|parts?)"
                    r"(?:\s+(?:it|they|\w+)\s+(?:controls?|holds?|occupies|occupy|held|controlled|occupied))?)\b", re.I)


def count_scope(text: str) -> str | None:
    """The territory a claim's figures count over, when it says ("ukrainian-controlled territory"), else None."""
    for m in _SCOPE.finditer(text):
        words = m.group("s").lower().split()
        if any(w.endswith(("controlled", "held", "occupied")) or w in ("controls", "holds", "occupies", "occupy") for w in words):
            return " ".join(words)
    return None


#: Who a count counts when it names no group of its own: any of these can be the same people as a
#: count of prisoners, patients or workers ("53 prisoners died" / "53 people died").
_ANY_PEOPLE = frozenset({"people", "person", "persons", "civilian", "victim", "dead", "individual", "live", "bodie",
                         "body", "casualtie", "casualty", "men", "women", "other", "soul"})
_NOT_NOUN = frozenset({"was", "has", "is", "as", "this", "its", "his", "were", "have", "had", "also", "reportedly",
                       "more", "less", "times", "percent", "bus", "gas"})


#: Groups a story sets apart ("40 prisoners" / "eight guards", "12 firefighters" / "30 residents"
#: are two counts); two other plurals ("residents" / "villagers") may be the same people.
_SET_APART = frozenset({"prisoner", "guard", "patient", "nurse", "doctor", "worker", "miner", "sailor", "soldier",
                        "children", "police", "crew", "staff", "firefighter", "rescuer", "journalist", "passenger",
                        "student", "pilot", "officer", "fighter", "hostage"})
_GROUP_SYNONYMS = {"inmate": "prisoner", "detainee": "prisoner", "pow": "prisoner", "captive": "prisoner",
                   "serviceman": "soldier", "servicemen": "soldier", "troop": "soldier", "child": "children",
                   "medic": "doctor", "employee": "worker"}


def _counted_noun(words: list[str]) -> str | None:
    """The group a count names, from the words after its number ("prisoners were killed" ->
    "prisoner"; "people" and the like -> None: any group), or None when it names none."""
    for w in words[:3]:
        w = w.lower()
        if re.fullmatch(_KILLED + "|" + _WOUNDED, w) or w in _NOT_NOUN or w in _ANY_PEOPLE or w[:-1] in _ANY_PEOPLE:
            return None
        if w in ("children", "police", "personnel", "staff", "crew") or (len(w) > 3 and w.endswith("s")) or w in ("men", "women"):
            stem = w[:-1] if w.endswith("s") else w
            return None if stem in _ANY_PEOPLE or w in _ANY_PEOPLE else stem
    return None


def counted_groups(text: str) -> dict[str, str]:
    """{slot of :func:`figures`: the group its count names} ("40 prisoners were killed" -> {"killed":
    "prisoner"}); a slot whose count names no group of its own ("40 people") is left out."""
    groups: dict[str, str] = {}
    figures(text, groups)
    return groups


def figures(text: str, groups: dict[str, str] | None = None) -> dict[str, int]:
    """{slot: value} for what the claim counts; the first figure per slot. A number that is the
    size of a group picked from ("one of the two crew members") or part of a range ("from 12 to
    40 dead", see :func:`ranges`) is not a count. ``groups``, when given, receives the group each
    slot's count names (:func:`counted_groups`)."""
    out: dict[str, int] = {}
    groups = {} if groups is None else groups

    def put(slot: str, v: int, words: list[str]) -> None:
        if slot not in out:
            out[slot] = v
            noun = _counted_noun(words) if slot in ("killed", "wounded") else None   # the others name their group
            if noun:
                groups[slot] = noun

    spans = [(m.start(), m.end()) for m in _RANGE.finditer(text)]
    counted: set[int] = set()   # where a number the verb before it counts starts
    for m in _TOLL.finditer(text):
        if _OTHERS_TOLL.search(text[max(0, m.start() - 40): m.start()]):
            continue   # someone else's figure restated ("disputed the ministry's toll of 40"), not the claim's own
        v = _num(m.group(1))
        if v is not None and v <= MAX_COUNT:
            out.setdefault("killed", v)
    # (bounded as the slots are: the offsets of what the verbs count are looked up for every number after)
    for m in _COUNT_AFTER_VERB.finditer(text[:S.SLOT_TEXT_CHARS]):
        v = _num(m.group("n"))
        if v is None or v > MAX_COUNT or 1900 <= v <= 2100 or _UNIT_AFTER.match(m.group("what")):
            continue
        # a number counted by the verb before it ("killed 47 villagers and wounded more than 110") is
        # not read again by what follows it
        counted.add(m.start("n"))
        what = m.group("what").lower()
        if re.match(r"(?i)injur|wound", m.group("verb")):   # "killed 47 villagers and wounded more than 110"
            put("wounded", v, re.findall(r"[\w'’-]+", what))
            continue
        slot = ("combatants killed" if re.search(r"\b" + _COMBATANT + r"\b", what) else "children killed" if re.search(_CHILD, what)
                else "killed")
        put(slot, v, re.findall(r"[\w'’-]+", what))
    for m in _FIG.finditer(text):
        v = _num(m.group(1))
        if v is None or v > MAX_COUNT:
            continue
        if m.start() in counted or any(a <= m.start() < b for a, b in spans) or re.search(r"\bof (?:the |those |these )?$", text[max(0, m.start() - 12): m.start()], re.I):
            continue
        after = m.group(2).lower()
        # a year, a time, a unit number or a distance is not a count
        if _UNIT_AFTER.match(after):
            continue
        if 1900 <= v <= 2100:
            continue
        words = re.findall(r"[\w'’-]+", after)[:8]
        joined = " ".join(words)
        killed = re.search(r"\b" + _KILLED + r"\b", joined)
        wounded = re.search(r"\b" + _WOUNDED + r"\b", joined)
        subj = " ".join(words[:2])
        if killed and (not wounded or killed.start() < wounded.start()):
            if re.search(r"\b" + _COMBATANT + r"\b", subj):   # not "firefighters"
                put("combatants killed", v, words)
            elif re.search(_CHILD, subj):
                put("children killed", v, words)
            else:
                put("killed", v, words)
        elif wounded:
            put("wounded", v, words)
        elif re.match(r"\s*" + _CHILD, after):
            out.setdefault("children", v)
        elif re.match(r"\s*(?:\w+ ){0,3}(?:had |have |has |were |was )?(?:now |been )*(?:evacuated|relocated|displaced)\b",
                      after, re.I):
            out.setdefault("evacuated", v)
    return out


#: A count given as an update of an earlier one ("the toll rose to 143", "has climbed to 36", "now stands
#: at 212", "increased to 19"): a later figure of a count that changes, not a rival account of it.
UPDATE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grown|"
                    r"went up|gone up|has reached|had reached|now stands?|now stood|now totals?|now at)\b"
                    r"(?:\s+(?:to|at|by))?\s+(?:at least\s+|more than\s+|over\s+|nearly\s+|almost\s+)?" + _NUM + r"\b", re.I)


#: Words an update or a count is told with that name one quantity ("the death toll" / "were killed",
#: "injured" / "wounded"); the generic words of a count ("the number of people") name none.
_QUANTITY_WORD = ((re.compile(r"(?:death|dead|die|toll|kill|fatalit|live)"), "kill"), (re.compile(r"(?:injur|wound|hurt)"), "wound"))
_GENERIC_COUNT = frozenset({"number", "people", "person", "persons", "total", "figure", "count", "now", "also", "still"})


def _quantity_word(w: str) -> str:
    low = w.lower()
    for rx, to in _QUANTITY_WORD:
        if rx.match(low):
            return to
    return _stem(low)


def _clause_words(text: str) -> list[str]:
    """The lowercase content words of a piece of a claim, as :func:`_quantity_word` reads them."""
    return [_quantity_word(w) for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’]{2,}", text)
            if w not in _SMALL_STOP and w not in _STOP and w not in _GENERIC_COUNT
            and w not in _NOT_PREDICATE]


def _clause_before(head: str, start: int, width: int = 80) -> str:
    """The text of the clause before ``start`` (back to a comma, a stop or an "and"), at most ``width`` characters."""
    piece = head[max(0, start - width): start]
    cut = max(piece.rfind(","), piece.rfind(";"), piece.rfind(":"), piece.rfind(". "), piece.rfind(" and "))
    return piece[cut + 1:] if cut >= 0 else piece


def _clause_after(head: str, end: int, width: int = 50) -> str:
    piece = head[end: end + width]
    m = re.search(r"[,;:]|\. | and ", piece)
    return piece[: m.start()] if m else piece


def update_counts(text: str) -> dict[int, frozenset[str]]:
    """{figure given as an update ("the number of people rescued rose to 45"): what it counts, as the words
    of its clause before the update (:func:`_clause_words`: {"rescu"}; "the death toll" is {"kill"})}.
    Only that figure is an update, not every count of the claim ("the injured rose to 85, and 12 were killed")."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[int, frozenset[str]] = {}
    for m in UPDATE.finditer(head):
        v = _num(m.group(1))
        if v is not None:
            out.setdefault(v, frozenset(_clause_words(_clause_before(head, m.start()))))
    return out


def counted_numbers(text: str) -> frozenset[tuple[int, str, frozenset[str]]]:
    """(number, stem of the word after it, what the claim says of it) for every number of two or more the
    claim gives as a count, of anything ("Forty miners were killed" -> (40, "miner", {"kill"}), "risen to
    143" -> (143, "", …)): not a year, a day of a month, a time of day or a decimal. What it says of it is
    the content word just before the number in its clause ("flooded 300 homes") and the first two after
    the thing counted ("300 homes were flooded", "4,000 homes without power")."""
    head = text[:S.SLOT_TEXT_CHARS]
    days = [(start, end) for *_d, start, end in day_expressions(head)]
    out = set()
    for m in re.finditer(r"(?<![\w.,:-])" + _NUM + r"(?![\w-]|[.,:]\d)", head, re.I):
        v = _num(m.group(1))
        if v is None or v < 2 or 1900 <= v <= 2100 or any(a <= m.start() < b for a, b in days):
            continue
        after = head[m.end(): m.end() + 24]
        if re.match(r"\s*(?:a\.?m\b|p\.?m\b|o'clock|hours?\b|h\b|%|per ?cent)", after, re.I):
            continue
        word = re.match(r"\s+([A-Za-z][A-Za-z'’]{2,})", after)
        thing = _stem(word.group(1)) if word and word.group(1).lower() not in _SMALL_STOP else ""
        before = _clause_words(_clause_before(head, m.start(), 40))[-1:]
        rest = _clause_after(head, m.end() + (word.end() if thing and word else 0))
        out.add((v, thing, frozenset(before + [w for w in _clause_words(rest) if w != thing][:2])))
    return frozenset(out)


def numbers_apart(fa: "ClaimFeatures", fb: "ClaimFeatures") -> bool:
    """Do two claims give counts that cannot be one figure: no number in common, where one gives as an
    update a count the other gives ("Forty miners were killed" / "the number killed has risen to 143";
    not "80 passengers on board" / "the number rescued rose to 45") or both count the same thing with
    the same words ("flooded 300 homes" / "flooded 4,000 homes"; not "tore the roofs off 300 homes" /
    "left 4,000 homes without power")?"""
    if not fa.numbers or not fb.numbers or {v for v, _w, _p in fa.numbers} & {v for v, _w, _p in fb.numbers}:
        return False
    for f, g in ((fa, fb), (fb, fa)):
        for what in f.updates.values():
            if not what or any(what & (said | {thing}) for _v, thing, said in g.numbers):
                return True
    return any(wa == wb and pa & pb for _va, wa, pa in fa.numbers if wa for _vb, wb, pb in fb.numbers)


#: Words next to a count that make it a bound or an estimate ("about 80", "at least 80"): not one exact figure.
_NEAR_BOUND = re.compile(r"\b(?:at least|more than|over|in excess of|upwards of|as many as|up to|fewer than|less than|at most|"
                         r"no more than|about|around|roughly|nearly|almost|some|approximately|an estimated|estimated|"
                         r"of the|of its|of their)\s*$", re.I)
#: Words that make a count a part added to others or a running total ("a further 25 miners", "another 12",
#: "40 flights so far"): not the one count of the thing at one moment.
_INCREMENT_BEFORE = re.compile(r"\b(?:a further|further|another|an additional|additional|more|a total of|total of|"
                               r"the remaining|remaining|the last|the first|the latest|latest)\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"\b(?:so far|to date|in total|in all|altogether|since|by then|more)\b", re.I)
#: Verbs of a count of things on board, told in other words ("was carrying 80" / "had 120 … on board").
_ON_BOARD = frozenset({"carri", "carry", "carrying", "had", "has", "have", "aboard", "board", "transport"})
_NOT_HOLDER = frozenset({"the", "a", "an", "it", "its", "this", "that", "there", "they", "he", "she", "we", "our", "their"})


def _fate_verb(head: str, start: int, end: int) -> str | None:
    """The verb a count is the object or the subject of: the participle after it ("120 passengers were
    rescued"), else the word just before it ("was carrying 80 passengers", "Rescuers have pulled 40");
    the verbs of things on board are one ("carry")."""
    m = re.match(r"\s+(?:(?:were|was|had been|have been|has been|are|is)\s+)(?:\w+ly\s+)?([a-z]{3,})", head[end: end + 40])
    if m:
        w = m.group(1).lower()
    else:
        b = re.search(r"([a-z]{3,})\s+$", head[max(0, start - 20): start])
        if not b:
            return None
        w = b.group(1).lower()
    st = _stem(w)
    return "carry" if w in _ON_BOARD or st in _ON_BOARD else st


def exact_counts(text: str, numbered: dict[tuple[int, str], set[str]],
                 updates: dict[int, frozenset[str]] | None = None) -> dict[str, dict[int, tuple[frozenset[str], str | None, frozenset[str]]]]:
    """{thing counted: {exact figure: (what the claim says befell it after the count, the verb it is
    counted by, the names next before it)}} of :func:`numbered_things` ("The ferry Lirra was carrying 80
    passengers when it capsized" -> {"people:passenger": {80: ({"capsiz"}, "carry", {"lirra"})}}),
    leaving out figures given as a bound or an estimate ("about 80 passengers"), picked from a whole
    ("one of the 80 passengers"), added to others or a running total ("a further 25 miners", "40 so
    far") or given as an update (``updates``, :func:`update_counts`)."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[str, dict[int, tuple[frozenset[str], str | None, frozenset[str]]]] = {}
    for m in _NUMBERED.finditer(head):
        v = _num(m.group(1))
        if v is None or v in (updates or {}):
            continue
        thing = ("people:" if _people(m.group(2)) else "") + _stem(m.group(2))
        before = head[max(0, m.start() - 24): m.start()]
        if ((v, thing) in numbered and not _NEAR_BOUND.search(before) and not _INCREMENT_BEFORE.search(before)
                and not _INCREMENT_AFTER.search(_clause_after(head, m.end(), 40))):
            after = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]{2,}", head[m.end(): m.end() + 50]) if w[0].islower()
                     and w.lower() not in _SMALL_STOP and w.lower() not in _STOP and w.lower() not in _NOT_PREDICATE]
            clause = _clause_before(head, m.start(), 60)
            off = m.start() - len(clause)
            holders = frozenset(_stem(h.group()) for h in re.finditer(r"(?<![\w'’-])[A-Z][a-z'’]{2,}", clause)
                                if off + h.start() > 0 and h.group().lower() not in _NOT_HOLDER
                                and not re.search(r"[.!?]\s*$", head[max(0, off + h.start() - 3): off + h.start()]))
            out.setdefault(thing, {})[v] = (frozenset(_stem(w) for w in after[:2]), _fate_verb(head, m.start(), m.end()), holders)
    return out


# ------------------------------------------------------------------------------ features
@dataclass
class ClaimFeatures:
    sides: dict[str, tuple[int, str]] = field(default_factory=dict)   # frame -> (side index, matched text)
    frame_words: set[str] = field(default_factory=set)
    figures: dict[str, int] = field(default_factory=dict)
    bounds: dict[str, str] = field(default_factory=dict)   # slot -> "lo" ("at least 87") or "hi" ("as many as 30")
    strict: set[str] = field(default_factory=set)   # slots whose bound leaves its number out ("more than 30")
    approx: set[str] = field(default_factory=set)   # slots whose figure is an estimate ("about 500")
    foreign: set[str] = field(default_factory=set)   # slots whose figure was read in Russian or Ukrainian (cyrillic_figures)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)   # slot -> the group its count names ("prisoner"), see counted_groups
    times: list[int] = field(default_factory=list)   # hh:mm in minutes after midnight
    struck: set[str] = field(default_factory=set)    # frames whose side is named as what a strike hit
    negated_sides: set[str] = field(default_factory=set)   # frames whose side the claim takes by denying the other
    denied_sides: set[str] = field(default_factory=set)   # frames one of whose sides the claim denies ("There was no defection")
    blanket: bool = False   # a denial of everything of a kind ("Nobody deported anybody"): about the whole event
    words: set[str] = field(default_factory=set)
    negated: set[str] = field(default_factory=set)
    asserted: set[str] = field(default_factory=set)
    denial: bool = False
    reported_denial: bool = False   # its content is what the speaker denied, by the reporting cue ("denied that …")
    blamed: tuple[frozenset[str], frozenset[str]] | None = None   # who it holds responsible, and for what (responsibility)
    sites: frozenset = frozenset()   # the structures it names (slots.sites): ("theatre", False)
    scope: str | None = None   # the territory the claim's figures count over: "ukrainian-controlled territory"
    slots: list = field(default_factory=list)   # slots.SlotValue: who did it, where, how many
    acts: set[str] = field(default_factory=set)   # what the claim says was done, by kind (see acts_of)
    numbered: dict[tuple[int, str], set[str]] = field(default_factory=dict)   # (number, the thing it counts): what befell it
    named_words: set[str] = field(default_factory=set)   # its words that name a place, a person or a time ("Tarn", "Monday")
    updates: dict[int, frozenset[str]] = field(default_factory=dict)   # figures it gives as updates, with what they count (update_counts)
    numbers: frozenset = frozenset()   # every count it gives, of anything, with the word after it (counted_numbers)
    exact: dict = field(default_factory=dict)   # its exact counts of things (exact_counts)
    ref: date | None = None   # the day of the page that tells it (its publication date), when known
    mood: str = "asserted"   # how it is put (claim_mood): asserted, hedged, or not asserted at all (question, conditional, reported)
    fates: dict[int, frozenset[str]] = field(default_factory=dict)   # number -> what befell the things it counts (count_fates)
    capacity: bool = False   # it says what a thing can hold ("built to carry 140"): no load, no count (_CAPACITY)


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


#: A number of 10 or more and the word after it ("20,000 homes", "45 wagons"); not a year, a time or a unit.
_NUMBERED = re.compile(r"(?<![\w.,:-])(\d{1,3}(?:,\d{3})+|\d{2,7})(?![\w.,:-])\s+([A-Za-z]{3,})")
#: (a span of time, a unit, a large number's word or an amount of money is no thing counted: "lasted 10
#: weeks", "at 12 noon", "20 million euros")
_NOT_A_THING = frozenset({"years", "year", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "second", "weeks",
                          "week", "months", "month", "nights", "night", "noon", "midnight", "km", "kilometres", "kilometers",
                          "metres", "meters", "miles", "percent", "kilograms", "tonnes", "tons", "thousand", "million", "millions",
                          "billion", "billions", "trillion", "euros", "euro", "dollars", "dollar", "pounds", "roubles", "rubles",
                          "hryvnias", "hryvnia", "yuan", "francs", "and", "the", "of", "in", "on", "at", "to", "from", "was", "were",
                          "had", "have", "has", "per", "times"})


#: People counted beyond the groups of :data:`_ANY_PEOPLE`, :data:`_SET_APART`, :data:`_GROUP_SYNONYMS`,
#: :data:`_COMBATANT` and :data:`_CHILD`: what befell them is the fact ("500 people were inside" / "500
#: people were killed" are two).
_MORE_PEOPLE = frozenset({"resident", "villager", "protester", "demonstrator", "refugee", "migrant", "famil", "pupil",
                          "fishermen", "women", "men", "kid", "official", "volunteer", "teacher", "wife", "husband"})


def _people(word: str) -> bool:
    """Does the plural after a number count people ("protesters", "inmates", "police")?"""
    w = word.lower()
    one = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
    return (bool(re.fullmatch(_COMBATANT + "|" + _CHILD, w)) or w in _ANY_PEOPLE or one in _ANY_PEOPLE
            or one in _SET_APART or w in _SET_APART or one in _GROUP_SYNONYMS or w in _GROUP_SYNONYMS
            or one in _MORE_PEOPLE or w.removesuffix("ies") in _MORE_PEOPLE)


#: Words around a count that say nothing of what befell the thing counted.
_NOT_PREDICATE = frozenset("was were had has have been being are is be also some about nearly almost more than least "
                           "over under around roughly near outside inside without within across along behind".split())


def _predicate_words(text: str, start: int, end: int) -> set[str]:
    """Stems of the two lower-case words before a count ("cut power to 20,000 homes") and the two after
    the thing counted ("20,000 homes were left without power"), auxiliaries and names aside: what the
    claim says of what it counts."""
    def words(s: str) -> list[str]:
        return [w for w in re.findall(r"[A-Za-z][A-Za-z'’]{2,}", s) if w[0].islower() and w.lower() not in _SMALL_STOP
                and w.lower() not in _STOP and w.lower() not in _NOT_PREDICATE]
    return {_stem(w) for w in words(text[max(0, start - 40): start])[-2:] + words(text[end: end + 50])[:2]}


def numbered_things(text: str) -> dict[tuple[int, str], set[str]]:
    """{(number, stem of the word after it): what the claim says of it (:func:`_predicate_words`)} for
    each number of 10 or more that counts something: one exact figure of one thing, told in any
    construction ("the blast cut power to 20,000 homes" / "power was cut to 20,000 homes"); people
    (:func:`_people`) are marked "people:<stem>"."""
    out: dict[tuple[int, str], set[str]] = {}
    head = text[:S.SLOT_TEXT_CHARS]
    days = [(start, end) for *_d, start, end in day_expressions(head)]   # "12 March", "March 12": a day, not a count
    for m in _NUMBERED.finditer(head):
        v = _num(m.group(1))
        if (v is None or v < 10 or 1900 <= v <= 2100 or m.group(2).lower() in _NOT_A_THING
                or any(a <= m.start(1) < b for a, b in days)):
            continue
        thing = ("people:" if _people(m.group(2)) else "") + _stem(m.group(2))
        out.setdefault((v, thing), set()).update(_predicate_words(head, m.start(), m.end()))
    return out


#: A word that says where or when: "near Tarn", "in the city centre", "on Monday", "in March", "last night".
_WHERE_WHEN_WORD = re.compile(r"near|outside|inside|north|south|east|west|northern|southern|eastern|western|central|centre|"
                              r"center|city|town|village|region|district|area|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|"
                              r"march|april|june|july|august|september|"
                              r"october|november|december|yesterday|today|tonight|morning|afternoon|evening|night|overnight|"
                              r"weekend|week|month|year|earlier|later|last", re.I)


_BLANKET = re.compile(r"\b(?:nobody|no one)\b|\b(?:not|never)\s+\w+\s+(?:any|anybody|anyone|anything)\b", re.I)


def _short(text: str, n: int = 70) -> str:
    """A quoted snippet for a reason: long ones keep their start and end ("does not support … depot")."""
    if len(text) <= n:
        return text
    words = text.split()
    head, tail = " ".join(words[:4]), " ".join(words[-3:])
    return f"{head} … {tail}"


def side_label(frame: dict, f: "ClaimFeatures") -> str:
    """How a claim stands in a frame, for a reason: "a mistaken landing", or "not a planned operation"
    when it takes that side by denying the other ("There was no defection")."""
    side = f.sides[frame["name"]][0]
    if frame["name"] in f.negated_sides:
        return "not " + frame["sides"][1 - side][0]
    return frame["sides"][side][0]


#: Kinds of act, each with the words that tell it whatever the voice or the synonym ("killed",
#: "shot dead", "murdered", "claimed three lives" are one kind; "struck", "hit", "shelled", "came
#: under fire", "blew up", "destroyed" another). Two claims in largely the same words are the same
#: fact only if they tell the same kind of act: "a missile struck the power station in Konotop" /
#: "the power station in Konotop supplies the region", "the market was shelled on Sunday" /
#: "the market reopened on Sunday" share their words, not their fact.
ACT_KINDS = {
    "harm to people": r"kill(?:ed|s|ing)?|shot dead|murder(?:ed|s)?|assassinat(?:ed|ion)|died|dead|deaths?|drown(?:ed|ing)?|"
                      r"lives|bodies|perish(?:ed)?|execut(?:ed|ion)|wound(?:ed|s)?|injur(?:ed|ies|y)|hurt|poison(?:ed|ing)?|"
                      r"stabbed|shot(?!\s+down)",   # "shot down 40 drones" is no harm to people
    "strike on a thing": r"str(?:uck|ikes?|iking)|hit(?:s|ting)?|attack(?:ed|s|ing)?|target(?:ed|ing)?|shell(?:ed|s|ing)?|"
                         r"bomb(?:ed|s|ing)?|(?:artillery|under|opened) fire|fired (?:at|on)|destroy(?:ed|s|ing)?|"
                         r"damag(?:ed|es|e|ing)|bl(?:ew|own) up|blowing up|explo(?:ded|sions?|sives?)|blasts?|demolish(?:ed)?|"
                         r"razed|sabotag(?:ed|e)|sink|sank|sunk|sinking|derail(?:ed|ment)",
    "arrest": r"arrest(?:ed|s)?|detain(?:ed|s)?|apprehend(?:ed)?|in custody|captur(?:ed|e)|abduct(?:ed|ion)|kidnap(?:ped)?",
    # (a ship sunk is a thing struck, told in any tense: "did not sink" / "had sunk")
    "crossing": r"defect(?:ed|ion)|fled|escap(?:ed|e)|cross(?:ed|ing)|landed|flew",
    "return to normal": r"reopen(?:ed|s)?|resum(?:ed|es)|restor(?:ed|es)|rebuil[td]|repair(?:ed|s)?",
    # (not "took refuge", "took part", "took cover", "taken into account": taking, not taking someone away)
    "taking away": r"t(?:ook|aken)(?! (?:part|place|over|into|control|refuge|shelter|cover|office|power|hold|charge|care|"
                   r"note|steps|measures|action|off|up|time|aim)\b)|remov(?:al|ed)|transferr(?:ed|ing)|"
                   r"deport(?:ed|ation|ing)?",
}
_ACT_RES = {kind: re.compile(r"\b(?:" + pat + r")\b", re.I) for kind, pat in ACT_KINDS.items()}


def acts_of(text: str) -> set[str]:
    """The kinds of act (:data:`ACT_KINDS`) a claim tells, in its first ``SLOT_TEXT_CHARS``."""
    head = text[:S.SLOT_TEXT_CHARS]
    return {kind for kind, rx in _ACT_RES.items() if rx.search(head)}


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
_HEDGE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|also\s+)?(?:have\s+)?(?:been|be|have)\b|\b(?:possibly|perhaps|maybe)\b", re.I)
#: a relative or parenthetical clause, set aside when reading the mood of the claim around it
_ASIDE = re.compile(r",\s*(?:which|who|whose|whom|where)\b[^,;.()]{0,160},|\([^()]{0,160}\)|\s[–—]\s[^–—]{0,160}\s[–—]\s", re.I)
#: where one clause ends and a coordinate one begins
_CLAUSE_SPLIT = re.compile(r",\s*(?:and|but|while|whereas|yet)\s+|;\s*|\.\s+|\s+but\s+|"
                           r"\s+and\s+(?=(?:will|would|could|might|may)\b)", re.I)
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


#: What befalls people or things counted: one number of two fates is two facts ("eight missing" / "eight dead").
_FATES = (("killed", r"kill\w*|dead|died|die|deaths?|perish\w*|drown\w*|lost their lives"),
          ("wounded", r"injur\w*|wound\w*|hurt|hospitali[sz]ed"), ("missing", r"missing|unaccounted"),
          ("held", r"arrest\w*|detain\w*|held|captured|abducted|kidnapped|taken hostage"),
          ("rescued", r"rescued|saved|evacuated|freed|released"), ("trapped", r"trapped|stranded|blocked"))
_FATE_RES = [(fate, re.compile(r"\b(?:" + rx + r")\b", re.I)) for fate, rx in _FATES]
#: The outcomes of people that set two counts apart: killed, wounded, missing, held (arrested, detained,
#: captured) and brought out (rescued, evacuated, freed). "Trapped" is no outcome but a stage ("nine miners
#: trapped …" / "nine miners rescued …" is one group's story), and so are held -> freed and missing -> rescued.
_OUTCOMES = frozenset({"killed", "wounded", "missing", "held", "rescued"})
_STAGES = frozenset({("held", "rescued"), ("rescued", "held"), ("missing", "rescued"), ("rescued", "missing")})
#: a number that says what a thing can hold, not what it held: "built to carry 140", "can seat 300", "a capacity of 50"
_CAPACITY = re.compile(r"\b(?:built|designed|made|able|licensed|certified|rated|meant)\s+(?:to\s+)?(?:carry|hold|take|seat|accommodate|house|for)\b|"
                       r"\b(?:can|could|to)\s+(?:carry|hold|seat|accommodate|house)\b|\bcapacity\b", re.I)


def count_fates(text: str) -> dict[int, frozenset[str]]:
    """{number: the fates told of what it counts, in its clause ("eight people were missing after …" -> {8: {"missing"}})}."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[int, frozenset[str]] = {}
    for m in re.finditer(r"(?<![\w.,:-])" + _NUM + r"(?![\w-]|[.,:]\d)", head, re.I):
        v = _num(m.group(1))
        if v is None or v < 2 or 1900 <= v <= 2100:
            continue
        clause = _clause_before(head, m.start(), 40)[-30:] + " " + _clause_after(head, m.end(), 60)
        fates = frozenset(fate for fate, rx in _FATE_RES if rx.search(clause))
        if fates:
            out[v] = out.get(v, frozenset()) | fates
    return out


def fates_apart(fa: "ClaimFeatures", fb: "ClaimFeatures") -> int | None:
    """A number both claims give, each of a fate the other does not tell of it ("eight were missing" /
    "eight died"): the same number of two different things, neither one figure nor two accounts of it."""
    for v in sorted(set(fa.fates) & set(fb.fates)):
        oa, ob = fa.fates[v] & _OUTCOMES, fb.fates[v] & _OUTCOMES
        if oa and ob and not oa & ob and not any((x, y) in _STAGES for x in oa for y in ob):
            return v
    return None


@lru_cache(maxsize=32768)
def claim_features(text: str, stance: str | None = None, cue: str | None = None,
                   speaker_party: str | None = None, ref: date | None = None) -> ClaimFeatures:
    """What :func:`relate` compares, read once per claim. ``cue`` ("accused") and
    ``speaker_party`` (the country a speaker speaks for: "it did not launch" is that country)
    let the slots read who the claim says did the act; ``ref``, the page's date, the day it
    tells relative to it ("on Tuesday")."""
    capacity = bool(_CAPACITY.search(text[:S.SLOT_TEXT_CHARS]))   # (as written, before plain_negation)
    text = plain_negation(text)
    t = " ".join(N.strip_accents(text.translate(str.maketrans("’‘“”", "''\"\""))).split())
    low = t.lower()
    f = ClaimFeatures(capacity=capacity)
    # a denial reported by its cue carries the denied proposition ("denied that any children were deported")
    flip_all = stance == "denies" and bool(re.search(r"\b(?:any|anybody|anyone|anything|ever|at all)\b", low))
    for frame in FRAMES:
        hits: dict[int, str] = {}
        negs: set[int] = set()
        words: dict[int, str] = {}   # the frame word itself (not the negation before it)
        struck: set[int] = set()     # sides named as what a strike hit
        for i, (_label, pats) in enumerate(frame["sides"]):
            for p in pats:
                for m in re.finditer(p, low):
                    before = t[max(0, m.start() - 160): m.start()]
                    pol = frame_polarity(before, t[m.end(): m.end() + 1])
                    if pol is None:
                        continue
                    neg = not pol
                    if not neg and flip_all:
                        neg = True
                    side = (1 - i) if neg else i
                    if neg:
                        f.denied_sides.add(frame["name"])
                    if side not in hits:
                        near = before[-40:]
                        nm = (_NEG.search(near) or _SET_ASIDE.search(near)) if neg and not flip_all else None
                        start = m.start() - len(near) + nm.start() if nm else m.start()
                        dm = _DISPUTED.search(before) if neg and not nm else None
                        if dm:
                            start = m.start() - len(before) + dm.start()
                        hits[side] = _short(t[start: m.end()])
                        words[side] = m.group()
                        if neg:
                            negs.add(side)
                        if _STRUCK.search(before[-70:]):
                            struck.add(side)
        if len(hits) == 1:
            (side, matched), = hits.items()
            f.sides[frame["name"]] = (side, matched)
            if side in negs:
                f.negated_sides.add(frame["name"])
            if side in struck:
                f.struck.add(frame["name"])
            f.frame_words.update(_stem(w) for w in _CONTENT.findall(words[side]))
    f.figures = figures(t, f.groups)
    f.bounds = figure_bounds(t, f.figures)
    f.strict = strict_bounds(t, f.figures)
    f.approx = approximate(t, f.figures)
    if _CYRILLIC.search(t):
        cf, cb, ca = cyrillic_figures(t)
        f.foreign = {k for k in cf if k not in f.figures}
        f.figures = {**cf, **f.figures}
        f.bounds = {**{k: v for k, v in cb.items() if k in f.foreign}, **f.bounds}
        f.approx |= ca & f.foreign
    f.ranges = ranges(t)
    f.times = own_times(t)
    f.scope = count_scope(t)
    f.sites = S.sites(t)
    f.blanket = bool(f.negated_sides) and (flip_all or bool(_BLANKET.search(low)))
    for m in _CONTENT.finditer(t):
        s = _stem(m.group())
        if s in _STOP:
            continue
        f.words.add(s)
        if (m.group()[0].isupper() and m.start() > 0) or _WHERE_WHEN_WORD.fullmatch(m.group()):
            f.named_words.add(s)
        if _NOT_YET.search(low[max(0, m.start() - 40): m.start()]):
            continue   # not so yet: neither asserted nor denied
        if negated_at(low, m.start()):
            if _ONLY_AFTER.match(low[m.end(): m.end() + 40]):
                continue   # "not caused by the storm alone": the storm is not denied, only its being all
            f.negated.add(s)
        else:
            f.asserted.add(s)
    f.denial = bool(DENIAL.search(t)) or stance == "denies"
    f.reported_denial = stance == "denies"
    f.blamed = responsibility(t, cue)
    f.acts = acts_of(t)
    f.numbered = numbered_things(t)
    f.updates = update_counts(t)
    f.numbers = counted_numbers(t)
    f.exact = exact_counts(t, f.numbered, f.updates)
    f.ref = ref
    f.mood = claim_mood(t, stance)
    f.fates = count_fates(t)
    f.slots = [*S.agents(text, cue, stance, speaker_party), *S.places(text, stance), *S.weapons(text, stance), *S.days(text, stance, ref),
               *S.counts(text), *S.holdings(text, stance), *S.identities(text, stance), *S.causes(text, stance), *S.means(text, stance)]
    return f


@dataclass
class Relation:
    type: str
    reason: str
    score: float  # ranking score: the rule's base weight plus word overlap (may exceed 1)
    key: str = ""  # what the two claims disagree or agree about: "figure:killed", "frame:course", "negation:deport", "words"
    sides: tuple[str, str] = ("", "")  # what each claim states on that point (first claim, second): "casualty figure 12", "by Russia"
    side_keys: tuple[str, str] | None = None  # the sides compared ("+ru" for "by Russia" and "by Russian forces"); else ``sides``

    @property
    def side_values(self) -> tuple[str, str]:
        """What tells two claims' sides apart: one value written two ways ("Russia", "Russian") is one side."""
        return self.side_keys or self.sides

    @property
    def confidence(self) -> float:
        """The score as shown to people: within [0, 1]."""
        return round(min(self.score, 1.0), 3)


#: Words whose negation in one claim and assertion in another is a contradiction.
KEY_PREDICATES = {"genocid", "defection", "defect", "deport", "deportation", "execut", "evacuat", "kill", "strike",
                  "struck", "attack", "shell", "hospital", "civilian", "children", "interceptor", "launch", "torture",
                  "rape", "abduct", "massacre", "bomb", "occupi", "surrender", "land", "crash", "shot", "hit"}


#: Counts that only grow as a story goes on (the dead, the hurt, the evacuated): a higher one told days
#: later is the count since, not a rival account of it.
_GROWING = frozenset({"killed", "wounded", "evacuated", "children killed"})


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


#: Groups counted that are a part of the people of a place by what they do or are (workers, miners,
#: passengers, children, soldiers): fewer of them than of anyone can both hold. Residents, villagers,
#: civilians are the people of the place, not a part of them.
_ROLE_GROUPS = _SET_APART | {"engineer", "technician", "teacher", "volunteer", "employee", "medic"}


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


def relate(a: str, b: str, fa: ClaimFeatures | None = None, fb: ClaimFeatures | None = None,
           same_origin: bool = False, quiet_frames: frozenset[str] = frozenset()) -> Relation | None:
    """The relation between two claims (:func:`_relate`), kept only where both assert what it rests on:
    a question, a conditional or a report under investigation asserts nothing, so it neither corroborates
    nor contradicts; a hedge shares no account with an assertion by words alone; one number of two fates ("eight missing" / "eight
    dead") is two facts, not one told twice."""
    fa = fa or claim_features(a)
    fb = fb or claim_features(b)
    unasserted = {"question", "conditional", "reported"}
    if fa.mood in unasserted or fb.mood in unasserted:
        return None
    r = _relate(a, b, fa, fb, same_origin, quiet_frames)
    if r is None or r.type != "corroborates":
        return r
    if fa.mood != fb.mood and r.key == "words":
        # "may have been started by arsonists" / "arsonists started it": words shared by a possibility and
        # the fact are not one account. (A value both give is: "may have killed close to 600" / "close to
        # 600 died" agree on the toll, as the real-news gold reads them.)
        return None
    if fates_apart(fa, fb) is not None:
        return None
    return r


def _relate(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures,
            same_origin: bool, quiet_frames: frozenset[str]) -> Relation | None:
    """The relation between two claims' contents about one event, or None.

    A contradiction needs a point of disagreement (different figures for the same count, opposite
    sides of a frame, a negation of what the other asserts) *and*, for frames about a thing (what
    was hit, how people were moved), something the two talk about in common or an explicit denial.
    A corroboration needs the same count, the same side of a contested point with no point on which
    the two differ (again with shared words for frames about a thing), or largely the same words.
    ``score`` ranks candidates so that each claim keeps only its best relations. Claims of one
    origin (``same_origin``) never contradict each other by a frame or a denial: one source that
    names a depot and a hospital is telling two parts of its story, not disputing itself.
    Agreeing on a frame in ``quiet_frames`` (frames nobody disputes, for two claims of one article)
    is no corroboration.
    """
    if S.distinct_sites(fa.sites, fb.sites):
        return None   # a theatre and a maternity hospital, pipelines and ships: two acts, not two accounts of one
    if (fa.sites and fb.sites and not {k for k, _c in fa.sites} & {k for k, _c in fb.sites}
            and "killed" in fa.figures and "killed" in fb.figures and fa.figures["killed"] != fb.figures["killed"]
            and (same_origin or _told_apart(fa, fb))):
        # a depot and a school struck, each with its own toll, by one source or at different times or
        # places: two strikes. From two sides about one strike ("our missile hit a depot, killing two" /
        # "the missile hit a school, killing 17"), the classic dispute of target and toll: read on
        return None
    inter = fa.words & fb.words
    union = fa.words | fb.words
    jac = len(inter) / len(union) if union else 0.0
    anchor = inter - fa.frame_words - fb.frame_words
    if same_origin and _denial_told_twice(fa, fb, inter, jac) and not named_apart(a, b) and not _roles_swapped(a, b):
        # (one source's denial only: "our ships did not sink it" from one navy and another navy's
        # denial that its ships sank it are two parties' denials, not one told twice)
        return Relation("corroborates", "the same denial, quoted and reported: " + ", ".join(sorted(inter)[:5]), 0.6 + jac, "words")
    if _blamed_apart(fa, fb):
        return None   # "blamed the builder for the collapse" / "the city was responsible for the collapse"
    # Agreement on a count or a time is kept aside: it stands only if no point below sets the two
    # claims against each other ("12 killed when missiles struck the hospital" / "12 killed when
    # our missiles hit a depot" disagree on the target).
    agreed: Relation | None = None
    neutral_count = False   # a count told as an estimate 10-25 % off the other's: the point is open
    # 1. figures for the same thing
    # two counts over different territories ("on the Ukrainian-controlled territory" / "in the
    # territory it controls") are two tolls, not two accounts of one
    scoped_apart = fa.scope is not None and fb.scope is not None and fa.scope != fb.scope
    for slot in ("killed", "combatants killed", "children killed", "wounded", "evacuated", "children"):
        growing = slot in _GROWING
        ga, gb = _GROUP_SYNONYMS.get(fa.groups.get(slot, ""), fa.groups.get(slot)), \
            _GROUP_SYNONYMS.get(fb.groups.get(slot, ""), fb.groups.get(slot))
        if ga is not None and gb is not None and ga != gb and (ga in _SET_APART or gb in _SET_APART):
            continue   # two groups ("40 prisoners" / "eight guards"): two counts, not two accounts of one
        if slot in fa.figures and slot in fb.figures and not scoped_apart:
            x, y = fa.figures[slot], fb.figures[slot]
            if x != y and _compatible(x, fa.bounds.get(slot), y, fb.bounds.get(slot)):
                continue   # bounds that can count the same ("at least 87" / "over 100"): neither agree nor differ
            if x != y and (slot in fa.foreign or slot in fb.foreign):
                continue   # a figure read in Russian or Ukrainian agrees, but is not trusted to dispute (unmeasured)
            if x != y and (slot in fa.approx or slot in fb.approx) and abs(x - y) <= APPROX_WIDE * max(x, y):
                # an estimate and a figure near it: one figure told twice when close ("about 500" / "480"),
                # else neither one figure nor two ("about 500" / "420")
                if abs(x - y) <= APPROX_SAME * max(x, y) and not (fa.bounds.get(slot) or fb.bounds.get(slot)):
                    agreed = agreed or Relation("corroborates", f"{SLOT_LABEL[slot]} {x} / {y}, one an estimate", 0.85 + jac,
                                                f"figure:{slot}")
                else:
                    neutral_count = True   # neither agree nor differ: no frame may then make them agree
                continue
            if x != y and growing and _risen_since(fa, x, fb, y, same_origin):
                continue   # a toll that has risen since ("rose to 143"): a later figure, not a rival one
            if (x != y and (ga is None) != (gb is None) and (ga or gb) in _ROLE_GROUPS
                    and (x < y if ga is not None else y < x)):
                continue   # fewer of one group than of anyone ("two workers" / "five people"): both can hold
            if x != y:
                return Relation("contradicts", f"{SLOT_LABEL[slot]} {x} vs {y}", 0.9 + jac, f"figure:{slot}",
                                (f"{SLOT_LABEL[slot]} {x}", f"{SLOT_LABEL[slot]} {y}"))
            if one_figure(fa.bounds.get(slot), fb.bounds.get(slot), slot in fa.strict or slot in fb.strict):
                agreed = agreed or Relation("corroborates", f"same {SLOT_LABEL[slot]}: {x}", 0.9 + jac, f"figure:{slot}")
    # one side's toll against the other's count of combatants killed ("12 dead" vs "up to 60 fighters
    # eliminated"): two accounts of who died in one event, when neither claim gives both figures
    for fr, ff in ((fa, fb), (fb, fa)):
        if ("killed" in fr.figures and "combatants killed" not in fr.figures and "combatants killed" in ff.figures
                and "killed" not in ff.figures and fr.figures["killed"] != ff.figures["combatants killed"]):
            x, y = fr.figures["killed"], ff.figures["combatants killed"]
            return Relation("contradicts", f"casualty figure {x} killed vs {y} combatants killed", 0.8 + jac,
                            "figure:killed", _ordered(fr is fa, f"{SLOT_LABEL['killed']} {x}", f"{y} combatants killed"))
    for fr, ff in ((fa, fb), (fb, fa)):
        if "killed" in fr.ranges and "combatants killed" in ff.figures and "killed" not in ff.figures:
            lo, hi = fr.ranges["killed"]
            y = ff.figures["combatants killed"]
            if not lo <= y <= hi:
                return Relation("contradicts", f"casualty figures {lo}–{hi} vs {y} combatants killed", 0.8 + jac, "figure:killed",
                                _ordered(fr is fa, f"{SLOT_LABEL['killed']} {lo}–{hi}", f"{y} combatants killed"))
    # a figure within the other's range ("from 12 to 40 dead" vs "40 killed") agrees with it
    for slot in SLOT_LABEL:
        for fr, ff in ((fa, fb), (fb, fa)):
            if slot in fr.ranges and slot in ff.figures:
                lo, hi = fr.ranges[slot]
                if lo <= ff.figures[slot] <= hi:
                    return Relation("corroborates", f"{SLOT_LABEL[slot]} {ff.figures[slot]} within the range {lo}–{hi}",
                                    0.85 + jac, f"figure:{slot}")
                return Relation("contradicts", f"{SLOT_LABEL[slot]} {ff.figures[slot]} outside the range {lo}–{hi}",
                                0.85 + jac, f"figure:{slot}", _ordered(fr is fa, f"{SLOT_LABEL[slot]} {lo}–{hi}", f"{SLOT_LABEL[slot]} {ff.figures[slot]}"))
    # one exact count of one thing at one moment, told differently ("was carrying 80 passengers when it
    # capsized" / "had 120 passengers on board when it capsized"): what befell the things counted is the
    # same, the two share what they are about besides the count, and neither gives it as an update
    # (the casualty counts above have their own rules: bounds, groups, territories, updates)
    # (counts that grow, told on two different days, are two moments: "pulled 40 survivors" / "pulled 95")
    one_day = fa.ref is None or fb.ref is None or fa.ref == fb.ref
    if (not same_origin and one_day and not (fa.acts ^ fb.acts) and not scoped_apart
            and not set(fa.figures) & set(fb.figures)):
        ea, eb = fa.exact, fb.exact
        for thing in sorted(set(ea) & set(eb)):
            xs, ys = ea[thing], eb[thing]
            if len(xs) != 1 or len(ys) != 1 or xs.keys() == ys.keys():
                continue
            (x, (after_x, verb_x, holders_x)), = xs.items()
            (y, (after_y, verb_y, holders_y)), = ys.items()
            # (the same said after the count: "… passengers when it capsized"; not "flooded 300 homes" /
            # "left 4,000 homes without power"), by the same verb ("was carrying 80" / "had 120 on board";
            # not "120 were rescued"), of one holder ("the trawler Hesta" / "the cargo ship Norra" are two)
            other_holder = (holders_x and holders_y and not holders_x & fb.named_words and not holders_y & fa.named_words)
            if (after_x & after_y and verb_x == verb_y and not other_holder
                    and len(anchor - {_stem(thing.removeprefix("people:"))}) >= 2):
                what = thing.removeprefix("people:")
                return Relation("contradicts", f"count of {what}: {x} vs {y}", 0.75 + jac, f"slot:count:{what}", (f"{x} {what}", f"{y} {what}"))
    # the time of day of what both describe (claims of one event): minutes apart is one moment told
    # twice, half an hour or more apart is two accounts of when it happened — of something both
    # name ("the dam"), not a curfew and a strike
    if fa.times and fb.times and _shared_nouns(a, b):
        gap, ta, tb = min((abs(x - y), x, y) for x in fa.times for y in fb.times)
        hhmm = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
        if gap <= TIME_SAME_MINUTES:
            agreed = agreed or Relation("corroborates", f"same time: {hhmm(ta)} / {hhmm(tb)}", 0.7 + jac, "figure:time")
        elif gap >= TIME_APART_MINUTES:
            return Relation("contradicts", f"time {hhmm(ta)} vs {hhmm(tb)}", 0.7 + jac, "figure:time", (f"at {hhmm(ta)}", f"at {hhmm(tb)}"))
    # 2. what each account states about the happening, slot by slot: who did it, where, how many
    met = S.compare(fa.slots, fb.slots)
    if met is not None and met[0] == "contradicts" and met[1].slot == "means" and not _means_disputed(a, b, fa, fb, met[1], met[2]):
        met = S.compare([v for v in fa.slots if v.slot != "means"], [v for v in fb.slots if v.slot != "means"])
    if (met is not None and met[0] == "contradicts" and met[1].slot == "day"
            and fa.acts and fb.acts and not fa.acts & fb.acts):
        # two days of two kinds of act ("the levee broke on 28 March" / "14 people died …, 9 injured"
        # dated later): when each happened, not two accounts of when one did
        met = S.compare([v for v in fa.slots if v.slot != "day"], [v for v in fb.slots if v.slot != "day"])
    if met is not None:
        kind, va, vb = met
        if kind == "contradicts" and not same_origin:
            return Relation("contradicts", f"{S.describe(va)} (“{_short(va.text)}”) vs {S.describe(vb)} (“{_short(vb.text)}”)",
                            0.8 + jac, f"slot:{va.slot}", (S.describe(va), S.describe(vb)),
                            (f"{'+' if va.asserted else '-'}{va.value}", f"{'+' if vb.asserted else '-'}{vb.value}"))
        # one weapon named by both is the same fact only if the two tell much the same (a Grom-M
        # on a depot and a Grom-M's fragments at a hospital are not)
        # and a day or a place both name is context, not a fact they share
        # (a strike from the air likewise: "an airstrike hit the depot" and "… the hospital" are not one fact)
        if (kind == "corroborates" and va.slot != "day" and not va.slot.startswith("place:")
                and (va.slot not in ("weapon", "means") or jac >= 0.15)):
            agreed = agreed or Relation("corroborates", f"both: {S.describe(va)} (“{_short(va.text)}” / “{_short(vb.text)}”)",
                                        0.75 + jac, f"slot:{va.slot}")
    # 3. opposed sides of a frame
    for frame in FRAMES:
        name = frame["name"]
        if name in fa.sides and name in fb.sides:
            (sa, side_a), (sb, side_b) = fa.sides[name], fb.sides[name]
            la, lb = side_label(frame, fa), side_label(frame, fb)
            # an anchored frame ("a hospital" vs "a depot") needs the two to be about the same thing:
            # shared words, a blanket denial, or a claim that takes its side by denying the other's
            about_same = (not frame.get("anchor") or len(anchor) >= 2 or fa.blanket or fb.blanket
                          or name in fa.negated_sides or name in fb.negated_sides
                          or (name in fa.struck and name in fb.struck))
            if sa != sb and not same_origin and about_same:
                return Relation("contradicts", f"{la} (“{side_a}”) vs {lb} (“{side_b}”)", 0.75 + jac, f"frame:{name}", (la, lb))
    # 4. negation or denial of what the other asserts — unless both say who did it and the slots
    # found those compatible ("the US was not behind it" and "a pro-Ukrainian group was")
    if any(v.slot == "agent" for v in fa.slots) and any(v.slot == "agent" for v in fb.slots):
        return agreed
    # A denial that names who did it ("Kyiv was not involved in the attacks", "it did not launch any
    # attack", a report that the US was behind the attacks called false) disputes the agent, which
    # the slots compare, not that the act happened.
    # (a side's absence, "had no units there", is said and unsaid like any statement)
    disputes_act = lambda f: not any(v.slot == "agent" and v.basis != "presence" for v in f.slots)  # noqa: E731
    # Both negated in two word orders ("the bridge could no longer carry heavy vehicles" / "heavy
    # vehicles could no longer cross the bridge"): each has words the other's negation governs, so
    # the opposition runs both ways and is word order, not one asserting what the other denies.
    if (fa.negated & fb.asserted & inter) and (fb.negated & fa.asserted & inter) \
            and not _TWO_CLAUSES.search(a) and not _TWO_CLAUSES.search(b):
        # (one clause each: "did not shell the school but shelled the hospital" / "shelled the
        # school but did not shell the hospital" deny each other's act, and still contradict)
        # — and with largely the same words, it is one denial told twice
        # (with its roles kept: "the police did not beat the miners" / "the miners did not beat the police" are two denials)
        if (agreed is None and len(inter) >= 3 and jac >= 0.3 and not named_apart(a, b) and fa.denial == fb.denial
                and not ((fa.acts or fb.acts) and not (fa.acts & fb.acts)) and not _roles_swapped(a, b)):
            return Relation("corroborates", "the same denial in two word orders: " + ", ".join(sorted(inter)[:5]), 0.6 + jac, "words")
        return agreed
    opposite = ((fa.negated & fb.asserted) | (fb.negated & fa.asserted)) & inter
    shared_neg = {w for w in ((fa.negated & fb.asserted) if disputes_act(fa) else set())
                  | ((fb.negated & fa.asserted) if disputes_act(fb) else set()) if any(w.startswith(k) for k in KEY_PREDICATES)}
    if shared_neg and len(inter) >= 2 and not same_origin:
        w = sorted(shared_neg)[0]
        return Relation("contradicts", f"asserted vs denied: “{w}…”", 0.7 + jac, f"negation:{w}",
                        _ordered(w in fa.asserted and w in fb.negated, "asserted", "denied"))
    # the same statement said and unsaid ("the guards did not open fire" / "the guards opened fire
    # on the crowd"): most words shared and two or more of them negated in one, asserted in the other
    if len(opposite) >= 2 and jac >= 0.3 and not same_origin and disputes_act(fa) and disputes_act(fb):
        w = sorted(opposite)[0]
        return Relation("contradicts", f"asserted vs denied: “{' '.join(sorted(opposite)[:3])}”", 0.65 + jac, f"negation:{w}",
                        _ordered(w in fa.asserted and w in fb.negated, "asserted", "denied"))
    if fa.denial != fb.denial and len(anchor) >= 2 and not same_origin and disputes_act(fa if fa.denial else fb):
        shared = {w for w in inter if any(w.startswith(k) for k in KEY_PREDICATES)}
        if shared:
            w = sorted(shared)[0]
            return Relation("contradicts", f"alleged vs called false: “{w}…”", 0.65 + jac, f"negation:{w}",
                            _ordered(not fa.denial, "asserted", "denied"))
    if agreed is not None:
        return agreed
    # 5. agreement: the same side of a contested point, with no point on which they differ
    opposed = [n for n in fa.sides if n in fb.sides and fa.sides[n][0] != fb.sides[n][0]]
    if not opposed and not neutral_count:
        for frame in FRAMES:
            name = frame["name"]
            if (name in fa.sides and name in fb.sides and fa.sides[name][0] == fb.sides[name][0]
                    and (not frame.get("anchor") or (len(anchor) >= 2 and jac >= 0.12)) and name not in quiet_frames
                    and not ("killed" in fa.figures and "killed" in fb.figures and fa.figures["killed"] != fb.figures["killed"])):
                # (two tolls that differ tell two acts of one kind, or a count disputed: no corroboration)
                label = side_label(frame, fa)
                return Relation("corroborates", f"both describe {label} (“{fa.sides[name][1]}” / “{fb.sides[name][1]}”)", 0.65 + jac,
                                f"frame:{name}")
    # two counts of different things ("39 killed" / "87 injured"), or of one thing that are not one
    # figure ("more than 30" / "as many as 30"), are two facts, however many words they share
    shared_counts = set(fa.figures) & set(fb.figures)
    counted_apart = bool(fa.figures) and bool(fb.figures) and (not shared_counts or any(
        fa.figures[k] != fb.figures[k] or not one_figure(fa.bounds.get(k), fb.bounds.get(k), k in fa.strict or k in fb.strict)
        for k in shared_counts))
    # (and any two counts with no number in common, of whatever they count: "Forty miners were killed" /
    # "the number of miners killed has risen to 143", "80 passengers" / "120 passengers")
    counted_apart = counted_apart or numbers_apart(fa, fb)
    # the same fact tells the same kind of act: none in either, or one kind in common (not an act in
    # one that the other does not tell at all: "struck the power station" / "the power station supplies")
    acted_apart = (fa.acts or fb.acts) and not (fa.acts & fb.acts)
    # (or a short claim every word of which the other tells, adding only where, who or when: "trains would
    # run with delays" / "trains in Vinnytsia would run with delays" — not "the reactor nearly exploded",
    # "the strike missed the school", "the mayor threatened to resign")
    short, long_ = (fa, fb) if len(fa.words) <= len(fb.words) else (fb, fa)
    told_within = (len(inter) >= 2 and len(short.words) == len(inter) and jac >= 0.5
                   and long_.words - short.words <= long_.named_words)
    # (or one act told in other words with the names around it: the same kind of act, two or more shared
    # names among four shared words, and no doer named in one that the other names otherwise: "rebels of the
    # Sarn front set fire to the Oska granary during the harvest fair" / "the Oska granary burned in a raid
    # the Sarn front staged under cover of the harvest fair"; a name each gives and the other does not, or two
    # different parties said to have done it, may be two doers, and who did it is left to the agent slot)
    same_named_act = (bool(fa.acts & fb.acts) and len(inter) >= 4 and jac >= 0.15
                      and len(inter & fa.named_words & fb.named_words) >= 2 and not fa.negated and not fb.negated
                      and not _doers_apart(a, b, fa, fb))
    # (nothing denied in either: "the upper part was destroyed, the dam itself was not" shares the plant's
    # name with "the dam burst", not the account)
    # (a capacity is no load: "built to carry 140 passengers" / "sank with 140 passengers aboard" share words, not a fact)
    if (fa.denial == fb.denial and ((len(inter) >= 3 and jac >= 0.3) or told_within or same_named_act) and not counted_apart and not opposite
            and fa.capacity == fb.capacity
            and not acted_apart and not named_apart(a, b) and not _prefixed_apart(fa, fb) and not _denied_apart(a, b)):
        return Relation("corroborates", "largely the same account: " + ", ".join(sorted(inter)[:5]), 0.6 + jac, "words")
    # one exact figure of one thing in any construction ("the blast cut power to 20,000 homes" / "power was
    # cut to 20,000 homes"), nothing above setting the two apart, where the two tell the same of it: the
    # same kind of act, or the same words next to the count ("15 protesters were arrested" / "15 protesters
    # were released" are two facts). Of a thing, an act in one and none in the other is no clash; people
    # counted are the same fact only where what befell them is ("500 people were inside" / "500 were killed").
    shared_act = bool(fa.acts & fb.acts)
    same_number = {(n, w) for (n, w), said in fa.numbered.items() if (n, w) in fb.numbered
                   and (shared_act or (said & fb.numbered[(n, w)] and (not w.startswith("people:") or fa.acts == fb.acts)))}
    capacity = fa.capacity or fb.capacity   # (a capacity is no load, and two capacities are no count of a happening)
    if (same_number and not capacity and not counted_apart and not opposite and not (fa.acts and fb.acts and not fa.acts & fb.acts)
            and fa.denial == fb.denial and not named_apart(a, b)):   # (20,000 homes in Tarn / in Lisk: two facts)
        n, what = max(same_number)
        return Relation("corroborates", f"same count: {n:,} {what.removeprefix('people:')}", 0.6 + jac, "words")
    # one count told in other words: the same numbers and no other in both ("14 protesters were arrested" /
    # "fourteen demonstrators were detained"), each of the same fate, or of the same thing held by what both
    # name ("the Saint Kestrel … with 140 passengers aboard" / "the Saint Kestrel … carrying 140 passengers")
    values_a, values_b = {v for v, _w, _p in fa.numbers}, {v for v, _w, _p in fb.numbers}
    # (an act in one and none in the other is no clash: "sank" / "went down")
    if (values_a and values_a == values_b and not capacity and not counted_apart and not opposite and not (fa.acts and fb.acts and not fa.acts & fb.acts)
            and fa.denial == fb.denial and not named_apart(a, b) and fates_apart(fa, fb) is None):
        for v in sorted(values_a, reverse=True):
            fate = sorted(fa.fates.get(v, frozenset()) & fb.fates.get(v, frozenset()))
            if fate:
                return Relation("corroborates", f"same count in other words: {v:,} {fate[0]}", 0.55 + jac, "words")
            things = {w for x, w, _p in fa.numbers if x == v and w} & {w for x, w, _p in fb.numbers if x == v and w}
            if things and len(fa.named_words & fb.named_words) >= 2:
                return Relation("corroborates", f"same count of {sorted(things)[0]} of the "
                                + " ".join(sorted(fa.named_words & fb.named_words)[:3]) + f": {v:,}", 0.55 + jac, "words")
    return None


def _means_disputed(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures, va, vb) -> bool:
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
                    + "|".join(_NUMWORDS) + r")\b)(?=(?:\W+(?P<after>[\w'’-]+))?)")


def _named(text: str) -> dict[str, set[tuple[str, str]]]:
    """{name key: {(word before, word after)}} of the names and numbers of a claim."""
    out: dict[str, set[tuple[str, str]]] = {}
    for m in _NAMED.finditer(" " + text):
        name = m.group("name")
        value = _num(name)
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
    vx, vy = _num(x), _num(y)
    return vx is not None and vy is not None and vx > 0 and vy > 0 and abs(vx - vy) <= 0.1 * max(vx, vy) and min(vx, vy) >= 20


#: What a slot's point asks, for people ("who did it", "where it landed").
_SLOT_POINTS = {"agent": "who did it", "day": "on which day", "weapon": "which weapon",
                "place:landed": "where it landed", "place:fired from": "where it was fired from",
                "place:took place in": "where it took place"}


def point_label(key: str) -> str:
    """The point two claims disagree on, for people, from a :class:`Relation`'s ``key``:
    "who did it", "how many shots", "casualty figure", "a mistaken landing or a planned operation"."""
    kind, _, what = key.partition(":")
    if kind == "slot":
        if what.startswith("count:"):
            return "how many " + what.split(":", 1)[1]
        if what.startswith("held:"):
            return "who has the " + what.split(":", 1)[1]
        if what.startswith("cause:"):
            return "what caused the " + what.split(":", 1)[1]
        if what.startswith("identity:"):
            return "who the " + what.split(":", 1)[1] + " was"
        if what.startswith("place:") and what not in _SLOT_POINTS:
            return "where it " + what.split(":", 1)[1]
        return _SLOT_POINTS.get(what, what)
    if kind == "figure":
        return "at what time" if what == "time" else SLOT_LABEL.get(what, what)
    if kind == "frame":
        frame = next((f for f in FRAMES if f["name"] == what), None)
        return f"{frame['sides'][0][0]} or {frame['sides'][1][0]}" if frame else what
    if kind == "negation":
        return f"asserted or denied: “{what}…”"
    return key


def _ordered(first_is_a: bool, x: str, y: str) -> tuple[str, str]:
    """Sides (claim a's, claim b's) from a rule that read ``x`` in one claim and ``y`` in the other."""
    return (x, y) if first_is_a else (y, x)


#: Two clock times this close are one moment; this far apart, two accounts of when.
TIME_SAME_MINUTES = 2
TIME_APART_MINUTES = 30

#: Ranking bonus for two claims of one document: the article itself sets them against each other.
SAME_DOCUMENT_BONUS = 0.3

#: Each claim keeps at most this many relations of each type (its best ones): a bound on what one
#: claim can put in the contested view. Against the exhaustive gold (every true pair listed) a cap
#: of 2 cut contradiction recall to 0.19 at no gain in precision; 8 leaves room for a claim
#: disputed by several outlets.
PER_CLAIM = {"corroborates": 8, "contradicts": 8}


def select(candidates: list[tuple[int, int, Relation]], per_claim: dict[str, int] | None = None) -> list[tuple[int, int, Relation]]:
    """Keep, for each claim, only its best relations of each type (greedy, best first)."""
    caps = per_claim or PER_CLAIM
    used: dict[tuple[int, str], int] = {}
    out = []
    for a, b, r in sorted(candidates, key=lambda x: -x[2].score):
        cap = caps.get(r.type, 2)
        if used.get((a, r.type), 0) >= cap or used.get((b, r.type), 0) >= cap:
            continue
        used[(a, r.type)] = used.get((a, r.type), 0) + 1
        used[(b, r.type)] = used.get((b, r.type), 0) + 1
        out.append((a, b, r))
    return out


# ----------------------------------------------------------------------------- candidates
#: Linking one document relates at most this many claim pairs (its claims with each other and with
#: the event's other claims), or PARTNERS_MIN per claim of the document when that is more. Under
#: it every pair is related, as always; a document with more (thousands of quotes: every pair
#: would be millions) is blocked instead (:func:`candidate_pairs`). 100,000 pairs is about two
#: seconds of :func:`relate`; no document of the demo corpus comes near it.
PAIR_BUDGET = 100_000
PARTNERS_MIN = 20


def relation_keys(f: ClaimFeatures) -> set[str]:
    """What two claims must share for :func:`relate` to find any relation between them: a content
    word, a frame, a counted slot, a time of day or a kind of slot value (each rule of
    :func:`relate` needs one)."""
    keys = set(f.words)
    keys.update("frame:" + name for name in f.sides)
    slots = set(f.figures) | set(f.ranges)
    keys.update("figure:" + slot for slot in slots)
    if slots & {"killed", "combatants killed"}:
        keys.add("figure:toll")   # a toll against a count of combatants killed
    if f.times:
        keys.add("time")
    keys.update("slot:" + v.slot for v in f.slots)   # who did it, where, with what: compared slot by slot
    return keys


def candidate_pairs(mine: list[dict], others: list[dict], features, budget: int = PAIR_BUDGET) -> list[tuple[dict, dict]]:
    """The claim pairs to relate when linking a document: each of its claims (``mine``, in document
    order) with each later one and with each of the event's ``others``, in that order.

    When there are more than ``budget`` such pairs (and more than PARTNERS_MIN per claim), each
    claim of the document meets only ``budget / len(mine)`` partners (at least PARTNERS_MIN): those
    that share its rarest keys (:func:`relation_keys`) first, and among the holders of a key the
    nearest in the document first. ``features(claim)`` gives a claim's :class:`ClaimFeatures`.
    """
    n = len(mine)
    if n * len(others) + n * (n - 1) // 2 <= max(budget, PARTNERS_MIN * n):
        # every pair that could relate: two claims sharing no key (:func:`relation_keys`) never do
        keys = {id(c): relation_keys(features(c)) for c in (*mine, *others)}
        return [(a, b) for a in mine for b in others if not keys[id(a)].isdisjoint(keys[id(b)])] + [
            (a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if not keys[id(a)].isdisjoint(keys[id(b)])]
    return blocked_pairs(mine, others, features, max(PARTNERS_MIN, budget // n))


def blocked_pairs(mine: list[dict], others: list[dict], features, per_claim: int) -> list[tuple[dict, dict]]:
    """The pairs of :func:`candidate_pairs` when blocked: each claim of ``mine`` meets at most
    ``per_claim`` partners among the claims sharing a key with it (all of them when there are no
    more), in the order of the exhaustive enumeration."""
    n = len(mine)
    claims = mine + others
    keys = [sorted(relation_keys(features(c))) for c in claims]
    holders: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            holders.setdefault(k, []).append(i)   # in increasing i: the document's order, then the others
    chosen: set[tuple[int, int]] = set()
    for i in range(n):
        partners: set[int] = set()
        looked = 0
        for k in sorted(keys[i], key=lambda k: len(holders[k])):
            if len(partners) >= per_claim or looked >= 4 * per_claim:
                break
            for j in _nearest(holders[k], i, per_claim):
                looked += 1
                if j not in partners:
                    partners.add(j)
                    if len(partners) >= per_claim:
                        break
        chosen.update((min(i, j), max(i, j)) for j in partners)
    # the order of the exhaustive enumeration: with the others first, then within the document
    order = sorted(chosen, key=lambda p: (p[1] < n, p[0], p[1]))
    return [(claims[a], claims[b]) for a, b in order]


def _nearest(positions: list[int], i: int, limit: int):
    """Up to ``limit`` members of the sorted list ``positions`` other than ``i``, nearest to ``i`` first."""
    at = bisect_left(positions, i)
    before, after = at - 1, at + 1 if at < len(positions) and positions[at] == i else at
    for _ in range(limit):
        if before < 0 and after >= len(positions):
            return
        if after < len(positions) and (before < 0 or positions[after] - i <= i - positions[before]):
            yield positions[after]
            after += 1
        else:
            yield positions[before]
            before -= 1

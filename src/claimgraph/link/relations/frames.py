"""Frames — opposed accounts of one point (a mistaken landing or a planned operation, a military target or a
civilian site, an evacuation or a forced transfer) — and the kinds of act a claim tells.

A frame side counts only when the claim itself asserts it: negated or set aside ("rather than any
interceptor") or disputed ("does not support the statement that …") it counts for the other side;
inside someone else's reported statement, after "has yet to comment on", or scare-quoted it does
not count at all (:func:`frame_polarity`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import slots as S
from .negation import negated_before

if TYPE_CHECKING:
    from .features import ClaimFeatures

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
#: The same kinds told in Russian and Ukrainian (stems; a claim in either language reads its own), and a fire
#: (a kind the English list leaves to its words): "задержали" and "затримали" are one act, "начался пожар" and
#: "проверяли склад" are two.
CYRILLIC_ACT_KINDS = {
    "harm to people": r"погиб\w*|погибш\w*|убит\w*|убил\w*|загинул\w*|загинув|загибл\w*|вбит\w*|вбил\w*|ранен\w*|"
                      r"поранен\w*|пострадал\w*|пострадавш\w*|постраждал\w*|постраждав|травмирова\w*|травмова\w*|жертв\w*",
    "strike on a thing": r"удар\w*|порази\w*|поражени\w*|уразил\w*|уражен\w*|атак\w*|атаков\w*|обстрел\w*|обстріл\w*|"
                         r"влучил\w*|влучан\w*|взрыв\w*|вибух\w*|разруш\w*|зруйнов\w*|поврежд\w*|пошкод\w*|затонул\w*|"
                         r"затонув|потопл\w*|сош[её]л с рельсов|сошли с рельсов|схода? \w+ с рельсов|зійш\w* з рейок|сход\w* з рейок",
    "arrest": r"задерж\w*|затрима\w*|затриман\w*|арестова\w*|арешт\w*|заарештува\w*|взят\w* под стражу|взят\w* під варту",
    "return to normal": r"восстанов\w*|відновл\w*|відновив\w*|возобнов\w*",
    "evacuation": r"эвакуир\w*|эвакуаци\w*|евакуй\w*|евакуюва\w*|евакуац\w*",
    "fire": r"пожар\w*|пожеж\w*|возгорани\w*|загорел\w*|загорів\w*|загорівся|спалахнул\w*|горит|горів",
    "collapse": r"обрушил\w*|обрушени\w*|обвал\w*|прорыв\w*|прорвал\w*|прорив\w*|прорвал\w*|прорвало",
}
_ACT_RES = {kind: re.compile(r"\b(?:" + pat + r")\b", re.I) for kind, pat in ACT_KINDS.items()}
_CYR_ACT_RES = {kind: re.compile(r"(?<![\w-])(?:" + pat + r")(?![\w-])", re.I) for kind, pat in CYRILLIC_ACT_KINDS.items()}


#: The step of an act a Russian or Ukrainian day dates, finer than its kind: a fire starts and is put out, a
#: person is detained and then arrested by a court, each on its own day (mend of review cyrlink14 M8). Two
#: Cyrillic days dispute only when both claims tell one step, the same (:func:`cyrillic_steps`).
CYRILLIC_STEPS = {
    "start": r"начал(?:ся|ась|ось|ись|о|и|а)?|почал(?:ся|ася|ося|ися|о|и|а)|почався|вспыхнул\w*|спалахнул\w*|загорел\w*|"
             r"загорів\w*|загоріл\w*|произош\w*|произошл\w*|стал(?:ся|ась|ося)|стався|сталася|трапил\w*",
    "end": r"потуш\w*|погас\w*|погаси\w*|загаси\w*|загасил\w*|ликвидир\w*|ликвидирова\w*|ліквідува\w*|ліквідован\w*|"
           r"локализ\w*|локаліз\w*|закончил\w*|закінчил\w*|завершил\w*|завершен\w*|прекрати\w*|прекращ\w*|припин\w*|"
           r"восстанов\w*|відновл\w*|відновив\w*|возобнов\w*",
    "detention": r"задерж\w*|затрима\w*|затриман\w*|затримува\w*",
    "court": r"арестова\w*|арешт\w*|заарештува\w*|суд|суда|судом|суду|судья|суддя|стражу|варту|приговор\w*|вирок\w*|"
             r"обвинени\w*|обвинува\w*|підозр\w*|подозрени\w*",
    "derailment": r"сош[её]л|сошли|зійш\w*|рельсов|рейок",
    "sinking": r"затонул\w*|затонув|потопл\w*|потоплен\w*",
    "collapse": r"обрушил\w*|обрушени\w*|обрушило|обвал\w*|прорыв\w*|прорвал\w*|прорив\w*|прорвало",
    "death": r"погиб\w*|загинул\w*|загинув|умер\w*|помер\w*|скончал\w*",
    "evacuation": r"эвакуир\w*|эвакуаци\w*|евакуй\w*|евакуюва\w*|евакуац\w*",
    "strike": r"удар\w*|атак\w*|атакова\w*|обстрел\w*|обстріл\w*|взрыв\w*|вибух\w*",
}
_CYR_STEP_RES = {step: re.compile(r"(?<![\w-])(?:" + pat + r")(?![\w-])", re.I) for step, pat in CYRILLIC_STEPS.items()}


def cyrillic_steps(text: str) -> frozenset[str]:
    """The steps of :data:`CYRILLIC_STEPS` a Russian or Ukrainian claim tells, in its first ``SLOT_TEXT_CHARS``."""
    head = text[:S.SLOT_TEXT_CHARS]
    return frozenset(step for step, rx in _CYR_STEP_RES.items() if rx.search(head))


#: A negation right before an act's word ("не был задержан", "не евакуювали", "никто не погиб").
_CYR_NEG_BEFORE = re.compile(r"(?<![\w-])(?:не|ни|ні)\s+(?:(?:был|была|было|были|був|була|було|були|буде|будут)\s+)?$", re.I)


#: A Russian or Ukrainian claim that tells a possibility, a future, an intent, a condition or a hearsay, not what
#: was done ("не исключил, что … будет задержан", "могут задержать", "нельзя исключать", "якобы", "нібито"): its
#: acts are neither asserted nor denied (mend of review cyrlink14 M4).
_CYR_NOT_DONE = re.compile(r"(?<![\w-])(?:буд(?:ет|ут|е|уть|емо|ем)|мо(?:жет|гут|жуть|же|гли|гла|жно|жна)|нельзя|"
                           r"не\s+(?:исключ|виключ)\w*|исключ\w*|виключ\w*|возможн\w*|можлив\w*|якобы|нібито|будто|"
                           r"вероятн\w*|ймовірн\w*|планиру\w*|плану\w*|собира\w*|збира\w*|намер\w*|наміри?\w*|"
                           r"грози\w*|угрож\w*|загрож\w*|если|якщо|коли б|если бы|хот(?:ят|ел|ели)|хоч(?:уть|е)|"
                           r"должн\w*|повин\w*|требу\w*|вимага\w*|призва\w*|закликал\w*|предлож\w*|запропон\w*|ли)(?![\w-])", re.I)
#: An act told in the infinitive ("задержать", "евакуювати"): wanted, planned or possible, not done.
_CYR_INFINITIVE = re.compile(r"(?:ть|ти|чь)(?:ся|сь)?$", re.I)


def cyrillic_act_polarity(text: str) -> dict[str, bool]:
    """{kind of act: asserted (True) or denied (False)} for each kind of :data:`CYRILLIC_ACT_KINDS` a Russian or
    Ukrainian claim tells one way only ("его не задерживали": arrest denied); a kind told both ways is left out,
    and a claim that tells no done act (:data:`_CYR_NOT_DONE`) has none."""
    head = text[:S.SLOT_TEXT_CHARS]
    if _CYR_NOT_DONE.search(head):
        return {}
    out: dict[str, bool] = {}
    mixed: set[str] = set()
    for kind, rx in _CYR_ACT_RES.items():
        for m in rx.finditer(head):
            if _CYR_INFINITIVE.search(m.group()):
                continue
            pol = not _CYR_NEG_BEFORE.search(head[max(0, m.start() - 30): m.start()])
            if out.get(kind, pol) != pol:
                mixed.add(kind)
            out[kind] = pol
    return {k: v for k, v in out.items() if k not in mixed}


def acts_of(text: str) -> set[str]:
    """The kinds of act (:data:`ACT_KINDS`) a claim tells, in its first ``SLOT_TEXT_CHARS``."""
    head = text[:S.SLOT_TEXT_CHARS]
    kinds = {kind for kind, rx in _ACT_RES.items() if rx.search(head)}
    if S.CYRILLIC_LETTER.search(head):
        kinds |= {kind for kind, rx in _CYR_ACT_RES.items() if rx.search(head)}
    return kinds

"""Happenings: each claim placed on what it is about, in time.

An event is one story (a strike and its toll, a defection and the denials); a report often also
recaps something that happened earlier ("the pilot, who defected last August, was shot dead on
Tuesday"). A claim whose own date (in its words, or in the words that open its sentence:
"On 9 March, the ministry said …") lies more than :data:`RECAP_DAYS` before its document's own
time is placed on an earlier happening of the event, found by its dates or founded; a claim
dated in its own words days after the event's own act, on a later happening (the funeral a week
after the strike); a claim telling a follow-up act of another kind (the suspects' arrest, the
flooding below a blown-up dam, a station reopened: :data:`FOLLOW_UPS`), on the story's happening
of that kind; a claim about another structure than the event's (a maternity hospital in the
reports on a theatre: :func:`.slots.sites`) on that structure's happening; every other claim is
on the event's main happening. Relative dates ("last August", "on Wednesday", "last
week") are resolved against the document's publication date, else against the first whole date
in its opening lines (:mod:`.when`). Claims are related on what happened only within one happening, so a report
of a killing never sets the killing against the deaths in a defection months before. Only how the
whole story is told (:data:`STORY_KEYS`: planned or an accident, what was hit) may relate claims
on two happenings of one event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from ..store import Store
from ..store import links as db
from .events import _WORD, STOPWORDS, parse_date, term
from .relations import acts_of, negated_at
from .slots import EFFECT_NOUNS, SLOT_TEXT_CHARS, day_gap, distinct_sites, sites
from .when import When, dates_in, reference_date

#: A claim dated this many days or more before its document's own time recaps an earlier happening.
RECAP_DAYS = 5
#: Two recapped dates this close are one happening ("9 March" and "last week" seen on 16 March).
SLACK_DAYS = 2
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)")
#: Between the kind of structure and the claim's first words in the label of an undated happening
#: of another structure ("hospital · the maternity hospital was destroyed …").
_SITE_MARK = " · "


def document_time(meta: dict, near: date | None = None) -> date | None:
    """The document's own time, against which its relative dates are resolved: the publication
    (or capture) date, else the first whole date of its opening lines, else the first day they
    write without a year, in the year nearest ``near`` (the story's time: :func:`.when.reference_date`)."""
    return reference_date(parse_date(meta.get("published")) or parse_date(meta.get("captured_at")), meta.get("body") or "", near)


def claim_when(claim: dict, body: str, ref: date | None) -> tuple[When | None, bool]:
    """The date a claim gives for what it is about, and whether it is in the claim's own words: the
    first in its own words, else the first in the words that open its sentence before it ("On 9
    March, officials said …": the day of the statement as often as of the act)."""
    found = dates_in((claim.get("content") or "")[:SLOT_TEXT_CHARS], ref)
    if found:
        return found[0], True
    start = claim.get("start")
    if isinstance(start, int) and 0 < start <= len(body):
        head = body[max(0, start - 200): start]
        cut = list(_SENTENCE_START.finditer(head))
        head = head[cut[-1].end():] if cut else head
        # only a date that opens the sentence ("On 9 March, …"), not one in the speaker's description
        found = [w for w in dates_in(head, ref) if w.start <= 12]
        if found:
            return found[0], False
    return None, False


def _middle(w: When) -> date:
    return w.first + (w.last - w.first) / 2


def _span(h: dict) -> When | None:
    return When(date.fromisoformat(h["first_day"]), date.fromisoformat(h["last_day"]), "") if h.get("first_day") else None


#: Relations that may join claims on two happenings of one story: how the whole story is told
#: (planned or an accident, what was hit, a blast from inside or a strike), not what happened in
#: one happening (who died and how, who did it, how many, where, when).
STORY_KEYS = frozenset({"frame:course", "frame:target", "frame:cause", "frame:transfer", "frame:air_defence",
                        "frame:footage", "frame:visibility", "frame:blast"})


#: Two claims that tell the same act in most of the same words and give it days at most this far
#: apart dispute when it happened ("crossed the border on 9 August" / "… on 23 August"): their
#: dates placed them on two happenings, but the date is the point they disagree on. Further apart
#: (a year, or the same day of another year) they are two happenings.
DATE_DISPUTE_DAYS = 31
#: ... and share this much of their words (Jaccard of content stems): the same statement but for the date.
DATE_DISPUTE_WORDS = 0.3


def disputed_day(key: str, a: list, b: list, words_a: set, words_b: set) -> bool:
    """Is a contradiction on ``key`` a dispute over the day of one act, which holds across the two
    happenings the claims' own dates placed them on? ``a``, ``b``: the claims' slot values
    (:class:`.slots.SlotValue`), ``words_a``, ``words_b``: their content stems."""
    if key != "slot:day":
        return False
    union = words_a | words_b
    if not union or len(words_a & words_b) / len(union) < DATE_DISPUTE_WORDS:
        return False
    for va in a:
        for vb in b:
            if va.slot == vb.slot == "day":
                ya, yb = va.value.split("-")[0], vb.value.split("-")[0]
                if ya and yb and ya != yb:
                    continue
                gap = day_gap(va.value, vb.value)
                if not (ya and yb):
                    # with no year, 28 December and 3 January are a week apart (day_gap: a leap year)
                    gap = min(gap, 366 - gap)
                if gap <= DATE_DISPUTE_DAYS:
                    return True
    return False


def main_sites(claims: list[dict]) -> frozenset:
    """The structures the event is about: those that most of its claims naming one name
    (:func:`.slots.sites`: the theatre of a theatre's event, whose reports also mention a hospital)."""
    counts: dict = {}
    for c in claims:
        for site in sites(c.get("content") or ""):
            counts[site] = counts.get(site, 0) + 1
    top = max(counts.values(), default=0)
    return frozenset(k for k, n in counts.items() if n == top)


#: Acts that follow the one a story is about and are happenings of their own: the suspects'
#: arrest after an attack, the flooding of villages after a dam is blown up, a station
#: reopened after a strike, the funeral of the dead. A claim telling one (and no act of harm or
#: strike: "the death toll from the attack rose to 40" is the attack's; but the dead of a flood
#: are the flood's) is placed on the story's
#: happening of that kind, unless the event is about that kind of act itself (an arrest's own
#: reports). Inquiries, tolls, denials and accusations are about the act they name: not here; nor
#: is an evacuation (whether people were evacuated or deported is often what a story disputes).
FOLLOW_UPS = {
    # not "cardiac arrest"
    "arrest": r"(?<!cardiac )arrest(?:ed|s)?|detain(?:ed|s)?|apprehended|charged with|remanded|indicted|sentenced|"
              r"convicted|(?:on|stood|stand) trial",
    # "buried" in a grave, not "buried under the rubble"
    "funeral": r"funerals?|coffins?|caskets?|cort[eè]ge|buried(?!\s+(?:alive\s+)?(?:under|beneath|in|by)\s+(?:the\s+)?(?:rubble|debris|ruins))|burial|"
               r"mourners|memorial service|laid to rest",
    # water with a flood's head: a flood, a river's, dam's or reservoir's water, banks burst,
    # a water level rising, places under water; not "flooded with wounded", not "drowned out"; the drowned of a flood
    # are the flood's (water from burst pipes, a water cannon, divers: :data:`_OTHER_WATER`)
    "flood": r"flood(?:s|ing|waters?)?|flooded(?!\s+with)|inundat(?:ed|ing|ion)|drown(?:ed|ing)(?!\s+out)|"
             r"(?:river|dam|reservoir|lake|sea|canal|lagoon)(?:'s)?\s+(?:[\w-]+\s+){0,2}?waters?|"
             r"waters?\s+(?:[\w-]+\s+){0,2}?(?:from|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:river|dam|reservoir|lake|canal)|"
             r"burst\s+(?:its|their|the)\s+banks|water\s+levels?\s+(?:[\w-]+\s+){0,4}?(?:rose|risen|rising)|"
             r"(?:villages?|towns?|settlements?|districts?|neighbou?rhoods?|suburbs?|islands?|farmland|fields|hectares|"
             r"homes|houses)\s+(?:[\w'-]+\s+){0,4}?(?:were|was|are|is|lay|remained|went|had\s+been|have\s+been)\s+"
             r"(?:\w+\s+)?(?:under\s*water|submerged)|submerged\s+(?:[\w-]+\s+)?(?:villages?|towns?|settlements?|"
             r"districts?|fields|farmland|homes|houses)|"
             r"(?:the\s+)?waters?\s+(?:levels?\s+)?(?:(?:[\w-]+\s+){0,3}?)(?:rose|risen|rising|reached|swept)\s+"
             r"(?:[\w-]+\s+){0,3}?(?:villages?|towns?|settlements?|houses|homes|streets|fields|farmland|roofs|"
             r"first\s+floors?)",
    # a device found later, in a discovery of its own: another, a second or an unexploded one (not
    # "found two bodies": the toll is the act's; not "fragments of the detonator were found in the
    # wreckage", "found the device had been hidden in a suitcase": the inquiry into the act,
    # :data:`_INQUIRY_FIND`)
    "find": r"(?:found|discovered|detected|located)\s+(?:[\w-]+\s+){0,5}?(?:an?|another|second|third|unexploded|"
            r"undetonated|intact|live)\s+(?:[\w-]+\s+){0,2}?(?:device|antenna|detonator|bomb|mine)s?|"
            r"(?:an?|another|second|third|unexploded|undetonated|intact|live)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:device|antenna|detonator|object)s?\s+(?:was|were|had\s+been|has\s+been)\s+(?:found|discovered|detected|located)",
    # a service or building put back, not an offensive "resumed"
    "recovery": r"reopen(?:ed|s|ing)?|restor(?:ed|es|ing)|repair(?:ed|s)?|rebuil[td]|"
                r"(?:service|services|traffic|trains?|flights?|supplies|supply|power|water|gas)\s+(?:\w+\s+)?resum(?:ed|es|ption)|"
                # the service cut that a strike leaves behind, and its return: one happening of its own
                r"without\s+(?:electricity|power|water|heating|gas)|blackouts?|power\s+(?:cuts?|outages?)|"
                # a supply the act cut (hap11b): a named supply told cut, falling or stopped
                r"(?:water|gas|power|electricity|heating|heat)\s+suppl(?:y|ies)\s+(?:[\w'-]+\s+){0,4}?(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?"
                r"(?:cut|disrupted|interrupted|reduced|decreas\w*|fall(?:en|ing|s)?|fell|dropp\w*|stopped)",
    # a call to leave, or a warning given before the act (not a threat made after it: "warned that
    # more strikes would follow" is read as no happening): the days before the act
    # (people called to leave: not "ships were ordered to leave the port", a measure of the act's days)
    "warning": r"(?:urged|urging|called\s+on|calling\s+on|ordered|advised|appealed\s+to)\s+(?:[\w'-]+\s+){0,4}?"
               r"(?:residents|civilians|people|families|inhabitants|population|villagers|citizens|everyone)\s+"
               r"(?:[\w'-]+\s+){0,4}?to\s+(?:leave|evacuate|flee|move\s+out)|"
               # an order issued (not "an evacuation order was lifted", "notices were ignored")
               r"evacuation\s+(?:order|call|notice)s?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
               r"(?:issued|given|announced|sent|declared|broadcast|posted|delivered)|"
               # a warning of the act, or to leave (not blame: "had warned the ministry for months
               # that the bridge had no air defence", "police had warned them about the gunman")
               r"had\s+(?:\w+\s+)?warned\s+(?:[\w'-]+\s+){0,6}?(?:to\s+(?:leave|evacuate|flee|stay\s+away)|"
               r"that\s+(?:[\w'-]+\s+){0,8}?(?:could|would|might|may|will|was|were)\s+(?:soon\s+)?(?:be\s+)?"
               r"(?:planning|preparing|plotting|about\s+to|attack|attacked|hit|struck|targeted|blown|bombed|shelled|"
               r"sabotaged|breached|destroyed))|"
               r"warned\s+(?:[\w'-]+\s+){0,8}?(?:were|was)\s+(?:planning|preparing|plotting)",
    # Consequences, responses and findings (hap11b): what the act led to, how others answered it, what
    # was found or concluded about more than the act — each a happening of its own kind within the
    # event, shared by all its claims of that kind, even when the claim names the act as its object
    # ("called for an inquiry into the blast", "briefed on the attack": :data:`RESPONSES`).
    # (a call for an inquiry, and a report's or mission's findings, were kinds here too: each
    # split a later report's claims from their siblings — an inquiry's report months later, a call
    # made a week later — and the findings kind one report's claim from its siblings on real-news
    # dev; dropped until a kind's happening can follow its report's date)
    # a leader or body briefed on the act or the situation
    "briefing": r"(?:was|were|been|being|is|are)\s+(?:\w+\s+)?briefed",
    # sanctions imposed or announced, assets frozen (not any mention: "parts that evaded sanctions")
    "sanctions": r"(?:impos\w*|announc\w*|introduc\w*|adopt\w*|slapp?\w*|levi\w*|new|fresh|further)\s+"
                 r"(?:[\w'-]+\s+){0,3}?sanctions|sanctions\s+(?:were|was|have\s+been|had\s+been)\s+(?:imposed|announced|introduced)|"
                 r"(?:assets?|accounts?)\s+(?:[\w'-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)\s+frozen",
    # a toll counted over more than the act: across or throughout a town, region or war, in a war,
    # or since a siege or war began (not "killed in the town of X", the act's place; not "the
    # deadliest attack since the war began", a ranking of the act: :data:`_RANKING`)
    "wide_toll": r"(?:killed|died|dead|deaths?|casualties)\s+(?:[\w'-]+\s+){0,4}?(?:across|throughout)\s+(?:the\s+)?"
                 r"(?:besieged\s+)?(?:city|town|region|country|war|conflict|siege)\b|"
                 r"(?:killed|died|dead|deaths?|casualties)\s+(?:[\w'-]+\s+){0,4}?in\s+the\s+(?:war|conflict|siege)\b|"
                 r"(?:killed|died|dead|deaths?|casualties)\s+(?:[\w'-]+\s+){0,8}?since\s+the\s+"
                 r"(?:siege|war|invasion|conflict|fighting|start|beginning|outbreak)",
}
#: Kinds that answer the act and name it as their object ("sanctions over the strike", "briefed on
#: the attack", "an inquiry into the blast"): the act named does not make them the act's, blame does.
RESPONSES = frozenset({"briefing", "sanctions"})
#: Kinds that tell harm to people over more than the act (a town's toll since a siege began): the
#: harm they tell does not make them the act's; an act named with them does ("the strike killed 20 in the town").
WIDE_HARM = frozenset({"wide_toll"})
_ACT_NOUN = re.compile(r"\b(?:strikes?|airstrikes?|attacks?|bomb(?:s|ing|ed)?|shell(?:s|ing|ed)|missiles?|blasts?|explosions?|raids?|"
                       r"rockets?|drones?)\b", re.I)
#: Who did the act or how (its doer, weapon, where it was fired from, whether deliberate): a claim
#: that says it is the act's, whatever response or finding words surround it ("an inquiry found the
#: missile was fired from the north", "briefed that the gunmen came from the hills").
_WHO_HOW = re.compile(r"\b(?:fired|launched|planted|placed|dropped|detonated|set\s+off|carried\s+out|targeted)\s+"
                      r"(?:[\w'-]+\s+){0,2}?(?:from|by)\b|"
                      r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|on\s+purpose|indiscriminate(?:ly)?)\b|"
                      r"\b(?:had\s+been|has\s+been|was|were)\s+(?:mined|rigged|booby-trapped)\b|"
                      r"\bthe\s+(?:[\w-]+\s+)?(?:gunm[ae]n|attackers?|assailants?|bombers?|killers?|shooters?|perpetrators?|saboteurs?)\b",
                      re.I)
#: A ranking of the act against a war or period ("the deadliest attack since the war began"): the
#: act's, not a toll over the period.
_RANKING = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest)\b", re.I)
_FOLLOW_UP_RES = {kind: re.compile(r"\b(?:" + pat + r")\b", re.I) for kind, pat in FOLLOW_UPS.items()}
#: The kinds of act (relations.ACT_KINDS) that make a claim about the story's own act.
_OWN_ACTS = frozenset({"harm to people", "strike on a thing"})
#: A participle before its noun describes a thing, it tells no act ("the damaged tracks were
#: repaired", "the detained soldiers were held in the colony": a state, not an arrest).
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:damaged|destroyed|ruined|wounded|injured|dead|shelled|bombed|"
                          r"detained|arrested|flooded|sentenced|convicted|buried|repaired|restored)\b", re.I)


def follow_up(text: str) -> str | None:
    """The kind of follow-up act (:data:`FOLLOW_UPS`) a claim tells, if it tells no act of harm or
    strike (a flood, unless the claim tells a strike); one it denies or puts off ("would not be
    rebuilt", "no one was arrested") is none."""
    return _follow_up(text[:SLOT_TEXT_CHARS])   # cached on what is read, not a hostile claim's whole text


#: What a person is arrested or tried for: the act it names is the charge, not an act the claim
#: tells ("arrested three men suspected of planting the bomb", "detained in connection with the
#: killing", "sentenced for the shooting"); read to the end of the clause.
_CHARGE = re.compile(r"\b(?:suspected of|accused of|on suspicion of|charged with|convicted of|in connection with|"
                     r"over|for)\b[^.;:]*", re.I)


#: A follow-up act told as at once ("detained by border guards within the hour", "arrested at the
#: scene", "minutes later") is part of the act it follows: one happening, not a later one.
_AT_ONCE = re.compile(r"\b(?:within (?:the|an|the same|half an) (?:hour|minutes?)|within minutes|(?:minutes|moments) later|"
                      r"(?:shortly|immediately|moments|minutes) after(?:wards)?|at the scene|on the spot|the same (?:day|night|evening))\b",
                      re.I)


#: An act a warning says was planned or could come ("were planning to hit the bridge", "the dam
#: could be blown up") is not told: read to the end of the clause.
_PLANNED = re.compile(r"\b(?:planning|preparing|plotting|intend(?:ed|ing)|about|going|threaten(?:ed|ing))\s+to\b[^.;]*|"
                      r"\b(?:would|could|might|may)\b[^.;]*", re.I)


#: A place named after the act ("a few kilometres off the blast site", "near the impact site"):
#: a place, not the act told again.
_ACT_SITE = re.compile(r"\b(?:explosion|blast|impact|strike|crash|attack|bombing)\s+sites?\b", re.I)


#: What investigators find of the act itself — its remains, or where the device lay — is the
#: inquiry into that act, not a discovery of its own ("fragments of the detonator in the wreckage").
_INQUIRY_FIND = re.compile(r"\b(?:fragments?|traces?|parts?|remains|pieces?|remnants?|shards?|residue|components?)\s+of\b|"
                           r"\bin\s+the\s+(?:wreckage|rubble|debris|ruins)\b", re.I)
#: Water that is no flood: from pipes or mains, a water cannon, a diver's work (a strike's damage,
#: a crowd dispersed, the toll recovered).
_OTHER_WATER = re.compile(r"\b(?:pipes?|pipelines?|water\s+mains?|mains|cannons?|hydrants?|sprinklers?|hoses?|"
                          r"divers?)\b", re.I)
#: A call to leave given because of the act, or after it ("ordered residents to leave because of
#: the smoke", "… after the explosion"): the act's own hours, not a warning before it.
_AFTER_ACT = re.compile(r"\b(?:after|because\s+of|due\s+to|following|owing\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:smoke|fumes?|fire|blaze|gas|leak|explosion|blast|strike|attack|bombing|shelling|spill|"
                        r"cloud|damage)\b", re.I)


@lru_cache(maxsize=32768)
def _follow_up(text: str) -> str | None:
    if _AT_ONCE.search(text):
        return None
    head = _ATTRIBUTIVE.sub(" the thing", text)
    for kind, rx in _FOLLOW_UP_RES.items():
        m = rx.search(head)
        if m and kind == "find" and _INQUIRY_FIND.search(head) or m and kind == "flood" and _OTHER_WATER.search(head) \
                or m and kind == "warning" and _AFTER_ACT.search(head):
            continue
        if m and not negated_at(head.lower(), m.start()):
            told = _CHARGE.sub(" ", head) if kind == "arrest" else _PLANNED.sub(" ", head) if kind == "warning" else head
            told = _ACT_SITE.sub(" the place", told)
            # the dead of a flood are the flood's (when the claim tells no strike); an arrest that
            # tells the killing ("arrested after the bombing killed six") is about the killing, one
            # that names it as the charge is the arrest
            if kind in RESPONSES:
                return None if _REACTION.search(head) or _WHO_HOW.search(head) else kind
            if kind in WIDE_HARM:
                return None if _ACT_NOUN.search(head) or _ACT_NAMED.search(head) or _REACTION.search(head) \
                    or _WHO_HOW.search(head) or _RANKING.search(head) else kind
            return kind if not _tells_own_act(told) or kind == "flood" and "strike on a thing" not in _own_acts(told) \
                else None
    return None


def _told(claim: dict, kind: str | None) -> str:
    """A claim's words that tell acts: an arrest's charge, a warning's planned act left out."""
    text = (claim.get("content") or "")[:SLOT_TEXT_CHARS]
    return _CHARGE.sub(" ", text) if kind == "arrest" else _PLANNED.sub(" ", text) if kind == "warning" else text


def claim_kind(claim: dict, body: str) -> str | None:
    """The follow-up kind a claim tells (:func:`follow_up`), read in its words, else — for a
    warning, whose verb is often the claim's cue ("had urged all residents to leave", "had warned
    last week that saboteurs were planning …") — in its sentence up to the claim's end."""
    kind = follow_up(claim.get("content") or "")
    if kind:
        return kind
    start, content = claim.get("start"), claim.get("content") or ""
    if not (isinstance(start, int) and 0 <= start < len(body)):
        return None
    sentence = sentence_of(claim, body)
    at = sentence.find(content[:40]) if content else -1
    told = sentence[: at + len(content)] if at >= 0 else sentence
    return "warning" if follow_up(told) == "warning" else None


def _own_acts(text: str) -> frozenset:
    """The kinds of the story's own act (harm, strike) a claim tells; a participle before its noun is none."""
    return _own_acts_read(text[:SLOT_TEXT_CHARS])


@lru_cache(maxsize=32768)
def _own_acts_read(text: str) -> frozenset:
    return frozenset(acts_of(_ATTRIBUTIVE.sub(" the thing", text)) & _OWN_ACTS)


def _tells_own_act(text: str) -> bool:
    """Does a claim tell an act of harm or strike (the story's own kind of act)?"""
    return bool(_own_acts(text))


#: Words of a reaction to the story's act — a denial, an accusation, blame — which is about that
#: act even when it does not name it ("denied any involvement", "the accusations were lies").
_REACTION = re.compile(r"\b(?:den(?:y|ied|ies|ial)|condemn(?:ed|s|ation)?|blam(?:e|ed|es)|accus(?:ed|es|ations?)|"
                       r"responsib(?:le|ility)|involve(?:d|ment)|behind|retaliat(?:e|ed|ion))\b", re.I)


#: The story's act or its doer named with a definite word ("the car used in the shooting", "the
#: van used by the gunman"): a claim about them is about that act, even in a later act's report.
_ACT_NAMED = re.compile(r"\b(?:the|that|this|its|their|his|her)\s+(?:[\w-]+\s+)?(?:gunm[ae]n|attackers?|assailants?|bombers?|"
                        r"killers?|shooters?|snipers?|perpetrators?|shooting|attack|bombing|blast|explosion|killing|murder|"
                        r"stabbing|assassination)\b", re.I)


def _about_own_act(claim: dict) -> bool:
    """Does a claim tell, react to or name the story's own act (then it stays on the main
    happening whatever happening its report is led by)? The act an arrest names as its charge
    ("held on suspicion of the stabbing") does not count."""
    text = (claim.get("content") or "")[:SLOT_TEXT_CHARS]
    text = _CHARGE.sub(" ", text) if _FOLLOW_UP_RES["arrest"].search(text) else text
    return claim.get("stance") == "denies" or _tells_own_act(text) or bool(_REACTION.search(text)) \
        or bool(_ACT_NAMED.search(text)) or bool(_WHO_HOW.search(text))


def _own_kinds(claims: list[dict]) -> frozenset:
    """The follow-up kinds an event is about itself: those told by more of its claims than tell the
    story's own act — a strike on a thing, or for any kind but a flood also harm to people (an
    arrest's own reports; a dam that burst and flooded a town, whose drowned are the flood's; not
    the funeral or the arrest after a shooting, whose reports tell only harm). Each of the
    event's claims is read again for each new report, as for :func:`main_sites`: the readings are
    cached by text."""
    counts: dict[str, int] = {}
    struck = harmed = 0
    for c in claims:
        text = c.get("content") or ""
        kind = follow_up(text)
        if kind:
            counts[kind] = counts.get(kind, 0) + 1
        elif acts := _own_acts(text):
            struck += "strike on a thing" in acts
            harmed += 1
    # a flood is the story's own act unless something was struck (a dam blown up: the flooding
    # below it is a happening of its own, however many of the reports tell it)
    return frozenset(k for k, n in counts.items() if (not struck if k == "flood" else n > harmed))


#: An act told as one more of its kind — "a second missile struck", "another drone attack", "the
#: city was shelled again", "for the second night running" — is not the story's first act but a
#: happening of its own, whatever day it shares with it (two strikes on consecutive nights).
_REPEAT = re.compile(r"\b(?:(?:a|the)\s+(?:second|third|fourth|fresh|new|further)|another)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:missiles?|rockets?|drones?|shells?|strikes?|air\s*strikes?|attacks?|raids?|bombs?|blasts?|explosions?|"
                     r"shelling|bombing|barrage|wave)\b|"
                     r"\b(?:struck|hit|attacked|shelled|bombed|targeted|pounded)\s+(?:[\w-]+\s+){0,4}?again\b|"
                     r"\bfor\s+(?:a|the)\s+(?:second|third)\s+(?:night|day|time)(?:\s+(?:running|in\s+a\s+row))?\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def sentence_of(claim: dict, body: str) -> str:
    """The sentence a claim stands in (its cue and what follows it: "Drones hit a rail yard late on
    Tuesday, the second raid in two nights, officials said"), else its content."""
    start, content = claim.get("start"), claim.get("content") or ""
    if not (isinstance(start, int) and 0 <= start < len(body)):
        return content
    head = body[max(0, start - 300): start]
    cut = list(_SENTENCE_START.finditer(head))
    begin = start - len(head) + (cut[-1].end() if cut else 0)
    m = _SENTENCE_END.search(body, start + len(content), min(len(body), start + len(content) + 300))
    return body[begin: m.end() if m else start + len(content)]


def repeated_act(claim: dict, body: str) -> bool:
    """Does a claim tell an act of harm or strike as one more of its kind (:data:`_REPEAT`)?"""
    sentence = sentence_of(claim, body)[:SLOT_TEXT_CHARS]
    return bool(_REPEAT.search(sentence)) and _tells_own_act(sentence)


#: What the story's own act left, counted or searched for on the days after it — the toll, the
#: missing, the survivors, the rescue, the wreckage — is that act's, whatever day a report gives it.
_AFTERMATH = re.compile(r"\b(?:(?:death\s+)?tolls?|casualt(?:y|ies)|survivors?|missing|rescu(?:e|ed|ers?|ing)|"
                        r"rubble|wreckage|debris|ruins)\b", re.I)


def _act_day(claims: list[dict], when_of: Callable[[dict], tuple[When | None, bool]]) -> When | None:
    """The earliest day a claim of a report dates, in its own words (``when_of``: its
    :func:`claim_when`), an act of harm or strike it tells (the first :data:`MAX_ACT_DAY_CLAIMS`
    claims read)."""
    days = []
    for c in claims[:MAX_ACT_DAY_CLAIMS]:
        w, in_words = when_of(c)
        if in_words and w is not None and _narrow(w) and _tells_own_act(c.get("content") or ""):
            days.append(w)
    return min(days, key=lambda w: w.first, default=None)


def _first_report_days(act: When | None, own: date | None) -> When | None:
    """The days of the act in an event's first report: from the act's own day to the report's
    own day (a night fire reported the next morning: that morning's claims are the fire's)."""
    if act is None or own is None or own <= act.last:
        return act
    return When(act.first, own, act.text)


#: How many claims of a report :func:`_act_day` reads.
MAX_ACT_DAY_CLAIMS = 200


#: A date a claim gives after these words is the day of another act it measures from ("after
#: Saturday the brigade can sleep easier", "since Monday"), not the day of what it tells.
_RELATIVE_TO = re.compile(r"\b(?:after|since|following|until|till|before|from)(?:\s+(?:the|last|this))?\s*$", re.I)


#: Dates that say when the speaker speaks, not when an act happened.
_SPEAKING_DAY = frozenset({"today", "tonight", "this morning"})


def later_act(claim: dict, w: When | None, in_words: bool, before: When | None, own: date | None) -> bool:
    """Does a claim tell another act than the story's own, on a later day: one its own words date
    more than :data:`LATER_ACT_SLACK_DAYS` after the days of the event's first act (``before``) and
    no later than its report, and that tells no act of harm or strike, nothing the act left
    (:data:`_AFTERMATH`), no denial or reaction, no state going on from the act, toll in other
    words, rejection or earlier act told in the past perfect (:data:`_ACT_STATE`: word lists, not
    a parse) and does not name the act (the ferry service resumed on Thursday after Monday's strike, the
    minister's visit to the harbour four days after the fire, the aid convoy let through)? No
    vocabulary of follow-ups: any act of its own told on its own later day. The first report of
    an event (no ``before``) is never split by it."""
    if not (in_words and w is not None and before is not None and _narrow(w)
            and w.first > before.last + timedelta(days=LATER_ACT_SLACK_DAYS)):
        return False
    if own is not None and w.first > own:
        return False
    text = (claim.get("content") or "")[:SLOT_TEXT_CHARS]
    if w.text.lower() in _SPEAKING_DAY:
        return False   # "can sleep easier tonight": the day the speaker speaks, no act's day
    if _RELATIVE_TO.search(text[:max(0, w.start)][-30:]):
        return False   # "after Saturday …", "since Monday": the day of another act, not this one's
    return not (_tells_own_act(text) or _AFTERMATH.search(text) or claim.get("stance") == "denies"
                or _REACTION.search(text) or _ACT_NAMED.search(text) or _ACT_STATE.search(text))


#: A later act only when its day is more than this many days after the act's last day. Measured
#: 0, 1, 2 (session 9 mend): the review's probes score alike at all three once :data:`_ACT_STATE`
#: keeps the act's states and tolls; 1 and 2 lose the training battery's later acts of the next days.
LATER_ACT_SLACK_DAYS = 0


#: What goes on from the act or answers it rather than a new act: a state that lasts ("still
#: burning", "remained in intensive care", "continued"), its toll in other words (victims, the
#: hurt, the unaccounted for), a rejection of any verb, and what had happened before the day
#: the claim gives (past perfect: "had started the fire", "had failed").
_ACT_STATE = re.compile(r"\b(?:still|remain(?:ed|ing)?|continu(?:e|es|ed|ing)|yet\s+to|victims?|dead|died|"
                        r"injur(?:ed|ies|y)|wounded|hurt|hospital(?:ised|ized)?|unaccounted|intensive\s+care|"
                        r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|"
                        r"had\s+(?:been\s+)?\w+(?:ed|en|t))\b", re.I)


#: A claim of a report led by a later act (:func:`later_act`) stays with the story's own act when it
#: shares this many more words with that act's claims than with the later act's ("the fire at the
#: grain terminal had been put out" in the report of the ferry service resuming).
ACT_WORDS_MARGIN = 2


#: A claim's own grammatical time that puts what it tells outside the act's days, with no day of its
#: own: a state lasting months or years ("had been cracked for a decade", "has long been too narrow",
#: "cut off since 2023", "in previous years") is the story's standing situation, not its act.
_STANDING = re.compile(r"\bfor\s+(?:(?:many|several|some|two|three|four|five|ten|\d{1,2}|a\s+few|the\s+past|the\s+last)\s+)?"
                       r"(?:years|decades|months|a\s+decade|a\s+generation|generations|a\s+long\s+time)\b|"
                       r"\b(?:has|have|had)\s+long\b|\blong\s+been\b|"
                       r"\bsince\s+(?:(?:19|20)\d\d|the\s+(?:spring|summer|autumn|winter)\b|"
                       # the start of a standing state, not of any act ("since the start of the operation")
                       r"the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:war|occupation|invasion|siege|blockade|conflict)\b)|"
                       r"\bover\s+(?:the\s+)?(?:past|previous|recent|last)\s+(?:years|decades|months)\b", re.I)
#: An act the claim names as earlier than the story's, with no day of its own ("four miners had died
#: in a previous collapse", "a crush at the same gate years earlier",
#: "fined twice in past years": acts at points of past years, where "for years" is a state's length):
#: an earlier happening of the story. Not a unit of time ("the previous day") nor a statement ("a similar drone" compares kinds, not times), nor
#: "an earlier blast", which is as often the same night's first one.
_EARLIER = re.compile(r"\b(?:an?|the)\s+(?:previous|prior)\s+(?!(?:day|night|evening|morning|afternoon|"
                      r"week|weekend|month|year|hours?|days|statements?|reports?|estimates?|figures?|counts?|tolls?|"
                      r"numbers?|briefings?|interviews?|versions?|claims?|remarks?|comments?)\b)[a-z-]+|"
                      r"\b(?:years|decades|months)\s+(?:earlier|before|ago)\b|\bonce\s+before\b|"
                      r"\bin\s+(?:the\s+)?(?:past|previous|recent|earlier)\s+(?:years|decades)\b", re.I)


#: The time an act was planned or prepared for is the act's ("had planned the crossing for months"),
#: and so is a warning, complaint or neglect told over months ("the town had ignored them for years"):
#: a grievance, blame of the act or of whoever the report's own act answers.
_PREPARED = re.compile(r"\b(?:plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|plott?(?:s|ed|ing)?|rehears(?:e|ed|ing)|"
                       r"train(?:ed|ing)\s+for)\b|"
                       # a grievance told over months is blame of the act, as the warning is (see Session 8:
                       # "had warned the ministry for months that the bridge had no air defence")
                       r"\b(?:warn(?:s|ed|ing)?|complain(?:s|ed|ing)?|plead(?:s|ed|ing)?|petition(?:s|ed|ing)?|"
                       r"lobb(?:y|ied|ying)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|asked|"
                       r"ignor(?:e|es|ed|ing)|neglect(?:s|ed|ing)?|fail(?:s|ed|ing)?\s+to|refus(?:e|es|ed|ing)\s+to)\b", re.I)


#: "The first X since 2019" ranks the act among its kind (as :data:`_RANKING` does): no earlier time of its own.
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,80}?\bsince\b", re.I)
#: Dependency labels of a constituent that is not the clause's own predicate or its adjuncts: a
#: relative clause ("a guard who had worked there for years"), a noun's clause or modifier ("the
#: silo her grandfather had built decades before", "the miners of the previous shift"), an apposition.
_NOT_OWN_TIME = frozenset({"relcl", "acl", "appos", "amod", "nmod", "poss", "compound"})
#: Auxiliaries of a time that has not come: "would mourn them for months" tells no background.
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
#: Times read by the parse in :func:`background` (the claims that match a time phrase only).
MAX_BACKGROUND_MATCHES = 4


#: Parses :func:`_parsed` keeps. A kept parse (no tensor) is about 10 KiB for a claim of 140 characters and 165 KiB at
#: the :data:`SLOT_TEXT_CHARS` bound, so these hold at most ~170 MiB whatever claims a page brings (4,096 parses
#: with their tensors could hold 1.8 GiB); the parsed claims are those with a time phrase only, read again for each
#: new report of their event, and a benchmark run keeps far fewer than this.
PARSES_KEPT = 1024


@lru_cache(maxsize=PARSES_KEPT)
def _parsed(text: str):  # type: ignore[no-untyped-def]
    import numpy

    from ..extract.nlp import load_nlp   # extract comes before link
    # only the parse and the tags are read (:func:`_own_time`): no entities (the same parse, half the time)
    doc = load_nlp()(text, disable=["ner"])
    # the tagger's token vectors are never read once the parse is made: two thirds of a kept parse's memory
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _own_time(text: str, start: int, end: int) -> str | None:
    """When the time phrase at ``text[start:end]`` modifies the claim's main predicate (by the parse:
    not inside a relative clause, an apposition or a noun's modifier, nor on a verb of a time that
    has not come: "would mourn them for months"), the claim's words outside that predicate (its
    subject's and any other clause's: "the guards killed in the fire" of "the guards killed in the
    fire had been her friends for decades"), else None."""
    doc = _parsed(text)
    toks = [t for t in doc if start <= t.idx < end]
    if not toks:
        return None
    tok = next((t for t in toks if not (start <= t.head.idx < end) or t.head is t), toks[0])
    verb = None
    for _ in range(40):   # up to the root of its sentence (bounded: a parse is a tree)
        if tok.dep_ in _NOT_OWN_TIME:
            return None
        if tok.dep_ in {"pobj", "prep"} and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return None   # "the miners of the previous shift": a noun's modifier
        if verb is None and tok.pos_ in {"VERB", "AUX"}:
            if any(a.lower_ in _FUTURE_AUX for a in tok.children if a.dep_ == "aux"):
                return None
            verb = tok
        if tok.head is tok:
            break
        tok = tok.head
    if verb is None:
        return ""
    own = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}
    return " ".join(t.text for t in doc if t.i not in own)


#: A time told up to an act ("had been crossed for years before it fell", "had bought the props
#: months before the collapse"): the act's lead-up, counted back from it as its preparation is, not
#: a standing situation or an earlier act of its own.
_LEAD_UP = re.compile(r"\s*(?:before|until|till)\s+[\w'’]", re.I)
#: The subjects of a predicate, whose words are not the predicate's own (:func:`_own_time`).
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def background(text: str, stance: str | None = None) -> str | None:
    """The kind of background a claim tells by its own grammatical time, not the story's act:
    ``"earlier"`` (an act named as earlier: :data:`_EARLIER`), ``"standing"`` (a state lasting months
    or years: :data:`_STANDING`), else None. The phrase must give the time of the claim's own
    predicate (:func:`_own_time`: not "a guard who had worked there for years"). A ranking ("the worst
    attack in years", "the first fire since 2019") is the act's, and so is the time it was prepared
    for (:data:`_PREPARED`: "had planned the crossing for months"); a claim that tells the act
    outside that predicate ("the guards killed in the fire had been her friends for decades"), its
    aftermath or a reaction to it stays on the act (the checks :func:`later_act` makes). Harm told by
    the predicate the time phrase dates is the earlier or standing act's own ("four miners had died in
    a previous collapse", "the post has been shelled every week since the spring")."""
    text = text[:SLOT_TEXT_CHARS]
    if _RANKING.search(text) or _FIRST_SINCE.search(text) or _PREPARED.search(text):
        return None
    if stance == "denies" or _AFTERMATH.search(text) or _REACTION.search(text) or _ACT_NAMED.search(text):
        return None
    for kind, found in (("earlier", _EARLIER), ("standing", _STANDING)):
        for n, m in enumerate(found.finditer(text)):
            if n >= MAX_BACKGROUND_MATCHES:
                break
            if _LEAD_UP.match((" before" if m.group().lower().endswith("before") else "") + text[m.end():]):
                continue   # "for years before it fell", "months before the collapse": counted back from the act
            rest = _own_time(text, m.start(), m.end())
            if rest is not None:
                return None if _tells_own_act(rest) else kind
    return None


#: A date anchored on the story's act ("two days after the derailment", "a week after the siege
#: began", "three days later"): so many days after the act's days. After "after the" the anchor
#: (``what``) must name the story's act (:func:`anchored_when`).
_ANCHORED = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
                       r"(?:after\s+(?:the|its|their)\s+(?P<what>[a-z-]+)|later\b)", re.I)
#: An act of harm or failure named as a noun ("after the breach", "after the derailment"): the
#: story's kind of act when no other act is named (a clause "after the army moved …" is not read).
_EFFECT_NOUN = re.compile(EFFECT_NOUNS, re.I)
_ANCHOR_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def anchored_when(text: str, act: When | None, act_words: frozenset[str] | set[str] = frozenset()) -> When | None:
    """The days of a claim dated only relative to the story's act (:data:`_ANCHORED`), else None.
    "N days after the X" counts from the act only when X names it: the story's act named
    (:data:`_ACT_NAMED`: "after the attack") or a word of the claims telling the act (``act_words``:
    "after the derailment" when the act's claims tell a derailment); "a week after the army moved
    ammunition there" is anchored on another act, unknown. A claim telling the act itself gets no
    anchored day ("the depot blew up three weeks later")."""
    text = text[:SLOT_TEXT_CHARS]
    m = _ANCHORED.search(text) if act is not None else None
    if m is None or act is None or _tells_own_act(text[:m.start()] + " " + text[m.end():]):
        return None   # (the act named as the anchor is no act told: "two days after the derailment")
    if m["what"] and not (_ACT_NAMED.search(m.group()) or term(m["what"]) in act_words or _EFFECT_NOUN.fullmatch(m["what"])):
        return None
    n = _ANCHOR_NUMBER.get(m["n"].lower()) or int(m["n"])
    days = n * (7 if m["unit"].lower().startswith("week") else 1)
    return When(act.first + timedelta(days=days), act.last + timedelta(days=days), m.group(), m.start())


def _narrow(w: When) -> bool:
    """A date that may stretch a happening's span ("last year" places a claim but does not)."""
    return (w.last - w.first).days <= 31


def place_claims(store: Store, event_id: int, claims: list[dict], meta: dict,
                 others: list[dict] | None = None) -> tuple[dict[int, int], int]:
    """(claim id -> happening id, the event's main happening) for one document's claims in its event
    (stored). ``others``: the event's claims from its other documents, which say what structures the
    event is about: a claim about another one ("the maternity hospital was destroyed" in a report
    on the theatre, "drone attacks on ships" in one on the pipelines) is placed on a happening of
    that structure (found by its kind, or founded), not on the event's main one.

    The main happening's span is the time of the event's own act: the first report's time, and a
    later report's only while it follows closely (a toll revised the next day). A claim dated
    within that span (with :data:`SLACK_DAYS`) is on it, however the date is written
    ("overnight", "on Tuesday", "last Tuesday", "10 March"); one dated :data:`RECAP_DAYS` or more
    before its document's time, on an earlier happening; one telling a follow-up act of another
    kind (:func:`follow_up`), on the story's happening of that kind; one whose own words date it
    :data:`RECAP_DAYS` or more after the span (the funeral a week after the strike), on a later
    happening. When the report's first claim is on a later or a follow-up happening (and tells no
    act of harm or strike), the report is about it: its undated claims follow, but for those that
    tell or react to the story's own act."""
    body = meta.get("body") or ""
    existing = db.happenings(store, event_id)
    main = next((h for h in existing if h["main"]), None)
    if main is None:
        label = (db.event(store, event_id) or {}).get("label") or ""
        main = {"id": db.add_happening(store, event_id, True, None, None, label), "main": 1, "first_day": None, "last_day": None}
    main = dict(main)
    span = before = _span(main)   # before: the first act's days, before this report's time stretches them
    # a page dated only by a dateline without its year ("HARARE, Oct 6 (Agency)") is read in the story's year
    ref = own = document_time(meta, span.first if span is not None else None)
    first = min(claims, key=lambda c: c.get("start") or 0, default=None)
    # a report led by one more act of the story's kind ("a second drone raid on the city") is about
    # that act: its time does not stretch the first act's happening
    repeat_lead = first is not None and span is not None and repeated_act(first, body)
    event_sites = main_sites([*(others or []), *claims])
    event_kinds = _own_kinds([*(others or []), *claims])
    # a report led by a follow-up act or a warning (and telling no act of harm or strike in its
    # lead: "police detained three men", "the administration urged residents to leave") is about
    # that act: its time does not stretch the story's own act either
    kinds: dict[int, str | None] = {}   # claim_kind of each claim, read once (it reads the claim's sentence)

    def kind_of(c: dict) -> str | None:
        if id(c) not in kinds:
            kinds[id(c)] = claim_kind(c, body)
        return kinds[id(c)]
    whens: dict[int, tuple[When | None, bool]] = {}   # claim_when of each claim, read once

    def when_of(c: dict) -> tuple[When | None, bool]:
        if id(c) not in whens:
            whens[id(c)] = claim_when(c, body, ref)
        return whens[id(c)]
    lead_kind = kind_of(first) if first is not None and span is not None else None
    # a report led by another act on a later day (:func:`later_act`) does not stretch the act's days either
    later_lead = first is not None and lead_kind is None and not repeat_lead \
        and later_act(first, *when_of(first), before, own)
    kind_lead = bool(lead_kind) and lead_kind not in event_kinds and not _tells_own_act(_told(first, lead_kind))  # type: ignore[arg-type]
    if own is not None and not repeat_lead and not kind_lead and not later_lead \
            and (span is None or When(own, own, "").overlaps(span, RECAP_DAYS)):
        db.widen_happening(store, main["id"], own.isoformat(), own.isoformat())
        main["first_day"] = min(own, span.first).isoformat() if span else own.isoformat()
        main["last_day"] = max(own, span.last).isoformat() if span else own.isoformat()
    kept: list[dict] = [h for h in existing if not h["main"]]

    def labelled_home(kind: str, c: dict) -> dict:
        """The event's undated happening of a kind (a structure, a follow-up act), or a new one."""
        home = next((h for h in kept if not h["first_day"] and h["label"].startswith(kind + _SITE_MARK)), None)
        if home is None:
            label = f"{kind}{_SITE_MARK}" + " ".join((c.get("content") or "").split()[:8])
            home = {"id": db.add_happening(store, event_id, False, None, None, label),
                    "main": 0, "first_day": None, "last_day": None, "label": label}
            kept.append(home)
        return home

    def dated_home(w: When, c: dict, later: bool = False) -> dict:
        """The event's other happening whose days overlap the claim's, widened to hold them, or a new
        one (``later``: a later act's, flagged ``later`` for this report's placing; its label is the
        plain date and words)."""
        home = next((h for h in kept if h["first_day"] and w.overlaps(_span(h), SLACK_DAYS)), None)  # type: ignore[arg-type]
        if home is None:
            words = " ".join((c.get("content") or "").split()[:8])
            home = {"id": db.add_happening(store, event_id, False, w.first.isoformat(), w.last.isoformat(), f"{w.label()} · {words}"),
                    "main": 0, "first_day": w.first.isoformat(), "last_day": w.last.isoformat(), "label": f"{w.label()} · {words}"}
            kept.append(home)
        elif _narrow(w):
            db.widen_happening(store, home["id"], w.first.isoformat(), w.last.isoformat())
        if later:
            home["later"] = True   # not a sibling act of the story's kind (:func:`_to_nearer_sibling`)
        return home

    # the first act's days: before this report, else (the event's first report) the day its own
    # words give the act of harm or strike ("shells hit the market on Monday"; monitors toured it on Wednesday)
    act_days = before or _first_report_days(_act_day(claims, when_of), own)
    placed: dict[int, int] = {}
    # the later happening this report is about: the one its first claim (the lead) is dated on
    lead: dict | None = None
    later_home: dict | None = None   # the lead's happening when it is a later act (:func:`later_act`)
    # the sentences of later acts: a claim read in one of them with no date of its own ("… visited the
    # printing house on Wednesday and promised money for new presses") is that act's
    later_sentences: dict[str, dict] = {}
    undated = []
    backs: dict[int, str] = {}   # claim id -> the background its own time tells (:func:`background`)
    stems_of_act: list[frozenset[str]] = []   # the words of the claims telling the act, read once

    def act_stems() -> frozenset[str]:
        """The words of the event's claims that tell the story's act (its other reports' and this
        one's; the first :data:`MAX_ACT_WORDS_CLAIMS` of each), read once when a claim needs them."""
        if not stems_of_act:
            told = [o.get("content") or "" for o in [*(others or [])[:MAX_ACT_WORDS_CLAIMS], *claims[:MAX_ACT_WORDS_CLAIMS]]]
            stems_of_act.append(frozenset().union(*(_stems(t) for t in told if _tells_own_act(t))))
        return stems_of_act[0]
    span = _span(main)
    for c in claims:
        w, in_words = when_of(c)
        if w is None and _ANCHORED.search((c.get("content") or "")[:SLOT_TEXT_CHARS]) \
                and (anchored := anchored_when(c.get("content") or "", act_days, act_stems())) is not None:
            w, in_words = anchored, True   # "two days after the derailment": the act's days and so many more
        kind = kind_of(c)
        kind = kind if kind not in event_kinds else None
        told_back = background(c.get("content") or "", c.get("stance")) if not kind and not (in_words and w is not None and _narrow(w)) else None
        if told_back is None and in_words and w is not None and not _narrow(w) and span is not None \
                and w.overlaps(span) and w.first < span.first - timedelta(days=RECAP_DAYS) \
                and not _RANKING.search((c.get("content") or "")[:SLOT_TEXT_CHARS]):
            # a whole month or year in its own words that holds the act's days and reaches well before them
            # ("had been hit by a drone earlier this year"): no day of the act, an earlier one of the story
            told_back = "earlier"
        if told_back is not None and not repeated_act(c, body) and not (later_lead or kind_lead):
            # what the claim's own grammatical time puts before or around the act, with no day of its
            # own: the story's earlier act or its standing situation ("had been cracked for a decade"),
            # placed with the undated claims once the report's lead is known
            backs[c["id"]] = told_back
            undated.append(c)
        elif span is not None and (c is first and repeat_lead or repeated_act(c, body)) \
                and not (own is not None and w is not None and _middle(w) <= own - timedelta(days=RECAP_DAYS)):
            day = w if w is not None and _narrow(w) else (When(own, own, "") if own is not None else None)
            home = (lead if repeat_lead else None) or (dated_home(day, c) if day is not None else labelled_home("another", c))
            if c is first:
                lead = home
            placed[c["id"]] = home["id"]
        elif w is None or own is not None and w.first > own:
            # a day ahead of the report ("would be questioned on Monday", "trains would run on
            # Wednesday") is no act that happened: placed as an undated claim, with the report's act
            undated.append(c)
        elif kind == "warning":
            # a warning comes before the act whatever its day ("had warned in October"): the
            # story's one happening of warnings, with its undated parts ("… to leave the town")
            home = labelled_home(kind, c)
            if c is first and not _tells_own_act(_told(c, kind)):
                lead = home
            placed[c["id"]] = home["id"]
        elif not kind and not kind_lead and later_act(c, w, in_words, act_days, own):
            # (in a report led by a follow-up act, its claims on the report's days follow that lead)
            home = dated_home(w, c, later=True)
            later_sentences[sentence_of(c, body)] = home
            if c is first:
                lead = home
                later_home = home
            placed[c["id"]] = home["id"]
        elif span is not None and w.overlaps(span, SLACK_DAYS) and not kind:
            if before is not None and not w.overlaps(before, SLACK_DAYS) or kind_lead and not _about_own_act(c):
                # dated only on this report's own days ("would be questioned on Monday" in the
                # arrest's report): placed as an undated claim, with the act the report is about
                undated.append(c)
                continue
            placed[c["id"]] = main["id"]   # (not widened by it: a span grown by its slack each time would chain)
        elif own is not None and _middle(w) <= own - timedelta(days=RECAP_DAYS):
            placed[c["id"]] = dated_home(w, c)["id"]
        elif kind:
            home = labelled_home(kind, c)
            if c is first and not _tells_own_act(_told(c, kind)):
                lead = home
            placed[c["id"]] = home["id"]
        elif in_words and span is not None and w.first > span.last + timedelta(days=RECAP_DAYS):
            home = dated_home(w, c)
            if c is first:
                lead = home
            placed[c["id"]] = home["id"]
        else:
            undated.append(c)   # the report's own time: placed as an undated claim
    # the words of the act's claims (the event's other reports' and this report's) and of the lead's,
    # gathered once and grown as claims are placed: one pass, no set copied per claim
    words_of: dict[int, set[str]] | None = None
    counted = {c["id"] for c in claims[:MAX_ACT_WORDS_CLAIMS]}   # this report's claims that count
    for c in sorted(undated, key=lambda c: c is not first):   # the lead first: the others may follow it
        named = sites(c.get("content") or "")
        if c["id"] in backs and (c is first or first is None or first["id"] in backs
                                 or placed.get(first["id"], main["id"]) == main["id"]):
            # background, unless the report is led by another happening than the act (its undated
            # claims follow that lead, as below: "the traders said the town had ignored them for years")
            w = when_of(c)[0]
            placed[c["id"]] = (dated_home(w, c) if w is not None and _narrow(w) and own is not None
                               and _middle(w) <= own - timedelta(days=RECAP_DAYS) else labelled_home(backs[c["id"]], c))["id"]
        elif later_sentences and (later := later_sentences.get(sentence_of(c, body))) is not None \
                and not _tells_own_act(c.get("content") or ""):
            placed[c["id"]] = later["id"]
        elif distinct_sites(named, event_sites):
            placed[c["id"]] = labelled_home(sorted(k for k, _cls in named)[0], c)["id"]
        elif (kind := kind_of(c)) and kind not in event_kinds:
            home = labelled_home(kind, c)
            if c is first and not _tells_own_act(_told(c, kind)):
                lead = home   # (not "12 died in flooding after the dam was breached": it also tells the dam's)
            placed[c["id"]] = home["id"]
        elif lead is not None and lead is later_home:
            # a report led by a later act: its undated claims follow it, but for those about the
            # story's own act, or sharing clearly more words with the act's claims than with the lead's
            if words_of is None:
                words_of = {main["id"]: set().union(*(_stems(o.get("content") or "") for o in (others or [])[:MAX_ACT_WORDS_CLAIMS]
                                                      if o.get("happening_id") == main["id"])),
                            lead["id"]: set()}
                for o in claims[:MAX_ACT_WORDS_CLAIMS]:
                    if o is not c and placed.get(o["id"]) in words_of:
                        words_of[placed[o["id"]]].update(_stems(o.get("content") or ""))
            placed[c["id"]] = main["id"] if _about_own_act(c) or _act_words(c, words_of[main["id"]], words_of[lead["id"]]) \
                else lead["id"]
        elif lead is not None and (repeat_lead or not _about_own_act(c)):
            placed[c["id"]] = lead["id"]   # the report is about a later act ("the town came to the cemetery")
        else:
            placed[c["id"]] = main["id"]   # the story's own act, recalled ("the missile hit the school")
        if words_of is not None and c["id"] in counted and placed.get(c["id"]) in words_of:
            words_of[placed[c["id"]]].update(_stems(c.get("content") or ""))
    if lead is not None and not repeat_lead:
        _with_own_act_sentence(placed, main["id"], lead["id"], undated, first, claims, body)
    _to_nearer_sibling(placed, main, [h for h in kept if not h.get("later")], claims, others or [])
    db.set_claim_happenings(store, placed)
    return placed, main["id"]


#: A clause joined to the claim before it as its reason or its gloss ("denied shelling the silo,
#: saying they had no guns within range", "…, adding that …", "…, as …"): read just before the claim.
_REASON_JOIN = re.compile(r"(?:\bsaying|\badding|\bexplaining|\barguing|\binsisting|,\s*as|\bbecause|\bsince)"
                          r"(?:\s+that)?\s*$", re.I)
#: How far before a claim its joiner is read.
REASON_JOIN_CHARS = 40


def _with_own_act_sentence(placed: dict[int, int], main_id: int, lead_id: int, undated: list[dict], first: dict | None,
                           claims: list[dict], body: str) -> None:
    """In a report led by a later happening (a funeral, a later act), an undated claim that followed
    the lead but stands in one sentence with a claim about the story's own act placed on the act
    is that act's too when it is that claim's reason ("X again denied that his men had shelled the
    silo, saying they had no guns within range"), or shows no sign of the later happening: not
    one that tells a follow-up itself ("…, and said the men would be charged with murder") nor one
    that shares a word with the lead that the act's claims in the sentence lack ("… would send its
    own investigators to the town" under a lead of investigators arriving). The lead's own
    sentence is the lead's."""
    lead_sentence = sentence_of(first, body) if first is not None else None
    on_act: dict[str, frozenset[str]] = {}   # sentence -> the words of its claims about the act
    for c in claims[:MAX_ACT_WORDS_CLAIMS]:
        if placed.get(c["id"]) == main_id and _about_own_act(c):
            sentence = sentence_of(c, body)
            on_act[sentence] = on_act.get(sentence, frozenset()) | _stems(c.get("content") or "")
    on_act.pop(lead_sentence, None)   # type: ignore[arg-type]
    if not on_act:
        return
    lead_words = _stems(first.get("content") or "") if first is not None else frozenset()
    for c in undated[:MAX_ACT_WORDS_CLAIMS]:
        if c is first or placed.get(c["id"]) != lead_id:
            continue
        act_words = on_act.get(sentence_of(c, body))
        if act_words is None:
            continue
        start, content = c.get("start"), c.get("content") or ""
        reason = isinstance(start, int) and 0 <= start <= len(body) \
            and bool(_REASON_JOIN.search(body[max(0, start - REASON_JOIN_CHARS): start]))
        if reason or follow_up(content) is None and not (_stems(content) & lead_words) - act_words:
            placed[c["id"]] = main_id


def _stems(text: str) -> frozenset[str]:
    return _stems_read(text[:SLOT_TEXT_CHARS])


@lru_cache(maxsize=32768)
def _stems_read(text: str) -> frozenset[str]:
    return frozenset(term(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS)


def _act_words(c: dict, main_words: set[str], lead_words: set[str]) -> bool:
    """Does a claim share :data:`ACT_WORDS_MARGIN` more content stems with the claims on the main
    happening (``main_words``: its other reports' and this report's) than with those on the
    report's lead (``lead_words``)?"""
    own = _stems(c.get("content") or "")
    return len(own & main_words) >= len(own & lead_words) + ACT_WORDS_MARGIN


#: How many claims :func:`_act_words` reads of the event's other reports, and of the report.
MAX_ACT_WORDS_CLAIMS = 500


def _to_nearer_sibling(placed: dict[int, int], main: dict, kept: list[dict], claims: list[dict], others: list[dict]) -> None:
    """Two acts on the same days (a second raid the next night, founded by :data:`_REPEAT`): a
    claim placed on the main happening that shares more words with the other act's claims than
    with the main one's ("three workers were killed when drones struck the rail yard" after "drones
    attacked a rail yard", the night after the depot) is that act's. Only where the event has such
    a sibling, so a story of one act is never split by its words."""
    span = _span(main)
    if span is None:
        return
    siblings = [h for h in kept if h.get("first_day") and _span(h).overlaps(span, SLACK_DAYS)]  # type: ignore[union-attr]
    if not siblings:
        return
    words: dict[int, set[str]] = {}   # each happening's words: its claims in other reports and in this one
    stems = {c["id"]: _stems(c.get("content") or "") for c in claims}
    for o in others:
        if o.get("happening_id") is not None:
            words.setdefault(o["happening_id"], set()).update(_stems(o.get("content") or ""))
    on_main = [c for c in claims if placed.get(c["id"]) == main["id"]]
    for c in claims:
        if placed.get(c["id"]) not in (None, main["id"]):
            words.setdefault(placed[c["id"]], set()).update(stems[c["id"]])
    for c in on_main:
        own = stems[c["id"]]
        main_words = words.get(main["id"], set()).union(*(stems[o["id"]] for o in on_main if o is not c))
        best, best_n = main["id"], len(own & main_words)
        for h in siblings:
            n = len(own & words.get(h["id"], set()))
            if n > best_n:
                best, best_n = h["id"], n
        placed[c["id"]] = best

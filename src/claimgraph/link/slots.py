"""What a claim states about a happening, slot by slot, whatever the event: who did it (the
agent of an act), where (a place resolved with the gazetteer), how many (counts, ranges and
vague quantities), which weapon and who has it, and what structure was hit (which tells two
acts apart). Each value keeps whether the claim asserts or denies it (negation in its own
clause, a denial by the cue, or a reported statement the claim calls false) and the words it
came from, so that a relation can say why ("carried out by Russia vs by Ukraine").

Two claims about one happening that give incompatible values of one slot contradict; the same
value asserted by both is the same fact (a corroboration). Frames of the older design
(relations.FRAMES) still carry the nature of the act and the identity of a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .. import countries as C
from . import names as N
from .numbers import NUMBER, number_value, range_low_before

# ---------------------------------------------------------------------------------- parties
#: Words that say what kind of actor a party phrase is; a phrase made only of them names no party.
#: (Not weapons: "hit by a Kesmarian air-defence missile" says whose missile, not who struck.)
_ACTOR_NOUNS = (r"(?:forces?|troops|army|armed forces|military|navy|air force|militants?|fighters?|battalion|brigade|"
                r"regiment|unit|side|regime|government|authorities|personnel|divers|officers?|group|specialists|"
                r"terrorists|nationalists|nazis|neo-nazis|soldiers|servicemen|special services|intelligence|services|"
                r"leadership|command|state|officials|saboteurs|marines|commandos|pirates|smugglers|hackers|gunmen|raiders)")
#: Actor nouns that make a proper name a group ("Azov militants"), not a weapon ("an Iskander missile").
_GROUP_NOUNS = (r"(?:forces?|troops|army|militants?|fighters?|battalion|brigade|regiment|unit|regime|government|"
                r"authorities|personnel|group|terrorists|nationalists|soldiers|servicemen|officials|saboteurs|marines|commandos|"
                r"pirates|smugglers|hackers|gunmen|raiders)")
_GENERIC = {"navy", "army", "air", "force", "forces", "military", "government", "ministry", "defence", "defense", "the",
            "nato", "battalion", "unit", "brigade", "special", "armed", "group", "state", "president", "west", "western",
            "kremlin", "white", "house", "regime", "side", "nazis", "navy divers", "allegations", "reports", "sources",
            "according", "mr", "ms", "dr", "general", "major", "colonel"}
_WEST = re.compile(r"^(?:the\s+)?west(?:ern)?$", re.I)


#: A claim's slots are read from its first this many characters: a hostile page's claim of a
#: hundred thousand characters would otherwise cost seconds in the agent patterns (each match
#: looks back over the text), and what happened is said near a claim's start.
SLOT_TEXT_CHARS = 4_000


def party_name(key: str) -> str:
    return C.common_names().get(key, key)


def _named_group(text: str) -> str | None:
    """The proper name of a group in a phrase ("Ukraine's Azov Battalion" -> "azov"), else None."""
    m = re.search(r"(?<![\w-])([A-Z][\w'-]+)\s+(?i:" + _GROUP_NOUNS + r")\b", text)   # the name just before
    if m and m.group(1).lower() not in _GENERIC and not _known_form(m.group(1)):
        return N.name_key(m.group(1))
    return None


def _known_form(word: str) -> bool:
    return bool(C.known(re.sub(r"'s$", "", word)))


@lru_cache(maxsize=4096)
def party_of(phrase: str) -> tuple[str, str, str | None] | None:
    """(key, readable name, named group or None) of the side a phrase names; see :func:`_party`."""
    found = _party(phrase.replace("’", "'"))
    if found is None:
        return None
    return found[0], found[1], _named_group(phrase.replace("’", "'"))


def _party(phrase: str) -> tuple[str, str] | None:
    """(key, readable name) of the side a phrase names: a country by its name, adjective, seat of
    government or capital ("Russian forces", "the Kremlin", "Kyiv", "Moscow's forces" -> Russia or
    Ukraine), "the West", a pro-X group, or a proper name ("the Azov battalion" -> Azov); else None."""
    from .origins import country_key
    from .places import capital_country

    text = phrase.replace("’", "'").strip()
    words = re.findall(r"[A-Za-z][\w.'-]*", text)
    if not words:
        return None
    for w in words:
        m = re.match(r"(?i)pro-([A-Z][\w]+)", w)
        if m:
            # a country the table does not know (an invented one) by its adjective, as below
            k = C.known(m.group(1)) or (country_key(m.group(1)) if re.search(r"(?:ian|ean|ese|ish|ic|ia)$", m.group(1)) else None)
            if k:
                return f"pro:{k}", f"a pro-{m.group(1)} group"
    # longest known form first: "United States", "the Kyiv regime's"
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            span = " ".join(words[i:i + n])
            span = re.sub(r"'s$|'$", "", span)
            if not span[:1].isupper():
                continue
            k = C.known(span)
            if k:
                return k, party_name(k)
            seat = C.seats().get(" ".join(span.lower().split()).removeprefix("the "))
            if seat:
                return seat, party_name(seat)
            if n == 1:
                try:
                    cap = capital_country(span)
                except Exception:   # the gazetteer missing is no reason to fail a claim
                    cap = None
                if cap:
                    k2 = C.known(cap) or cap
                    return k2, party_name(k2)
    if _WEST.match(" ".join(words)) or any(w.lower() == "west" for w in words[:2]):
        return "west", "the West"
    # a country the table does not know (an invented one): a capitalised adjective of a nation
    for w in words:
        w = re.sub(r"'s?$", "", w)   # "Kesmaria's army" is Kesmaria's, as "Kesmarian troops" are
        if w[:1].isupper() and re.search(r"(?:ian|ean|ese|ish|ic|ia)$", w) and w.lower() not in _GENERIC and len(w) > 5:
            return country_key(w), w
    # a named group: a proper name with what kind of actor it is ("Azov militants", "the Azov
    # Battalion"), or an acronym ("ISIS"); a capitalised common word ("All", "Evidence") is none
    m = re.search(r"(?<![\w-])([A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*\s+(?i:" + _GROUP_NOUNS + r")\b", text)
    if m and m.group(1).lower() not in _GENERIC:
        return N.name_key(m.group(1)), m.group(1)
    acr = [w for w in words if re.fullmatch(r"[A-Z]{3,6}", w) and w.lower() not in _GENERIC]
    if acr:
        return N.name_key(acr[0]), acr[0]
    return None


# ------------------------------------------------------------------------------ acts, agents
#: Verbs of an act whose doer is the disputed "who": struck, blew up, carried out, was behind, seized
#: a ship, hacked a system, kidnapped a person (with the base form a negation takes: "did not fire",
#: "did not kill"). Not "captured" or "boarded": the capture of the hijackers and boarding as
#: passengers are other acts than a seizure, with other doers.
_ACT_VERB = (r"(?:carr(?:ied|y|ies|ying) out|conduct(?:ed|s|ing)?|launch(?:ed|es|ing)?|fir(?:e|ed|es|ing)(?! \w+ing| missions)|shell(?:ed|s|ing)?|"
             r"bomb(?:ed|s|ing)?|struck|strik(?:e|es|ing)|hit|hits|attack(?:ed|s|ing)?|blew (?:\w+ )?up|blown (?:\w+ )?up|blowing (?:\w+ )?up|"
             r"blow (?:\w+ )?up|(?:internally )?detonat(?:ed|es|ing)|destroy(?:ed|s|ing)?|sabotag(?:ed|es|ing)|mined|planted|set off|"
             r"kill(?:ed|s|ing)?|shoot(?:s|ing)?|shot|execut(?:e|ed|es|ing)|murder(?:ed|s|ing)?|committed|took part|take part|taking part|participated|directed|targeted|"
             r"seiz(?:e|ed|es|ing)|hijack(?:ed|s|ing)?|hack(?:ed|s|ing)?|abduct(?:ed|s|ing)?|"
             r"kidnap(?:ped|s|ping)?|storm(?:ed|ing)|raid(?:ed|ing)|torch(?:ed|ing)|set fire to|sank|sunk|"
             r"(?:was|were|is|are|be|been) behind|(?:was|were|is|are|be|been) (?:\w+ ){0,2}involved|(?:was|were|is|are) responsible|"
             r"had (?:any |no )?(?:firing |combat )?(?:missions|troops|units|forces|soldiers))")
#: Acts of taking whose object may be people: when it is a side's people ("seized the Ostrelan
#: pirates"), the taker is not the doer of the act those people did.
_TAKE_VERB = re.compile(r"(?:seiz|hijack|abduct|kidnap)", re.I)
_PEOPLE_TAKEN = re.compile(r"\s+(?:the\s+|some\s+|\d+\s+|[a-z]+\s+)?(?:[A-Z][\w'-]*\s+){0,2}" + _ACTOR_NOUNS + r"\b")
#: Nouns of such an act: "the Russian airstrike", "an attack by Russian forces".
_ACT_NOUN = (r"(?:air ?strikes?|strikes?|attacks?|shelling|bombing|bombardment|explosions?|blasts?|sabotage|involvement|plot|"
             r"responsibility|provocation|operation|aggression|missile attack|rocket attack|efforts)")
#: "hit by a Kesmarian air-defence missile": whose weapon, not who acted (what hit is its own point).
_WEAPON_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:missiles?|rockets?|drones?|shells?|bombs?|interceptors?|jets?|aircraft|"
                           r"warheads?|munitions?|systems?)\b", re.I)
#: Modality that makes an act a conjecture, in the act's own clause ("may" only in lower case:
#: "on 2 May" is a month, not a conjecture).
_HEDGE = re.compile(r"\b(?:might|(?-i:may)|could|possibly|perhaps|probably|likely|allegedly|potentially|suspected)\b", re.I)
_HEDGE_BEFORE = re.compile(r"\b(?:possible|possibly|potential|alleged|suspected|perhaps|whether)\s+(?:\w+\s+){0,1}$", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|n't|neither|nor|without|nothing)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:.!?]|,\s+(?:and|but|while|which|who|whereas)\b|\b(?:but|while|whereas|although|however)\b", re.I)
#: The claim calls what it reports false: the reported part counts as denied.
_CALLED_FALSE = re.compile(r"\b(?:untrue|false|fiction|fake|nonsense|ridiculous|absurd|lies?|lying|fabricat\w+|baseless|"
                           r"groundless|provocation|rejected|rejects|dismissed|dismisses|denied|denies|deny|refuted)\b", re.I)
_REPORTED = re.compile(r"\b(?:allegations?|accusations?|claims?|reports?|suggestions?|rumou?rs?|statements?)\b"
                       r"(?:\s+(?:by|from|of)\s+[^.;]{0,60}?)?\s+(?:that|of)\b", re.I)
#: A party phrase: an optional determiner or adjectives, a capitalised name (or "the West"), then
#: what kind of actor it is ("Russian armed forces", "Ukraine's neo-Nazi Azov Battalion").
_PARTY = re.compile(
    r"(?:(?<=\s)|^|(?<=[\"“‘(]))(?P<party>(?:(?:the|a|an|twin|two|several|some)\s+)?"
    r"(?:(?!(?:that|which|who|whom|and|or|but|of|by|to|in|on|at|for|with|from|as|is|was|were|are|had|has|have|not)\b)[a-z-]+\s+){0,2}?"
    r"(?:pro-[A-Z][\w]+|[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3})"
    r"(?:'s|’s|')?(?:\s+(?:[\w-]+\s+){0,2}" + _ACTOR_NOUNS + r")?)(?![\w'’-])")
#: Acts that say a party had a share in it, which leaves room for others: "took part in", "was
#: involved in", "was behind", "directed", "a plot by". "British personnel took part" and "a pro-Ukrainian group
#: was behind it" can both hold; "Russia struck it" and "Ukraine blew it up" cannot.
_JOINT_ACT = re.compile(r"(?:took|take|taking) part|participated|involve(?:d|ment)|behind|directed|plot", re.I)
#: Wrongdoing in the plural is a pattern of conduct, not the one act a happening is about: "the
#: violations committed by Russia" says nothing of who struck the theatre.
_CONDUCT = r"(?:violations|crimes|abuses|atrocities|offen[cs]es|war crimes)"
#: A craft that drops or fires from the air: "a Russian jet", "an airplane", "a bomber".
_AIRCRAFT = r"(?:jets?|aircraft|planes?|airplanes?|warplanes?|bombers?|helicopters?)"
_IN_PASSING = re.compile(r"\b(?:in|after|during|since|following|amid|before|from|since)\s+(?:the\s+|a\s+|an\s+|last\s+)?(?:\w+\s+)?$", re.I)
_A_FEW_OF = re.compile(r"(?:a\s+)?(?:handful|group|number|team|couple|few|dozens?|several|some|two|three|four|five|six)\s+of\s+", re.I)
#: "it did not launch …", and after a reported statement's lead: "(denied) the claim that it had targeted …".
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:the|a|any)\s+(?:claims?|reports?|allegations?|accusations?|suggestions?)\s+that\s+)?"
                              r"(?P<pro>it|its (?:forces|troops|army|military|aircraft|jets)|we|our (?:forces|troops|army|military))\b", re.I)


#: A person by name (two or more capitalised words) or by a role a person has, as the doer of an
#: act against people, in the active voice with its object after it ("the pilot killed the two
#: crew members"; not "the man killed in the car park", a passive).
#: Only acts done to people that a person does with their hands (not "attacked", which a
#: president does to a decision). Only roles that single out one person of the story: "the gunman", "the attacker", "a soldier"
#: name nobody, and may belong to any side named elsewhere.
_PERSON = (r"(?:[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){1,2}|the\s+(?:pilot|co-pilot|driver|guard|defector|bodyguard|"
           r"captain|navigator))")
_PERSON_ACT = re.compile(r"(?<![\w'-])(?P<who>" + _PERSON + r")(?P<gap>(?:\s+(?:had|has|did|does|not|never|n't|allegedly|then|"
                         r"also|personally))*)\s+(?P<act>killed|kill|shot|shoot|murdered|murder|executed|execute|stabbed|"
                         r"strangled|poisoned|abducted|kidnapped)\s+(?=(?:the|a|an|his|her|their|its|two|three|"
                         r"both|all|one|\d|[A-Z]))")
_BY_PERSON = re.compile(r"\b(?:killed|shot|murdered|executed|stabbed|strangled|poisoned|abducted|kidnapped)"
                        r"(?P<gap>(?:\s+[\w'-]+){0,2}?)\s+by\s+(?P<who>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){1,2})\b")


#: A speaker that is a side's armed forces or government ("Kesmaria's army", "the Dravanian defence
#: ministry"): "it"/"we" in its claims is that side.
_SIDE_ORGAN = re.compile(r"\b(?:army|armed forces|forces|military|government|ministry|navy|air force|general staff|command)\b", re.I)


def speaker_side(speaker: str | None) -> str | None:
    """The side a speaker speaks for when it is a side's organ (:data:`_SIDE_ORGAN`), else None."""
    if not speaker or not _SIDE_ORGAN.search(speaker):
        return None
    found = party_of(speaker)
    return found[0] if found and not found[0].startswith("pro:") else None


@dataclass(frozen=True)
class SlotValue:
    slot: str         # "agent", "place", "count:<what>"
    value: str        # compared across claims: a party key, a place description, "lo-hi"
    label: str        # readable value: "Russia", "Poltava", "12"
    asserted: bool    # False: the claim denies it
    text: str         # the words it came from
    place: object = None   # for a "place" slot: the gazetteer's Place
    group: str | None = None   # for an "agent": the named group inside the party ("azov" of "Ukraine's Azov Battalion")
    joint: bool = False   # for an "agent": a share in the act ("took part", "was involved", "was behind"), not its sole doer
    people: bool = False   # for an "agent": the nation's adjective on the act ("Ukrainian involvement"): its people, any group of them
    only: bool = False   # for "held:<weapon>": only this party has it ("used only by …")
    presupposed: bool = False   # named in passing ("600 died in the Russian airstrike"): a position, not the fact asserted
    basis: str = "act"   # for an "agent": what the claim states of it — "act" (did it), "responsibility" (is to blame for
    #                      it), "presence" (had no troops, units or missions there), "territory" (launched from ground it
    #                      holds): one side told, several facts


def _gap_negated(gap: str) -> bool:
    return bool(_NEGATION.search(gap))


def _polarity(text: str, start: int, end: int, gap: str, denied: bool) -> bool | None:
    """True: the claim asserts the agent and act at [start, end); False: it denies them; None: it
    only reports them (inside someone else's statement it does not call false)."""
    before = text[max(0, start - 120): start]
    neg = _gap_negated(gap) or _gap_negated(text[start:end]) or bool(re.search(r"\b(?:no|not|never|nor|neither)\s+(?:\w+\s+){0,2}$", before, re.I))
    reported = _REPORTED.search(before)
    if reported and not _CLAUSE_BREAK.search(before[reported.end():]):
        if _CALLED_FALSE.search(text) or denied:
            return neg   # what it calls false is denied (and a denied negation asserted), possible or not
        return None
    if denied:
        return neg   # the cue denies it ("denied that Russia was involved")
    if _HEDGE.search(gap) or _HEDGE.search(text[start:end]) or _HEDGE_BEFORE.search(before):
        return None   # "might have been to blame", "possibly behind": a conjecture asserts nothing
    return not neg


def _basis(act: str) -> str:
    """What a claim states of its agent, from the words of the act (:attr:`SlotValue.basis`)."""
    if re.search(r"(?i)\b(?:claim|took|take|taking|admit|accept)\w*\s+(?:\w+\s+)?responsib", act):
        return "act"   # "the group claimed responsibility": the doer's own word that it did it
    if re.search(r"(?i)\bresponsib", act):
        return "responsibility"
    if re.search(r"(?i)\b(?:controlled|held|occupied)(?:\s+by)?$", act.strip()):
        return "territory"   # "launched from the territory controlled by X": where from, told by who holds it
    if re.match(r"(?i)had\b", act):
        return "presence"
    return "act"


def agents(text: str, cue: str | None = None, stance: str | None = None, speaker_party: str | None = None) -> list[SlotValue]:
    """Who the claim says did (or did not do) the act it is about."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(re.sub(r"[\"“”]", "", text.replace("’", "'")).split())
    # "an attack by russian forces": a country's adjective written in lower case is still the country
    t = re.sub(r"\b[a-z]{4,}\b", lambda m: m.group().capitalize() if C.known(m.group().capitalize()) else m.group(), t)
    denied = stance == "denies"
    out: list[SlotValue] = []
    seen: set[tuple[str, bool]] = set()

    def add(party: tuple | None, asserted: bool | None, words: str, act: str = "", people: bool = False,
            presupposed: bool = False) -> None:
        basis = _basis(act)
        if party is None or asserted is None or (party[0], asserted) in seen or (basis == "presence" and asserted):
            return   # (a side's troops somewhere are no sign of who did it; their absence is)
        seen.add((party[0], asserted))
        out.append(SlotValue("agent", party[0], party[1], asserted, words.strip(), group=party[2] if len(party) > 2 else None,
                             joint=bool(_JOINT_ACT.search(act)), people=people, presupposed=presupposed, basis=basis))

    # "accused X of ...", "blamed X for ...": the content starts with the accused
    if cue and re.match(r"(?i)(?:accus|blam|charg)", cue):
        m = re.match(r"\W*(.{2,80}?)\s+(?:of|for)\b", t)
        if m:
            add(party_of(m.group(1)), not denied, m.group(0))
    # "... by X": the act done by a party ("carried out by Russian troops", "sabotage by Ukraine")
    for m in re.finditer(r"\b(?:" + _ACT_VERB + r"|" + _ACT_NOUN + r")\b(?P<gap>(?:\s+[\w'-]+){0,4}?)\s+by\s+(?P<rest>.{2,80})", t, re.I):
        if _CLAUSE_BREAK.search(m.group("gap")) or re.search(r"\b" + _CONDUCT + r"\s+$", t[max(0, m.start() - 30): m.start()], re.I):
            continue
        # "by a handful of senior Dravanian officers": the party after the quantity
        few = _A_FEW_OF.match(m.group("rest"))
        rest = m.group("rest")[few.end():] if few else m.group("rest")
        p = _PARTY.match(rest)
        # "by Russian troops with a ballistic missile": troops are who, whatever they used
        if p and not (_WEAPON_AFTER.match(rest[p.end():]) and not re.search(_ACTOR_NOUNS + r"$", p.group("party"), re.I)):
            end = m.start("rest") + (few.end() if few else 0) + p.end()
            add(party_of(p.group("party")), _polarity(t, m.start(), m.start("rest"), m.group("gap"), denied),
                t[m.start(): end], t[m.start(): m.start("rest")])
    # "X (had) (not) <act>": the party as the subject of the act
    for p in _PARTY.finditer(t):
        after = t[p.end(): p.end() + 90]
        m = re.match(r"(?P<gap>(?:\s+(?:had|has|have|was|were|is|are|did|does|do|could|would|might|may|must|should|will|"
                     r"not|never|no|n't|absolutely|purposefully|deliberately|allegedly|also|then|already|all|themselves|itself|"
                     r"\"|'|\w+ly)){0,5})\s*\"?(?P<act>" + _ACT_VERB + r")\b", after, re.I)
        if m and not _CLAUSE_BREAK.search(m.group("gap")):
            if re.search(r"\b(?:was|were|is|are|been|be|being)\b", m.group("gap"), re.I):
                continue   # "Russia's Kherson region was destroyed": the subject of a passive is what was hit
            if re.match(r"\s+(?:\w+\s+){0,2}" + _CONDUCT + r"\b", after[m.end():], re.I):
                continue   # "Russia committed war crimes": a pattern of conduct, not the act
            if _TAKE_VERB.match(m.group("act")) and _PEOPLE_TAKEN.match(after[m.end():]):
                continue   # "marines seized the pirates": people taken is another act than the ship taken
            add(party_of(p.group("party")), _polarity(t, p.start(), p.end() + m.end(), m.group("gap"), denied),
                p.group("party") + after[: m.end()], m.group("act"))
    # "the Russian airstrike", "Ukrainian involvement", "the Kyiv regime's attack"
    # (an actor noun between may carry the possessive: "the Kesmarian army's shelling")
    for m in re.finditer(r"(?P<party>(?:pro-)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:'s)?)\s+(?:(?:[a-z-]+\s+){0,2}|(?:[a-z-]+\s+){0,1}"
                         + _ACTOR_NOUNS + r"'s?\s+)?(?P<act>" + _ACT_NOUN + r")\b", t):
        party = party_of(m.group("party"))
        if party is None:
            continue
        tail = _CLAUSE_BREAK.split(t[m.end(): m.end() + 80])[0]
        if _HEDGE.search(tail) and not denied:
            continue   # "Russian efforts … might have been to blame"
        # "Ukrainian involvement": the nation's adjective alone, not its state ("Kyiv", "Ukraine's army")
        people = bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ish|ese|ic|i)", m.group("party"))) and party_name(party[0]) != m.group("party")
        # "died in the Russian airstrike": the act named after a preposition is taken as known, not asserted
        presupposed = bool(_IN_PASSING.search(t[max(0, m.start() - 30): m.start()]))
        # "Varnia denied any involvement", "Varnia had no involvement": the party's own denial of its share
        between = t[m.end("party"): m.start("act")]
        if re.search(r"\b(?:denie[sd]|deny|denying|rejected|rejects|dismissed|no|not|never)\b", between, re.I):
            # (under a denial of it, "rejected claims that Varnia had no involvement", the share stands)
            add(party, bool(denied), m.group(0), m.group(0), people, presupposed)
            continue
        add(party, _polarity(t, m.start(), m.end(), "", denied), m.group(0), m.group(0), people, presupposed)
    # "bombs dropped from a Russian jet", "missiles fired from a Dravanian warship": the craft's side did it
    # (not "hit by a Kesmarian air-defence missile": a missile is whose weapon, not who struck)
    for m in re.finditer(r"\b(?:dropped|fired|launched)\s+from\s+(?:a|an|the)\s+(?P<party>[A-Z][\w'-]+)\s+(?:[\w-]+\s+)?"
                         r"(?:" + _AIRCRAFT + r"|warships?|ships?|submarines?)\b", t):
        add(party_of(m.group("party")), _polarity(t, m.start(), m.end(), "", denied), m.group(0), "dropped")
    # "the involvement of a pro-Ukrainian group", "the role of Dravanian divers": a share in the act
    for m in re.finditer(r"\b(?:involvement|participation|role|hand)\s+of\s+(?P<rest>.{2,80})", t, re.I):
        p = _PARTY.match(m.group("rest"))
        if p:
            add(party_of(p.group("party")), _polarity(t, m.start(), m.start("rest") + p.end(), "", denied),
                t[m.start(): m.start("rest") + p.end()], "involvement")
    # "responsibility lies with X", "X should bear (full) responsibility"
    for m in re.finditer(r"\bresponsib\w+\s+(?:\w+\s+){0,2}(?:lies|rests|lay)\s+with\s+(?P<rest>.{2,60})", t, re.I):
        p = _PARTY.match(m.group("rest"))
        if p:
            add(party_of(p.group("party")), _polarity(t, m.start(), m.end(), "", denied), m.group(0), m.group(0))
    for m in re.finditer(r"(?P<party>[^,;.]{2,50}?)\s+(?:should|must|will|would)?\s*bears?\s+(?:\w+\s+){0,2}responsibility\b", t, re.I):
        p = _PARTY.search(m.group("party"))
        if p:
            add(party_of(p.group("party")), _polarity(t, m.start(), m.end(), "", denied), m.group(0), m.group(0))
    # a person who did it: "the pilot killed the two crew members", "Tomas Vell shot the guards",
    # "the guards were shot by Tomas Vell" — only where no side is named as the doer
    if not out:
        for m in _PERSON_ACT.finditer(t):
            who = m.group("who")
            if party_of(who) is not None or _CLAUSE_BREAK.search(m.group("gap") or ""):
                continue
            role = bool(re.match(r"the\s", who))
            key = N.name_key(re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I))
            if not key:
                continue
            add((f"person:{'role' if role else 'name'}:{key}", who, None), _polarity(t, m.start(), m.end(), m.group("gap") or "", denied), m.group(0))
        for m in _BY_PERSON.finditer(t):
            if party_of(m.group("who")) is None:
                add((f"person:name:{N.name_key(m.group('who'))}", m.group("who"), None),
                    _polarity(t, m.start(), m.end(), m.group("gap") or "", denied), m.group(0))
    # "it did not launch ...", "its forces bombed ...": the speaker's own side
    if speaker_party:
        m = _PRONOUN_SUBJECT.match(t)
        if m:
            after = t[m.end(): m.end() + 80]
            a = re.match(r"(?P<gap>(?:\s+[\w'\"]+){0,4}?)\s*\"?(?P<act>" + _ACT_VERB + r")\b", after, re.I)
            # "it was blown up by …": the pronoun of a passive is what was hit, not the speaker's side
            passive = a is not None and bool(re.search(r"\b(?:was|were|is|are|been|be|being)\b", a.group("gap"), re.I))
            if a and not _CLAUSE_BREAK.search(a.group("gap")) and not passive:
                add((speaker_party, party_name(speaker_party), None),
                    _polarity(t, m.start("pro"), m.end() + a.end(), a.group("gap"), denied), t[: m.end() + a.end()], a.group("act"))
    return out


# ------------------------------------------------------------------------------------ where
#: Verbs whose place is the disputed "where": where it landed, where it was fired from.
_PLACE_ROLES = {
    "landed": r"(?:landed|land|landing|touched down|came down|crashed|crash-landed)\s+(?:\w+\s+){0,3}?(?:at|in|on|near|outside)",
    "fired from": r"(?:launched|fired|shot)\s+(?:\w+\s+){0,3}?from(?:\s+the\s+(?:town|city|village|territory|area|region) of)?",
    "took place in": r"(?:happened|took place|occurred|was killed|were killed|was found|died)\s+(?:\w+\s+){0,2}?(?:in|at|near)",
}
_PLACE_NAME = re.compile(r"\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*(?:\s+(?:region|oblast|province|air ?base|airfield|airport))?)")


def places(text: str, stance: str | None = None) -> list[SlotValue]:
    """Where the claim says the act happened, by role ("landed at Poltava", "fired from Dobropillya")."""
    text = text[:SLOT_TEXT_CHARS]
    from .places import local_place, resolve

    t = " ".join(text.replace("’", "'").split())
    out = []
    def place_after(m: re.Match, what: str) -> SlotValue | None:
        """The place named right after the act ``m`` as slot ``place:<what>``, None if none or unsaid."""
        k = _SETTLEMENT_OF.match(t, m.end())
        n = _PLACE_NAME.match(t, k.end() if k else m.end())
        if not n:
            return None
        try:
            place = resolve(n.group("name"))
        except Exception:   # the gazetteer missing is no reason to fail a claim
            place = None
        if place is None and k is not None:
            place = local_place(n.group("name"))   # "the village of Oresk", which no gazetteer lists
        if place is None:
            return None
        pol = _polarity(t, m.start(), n.end(), t[m.start(): m.end()], stance == "denies")
        if pol is None:
            return None
        return SlotValue(f"place:{what}", place.name, f"{what} {n.group('name')}", pol, t[m.start(): n.end()], place)

    if CYRILLIC_LETTER.search(t):
        out.extend(_cyrillic_places(t, stance))
    for role, pat in _PLACE_ROLES.items():
        for m in re.finditer(r"\b" + pat, t, re.I):
            if (value := place_after(m, role)) is not None:
                out.append(value)
    # any other act with its place ("docked in Marseille", "was arrested at Lyon airport"): a point of
    # its own per verb, so that only two claims telling where the same thing was done are compared
    for m in _PLACE_OF_ACT.finditer(t):
        verb = m.group("verb").lower()
        if verb in _NOT_PLACE_ACTS or any(v.text.startswith(t[m.start(): m.start() + len(verb)]) for v in out):
            continue
        if not _ONE_DOER.search(t[max(0, m.start() - 80): m.start()]):
            continue   # "residents were evacuated in X", "troops shelled villages in Y": many, in many places
        value = place_after(m, verb)
        if value is not None and not any(v.slot == value.slot for v in out):
            out.append(value)
    return out


#: Any Russian or Ukrainian letter: the Cyrillic readers run only on text that has one.
CYRILLIC_LETTER = re.compile(r"[а-яіїєґ]", re.I)
#: A Russian or Ukrainian preposition of place and the name after it, capitalised, one or two words ("в Харькове",
#: "у Харкові", "поблизу Полтави", "под Тверью", "у берегов Сочи", "біля берегів Одеси").
_CYR_PLACE = re.compile(r"(?<![\w-])(?:в|во|у|под|під|возле|около|близ|вблизи|поблизу|біля|неподалік від|недалеко от|"
                        r"у берегов|у берега|біля берегів|біля берега|на околице|на околиці|в районе|в районі|над)\s+"
                        r"(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)?)(?![\w-])")
#: The act whose place a Cyrillic claim names, from its clause before the place (a kind of relations.acts_of:
#: "зійшов з рейок поблизу Полтави" and "сошел с рельсов под Полтавой" are one act at one place); the slot is
#: ``place:<kind>``, so that only where one kind of act was done is compared.
_CYR_CLAUSE_BREAK = re.compile(r"[;:.!?]|,\s*(?:а|но|але|однак|однако|тогда как|тоді як)\s|(?<![\w-])(?:а|но|але)\s")


#: A verb of taking or going somewhere: "в"/"до" after it names a destination, not the place of the act.
_CYR_MOTION = re.compile(r"(?<![\w-])(?:достав\w*|доправ\w*|перевез\w*|перевоз\w*|перевел\w*|перевед\w*|перевод\w*|"
                         r"перевіз\w*|вывез\w*|вывоз\w*|вивез\w*|вивіз\w*|вивоз\w*|привез\w*|привіз\w*|отправ\w*|"
                         r"відправ\w*|направ\w*|этапир\w*|етапов\w*|госпитализ\w*|госпіталіз\w*|"
                         r"переправ\w*|увез\w*|повез\w*|прибу\w*|прибы\w*|приїха\w*|приеха\w*|верну\w*|"
                         r"поверну\w*)(?![\w-])", re.I)


def _cyrillic_places(t: str, stance: str | None = None) -> list[SlotValue]:
    """Where a Russian or Ukrainian claim says its act was done: a city of the gazetteer named in any case
    (its nominative read by the morphology, then romanised), as slot ``place:<kind of act>`` — only where the
    clause before it tells exactly one kind of act, and "не" before the act denies it there."""
    from ..extract.cyrillic.nominative import head_nominative   # extract comes before link
    from .places import resolve
    from .relations.frames import acts_of
    from .translit import to_latin

    language = "uk" if re.search(r"[іїєґ]", t, re.I) else "ru"
    out: list[SlotValue] = []
    for m in _CYR_PLACE.finditer(t):
        start = max(0, m.start() - 90)
        breaks = list(_CYR_CLAUSE_BREAK.finditer(t, start, m.start()))
        clause = t[breaks[-1].end() if breaks else start: m.start()]
        kinds = acts_of(clause)
        if len(kinds) != 1:
            continue
        prep = m.group().split()[0].lower()
        if prep == "у" and language == "ru":
            continue   # Russian "у" + genitive is at someone's ("у Ивана Петрова"), not in a city (review cyrlink14 M6)
        if _CYR_MOTION.search(clause):
            continue   # "доставлен в Киев", "перевезли в Харьков": where to, not where the act was (review M7)
        words = m.group("name").split()
        try:
            nominative = head_nominative(language, words)
            # (a name of two words is looked up whole, never by its first word: "Ивана Петрова" is no "Иван")
            place = resolve(to_latin(" ".join(nominative)))
        except Exception:   # the gazetteer or the morphology missing is no reason to fail a claim
            place = None
        if place is not None and prep in ("в", "во", "у") and (
                [w.lower() for w in nominative] == [w.lower() for w in words] or re.search(r"[ую]$", words[-1])):
            # "в Полтаву", "в Харьков": a name in the accusative (or as written) after "в" is where to (review M7)
            place = None
        if place is None or place.kind != "city":
            continue
        (kind,) = kinds
        denied = bool(re.search(r"(?<![\w-])(?:не|ні|нет|ни)\s+(?:[\w'’-]+\s+){0,3}$", clause[-60:], re.I))
        asserted = not denied if stance != "denies" else denied
        slot = f"place:{kind}"
        if not any(v.slot == slot for v in out):
            out.append(SlotValue(slot, place.name, m.group("name"), asserted, t[m.start(): m.end()], place))
    return out


#: The kinds of settlement named before a name ("the village of Oresk").
_SETTLEMENT_KIND = r"(?:village|town|city|port|island|hamlet|settlement|township)"
#: A settlement named by its kind before its name ("the village of Oresk", "the port of Kessa"): a place even where
#: the gazetteer does not list it, so that two such named apart are two places (see :func:`.places.local_place`).
_SETTLEMENT_OF = re.compile(r"\s+(?:the\s+)?" + _SETTLEMENT_KIND + r"\s+of(?=\s+[A-Z])")
#: A verb in the past with the place it was done at: "docked in", "was arrested at", "exploded near".
_PLACE_OF_ACT = re.compile(r"\b(?P<verb>[a-z]{3,}ed|[a-z]+ught|held|met|fled|hit|struck|shot|sank|began|broke out)"
                           r"\s+(?:\w+\s+){0,2}?(?:in|at|near|outside|off)"
                           r"(?=\s+(?:the\s+)?(?:" + _SETTLEMENT_KIND + r"\s+of\s+)?[A-Z])")
#: The subject of such a verb is one thing or one person ("the freighter docked", "Orlov was
#: arrested"), which is at one place at a time: a plural subject may act in several places.
_ONE_DOER = re.compile(r"(?:(?<!of )\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?P<head>(?!(?:were|are|was|is|been|be|had|has|have)\b)(?:[a-z][\w-]*(?<!s)|[a-z][\w-]*ss))"
                       r"|(?<![\w-])[A-Z][\w'-]+)\s+(?:(?:was|had been|has been|had|has|is)\s+)?$")
#: Verbs whose place is not where the act was done (who said it where, where someone lives or comes from).
_NOT_PLACE_ACTS = frozenset({"said", "reported", "stated", "announced", "published", "quoted", "interviewed", "based",
                             "located", "born", "raised", "registered", "stationed", "headquartered", "interested",
                             "involved", "used", "named", "called", "posted", "aired", "printed", "released", "issued"})


# ------------------------------------------------------------------------------------- when
#: A day that dates a count or a state, not an act: "as of 3 March", "by 10 July", "until", the end of a span a count
#: was taken over ("410 mm of rain in the 72 hours to Tuesday morning", "in the week to Sunday") (not "since": "held
#: since 4 May" dates the start of a state, i.e. the act).
_AS_OF = re.compile(r"\b(?:as of|as at|by|until|till|through|up to|(?:hours|days|weeks|months|week|month|year)\s+to)\s+(?:the\s+)?$",
                    re.I)


def days(text: str, stance: str | None = None, ref: date | None = None) -> list[SlotValue]:
    """The day the claim gives for its act, when it gives exactly one ("on 9 August", "August 23"):
    compared as month and day (and year when both give it), so it needs no reference date. With
    the page's date ``ref``, a day told relative to it ("on Tuesday", "yesterday") is that day."""
    text = text[:SLOT_TEXT_CHARS]
    from .when import dates_in, day_expressions

    found = day_expressions(text) or _cyrillic_days(text)
    if not found and ref is not None:
        # only when nothing in the claim names its day with its month: one day and no wider span
        # ("last week" and "on Tuesday" in one claim do not say which is the act's)
        told = dates_in(text, ref)
        if len(told) == 1 and told[0].first == told[0].last:
            w = told[0]
            if _AS_OF.search(text[max(0, w.start - 14): w.start] + " "):   # (a weekday's match may open on its space)
                return []   # "the toll stood at 12 by Tuesday": when the count stands, not when it happened
            # a denial's day ("did not conduct any strikes on Sunday") is the day of the act it
            # denies: it disputes whether, not when
            pol = _polarity(text, w.start, w.start, "", stance == "denies")
            if pol is not True or re.search(r"\b(?:not|never|no|nor|den(?:y|ies|ied))\b|n[’']t\b", text[:w.start], re.I):
                return []
            words = re.sub(r"^(?:early |late )?on\s+", "", w.text, flags=re.I)   # "on Tuesday" is told "on Tuesday"
            return [SlotValue("day", w.first.isoformat(), words, True, w.text)]
    if len(found) != 1:
        return []   # a claim that names two days (the act and its report) does not say which is the act's
    (year, month, day, words, start, end), = found
    if _AS_OF.search(text[max(0, start - 14): start]):
        return []   # "14 dead as of 3 April": the day a count stands at, not the day of the act
    pol = _polarity(text, start, start, "", stance == "denies")   # the date's own words neither deny nor hedge
    if pol is None:
        return []
    value = f"{year or ''}-{month:02d}-{day:02d}"
    return [SlotValue("day", value, words, pol, words)]


def _cyrillic_month_names() -> dict[str, int]:
    from ..extract.dates import MONTHS   # extract comes before link

    # the genitive a day is written with ("19 ноября", "17 листопада", "3 мая"), not an abbreviation ("лист")
    return {w: n for w, n in MONTHS.items() if re.search(r"[а-яіїє]", w) and re.search(r"(?:я|а|ого)$", w) and len(w) >= 3}


_CYR_MONTH_NAMES = _cyrillic_month_names()
#: A day with its month in Russian or Ukrainian ("19 ноября", "17-го листопада", "3 февраля 2026 года").
_CYR_DAY = re.compile(r"(?<![\w-])(?P<day>[0-3]?\d)(?:-?го)?\s+(?P<mon>" + "|".join(sorted(_CYR_MONTH_NAMES, key=len, reverse=True))
                      + r")(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w-])", re.I)
#: A day a count stands at or a report is dated ("по состоянию на 3 ноября", "станом на ранок 3 листопада"),
#: or a day denied ("не 19 ноября"): no day of the act.
_CYR_NOT_ACT_DAY = re.compile(r"(?:по состоянию на|станом на|на утро|на ранок|на вечер|на вечір|до|к|по|не)\s+(?:\w+\s+)?$", re.I)


def _cyrillic_days(text: str) -> list[tuple[int | None, int, int, str, int, int]]:
    """(year or None, month, day, words, start, end) of every day written with its month in Russian or
    Ukrainian, as :func:`.when.day_expressions` gives them for English; a day a count stands at, a
    deadline or a day denied is left out."""
    out = []
    for m in _CYR_DAY.finditer(text):
        if _CYR_NOT_ACT_DAY.search(text[max(0, m.start() - 30): m.start()]):
            continue
        month, day = _CYR_MONTH_NAMES[m.group("mon").lower()], int(m.group("day"))
        try:
            date(2000, month, day)
        except ValueError:
            continue
        out.append((int(m.group("year")) if m.group("year") else None, month, day, m.group(), m.start(), m.end()))
    return out


# ---------------------------------------------------------------------------------- means
#: A strike from the air, however told: "an airstrike", "an air raid", "bombs dropped from a jet", "a bomb
#: was dropped on the building from an airplane", "aerial bombs".
#: (not the warning of one: "an air raid siren", "the air raid shelter"; not "the bomb squad released the road")
_FROM_THE_AIR = re.compile(r"\b(?:air ?strikes?|air raids?(?! (?:sirens?|alerts?|alarms?|warnings?|shelters?)\b)|"
                           r"aerial (?:bombs?|bombing|bombardment|attacks?)|"
                           r"(?:bombs?|munitions?) (?!squads?\b|disposal\b)(?:\w+ ){0,6}?dropped|dropped (?:\w+ ){0,4}?from (?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){0,2}?" + _AIRCRAFT + r")\b", re.I)


def means(text: str, stance: str | None = None) -> list[SlotValue]:
    """How the act was done, where the claim says it came from the air (one strike told as "an
    airstrike" and as "a bomb dropped from an aircraft"). Other means are not compared: a missile
    and an airstrike may be one strike."""
    t = " ".join(text[:SLOT_TEXT_CHARS].replace("’", "'").split())
    m = _FROM_THE_AIR.search(t)
    if not m:
        return []
    pol = _polarity(t, m.start(), m.end(), "", stance == "denies")
    # "600 died in the Russian airstrike": named in passing, the means is taken as known, not asserted
    presupposed = bool(_IN_PASSING.search(re.sub(r"(?:[A-Z][\w'-]*\s+)+$", "", t[max(0, m.start() - 40): m.start()])))
    return [] if pol is None else [SlotValue("means", "air", "from the air", pol, m.group(0), presupposed=presupposed)]


# ------------------------------------------------------------------------------- identity
#: A weapon named by its model ("an Iskander missile system", "Tochka-U tactical missiles", "the
#: wreckage of the Tochka-U rocket"): what it was that struck is one point of identity.
_WEAPON = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w]*(?:[- ][A-Z0-9][\w]*)?)\s+(?:tactical\s+|ballistic\s+|cruise\s+|guided\s+)?"
                     r"(?:missile|rocket)s?\b(?:\s+system)?")

#: A weapon named as what a side holds, not as what was used: "the army had a Tochka-U system",
#: "neither of them has Tochka-U missiles in service", "the system is not operational in …".
_HELD_BEFORE = re.compile(r"\b(?:ha(?:ve|s|d)|possess(?:es|ed)?|own(?:s|ed)?)\s+(?:(?:a|an|the|any|no|its|their|some)\s+)?$", re.I)
_HELD_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:in service|operational|in (?:its|their|the) (?:arsenal|inventory)|"
                         r"(?:located|deployed|stationed|stored) (?:in|at|near)|in stock)\b", re.I)


def weapons(text: str, stance: str | None = None) -> list[SlotValue]:
    """Which weapon the claim says was used (by model name)."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(text.replace("’", "'").split())
    out = []
    for m in _WEAPON.finditer(t):
        name = m.group("name")
        if (name.lower() in _GENERIC or name.lower() in {"the", "a", "an", "this", "that", "cruise", "ballistic"} or C.known(name)
                or party_of(name) is not None
                or (not re.search(r"[\d-]", name) and re.search(r"(?:an|ese|ish|ic|i)$", name))):
            continue   # "a Russian missile", "a Dravanian missile": whose, not which
        if _HELD_BEFORE.search(t[max(0, m.start() - 60): m.start()]) or _HELD_AFTER.match(t[m.end(): m.end() + 80]):
            continue   # "had a Tochka-U system located in …", "is not operational": who holds it, not what struck
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        pol = _polarity(t, m.start(), m.end(), "", stance == "denies")
        if pol is None or any(v.value == key for v in out):
            continue
        out.append(SlotValue("weapon", key, name, pol, m.group(0)))
    return out


def _weapon_key(m: re.Match) -> str | None:
    """The model a :data:`_WEAPON` match names ("tochkau"), or None for whose it is ("a Russian missile")."""
    name = m.group("name")
    if (name.lower() in _GENERIC or name.lower() in {"the", "a", "an", "this", "that", "cruise", "ballistic"} or C.known(name)
            or party_of(name) is not None or (not re.search(r"[\d-]", name) and re.search(r"(?:an|ese|ish|ic|i)$", name))):
        return None
    return re.sub(r"[^a-z0-9]", "", name.lower())


#: "X (does not) have/had (no) <weapon>": who holds it, the parties being the subject of its clause.
_HAVE = re.compile(r"\b(?P<neg>(?:do|does|did)(?:\s+not|n't)\s+)?(?:ha(?:ve|s|d)|possess(?:es|ed)?)\s+(?P<det>a|an|any|no|the)?\s*$", re.I)
#: "<weapon> is (not) operational in X", "is (not) in service with X".
_IN_SERVICE = re.compile(r"^[^.;]{0,60}?\b(?:is|are|was|were)\s+(?P<neg>not\s+)?(?:operational|in service)\s+(?:in|with)\s+"
                         r"(?P<rest>[^.;]*?)(?=\s+but\b|[.;]|$)", re.I)
#: "<weapon> … (are) used only by X", "is actively used by X".
_USED_BY = re.compile(r"\b(?P<only1>only\s+)?(?:used|operated|fielded)\s+(?P<only2>only\s+|exclusively\s+)?by\s+(?P<rest>.{2,60})", re.I)
_SUBJECT_CUT = re.compile(r"[;:.!?]|\b(?:that|which|who|but|while|whereas)\b", re.I)


def holdings(text: str, stance: str | None = None) -> list[SlotValue]:
    """Who the claim says has (or has not) a weapon ("the army had a Tochka-U system", "neither
    Dravania nor its allies have Strela-7 missiles in service", "used only by Kesmarian forces"):
    a point of its own ("who has the Tochka-U"), apart from which weapon struck."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(re.sub(r"[\"“”]", "", text.replace("’", "'")).split())
    flip = stance == "denies"
    out: list[SlotValue] = []

    def add(phrase: str, weapon: str, name: str, asserted: bool, words: str, only: bool = False) -> None:
        party = party_of(phrase)
        if party is None or any(v.slot == f"held:{weapon}" and v.value == party[0] for v in out):
            return
        out.append(SlotValue(f"held:{weapon}", party[0], party[1], asserted != flip, words.strip(), group=name, only=only))

    for m in _WEAPON.finditer(t):
        weapon = _weapon_key(m)
        if weapon is None:
            continue
        name = m.group("name")
        have = _HAVE.search(t[max(0, m.start() - 40): m.start()])
        if have:
            before = t[: m.start() - len(t[max(0, m.start() - 40): m.start()]) + have.start()]
            subject = _SUBJECT_CUT.split(before)[-1]
            neg = bool(have.group("neg")) or (have.group("det") or "").lower() == "no" or bool(
                re.search(r"\b(?:neither|nor|no|not|never)\b", subject, re.I))
            for p in _PARTY.finditer(subject):
                add(p.group("party"), weapon, name, not neg, subject.strip() + " " + have.group(0).strip() + " " + name)
        service = _IN_SERVICE.match(t[m.end(): m.end() + 300])   # bounded: a hostile claim may name thousands
        if service:
            for p in _PARTY.finditer(service.group("rest")):
                add(p.group("party"), weapon, name, not service.group("neg"), service.group(0))
        used = _USED_BY.search(t[m.end(): m.end() + 160])
        if used:
            p = _PARTY.match(used.group("rest"))
            if p:
                add(p.group("party"), weapon, name, True, used.group(0)[: used.start("rest") - used.start() + p.end()],
                    only=bool(used.group("only1") or used.group("only2")))
    return out


# ------------------------------------------------------------------------------ what caused it
#: What caused an explosion, a fire, a crash: "the explosion was caused by a gas leak", "a bomb
#: caused the explosion", "the fire was started by an electrical fault".
_EFFECT = (r"(?:explosion|blast|fire|blaze|wildfire|crash|collapse|flood(?:ing)?|derailment|outage|blackout|sinking|leak|"
           r"breach|hack|cyber ?attack|failure|spill)")
#: The nouns of an act of harm or failure (:data:`_EFFECT`, a regex alternation), public for the
#: happenings' anchored dates ("two days after the derailment").
EFFECT_NOUNS = _EFFECT
_CAUSE_AFTER = re.compile(r"\b(?P<eff>" + _EFFECT + r")\b(?:\s+[\w-]+){0,6}?\s+(?:was|were|had been|is)\s+(?P<neg>not\s+)?"
                          r"(?:caused|started|triggered|sparked|set off)\s+by\s+(?P<x>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)"
                          r"(?=\s*[.,;]|\s+(?:in|at|on|near|and|after|while|inside|that|which|when)\b|\s*$)", re.I)
_CAUSE_BEFORE = re.compile(r"(?:^|\b(?:that|said|and)\s+)(?P<x>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?P<neg>did not\s+|didn't\s+)?"
                           r"(?:caused?|started|triggered|sparked)\s+the\s+(?:[\w-]+\s+)?(?P<eff>" + _EFFECT + r")\b", re.I)
#: "a storm was behind the outage", "the blackout was due to a storm", "the fire was blamed on a heater":
#: the cause told by what it was to the effect (a party "behind" it is the agent slot's: who did it).
#: The effect word ends its noun phrase: "behind the fire." or "behind the fire in Torvik", never
#: "behind the fire station" or "responsible for the flood defences" (a place, a thing, no effect).
_EFFECT_END = r"(?=\s*[.,;]|\s+(?:in|at|on|near|and|after|while|inside|that|which|when|last|this)\b|\s*$)"
_CAUSE_BEHIND = re.compile(r"(?:^|\b(?:that|said|and)\s+)(?P<x>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                           r"(?:was|were|is|had been)\s+(?P<neg>not\s+)?(?:behind|to blame for|the cause of|responsible for)\s+"
                           r"the\s+(?:[\w-]+\s+)?(?P<eff>" + _EFFECT + r")" + _EFFECT_END, re.I)
#: "due to end on Friday", "due to be published": a schedule, not a cause; a bare verb after "due to"
#: (closed list: the verbs a schedule is told with) names no cause.
_DUE_VERB = (r"(?:be|have|end|finish|start|begin|resume|appear|last|close|open|reopen|run|continue|expire|conclude|arrive|"
             r"report|publish|meet|take|come|go|return|complete|restart|sail|leave|depart|land|hold|sit|vote|rule|"
             r"release|announce|give|hear|decide|stop|remain|stay|visit|travel|face|testify)\b")
_CAUSE_DUE = re.compile(r"\b(?P<eff>" + _EFFECT + r")\b(?:\s+[\w-]+){0,6}?\s+(?:was|were|had been|is)\s+(?P<neg>not\s+)?"
                        r"(?:due to(?!\s+" + _DUE_VERB + r")|blamed on|the result of|a result of)\s+"
                        r"(?P<x>(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)"
                        r"(?=\s*[.,;]|\s+(?:in|at|on|near|and|after|while|inside|that|which|when)\b|\s*$)", re.I)
#: "not caused by the storm alone", "not only by the storm": a denial that it was the only cause, not
#: that it was one; no value for the point.
_NOT_ONLY = re.compile(r"\b(?:not|n't)\s+(?:\w+\s+){0,3}?(?:only|solely|just|merely|entirely|wholly)\b|"
                       r"\b(?:alone|solely|only|entirely)\b", re.I)
_CAUSE_STOP = {"a", "an", "the", "it", "this", "that", "what", "which", "something", "someone", "unknown", "whatever"}


def causes(text: str, stance: str | None = None) -> list[SlotValue]:
    """What the claim says caused an explosion, a fire or a crash, as the stems of the words naming
    it ("gas leak", "leaking gas" -> {"gas", "leak"}): a point per effect (``cause:explosion``,
    "what caused the explosion"), so that what caused a fire is not set against what caused the
    explosion that started it."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(text.replace("’", "'").split())
    out: list[SlotValue] = []
    for rx in (_CAUSE_AFTER, _CAUSE_BEFORE, _CAUSE_BEHIND, _CAUSE_DUE):
        for m in rx.finditer(t):
            words = [w for w in re.findall(r"[a-z][\w-]*", m.group("x").lower()) if w not in _CAUSE_STOP]
            if not words:
                continue
            if rx is _CAUSE_BEHIND and party_of(m.group("x")) is not None:
                continue   # "Dravanian saboteurs were behind the blast": who did it, the agent slot's point
            if (m.group("neg") or re.search(r"\b(?:not|n't|never)\b", m.group(0), re.I)) and _NOT_ONLY.search(
                    m.group(0) + re.split(r"[;,.]", t[m.end(): m.end() + 20], maxsplit=1)[0]):
                continue   # "not caused by the storm alone": the storm is still a cause
            stems = sorted({re.sub(r"(?:ing|ed|s)$", "", w) if len(w) > 5 else w for w in words})
            pol = _polarity(t, m.start(), m.end(), "", stance == "denies")   # "was not caused by", "did not cause"
            if pol is None:
                continue
            effect = _EFFECT_KIND.get(m.group("eff").lower(), m.group("eff").lower())
            if any(v.slot == f"cause:{effect}" for v in out):
                continue
            out.append(SlotValue(f"cause:{effect}", " ".join(stems), m.group("x").strip(), pol, m.group(0).strip()))
    return out


#: One kind of effect under two words: what caused "the blast" is what caused "the explosion".
_EFFECT_KIND = {"blast": "explosion", "blaze": "fire", "flooding": "flood"}


# ----------------------------------------------------------------------------- nature of the act
#: The nature of a harmful happening, by what the claim gives as its cause: an act meant to harm (a strike from
#: outside, sabotage, arson, a cyberattack) or a happening nobody meant (an accident, a technical failure, the
#: weather, neglect). The commonest dispute after a blast, a crash, a derailment, a blackout or a poisoning: "it was
#: shot down" / "it crashed because of engine failure", "sabotage" / "an accident". The kinds are the kinds of cause
#: (words of no event); two claims read as intended and as unintended contradict, two kinds of one nature (a storm,
#: neglect) are left to their words.
NATURE_KINDS: dict[str, tuple[str, str]] = {
    # kind: (intended or unintended, the words that tell it)
    "attack": ("intended", r"missiles?|rockets?|(?:air|drone|missile|rocket|artillery) ?strikes?|air ?raids?|shell(?:ing|s|fire)?|"
                           r"bomb(?:s|ing)?(?! shelters?)|artillery|torpedo(?:es|ed)?|shot down|gunfire|enemy fire|anti-aircraft fire|"
                           # a mine as a weapon only: "died in the mine" is a coal mine, "a bomb shelter" a place
                           r"explosive devices?|land ?mines?|(?:sea|naval|anti-tank|anti-personnel) mines?"),
    "sabotage": ("intended", r"sabotage|saboteurs?|sabotaged|arson|arsonists?|vandal(?:s|ism)|thieves|theft|stolen|"
                             r"deliberate(?:ly)?|intentional(?:ly)?|on purpose|planned act|terrorist attack|terror attack|"
                             r"cyber ?-?attacks?|hackers?|hacking|murder(?:ed)?|assassinat(?:ed|ion)|foul play|"
                             r"(?:was|were) (?:deliberately )?(?:blown|blew) up|dynamited|set (?:on )?fire|set alight"),
    "accident": ("unintended", r"accident(?:al|ally|s)?|mishap|human error|pilot error"),
    "technical": ("unintended", r"engine(?: fire| failure| trouble| fault)?|technical (?:failure|fault|problems?|malfunction)|"
                                r"mechanical (?:failure|fault|problems?)|malfunction(?:ing)?|faulty \w+|electrical fault|"
                                r"short[- ]circuit|equipment failure|broken rail|rail defect|gas leak|leaking gas|"
                                r"wear and tear|metal fatigue|old and badly kept|badly kept|(?:poorly|badly) maintained"),
    "natural": ("unintended", r"(?:heavy |torrential |extreme |monsoon |continuous )*(?:rain|rains|rainfall|downpours?)|flood ?waters?|"
                              r"storms?|high winds?|strong winds?|lightning|earthquake|quake|natural disaster|act of god|"
                              r"bad weather|weather|heatwave|heat wave|drought|heart attack|natural causes"),
    "neglect": ("unintended", r"neglect|negligence|lack of maintenance|poor maintenance|years of neglect|mismanagement"),
    # the usual counter-claim after a strike: what blew up was ammunition kept at the site, not a weapon from outside
    "stored munitions": ("unintended", r"(?:ammunition|explosives|munitions|shells|weapons)(?: (?:that|which) [^.;,]{0,40}?| )"
                                       r"(?:stored|hidden|kept|stockpiled|cached)|(?:stored|hidden|stockpiled) (?:ammunition|explosives|munitions)|"
                                       r"secondary (?:explosions|detonations)"),
}
_NATURE_RES = [(kind, nature, re.compile(r"\b(?:" + rx + r")\b", re.I)) for kind, (nature, rx) in NATURE_KINDS.items()]
#: Where a claim states the cause or the nature of what happened: after a cause's marker ("caused by", "because of",
#: "due to", "after", "the work of", "died of") or as what it was ("it was an accident", "this was deliberate
#: sabotage", "the plane was shot down"). A kind word elsewhere ("missiles" in a count, "rain" in the forecast) is no
#: cause stated.
_NATURE_WORDS = "|".join(rx for _nature, rx in NATURE_KINDS.values())
#: Up to two words before a kind in a predicate ("was a deliberate act", "was an ordinary engine fault"): no verb
#: form and no preposition ("were living under shelling" says where people lived, not what a happening was).
_NATURE_MODIFIERS = (r"(?:(?:a|an|the|only|just|simply|clearly|likely|probably|no|deliberate)\s+)?"
                     r"(?:(?![\w-]+(?:ed|ing)\b|(?:under|in|on|at|by|from|with|after|before|near|of|for|during|amid|without|"
                     r"to|into|over|through|because|due)\b)[\w-]+\s+){0,2}?")
#: The passive of an act of harm or of causing one, whose "by" names what did it ("destroyed by an air strike",
#: "breached by flood water"); not "delayed by bad weather", "hampered by rain" (what slowed a response).
_HARM_PASSIVE = (r"caused|started|triggered|sparked|set off|ignited|brought down|downed|shot down|destroyed|derailed|hit|struck|"
                 r"damaged|breached|killed|sunk|sank|toppled|flooded|blown up|wrecked|knocked out|disabled|torn apart|"
                 r"demolished|levelled|leveled|flattened|burned|burnt")
_NATURE_MARK = re.compile(
    r"\b(?:(?:was|were|is|are|had been|has been|have been)\s+(?P<neg1>not\s+)?(?:" + _HARM_PASSIVE + r")\s+by|(?P<conn>because(?:\s+of)?|due to|owing to|as a result of)|the result of|a result of|blamed on|"
    r"caused by|work of|(?:died|killed|injured|hurt|wounded|perished|destroyed|damaged|sank|sunk|crashed) (?:of|from|in)|"
    r"after(?=\s+(?:[\w-]+\s+){0,6}?(?:" + _NATURE_WORDS + r")\b)|"
    r"(?:was|were|is|are|had been|has been)\s+(?P<neg2>not\s+)?(?=" + _NATURE_MODIFIERS + r"(?:" + _NATURE_WORDS + r")\b)|"
    # the nature ruled out, the way an inquiry or an official says it: "ruled out sabotage", "no sign of foul play"
    r"(?P<deny>rul(?:ed|es|ing) out|(?:found|saw|see|sees|is|was|there (?:is|was|were))\s+no\s+(?:signs?|evidence|indications?|traces?)\s+of)"
    r"\s+(?=(?:any\s+)?(?:" + _NATURE_WORDS + r")\b))",
    re.I)
#: A cause's words end at its clause: "because of the storm, but the fire" is the storm's.
_NATURE_SPAN = 70
#: A connective of cause ("because of", "due to") tells what caused a harm only after the harm: an effect noun and its
#: copula ("the explosion was due to", as :data:`_CAUSE_DUE` reads it) or a verb of harm or failure ("crashed near
#: Lusk because of", "failed because of"); after any other verb it tells why something else happened ("flights were
#: cancelled due to bad weather", "the fire spread because of strong winds", "the school was closed because of the
#: shelling").
_NATURE_CONN_HEAD = re.compile(
    r"(?:\b(?:" + _EFFECT + r")s?\b(?:\s+[\w'-]+){0,6}?\s+(?:was|were|is|had been|has been)(?:\s+(?:not|partly|mainly|largely))?"
    r"|\b(?:" + _HARM_PASSIVE + r"|died|crashed|exploded|collapsed|failed|derailed|capsized|ruptured|burst|caught fire|"
    r"gave way|blew up|went down|broke down)\b(?:\s+[\w'-]+){0,4}?)\s*,?\s*$", re.I)
#: A strike denied in the claim ("it was not a missile", "denied any strike"): where stored munitions going off is the
#: counter-claim to a strike. Told alone ("ammunition stored there exploded") it is the next link of a strike's chain.
_STRIKE_DENIED = re.compile(r"\b(?:no|not|never|n't|denied|denies|deny|denying|rejected|false)\b[^.;:!?]{0,40}?\b(?:"
                            + NATURE_KINDS["attack"][1] + r")\b", re.I)


def natures(text: str, stance: str | None = None) -> list[SlotValue]:
    """The nature the claim gives what happened, read from its stated cause (:data:`NATURE_KINDS`): slot ``nature``,
    value ``<intended|unintended>:<kind>``, ``group`` the effect named just before ("the fire", "the crash") when
    there is one. A kind negated in its clause ("this was not an act of God", "not caused by a missile") is denied."""
    t = " ".join(text[:SLOT_TEXT_CHARS].replace("’", "'").split())
    out: list[SlotValue] = []
    seen: set[tuple[str, bool]] = set()
    for m in _NATURE_MARK.finditer(t):
        span = _CLAUSE_BREAK.split(t[m.end(): m.end() + _NATURE_SPAN])[0]
        found = None
        for kind, nature, rx in _NATURE_RES:
            k = rx.search(span)
            if k and (found is None or (k.start(), -k.end()) < (found[2].start(), -found[2].end())):
                found = (kind, nature, k)
        if found is None:
            continue
        kind, nature, k = found
        if m.group("conn") and not _NATURE_CONN_HEAD.search(t[max(0, m.start() - 80): m.start()]):
            continue   # "cancelled due to", "spread because of": the cause of something other than the harm
        if m.group("deny") and re.search(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$", t[max(0, m.start() - 20): m.start()], re.I):
            continue   # "have not ruled out sabotage": an open question, not a denial
        if kind == "stored munitions" and not (stance == "denies" or _STRIKE_DENIED.search(t)):
            continue   # told without a strike denied: what a strike set off, not a counter-claim to it
        if kind == "technical" and found[2].group(0).lower() == "engine" and not re.search(r"\bengine\s+(?:fire|failure|trouble|fault)", span, re.I):
            continue   # "because the engine …": an engine named, no failure told
        neg = bool(m.group("neg1") or m.group("neg2") or m.group("deny"))
        pol = _polarity(t, m.start(), m.end() + k.end(), "not" if neg else "", stance == "denies")
        if pol is None or (kind == "attack" and not pol):
            continue   # (no strike at all, "no airstrike on the school": whether it happened, where — not what it was)
        if re.match(r"\s*(?:alone|only|solely)\b", span[k.end():], re.I) or re.search(r"\bnot\s+(?:only|just|solely|merely)\s+$", t[max(0, m.start() - 20): m.start()], re.I):
            continue   # "not the rain alone": still a cause, one of several
        eff = re.search(r"\b(?P<eff>" + _EFFECT + r")s?\b(?:\s+[\w'-]+){0,6}?\s*$", t[max(0, m.start() - 60): m.start()], re.I)
        effect = _EFFECT_KIND.get(eff.group("eff").lower(), eff.group("eff").lower()) if eff else None
        if (kind, pol) in seen:
            continue
        seen.add((kind, pol))
        out.append(SlotValue("nature", f"{nature}:{kind}", k.group(0), pol, t[m.start(): m.end() + k.end()].strip(), group=effect))
    if len({v.value.split(":")[0] for v in out if v.asserted}) > 1:
        return []   # one claim telling both natures tells a chain ("a strike set off the stored shells"), no side
    return out


# ------------------------------------------------------------------------ who the person was
#: "the man shot dead in the car park was Maksim Orlov", "the pilot is Ivan Petrov": who a person
#: named by what they are was, by a full name (two or more capitalised words).
_IDENTITY = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?)\s+(?P<head>[a-z][\w-]+)(?P<rest>(?:\s+[\w'-]+){0,8}?)\s+(?:was|is)\s+"
                       r"(?:identified as\s+|named as\s+)?(?:(?:the|a)\s+[a-z][\w-]+\s+)?"
                       r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})\b")


def identities(text: str, stance: str | None = None) -> list[SlotValue]:
    """Who the claim says a person was, by name: slot ``identity:<what they are>`` ("man")."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(text.replace("’", "'").split())
    out: list[SlotValue] = []
    for m in _IDENTITY.finditer(t):
        name = m.group("name")
        if party_of(name) is not None or _CLAUSE_BREAK.search(m.group("rest")):
            continue   # "the strike was Dravanian Army work": a side, read as who did it
        pol = _polarity(t, m.start(), m.end(), "", stance == "denies")
        if pol is None:
            continue
        out.append(SlotValue(f"identity:{m.group('head').lower()}", N.name_key(name), name, pol, m.group(0)))
    return out


# ------------------------------------------------------------------- armed people at the site
#: People under arms, by what they are ("soldiers", "rebel fighters", "armed men"): whether any were at the struck
#: site is a yes-no proposition of its own, the usual dispute after a strike on a school, a market or a clinic (the
#: attacker: troops were quartered there; the site's people: no soldiers were ever there).
_ARMED = (r"(?:soldiers|troops|servicemen|fighters|militants|terrorists|gunmen|combatants|militiamen|insurgents|"
          r"rebels|jihadists|armed\s+men|military\s+personnel|"
          # "military" as a noun only ("the military is in Orlin", "no military here"), not the adjective of "no
          # military solution in", "hosted military parades"
          r"military(?=\s+(?:is|was|were|are|has|had|have|in|inside|at|near|here|there|anywhere|based|stationed|present)\b|\s*[.,;]|\s*$))")
#: Being somewhere, as a verb or participle after the people ("troops quartered in", "fighters were hiding").
_STAY = (r"(?:based|stationed|quartered|housed|hiding|hidden|deployed|positioned|garrisoned|present|gathered|gathering|"
         r"sheltering|sheltered|billeted|holed\s+up|camped|dug\s+in)")
_AT = (r"(?:(?:in|inside|at|near)\b(?!\s+(?:the\s+)?(?:control|charge|command|odds|war|talks|retreat|fault|power|"
       r"the\s+scene|scene|risk|danger|least|first|once|time|position|place)\b)|here\b|there\b|anywhere\b)")
#: "in control of", "at odds with", "in charge of": idioms of being, no place (above). Said of the time after the act
#: ("at the market after the blast", "at the scene within minutes"): a cordon or a rescue, which asserts nothing of
#: the presence disputed before it.
_AFTER_ACT = re.compile(r"\b(?:after|afterwards|later|within|following|since|once|until)\b", re.I)
#: Whose people: a party word before them ("government troops", "rebel fighters", "Marran troops") or the kind of
#: force the noun itself names (insurgents, rebels, militants): two parties' people at one place are two facts.
_IRREGULAR = re.compile(r"\b(?:rebel|insurgent|militant|separatist|jihadist|guerrilla|terrorist)s?\b|\bmilitiamen\b", re.I)
_REGULAR = re.compile(r"\b(?:government|army|state|national|federal|regime|regular)\b", re.I)
_BE = r"(?:were|was|are|is|(?:had|have|has)\s+(?:ever\s+|never\s+|not\s+)?been)\s+(?:(?:ever|never|not|still|already|also|then|all)\s+)?"
_PRESENCE = re.compile(
    # troops (were) stationed in …, fighters were in the market
    r"\b(?P<who>" + _ARMED + r")\s+(?:(?:" + _BE + r")?" + _STAY + r"\b|" + _BE + _AT + r")"
    # no fighters in the town, no military here
    r"|\bno\s+(?:[\w-]+\s+)?(?P<who4>" + _ARMED + r")\s+(?:" + _BE + r"|" + _STAY + r"\s+)?" + _AT +
    # a gathering / deployment point / command post of (Marran) troops
    r"|\b(?:gathering|deployment\s+point|command\s+post|camp|base|hideout|positions?|presence)\s+of\s+(?:(?:any|the|armed|[A-Z][\w-]*)\s+){0,2}"
    r"(?P<who2>" + _ARMED + r")\b"
    # the school had never housed soldiers
    r"|\b(?:housed|hosted|sheltered|harboured|harbored|quartered)\s+(?:any\s+)?(?:[\w-]+\s+)?(?P<who3>" + _ARMED + r")\b"
    # a terrorist (staging) camp
    r"|\b(?:terrorist|militant|rebel|insurgent|jihadist)\s+(?:[\w-]+\s+)?(?:camp|base|hideout|stronghold)\b",
    re.I)
#: After the people: the place they were at, up to a clause break ("in the Korvel school overnight").
_PRESENCE_SITE = re.compile(r"^[^.;:,]{0,60}")


def _presence_party(t: str, m: re.Match[str]) -> set[str]:
    """Whose people the presence match ``m`` names: ``c:regular`` / ``c:irregular`` (the kind of force, from the
    word before the people or the noun itself) and ``p:<name>`` ("Marran troops")."""
    group = next((g for g in ("who", "who2", "who3", "who4") if m.group(g)), None)
    if group is None:   # "a terrorist camp": the kind is in the words matched
        return {"c:irregular"} if _IRREGULAR.search(m.group(0)) else set()
    before = t[max(0, m.start(group) - 30):m.start(group)].split()
    lead = before[-1] if before else ""
    out: set[str] = set()
    if _REGULAR.fullmatch(lead):
        out.add("c:regular")
    elif _IRREGULAR.fullmatch(lead) or _IRREGULAR.fullmatch(m.group(group)):
        out.add("c:irregular")
    if re.fullmatch(r"[A-Z][\w-]+", lead) and lead.lower() not in ("no", "the", "any", "its", "their", "our"):
        out.add("p:" + lead.lower())
    # the speaker's own people ("it had no fighters in", "our troops were") and the enemy's: two parties
    if lead.lower() in ("its", "our", "their", "my") or [w.lower() for w in before[-2:]] in (["had", "no"], ["have", "no"], ["has", "no"]):
        out.add("p:own")
    elif lead.lower() == "enemy":
        out.add("p:enemy")
    return out


def presences(text: str, stance: str | None = None) -> list[SlotValue]:
    """Whether the claim says people under arms were at the site (``presence:armed``, asserted or denied), with the
    site named after it (a structure of :data:`_SITES` or a proper name) as ``group`` to tell two sites apart: "troops
    were stationed in the clinic" / "no soldiers were in the clinic" is one proposition asserted and denied."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(text.replace("’", "'").split())
    for m in _PRESENCE.finditer(t):
        pol = _polarity(t, m.start(), m.end(), "", stance == "denies")
        if pol is None:
            continue
        after = _PRESENCE_SITE.match(t[m.end():])
        where = after.group(0) if after else ""
        if _AFTER_ACT.search(where):
            continue   # there after the act: a cordon, no answer to whether they were there before it
        keys = {"s:" + key for rx, key, _cls in _SITE_RES if rx.search(where)}
        keys |= {"n:" + w.lower() for w in re.findall(r"\b[A-Z][\w-]+", where)}
        keys |= _presence_party(t, m)
        return [SlotValue("presence:armed", "armed", "people under arms", pol, m.group(0).strip(),
                          group=",".join(sorted(keys)) or None)]
    return []


# ---------------------------------------------------------------------------------- what was hit
#: The structures an act is about, with their class: a theatre and a maternity hospital are two
#: targets; an ammunition depot and a hospital named for one strike are the dispute over what it
#: hit (a military and a civilian site at one place: see :func:`distinct_sites`). A ship is no
#: fixed site. A hydroelectric plant or station is its dam.
_SITES = [
    (r"hydro(?:electric)?(?:\s+power)?\s+(?:plant|station)|\bhpp\b|\bdams?\b", "dam", "civil"),
    (r"(?:railway|train|rail|bus)\s+station", "station", "civil"),
    (r"hospitals?|clinic", "hospital", "civil"), (r"theat(?:re|er)s?", "theatre", "civil"),
    (r"schools?|kindergartens?", "school", "civil"),
    (r"markets?|shopping (?:centre|center|mall)|\bmall\b", "market", "civil"), (r"pipelines?", "pipeline", "civil"),
    (r"bridges?", "bridge", "civil"), (r"prisons?|penal colony|detention (?:centre|center)", "prison", "civil"),
    (r"concert hall|city hall", "hall", "civil"), (r"churche?s?|cathedral", "church", "civil"), (r"airports?", "airport", "civil"),
    (r"(?:ammunition|arms|weapons|fuel) (?:depot|store|dump|warehouse)s?|\bdepots?\b", "depot", "military"),
    (r"barracks|military base|air ?base|airfield", "base", "military"), (r"(?:war)?ships?|fleet|vessels?", "ship", "vessel"),
]
_SITE_RES = [(re.compile(r"\b(?:" + pat + r")\b", re.I), key, cls) for pat, key, cls in _SITES]


@lru_cache(maxsize=32768)
def sites(text: str) -> frozenset[tuple[str, str]]:
    """The structures a claim names as what an act struck, as (kind, class): {("theatre", "civil")}
    for "the theatre was blown up", "the bombing of a maternity hospital". A structure named
    otherwise is not what the claim is about ("60 taken to the hospital", "the European market")."""
    text = text[:SLOT_TEXT_CHARS]
    out = set()
    for rx, key, cls in _SITE_RES:
        for m in rx.finditer(text):
            near = text[max(0, m.start() - 60): m.end() + 60]
            if _STRUCK_NEAR.search(near):
                out.add((key, cls))
                break
    return frozenset(out)


_STRUCK_NEAR = re.compile(r"\b(?:" + _ACT_VERB + r"|" + _ACT_NOUN + r"|damaged|hit|collapsed?|burst|breach(?:ed)?)\b", re.I)


def distinct_sites(a: frozenset, b: frozenset) -> bool:
    """Do two claims name different structures, so are about two acts? Not when either names none
    ("it was blown up"), when they share one, or when one names only military sites and the other
    only civilian ones: "an ammunition depot" against "a hospital" is one strike told two ways."""
    if not a or not b or {k for k, _c in a} & {k for k, _c in b}:
        return False
    return {frozenset(c for _k, c in a), frozenset(c for _k, c in b)} != {frozenset({"civil"}), frozenset({"military"})}


# ------------------------------------------------------------------------------ how many
#: Vague quantities as ranges: "half a dozen" is about six, "dozens" 24 to 99.
_VAGUE = [
    (r"half a dozen", 5, 7), (r"a dozen", 11, 13), (r"dozens(?: of)?", 24, 99), (r"scores(?: of)?", 40, 99),
    (r"(?:a few|several) hundred", 200, 500), (r"hundreds(?: of)?", 200, 999), (r"(?:a few|several) thousand", 2000, 5000),
    (r"thousands(?: of)?", 2000, 9999), (r"a couple of", 2, 3), (r"a few", 2, 5), (r"a handful of", 3, 6),
]
#: Things counted in a dispute over "how many" that the casualty slots do not cover.
_COUNTED = r"(?P<what>shots|bullets|rounds|missiles|rockets|drones|bombs|shells|strikes|hits|explosions|blasts|people|civilians|bodies)"


#: A verb of change before "from N to M" ("fell from 50 to 40", "raised their fire from 10 to 40"): M is the figure.
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|dropped|dropping|increased|increasing|decreased|"
                            r"decreasing|grew|grown|climbed|declined|jumped|soared|surged|raised|lowered|reduced|cut|"
                            r"doubled|tripled|went\s+(?:up|down)|ramped\s+up|stepped\s+up)\b(?:\s+[\w'-]+){0,4}\s*$", re.I)


def _range_low(text: str, start: int) -> int | None:
    """The lower end of a range a count at ``start`` is the top of, else None (and with "and", only after "between":
    "12 soldiers and 40 passengers" is two counts)."""
    window = text[max(0, start - 30): start]
    m = range_low_before(window)
    if m is None:
        return None
    if m.group(0).lower().startswith("from") and _CHANGE_BEFORE.search(text[max(0, start - 80): start - len(window) + m.start()]):
        return None   # "fell from 50 to 40 drones": a change, its value the final figure, not a range
    digits = re.match(r"[\d,]+", text[start:])
    low, top = number_value(m.group(1)), (number_value(digits.group(0)) if digits else None)
    return low if low is not None and (top is None or low < top) else None


def counts(text: str) -> list[SlotValue]:
    """How many of a thing the claim gives: "12 shots", "half a dozen shots", "dozens of drones"."""
    text = text[:SLOT_TEXT_CHARS]
    t = " ".join(text.replace("’", "'").split())
    out = []
    taken: list[tuple[int, int]] = []
    for pat, lo, hi in _VAGUE:
        for m in re.finditer(r"\b" + pat + r"\s+(?:\w+\s+){0,1}?" + _COUNTED + r"\b", t, re.I):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            what = m.group("what").lower()
            out.append(SlotValue(f"count:{what}", f"{lo}-{hi}", m.group(0).rsplit(" ", 1)[0], True, m.group(0)))
    for m in re.finditer(r"(?<![\w.,-])" + NUMBER + r"\s+(?:\w+\s+){0,1}?" + _COUNTED + r"\b", t, re.I):
        v = number_value(m.group(1))
        if v is None or 1900 <= v <= 2100 or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if re.match(r"\s*(?:-\s*)?(?:kilograms?|kilo|kg|pounds?|lbs?|tonnes?|tons?|mm|millimetres?|millimeters?)\b", t[m.end(1):], re.I):
            continue   # "two 500 kilogram bombs": a weight or a calibre, not how many
        what = m.group("what").lower()
        if what in ("people", "civilians", "bodies"):
            continue   # tolls: the casualty slots of relations.figures read them with what happened to them
        low = _range_low(t, m.start())
        out.append(SlotValue(f"count:{what}", f"{low if low is not None else v}-{v}", str(v) if low is None else f"{low}–{v}",
                             True, m.group(0)))
    # how many of any other thing an act befell, told in the passive ("more than 60 homes were
    # flooded", "dozens of cars were burned"): a point per thing and act, the figure's qualifier
    # making it a range ("more than 60" and "about 30" cannot both hold; "at least 12" and "14" can)
    for m in (_PASSIVE_COUNT.finditer(t) if _PASSIVE.search(t) else ()):
        verb = m.group("verb").lower()
        if re.fullmatch(r"(?:" + _CASUALTY_VERBS + r")", verb) or any(a < m.end() and m.start() < b for a, b in taken):
            continue   # tolls: the casualty slots of relations.figures read them
        if m.group("vague"):
            lo, hi = next((lo, hi) for p, lo, hi in _VAGUE if re.fullmatch(p, m.group("vague"), re.I))
        else:
            v = number_value(m.group(m.re.groupindex["vague"] + 1))   # the figure: NUMBER's own group
            if v is None or 1900 <= v <= 2100:
                continue
            lo, hi = qualified_range(m.group("qual"), v)
            low = _range_low(t, m.start())
            lo = low if low is not None and low < lo else lo
        taken.append((m.start(), m.end()))
        out.append(SlotValue(f"count:{m.group('what').lower()} {verb}", f"{lo}-{hi}", m.group(0).split(" " + m.group("what"))[0],
                             True, m.group(0)))
    return out


_PASSIVE = re.compile(r"\b(?:were|have been|had been|are)\s", re.I)


#: Words before a figure that make it a bound or an estimate.
_QUALIFIER = r"more than|over|at least|fewer than|less than|up to|as many as|at most|about|around|some|roughly|approximately|nearly|almost"
_CASUALTY_VERBS = r"killed|wounded|injured|hurt|dead|died|murdered|slain|executed|evacuated"
#: A figure (with its qualifier) or a vague quantity, the plural thing, and the act it befell.
_PASSIVE_COUNT = re.compile(r"(?:(?P<qual>" + _QUALIFIER + r")\s+)?(?:(?P<vague>" + "|".join(p for p, _lo, _hi in _VAGUE)
                            + r")|(?<![\w.,-])" + NUMBER + r")\s+(?P<what>[a-z]{3,}s)\s+(?:were|have been|had been|are)\s+"
                            r"(?:\w+ly\s+)?(?P<verb>[a-z]{3,}(?:ed|en|nt))\b", re.I)


def qualified_range(qualifier: str | None, v: int) -> tuple[int, int]:
    """The values a figure with its qualifier allows: "more than 60" is 61 and up, "about 30" a
    quarter either side, "at least 12" 12 and up, a bare figure itself."""
    q = (qualifier or "").lower()
    if q in ("more than", "over"):
        return v + 1, 10 ** 9
    if q == "at least":
        return v, 10 ** 9
    if q in ("fewer than", "less than"):
        return 0, max(0, v - 1)
    if q in ("up to", "at most", "as many as"):
        return 0, v
    if q in ("nearly", "almost"):
        return (3 * v) // 4, v
    if q:
        return (3 * v) // 4, (5 * v + 3) // 4
    return v, v


def same_value(a: SlotValue, b: SlotValue) -> bool | None:
    """Are two values of one slot the same (True), incompatible (False), or neither (None)?"""
    if a.slot != b.slot:
        return None
    if a.slot.startswith("place:"):
        from .places import Place, compatible

        pa, pb = a.place, b.place
        if isinstance(pa, Place) and isinstance(pb, Place) and "local" in (pa.kind, pb.kind):
            # a settlement no gazetteer lists: a value for agreement only. The same name (or one a shortening or a
            # near-spelling of the other: "Harrowgate" / "Harrowgate Sel", "Novoselivka" / "Novoselovka") is the same
            # place; two other names are unknown, never a dispute: a village named beside the town it is near, a
            # variant spelling, shells landing in two villages (mend of review ctr13 M1)
            return True if pa.kind == pb.kind and _near_name(pa.name, pb.name) else None
        return compatible(a.place, b.place)
    if a.slot == "day":
        ya, _ma, _da = a.value.split("-")
        yb, _mb, _db = b.value.split("-")
        if ya and yb and ya != yb:
            return False
        return day_gap(a.value, b.value) <= 1
    if a.slot == "means":
        return True if a.value == b.value else None
    if a.slot.startswith("presence:"):
        # at two sites both name ("in the school" / "in the barracks", "in Darsk" / "in Tullen"): two facts; a site
        # unnamed is the act's own, and a town named by one and a structure by the other may be one place
        ka, kb = set((a.group or "").split(",")) - {""}, set((b.group or "").split(",")) - {""}
        for kind in ("s:", "n:", "c:", "p:"):   # site, place name, kind of force, named party
            xa, xb = {k for k in ka if k.startswith(kind)}, {k for k in kb if k.startswith(kind)}
            if xa and xb and not xa & xb:
                return None
        return True
    if a.slot.startswith("cause:"):
        return bool(set(a.value.split()) & set(b.value.split()))   # "gas leak" / "leaking gas": one cause
    if a.slot == "nature":
        if a.group and b.group and a.group != b.group:
            return None   # what caused the fire and what caused the explosion before it: two effects
        if a.value == b.value:
            return True
        # an act meant to harm against one nobody meant; two kinds of one nature (a storm, neglect) are not compared
        return False if a.value.split(":")[0] != b.value.split(":")[0] else None
    if a.slot.startswith("count:"):
        lo1, hi1 = map(int, a.value.split("-"))
        lo2, hi2 = map(int, b.value.split("-"))
        return True if (lo1 <= hi2 and lo2 <= hi1) else False
    if a.slot == "agent":
        if a.value.startswith("person:") and b.value.startswith("person:") and a.value.split(":")[1] != b.value.split(":")[1]:
            return None if a.value != b.value else True   # "the pilot" and "Maksim Orlov" may be one person
        # "the Azov militants" and "Ukraine's Azov Battalion" name one party
        return (a.value == b.value or (a.group is not None and a.group in (b.value, b.group))
                or (b.group is not None and b.group in (a.value, a.group)))
    return a.value == b.value


def _near_name(a: str, b: str) -> bool:
    """Two names of one unlisted settlement: equal, one the other's first words, or spelt alike (one letter in six
    may differ)."""
    from difflib import SequenceMatcher

    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.83


def day_gap(a: str, b: str) -> int:
    """Days between two values of the "day" slot ("2026-08-09", "-08-23"), as month and day (in the
    year both give, else a leap year: "29 February" is a day; a year that has none reads as one that does)."""
    ya, ma, da = a.split("-")
    yb, mb, db_ = b.split("-")
    year = int(ya) if ya and ya == yb else 2000
    try:
        return abs((date(year, int(ma), int(da)) - date(year, int(mb), int(db_))).days)
    except ValueError:   # 29 February of a year without one
        return abs((date(2000, int(ma), int(da)) - date(2000, int(mb), int(db_))).days)


def compare(va: list[SlotValue], vb: list[SlotValue]) -> tuple[str, SlotValue, SlotValue] | None:
    """The first point on which two claims' slot values meet: ("contradicts", a, b) when they
    give incompatible values (or one denies what the other asserts), ("corroborates", a, b) when
    they state the same value the same way."""
    agree = None
    for a in va:
        for b in vb:
            if a.slot != b.slot:
                continue
            same = same_value(a, b)
            if same is None:
                continue
            if a.asserted and b.asserted and not same:
                if a.slot == "agent" and ({a.value, b.value} & {"west"} and {a.value, b.value} & {"us", "gb", "nato"}):
                    continue   # the West includes them
                if a.slot == "agent" and (a.joint or b.joint):
                    continue   # a share in the act leaves room for another party's
                if a.slot.startswith("held:") and not (a.only or b.only):
                    continue   # two sides can both have a weapon, unless one is said to be its only holder
                return "contradicts", a, b
            if not same and a.slot == "agent" and a.asserted != b.asserted:
                # "Ukrainian involvement" denied covers any group of Ukrainians ("a pro-Ukrainian group was
                # behind it"); "Kyiv was not involved" does not
                denied, said = (a, b) if b.asserted else (b, a)
                if denied.people and said.value == f"pro:{denied.value}":
                    return "contradicts", a, b
            if same and a.asserted != b.asserted:
                return "contradicts", a, b
            if a.slot.startswith("count:") and a.value != b.value and "-" in a.value and "-" in b.value:
                # two vague quantities that overlap ("hundreds", "a few hundred") are compatible, not one fact
                if len(set(a.value.split("-"))) > 1 and len(set(b.value.split("-"))) > 1:
                    continue
            # one side told as who did it, who is to blame, or who was not there: three facts, not one told twice
            # (people under arms said twice to be, or not to be, at the site: a contested point's side, not one
            # account told twice; corroboration is left to the account's other words)
            if (same and a.asserted == b.asserted and agree is None and not (a.presupposed or b.presupposed)
                    and a.basis == b.basis and not a.slot.startswith("presence:") and a.slot != "nature"):
                agree = ("corroborates", a, b)
    return agree


def describe(v: SlotValue) -> str:
    if v.slot == "agent":
        return ("by " if v.asserted else "not by ") + v.label
    if v.slot.startswith("place:"):
        return ("" if v.asserted else "not ") + v.label
    if v.slot == "day":
        return ("on " if v.asserted else "not on ") + v.label
    if v.slot == "weapon":
        return ("" if v.asserted else "not ") + f"a {v.label}"
    if v.slot == "means":
        return ("" if v.asserted else "not ") + v.label
    if v.slot.startswith("count:"):
        return f"{v.label} {v.slot.split(':', 1)[1]}"
    if v.slot.startswith("held:"):
        return f"{v.group or 'it'} {'' if v.asserted else 'not '}held by {'only ' if v.only else ''}{v.label}"
    if v.slot.startswith("cause:"):
        return ("caused by " if v.asserted else "not caused by ") + v.label
    if v.slot == "nature":
        return ("" if v.asserted else "not ") + f"{v.value.split(':')[0]} ({v.label})"
    if v.slot.startswith("identity:"):
        return f"the {v.slot.split(':', 1)[1]} {'was' if v.asserted else 'was not'} {v.label}"
    if v.slot.startswith("presence:"):
        return ("" if v.asserted else "no ") + "people under arms there"
    return v.label

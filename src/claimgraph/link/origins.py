"""Whom a person speaks for: "ministry spokesman Arkady Petrin", "Gennady Rudakov, commander of the
141st Rifle Brigade", "the bureau's deputy head, Colonel Yaroslav Kravets".

A spokesman's statement is the organisation's statement: two outlets quoting the ministry and its
spokesman have one source, not two. Only roles that speak *for* an organisation count (spokesman,
press officer, commander, head, director, minister); "a soldier of the brigade" or "an analyst at
the institute" does not make the institute the origin.
"""

from __future__ import annotations

import re

from . import names as N

#: Roles whose holder speaks for the organisation named with them.
ROLE = (r"(?:spokes(?:man|woman|person)|press (?:secretary|officer|service)|commander|commanding officer|head|chief|"
        r"director|minister|representative|ambassador|governor|mayor|chairman|chairwoman|chair)")
#: Ranks and titles that may stand between a role and a name ("ministry spokesman Major General Arkady Petrin").
_TITLES = r"(?:(?:[A-Z][a-z]+\.?|[A-Z]\.)\s+){0,3}"
#: "<org> spokesman [Title] NAME" / "<org>'s deputy head, Colonel NAME"
_BEFORE = re.compile(r"(?P<org>[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)(?:’s|'s)?\s+(?:deputy\s+|chief\s+|senior\s+|acting\s+)?" + ROLE
                     + r"\s*,?\s*" + _TITLES + r"$")
#: "NAME, [the|a] [deputy] commander of [the] <org>"
_AFTER = re.compile(r"^\s*,\s*(?:(?:the\s+|a\s+|an\s+)?(?:deputy\s+|chief\s+|senior\s+|acting\s+)?" + ROLE
                    + r"\s+(?:of|for|at)|who\s+(?:heads|leads|commands|speaks\s+for))\s+(?:the\s+)?(?P<org>[^,.;:()]{2,80})")


def entity_named(name: str, entities: list[dict]) -> dict | None:
    """The entity of a document that ``name`` names: by exact name, then normalised name, then one
    of its mentions."""
    key = N.name_key(name)
    for test in (lambda e: e["name"] == name, lambda e: N.name_key(e["name"]) == key,
                 lambda e: any(N.name_key(m) == key for m in e.get("mentions", []))):
        for e in entities:
            if test(e):
                return e
    return None


def _org_for(text: str, orgs: list[dict]) -> dict | None:
    """The organisation of this document a phrase names: its name or a mention, or the one
    organisation whose name contains the phrase's head word ("ministry", "brigade")."""
    phrase = re.sub(r"(?:’s|'s)$", "", text.strip())
    found = entity_named(phrase, orgs)
    if found is not None:
        return found
    for o in orgs:   # "the 141st Rifle Brigade, which ..." — the organisation starts the phrase
        for m in [o["name"], *o.get("mentions", [])]:
            if len(m) > 3 and phrase.lower().startswith(m.lower()):
                return o
            if m.isupper() and len(m) >= 2 and re.match(re.escape(m) + r"(?:’s|'s)?\b", phrase):   # "SBV counterintelligence"
                return o
    head = phrase.split()[-1].lower() if phrase.split() else ""
    if len(head) < 4:
        return None
    found = [o for o in orgs if re.search(r"\b" + re.escape(head) + r"\b", o["name"].lower())]
    return found[0] if len({o["id"] for o in found}) == 1 else None


def affiliation(body: str, person: dict, orgs: list[dict]) -> dict | None:
    """The organisation (one of ``orgs``, entities of this document) that ``person`` (an entity with
    its mention texts) speaks for, from the roles written next to their name; None if none is."""
    texts = sorted({t for t in [person["name"], *person.get("mentions", [])] if len(t) > 2 and t[:1].isupper()},
                   key=len, reverse=True)
    for t in texts:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", body):
            before = body[max(0, m.start() - 90): m.start()]
            mb = _BEFORE.search(before)
            if mb:
                org = _org_for(re.sub(r"^(?:the|a|an)\s+", "", mb.group("org").split("\n")[-1], flags=re.I), orgs)
                if org is not None:
                    return org
            ma = _AFTER.search(body[m.end(): m.end() + 120])
            if ma:
                org = _org_for(ma.group("org"), orgs)
                if org is not None:
                    return org
    return None


# ------------------------------------------------------------------------------ government line
# One government speaks through many organs: its ministries, its commissioner's office, its
# security service, its minister in person. Two outlets quoting the defence ministry and the
# children's commissioner of one country report one *government line*, not two sources.
#
# The word lists are deliberately tight: only organs of the executive and the offices that speak
# for it. Courts, parliaments and their parties, universities (also "State University"), the
# press (also state media, which relays but is an outlet), NGOs and companies are independent
# bodies of a country and keep their own origin; so does any organisation whose name carries a
# word of _NOT_STATE ("Kesmarian Football Federation commissioner", "Government Watch").

#: Organs of a state (executive, security, diplomatic), and the anonymous plural "officials" /
#: "authorities" of a country ("Kesmarian officials said").
_ORGAN = re.compile(
    r"\b(?:ministry|ministries|government|cabinet|council\s+of\s+ministers|presidential\s+(?:office|administration)|"
    r"president(?:’s|'s)\s+office|office\s+of\s+the\s+president|"
    r"(?:commissioner|ombuds(?:man|woman|person))(?:’s|'s)\s+office|"
    r"office\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:commissioner|ombuds(?:man|woman|person))|"
    r"general\s+staff|armed\s+forces|(?:security|intelligence)\s+services?|"
    r"state\s+(?:bureau|agency|committee|service)|embassy|regime|authorities|"
    r"(?:(?:security|government|defen[cs]e|military|intelligence)\s+)?officials|"
    r"(?:security|government|defen[cs]e|intelligence)\s+official)\b", re.I)
#: Offices whose holder speaks for the government (in a person's name, or written next to it).
_OFFICE = (r"(?i:(?:(?:prime|deputy|foreign|defen[cs]e)\s+)?minister|commissioner|ombuds(?:man|woman|person)|president|"
           r"government\s+spokes(?:man|woman|person)|ambassador)")
#: Words that make a body independent of the government, whatever its country.
_NOT_STATE = re.compile(
    r"\b(?:courts?|tribunal|university|college|school|institute|academy|part(?:y|ies)|opposition|parliament\w*|"
    r"union|association|federation|league|club|company|corporation|bank|church|foundation|monitor|watch|group|"
    r"network|project|newspaper|gazette|herald|times|television|tv|radio|news|media|press|studios?|rights\s+monitor)\b",
    re.I)
#: A state named by its form ("the Dravanian Federation", "Republic of Selva"), mentioned or not.
_STATE_FORM = (r"(?:the\s+)?[A-Z][\w-]+\s+(?:Federation|Republic|Kingdom|Confederation|Emirates)|"
               r"(?:Republic|Kingdom|Federation)\s+of\s+(?:the\s+)?[A-Z][\w-]+")
_STATE_GENERIC = {"the", "of", "federation", "republic", "kingdom", "confederation", "emirates"}
#: Endings of a country's name or its adjective (Dravania / Dravanian, Varkosh / Varkoshi), folded.
_DEMONYM_ENDS = ("ese", "ans", "an", "is", "i", "a", "e", "s")
_POSSESSIVE = r"(?:’s|'s|’|')?"


def country_key(name: str) -> str:
    """A key shared by a country's name and its adjective: "Dravania", "Dravanian", "Dravania’s",
    "the Dravanian Federation" -> "drav". Spelling variants fold alike (N.fold); the key is only
    ever compared with other keys."""
    words = [w for w in re.findall(r"[\w-]+", N.strip_accents(name).replace("’", "'").replace("'s", ""))
             if w.lower() not in _STATE_GENERIC]
    if not words:
        return N.name_key(name)
    last = N.fold(words[-1])
    changed = True
    while changed:
        changed = False
        for end in _DEMONYM_ENDS:
            if last.endswith(end) and len(last) - len(end) >= 3:
                last, changed = last[: -len(end)], True
                break
    return " ".join([N.fold(w) for w in words[:-1]] + [last])


def _place_texts(places: list[dict]) -> list[str]:
    """The texts naming the document's countries and nationalities (GPE / NORP entities): names and
    mentions made only of capitalised words ("Dravania", "Kesmarian", not "the Tarnov regime")."""
    out = set()
    for p in places:
        for t in [p["name"], *p.get("mentions", [])]:
            t = re.sub(r"^(?:the)\s+", "", re.sub(r"(?:’s|'s|’|')$", "", t.strip()), flags=re.I)
            if len(t) > 2 and all(w[:1].isupper() for w in t.split()):
                out.add(t)
    return sorted(out, key=len, reverse=True)


def _country_re(places: list[dict], seen: str = "") -> str:
    """A regex of the country words: the places' texts, and any capitalised word of ``seen`` that
    is another form of one of them ("Dravanian" where the document names "Dravania")."""
    texts = _place_texts(places)
    keys = {country_key(t) for t in texts}
    texts += [w for w in set(re.findall(r"[A-Z][\w-]+", seen)) if w not in texts and country_key(w) in keys]
    alts = [re.escape(t) for t in sorted(texts, key=len, reverse=True)]
    return r"(?P<country>" + "|".join([_STATE_FORM, *alts]) + r")"


#: After "of <country>": not the start of a longer name ("of the Kesmarian Football Federation").
_END = r"(?![\w-]|\s+[A-Z])"


def _readable(country: str, places: list[dict]) -> str:
    key = country_key(country)
    for p in places:
        if p["type"] == "NORP" and country_key(p["name"]) == key:
            return f"the {p['name']} government"
    words = [w for w in re.findall(r"[\w-]+", re.sub(r"(?:’s|'s)", "", country)) if w.lower() not in _STATE_GENERIC]
    adj = " ".join(words)
    if re.search(r"(?:an|ese|ish|i)$", adj) and not any(p["type"] == "GPE" and N.name_key(p["name"]) == N.name_key(adj) for p in places):
        return f"the {adj} government"
    return f"the government of {adj}"


def _organ_country(text: str, country: str) -> str | None:
    """The country of an organisation's name or mention: an organ word with a country in it
    ("Kesmaria’s health ministry", "Ministry of Defence of the Dravanian Federation")."""
    if not _ORGAN.search(text):
        return None
    m = re.search(r"(?<![\w-])" + country + _POSSESSIVE + r"(?![\w-])", text)
    if m is None:
        return None
    rest = text[: m.start()] + " " + text[m.end():]
    return None if _NOT_STATE.search(rest) else m.group("country")


#: Up to three words between a country and an office ("Dravania’s children’s rights commissioner"),
#: none a function word or a verb of saying ("Kesmarian soldiers told the minister" is no office).
_MODS = r"(?:(?!(?i:and|or|the|a|an|to|by|with|from|of|in|on|at|for|said|says|told|who|which|that)\b)[\w’'-]+\s+){0,3}?"


def _office_country(text: str, country: str) -> str | None:
    """The country of an office holder written in ``text``: "Kesmarian Defence Minister", "Dravania’s
    children’s rights commissioner", "minister of health of Kesmaria"."""
    for pat in (r"(?<![\w-])" + country + _POSSESSIVE + r"\s+" + _MODS + r"(?:" + _OFFICE + r")\b",
                r"\b(?:" + _OFFICE + r")\s+(?:(?:of|for)\s+(?:[\w’'-]+\s+){0,3}?)?of\s+(?:the\s+)?" + country + _END):
        for m in re.finditer(pat, text):
            if not _NOT_STATE.search(text[m.start(): m.end()].replace(m.group("country"), " ")):
                return m.group("country")
    return None


def government_of(body: str, source: dict | str, places: list[dict]) -> tuple[str, str] | None:
    """(country key, readable name such as "the Dravanian government") if ``source`` is an organ
    or office holder of a state, else None.

    ``source`` is a document entity (``name``, ``type``, ``mentions``) or a bare name (a cited or
    anonymous source: "anonymous: Kesmarian officials"); ``places`` are the document's GPE and NORP
    entities, whose names and mentions are the country words (a state named by its form, "the X
    Federation", counts without one). A state organ is:

    * a country speaking (a GPE speaker: "Dravania says it struck a depot");
    * an organisation whose name or a mention joins a country word and an organ word (_ORGAN),
      or that is written with a country just before it in the text ("Kesmaria’s State Bureau of
      Verification") or "of <country>" just after it;
    * a person whose name, mention or the words next to them give an office of a country
      ("Kesmarian Defence Minister Olena Marchenko", "Petro Lysenko, Kesmaria’s ombudsman").

    Nothing with a word of _NOT_STATE (court, university, party, newspaper, monitor, ...) is.
    The key is :func:`country_key` of the country, so a country's name and adjective meet.
    """
    if isinstance(source, str):
        text = re.sub(r"^anonymous:\s*", "", source.strip(), flags=re.I)
        ent = {"name": text, "type": "", "mentions": []}
    else:
        ent = source
    country = _country_re(places, " ".join([body, ent["name"], *ent.get("mentions", [])]))
    if ent.get("type") == "GPE":
        return country_key(ent["name"]), _readable(ent["name"], places)
    texts = sorted({t for t in [ent["name"], *ent.get("mentions", [])] if len(t) > 2}, key=len, reverse=True)
    person = ent.get("type") == "PERSON"
    for t in texts:
        found = _office_country(t, country) if person else _organ_country(t, country)
        if found:
            return country_key(found), _readable(found, places)
    # the words written next to the name in the text
    named = [t for t in texts if t[:1].isupper()]
    for t in named:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", body):
            before, after = body[max(0, m.start() - 90): m.start()], body[m.end(): m.end() + 120]
            if person:
                b = re.search(r"(?<![\w-])" + country + _POSSESSIVE + r"\s+" + _MODS + r"(?:" + _OFFICE + r")\s*,?\s*"
                              + _TITLES + r"$", before)
                a = re.match(r"\s*,\s*(?:the\s+|a\s+|an\s+)?" + country + _POSSESSIVE + r"\s+" + _MODS + r"(?:" + _OFFICE
                             + r")\b", after)
                a2 = re.match(r"\s*,\s*(?:the\s+|a\s+|an\s+)?" + _MODS + r"(?:" + _OFFICE + r")\s+(?:(?:of|for)\s+(?:[\w’'-]+\s+){0,3}?)?of\s+(?:the\s+)?"
                              + country + _END, after)
                for hit in (b, a, a2):
                    if hit and not _NOT_STATE.search(hit.group(0).replace(hit.group("country"), " ")):
                        return country_key(hit.group("country")), _readable(hit.group("country"), places)
            elif any(_ORGAN.search(x) for x in texts) and not any(_NOT_STATE.search(x) for x in texts):
                b = re.search(r"(?<![\w-])" + country + _POSSESSIVE + r"\s+(?:so-called\s+)?(?:the\s+)?$", before)
                a = re.match(r"\s+of\s+(?:the\s+)?" + country + _END, after)
                for hit in (b, a):
                    if hit:
                        return country_key(hit.group("country")), _readable(hit.group("country"), places)
    return None

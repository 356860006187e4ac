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
_AFTER = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:deputy\s+|chief\s+|senior\s+|acting\s+)?" + ROLE
                    + r"\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[^,.;:()]{2,80})")


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

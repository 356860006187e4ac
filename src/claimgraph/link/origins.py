"""Whom a person speaks for: "ministry spokesman Arkady Petrin", "Gennady Rudakov, commander of the
141st Rifle Brigade", "the bureau's deputy head, Colonel Yaroslav Kravets".

A spokesman's statement is the organisation's statement: two outlets quoting the ministry and its
spokesman have one source, not two. Only roles that speak *for* an organisation count (spokesman,
press officer, commander, head, director, minister); "a soldier of the brigade" or "an analyst at
the institute" does not make the institute the origin.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator

from .. import countries as C
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
    of its mentions (the first such entity of ``entities``), then the longest organisation of two
    words or more whose name opens ``name``. Many names: :class:`NamedEntities`."""
    return NamedEntities(entities).named(name)


class NamedEntities:
    """:func:`entity_named` over one list of entities, indexed once (looking each claim's speaker
    up by a pass over every entity made a document with thousands of speakers quadratic)."""

    def __init__(self, entities: list[dict]):
        self.by_name: dict[str, dict] = {}
        self.by_key: dict[str, dict] = {}
        self.by_mention: dict[str, dict] = {}
        for e in entities:
            self.by_name.setdefault(e["name"], e)
            self.by_key.setdefault(N.name_key(e["name"]), e)
            for m in e.get("mentions", []):
                self.by_mention.setdefault(N.name_key(m), e)

    def named(self, name: str) -> dict | None:
        if name in self.by_name:
            return self.by_name[name]
        key = N.name_key(name)
        found = self.by_key.get(key) or self.by_mention.get(key)
        if found is None:
            # a body named with its whole of-chain ("State Service of Special Communications of Velmora", "Office of
            # the UN High Commissioner for Human Rights"), whose entity is the tagger's shorter span: the longest
            # organisation the name opens with (two words or more)
            words = name.split()
            for k in range(len(words) - 1, 1, -1):
                e = self.by_name.get(" ".join(words[:k]))
                if e is not None and e.get("type") == "ORG":
                    return e
        return found


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
    named = [o for o in orgs if re.search(r"\b" + re.escape(head) + r"\b", o["name"].lower())]
    return named[0] if len({o["id"] for o in named}) == 1 else None


class WholeWords:
    """Where a text is written in a document as whole words, found through an index of the
    document's words built once (a pass over the whole document for each source and person made
    a document with thousands of speakers cost the square of its length). :meth:`find` gives what
    a regular expression of ``text`` between two word boundaries ``(?<!\\w)`` and ``(?!\\w)`` gives."""

    def __init__(self, body: str):
        self.body = body
        self._starts: dict[str, list[int]] = {}
        for m in _WORD.finditer(body):
            self._starts.setdefault(m.group(), []).append(m.start())

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each whole-word occurrence of ``text``, left to right, not overlapping."""
        first = _WORD.match(text)
        if first is None:   # not starting with a word: rare, searched the slow way
            yield from ((m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", self.body))
            return
        body, n, last = self.body, len(text), 0
        for p in self._starts.get(first.group(), ()):
            # the word at p is exactly the text's first word; the rest must follow and end a word
            if p >= last and body.startswith(text, p) and not (p + n < len(body) and _WORD_CHAR.match(body, p + n)):
                yield p, p + n
                last = p + n


_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def affiliation(body: str, person: dict, orgs: list[dict], where: WholeWords | None = None) -> dict | None:
    """The organisation (one of ``orgs``, entities of this document) that ``person`` (an entity with
    its mention texts) speaks for, from the roles written next to their name; None if none is.
    ``where``: the document's :class:`WholeWords`, when many persons of it are looked up."""
    where = where or WholeWords(body)
    texts = sorted({t for t in [person["name"], *person.get("mentions", [])] if len(t) > 2 and t[:1].isupper()},
                   key=len, reverse=True)
    for t in texts:
        for start, end in where.find(t):
            before = body[max(0, start - 90): start]
            mb = _BEFORE.search(before)
            if mb:
                org = _org_for(re.sub(r"^(?:the|a|an)\s+", "", mb.group("org").split("\n")[-1], flags=re.I), orgs)
                if org is not None:
                    return org
            ma = _AFTER.search(body[end: end + 120])
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
# press (also state media, which relays but is an outlet), NGOs, companies, clubs, hospitals and
# armed groups are independent bodies of a country and keep their own origin; so does any
# organisation whose name (or the rest of the phrase it is written in) carries a word of
# _NOT_STATE ("Kesmarian Football Federation commissioner", "Government Watch", "president of
# Kesmaria's biggest bank").
#
# Only a *country* has a government: a place of the document that is a known country (the table
# in data/countries.json), a place whose adjective or name is also written in the document (the
# invented "Dravania" / "Dravanian" of the demo corpus), or a state named by its form ("the X
# Federation"). A city, a region or a club's home town ("Real Madrid president") is not.

#: Organs of a state (executive, security, diplomatic), and the anonymous plural "officials" /
#: "authorities" of a country ("Kesmarian officials said").
_ORGAN = re.compile(
    r"\b(?:ministry|ministries|government|cabinet|council\s+of\s+ministers|presidential\s+(?:office|administration)|"
    r"president(?:’s|'s)\s+office|office\s+of\s+the\s+president|"
    r"(?:commissioner|ombuds(?:man|woman|person))(?:’s|'s)\s+office|"
    r"office\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:commissioner|ombuds(?:man|woman|person))|"
    r"general\s+staff|armed\s+forces|(?:security|intelligence)\s+services?|"
    r"state\s+(?:bureau|agency|committee|service)|(?:state\s+)?department|embassy|regime|authorities|"
    r"(?:(?:security|government|defen[cs]e|military|intelligence)\s+)?officials|"
    r"(?:security|government|defen[cs]e|intelligence)\s+official)\b", re.I)
#: The anonymous organs: speak for a state only with the country right before them ("Kesmarian
#: officials", "senior Kesmarian security officials"), not "Kesmarian football officials".
_ANONYMOUS = re.compile(r"\b(?:authorities|officials|official)\b", re.I)
_ANONYMOUS_MODS = r"(?:(?i:senior|top|government|security|defen[cs]e|military|intelligence)\s+){0,2}"
#: Offices whose holder speaks for the government (in a person's name, or written next to it).
_OFFICE = (r"(?i:(?:(?:prime|deputy|foreign|defen[cs]e)\s+)?minister|commissioner|ombuds(?:man|woman|person)|president|"
           r"government\s+spokes(?:man|woman|person)|ambassador)")
#: Words that make a body independent of the government, whatever its country.
_NOT_STATE = re.compile(
    r"\b(?:courts?|tribunal|university|college|school|institute|academy|part(?:y|ies)|opposition|parliament\w*|"
    r"union|association|federation|league|club|compan(?:y|ies)|corporation|firms?|business(?:es)?|industry|industries|"
    r"banks?|church|foundation|monitor|watch|group|network|project|newspaper|gazette|herald|times|television|tv|radio|"
    r"news|media|press|studios?|rights\s+monitor|sports?|olympic|paralympic|football|soccer|athletics|team|airlines?|"
    r"airways|airports?|hospitals?|clinics?|rebels?|insurgents?|militias?|hotels?|suites|motors?|private)\b",
    re.I)
#: Nouns of an organisation of its own between a country and an office ("Russian Olympic
#: Committee president"): the office is that organisation's, not the state's.
_ORG_NOUNS = r"(?i:committee|commission|council|board|authority|agency|organi[sz]ation|society|fund|trust|cent(?:er|re)|chamber|bureau)"
#: A ministry or minister with its portfolio ("Ministry of Trade and Industry", "sports minister"),
#: and a state organ's own words: never a sign of independence.
_PORTFOLIO_WORD = r"(?:(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)|[a-z][\w-]*)"
_ORGAN_PHRASE = re.compile(
    r"(?:\b(?!(?i:federation|league|club|union|association|committee|company|bank|party|group)\b)[\w’'-]+\s+){0,2}?"
    r"\b(?:minist(?:ry|ries|er)|state\s+(?:bureau|agency|committee|service))\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?" + _PORTFOLIO_WORD + r"(?:(?:,\s*|\s+and\s+|\s*&\s*)" + _PORTFOLIO_WORD + r")*)?", re.I)
#: A state named by its form ("the Dravanian Federation", "Republic of Selva"), mentioned or not.
_STATE_FORM = (r"(?:the\s+)?[A-Z][\w-]+\s+(?:Federation|Republic|Kingdom|Confederation|Emirates)|"
               r"(?:Republic|Kingdom|Federation)\s+of\s+(?:the\s+)?[A-Z][\w-]+")
_STATE_FORM_RE = re.compile(r"(?<![\w-])(?:" + _STATE_FORM + r")(?![\w-])")
#: Endings of a country's name or its adjective (Dravania / Dravanian, Varkosh / Varkoshi), folded.
_DEMONYM_ENDS = ("ese", "ans", "an", "is", "i", "a", "e", "s")
_POSSESSIVE = r"(?:’s|'s|’|')?"
#: Capitalised words that may stand right before a country ("The Kesmarian ministry"); any other
#: makes the country part of a longer name ("North America", "South Sudan", "Real Madrid").
_BEFORE_COUNTRY_OK = {"the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "of", "and", "but", "as", "to",
                      "that", "while", "when", "after", "before", "since", "said", "says", "says:", "also", "then",
                      "both", "senior", "top", "meanwhile", "however", "but"}


#: A run of capitalised words (and "of"/"the" between them): where a known country's name may be.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*)*")


@lru_cache(maxsize=65536)
def country_key(name: str) -> str:
    """A key shared by a country's name and its adjective: "France", "French", "the French
    Republic" -> "fr" (from data/countries.json); for a country the table does not know (an
    invented or rare one) the folded stem: "Dravania", "Dravanian", "Dravania’s" -> "drav". The
    key is only ever compared with other keys."""
    known = C.known(name)
    if known:
        return known
    words = [w for w in re.findall(r"[\w-]+", N.strip_accents(name).replace("’", "'").replace("'s", ""))
             if w.lower() not in C.STATE_GENERIC]
    if not words:
        return N.name_key(name)
    last = N.fold(words[-1])
    changed = True
    while changed:
        changed = False
        for end in _DEMONYM_ENDS:
            if last.endswith(end) and len(last) - len(end) >= 4:
                last, changed = last[: -len(end)], True
                break
    return " ".join([N.fold(w) for w in words[:-1]] + [last])


def _place_texts(places: list[dict]) -> list[str]:
    """The texts naming the document's places and nationalities (GPE / NORP entities): names and
    mentions made only of capitalised words ("Dravania", "Kesmarian", "US", "U.S.", not "the
    Tarnov regime")."""
    out = set()
    for p in places:
        for t in [p["name"], *p.get("mentions", [])]:
            t = re.sub(r"^(?:the)\s+", "", re.sub(r"(?:’s|'s|’|')$", "", t.strip()), flags=re.I)
            if (len(t) > 2 or (len(t) == 2 and t.isupper())) and all(w[:1].isupper() for w in t.split()):
                out.add(t)
    return sorted(out, key=len, reverse=True)


#: Nationalities, religious and political groups (NORP) that are no state's adjective.
_NOT_NATIONS = {"christian", "christians", "muslim", "muslims", "islamic", "islamist", "islamists", "jewish", "jew", "jews",
                "catholic", "catholics", "protestant", "orthodox", "sunni", "sunnis", "shia", "shiite", "shiites", "hindu",
                "buddhist", "republican", "republicans", "democrat", "democrats", "democratic", "conservative",
                "conservatives", "liberal", "liberals", "labour", "socialist", "socialists", "communist", "communists",
                "european", "europeans", "african", "africans", "asian", "asians", "arab", "arabs", "latin american",
                "latino", "latinos", "hispanic", "western", "soviet", "kurdish", "kurd", "kurds", "nato", "allied"}


def _nationality(text: str) -> bool:
    """An adjective of a country the table does not know, by its form ("Kesmarian", "Varkoshi",
    "Ostrelans"), not a group's ("Christian", "Republican", "European")."""
    n = C.normalise(text)
    return n not in _NOT_NATIONS and bool(re.search(r"(?:ans?|ese|is?|ish)$", n))


#: After "of <country>": not the start of a longer name ("of the Kesmarian Football Federation"),
#: nor a possessive ("president of Kesmaria's biggest bank").
_END = re.compile(r"(?![\w’'-]|\s+[A-Z])")
#: Up to three words between a country and an office ("Dravania’s children’s rights commissioner"),
#: none a function word, a verb of saying, or the noun of an organisation of its own
#: ("Kesmarian soldiers told the minister", "Kesmarian Olympic Committee president" are no office).
_MODS = (r"(?:(?!(?i:and|or|the|a|an|to|by|with|from|of|in|on|at|for|said|says|told|who|which|that)\b|" + _ORG_NOUNS
         + r"\b)[\w’'-]+\s+){0,3}?")
#: Where the phrase after an office or organ ends: punctuation, a verb of saying, a relative.
_PHRASE_END = re.compile(r"[,.;:()\n]|\b(?:said|says|say|told|tells|added|stated|announced|claimed|reported|is|was|are|"
                         r"were|has|had|have|who|which|that|and)\b")
# the pieces around a country (compiled once; the country itself is found by position)
_BEFORE_OFFICE = re.compile(_POSSESSIVE + r"\s+" + _MODS + r"(?:" + _OFFICE + r")\s*,?\s*" + _TITLES)
_OFFICE_AFTER_COUNTRY = re.compile(_POSSESSIVE + r"\s+" + _MODS + r"(?:" + _OFFICE + r")\b")
_OFFICE_OF = re.compile(r"\b(?:" + _OFFICE + r")\s+(?:(?:of|for)\s+(?:[\w’'-]+\s+){0,3}?)?of\s+(?:the\s+)?")
_COMMA_ARTICLE = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?")
_COMMA_OFFICE_OF = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?" + _MODS + r"(?:" + _OFFICE + r")\s+(?:(?:of|for)\s+"
                              r"(?:[\w’'-]+\s+){0,3}?)?of\s+(?:the\s+)?")
_ORG_BEFORE = re.compile(_POSSESSIVE + r"\s+(?:so-called\s+)?(?:the\s+)?")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_ANON_AFTER = re.compile(_POSSESSIVE + r"\s+" + _ANONYMOUS_MODS + r"(?i:authorities|officials|official)\b")


def _not_state(text: str) -> bool:
    """A word of _NOT_STATE in ``text``, not counting a ministry's portfolio or a state organ's own
    words ("Ministry of Trade and Industry", "sports minister", "State Committee for Sport")."""
    return bool(_NOT_STATE.search(_ORGAN_PHRASE.sub(" ", text)))


def _rest_of_phrase(text: str, at: int) -> str:
    """The rest of the noun phrase from ``at``: up to the next punctuation, verb or relative."""
    tail = text[at: at + 100]
    m = _PHRASE_END.search(tail)
    return tail[: m.start()] if m else tail


class Governments:
    """The governments that the sources of one document speak for: the document's countries and
    its patterns are found once, and each source is looked up once (:meth:`of`)."""

    def __init__(self, body: str, places: list[dict]):
        self.body = body
        self.where = WholeWords(body)   # where a source is written (:meth:`_of`, and affiliations)
        self.places = places
        texts = _place_texts(places)
        nationalities = set(_place_texts([p for p in places if p.get("type") == "NORP"]))
        self._body_words = set(re.findall(r"[A-Z][\w-]+", body))
        forms: set[str] = set()
        self._unknown_keys: set[str] = set()
        state_keys = {country_key(m.group(0)) for m in _STATE_FORM_RE.finditer(body)}
        by_key: dict[str, set[str]] = {}   # every form written, by its key (a country's name meets its adjective)
        for w in {*texts, *self._body_words}:
            by_key.setdefault(country_key(w), set()).add(w)
        # a known country written anywhere in the body counts even when the tagger put it inside
        # an organisation's name ("the Russian Defence Ministry" tagged ORG as a whole)
        for run in _CAPITALISED_RUN.finditer(body):
            words = run.group(0).split()
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 4) + 1):
                    known = C.known(" ".join(words[i:j]))
                    if known:
                        forms.update(C.written_forms(known))
        for t in texts:
            known = C.known(t)
            if known:
                forms.update(C.written_forms(known))
                continue
            key = country_key(t)
            partners = {w for w in by_key.get(key, ()) if C.normalise(w) != C.normalise(t)}
            if partners or key in state_keys or (t in nationalities and _nationality(t)):
                forms.add(t)
                forms.update(partners)
                self._unknown_keys.add(key)
        self._forms = forms
        self._country = self._compile(forms)
        self._occurrences = self._find(body, self._country)
        self._starts = [s for s, _, _ in self._occurrences]
        self._memo: dict = {}

    @staticmethod
    def _compile(forms) -> re.Pattern:
        alts = [re.escape(t) for t in sorted(forms, key=len, reverse=True)]
        return re.compile(r"(?<![\w-])(?:" + "|".join([_STATE_FORM, *alts]) + r")(?![\w-]|\.\w)")

    @staticmethod
    def _find(text: str, country: re.Pattern) -> list[tuple[int, int, str]]:
        """(start, end, text) of each country written in ``text``, not as part of a longer name."""
        out = []
        for m in country.finditer(text):
            prev = re.search(r"([A-Z][\w’'-]*)\s+$", text[max(0, m.start() - 40): m.start()])
            if prev and prev.group(1).lower() not in _BEFORE_COUNTRY_OK and not m.group(0).lower().startswith("the "):
                continue
            out.append((m.start(), m.end(), m.group(0)))
        return out

    def is_country(self, name: str) -> bool:
        return bool(C.known(name)) or country_key(name) in self._unknown_keys or bool(_STATE_FORM_RE.fullmatch(name.strip()))

    def readable(self, country: str) -> str:
        key = country_key(country)
        if C.known(country):
            return C.government_name(key)
        for p in self.places:
            if p["type"] == "NORP" and country_key(p["name"]) == key:
                return f"the {p['name']} government"
        words = [w for w in re.findall(r"[\w-]+", re.sub(r"(?:’s|'s)", "", country)) if w.lower() not in C.STATE_GENERIC]
        adj = " ".join(words)
        if re.search(r"(?:an|ese|ish|i)$", adj) and not any(p["type"] == "GPE" and N.name_key(p["name"]) == N.name_key(adj)
                                                            for p in self.places):
            return f"the {adj} government"
        return f"the government of {adj}"

    def _found(self, country: str) -> tuple[str, str]:
        return country_key(country), self.readable(country)

    # --------------------------------------------------------------- a name or mention by itself
    def _organ_country(self, text: str, occ) -> str | None:
        """The country of an organisation's name or mention: an organ word with a country in it
        ("Kesmaria’s health ministry", "Ministry of Defence of the Dravanian Federation")."""
        organs = list(_ORGAN.finditer(text))
        if not organs or not occ:
            return None
        s, e, c = occ[0]
        rest = text[:s] + " " + text[e:]
        if _not_state(rest):
            return None
        if all(_ANONYMOUS.fullmatch(o.group(0).split()[-1]) for o in organs):
            # "officials" / "authorities" alone: only with the country right before them
            for s, e, c in occ:
                if _ANON_AFTER.match(text, e) and not _not_state(text[e:]):
                    return c
            return None
        return c

    def _office_country(self, text: str, occ) -> str | None:
        """The country of an office holder written in ``text``: "Kesmarian Defence Minister", "Dravania’s
        children’s rights commissioner", "minister of health of Kesmaria"."""
        for s, e, c in occ:
            m = _OFFICE_AFTER_COUNTRY.match(text, e)
            if m and not _not_state(text[e: m.end()] + " " + _rest_of_phrase(text, m.end())):
                return c
        for m in _OFFICE_OF.finditer(text):
            for s, e, c in occ:
                if s == m.end() and _END.match(text, e) and not _not_state(text[m.start(): s] + " " + _rest_of_phrase(text, e)):
                    return c
        return None

    # --------------------------------------------------------------- the words next to a name
    def _in_window(self, lo: int, hi: int):
        i = bisect_left(self._starts, lo)
        while i < len(self._occurrences) and self._occurrences[i][0] < hi:
            yield self._occurrences[i]
            i += 1

    def _person_in_body(self, start: int, end: int) -> str | None:
        body = self.body
        for s, e, c in self._in_window(max(0, start - 90), start):   # "Kesmarian Defence Minister NAME"
            m = _BEFORE_OFFICE.fullmatch(body, e, start)
            if m and not _not_state(body[e:start]):
                return c
        m = _COMMA_ARTICLE.match(body, end)   # "NAME, Kesmaria's ombudsman"
        if m:
            for s, e, c in self._in_window(m.end(), m.end() + 1):
                a = _OFFICE_AFTER_COUNTRY.match(body, e)
                if a and not _not_state(body[e: a.end()] + " " + _rest_of_phrase(body, a.end())):
                    return c
        for s, e, c in self._in_window(end, end + 120):   # "NAME, the minister of water of Selva"
            if _COMMA_OFFICE_OF.fullmatch(body, end, s) and _END.match(body, e) \
                    and not _not_state(body[end:s] + " " + _rest_of_phrase(body, e)):
                return c
        return None

    def _org_in_body(self, start: int, end: int) -> str | None:
        body = self.body
        for s, e, c in self._in_window(max(0, start - 90), start):   # "Kesmaria’s State Bureau of ..."
            if _ORG_BEFORE.fullmatch(body, e, start):
                return c
        m = _OF_THE.match(body, end)   # "... of Kesmaria"
        if m:
            for s, e, c in self._in_window(m.end(), m.end() + 1):
                if _END.match(body, e) and not _not_state(_rest_of_phrase(body, e)):
                    return c
        return None

    # --------------------------------------------------------------- a source
    def of(self, source: dict | str) -> tuple[str, str] | None:
        """:func:`government_of` for this document (each source looked up once)."""
        memo: tuple
        if isinstance(source, str):
            memo = ("n", source)
        else:
            memo = ("e", source.get("id"), source["name"], source.get("type"), tuple(source.get("mentions", [])))
        if memo not in self._memo:
            self._memo[memo] = self._of(source)
        return self._memo[memo]

    def _of(self, source: dict | str) -> tuple[str, str] | None:
        if isinstance(source, str):
            text = re.sub(r"^anonymous:\s*", "", source.strip(), flags=re.I)
            ent: dict = {"name": text, "type": "", "mentions": []}
        else:
            ent = source
        if ent.get("type") == "GPE":   # a country speaking ("Dravania says"), not a city
            return self._found(ent["name"]) if self.is_country(ent["name"]) else None
        texts = sorted({t for t in [ent["name"], *ent.get("mentions", [])] if len(t) > 2}, key=len, reverse=True)
        if ent.get("type") != "PERSON":
            for t in texts:   # a seat of government named alone ("the Kremlin said")
                seat = C.seats().get(C.normalise(t))
                if seat:
                    return seat, C.government_name(seat)
        country = self._country
        extra = {w for t in texts for w in re.findall(r"[A-Z][\w-]+", t)} - self._body_words - self._forms
        extra = {w for w in extra if C.known(w) is None and country_key(w) in self._unknown_keys}
        if extra:   # another form of a country, written only in the source's names (from other documents)
            country = self._compile(self._forms | extra)
        person = ent.get("type") == "PERSON"
        for t in texts:
            occ = self._find(t, country)
            found = self._office_country(t, occ) if person else self._organ_country(t, occ)
            if found:
                return self._found(found)
        # the words written next to the name in the text
        organ = not person and any(_ORGAN.search(x) for x in texts) and not any(_not_state(x) for x in texts)
        if not (person or organ):
            return None
        for t in (t for t in texts if t[:1].isupper()):
            for start, end in self.where.find(t):
                found = self._person_in_body(start, end) if person else self._org_in_body(start, end)
                if found:
                    return self._found(found)
        return None


def government_of(body: str, source: dict | str, places: list[dict]) -> tuple[str, str] | None:
    """(country key, readable name such as "the Dravanian government") if ``source`` is an organ
    or office holder of a state, else None. (Many sources of one document: :class:`Governments`.)

    ``source`` is a document entity (``name``, ``type``, ``mentions``) or a bare name (a cited or
    anonymous source: "anonymous: Kesmarian officials"); ``places`` are the document's GPE and NORP
    entities. Their names and mentions are the country words when they name a country: a known
    one (data/countries.json, with all its names and adjectives: "UK", "Britain", "British"), or
    one whose other form (adjective or name) the document also writes ("Dravania" and
    "Dravanian"), or that it names by its form ("the Republic of Selva"); a state named by its
    form counts without a place. A city or region never is. A state organ is:

    * a country speaking (a GPE speaker that is a country: "Dravania says it struck a depot");
    * an organisation whose name or a mention joins a country word and an organ word (_ORGAN),
      or that is written with a country just before it in the text ("Kesmaria’s State Bureau of
      Verification") or "of <country>" just after it; anonymous "officials" / "authorities" only
      with the country right before them ("Kesmarian officials", not "Kesmarian football officials");
    * a person whose name, mention or the words next to them give an office of a country
      ("Kesmarian Defence Minister Olena Marchenko", "Petro Lysenko, Kesmaria’s ombudsman").

    Nothing with a word of _NOT_STATE (court, university, party, newspaper, monitor, club, bank,
    airline, hospital, rebels, ...) in its name or in the rest of the phrase is ("president of
    Kesmaria’s biggest bank"). The key is :func:`country_key` of the country, so a country's
    name and adjective meet.
    """
    return Governments(body, places).of(source)

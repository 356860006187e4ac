"""Canonical entities: link one document's entities to the store's canonical entities.

Candidates come from blocking keys (surname skeleton, acronym, name key, distinctive words, unit
numbers); each candidate is scored with the rules in :mod:`.names`; a veto (different given
names, different unit numbers, a user's split) always wins. User decisions are keyed by
normalised names, so they survive re-analysis and re-linking.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import countries as C
from ..store import Store
from ..store import links as db
from . import names as N
from . import places
from .equivalents import known_equivalent
from .glossary import in_english
from .translit import to_latin

#: Entity types that are not linked across documents.
SKIP_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: A match below this confidence is not enough to merge.
THRESHOLD = 0.7
#: A match at or above this may bridge two existing canonical entities.
STRONG = 0.85


_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def entity_names(ent: dict) -> list[str]:
    """The entity's name and its name-like mentions (not pronouns or descriptions), deduplicated."""
    out, seen = [], set()
    for text in [ent["name"], *ent.get("mentions", [])]:
        if text is None:
            continue
        # a quote the tagger took in ("Meridian '") or a possessive ("Meridian’s") is not the name
        text = text.strip(" \t\n\"'“”‘’,;:")
        if not _POSSESSIVE.search(ent["name"] or ""):   # "McDonald's" keeps its own apostrophe
            text = _POSSESSIVE.sub("", text).strip(" \t\n\"'“”‘’,;:")
        if not text:
            continue
        if text != ent["name"] and not N.is_specific(text, ent["type"]):
            continue
        if ent["type"] == N.PERSON and ent["name"]:
            text = _written_name(text, ent["name"])
        if text != ent["name"]:   # the entity's own name is the extractor's nominative, read in context
            text = nominative(text, ent["type"])
        key = N.name_key(text) or text.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(" ".join(text.split()))
    return out


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The titles and roles the extractor writes before a person's name in a mention."""
    from ..extract.cues import PERSON_ROLES, TITLES   # extract comes before link
    return frozenset(N.TITLES | TITLES | PERSON_ROLES)


@lru_cache(maxsize=65536)
def nominative(text: str, type_: str) -> str:
    """A Cyrillic name as the nominative names it ("Олега Ведерникова" -> "Олег Ведерников",
    "Министерстве обороны" -> "Министерство обороны"): Russian and Ukrainian inflect names by
    case, so a page writes one person in four forms, and two forms of one first name would read
    as two given names (a veto). The language is the one the letters say (ы э ъ ё Russian, і ї є ґ
    Ukrainian); a name with neither is read in both and kept as written when they disagree, one
    with both is kept as written. Latin names, and words pymorphy3 cannot read, are kept as written
    (cached: a page names the same people and bodies again and again)."""
    if not _CYRILLIC.search(text) or type_ in SKIP_TYPES:
        return text
    from ..extract.cyrillic.nominative import canonical   # extract comes before link
    from ..extract.language import RUSSIAN_LETTERS, UKRAINIAN_LETTERS

    ru, uk = bool(RUSSIAN_LETTERS.search(text)), bool(UKRAINIAN_LETTERS.search(text))
    langs = ("ru",) if ru and not uk else ("uk",) if uk and not ru else ("ru", "uk") if not (ru or uk) else ()
    read = {canonical(lang, type_, text) for lang in langs}
    return read.pop() if len(read) == 1 else text


def _written_name(mention: str, name: str) -> str:
    """The person's name in a mention written with a title ("Kyiv Mayor Vitali Klitschko",
    "Speaker Stefanchuk"): the mention's offsets cover what the page wrote, but the words before
    the name are the person's office, not their name, so the linker keys on the name alone.
    A mention that ends with the entity's full name is that name; one that ends with the last
    words of it (a surname) is those words when a title or role stands just before them. Any
    other mention is left as it is."""
    words, own = mention.split(), name.split()
    if len(words) <= 1:
        return mention
    if len(words) > len(own) and words[-len(own):] == own:
        return name
    for n in range(min(len(own) - 1, len(words) - 1), 0, -1):
        if words[-n:] == own[-n:]:
            before = words[-n - 1].lower().rstrip(".")
            parts = [part for part in before.split("-") if part]
            if parts and all(part in _role_words() for part in parts):
                return " ".join(words[-n:])
            break
    return mention


def link_type(ent: dict) -> str:
    """The type an entity is linked under. The tagger calls a place by what it does in the
    sentence ("Kyiv denied …" an ORG, "Kiev" a PERSON), so one capital would split by type across
    documents: a country's or a capital's name tagged an ORG is a place (a state speaking through
    its capital), and so is a country's or a capital of ours with two spellings ("Kiev", "Kyiv")
    tagged a PERSON (not "Sofia" or "Paris", which are given names too); "the Azov Battalion"
    tagged a facility is a unit."""
    type_, name = ent["type"], (ent.get("name") or "").strip()
    words = name.split()
    if type_ == "FAC" and words and words[-1].lower() in N.UNIT_WORDS:
        return "ORG"
    by_head = _type_by_head(type_, name)
    if by_head:
        return by_head
    if type_ in ("ORG", "PERSON", "NORP") and _is_republic(name):
        return "GPE"   # "Donetsk People's Republic" tagged a body or a person, "ДНР" a place: one state
    if type_ in ("ORG", "LOC") and 2 <= len(words) <= 3 and words[-1].lower() in N.REGION_WORDS \
            and all(w[:1].isupper() and w.lower() not in N.GENERIC for w in words[:-1]):
        return "GPE"   # "Kherson Oblast" tagged a body: a region is a place
    if type_ not in ("ORG", "PERSON", "FAC") or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words) \
            or any(w.lower() in N.GENERIC for w in words):
        return type_
    if type_ == "PERSON" and len(words) == 1 and _CYRILLIC.search(name) \
            and places.capital_country(to_latin(name)) is None and places.capital_in(name) is not None:
        return "GPE"   # "Киева": a capital the tagger left inflected and called a person
    place = places.resolve(name)
    if place is None or place.kind != "country" and places.capital_country(name) is None:
        return type_   # a smaller town's name is also a surname, a unit's ("Azov") or a group's
    if type_ == "PERSON" and place.kind != "country" and name.lower() not in N.EXONYMS and name.lower() not in N.EXONYMS.values():
        return type_   # "Sofia", "Victoria", "Paris" are given names as well as capitals
    return "GPE"


#: Head nouns of a facility's name: "the Kakhovka dam", "Kramatorsk railway station", "Velmora
#: Drama Theatre". The tagger calls one building a facility, a body or a place by how the sentence uses it.
FACILITY_HEADS = frozenset({
    "dam", "plant", "station", "hospital", "theatre", "theater", "hall", "prison", "bridge", "airport",
    "airfield", "airbase", "pipeline", "pipelines", "hpp", "npp", "mall", "stadium", "cathedral", "church", "mosque",
    "monastery", "museum", "arena"})
#: Head nouns of a newspaper's or an agency's name ("The Wall Street Journal", "the New York Times").
MEDIA_HEADS = frozenset({"journal", "times", "post", "gazette", "herald", "tribune", "telegraph", "chronicle"})
#: Head nouns of a public body's name ("the Northern Water Board", "Coastal Grain Authority"): the tagger
#: calls some of them persons, and then the body splits from its own bracketed acronym's name.
BODY_HEADS = frozenset({"ministry", "department", "agency", "bureau", "directorate", "council", "committee",
                        "commission", "administration", "board", "authority", "inspectorate"})
_LATIN_NAME = re.compile(r"^[A-Za-z][\w'’.-]*$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _type_by_head(type_: str, name: str) -> str | None:
    """The type a name's head noun gives, whatever the tagger said: a facility's name ("the
    Kakhovka Dam" tagged a body, "Kakhovka Hydroelectric Power Plant" a place) is a facility (FAC),
    a newspaper's ("The Wall Street Journal" tagged a person) a body (ORG). Only a Latin-script name
    of two words or more with a capitalised word before its head. A name the tagger called a person
    is never made a facility (Hall, Church, Bridge are surnames: "Oliver Hall", "Charlotte Church"),
    and a body by its head only when it reads as a title: after "The" or of three words or more, no
    initial among them ("Emily Post", "Anna Post", "Ivan Post" are people; a given name is often a
    town's name too, so a place as first word proves nothing for a person)."""
    if type_ not in ("ORG", "GPE", "LOC", "PERSON", "NORP", "FAC"):
        return None
    words = re.sub(r"\s*\([^()]*\)\s*$", "", name).split()   # "… Power Plant (HPP)": the head before the bracket
    lead = bool(words) and words[0].lower() == "the"
    if lead:
        words = words[1:]
    if len(words) < 2 or not all(_LATIN_NAME.match(w) for w in words) \
            or not N.ARTICLE.sub("", words[0])[:1].isupper():   # "al-Rashid Mosque" too
        return None
    head = words[-1].lower().rstrip(".,")
    if head in FACILITY_HEADS and type_ not in ("FAC", "PERSON"):
        return "FAC"
    if head in BODY_HEADS and type_ == "PERSON":
        return "ORG" if lead or len(words) >= 3 and not any(_INITIAL.match(w) for w in words) else None
    if head not in MEDIA_HEADS or type_ not in ("PERSON", "GPE", "NORP", "FAC"):
        return None
    if type_ == "PERSON":
        titled = lead or len(words) >= 3 and not any(_INITIAL.match(w) for w in words)
        return "ORG" if titled else None
    return "ORG" if len(words) >= 3 or lead or places.resolve(words[0]) is not None else None


def _acronyms_typed(entities: list[dict]) -> list[dict]:
    """A bare acronym takes the type of the name it stands for on the same page: "Kakhovka
    Hydroelectric Power Plant (HPP)" is a facility, so a later "HPP" the tagger called a body is
    that facility, not a body of its own (the two would never meet, a merge never crossing types)."""
    defined: dict[str, str] = {}
    for e in entities:
        shorts = [short.split()[-1] for text in [e.get("name") or "", *e.get("mentions", [])][:50]
                  if text and "(" in text and (short := N.with_acronym(" ".join(text.split())))]
        if shorts:
            linked = link_type(e)   # once per entity, not per bracketed mention
            for short in shorts:
                defined.setdefault(short, linked)
    if not defined:
        return entities
    out = []
    for e in entities:
        name = (e.get("name") or "").strip()
        type_ = defined.get(name)
        if type_ and N.is_acronym(name) and e["type"] in ("ORG", "FAC", "GPE", "PERSON", "NORP") and link_type(e) != type_:
            e = {**e, "type": type_}
        out.append(e)
    return out


def _is_republic(name: str) -> bool:
    """A republic's name ("Donetsk People's Republic", "the Luhansk republics") or a name the table
    of known equivalents reads as one ("DPR", "ДНР"): a state, whatever the tagger called it."""
    words = N.tokens(name)
    if len(words) >= 2 and words[-1].lower() in ("republic", "republics"):
        return True
    known = known_equivalent(name)
    return bool(known and known.endswith("Republic"))


#: A capital's name used for its state: a verb of its own after it ("Moscow denied", "Kyiv has
#: said"), its forces, government or stance ("Moscow's troops", "the Kiev regime"), or an
#: accusation aimed at it ("accused Kyiv").
_STATE_AFTER = re.compile(r"^(?:\s+(?:said|says|denied|denies|accused|accuses|claimed|claims|blamed|blames|warned|warns|"
                          r"insisted|insists|rejected|rejects|responded|announced|believes|considers|proceeds|wants|demands|"
                          r"has|have|had|would|will|regime|authorities|officials|government)\b|"
                          r"-(?:installed|backed|controlled|led|appointed|occupied|annexed)\b|"
                          r"['’]s\s+(?:forces|troops|army|military|government|officials|regime|war|invasion|allies|"
                          r"supporters?|backers?|partners?|position|claims?|accusations?|attacks?|aggression|leadership|"
                          r"authorities|side|envoy|ambassador|diplomats?|defen[cs]e|offensive|strikes?)\b)", re.I)
_STATE_BEFORE = re.compile(r"\b(?:accused|accusing|blamed|blaming|urged|urging|against)\s+$", re.I)
#: A capital's name used for the city: a preposition of place before it ("in Moscow", "near Kyiv").
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|near|outside|around|at|into|across|over|through|toward|towards|via|of central)\s+$", re.I)


def _used_as_state(contexts: list[tuple[str, str]]) -> bool:
    """Do the document's mentions of a capital use it for its state more often than for the city
    (each mention's few words either side, as the store gives them)?"""
    state = place = 0
    for before, after in contexts:
        if _PLACE_BEFORE.search(before):
            place += 1
        elif _STATE_AFTER.match(after) or _STATE_BEFORE.search(before):
            state += 1
    return state > place


def as_state(ent: dict, speakers: set[str]) -> dict:
    """The entity as it is linked when a capital stands for its state. Reporting says "Moscow
    denied …" for Russia and "in Moscow" for the city: a capital's name the tagger called a body
    (an ORG), that a claim of the document names as its speaker, or that the document's mentions
    use for the state more often than for the city (:func:`_used_as_state`) is the state, linked under the
    country's name (its own name stays the document's mention, never the country's alias, so the
    city keeps a canonical entity of its own); otherwise the entity is unchanged."""
    name = " ".join((ent.get("name") or "").split())
    if ent["type"] not in ("ORG", "GPE", "PERSON") or not name or len(name.split()) > 2:
        return ent
    if ent["type"] != "ORG" and N.name_key(name) not in speakers and not _used_as_state(ent.get("contexts") or []):
        return ent
    state = places.state_of_capital(name)
    if state is None:
        return ent
    return {**ent, "type": "GPE", "name": state, "mentions": []}


#: A one-word name of a city this big is the city whatever the tagger called it (see :func:`as_city`).
BIG_CITY = 100_000


def as_city(ent: dict, person_words: set[str]) -> dict:
    """A big city's one-word name tagged a body or a nationality ("authorities in Belgorod" an
    ORG, "Belgorod Governor" a NORP) is the city: one place must not split by the tagger's type
    across documents. Not a word of a person's name in the same document ("Lloyd Austin" …
    "Austin's office"), nor a smaller town (a unit's or a group's name may share it). A city
    tagged a person is left alone: many cities are given names or surnames too ("Sofia", "Austin")."""
    name = " ".join((ent.get("name") or "").split())
    if ent["type"] not in ("ORG", "NORP") or " " in name or not name[:1].isupper() \
            or name.lower() in N.GENERIC or name.lower() in person_words:
        return ent
    if places.city_population(name) < BIG_CITY:
        return ent
    return {**ent, "type": "GPE"}


def as_person(ent: dict, people: set[str]) -> dict:
    """A body's or a state's words the tagger glued before a person's name and called a body
    ("Security Service Artem Dekhtyarenko", an ORG, where the document names Artem Dekhtyarenko)
    is that person: a name of another type that ends with the full name (two words or more) of a
    person of the same document."""
    if ent["type"] == N.PERSON or not people:
        return ent
    words = N.name_key(ent.get("name") or "").split()
    for i in range(1, len(words) - 1):
        if " ".join(words[i:]) in people:
            return {**ent, "type": N.PERSON}
    return ent


_OWNER_BEFORE = re.compile(r"(?:^|[^\w'’])([A-Z][\w-]+)(?:['’]s)?\s+$")


def as_owned(ent: dict) -> dict:
    """A generic body's name ("Ministry of Defence") the tagger cut from its state ("Ukraine's
    Ministry of Defence", "the Ukrainian Ministry of Defence": the state a separate entity or
    none) is linked under the whole name, so that it meets that state's body and no other; its
    bare mentions are not kept as aliases (the same words name every state's ministry).

    A page names the organ with its state first and bare after ("Ukraine's Defence Ministry said …
    The Defence Ministry added …"): the bare mentions continue the owned one. A page that names two
    states' organs with the same words ("Russia's Defence Ministry … Ukraine's Defence Ministry")
    gives the tagger one entity for both; it is marked ``owners_clash`` and joins nothing (see
    :meth:`EntityLinker.link_entity`), since it may be either state's."""
    name = " ".join((ent.get("name") or "").split())
    if ent["type"] != "ORG" or not name or not (N.is_generic_body(name) or N.is_bare_organ(name)):
        return ent
    owners: list[str | None] = []   # the state's code before each mention ("Russia", "Russian": ru)
    word = None
    for before, _after in ent.get("contexts") or []:
        m = _OWNER_BEFORE.search(before)
        code = C.known(m.group(1)) if m else None
        owners.append(code)
        if m and code and word is None:
            word = m.group(1)
    known = {o for o in owners if o}
    if len(known) > 1:
        return {**ent, "owners_clash": True}
    if len(known) != 1 or owners[0] is None:
        return ent
    return {**ent, "name": f"{word} {re.sub(r'^(?:the|The) ', '', name)}", "mentions": []}


#: How many of a document's named organs a bare one is compared with (a bound on hostile pages).
MAX_STATED_ORGANS = 32


@lru_cache(maxsize=16384)
def _state_words(name: str) -> tuple[str, ...]:
    """The words of a body's name that name a state ("России", "України", "Беларуси", "РФ",
    "Russia"), in Latin or Cyrillic script, in any case."""
    from ..extract.cyrillic.entities import state_name   # extract comes before link

    return tuple(w for w in name.split() if N._country_bag(w)
                 or (_CYRILLIC.search(w) and any(state_name(lang, w) for lang in ("ru", "uk"))))


def _stated(names: list[str]) -> bool:
    """Whether a body's names say whose it is: a state in the name, or a table entry's body."""
    return any(_state_words(n) or known_equivalent(n) for n in names)


@lru_cache(maxsize=16384)
def _bare_organ_name(name: str) -> bool:
    """A Cyrillic state organ's name with no state in it ("МОЗ", "МВД", "Минздрава", "Следственный
    комитет"): whose it is, the same words name in every state."""
    if not _CYRILLIC.search(name) or _state_words(name) or known_equivalent(name):
        return False
    return bool(N.ORGAN_WORDS & {w.lower() for w in in_english(name).split()})


def _bare_organ(names: list[str]) -> bool:
    return bool(names) and not _stated(names) and any(_bare_organ_name(n) for n in names)


@lru_cache(maxsize=16384)
def _bare_place_body(name: str) -> bool:
    """A Cyrillic body named by its common noun alone ("Суд", "Поліція", "Рада"): any town's."""
    from ..extract.cyrillic.mention_passes import bare_place_body   # extract comes before link

    return bare_place_body(" ".join(name.split()))


def _state_clash(mine: list[str], theirs: list[str]) -> bool:
    """A bare Cyrillic organ and a body that says its state never join across documents: a page's
    bare "МОЗ" may be any state's ministry (its language or outlet does not say which)."""
    return (_bare_organ(mine) and _stated(theirs)) or (_bare_organ(theirs) and _stated(mine))


def as_stated(ents: list[dict]) -> list[dict]:
    """A bare Cyrillic organ ("Минздрава", "В Следственном комитете") of a page that names the same
    organ with one state ("Минздрав России", "Следственный комитет Беларуси") is linked under that
    name; its bare mentions are not kept as aliases (they name every state's organ)."""
    stated = [e for e in ents if e["type"] == "ORG" and e.get("name") and _CYRILLIC.search(e["name"])
              and _state_words(e["name"])][:MAX_STATED_ORGANS]
    if not stated:
        return ents
    out = []
    for ent in ents:
        name = " ".join((ent.get("name") or "").split())
        if ent["type"] != "ORG" or not name or not _bare_organ_name(name):
            out.append(ent)
            continue
        fits = {e["name"] for e in stated
                if isinstance(N.match("ORG", name, " ".join(w for w in e["name"].split() if w not in _state_words(e["name"]))), N.Match)}
        keys = {tuple(sorted(N._country_bag(n) or {w.lower()[:4] for w in _state_words(n)})) for n in fits}
        out.append({**ent, "name": sorted(fits)[0], "mentions": []} if len(keys) == 1 else ent)
    return out


def _score(type_: str, mine: list[str], theirs: list[str]) -> N.Match | None | bool:
    """Best rule over all name pairs; False if any pair vetoes."""
    best: N.Match | None = None
    for a in mine:
        for b in theirs:
            m = N.match(type_, a, b)
            if m is False:
                # a veto from a full name against a full name; a bare mention's quirk must not veto
                if a == mine[0] or len(N.parse(a).words) > 1:
                    return False
                continue
            if isinstance(m, N.Match) and (best is None or m.confidence > best.confidence):
                best = m
    return best


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def display(name: str, type_: str) -> str:
    """How a canonical entity is shown: a person without titles, anything without a leading "the"."""
    if type_ == N.PERSON:
        parsed = N.parse(name).words
        return " ".join(parsed) if parsed else name
    words = name.split()
    if len(words) > 1 and words[0].lower() in N.DETERMINERS:
        return " ".join(words[1:])
    return name


def _display_score(name: str, type_: str) -> tuple:
    shown = display(name, type_)
    words = N.parse(name).words
    capital = shown[:1].isupper()
    # a name in Latin letters is shown before a Cyrillic one (an oblique case as written: "Дравании")
    latin = not _CYRILLIC.search(shown)
    if type_ == N.PERSON:
        full = all(len(w.rstrip(".")) > 1 for w in words)
        return (latin, capital, full, len(words))
    if type_ in N.NAMED_PLACES:
        return (latin, capital, name.split()[0].lower() not in N.DETERMINERS, -len(words))
    return (latin, capital, not N.is_acronym(name), len(words))


def _display_better(new: str, old: str, type_: str) -> bool:
    return _display_score(new, type_) > _display_score(old, type_)


class _Ledger:
    """One document's entity linking, read in a few statements and written in one go.

    What the linker asks of the store while it links a document's entities (the candidates of a
    blocking key, the candidates' names, the user decisions about a name) is read for all its
    entities at once before the first is linked; what it writes (members, names, keys, display
    names) is kept here, answered from here to the later entities of the document, and written
    by :meth:`flush` (one statement per table). A new canonical entity gets a provisional id
    (above any id the store holds, in the order made, so it sorts as its real id will) and is
    inserted by :meth:`flush` with the others, which then gives every provisional id its real one
    (:meth:`id_of`); the ledger answers for either. A bridge (a merge of two canonical entities) is
    rare and rewrites many rows: the ledger writes what it holds, lets the merge run in the store,
    and from then on reads and writes the store directly for this document (``direct``)."""

    #: The first provisional id (the store's ids stay far below it).
    PROVISIONAL = 1 << 62

    def __init__(self, store: Store, document_id: int, entities: list[dict]) -> None:
        self.store, self.document_id = store, document_id
        self.direct = False
        lookup: set[str] = set()
        name_keys: set[str] = set()
        for ent in entities:
            type_ = link_type(ent)   # the keys link_entity will look up
            for n in entity_names(ent):
                lookup.update(N.lookup_keys(type_, n))
                name_keys.add(N.name_key(n))
        name_keys.discard("")
        self.decided_keys = name_keys
        # the user decisions about its names and the store's newest canonical ids per key: one round trip
        self.decisions, self.by_key = db.decisions_and_candidates(store, name_keys, lookup)
        self.added: dict[str, set[int]] = {}                # ids given a key by this document
        self.profile = db.canonical_profiles(store, {cid for ids in self.by_key.values() for cid in ids})
        self.members: list[tuple] = []
        self.names: list[tuple[int, str]] = []
        self.keys: list[tuple[int, str]] = []
        self.renames: list[tuple[str, int]] = []
        self.created: list[tuple[int, str, str]] = []   # (provisional id, type, name) not inserted yet
        self.real: dict[int, int] = {}                  # provisional id -> its id in the store
        self._next_id = self.PROVISIONAL

    def id_of(self, cid: int) -> int:
        """The store's id of a canonical entity (once written, for a provisional one)."""
        return self.real.get(cid, cid)

    # -- reads ------------------------------------------------------------------------------
    def candidates(self, keys: set[str]) -> list[int]:
        """As :func:`.links.canonical_candidates` on the store with this ledger's writes in it."""
        if self.direct or not keys <= self.by_key.keys():
            self.flush()
            return db.canonical_candidates(self.store, keys)
        out: set[int] = set()
        for key in keys:
            limit = db.candidate_limit(key)
            out.update(sorted(set(self.by_key[key]) | self.added.get(key, set()), reverse=True)[:limit])
        return sorted(out)

    def profiles(self, ids: list[int]) -> dict[int, dict]:
        ids = [self.id_of(cid) for cid in ids]
        if self.direct:
            return db.canonical_profiles(self.store, ids)
        self._load(ids)
        return {cid: self.profile[cid] for cid in ids if cid in self.profile}

    def canonical(self, cid: int) -> dict | None:
        cid = self.id_of(cid)
        if self.direct:
            return db.canonical(self.store, cid)
        self._load([cid])
        p = self.profile.get(cid)
        return {"id": p["id"], "type": p["type"], "name": p["name"]} if p else None

    def canonical_names(self, cid: int) -> list[str]:
        cid = self.id_of(cid)
        if self.direct:
            return db.canonical_names(self.store, cid)
        self._load([cid])
        return list(self.profile[cid]["names"]) if cid in self.profile else []

    def decisions_about(self, type_: str, keys: set[str]) -> list[dict]:
        if not keys <= self.decided_keys:
            return db.decisions_about(self.store, type_, keys)
        return db.latest_decisions(d for d in self.decisions if d["type"] == type_ and (d["name_a"] in keys or d["name_b"] in keys))

    def cooccur(self, cid: int, context: set[int]) -> bool:
        self.flush()
        return db.cooccur(self.store, self.id_of(cid), {self.id_of(c) for c in context})

    def _load(self, ids) -> None:
        """Profiles of canonical entities this document has not touched yet (the store has them whole)."""
        missing = [cid for cid in ids if cid not in self.profile and cid < self.PROVISIONAL]
        if missing:
            self.profile.update(db.canonical_profiles(self.store, missing))

    # -- writes -----------------------------------------------------------------------------
    def new_canonical(self, type_: str, name: str) -> int:
        if self.direct:
            return db.new_canonical(self.store, type_, name)
        cid, self._next_id = self._next_id, self._next_id + 1
        self.created.append((cid, type_, name))
        self.profile[cid] = {"id": cid, "type": type_, "name": name, "names": []}
        return cid

    def add_member(self, entity_id: int, cid: int, confidence: float, rule: str, evidence: str) -> None:
        self.members.append((entity_id, self.id_of(cid), confidence, rule, evidence))
        self._flush_if_direct()

    def rename(self, cid: int, name: str) -> None:
        cid = self.id_of(cid)
        self.renames.append((name, cid))
        if not self.direct:
            self._load([cid])
            self.profile[cid]["name"] = name
        self._flush_if_direct()

    def add_names(self, cid: int, names: list[str]) -> None:
        cid = self.id_of(cid)
        self.names += [(cid, n) for n in names]
        if not self.direct:
            self._load([cid])
            known = self.profile[cid]["names"]
            known += [n for n in dict.fromkeys(names) if n not in known]
        self._flush_if_direct()

    def add_keys(self, cid: int, keys: set[str]) -> None:
        cid = self.id_of(cid)
        self.keys += [(cid, k) for k in sorted(keys)]
        for k in keys:
            self.added.setdefault(k, set()).add(cid)
        self._flush_if_direct()

    def merge(self, keep: int, drop: int) -> None:
        self.flush()
        db.merge_canonicals(self.store, self.id_of(keep), self.id_of(drop))
        self.direct = True

    def _flush_if_direct(self) -> None:
        if self.direct:
            self.flush()

    def flush(self) -> None:
        """Write what the ledger holds: the new canonical entities (one round trip, for their ids),
        then one statement per table (sent with the next statement that waits)."""
        if self.created:
            ids = db.new_canonicals(self.store, [(t, n) for _cid, t, n in self.created])
            self.real.update(zip((cid for cid, _t, _n in self.created), ids))
            self.created = []
            self.profile = {self.id_of(cid): {**p, "id": self.id_of(cid)} for cid, p in self.profile.items()}
            self.added = {k: {self.id_of(cid) for cid in ids_} for k, ids_ in self.added.items()}
            self.members = [(e, self.id_of(c), *rest) for e, c, *rest in self.members]
            self.names = [(self.id_of(c), n) for c, n in self.names]
            self.keys = [(self.id_of(c), k) for c, k in self.keys]
            self.renames = [(n, self.id_of(c)) for n, c in self.renames]
        db.add_members(self.store, self.document_id, self.members)
        db.add_name_rows(self.store, self.names)
        db.add_key_rows(self.store, self.keys)
        db.rename_canonicals(self.store, self.renames)
        self.members, self.names, self.keys, self.renames = [], [], [], []


class EntityLinker:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._ledger: _Ledger | None = None
        self.names: dict[int, list[str]] = {}   # after link(): canonical id -> its names, when known without a read

    # -- decisions ------------------------------------------------------------------------
    def _decisions(self, type_: str, keys: set[str]) -> tuple[set[str], set[str]]:
        """Name keys this entity must (merge) and must not (split) share a canonical entity with."""
        must: set[str] = set()
        never: set[str] = set()
        found = self._ledger.decisions_about(type_, keys) if self._ledger else db.decisions_about(self.store, type_, keys)
        for d in found:
            other = d["name_b"] if d["name_a"] in keys else d["name_a"]
            (must if d["action"] == "merge" else never).add(other)
        return must, never

    def _name_keys(self, canonical_id: int) -> set[str]:
        return {N.name_key(n) for n in self._names(canonical_id)}

    def _names(self, canonical_id: int) -> list[str]:
        return self._ledger.canonical_names(canonical_id) if self._ledger else db.canonical_names(self.store, canonical_id)

    # -- linking --------------------------------------------------------------------------
    def link(self, document_id: int, context: set[int] | None = None, entities: list[dict] | None = None,
             speakers: set[str] | None = None) -> dict[int, int]:
        """Link the document's entities (``entities``: as :func:`.links.document_entities` reads
        them, when the caller has them already; ``speakers``: the name keys of its claims'
        speakers, see :func:`as_state`); returns {entity id: canonical id}."""
        out: dict[int, int] = {}
        found = [e for e in (db.document_entities(self.store, document_id) if entities is None else entities)
                 if e["type"] not in SKIP_TYPES]
        person_words = {w.lower() for e in found if e["type"] == N.PERSON and " " in (e["name"] or "").strip()
                        for w in (e["name"] or "").split()}
        people = {N.name_key(e["name"]) for e in found if e["type"] == N.PERSON and len((e["name"] or "").split()) >= 2}
        linked = as_stated(_acronyms_typed([as_owned(as_person(as_city(as_state(e, speakers or set()), person_words), people))
                                            for e in found]))
        self._ledger = ledger = _Ledger(self.store, document_id, linked)
        try:
            for ent in linked:
                cid = self.link_entity(document_id, ent, set(out.values()) | (context or set()))
                out[ent["id"]] = cid
            ledger.flush()
            out = {e: ledger.id_of(cid) for e, cid in out.items()}
        finally:
            self._ledger = None
        # the names of the canonical entities linked, as the store now holds them (for origins)
        self.names = {} if ledger.direct else {cid: list(ledger.profile[cid]["names"]) for cid in set(out.values())}
        if ledger.direct and set(out.values()) - db.existing_canonicals(self.store, out.values()):
            # a later entity of the document bridged canonical entities an earlier one was linked to
            out = db.canonical_of_entities(self.store, out)
        return out

    def link_entity(self, document_id: int, ent: dict, context: set[int]) -> int:
        ent = {**ent, "type": link_type(ent)}
        type_ = ent["type"]
        names = entity_names(ent)
        keys = {k for n in names for k in N.blocking_keys(type_, n)}
        lookup = {k for n in names for k in N.lookup_keys(type_, n)}
        my_keys = {N.name_key(n) for n in names} - {""}
        must, never = self._decisions(type_, my_keys)
        scored: list[tuple[float, int, N.Match]] = []
        led = self._ledger
        if led is None:   # an entity linked on its own: its own ledger, written at once
            self._ledger = _Ledger(self.store, document_id, [ent])
            try:
                cid = self.link_entity(document_id, ent, context)
                self._ledger.flush()
                cid = self._ledger.id_of(cid)
            finally:
                self._ledger = None
            return cid
        # two states' organs under one name on one page: either state's, so it joins nothing and
        # nothing finds it (its keys are not indexed); a bare place's body ("Суд", "Поліція") is
        # any town's: it too joins nothing across documents
        clash = bool(ent.get("owners_clash")) or (type_ == "ORG" and _bare_place_body(ent.get("name") or ""))
        for cid, cand in ([] if clash else sorted(led.profiles(led.candidates(lookup)).items())):
            if cand["type"] != type_:
                continue
            theirs = cand["names"]
            their_keys = {N.name_key(n) for n in theirs}
            if their_keys & never:
                continue
            if their_keys & must:
                scored.append((1.0, cid, N.Match(1.0, "user", "merged by a user decision")))
                continue
            if type_ == "ORG" and _state_clash(names, theirs):
                continue
            m = _score(type_, names, theirs)
            if not isinstance(m, N.Match) or m.confidence < THRESHOLD:
                continue
            scored.append((m.confidence, cid, m))
        # user merges with canonical entities not found through the keys
        must_keys = {f"{type_}|n:{' '.join(N.fold(w) for w in key.split())}" for key in must}
        for cid in led.candidates(must_keys) if must_keys else []:
            if all(cid != s[1] for s in scored) and self._name_keys(cid) & must and not (self._name_keys(cid) & never):
                scored.append((1.0, cid, N.Match(1.0, "user", "merged by a user decision")))
        scored.sort(key=lambda s: (-s[0], s[1]))
        chosen: list[tuple[float, int, N.Match]] = []
        if scored:
            top = scored[0][0]
            tied = [s for s in scored if s[0] == top]
            if top < STRONG and len(tied) > 1:
                # ambiguous (a bare surname shared by two people): context decides, else no merge
                ctx = [s for s in tied if self._cooccurs(s[1], context)]
                tied = ctx if len(ctx) == 1 else []
            chosen = tied[:1]
            if chosen and top >= STRONG:
                # a strong match to several canonical entities bridges them when nothing vetoes it
                for s in scored[1:]:
                    if s[0] >= STRONG and s[1] != chosen[0][1] and self._compatible(type_, [c[1] for c in chosen], s[1]):
                        chosen.append(s)
        if not chosen:
            cid = led.new_canonical(type_, display(ent["name"], type_))
            led.add_member(ent["id"], cid, 1.0, "new", "first mention of this entity in the store")
        else:
            conf, cid, m = chosen[0]
            for _c, other, _m in chosen[1:]:
                led.merge(cid, other)
            evidence = m.evidence + ("" if len(chosen) == 1 else f"; bridged {len(chosen)} entities")
            led.add_member(ent["id"], cid, conf, m.rule, evidence)
            cur = led.canonical(cid)
            if cur and _display_better(ent["name"], cur["name"], type_):
                led.rename(cid, display(ent["name"], type_))
        led.add_names(cid, names)
        if not clash:
            led.add_keys(cid, keys)
        return cid

    def _compatible(self, type_: str, chosen: list[int], other: int) -> bool:
        theirs = self._names(other)
        their_keys = {N.name_key(n) for n in theirs}
        for c in chosen:
            mine = self._names(c)
            if _score(type_, mine, theirs) is False:
                return False
            _must, never = self._decisions(type_, {N.name_key(n) for n in mine})
            if their_keys & never:
                return False
        return True

    def _cooccurs(self, canonical_id: int, context: set[int]) -> bool:
        if not context:
            return False
        return self._ledger.cooccur(canonical_id, context) if self._ledger else db.cooccur(self.store, canonical_id, context)

    # -- user decisions -------------------------------------------------------------------
    def merge(self, a: int, b: int, made_at: str) -> int:
        """Merge canonical entity ``b`` into ``a`` and record the decision; returns the kept id."""
        ca, cb = db.canonical(self.store, a), db.canonical(self.store, b)
        if ca is None or cb is None:
            raise ValueError(f"no canonical entity {a if ca is None else b}")
        if ca["type"] != cb["type"]:
            raise ValueError(f"cannot merge a {ca['type']} with a {cb['type']}: a merge never crosses entity types")
        db.add_decision(self.store, "merge", ca["type"], N.name_key(ca["name"]), N.name_key(cb["name"]), made_at)
        keep, drop = min(a, b), max(a, b)
        db.merge_canonicals(self.store, keep, drop)
        best = ca["name"] if keep == a else cb["name"]
        other = cb["name"] if keep == a else ca["name"]
        if _display_better(other, best, ca["type"]):
            db.rename_canonical(self.store, keep, display(other, ca["type"]))
        return keep

    def split(self, canonical_id: int, names: list[str], made_at: str) -> list[int]:
        """Record that the members named ``names`` (entity names or mentions) are not the rest of
        canonical entity ``canonical_id``; returns the documents to re-link so it takes effect."""
        cur = db.canonical(self.store, canonical_id)
        if cur is None:
            raise ValueError(f"no canonical entity {canonical_id}")
        wanted = {N.name_key(n) for n in names}
        members = db.member_rows(self.store, canonical_id)
        moving = [m for m in members if N.name_key(m["name"]) in wanted or wanted & {N.name_key(x) for x in m["mentions"]}]
        if not moving:
            raise ValueError(f"none of {', '.join(map(repr, names))} names a member of entity {canonical_id}")
        move_keys = {N.name_key(m["name"]) for m in moving}
        stay_keys = {N.name_key(m["name"]) for m in members if m not in moving} - move_keys
        if not stay_keys:
            raise ValueError("every member has that name; nothing left to split from")
        for a in sorted(move_keys):
            for b in sorted(stay_keys):
                db.add_decision(self.store, "split", cur["type"], a, b, made_at)
        keys = sorted(move_keys)
        for a, b in zip(keys, keys[1:]):
            db.add_decision(self.store, "merge", cur["type"], a, b, made_at, note="split off together")
        return sorted({m["document_id"] for m in members})

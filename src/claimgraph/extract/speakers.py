"""Entities of a document and the resolution of a speaker's text to one of them.

The small model's NER misses surnames and mislabels places as people, so resolution does not trust
it alone. It keeps, in document order:

* person names (NER PERSON, plus capitalised tokens that repeat the last word of a known name) —
  a full name is canonical, a surname resolves to the most recent full name ending in it;
* roles tied to a name by the parse: appositions ("Kyrylo Budanov, head of intelligence",
  "the former pilot, Maksim Kuzminov"), title compounds ("pilot Maksim Kuzminov") and copulas
  ("X is a pilot"), so "the 28-year-old pilot" finds Kuzminov;
* organisations, with acronyms tied to the phrase they abbreviate ("military intelligence (GUR)");
* the subjects of earlier sentences, for pronouns.

Preference follows the issue: full name over surname over role; unnamed sources become
``anonymous: <description>``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from spacy.tokens import Span

from .. import countries as C
from .cues import EVIDENCE_SUBJECTS
from .cues import ANONYMITY, FIRST_PERSON, ORG_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, PERSON_ROLES, SPEECH_VERBS, TITLES

# "a spokesman for the mayor": past this many earlier mentions of the role, no guess at its holder
_MAX_ROLE_MENTIONS = 200

SPEECH_LEMMAS = SPEECH_VERBS

#: What only people do: the subject of these is a person's name, whatever the tagger said.
_PERSON_ACTS = frozenset({"speak", "meet", "visit", "resign"})
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE")
_DETS = re.compile(r"^(?:the|a|an)\s+", re.I)
#: A body's name written with its owner's pronoun: "its refugee agency" is the agency ("its own" stays).
_OWNER_PRONOUN = re.compile(r"^(?:its|their)\s+(?!own\b)", re.I)
_POSS = re.compile(r"(?:[’']s|[’'])$")
#: Heads of a state's organ that the tagger leaves unnamed after the state ("the Russian defence ministry").
_OWNED_ORGAN_HEADS = frozenset({"ministry"})


def _owner_key(text: str) -> str:
    """The state a word names, as the country table's key ("Russia's", "Russian" -> "ru";
    "Niger" -> "ne" but "Nigerian" -> "ng"), else the word itself in lower case: two owners of one
    page's organs are one state only when their keys are equal. The same table
    (:mod:`claimgraph.countries`) as ``link/`` reads for the owner of a linked organ."""
    word = _POSS.sub("", text.strip())
    return C.known(word) or word.lower()


_AGE = re.compile(r"\d+[- ]years?[- ]old", re.I)
_UNIT_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$", re.I)
#: What a body speaks through: its statements, reports and investigations.
DOCUMENT_NOUNS = EVIDENCE_SUBJECTS | frozenset(
    "statement statements article post communique release letter account accounts paper publication "
    # what a body counts or knows, owned as its documents are ("the ministry's data": lemma "datum")
    "datum information estimate estimates statistic statistics tally count website site".split())
#: The kinds of source a claim's speaker can be.
SPEAKER_TYPES = ("person", "organisation", "state organ", "media outlet", "document", "anonymous source")
#: Last words of an outlet's name, and outlets' own words for themselves.
OUTLET_WORDS = frozenset("""times journal post news herald tribune gazette telegraph guardian daily weekly press
agency wire newspaper outlet broadcaster channel television tv radio magazine media network observer
independent chronicle review bulletin monitor insider bbc cnn reuters afp tass ria interfax ukrinform
bloomberg al-jazeera meduza sputnik xinhua""".split()) | {"news agency", "al jazeera"}
#: What an outlet is called when it is not named again ("the newspaper said").
OUTLET_NOUNS = frozenset("newspaper paper daily outlet broadcaster magazine tabloid publication".split())
#: Wires and outlets usually written without an outlet word.
WIRE_NAMES = frozenset({"AP", "Associated Press", "AFP", "Reuters", "TASS", "RIA Novosti", "Interfax", "Ukrinform",
                        "UNIAN", "Bloomberg", "Xinhua", "Sputnik", "RT", "Meduza", "Al Jazeera", "BBC", "CNN"})
#: Words of a non-state body's name ("Amnesty International", "Human Rights Watch").
BODY_WORDS = frozenset("""international watch foundation fund association society federation initiative project
institution university college academy trust league movement red cross crescent""".split())
#: Words that make a body an organ of a state (its government, forces, services, courts).
STATE_ORGAN_WORDS = frozenset("""ministry ministries government kremlin army navy military forces force police
parliament embassy prosecutor prosecutors staff command presidency cabinet administration authorities
authority guard guards council court ombudsman senate duma rada congress""".split()) | {"white house"}

#: Those who speak for a body without being named: "a spokeswoman for the ministry".
SPOKES_ROLES = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials source sources representative "
    "representatives officer officers".split())


@dataclass
class _Ent:
    name: str
    type: str
    mentions: list[tuple[str, int, int]] = field(default_factory=list)
    #: PERSON (or one-word ORG) mentions written the way places are ("in Novy Veles", "the city
    #: of Novy Veles", a dateline), and those written the way people or bodies are (a subject, a title)
    place_votes: int = 0
    person_votes: int = 0
    body_votes: int = 0   # "the Herald": a one-word name after "the" is a paper or a body, not a person


#: Words before a name that make it a place: "in X", "near X", "the city of X".
_LOCATIVE = frozenset("in near outside from into across around towards toward via".split())
_PLACE_OF = frozenset("""city town village region district settlement port suburb outskirts parts part areas area
territory territories capital north south east west centre center""".split())
#: What a state has ("Kesmaria’s ombudsman", "Kesmaria’s 41st Rifle Brigade"): its owner is a place.
_STATE_OWNED = frozenset("""ombudsman ministry government parliament capital border borders territory citizens
brigade regiment embassy navy""".split())
#: A name modifying one of these is a place ("the Zarichne checkpoint").
_PLACE_HEADS = frozenset("checkpoint district region village town city oblast raion province crossing".split())


def _seat(head, span) -> str | None:
    """The place a body's name is completed by: "in Gaza" of "the Ministry of Health in Gaza"."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < span.end:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ == "GPE" and pobj.i < span.end:
                return " ".join(t.text for t in pobj.subtree if t.ent_type_ == "GPE")
    return None


def _title_word(word: str) -> bool:
    """A title or rank, hyphenated ones in pieces ("Gen.", "Major-General", "Lt-Col")."""
    return all(part in TITLES for part in word.lower().rstrip(".").split("-"))


def _ranked_person(name: str) -> bool:
    """A rank or title, then two or three capitalised words with no body's word among them."""
    words = name.split()
    return 3 <= len(words) <= 4 and _title_word(words[0]) and all(
        w[:1].isupper() and w.lower() not in ORG_NOUNS for w in words[1:])


def clean_name(text: str, titles: bool = True, person: bool = False) -> str:
    """A name without surrounding punctuation, possessive and (``titles``) leading titles: a
    person's "General" is a rank, a body's ("General Staff") is its name. A job written as a
    title ("CEO Vera Lind") goes only from what the tagger called a ``person``: a body's name may
    open with one ("Teacher Retirement System")."""
    text = text.strip(" \t\n,;:.\"'“”‘’()")
    text = _POSS.sub("", text).strip()
    words = text.split()
    while titles and len(words) > 1 and (_title_word(words[0]) or person and _role_before_name(words)) and not (
            len(words) == 2 and words[1].lower() in ORG_NOUNS):
        words = words[1:]
    return " ".join(words)


#: A person's job written before their name as a title ("CEO Tim Cook", "Employee Ana Ruiz",
#: "Coach Ivo Marek"): the name is what follows.
_ROLE_PREFIXES = (PERSON_ROLES - {"man", "woman", "source", "sources", "officials", "general", "major"}) | frozenset(
    "ceo cfo coo cto employee clerk teacher coach worker chairperson".split())


def _role_before_name(words: list[str]) -> bool:
    """A role word, then a name of two or three capitalised words with no body's word among them."""
    return 3 <= len(words) <= 4 and words[0].lower().rstrip(".") in _ROLE_PREFIXES and all(
        w[:1].isupper() and w.lower() not in ORG_NOUNS for w in words[1:])


class _Positions(list):
    """A list of (position, name) that also keeps its entries in order of position (then of
    addition), and each name's positions, so that "the latest before a position" is a bisection:
    a pass over every mention of the document for each pronoun made a page of thousands of
    pronoun claims quadratic. Read and appended as the list it is."""

    def __init__(self) -> None:
        super().__init__()
        self._order: list[tuple[int, int]] = []        # (position, index in the list)
        self._of: dict[str, list[int]] = {}            # name -> its positions, sorted

    def append(self, item: tuple[int, str]) -> None:
        insort(self._order, (item[0], len(self)))
        insort(self._of.setdefault(item[1], []), item[0])
        super().append(item)

    def latest_before(self, pos: int) -> str | None:
        """The name at the latest position before ``pos`` (the first added of those there)."""
        k = bisect_left(self._order, (pos, -1))
        if k == 0 or self._order[k - 1][0] < 0:
            return None
        first = bisect_left(self._order, (self._order[k - 1][0], -1))
        return self[self._order[first][1]][1]

    def latest_of(self, name: str | None, pos: int) -> int:
        """The latest position of ``name`` before ``pos``, or -1."""
        found = self._of.get(name, []) if name is not None else []
        k = bisect_left(found, pos)
        return found[k - 1] if k else -1

    def other_between(self, lo: int, hi: int, name: str) -> bool:
        """Is a name other than ``name`` at a position strictly between ``lo`` and ``hi``?"""
        k = bisect_left(self._order, (lo + 1, -1))
        while k < len(self._order) and self._order[k][0] < hi:
            if self[self._order[k][1]][1] != name:
                return True
            k += 1
        return False


class Registry:
    """Document-wide entities and the state speaker resolution needs; fed one Doc at a time."""

    def __init__(self) -> None:
        self.ents: dict[str, _Ent] = {}
        # (position, canonical) of every person mention, in order; used for pronouns and surnames
        self.person_mentions: _Positions = _Positions()
        # the same full names (two words or more) by their first and last word, each list sorted by
        # (position, order of mention), and the last words of PERSON entities: looked up, not
        # scanned, for each lone name (a scan made a page of thousands of speakers quadratic)
        self._full_names: dict[str, list[tuple[int, int, str]]] = {}
        #: first or last word -> {the holder's other name: where first named}, at most four a word
        self._name_holders: dict[str, dict[str, int]] = {}
        self._surnames: set[str] = set()
        self.subject_persons: _Positions = _Positions()
        self.org_mentions: list[tuple[int, str]] = []
        self.roles: dict[str, list[tuple[int, str]]] = {}
        self._lemma_index: dict[int, tuple[object, dict[str, list[int]]]] = {}   # id(doc) -> (doc, lemma -> token indexes)
        self.acronyms: dict[str, str] = {}  # "GUR" -> "Ukrainian military intelligence (GUR)"
        #: organ head ("ministry") -> (owner stem, entity name) of the latest state organ named with its owner
        self._owned_organ_last: dict[str, tuple[str, str]] = {}
        #: bodies' names by the phrase that introduced them: (phrase, name) → (content words, head word), in
        #: the order last noted (one entry per phrase: a page repeating a body stays linear)
        self.org_phrases: dict[tuple[str, str], tuple[set[str], str | None]] = {}
        #: where the text first names each of them, when known (a body named later stands for nothing yet)
        self.org_phrase_from: dict[tuple[str, str], int] = {}
        self.claim_speakers: list[tuple[int, str, bool]] = []
        self._claims_in_order: list[tuple[int, int]] = []   # (position, index in claim_speakers), sorted
        self._inner_claims: dict[int, tuple[int, int]] = {}   # claims inside another claim's words
        #: (position, role lemma, speaker, anonymous) of claims by an unnamed role ("an official"), sorted
        self.unnamed_roles: list[tuple[int, str, str, bool]] = []
        self._person_claims: list[tuple[int, str]] = []   # (position, speaker) of claim_speakers that are persons, sorted
        #: names the text set in apposition to a body's generic noun ("The firm …, Silver Harrow"):
        #: organisations, whatever the tagger later calls them
        self._bodies: dict[str, str] = {}   # name -> the generic noun it stood beside
        self.thing_subjects: list[tuple[int, str]] = []
        self.body_subjects: list[tuple[int, str]] = []   # (position, canonical) of ORG/GPE subjects
        # (position, document noun, owner): "X said in a statement" — what a later "the statement" is
        self.document_owners: list[tuple[int, str, str]] = []
        self._doc = None
        self._ents: list = []
        self._text = ""

    # ---------------------------------------------------------------- building
    def _person_canonical(self, name: str, pos: int) -> str:
        words = name.split()
        if len(words) >= 2:
            return name
        # A lone surname or first name: the most recent full name it belongs to.
        # the latest full name at or before ``pos`` whose first or last word it is (the first
        # mentioned of those at that position)
        found = self._full_names.get(name.lower(), [])
        k = bisect_right(found, (pos, len(self.person_mentions)))
        if k == 0:
            return name
        p = found[k - 1][0]
        return found[bisect_left(found, (p, -1))][2]

    def _shared_name(self, word: str, pos: int) -> bool:
        """Have two people named before ``pos`` had ``word`` as first or last name ("Halvard Brenn",
        "Marit Brenn")? Then "Brenn" alone is not known to be either."""
        other = sorted(o for o, first in self._name_holders.get(word.lower(), {}).items() if first <= pos)
        # one person named in several forms ("Halvard J. Brenn", "Halvard Brenn", "H. Brenn") is
        # one holder: an initial counts only when no full name of the holders starts with it
        full = [o for o in other if len(o.rstrip(".")) > 1]
        initials = {o[0] for o in other if len(o.rstrip(".")) <= 1 and not any(f[0] == o[0] for f in full)}
        return len(full) + len(initials) >= 2

    def add_entity(self, name: str, type_: str, text: str, start: int, end: int) -> str:
        key = None
        if type_ == "PERSON":
            full = self._person_canonical(name, start)
            if full != name and self._shared_name(name, start):
                # the speaker code still reads the latest full name (the likeliest speaker), but the
                # entity keeps the surname apart: it is not known to be that person's
                key = name
            name = full
        else:
            name = _DETS.sub("", name)
        # One entity per name: the model may call "Ukrainian" GPE in one sentence and NORP in
        # the next; the first label stands (a PERSON label, once seen, wins).
        key = key or name
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = _Ent(key, type_)
        elif type_ == "PERSON" and name not in self._bodies:
            ent.type = "PERSON"
        ent.mentions.append((text, start, end))
        if type_ == "PERSON":
            fw = name.lower().split()
            if len(fw) >= 2:
                for w, other in {(fw[0], fw[-1]), (fw[-1], fw[0])}:
                    insort(self._full_names.setdefault(w, []), (start, len(self.person_mentions), name))
                    # the holders of a word are told apart by their other name: the first name of
                    # a surname's holders, the last name of a first name's
                    holders = self._name_holders.setdefault(w, {})
                    if len(holders) < 4:   # a few are enough to know a lone word is shared
                        holders.setdefault(other, start)
            if len(name.split()) >= 2:
                self._surnames.add(name.split()[-1])
            self.person_mentions.append((start, name))
        elif type_ == "ORG":
            self.org_mentions.append((start, name))
        return name

    def feed(self, doc, offset: int) -> None:
        """Collect entities, roles and acronyms from one parsed chunk (``offset`` into the body)."""
        self._acronyms(doc.text, offset)
        # Words the model tags as places or nationalities somewhere in the chunk; a PERSON
        # made of them ("Russian Genocide", "Kyiv") is an NER slip, not a person.
        ents = list(doc.ents)
        # doc.ents rebuilds every Span on each access (and Span.ents calls it): keep one list.
        self._doc, self._ents, self._text = doc, ents, doc.text
        placey = {t.lower_ for e in ents if e.label_ in ("GPE", "NORP", "LOC") for t in e}
        # words tagged a place only when they stand alone after a person's full name ending in
        # them: the small model often calls a repeated surname a place ("Viktor Halden … Halden
        # said"), which is no reason to doubt the full name
        lone_after = _lone_places_after(ents)
        persons_here: list[tuple[int, int, str]] = []
        organ_of = self._owned_organs(doc, ents, offset)
        for ent in ents:
            if ent.label_ not in ENTITY_TYPES:
                continue
            if ent.label_ == "ORG" and ent.start > 0 and _UNIT_NUMBER.match(doc[ent.start - 1].text) and doc[ent.start - 1].whitespace_:
                # "41st" tagged ORDINAL apart from "Rifle Brigade": without it the 41st brigade is
                # any rifle brigade, and links to the 141st
                ent = Span(doc, ent.start - 1, ent.end, label="ORG")
            label = ent.label_
            name = clean_name(ent.text, titles=label == "PERSON", person=label == "PERSON")
            if not name or not any(ch.isalpha() for ch in name):
                continue
            if label != "DATE" and name[:1].isdigit() and not any(w[:1].isupper() for w in name.split()[1:]):
                continue  # "319th" tagged NORP: numbers are not names ("41st Rifle Brigade" is)
            if label != "DATE" and not any(ch.isupper() for ch in name):
                continue  # "fed" in "warm, fed and smiling" tagged ORG: a name has a capital
            if label == "DATE" and _AGE.search(name):
                continue  # "28-year-old" is an age, not a date
            if label in ("PERSON", "GPE", "LOC") and _cut_name(doc, ent):
                continue  # "Hugh" of "Hugh Carrow", "Novyi" of "Novyi Veles": a name the tagger cut in two
            if label == "PERSON" and any(w.lower() in ORG_NOUNS for w in name.split()):
                # a body's word makes it a body ("Azov Regiment"), and the tagger may have cut its
                # of-phrase ("State Bureau" of "State Bureau of Verification")
                ent = _with_of_phrase(doc, ent)
                label, name = "ORG", clean_name(ent.text)
            if label == "ORG" and ent.root.lemma_.lower() in ORG_NOUNS and any(t.lower_ == "of" for t in ent):
                where = _seat(ent.root, doc[ent.start : ent.sent.end])
                if where is not None:
                    name = f"{_DETS.sub('', name)} in {where}"   # "the Ministry of Health in Gaza"
            if label == "ORG" and _ranked_person(name):
                # "Major-General Igor Konashenkov" tagged a body for its rank: the person
                label, name = "PERSON", clean_name(name)
            if label == "PERSON":
                words = name.split()
                # a lower-case word or a place/nationality word is never part of a person's name
                if not all(w[:1].isupper() for w in words) or any(w.lower() in placey for w in words[:-1]) or (
                        words[-1].lower() in placey and not (len(words) >= 2 and (ent.end, words[-1].lower()) in lone_after)):
                    continue
                if ent.root.pos_ not in ("PROPN",):
                    continue
            if label == "ORG" and ent.start in organ_of:
                if not organ_of[ent.start]:
                    continue
                name = organ_of[ent.start]   # "the Russian ministry" after "Russia's Defence Ministry"
            if label in ("ORG", "NORP", "GPE") and name.upper() in self.acronyms:
                name, label = self.acronyms[name.upper()], "ORG"
            elif label in ("ORG", "GPE") and " " not in name and self._surname_of_person(name):
                label = "PERSON"  # "Gordeeva said …" tagged ORG after "Svetlana Gordeeva" was named
            canon = self.add_entity(name, label, ent.text, offset + ent.start_char, offset + ent.end_char)
            # a place may come tagged PERSON, or ORG when none of its words names a body ("Vardo Brisk")
            if label == "PERSON" or (label == "ORG" and not any(_POSS.sub("", w).lower() in ORG_NOUNS for w in canon.split())):
                self._vote_place_or_person(doc, ent, canon)
            if label == "PERSON":
                persons_here.append((ent.start, ent.end, canon))
                for tok in ent:
                    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.head.dep_ in ("nsubj",) and tok.head in ent):
                        self.subject_persons.append((offset + ent.start_char, canon))
                        break
                self._collect_roles(doc, ent, canon, offset, person=True)
            if label in ("ORG", "GPE") and ent.root.dep_ in ("nsubj", "nsubjpass"):
                # "Russia … has blamed the West. But it had not …": a body or state as the subject
                # is what a later "it" most likely continues
                self.body_subjects.append((offset + ent.start_char, canon))
            if label == "ORG":
                self.note_org_phrase(name, name, offset + ent.start_char)
                # "the rights group Amnesty International", "Meridian, a watchdog": what a later
                # "the rights group" / "the watchdog" stands for
                self._collect_roles(doc, ent, canon, offset, person=False)
        for tok in doc:
            # things that can be "it" later: "The report identifies … It warns …"
            # (a lower-case noun the tagger called a proper one, "the coastal defence ministry", too)
            common = tok.pos_ == "NOUN" and tok.tag_ == "NN" or tok.pos_ == "PROPN" and tok.text.islower()
            if tok.dep_ == "nsubj" and common and (
                tok.lemma_.lower() in EVIDENCE_SUBJECTS or tok.lemma_.lower() in ORG_NOUNS
            ):
                self.thing_subjects.append((offset + tok.idx, _DETS.sub("", clean_name(_describe(_np_head(tok))))))
                if tok.lemma_.lower() in ORG_NOUNS and (
                    any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in tok.lefts)
                    or any(c.dep_ in ("compound", "poss") and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.text.islower())
                           for c in tok.lefts)
                    or any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                           for c in tok.rights)
                ):
                    # "The Velesian interior ministry published …", "the ministry of emergency
                    # situations said …": a body the tagger did not name, which a later "the
                    # ministry" stands for
                    phrase = self.thing_subjects[-1][1]
                    self.note_org_phrase(phrase, phrase)
        self._unlabelled_names(doc, offset, persons_here, placey)
        self._surname_mentions(doc, offset, persons_here)

    def _owned_organs(self, doc, ents, offset: int) -> dict[int, str]:
        """A state's ministry the tagger left unnamed after its state ("the Russian defence
        ministry", "Russia's foreign ministry": only "Russian" / "Russia" tagged) is a body named
        with its state: without it the page's mentions of that ministry are lost, and a later bare
        "the Defence Ministry" has nothing to continue. A state's ministry named later by its state
        alone ("the Russian ministry", tagged or not) is the latest one of that state named before.
        Returns {start token of a tagged name: the entity it names, "" for none} for :meth:`feed`. One pass."""
        owner_of = {}   # token index just after a state's name (or its "'s") -> the name's span
        for e in ents:
            if e.label_ in ("NORP", "GPE"):
                after = e.end + (1 if e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s") else 0)
                owner_of[after] = e
        # a name all in lower case ("health ministry" tagged ORG) is dropped in feed: untagged here
        named = {t.i for e in ents if any(ch.isupper() for ch in e.text) for t in e}
        tagged = {e[-1].i: e for e in ents if e.label_ == "ORG" and e[-1].lower_ in _OWNED_ORGAN_HEADS and e.start in named}
        redirect: dict[int, str] = {}
        for tok in doc:
            head = tok.lower_
            e = tagged.get(tok.i)
            if e is not None:
                words = [t for t in e if t.dep_ != "det"]
                if e.start in owner_of:   # "Russia's" + "Defence Ministry"
                    self._owned_organ_last[head] = (_owner_key(owner_of[e.start].text), _DETS.sub("", clean_name(e.text)))
                elif len(words) == 2 and words[0].text[:1].isupper():   # "The Russian ministry" tagged whole
                    last = self._owned_organ_last.get(head)
                    if last is not None and last[0] == _owner_key(words[0].text) and tok.dep_ != "compound":
                        redirect[e.start] = last[1]
                    elif C.known(words[0].text):
                        # a known state's "ministry" continuing none ("A Ukrainian Ministry official
                        # said"): it names no ministry, and as an entity it joins any of that state's
                        redirect[e.start] = ""
                continue
            if head not in _OWNED_ORGAN_HEADS or tok.i in named:
                continue
            i = tok.i
            # up to three untagged field words before the head: "defence", "foreign", "Interior"
            while i not in owner_of and i > tok.i - 3 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].i not in named \
                    and doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
                i -= 1
            owner = owner_of.get(i)
            if owner is None:
                continue
            span = doc[owner.start : tok.i + 1]
            name = clean_name(span.text)
            if not name:
                continue
            owner_key = _owner_key(owner.text)
            if i == tok.i:
                # no field word: "the Russian ministry" names no ministry by itself. It continues
                # the latest one of that state named before ("Russia's defence ministry") or
                # nothing; "a Ukrainian ministry official", "ministry buildings" name none at all
                last = self._owned_organ_last.get(head)
                if tok.dep_ == "compound" or last is None or last[0] != owner_key:
                    continue
                name = last[1]
            name = self.add_entity(name, "ORG", span.text, offset + span.start_char, offset + span.end_char)
            self._owned_organ_last[head] = (owner_key, name)
        return redirect

    def _surname_of_person(self, word: str) -> bool:
        """Is ``word`` the last name of a person already named in this document?"""
        return word in self._surnames

    def _vote_place_or_person(self, doc, ent, canon: str) -> None:
        """The small model tags some cities PERSON ("Novy Veles"); how the text uses the name decides
        (see :meth:`entities`): after "in", "near", "the city of" it is a place; as the subject of a
        verb, after a title or a first name it is a person."""
        e = self.ents.get(canon)
        if e is None:
            return
        prev = doc[ent.start - 1] if ent.start > 0 else None
        prev2 = doc[ent.start - 2] if ent.start > 1 else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        dateline = ent.text.isupper() and (prev is None or "\n" in prev.text) and nxt is not None and nxt.text == ","
        root = ent.root
        # a person may own a ministry ("Olena Marchenko's ministry"): only a name tagged ORG is a state by it
        owner_of_state = ent.label_ == "ORG" and root.dep_ == "poss" and root.head.lemma_.lower() in _STATE_OWNED
        place_head = root.dep_ == "compound" and root.head.lemma_.lower() in _PLACE_HEADS
        # "X, a Telegram channel": an apposition naming a body
        body_appos = any(c.dep_ == "appos" and c.lemma_.lower() in ORG_NOUNS and c.lemma_.lower() not in PERSON_ROLES
                         for c in root.children)
        if dateline or owner_of_state or place_head or (prev is not None and (
                prev.lower_ in _LOCATIVE or (prev.lower_ == "of" and prev2 is not None and prev2.lower_ in _PLACE_OF))):
            e.place_votes += 1   # "NOVYI VELES, Kesmaria —" opening a report is a dateline
        elif body_appos or (prev is not None and prev.lower_ == "the" and len(ent) == 1 and ent.label_ == "PERSON"):
            e.body_votes += 1
        elif any(t.dep_ in ("nsubj", "nsubjpass", "appos") for t in ent) or (prev is not None and prev.lower_.rstrip(".") in TITLES):
            e.person_votes += 1

    def _unlabelled_names(self, doc, offset: int, persons_here, placey: set[str]) -> None:
        """Names the NER missed or mislabelled, recovered from the parse.

        A run of two or three capitalised proper nouns that is a speech verb's subject, carries a
        role title, or stands in apposition to a person role ("Nadia Kovalenko, a nurse", "the
        pilot, Maksim Orlov") is a person's name whatever the NER said — unless the NER called it
        a place, nationality or date.
        """
        covered = {i for s, e, _ in persons_here for i in range(s, e)}
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in covered or tok.dep_ in ("compound", "flat"):
                continue
            run = _name_run(tok, of_chain=False)
            if not 2 <= len(run) <= 3 or not all(t.text[:1].isupper() and t.text.isalpha() for t in run):
                continue
            if any(t.ent_type_ in ("NORP", "FAC", "DATE", "PERSON") for t in run):
                continue
            roleish = tok.dep_ == "appos" and tok.head.lemma_.lower() in PERSON_ROLES
            roleish = roleish or any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_ROLES for c in tok.children)
            titled = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLES for c in tok.lefts)
            subject = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_LEMMAS | _PERSON_ACTS
            if not (roleish or titled or subject):
                continue
            if any(t.ent_type_ in ("GPE", "LOC") or t.lower_ in placey for t in run):
                # The small model tags unfamiliar names as places ("Mika Sand, the foreign
                # minister"); a whole LOC span that a role names, or one that speaks, is a person.
                # GPE only with a role: "New Zealand said" is a state.
                tagged = self._ents_covering(run)
                if tagged is None or tagged.label_ not in ("GPE", "LOC") or (tagged.label_ == "GPE" and not (roleish or titled)):
                    continue
                if any(t.lower_ in {w.lower_ for e in self._ents if e is not tagged and e.label_ in ("GPE", "NORP", "LOC")
                                    for w in e} for t in run):
                    continue   # a word another entity makes a place
            if any(t.lower_ in ORG_NOUNS for t in run):
                continue
            name = " ".join(t.text for t in run)
            s, e = run[0].idx, run[-1].idx + len(run[-1])
            canon = self.add_entity(name, "PERSON", doc.text[s:e], offset + s, offset + e)
            persons_here.append((run[0].i, run[-1].i + 1, canon))
            covered.update(t.i for t in run)
            if tok.dep_ in ("nsubj", "nsubjpass"):
                self.subject_persons.append((offset + s, canon))
            self._collect_roles(doc, doc[run[0].i : run[-1].i + 1], canon, offset, person=True)

    def _ents_covering(self, run) -> Span | None:
        """The entity whose span is exactly the tokens of ``run``, if any."""
        start, end = run[0].i, run[-1].i + 1
        return next((e for e in self._ents if e.start == start and e.end == end), None)

    def _ents_in(self, span) -> list:
        if self._doc is not span.doc:
            return list(span.ents)
        return [e for e in self._ents if span.start <= e.start and e.end <= span.end]

    def speaker_type(self, speaker: str, span, anonymous: bool) -> str:
        """What kind of source ``speaker`` is: one of :data:`SPEAKER_TYPES`."""
        if anonymous or speaker.startswith("anonymous: "):
            return "anonymous source"
        ent = self.ents.get(speaker)
        words = [w.lower().strip("’'.,()") for w in speaker.split()]
        last = words[-1] if words else ""
        # the name's own words first: the small tagger calls "The New York Times" a person
        if _is_outlet_name(speaker):
            return "media outlet"
        if last in DOCUMENT_NOUNS:
            return "document"
        if any(w in STATE_ORGAN_WORDS for w in words) or (ent is not None and ent.type == "GPE"):
            return "state organ"
        if any(w in ORG_NOUNS or w in BODY_WORDS for w in words):
            return "organisation"
        if ent is not None and ent.type == "PERSON":
            return "person"
        head = span.root.lemma_.lower() if span is not None and len(span) else last
        if ent is None and (head in PERSON_ROLES or last in PERSON_ROLES):
            return "person"  # a role that names nobody yet ("the nurse", "a spokesman for the company")
        return "organisation"

    def is_person(self, name: str) -> bool:
        ent = self.ents.get(name)
        return ent is not None and ent.type == "PERSON"

    def note_document(self, pos: int, noun: str, owner: str) -> None:
        """Remember whose document a noun is ("X said in a statement"), for a later "the statement"."""
        self.document_owners.append((pos, noun, owner))

    def first_mention(self, name: str) -> float:
        """Where the text first names the person ``name`` by its surname or whole name (inf if never)."""
        found = self._full_names.get(name.split()[-1].lower(), [])
        return min((start for start, _, full in found if full == name), default=float("inf"))

    def is_outlet_span(self, tok) -> bool:
        """Does the subject headed by ``tok`` name a news outlet ("The Associated Press", "Reuters",
        "the newspaper")?"""
        phrase = _DETS.sub("", clean_name(" ".join(t.text for t in _name_run(tok)))) if tok.pos_ == "PROPN" else tok.lower_
        return tok.lemma_.lower() in OUTLET_NOUNS or _is_outlet_name(phrase)

    def note_org_phrase(self, phrase: str, full: str, pos: int | None = None) -> None:
        """Remember ``full`` as the body a later phrase with ``phrase``'s words stands for (from
        ``pos``, where the text first names it, when known)."""
        key = (phrase, full)
        if pos is not None:
            self.org_phrase_from[key] = min(pos, self.org_phrase_from.get(key, pos))
        if key in self.org_phrases:
            self.org_phrases[key] = self.org_phrases.pop(key)   # noted again: now the latest
        else:
            self.org_phrases[key] = (_content_words(phrase), _head_word(full))

    def note_unnamed_role(self, span, pos: int, speaker: str | None, anonymous: bool) -> None:
        """Remember whom an unnamed role stood for ("a senior military official" → the military),
        for a later "the official"."""
        head = span.root
        lemma = head.lemma_.lower()
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in head.children)
        # "One of them, a retired teacher, …": one person of those counted
        one_of = lemma == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        if speaker and (indefinite and (lemma in SPOKES_ROLES or lemma in PERSON_ROLES or lemma in ("person", "people"))
                        or one_of):
            insort(self.unnamed_roles, (pos, lemma, speaker, anonymous))

    def _claim_speaker_before(self, pos: int) -> tuple[int, str, bool] | None:
        """The (position, speaker, person) of the claim spoken nearest before ``pos`` (claims are
        noted pass by pass, not in text order)."""
        k = bisect_left(self._claims_in_order, (pos, -1))
        for _ in range(64):   # bounded: a page of nested claims is no reason to scan it all
            if k == 0:
                return None
            k -= 1
            entry = self.claim_speakers[self._claims_in_order[k][1]]
            holder = self._inner_claims.get(entry[0])
            if holder is None or holder[0] <= pos < holder[1]:
                return entry
        return None

    def _of_kind(self, name: str, noun: str) -> bool:
        """Can ``the <noun>`` ("the label", "the company", "the agency") be the body ``name``: one
        the text set beside a generic noun of that kind, or whose name carries a word of that kind
        ("Silver Harrow Records", "Kelm State Police"), and for a company any name with no word of
        another kind of body ("Apple", not "Kelm Artists Guild"). Other generic nouns take any body."""
        kind = _BODY_KIND_OF.get(noun)
        if kind is None:
            return True
        intro = self._bodies.get(name)
        if intro is not None:
            return _BODY_KIND_OF.get(intro, kind) == kind
        words = {w.lower().strip(".,") for w in name.split()}
        if words & _BODY_KINDS[kind]:
            return True
        if kind == "agency" and len(name) >= 3 and name.isalpha() and name.isupper():
            return True   # "NASA", "FEMA"
        return kind == "company" and not words & _OTHER_BODY_WORDS

    def _body_claim_before(self, pos: int, reach: int, noun: str = "organization") -> str | None:
        """The organisation (not an outlet) that spoke in one of the few claims just before ``pos``,
        within ``reach`` characters, of the kind ``the <noun>`` can be (:meth:`_of_kind`)."""
        k = bisect_left(self._claims_in_order, (pos, -1))
        for _ in range(8):
            if k == 0:
                return None
            k -= 1
            at, name, person = self.claim_speakers[self._claims_in_order[k][1]]
            if pos - at >= reach:
                return None
            if not person and not name.startswith("anonymous") and (name not in self.ents or self.ents[name].type == "ORG") \
                    and not _is_outlet_name(name) and self._of_kind(name, noun):
                return name
        return None

    def note_inner_claims(self, holders: dict[int, tuple[int, int]]) -> None:
        """Claims whose cue lies inside another claim's words ("The ministry said the army had
        declined to comment"), by position, with the span holding them: a later "it" outside that
        span continues the outer claim; one inside it (in the same quotation) may continue them."""
        self._inner_claims.update(holders)

    def _unnamed_role_before(self, pos: int, reach: int, role: str | None = None) -> tuple[int, str, str, bool] | None:
        """The latest claim by an unnamed role (of ``role``, if given) less than ``reach`` before ``pos``."""
        k = bisect_left(self.unnamed_roles, (pos,))
        while k > 0 and pos - self.unnamed_roles[k - 1][0] < reach:
            k -= 1
            if role is None or self.unnamed_roles[k][1] == role:
                return self.unnamed_roles[k]
        return None

    def note_speaker(self, pos: int, speaker: str | None, person: bool) -> None:
        """Remember a resolved speaker: "it"/"they" in a later claim usually continues it."""
        if speaker:
            insort(self._claims_in_order, (pos, len(self.claim_speakers)))
            self.claim_speakers.append((pos, speaker, person))
            if person:
                insort(self._person_claims, (pos, speaker))

    def _surname_mentions(self, doc, offset: int, persons_here) -> None:
        # NER misses repeated surnames; a capitalised PROPN equal to a known surname is a mention.
        covered: set[int] = set()
        for s, e, _ in persons_here:
            covered.update(range(s, e))
        for tok in doc:
            # a capitalised noun, PROPN or not: the tagger calls some surnames NOUN
            if tok.i in covered or not tok.is_alpha or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            # the small model often tags a repeated surname ORG; a known surname is a person
            if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG", ""):
                continue
            pos = offset + tok.idx
            full = self._person_canonical(tok.text, pos - 1)
            if full != tok.text and full.split()[-1] == tok.text:
                self.add_entity(tok.text, "PERSON", tok.text, pos, pos + len(tok.text))   # its full name, unless shared
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    self.subject_persons.append((pos, full))

    def _collect_roles(self, doc, ent, canon: str, offset: int, person: bool) -> None:
        root = ent.root
        pos = offset + ent.start_char
        if not person and root.pos_ == "PROPN" and root.lemma_.lower() in ORG_NOUNS and (
                all(t.dep_ == "det" for t in ent if t.i < root.i) and any(t.lower_ == "of" for t in ent)
                or all(t.ent_type_ in ("NORP", "GPE") or t.dep_ == "det" or t.pos_ == "PROPN" for t in ent if t.i < root.i)
                and not (ent.start > 0 and ent.doc[ent.start - 1].tag_ == "POS")):   # "Russia's …": the whole phrase is kept elsewhere
            # "the Ministry of Defence of X", "the Russian Interior Ministry" head with their kind of
            # body: a later "the ministry", "a ministry spokesman" is it
            self.roles.setdefault(root.lemma_.lower(), []).append((pos, canon))
        nps = []
        for child in root.children:
            if child.dep_ == "appos":
                nps.append(child)
        if root.dep_ == "appos":
            nps.append(root.head)
        if root.head.lemma_ == "be" and root.dep_ == "nsubj":
            nps.extend(c for c in root.head.children if c.dep_ == "attr")
        for tok in list(root.lefts) + [t for t in ent if t.i != root.i]:
            # titles before the name: "pilot Maksim Kuzminov", "Colonel Yaroslav Kravets"
            if tok.dep_ == "compound" and (tok.pos_ == "NOUN" or tok.lower_ in PERSON_ROLES or tok.lower_ in TITLES):
                if tok.pos_ == "NOUN":
                    nps.append(tok)
                elif person or tok.lower_ not in PERSON_ROLES:
                    self.roles.setdefault(tok.lower_, []).append((pos, canon))
        doc_ = ent.doc
        if person and ent.start > 0 and doc_[ent.start - 1].lower_ in PERSON_ROLES | TITLES and doc_[ent.start - 1].text[:1].isupper():
            self.roles.setdefault(doc_[ent.start - 1].lower_, []).append((pos, canon))
        for np in nps:
            for t in [np, *[c for c in np.children if c.dep_ == "compound"]]:
                if t.pos_ == "NOUN" and t.text[:1].islower():  # a role, not an acronym ("(DSNS)")
                    if not person and t.lemma_.lower() in PERSON_ROLES:
                        continue   # "Zelenskyy aide: Kyiv …" parsed as an apposition: a body is no aide
                    self.roles.setdefault(t.lemma_.lower(), []).append((pos, canon))

    def _acronyms(self, text: str, offset: int) -> None:
        # "Ukrainian military intelligence (GUR)": the words before the bracket that the acronym
        # abbreviates. We keep as many words as the acronym has letters (at least two), dropping
        # leading function words — enough to match later mentions like "Ukrainian intelligence".
        for m in _ACRONYM.finditer(text):
            acro = m.group(1)
            before = text[max(0, m.start() - 120) : m.start()].rstrip()
            # only this sentence's words: "STOCKHOLM, June 10. The Norwegian Seismic Array (NORSAR)"
            before = re.split(r"[.!?]\s+(?=[A-Z])|\n", before)[-1]
            words = before.split()
            tail = _initials_run(words, acro) or words[-min(len(words), max(2, len(acro))) :]
            while tail and (tail[0].lower() in _FUNCTION or not tail[0][:1].isalpha()):
                tail = tail[1:]
            if not tail:
                continue
            phrase = " ".join(tail)
            end2 = m.start()
            while end2 > 0 and text[end2 - 1].isspace():
                end2 -= 1
            start = end2 - len(phrase)
            if text[start:end2] != phrase:
                # words separated by more than one space: the raw stretch from the first word
                start = max(0, text.rfind(tail[0], max(0, end2 - 200), end2))
            full = f"{phrase} ({acro})"
            self.acronyms[acro] = full
            self.note_org_phrase(phrase, full)
            self.add_entity(full, "ORG", text[start : m.end()], offset + start, offset + m.end())

    # ---------------------------------------------------------------- resolving
    def resolve(self, span, cue_pos: int, offset: int, outer_speaker: str | None = None) -> tuple[str | None, str | None]:
        """(canonical, anonymous-or-None) for a subject ``span`` of a parsed chunk."""
        if span is None or len(span) == 0:
            return None, None
        head = span.root
        low = head.lower_
        pos = offset + span.start_char
        if low in FIRST_PERSON:
            return outer_speaker, None
        if low in PERSON_PRONOUNS and len(span) == 1:
            person = self._pronoun_person(pos)
            # "a spokesman for the company told …. He declined to say …": the unnamed one who
            # spoke just before, unless a named person was mentioned since
            unnamed = self._unnamed_role_before(pos, 400)
            if unnamed is not None and (person is None or self.person_mentions.latest_of(person, pos) < unnamed[0]):
                return unnamed[2], ("anonymous" if unnamed[3] else None)
            return person, None
        if low in ("who", "that", "which") and head.head is not None:
            # relative pronoun: its antecedent is the noun the clause hangs from
            ante = head.head.head if head.head.dep_ == "relcl" else None
            if ante is not None and (sender := _document_sender(ante)) is not None:
                # "The company published a blog post that said …": the body that put it out
                return self.resolve(sender.doc[sender.left_edge.i : sender.right_edge.i + 1], cue_pos, offset, outer_speaker)
            if ante is not None:
                return self.resolve(_np_head(ante), cue_pos, offset, outer_speaker)
        if low in ("these", "those") and len(span) == 1 and head.pos_ == "PRON":
            # "Media in X reported clues. According to these, …": the source that spoke just before
            last = self._claim_speaker_before(pos)
            if last is not None:
                return (last[1], None) if pos - last[0] < 600 else (None, None)
            return None, None
        if low in ORG_PRONOUNS and len(span) == 1:
            # "it"/"they" most often continues the previous claim's non-person speaker
            # ("The report identifies … It emphasizes …"); else the latest organisation.
            last = self._claim_speaker_before(pos)
            if last is None or last[0] < offset + head.sent.start_char:
                # "We asked the ministry for the coordinates; it has yet to comment": the body asked
                # in the pronoun's own sentence, after the last claim, comes first
                asked = _asked_before(head)
                if asked is not None:
                    return self.resolve(asked, cue_pos, offset, outer_speaker)
            if last is not None and not last[2] and pos - last[0] < 800:
                return last[1], None
            # '"…,” it said': not a name inside the quotation it closes
            opening = _quote_opening(span.doc, head, self._text if self._doc is span.doc else None)
            before = offset + opening if opening is not None else pos
            subject = self._recent(self.body_subjects, before)
            if subject is not None and pos - max(p for p, n in self.body_subjects if n == subject and p < before) < _SUBJECT_REACH:
                return subject, None   # the body or state that was the subject just before
            thing = self._recent(self.thing_subjects + self.org_mentions, before)
            if thing is not None and _head_word(thing) in ORG_NOUNS:
                thing = self._org_canonical(thing)   # "the ministry": the body's name the text gave
            return thing or (self._pronoun_person(pos) if low == "they" else None), None
        if low in _QUANTITY_HEADS and head.pos_ == "NOUN":
            # "a number of Telegram channels", "a handful of residents": the ones counted speak
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
            counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if counted is not None and counted.i < span.end:
                return self.resolve(span.doc[counted.left_edge.i : counted.right_edge.i + 1], cue_pos, offset, outer_speaker)
        joint = self._joint_names(span, cue_pos, offset, outer_speaker)
        if joint is not None:
            return joint, None
        if head.pos_ == "PROPN" and head.text[:1].isupper() and head.dep_ not in ("compound", "flat"):
            # "Hersh, a former staff writer of the Gazette, …": a person named in full before
            # heads the subject, whatever the tagger makes of the names in the apposition
            known = self._person_canonical(clean_name(" ".join(t.text for t in _name_run(head, of_chain=False))), pos)
            if " " in known and self.is_person(known):
                return known, None
        if head.pos_ == "NOUN" and (head.lemma_.lower() in ORG_NOUNS or head.lemma_.lower() in _GENERIC_BODY
                                    or head.lemma_.lower() in OUTLET_NOUNS):
            # "The firm behind her first albums, Silver Harrow, says": an untagged name in
            # apposition to the body's generic head, after its relative clause
            named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                          and c.i in range(span.start, span.end) and (c.ent_type_ in ("", "ORG") or c.ent_type_ == "PERSON" and (
                      head.lemma_.lower() in _GENERIC_BODY or head.lemma_.lower() in OUTLET_NOUNS))), None)
            if named is not None:
                run = [t for t in _name_run(named, of_chain=False) if t in span]
                if 1 <= len(run) <= 5 and all(t.text[:1].isupper() for t in run):
                    name = clean_name(" ".join(t.text for t in run))
                    self.add_entity(name, "ORG", name, offset + run[0].idx, offset + run[-1].idx + len(run[-1]))
                    self.ents[name].type = "ORG"   # the text said what it is, whatever the tagger says
                    self._bodies[name] = head.lemma_.lower()
                    return self._org_canonical(name), None
        # Names inside the subject: the first PERSON wins (appositions come after the name).
        span_ents = self._ents_in(span)
        # the name the subject is headed by comes first ("Novaya Kakhovka city mayor Vladimir
        # Leontyev": the tagger may call the town a person too)
        span_ents = sorted(span_ents, key=lambda e: head not in e)
        for ent in span_ents:
            # not a name that only owns something ("Meridian’s work") or sits in a relative clause
            # ("a diplomat from a government that funds X"): that person is not the one speaking
            if _aside(ent.root, span):
                continue
            if ent.root.i != head.i and ent.root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in ORG_NOUNS:
                continue  # "the Veltran defence ministry": a name modifying a body is not a person speaking
            if ent.label_ == "PERSON" and _served(ent.root, head):
                continue  # "a senior aide to President X": X is whom the speaker serves, not the speaker
            if ent.label_ == "PERSON" and clean_name(ent.text)[:1].isupper():
                text = clean_name(ent.text, person=True)
                run = [t for t in _name_run(ent.root, of_chain=False) if t in span]
                if len(run) > len(ent) and run[-1].i == ent.root.i and all(t.text[:1].isupper() for t in run):
                    # "Veltra CEO Dario Penn": a job written as a title ends what comes before the name
                    job = max((k for k, t in enumerate(run) if t.i < ent.start and t.lower_.rstrip(".") in _ROLE_PREFIXES), default=-1)
                    run = run[job + 1:]
                    text = clean_name(" ".join(t.text for t in run), person=True)  # "Mayor Oleksandr Honcharenko": the tagger cut the name
                name = self._person_canonical(text, pos)
                if " " not in name and (org := self._org_canonical(name)) != name:
                    return org, None   # "Maxar" tagged a person, after "Maxar Technologies"
                if self.is_person(name) or len(name.split()) >= 2:
                    return name, None
        # A known person's name the NER did not label here ("The mayor, Taras Bondar").
        for tok in span:
            if (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and tok.dep_ not in ("compound", "flat")
                    and not _aside(tok, span) and not _served(tok, head)
                    and not (tok.dep_ in ("amod", "nmod") and tok.head.i == head.i and head.lemma_.lower() in ORG_NOUNS)):
                name = clean_name(" ".join(t.text for t in _name_run(tok, of_chain=False) if t in span))
                known = self._person_canonical(name, pos)
                if self.is_person(known):
                    return known, None
        if head.lemma_.lower() in PERSON_ROLES:
            # "The mayor of Vilkhove, Taras Bondar": a role headed subject carrying a two- or
            # three-word proper name names that person, whatever the NER made of the name.
            for tok in span:
                if tok.pos_ == "PROPN" and tok.dep_ not in ("compound", "flat") and not _aside(tok, span) \
                        and not _served(tok, head) and not _told(tok, span):
                    run = [t for t in _name_run(tok, of_chain=False) if t in span]
                    if 2 <= len(run) <= 3 and head not in run and all(t.text[:1].isupper() for t in run) and not any(
                        t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") or t.lower_ in ORG_NOUNS for t in run
                    ):
                        name = clean_name(" ".join(t.text for t in run))
                        self.add_entity(name, "PERSON", name, offset + run[0].idx, offset + run[-1].idx + len(run[-1]))
                        return name, None
        if head.pos_ == "NOUN":
            lemma_of_head = head.lemma_.lower()
            # "the rights group Amnesty International", "the news agency Reuters": the name in
            # apposition to a generic head is the speaker
            for ent in span_ents:
                if ent.label_ in ("ORG", "NORP") and ent.root.dep_ == "appos" and ent.root.head.i == head.i:
                    return self._org_canonical(clean_name(ent.text)), None
            trailing = [t for t in span if t.i > head.i]
            if (lemma_of_head in OUTLET_NOUNS or lemma_of_head in ORG_NOUNS) and trailing and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in trailing) and len(trailing) <= 4:
                # "the state news agency Varta" (the parser hung the name elsewhere): the name
                return self._org_canonical(clean_name(" ".join(t.text for t in trailing))), None
            if lemma_of_head in OUTLET_NOUNS or lemma_of_head == "agency" and any(c.lower_ == "news" for c in head.lefts):
                # "the TASS news agency", "the group's Amaq news agency": the outlet's name
                names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
                if names:
                    return self._org_canonical(clean_name(" ".join(t.text for t in _name_run(names[-1], of_chain=False)))), None
        through = self._through(span, head, cue_pos, offset, outer_speaker)
        if through is not None:
            return through
        # NER missed the name: proper nouns heading the subject.
        propn = [t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in TITLES]
        # (a lower-case head tagged PROPN, "the Brenna regional council", is a common noun)
        if head.pos_ == "PROPN" and head.text[:1].isupper() and propn:
            name = clean_name(" ".join(t.text for t in _name_run(head)))
            if name.upper() in self.acronyms:
                return self.acronyms[name.upper()], None
            known = self._person_canonical(name, pos)
            if known != name or any(e.label_ == "PERSON" for e in span_ents):
                return known, None
            run = _name_run(head, of_chain=False)
            if run[0].i > 0 and (_is_role_word(doc_prev := run[0].doc[run[0].i - 1]) or doc_prev.lower_ in ORG_NOUNS) \
                    and doc_prev.pos_ == "PROPN" and doc_prev.dep_ == "compound":
                # "Security Service Artem Dekhtyarenko": a name after the body's name is a person
                self.add_entity(name, "PERSON", name, offset + run[0].idx, offset + run[-1].idx + len(run[-1]))
                return name, None
            for ent in span_ents:
                if ent.label_ in ("ORG", "GPE", "NORP") and head in ent:
                    # "Organization for Security and Co-operation in Europe (OSCE)" that the tagger
                    # cut before "in Europe": the bracketed acronym just after names the whole body
                    after = _ACRONYM_AFTER.match(span.doc.text[ent.end_char : span.end_char + 2])
                    if after and after[1] in self.acronyms:
                        return self.acronyms[after[1]], None
                    name = clean_name(ent.text)
                    where = _seat(head, span) if head.lemma_.lower() in ORG_NOUNS else None
                    if where is not None:   # "the Ministry of Health in Gaza", whole
                        return self._org_canonical(f"{_DETS.sub('', name)} in {where}"), None
                    return self._org_canonical(name), None
            return self._org_canonical(name), None
        if ANONYMITY.search(span.text) or (
            head.lemma_.lower() in ("source", "official", "officer", "person", "people", "insider", "diplomat")
            and (head.tag_ == "NNS" or any(c.lower_ in ("a", "an", "one", "two", "several", "some") for c in head.lefts))
        ):
            return "anonymous: " + _describe(span), "anonymous"
        lemma = head.lemma_.lower()
        if lemma in _GENERIC_BODY and head.tag_ == "NN" and not list(head.rights) and [
                c.lower_ for c in head.lefts] == ["the"] and not self._role_before(lemma, pos):
            # "the organization said": the body the text named last (not a newspaper), the one
            # that was a subject first ("Veltra Seismic said its stations recorded a blast
            # near the weir, the organization said"); first, a body that spoke just before ("Big
            # Machine says … But the company says …"), not a newspaper nor a person
            body = self._generic_body(pos, lemma)
            if body is not None:
                return body, None
        if lemma in _BODY_MEMBERS and head.tag_ in ("NN", "NNS") and not list(head.rights):
            # "Company management said", "Zelmora executives said", "its leadership said": the
            # people who run a body speak for it; a nationality or a place before them stays as
            # written ("Chinese leaders")
            owner = next((c for c in head.lefts if c.dep_ in ("compound", "poss", "nmod")), None)
            if owner is not None and (owner.lower_ in _GENERIC_BODY or owner.lower_ in ("its", "their")):
                body = self._generic_body(pos)
                if body is not None:
                    return body, None
            elif owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.text[:1].isupper() \
                    and owner.ent_type_ not in ("PERSON", "NORP", "GPE", "LOC") and owner.lower_ not in TITLES:
                run = [t for t in _name_run(owner, of_chain=False) if t in span and t.i < head.i]
                if run and all(t.text[:1].isupper() for t in run):
                    name = clean_name(" ".join(t.text for t in run))
                    org = self._org_canonical(name)
                    # a capitalised common noun ("Union leaders") only when it names a body met before
                    if owner.pos_ == "PROPN" or org != name:
                        return org, None
        if lemma in _WORK_OF_BODY and head.tag_ == "NNS" and not list(head.rights) and [
                c.lower_ for c in head.lefts] == ["the"]:
            # "according to the researchers": the body named last, whose work the text reports
            body = self._recent([(p, n) for p, n in self.org_mentions if pos - p < 1500 and not _is_outlet_name(n)], pos)
            if body is not None:
                return body, None
        # A role tied to a name earlier in the document ("the 28-year-old pilot"); "a pilot",
        # "another aide" bring in someone new.
        if lemma in self.roles and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
            best = self._recent(self.roles[lemma], pos)
            if best:
                return best, None
        if (lemma in SPOKES_ROLES or lemma in ("person", "people")) and [c.lower_ for c in head.lefts] == ["the"] \
                and not list(head.rights):
            # "A senior military official said … The official said …": the same unnamed one
            same_role = self._unnamed_role_before(pos, 1500, lemma)
            if same_role is not None:
                return same_role[2], ("anonymous" if same_role[3] else None)
        if lemma in PERSON_ROLES and head.tag_ == "NN" and [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"] \
                and not any(t.ent_type_ in ("ORG", "GPE", "PERSON") or t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in span) \
                and (same := self._continuing_person(pos, lemma)) is not None:
            # "Volodymyr Zelensky said … Addressing the summit, the Ukrainian president said …"
            return same, None
        if lemma in OUTLET_NOUNS and not _names_something(span):
            # "the newspaper" with nothing tying it: the outlet the text named last
            outlet = self._recent([(p, n) for p, n in self.org_mentions if _is_outlet_name(n)], pos)
            if outlet:
                return outlet, None
        if lemma in ORG_NOUNS and [c.lower_ for c in head.lefts] == ["the"] and all(c.dep_ == "case" for c in head.rights):
            # "the brigade": the body of that kind the text last made its subject, before any
            # other of the kind it named in passing ("not to be confused with X's brigade")
            body = self._recent([(p, n) for p, n in self.body_subjects
                                 if pos - p < 1500 and _head_word(n) == lemma], pos)
            if body is not None:
                return self._org_canonical(body), None
        if lemma in ORG_NOUNS or any(e.label_ in ("ORG", "NORP", "GPE") for e in span_ents):
            phrase = self._org_canonical(clean_name(_describe(span)), pos)
            if lemma in ORG_NOUNS and len(_content_words(phrase)) > 1 and head.tag_ == "NN":
                # "the prosecutor general's office said …": what a later "the office" stands for
                self.note_org_phrase(phrase, phrase)
            return phrase, None
        # An unlinked role or other description stands as its own speaker ("the pilot").
        return _DETS.sub("", clean_name(_describe(span))) or None, None

    def _generic_body(self, pos: int, lemma: str | None = None) -> str | None:
        """What "the company" / "the group" stands for at ``pos``: a body that spoke just before
        (not a newspaper nor a person), else the body last made a subject, else the last named;
        "the label" / "the agency" only a body of that kind."""
        spoke = self._body_claim_before(pos, 600, lemma or "organization")
        if spoke is not None:
            return spoke
        kind = lemma if lemma in ("label", "agency") else None

        def fits(name: str) -> bool:
            return kind is None or self._of_kind(name, kind)
        return self._recent([(p, n) for p, n in self.body_subjects if pos - p < 1500 and not _is_outlet_name(n)
                             and fits(n)], pos) \
            or self._recent([(p, n) for p, n in self.org_mentions if pos - p < 1500 and not _is_outlet_name(n)
                             and fits(n)], pos)

    def _through(self, span, head, cue_pos: int, offset: int, outer_speaker: str | None):
        """A generic speaker standing for the body the text names with it, or None.

        * a document of its owner: "the Defence Ministry's statement", "the UN's report",
          "evidence from an Associated Press investigation", "an AP investigation";
        * a spokesperson or source of a named body: "a spokeswoman for the Russian foreign
          ministry", "a source at the GUR" (still marked anonymous when unnamed);
        * a state's organ written with its owner: "Russia's defence ministry" (kept as written,
          and what a later "the ministry" stands for).
        """
        doc = head.doc
        lemma = head.lemma_.lower()
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if lemma in DOCUMENT_NOUNS:
            if poss is not None:
                owner = doc[poss.left_edge.i : poss.i + 1]
                return self.resolve(owner, cue_pos, offset, outer_speaker)
            # "figures from the UN", "a report by X"; "data published by X", "information received by X"
            preps = [t for t in head.rights if t.dep_ == "prep"] + [
                t for acl in head.rights if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _OWNING_LEMMAS
                for t in acl.children if t.dep_ in ("agent", "prep") and t.i > acl.i]
            for prep in preps:
                if prep.lower_ in ("from", "by", "of"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None and (_names_something(doc[pobj.left_edge.i : pobj.right_edge.i + 1]) or (
                            pobj.lemma_.lower() in ORG_NOUNS and pobj.left_edge.lower_ == "the")):
                        # a name, or "the ministry", "the regional prosecutor's office" (a body)
                        return self.resolve(doc[pobj.left_edge.i : pobj.right_edge.i + 1], cue_pos, offset, outer_speaker)
            run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if run and head.pos_ == "PROPN" and head.text[:1].isupper():
                # the document's own name ("the American Community Survey"), whole
                return clean_name(" ".join(t.text for t in _name_run(head, of_chain=False))), None
            if run:
                name = clean_name(" ".join(t.text for t in _name_run(run[-1], of_chain=False)))
                return self._org_canonical(name), None
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
                # "the statement read …" after "X said in a statement": the document named last
                owner_span = _earlier_owner(head)
                if owner_span is not None:
                    return self.resolve(owner_span, cue_pos, offset, outer_speaker)
                owner = self._recent([(p, n) for p, kind, n in self.document_owners if kind == lemma], offset + head.idx)
                if owner is not None:
                    return owner, None
            return None
        press = lemma in _PRESS_OFFICES and any(c.lower_ == "press" and c.dep_ in ("compound", "amod") for c in head.lefts)
        if (lemma in SPOKES_ROLES or press) and not any(e.label_ == "PERSON" for e in self._ents_in(span)):
            unnamed = lemma in ("source", "sources", "official", "officials") or bool(ANONYMITY.search(span.text))
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            if not (definite and self._role_before(lemma, offset + span.start_char)) and (body := _body_before_role(span, head)) is not None:
                return self._org_canonical(body), ("anonymous" if unnamed else None)
            owner_of = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner_of is not None and owner_of.i >= span.start and owner_of.ent_type_ != "PERSON" \
                    and owner_of.pos_ in ("PROPN", "NOUN") and not self._role_before(lemma, offset + span.start_char) \
                    and owner_of.lemma_.lower() not in PERSON_ROLES and owner_of.lower_ not in TITLES:
                # "the army's spokesperson", "the mission's press office": the body whose voice it is
                # (a person's spokesman is another person: left to the roles below)
                named, _ = self.resolve(doc[owner_of.left_edge.i : owner_of.i + 1], cue_pos, offset, outer_speaker)
                if named and not self.is_person(named):
                    return named, ("anonymous" if unnamed else None)
            for prep in head.rights:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from", "in", "with"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    body = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                    if prep.lower_ == "in" and all(t.ent_type_ in ("GPE", "LOC", "") and t.pos_ != "NOUN" or t.dep_ == "det"
                                                   for t in body):
                        continue   # "health officials in Gaza": officials of a place, not the place
                    # a name, or a body named before ("a spokesman for the company" after "Halvik
                    # Lines"; with none named, the description stays as written)
                    body_named = _names_something(body)
                    # "a spokesman for the mayor" after "Mayor Tomas Everett": the role's holder
                    holder = pobj.lemma_.lower() in PERSON_ROLES and pobj.left_edge.lower_ == "the" \
                        and pobj.lemma_.lower() not in SPOKES_ROLES and self._sole_holder(pobj, cue_pos)
                    if body_named or holder or pobj.lemma_.lower() in ORG_NOUNS and pobj.left_edge.lower_ == "the":
                        named, _ = self.resolve(body, cue_pos, offset, outer_speaker)
                        if named and (body_named or named != _DETS.sub("", clean_name(_describe(body)))):
                            unnamed = lemma in ("source", "sources", "official", "officials") or bool(ANONYMITY.search(span.text))
                            return named, ("anonymous" if unnamed else None)
            names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
            if names and not (definite and lemma in self.roles):
                # "a GUR source", "a Pentagon official", "a White House spokesman": the body named
                # before the role ("the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov"
                # is Peskov: the role's holder, below)
                name = clean_name(" ".join(t.text for t in _name_run(names[-1], of_chain=False)))
                if name.upper() in self.acronyms:
                    return self.acronyms[name.upper()], ("anonymous" if unnamed else None)
                # a body's name, not a state's ("U.S. officials" stay officials of no named body)
                if all(t.ent_type_ in ("ORG", "FAC") for t in _name_run(names[-1], of_chain=False)):
                    return self._org_canonical(name), ("anonymous" if unnamed else None)
            kinds = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_NOUNS]
            if not names and len(kinds) == 1 and kinds[0].lemma_.lower() in self.roles and not definite:
                # "a ministry spokesman" after "the Ministry of Defence of X": that ministry's
                body = self._recent(self.roles[kinds[0].lemma_.lower()], cue_pos)
                if body is not None and not self.is_person(body):
                    return body, ("anonymous" if unnamed else None)
            if lemma in ("spokesman", "spokeswoman", "spokesperson") and not list(head.rights) and not names \
                    and all(c.dep_ in ("det", "amod", "punct") for c in head.lefts):
                # "a spokesperson said": for the body asked in its sentence ("Reuters contacted
                # the ministry …, and a spokesman said"), else the one that spoke or acted just before
                asked = _asked_before(head)
                if asked is not None:
                    named, _ = self.resolve(asked, cue_pos, offset, outer_speaker)
                    if named:
                        return named, None
                recent = [(p, n) for p, n, person in self.claim_speakers if not person] + self.body_subjects
                body = self._recent([(p, n) for p, n in recent
                                     if 0 < cue_pos - p < 600 and not n.startswith("anonymous")], cue_pos)
                if body is not None:
                    return body, None
            return None
        if lemma in ORG_NOUNS and poss is not None and poss.ent_type_ in ("GPE", "NORP") and poss.i >= span.start:
            # with the name's of-phrase: "Russia's Ministry of Defence", not "Russia's Ministry"
            end = max(head.i, _name_run(head)[-1].i) + 1 if head.pos_ == "PROPN" else head.i + 1
            phrase = _DETS.sub("", doc[poss.left_edge.i : end].text)
            self.note_org_phrase(phrase, phrase)
            return phrase, None
        owner = next((c for c in head.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")), None)
        if lemma in ORG_NOUNS and owner is not None and owner.i >= span.start and not list(head.rights):
            # "the Russian defense ministry": kept whole, and what a later "the ministry" stands for
            phrase = _DETS.sub("", doc[owner.left_edge.i : head.i + 1].text)
            self.note_org_phrase(phrase, phrase)
            return phrase, None
        return None

    def _joint_names(self, span, cue_pos: int, offset: int, outer_speaker: str | None) -> str | None:
        """"The United States and NATO called …": names joined by "and" speak together; each
        resolved as a subject of its own, then joined (None unless every conjunct is a name)."""
        head = span.root
        conjs = [c for c in head.children if c.dep_ == "conj" and span.start <= c.i < span.end]
        if not conjs or not head.ent_type_ or any(c.dep_ == "cc" and c.lower_ != "and" for c in head.children):
            return None
        parts = []
        for tok in (head, *conjs):
            if (tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC") or tok.pos_ != "PROPN") and not (
                    tok.text == "West" and tok.i > 0 and span.doc[tok.i - 1].lower_ == "the"):
                return None   # names only, and "the West" (which the tagger often leaves unnamed)
            own = span.doc[max(tok.left_edge.i, span.start) : tok.i + 1]
            name, anonymous = self.resolve(own, cue_pos, offset, outer_speaker)
            if not name or anonymous:
                return None
            parts.append("the West" if name == "West" else name)
        return " and ".join(parts) if len(set(parts)) == len(parts) else None

    def _org_canonical(self, phrase: str, pos: int | None = None) -> str:
        """The body's fullest name for ``phrase``; with ``pos``, only a body named before it ("The
        company confirmed …" is not "Kestrel Company", whose report the text cites further on)."""
        words = _content_words(phrase)
        for acro, full in self.acronyms.items():
            if acro.lower() in words:
                return full
        best, best_words = None, set()
        head = _head_word(phrase)
        for key, (cw, full_head) in self.org_phrases.items():
            full = key[1]
            if pos is not None and self.org_phrase_from.get(key, -1) > pos:
                continue
            if words and cw and words <= cw | {"the"} and len(words) >= 1 and (words & cw):
                # the same kind of body: "the ministry" is "Russia's defence ministry", but "Russia"
                # alone is the state, not its ministry
                if len(words & cw) >= max(1, min(2, len(words))) and head in (full_head, None):
                    # the most complete name of the body, the latest among equals ("Wagner" is "the
                    # Wagner Group" even when "Wagner" alone was met since)
                    if best is None or len(cw) >= len(best_words):
                        best, best_words = full, cw
        return _OWNER_PRONOUN.sub("", _DETS.sub("", best or phrase))

    def _sole_holder(self, role, cue_pos: int) -> bool:
        """Whether "the <role>" (one, unmodified: not "the mayors", "the former mayor", "the mayor
        of X") can only be the one person the page gave that role before: one distinct holder, and
        no earlier mention of the role in this text that is not written with a person ("elected X
        as the new mayor" makes a second mayor)."""
        low = role.lemma_.lower()
        if role.tag_ != "NN" or any(c.dep_ != "det" for c in role.children):
            return False
        holders = {n for p, n in self.roles.get(low, []) if p < cue_pos}
        if len(holders) != 1:
            return False
        earlier = self._lemma_positions(role.doc, low, role.i)
        if len(earlier) > _MAX_ROLE_MENTIONS:
            return False   # a page this full of the role is no place to guess its holder
        for t in (role.doc[i] for i in earlier):
            if not (
                    t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON"
                    or t.dep_ == "appos" and t.head.ent_type_ == "PERSON"
                    or t.ent_type_ == "PERSON"):
                return False
        return True

    def _lemma_positions(self, doc, lemma: str, before: int) -> list[int]:
        """Token indexes of ``lemma`` in ``doc`` before ``before``, from an index built once per
        doc, so that each cue does not rescan the chunk."""
        cached = self._lemma_index.get(id(doc))
        if cached is None or cached[0] is not doc:
            index: dict[str, list[int]] = {}
            for t in doc:
                index.setdefault(t.lemma_.lower(), []).append(t.i)
            cached = self._lemma_index[id(doc)] = (doc, index)
        positions = cached[1].get(lemma, [])
        return positions[: bisect_left(positions, before)]

    def _recent(self, mentions: list[tuple[int, str]], pos: int) -> str | None:
        # Lists are filled by several passes over a chunk, so not in text order: take the
        # latest position before ``pos``.
        if isinstance(mentions, _Positions):
            return mentions.latest_before(pos)
        best, best_p = None, -1
        for p, name in mentions:
            if best_p < p < pos:
                best, best_p = name, p
        return best

    def _role_before(self, lemma: str, pos: int) -> bool:
        """Was ``lemma`` tied to a name before ``pos``? A name met later in the text ("… according
        to a Kestrel Company report" after "The company confirmed …") stands for nothing yet."""
        return self._recent(self.roles.get(lemma, []), pos) is not None

    def _continuing_person(self, pos: int, role: str) -> str | None:
        """The person who spoke in the claim just before, close and with no other person named as
        a subject since, unless the text gave that person another role ("the minister" after the
        president spoke is someone else)."""
        k = bisect_left(self._person_claims, (pos,))
        if not k:
            return None
        at, name = self._person_claims[k - 1]
        if pos - at >= 500 or self.subject_persons.other_between(at, pos, name):
            return None
        held = {r for r, holders in self.roles.items() if r in PERSON_ROLES and any(n == name for _, n in holders)}
        return name if not held or role in held else None

    def _pronoun_person(self, pos: int) -> str | None:
        # The speaker of the claim just before, if a person and close: "Kravets said … One of
        # them was detained, he said" (speaker continuity is the strongest cue in news prose).
        k = bisect_left(self._person_claims, (pos,))
        last = self._person_claims[k - 1] if k else None   # the latest (position, speaker) before pos
        if last is not None and pos - last[0] < 400:
            if not self.subject_persons.other_between(last[0], pos, last[1]):
                return last[1]
        # Otherwise the most recent person mentioned as a sentence subject, or any mention.
        recent_subject = self._recent(self.subject_persons, pos)
        recent_any = self._recent(self.person_mentions, pos)
        if recent_subject is None:
            return recent_any
        # A subject far behind the latest mention loses to it (topic has moved on).
        sp = self.subject_persons.latest_of(recent_subject, pos)
        ap = self.person_mentions.latest_of(recent_any, pos)
        if recent_any != recent_subject and ap - sp > 400:
            return recent_any
        return recent_subject

    # ---------------------------------------------------------------- output
    def entities(self) -> list[tuple[str, str, list[tuple[str, int, int]]]]:
        out = []
        for ent in self.ents.values():
            ent.mentions.sort(key=lambda m: m[1])
            type_ = ent.type
            if type_ in ("PERSON", "ORG") and ent.place_votes and ent.place_votes > ent.person_votes:
                type_ = "GPE"   # written as a place more often than as a person: the model slipped
            elif type_ == "PERSON" and ent.body_votes and ent.body_votes > ent.person_votes + ent.place_votes:
                type_ = "ORG"
            out.append((ent.name, type_, ent.mentions))
        out.sort(key=lambda e: e[2][0][1] if e[2] else 0)
        return out


_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_FUNCTION = frozenset("the with of and by a an in on at for to from as".split())


#: How far back (tokens) "the statement" looks for the statement it names.
_DOCUMENT_LOOKBACK = 400


#: Verbs of asking a body, whose object a following "it has yet to comment" stands for.
_ASKING = frozenset("ask contact approach reach call email message query request".split())


def _asked_before(pronoun):
    """The body a verb of asking names in the pronoun's own sentence before it ("We asked the
    ministry for the coordinates; it has yet to comment"), as a span, else None."""
    for tok in pronoun.sent:
        if tok.i >= pronoun.i:
            break
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ASKING and tok.pos_ in ("NOUN", "PROPN") \
                and (tok.lemma_.lower() in ORG_NOUNS or tok.ent_type_ == "ORG"):
            return pronoun.doc[tok.left_edge.i : tok.right_edge.i + 1]
    return None


def _quote_opening(doc, tok, text: str | None = None) -> int | None:
    """Character offset (in ``doc``, whose text may be given: Doc.text rebuilds it on each call)
    of the quotation that closes just before ``tok`` ('"…,” it said'), or None when ``tok`` does
    not follow a closing quote mark."""
    text = text if text is not None else doc.text
    k = tok.idx - 1
    while k >= 0 and text[k] in " ,—–-":
        k -= 1
    if k < 0 or text[k] not in "”\"’'":
        return None
    opener = {"”": "“", "’": "‘"}.get(text[k], text[k])
    start = text.rfind(opener, max(0, k - _QUOTE_REACH), k)   # a quotation, not the page
    return start if start >= 0 else None


#: How far back (characters) the opening of a quotation closed before "it said" is looked for.
_QUOTE_REACH = 3000


def _body_before_role(span, head) -> str | None:
    """"A Velesian army spokesperson", "Kesmaria's foreign ministry spokeswoman": the body
    written whole before a spokesperson's role (a body's word just before it, and a state, a
    nationality or a name owning it), or None."""
    doc = head.doc
    if head.i == span.start or doc[head.i - 1].lower_ not in ORG_NOUNS or doc[head.i - 1].head.i != head.i:
        return None
    # not the role's own adjectives ("a senior … official")
    lefts = [c for c in head.lefts if c.dep_ in ("poss", "amod", "compound") and not (c.dep_ == "amod" and c.text.islower())]
    if not lefts:
        return None   # "a senior military official": the body's word is the role's own adjective
    lo = min(c.left_edge.i for c in lefts)
    words = [t for t in doc[lo : head.i] if not (t.dep_ == "det" or t.is_punct)]
    if lo < span.start or not any(t.ent_type_ in ("GPE", "NORP", "ORG") or t.pos_ == "PROPN" and t.lower_ not in ORG_NOUNS
                                  for t in words[:-1]):
        return None
    return _DETS.sub("", doc[lo : head.i].text)


def _earlier_owner(head):
    """The owner of the document a definite "the report" repeats, from its earlier mention in the
    chunk: "X said in a report", "X released a report", "X's report", "a report by X"."""
    doc = head.doc
    lemma = head.lemma_.lower()
    for prev in reversed(doc[max(0, head.i - _DOCUMENT_LOOKBACK) : head.i]):
        if prev.lemma_.lower() != lemma or prev.pos_ != "NOUN":
            continue
        poss = next((c for c in prev.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        if poss is not None:
            return doc[poss.left_edge.i : poss.i + 1]
        for prep in prev.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "of"):
                # "a report by X", "the preliminary report of the mission" (a body, not "of the attack")
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (_names_something(doc[pobj.left_edge.i : pobj.right_edge.i + 1]) or (
                        pobj.lemma_.lower() in ORG_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children))):
                    return doc[pobj.left_edge.i : pobj.right_edge.i + 1]
        verb = None
        if prev.dep_ == "pobj" and prev.head.lower_ in ("in", "through", "via"):
            verb = prev.head.head
        elif prev.dep_ == "dobj":
            verb = prev.head
        if verb is not None and verb.pos_ == "VERB" and (
                verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in _RELEASE_LEMMAS):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() not in DOCUMENT_NOUNS:
                return doc[subj.left_edge.i : subj.right_edge.i + 1]
        return None   # the latest mention decides, owned or not
    return None


_RELEASE_LEMMAS = frozenset("release publish issue put post".split())
#: Verbs by which a body puts out a document of its own ("published a blog post", "sent a letter").
_SENDING_LEMMAS = _RELEASE_LEMMAS | frozenset("send write".split())


def _document_sender(noun):
    """The agent that put out ``noun`` when it is a document it published, issued, released, posted,
    sent or wrote ("The company published a blog post", "the union sent a letter"), else None.
    A document someone else found or quoted ("Reporters found a blog post") is its own source."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _SENDING_LEMMAS:
        return None
    verb = noun.head
    for _ in range(3):   # "formed last month and sent a letter": the conjunct's subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            break
        if verb.dep_ == "conj" or verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT":
            verb = verb.head
        else:
            break
    if subj is None and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "ROOT":
        subj = verb   # "The group, X, formed … and sent a letter …" parsed as a noun heading the sentence
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("it", "they"):
        return None
    lemma = subj.lemma_.lower()
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or lemma in ORG_NOUNS \
            or lemma in _GENERIC_BODY or lemma in PERSON_ROLES or subj.lower_ in ("it", "they"):
        return subj
    return None


#: "data kept by X", "footage released by X": X owns what it put out or holds; not "data reviewed
#: (seen, obtained) by X", which a reporter does to someone else's data.
_OWNING_LEMMAS = _RELEASE_LEMMAS | frozenset("provide collect compile keep receive gather produce share present".split())
#: How far back (characters) a body as a sentence's subject is what "it" continues.
_SUBJECT_REACH = 400
#: Nouns that count the ones speaking ("a number of channels", "a handful of residents").
_QUANTITY_HEADS = frozenset("number handful couple majority minority host dozen dozens hundreds series".split())
#: A body's office that speaks for it when "press" comes before ("the army's press service").
_PRESS_OFFICES = frozenset("service office centre center team department".split())
#: Words for any body at all: a bare "the organization" can only mean the one just named.
_GENERIC_BODY = frozenset("organization organisation group body institution company firm agency label".split())
#: The kinds of body a generic noun names ("the label" is a record label), with words of their names.
_BODY_KIND_OF = {"label": "label", "company": "company", "firm": "company", "agency": "agency"}
_BODY_KINDS = {
    "label": frozenset("records record recordings music label labels entertainment sound".split()),
    "company": frozenset("""company companies inc corp corporation co ltd llc plc holdings industries enterprises
    bank airlines airways motors steel energy technologies labs systems partners capital brands firm""".split()),
    "agency": frozenset("""agency police department service bureau administration authority office commission
    directorate inspectorate guard patrol""".split()),
}
#: Words of a body that is not a company ("Kelm Artists Guild", "Kelm Workers Union").
_OTHER_BODY_WORDS = _BODY_KINDS["agency"] | frozenset("""guild union association society federation league council
committee parliament court ministry government church university college school hospital army navy party coalition
alliance embassy mission institute foundation trust charity club""".split())
#: People whose findings are their body's: "the researchers", "the investigators", "the authors".
# the people who run a body: "Company management", "Zelmora executives" speak for it
_BODY_MEMBERS = frozenset("leader leadership management executive".split())
_WORK_OF_BODY = frozenset("researcher investigator author".split())


#: Roles held in someone's service: "an aide to X", "an adviser to X", "a spokesman for X".
_SERVING_ROLES = frozenset({"aide", "adviser", "advisor", "assistant", "deputy", "spokesman", "spokeswoman",
                            "spokesperson", "secretary", "envoy", "representative", "lawyer", "attorney"})


def _served(tok, head) -> bool:
    """Is ``tok`` (a person's name) the one a serving role serves ("an aide to X", "X's lawyer")?"""
    if head.lemma_.lower() not in _SERVING_ROLES or tok.i == head.i:
        return False
    if tok.dep_ == "poss" and tok.head.i == head.i:
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "for", "of") and prep.head.i == head.i


def _aside(tok, span) -> bool:
    """Is ``tok`` a name aside in a subject: an owner ("Meridian’s work") or inside a relative
    clause ("a diplomat from a government that funds X")? Such a name is not the speaker."""
    return tok.dep_ == "poss" or any(a.dep_ == "relcl" and a in span for a in tok.ancestors)


def _told(tok, span) -> bool:
    """Is ``tok`` the one a subject spoke to ("Residents, speaking to the Orsund Herald, said …")?"""
    return any(a.dep_ == "acl" and a.lemma_.lower() in ("speak", "talk", "write", "tell", "give") and a in span
               for a in tok.ancestors)


def _name_word(tok) -> bool:
    """A capitalised proper noun that would continue a name: untagged (a neighbour the tagger
    labelled is a name of its own: "Ukraine Russia talks"), not a title, role or body word."""
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.ent_type_
            and tok.lower_ not in TITLES and tok.lower_ not in ORG_NOUNS and tok.lower_ not in PERSON_ROLES
            and tok.lower_ not in _MORE_TITLES)


#: Capitalised titles and role words before a name that the cue lists lack ("Germany Chancellor X").
_MORE_TITLES = frozenset("chancellor premier king queen prince princess pope emir sheikh sultan ayatollah "
                         "commissioner ombudsman envoy patriarch archbishop bishop deputy foreign defence defense".split())


def _title_case(doc, ent) -> bool:
    """Is the span on a headline-style line ("Zelensky Visits Kharkiv After Strikes")? Two
    capitalised words on its line that are not proper nouns (verbs, nouns, prepositions) and do
    not start the line or a sentence. There a capitalised neighbour says nothing about a cut name."""
    text = doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    memo = doc.user_data.setdefault("claimgraph.title_case", {})   # one answer per line of this doc
    if start not in memo:
        memo[start] = _title_case_line(doc, start)
    return memo[start]


def _title_case_line(doc, start: int) -> bool:
    text = doc.text
    end = text.find("\n", start)
    line = doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    if line is None:
        return False
    n, first = 0, True
    for t in line:
        if not t.is_alpha:
            continue
        after_stop = t.i > 0 and doc[t.i - 1].text in ".!?:;(\"“‘'—–-"   # a sentence or an aside starts
        if not first and not after_stop and t.text[:1].isupper() and t.pos_ != "PROPN":
            n += 1
        first = False
    return n >= 2


def _cut_name(doc, ent) -> bool:
    """Did the tagger cut a longer name? The small model tags "Hugh" of "Editing by Hugh Carrow" a
    place and "Novyi" of "in Novyi Veles" a place; such a fragment is not trusted. An untagged
    capitalised proper noun one space after the span continues it; so does one before a place (a
    person's name may follow a capitalised title the lists lack). Not on title-case lines."""
    last = doc[ent.end - 1]
    nxt = doc[ent.end] if ent.end < len(doc) else None
    cut = nxt is not None and last.whitespace_ == " " and _name_word(nxt)
    if not cut and ent.label_ in ("GPE", "LOC") and ent.start > 0:
        prev = doc[ent.start - 1]
        cut = prev.whitespace_ == " " and _name_word(prev)
    return cut and not _title_case(doc, ent)


def _with_of_phrase(doc, ent):
    """The span with the of-phrase of capitalised words right after it, if any ("State Bureau" +
    "of Verification")."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="ORG")


def _head_word(phrase: str) -> str | None:
    """The last content word of a name, before any bracketed acronym: "defence ministry" → "ministry"."""
    phrase = re.sub(r"\([^)]*\)\s*$", "", phrase).lower()
    # "ministry of emergency situations" is a ministry
    before_of = phrase.split(" of ", 1)[0].split()
    if " of " in phrase and before_of and before_of[-1] in ORG_NOUNS:
        return before_of[-1]
    words = [w for w in re.findall(r"\w+", phrase) if w not in ("the", "of", "a", "an", "s", "and", "for")]
    # a company's legal or trade suffix is not what it is: "Maxar Technologies" is "Maxar"
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    return words[-1] if words else None


_COMPANY_SUFFIXES = frozenset({"technologies", "technology", "inc", "ltd", "llc", "plc", "corp", "corporation", "co",
                               "gmbh", "ag", "sa", "labs", "holdings", "group"})


#: The rest of a body's name, then its acronym in brackets: " in Europe (OSCE)".
_ACRONYM_AFTER = re.compile(r"[\w\s'’-]{0,40}?\(([A-Z][A-Za-z]{1,9})\)")


def _initials_run(words: list[str], acro: str) -> list[str] | None:
    """The shortest run of ``words`` ending the list whose capitalised words' initials spell
    ``acro`` ("Organization for Security and Co-operation in Europe" for OSCE), else None."""
    for k in range(1, min(len(words), 2 * len(acro) + 2) + 1):
        run = words[-k:]
        if run[0].lower() in _FUNCTION or not run[0][:1].isupper():
            continue
        initials = "".join(w[0] for w in run if w[:1].isupper() and w.lower() not in _FUNCTION)
        if initials.upper() == acro.upper():
            if k < len(words) and all(w.lower() in _FACILITY_KIND for w in run) and words[-k - 1][:1].isupper() \
                    and words[-k - 1].lower() not in _FUNCTION and not _POSS.search(words[-k - 1]):
                # "the Kakhovka Hydroelectric Power Plant (HPP)": the initials spell only the kind
                # of plant; the name before it is whose
                return words[-k - 1:]
            return run
    return None


#: Words of a facility's kind, which name no one facility without the name before them.
_FACILITY_KIND = frozenset("hydroelectric hydro power plant station nuclear thermal heating railway airport "
                           "water treatment".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in ("the", "of", "a", "an", "s", "and", "for")}


def _is_role_word(tok) -> bool:
    """A title or role ("Mayor", "Spokesman", "Major-General" in pieces) standing before a name."""
    low = tok.lower_.rstrip(".")
    return low in PERSON_ROLES or low in TITLES


def _after_role(tok) -> bool:
    """Is what follows ``tok`` in its run a person's name after a role or a body
    ("Spokesman Dmitry Peskov", "Security Service Artem Dekhtyarenko"), not the rest of a
    body's name ("Foreign Ministry Press Office")?"""
    rest = []
    for t in tok.doc[tok.i + 1 :]:
        if not (t.pos_ == "PROPN" and t.text[:1].isupper()):
            break
        rest.append(t)
    return 2 <= len(rest) <= 3 and not any(_is_role_word(t) or t.lower_ in ORG_NOUNS for t in rest)


def _lone_places_after(ents) -> set[tuple[int, str]]:
    """(end of a PERSON entity of two or more words, its last word) where every GPE/LOC/NORP entity
    holding that word is that one word alone, after the person, and none stands where only a place
    does: after a preposition ("Police in Halden", "the mayor of Halden") or as a compound
    ("Halden police") (one pass over the entities)."""
    places: dict[str, tuple[bool, int]] = {}   # word -> (every holder is the word alone, first holder's start)
    for p in ents:
        if p.label_ in ("GPE", "NORP", "LOC"):
            for t in p:
                alone, first = places.get(t.lower_, (True, p.start))
                placed = t.dep_ in ("pobj", "compound") or t.head.dep_ == "prep" or t.head.lower_ in ("city", "town", "village")
                places[t.lower_] = (alone and len(p) == 1 and not placed, min(first, p.start))
    out = set()
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ in places:
            alone, first = places[e[-1].lower_]
            if alone and first >= e.end:
                out.add((e.end, e[-1].lower_))
    return out


def _person_mention(toks: list) -> list:
    """A run whose last words the tagger called a person of two words or more, after capitalised
    words it called no person ("Transport Commissioner Elin Varga", "Senior Inspector Boris
    Kael"): the person is the mention the page writes, its job the words before (the role lists
    cannot name every capitalised job title). Runs with no such person mention stay whole."""
    last = toks[-1]
    if last.ent_type_ != "PERSON" or len(toks) < 3:
        return toks
    start = last.i
    while start > toks[0].i and last.doc[start].ent_iob_ == "I":
        start -= 1
    if start <= toks[0].i or last.i - start + 1 < 2 or last.doc[start].ent_iob_ != "B":
        return toks
    if last.i + 1 < len(last.doc) and last.doc[last.i + 1].ent_iob_ == "I":
        return toks   # the person goes on past the run: not a mention the run ends
    if any(t.ent_type_ == "PERSON" for t in toks if t.i < start):
        return toks
    # one capitalised word left outside is as likely a first name the tagger read as a place or
    # nothing ("Florence Mabry Kent", "Lincoln James Orr") as a job: kept. A job title here is
    # two words or more ("Transport Commissioner", "Lord Justice") ending in no place word
    dropped = [t for t in toks if t.i < start]
    if len(dropped) < 2 or dropped[-1].ent_type_ in ("GPE", "LOC", "NORP"):
        return toks
    return [t for t in toks if t.i >= start]


def _name_run(head, of_chain: bool = True):
    """The proper-noun run around ``head`` (compounds and flat names, with their own compounds:
    "New York Times", "Wall Street Journal").

    A run that carries a role before a full name ("Kramatorsk Mayor Oleksandr Honcharenko",
    "Russian Presidential Spokesman Dmitry Peskov") is cut to the name after the last role word;
    a body's title word stays when the name is one word ("General Staff")."""

    def lefts(tok):
        out = []
        for t in tok.lefts:
            if (t.dep_ in ("compound", "flat") or t.dep_ == "nmod" and t.text[:1].isupper()) and t.pos_ == "PROPN":
                out += lefts(t) + [t]
            elif t.dep_ == "compound" and t.pos_ == "NOUN" and tok.lower_ in ORG_NOUNS:
                out.append(t)  # "Veltran defence ministry": a body's common words are part of its name
        return out

    toks = lefts(head) + [head]
    toks += [t for t in head.rights if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    toks.sort(key=lambda t: t.i)
    # only a contiguous run ending at the head or its right compounds is a name
    while len(toks) > 1 and toks[1].i != toks[0].i + 1 and not (
            toks[0].i + 2 == toks[1].i and toks[0].doc[toks[0].i + 1].text in "-‐"):
        toks = toks[1:]
    roles = [i for i, t in enumerate(toks[:-1]) if _is_role_word(t) or t.lower_ in ORG_NOUNS]
    if roles and len(toks) - roles[-1] - 1 >= 2 and _after_role(toks[roles[-1]]):
        toks = toks[roles[-1] + 1 :]
    toks = _person_mention(toks)
    before = toks[0].doc[toks[0].i - 1] if toks[0].i > 0 else None
    if before is not None and _UNIT_NUMBER.match(before.text) and before.head in toks:
        toks = [before, *toks]   # "the 44th Brigade": its number is its name
    if not of_chain:
        return toks
    # "State Bureau of Verification": an of-phrase of capitalised words belongs to the name
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == toks[-1].i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if pobj is not None:
                tail = _name_run(pobj, of_chain=False)
                if tail and tail[0].i == prep.i + 1:
                    return toks + [prep] + tail
    return toks


def _np_head(head):
    """The noun phrase of ``head`` without its relative clause (the antecedent of "who"/"that")."""
    doc = head.doc
    end = head.i + 1
    for tok in head.rights:
        if tok.dep_ in ("relcl", "punct", "acl"):
            break
        end = tok.right_edge.i + 1
    return doc[head.left_edge.i : end]


def _is_outlet_name(name: str) -> bool:
    """Is ``name`` an outlet's (by its last word, "New York Times", or a known wire)? A word that
    is also a document's ("post", "review") names an outlet only capitalised ("Washington Post",
    not "a Telegram post" or "the intelligence review")."""
    raw = [w.strip("’'.,()") for w in name.split()]
    words = [w.lower() for w in raw]
    if not words:
        return False
    if words[-1] in DOCUMENT_NOUNS and not raw[-1][:1].isupper():
        return False
    return words[-1] in OUTLET_WORDS or name in WIRE_NAMES or " ".join(words[-2:]) in OUTLET_WORDS


def _names_something(span) -> bool:
    """Does the phrase name a body or person (a proper noun, a named entity, a nationality)?"""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in span)


def _describe(span) -> str:
    """The subject as a short description: drop relative clauses and trailing appositions."""
    head = span.root
    end = head.i + 1
    for tok in head.rights:
        if tok.dep_ in ("relcl", "appos", "punct") or tok.text == "," or tok.i >= span.end:
            break
        end = tok.right_edge.i + 1
    start = span.start
    words = span.doc[start:end].text
    return words.strip(" ,")

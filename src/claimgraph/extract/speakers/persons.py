"""Persons: full names and the surnames or first names that stand for them, a name two people
share, repeated surnames the tagger missed, and the person a pronoun or a continuing role
("the president" after the president spoke) stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from spacy.tokens import Token

from ..cues import ORG_NOUNS, PERSON_ROLES, TITLES
from .lexicon import _MORE_TITLES, _ROLE_PREFIXES
from .names import _DETS, _POSS
from .state import _Ent, RegistryState


#: Words that grade a title or role written before a name ("Chief Commissioner", "Senior Inspector").
_RANK_WORDS = frozenset("chief deputy senior acting assistant first vice junior principal interim inspector "
                        "superintendent detective constable director commissioner".split())


def _rank_word(word: str) -> bool:
    """A capitalised title, role or its grade, as written before a person's name."""
    low = word.lower().rstrip(".")
    return word[:1].isupper() and (low in TITLES or low in _MORE_TITLES or low in _ROLE_PREFIXES or low in _RANK_WORDS)


#: "Governor Keita's office", "the mayor's office": the office that speaks for a person (a person's
#: spokesman is another person).
_OFFICE_OF = re.compile(r"^(?:the\s+)?(.+?)(?:[’']s)\s+(?:office|press office|press service)$", re.I)


#: A title phrase or what follows the name marking a former holder ("former Minister X", "Mayor X
#: resigned in 2019 and was replaced by Y").
_FORMER = frozenset("former ex late retired outgoing then erstwhile onetime one-time".split())
_DEPARTED = re.compile(r"^[^.;!?]{0,80}?\b(?:resigned|stepped down|quit|was (?:replaced|succeeded|ousted|removed|"
                       r"dismissed|sacked)|replaced by|succeeded by|left office|retired)\b")
#: "Mayor X of Brekka": whose holder the titled person is.
_OWNER_AFTER = re.compile(r"^,?\s+of\s+((?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})")
_ARTICLES = frozenset("the a an".split())
#: Honorifics by the sex they say; relations' nouns ("his wife, X") by the sex they say ("" unsaid).
_HONORIFIC = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w’'-]+)")
_RELATIVES = {**dict.fromkeys("wife mother daughter sister widow grandmother granddaughter aunt niece".split(), "f"),
              **dict.fromkeys("husband father son brother widower grandfather grandson uncle nephew".split(), "m"),
              **dict.fromkeys("spouse partner child parent sibling cousin relative neighbour neighbor".split(), "")}

#: Bounds of :meth:`Persons.titled_persons` on a hostile page.
_TITLED_NAMES = 200
_TITLED_MENTIONS = 20
_WORD_BEFORE = re.compile(r"[\w’'-]+|[^\w\s]")


def _lead_words(body: str, at: int) -> list[str]:
    """The last three words (or marks) before ``at``, lower-cased: a relation's noun or an honorific
    before a name ("his wife, Marta Quell", "Ms Ek")."""
    return [w.lower() for w in _WORD_BEFORE.findall(body[max(0, at - 40) : at])][-3:]


def _titled_tail(text: str, word: str) -> str | None:
    """The title and ``word`` that end ``text`` ("Governor Sangare", "His brother, Mr Brasko" ->
    "Mr Brasko"): two to four capitalised words, one a title, none a body's noun; else None."""
    words = text.split()
    if not words or words[-1] != word:
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k < 4 and words[k - 1][:1].isupper() and words[k - 1].lower() not in ORG_NOUNS:
        k -= 1
    if k > 0 and words[k - 1][:1].isupper():
        return None   # a longer capitalised run: a name or a body, not a title
    lead = words[k:-1]
    if not lead or not any(_rank_word(w) for w in lead) or not all(w[:1].isupper() for w in lead):
        return None
    return " ".join(words[k:])


class Persons(RegistryState):
    """Persons' names and mentions, and who a person pronoun continues."""

    def canonical_person(self, speaker: str, named: dict[tuple[str, ...], set[str]] | None = None) -> str | None:
        """The one canonical name of the person a resolved ``speaker`` names, as the GUIDE wants it:
        the fullest name the document gives that person, without titles ("Chief Commissioner Rumen
        Petkov", "Saleh Ahmat" after "Achta Saleh Ahmat", "Governor Keita's office" -> the person);
        None when ``speaker`` names no person the document knows, or no one person (a name two
        people share). ``named``: more full names by their tails (persons the tagger missed whom
        other claims name with a title). One dictionary look-up a name (at most four words)."""
        office = _OFFICE_OF.match(speaker)
        if office is not None:
            found = self.canonical_person(office[1], named)
            owner = _POSS.sub("", office[1]).strip()
            return found or (owner if self.ents.get(owner) and self.ents[owner].type == "PERSON" else None)
        words = speaker.split()
        k = 0
        while k < min(3, len(words) - 1) and _rank_word(words[k]):
            k += 1   # titles and graded roles before the name
        words = words[k:]
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return None
        name = " ".join(words)
        ent = self.ents.get(name)
        if ent is not None and ent.type != "PERSON":
            return None   # a body's or a place's name stays whole ("Chief Medical Office")
        tail = tuple(w.lower() for w in words)
        fuller = self._person_suffixes().get(tail, set()) | (named or {}).get(tail, set())
        if len(fuller) == 1:
            return next(iter(fuller))
        if k and (ent is not None or 2 <= len(words) <= 3 and not fuller and ent is None
                  and not any(w.lower() in ORG_NOUNS for w in words)):
            # a title before two or three capitalised words names a person, even one the tagger
            # took for a body ("Chief Commissioner Rumen Petkov")
            return name
        return None

    def titled_persons(self, body: str, names: set[str]) -> dict[str, dict[str, set[str]]]:
        """Role or title word -> the persons among ``names`` the page writes with it before their
        name ("Mayor Oumar Dicko", "Minister of Transport Achta Saleh Ahmat") -> the words naming
        whose holder they are ("Brekka" in "Brekka Mayor X" or "Mayor X of Brekka"; "neighbouring
        region"): who "the mayor" is when the page names one mayor. A former holder is none ("former
        Minister X", "Mayor X resigned", "was replaced by"). At most :data:`_TITLED_NAMES` names (in
        page order), :data:`_TITLED_MENTIONS` mentions of each."""
        titled: dict[str, dict[str, set[str]]] = {}
        first = {n: body.find(n) for n in names}
        for name in sorted((n for n in names if first[n] >= 0), key=first.__getitem__)[:_TITLED_NAMES]:
            at = first[name]
            for _ in range(_TITLED_MENTIONS):
                if at < 0:
                    break
                words = _WORD_BEFORE.findall(body[max(0, at - 80) : at])
                roles: list[str] = []
                owners: set[str] = set()
                former = _DEPARTED.match(body[at + len(name) : at + len(name) + 120]) is not None
                for word in reversed(words[-6:]):
                    low = word.lower()
                    if not word[:1].isupper() and low not in ("of", "for", "and"):
                        # the title phrase ends at the first lower-case word not joining it
                        former = former or low in _FORMER or low.startswith("ex-")
                        break
                    if low in PERSON_ROLES or low in TITLES or low in _MORE_TITLES:
                        roles.append(low)
                    elif low not in _FORMER and low not in _ARTICLES and not _rank_word(word) and word[:1].isalpha():
                        owners.add(_POSS.sub("", low))
                    former = former or low in _FORMER
                of = _OWNER_AFTER.match(body[at + len(name) : at + len(name) + 60])
                if of is not None:
                    owners |= {w.lower() for w in of[1].split() if w.lower() not in _ARTICLES}
                if not former:
                    for role in roles:
                        titled.setdefault(role, {}).setdefault(name, set()).update(owners)
                at = body.find(name, at + len(name))
        return titled

    def fuller_name_fits(self, body: str, short: str, full: str, pos: int) -> bool:
        """Whether the short form ``short`` of a speaker (its words as the page wrote them, "Ms Ek",
        "Colonel Vask"), at ``pos``, may be the person ``full`` ("Jan Ek"). Not when the page gives
        the surname to people of different sexes ("Mr Ek" and "Ms Ek"), or a relation's title the
        short form's sex contradicts ("Mr Quell" / "his wife, Marta Quell"). A fuller name given
        before the short form is preferred; one given only after it fits only a short form with no
        honorific ("Ms Ek ... Jan Ek": her husband, her son?) and never one introduced as someone's
        relative ("his daughter, Rune Vask"). At most :data:`_TITLED_MENTIONS` mentions read."""
        words = short.split()
        surname = _POSS.sub("", full.split()[-1])
        own = next((_HONORIFIC[w.lower().rstrip(".")] for w in reversed(words[:-1])
                    if w.lower().rstrip(".") in _HONORIFIC), None)
        sexes = {_HONORIFIC[m[1].lower()] for m in _HONORIFIC_BEFORE.finditer(body)
                 if m[2] == surname} if surname in body else set()
        if len(sexes) > 1:
            return False   # two people of the page share the surname
        at, before, relative, full_sexes = body.find(full), False, False, set()
        for _ in range(_TITLED_MENTIONS):
            if at < 0:
                break
            before = before or at < pos
            for w in _lead_words(body, at):
                if w in _RELATIVES:
                    relative = True
                    if _RELATIVES[w]:
                        full_sexes.add(_RELATIVES[w])
                elif w.rstrip(".") in _HONORIFIC:
                    full_sexes.add(_HONORIFIC[w.rstrip(".")])
            at = body.find(full, at + len(full))
        if own is not None and full_sexes and own not in full_sexes:
            return False
        return before or (own is None and not relative)

    @staticmethod
    def tails(names: set[str]) -> dict[tuple[str, ...], set[str]]:
        """Every proper tail of each name of two to five words -> the names it ends."""
        index: dict[tuple[str, ...], set[str]] = {}
        for name in names:
            words = tuple(w.lower() for w in name.split())
            if 2 <= len(words) <= 5:
                for k in range(1, len(words)):
                    index.setdefault(words[k:], set()).add(name)
        return index

    def _person_suffixes(self) -> dict[tuple[str, ...], set[str]]:
        """Every proper tail of each PERSON entity's name (of two to five words) -> the names it ends;
        built once for the entities known (a page's claims are canonicalised after all are read)."""
        if self._suffix_index is not None and self._suffix_index[0] == len(self.ents):
            return self._suffix_index[1]
        index = self.tails({e.name for e in self.ents.values() if e.type == "PERSON"})
        self._suffix_index = (len(self.ents), index)
        return index

    def _person_canonical(self, name: str, pos: int) -> str:
        """A full name is its own; a lone surname or first name is the latest full name at or before
        ``pos`` whose first or last word it is (the first mentioned of those at that position)."""
        words = name.split()
        if len(words) >= 2:
            return name
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

    def add_entity(self, name: str, type_: str, text: str, start: int, end: int,
                   mention: tuple[str, int, int] | None = None) -> str:
        """Register a name (``text`` at ``start``..``end``: what the registry reads positions by) and
        its mention as written (``mention``; the same span when None)."""
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
        ent.mentions.append(mention or (text, start, end))
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

    def full_name_anywhere(self, word: str) -> str | None:
        """The full name the text gives the person a lone ``word`` names, wherever it stands (for a
        headline, read before its body names anyone), unless two people share that word."""
        found = self._full_names.get(word.lower(), [])
        if not found or self._shared_name(word, found[-1][0]):
            return None
        return found[0][2]

    def titled_form(self, body: str, speaker: str, written: str | None = None,
                    known: dict[str, tuple[bool, str | None]] | None = None) -> str | None:
        """The name as the page writes a person it names only by one word after a title ("Governor
        Sangare", "Ms Begum", "Interior Minister Koleva"), never with a first name and never by the
        word alone: the lone surname is then fewer words than any name a reader, or the gold, can
        use. The claim's own words come first (``written``, the speaker as written here: "Ms Ek",
        "His brother, Mr Brasko" -> "Mr Brasko", "Governor Sangare's office" -> "Governor Sangare");
        else the page's first titled mention, unless the page gives the surname to people of two
        sexes ("Mr Ek", "Ms Ek") or writes it after a relation's noun ("his brother, Mr Brasko"):
        then the titled form may be another person's. None for a name given in full anywhere, one
        the page writes alone ("Brasko added"), or one never written after a title. ``known``: what
        is read once per surname (written alone?, the form to borrow), kept across a page's claims;
        at most :data:`_TITLED_MENTIONS` mentions of a surname read for the guard."""
        office = _OFFICE_OF.match(speaker)
        word = _POSS.sub("", office[1]).strip() if office is not None else speaker
        if " " in word or not word[:1].isupper() or self.in_a_full_name(word):
            return None
        if known is None:
            known = {}
        if word not in known:
            known[word] = self._titled_mentions(body, word)
        alone, borrowed = known[word]
        if alone:
            return None
        if written:
            office = _OFFICE_OF.match(written)
            own = _titled_tail(_POSS.sub("", office[1]).strip() if office is not None else written, word)
            if own is not None:
                return own
            if _POSS.sub("", written.split()[-1]) == word and not any(_rank_word(w) for w in written.split()[:-1]):
                return None   # written here without a title
        return borrowed

    def _titled_mentions(self, body: str, word: str) -> tuple[bool, str | None]:
        """For :meth:`titled_form`: whether the page writes the person ``word`` alone, and the first
        titled mention another claim of that person may borrow (None when the page gives the
        surname to two sexes or to someone's relative)."""
        ent = self.ents.get(word)
        if ent is None or ent.type != "PERSON":
            return False, None
        if any(_POSS.sub("", text) == word for text, _, _ in ent.mentions):
            return True, None
        titled = [(start, form) for text, start, _ in ent.mentions if (form := _titled_tail(text, word)) is not None]
        if not titled:
            return False, None
        sexes: set[str] = set()
        for text, start, _ in ent.mentions[:_TITLED_MENTIONS]:
            for w in [*_lead_words(body, start), *(x.lower().rstrip(".") for x in text.split()[:-1])]:
                if w in _RELATIVES:
                    return False, None
                if w in _HONORIFIC:
                    sexes.add(_HONORIFIC[w])
        return False, (min(titled)[1] if len(sexes) <= 1 else None)

    def in_a_full_name(self, word: str) -> bool:
        """Is ``word`` (any case) the first or last name of someone the text names in full?"""
        return bool(self._full_names.get(word.lower()))

    def _surname_of_person(self, word: str) -> bool:
        """Is ``word`` the last name of a person already named in this document?"""
        return word in self._surnames

    def _surname_mentions(self, tokens: list[Token], offset: int, persons_here: list[tuple[int, int, str]]) -> None:
        # NER misses repeated surnames; a capitalised PROPN equal to a known surname is a mention.
        covered: set[int] = set()
        for s, e, _ in persons_here:
            covered.update(range(s, e))
        for tok in tokens:   # the chunk's nouns and proper nouns (``feed``'s ``nominal``; any other fails the test below)
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
                    self.note_subject_person(pos, full, tok)

    def first_mention(self, name: str) -> float:
        """Where the text first names the person ``name`` by its surname or whole name (inf if never)."""
        found = self._full_names.get(name.split()[-1].lower(), [])
        return min((start for start, _, full in found if full == name), default=float("inf"))

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

    def _pronoun_person(self, pos: int, pronoun: str | None = None) -> str | None:
        # The speaker of the claim just before, if a person and close: "Kravets said … One of
        # them was detained, he said" (speaker continuity is the strongest cue in news prose).
        k = bisect_left(self._person_claims, (pos,))
        last = self._person_claims[k - 1] if k else None   # the latest (position, speaker) before pos
        if last is not None and pos - last[0] < 400:
            # a person who is the subject of what was reported ("Amsel said Brisk was held. He said
            # …") does not end the speaker's turn, unless a gendered title rules the pronoun out for
            # the speaker ("Ms Amsel said Brisk was held. He said …": Brisk). Without a title this
            # is a guess: the reported person may speak next of themself.
            titled = self.titled_pronoun.get(last[1])
            ruled_out = pronoun in ("he", "she") and titled is not None and titled != pronoun
            skip: set[int] | frozenset[int] = frozenset() if ruled_out else self.reported_subjects
            if not self.subject_persons.other_between(last[0], pos, last[1], skip):
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

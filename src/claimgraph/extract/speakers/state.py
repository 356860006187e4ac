"""The document's state that speaker resolution reads and every construction module adds to: its
entities and their mentions, persons and bodies by position, roles, acronyms, the speakers of the
claims so far; the queries on it that need nothing else (the latest mention before a position,
what kind of source a speaker is); and the entities as :func:`extract_claims` returns them.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..cues import HER_TITLES, HIS_TITLES, ORG_NOUNS, PERSON_ROLES, SPEECH_VERBS
from .lexicon import BODY_WORDS, DOCUMENT_NOUNS, OUTLET_NOUNS, STATE_ORGAN_WORDS
from .names import _DETS, _is_outlet_name, _name_run, clean_name


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


#: How many bodies a describing noun remembers (the latest by position).
_DESCRIBED_CAP = 128


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

    def other_between(self, lo: int, hi: int, name: str, skip: set[int] | frozenset[int] = frozenset()) -> bool:
        """Is a name other than ``name`` at a position strictly between ``lo`` and ``hi`` (positions
        in ``skip`` aside)?"""
        k = bisect_left(self._order, (lo + 1, -1))
        while k < len(self._order) and self._order[k][0] < hi:
            at, index = self._order[k]
            if self[index][1] != name and at not in skip:
                return True
            k += 1
        return False


def in_reported_clause(tok: Token) -> bool:
    """Is ``tok`` inside the clause a verb of saying reports ("Amsel said Brisk was held", "Brisk
    was held, Amsel said")? Its subject is what is said, not a new topic of the text."""
    x = tok
    for _ in range(len(tok.sent)):   # up the tree to the root (bounded by the sentence)
        if x.head.i == x.i:
            return False
        if x.dep_ == "ccomp" and x.head.lemma_.lower() in SPEECH_VERBS:
            return True
        x = x.head
    return False


def repeats_a_document(tok: Token) -> bool:
    """Is the document noun ``tok`` a bare "the report", which repeats the one the text gave
    before? "a report", "the city's report", "the report by the mission" bring up one of their own."""
    return [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"] and not any(
        c.dep_ in ("amod", "compound", "prep", "acl", "relcl", "poss") for c in tok.children)


class RegistryState:
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
        #: positions in ``subject_persons`` that are subjects of a reported clause ("Amsel said Brisk
        #: was held"): they do not end the speaker's turn for a later "he said"
        self.reported_subjects: set[int] = set()
        #: person -> the pronoun a gendered title before their name fixes ("Ms X" -> "she")
        self.titled_pronoun: dict[str, str] = {}
        self.org_mentions: list[tuple[int, str]] = []
        self.roles: dict[str, list[tuple[int, str]]] = {}
        #: describing noun ("group", "paper") -> (position, name) of the bodies the text described with
        #: it ("the rights group Lantern Watch"), sorted by position, at most :data:`_DESCRIBED_CAP` a noun
        self.described: dict[str, list[tuple[int, str]]] = {}
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
        #: (position, description) of documents and bodies' common nouns as subjects ("The report
        #: identifies …"): what a later "it" may continue
        self.thing_subjects: list[tuple[int, str]] = []
        self.body_subjects: list[tuple[int, str]] = []   # (position, canonical) of ORG/GPE subjects
        # (position, document noun, owner): "X said in a statement" — what a later "the statement" is
        self.document_owners: list[tuple[int, str, str]] = []
        #: (chunk, document noun -> positions in it of mentions that bring up a document of their own)
        self._document_mentions: tuple[Doc | None, dict[str, list[int]]] = (None, {})
        self._doc: Doc | None = None
        #: (entity count, tail of a person's name -> the full names it ends), built on demand
        self._suffix_index: tuple[int, dict[tuple[str, ...], set[str]]] | None = None
        self._ents: list[Span] = []
        self._text = ""

    def _ents_covering(self, run: list[Token]) -> Span | None:
        """The entity whose span is exactly the tokens of ``run``, if any."""
        start, end = run[0].i, run[-1].i + 1
        return next((e for e in self._ents if e.start == start and e.end == end), None)

    def _ents_in(self, span: Span) -> list[Span]:
        """The entities inside ``span``, from the chunk's kept list when it is the chunk being read."""
        if self._doc is not span.doc:
            return list(span.ents)
        return [e for e in self._ents if span.start <= e.start and e.end <= span.end]

    def speaker_type(self, speaker: str, span: Span | None, anonymous: bool) -> str:
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

    def note_described(self, noun: str, pos: int, name: str) -> None:
        """Remember ``name`` as described by ``noun`` at ``pos``; a noun keeps its latest
        :data:`_DESCRIBED_CAP` entries (a page that describes thousands of bodies stays bounded)."""
        entries = self.described.setdefault(noun, [])
        insort(entries, (pos, name))
        if len(entries) > _DESCRIBED_CAP:
            del entries[0]

    def described_before(self, nouns: tuple[str, ...], pos: int) -> tuple[int, str] | None:
        """The (position, name) of the body last described by one of ``nouns`` before ``pos``, within
        the 1500 characters every body lookup reads back; never a person (one named or tagged
        after the description: "the charity Ivo Marn supports … Ivo Marn said")."""
        best: tuple[int, str] | None = None
        for noun in nouns:
            entries = self.described.get(noun, [])
            k = bisect_left(entries, (pos, ""))
            for p, name in reversed(entries[max(0, k - 8) : k]):   # a few back, past persons
                if pos - p >= 1500:
                    break
                if not self.is_person(name):
                    if best is None or p > best[0]:
                        best = (p, name)
                    break
        return best

    def is_person(self, name: str) -> bool:
        ent = self.ents.get(name)
        return ent is not None and ent.type == "PERSON"

    def is_outlet_span(self, tok: Token) -> bool:
        """Does the subject headed by ``tok`` name a news outlet ("The Associated Press", "Reuters",
        "the newspaper")?"""
        phrase = _DETS.sub("", clean_name(" ".join(t.text for t in _name_run(tok)))) if tok.pos_ == "PROPN" else tok.lower_
        return tok.lemma_.lower() in OUTLET_NOUNS or _is_outlet_name(phrase)

    def note_document(self, pos: int, noun: str, owner: str) -> None:
        """Remember whose document a noun is ("X said in a statement"), for a later "the statement"."""
        self.document_owners.append((pos, noun, owner))

    def document_owner(self, noun: str, pos: int, doc: Doc, offset: int) -> str | None:
        """Whose document a "the report"/"it" at ``pos`` is: the owner noted last for ``noun`` —
        unless the text brought up another such document after that note ("X said in a report ….
        Y said a report by the city showed …"): then the latest mention decides, and it has none."""
        noted = [(p, owner) for p, kind, owner in self.document_owners if kind == noun and p < pos]
        if not noted:
            return None
        at, owner = max(noted)
        if self._document_mentions[0] is not doc:
            self._document_mentions = (doc, {})
        mentions = self._document_mentions[1]
        if noun not in mentions:   # once per chunk and noun: many a "the report"/"it" may ask
            mentions[noun] = [tok.idx for tok in doc if tok.lemma_.lower() == noun and tok.pos_ == "NOUN"
                              and tok.dep_ != "compound" and not repeats_a_document(tok)]
        starts = mentions[noun]
        k = bisect_left(starts, at - offset + 1)
        return None if k < len(starts) and offset + starts[k] < pos else owner

    def note_subject_person(self, pos: int, name: str, tok: Token) -> None:
        """Remember a person as a sentence subject at ``pos`` (``tok`` its word), and whether it is
        the subject of a reported clause."""
        self.subject_persons.append((pos, name))
        name_head = tok.head if tok.dep_ == "compound" else tok   # "Ms" in "Ms Greta Vollan said"
        title = {t.lower_.rstrip(".") for t in name_head.lefts if t.dep_ in ("compound", "nmod")}
        if title & HIS_TITLES or title & HER_TITLES:
            self.titled_pronoun[name] = "he" if title & HIS_TITLES else "she"
        if in_reported_clause(tok):
            self.reported_subjects.add(pos)

    def note_speaker(self, pos: int, speaker: str | None, person: bool) -> None:
        """Remember a resolved speaker: "it"/"they" in a later claim usually continues it."""
        if speaker:
            insort(self._claims_in_order, (pos, len(self.claim_speakers)))
            self.claim_speakers.append((pos, speaker, person))
            if person:
                insort(self._person_claims, (pos, speaker))

    def note_inner_claims(self, holders: dict[int, tuple[int, int]]) -> None:
        """Claims whose cue lies inside another claim's words ("The ministry said the army had
        declined to comment"), by position, with the span holding them: a later "it" outside that
        span continues the outer claim; one inside it (in the same quotation) may continue them."""
        self._inner_claims.update(holders)

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

    def resolve(self, span: Span | None, cue_pos: int, offset: int, outer_speaker: str | None = None) -> tuple[str | None, str | None]:
        """(canonical, anonymous-or-None) for a subject ``span``: the resolution order, in
        :class:`~.resolution.Registry`; declared here because the generic speakers resolve their body
        with it, before the class that defines it in the chain."""
        raise NotImplementedError

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

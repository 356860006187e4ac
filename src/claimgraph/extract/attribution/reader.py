"""What every construction reads with: one parsed chunk, its quotes, sentences, subjects and speakers.

``ChunkReader`` holds the parse and the helpers the constructions share; each construction
(``direct``, ``reported``, ``unattributed``, ``refusals``, ``colon_lines``) is a class of its own
module built on it, and ``document.ClaimReader`` runs them in order, the way a spaCy pipeline runs
its components."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..cues import (
    ABOUT_VERBS,
    AS_VIEW_VERBS,
    COGNITION_VERBS,
    INTENT_VERBS,
    ORG_NOUNS,
    STANCE_VERBS,
    EVIDENCE_SUBJECTS,
    FIRST_PERSON,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PREP_CUES,
    SPEECH_VERBS,
)
from ..nlp import check_parsed
from ..quotes import Quote, find_quotes
from ..speakers import DOCUMENT_NOUNS, SPOKES_ROLES, Registry, document_sender
from .model import Claim, MAX_SPEAKER_TOKENS


#: Subordinators of a trailing clause that the writer adds to a claim rather than reports in it
#: ("X says A, while Y says B", "…, although he gave no evidence").
_CONCESSIVE = frozenset("while whereas although though".split())


_REL_WORDS = frozenset("which who whom whose where".split())


def _trim_concessive(doc, head, lo: int, hi: int) -> int:
    """End of a content span before a trailing clause the writer adds to it.

    ", while …" / ", although …" clauses of ``head`` and a non-restrictive relative clause closing
    the span ("… the reality of climate change, which makes him an outlier") are the writer's, not
    the source's; a closing ", arguing that …" or ", citing …" is the source's next claim or its
    source, not this claim's words.
    """
    for c in head.rights:
        if c.dep_ == "advcl" and c.left_edge.i > lo and any(
                m.dep_ == "mark" and m.lower_ in _CONCESSIVE for m in c.children) and not (
                doc[c.left_edge.i].lower_ == "while" and doc[c.left_edge.i - 1].text != ","
                and _own_subject(c) is not None):
                # (a "while" clause with its own subject and no comma is one of time: "lied while
                # the inquiry ran" is content; "…, while …" and "while blocking …" are cut)
            cut = c.left_edge.i
            while cut - 1 > lo and doc[cut - 1].is_punct:
                cut -= 1
            hi = min(hi, cut)
            break
    end = hi - 1
    while end > lo and doc[end].is_punct:
        end -= 1
    for t in doc[lo:hi]:
        first = t.left_edge
        if first.i <= lo or doc[first.i - 1].text != "," or t.right_edge.i < end:
            continue
        tail = (t.dep_ == "relcl" and first.lower_ in _REL_WORDS) or (
            # "…, arguing that …": the source's next claim, not this one's words (a participle
            # that goes on with the scene, "…, forcing doctors to move", stays part of it)
            t.dep_ == "advcl" and first.i == t.i and t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in t.children)) or (
            first.i == t.i and t.tag_ == "VBG" and t.lemma_.lower() in ("cite", "quote"))   # ", citing X": the source note
        if tail and not any(x.text in ("“", "”", '"', "''", "‘", "’", "'") and x.is_punct for x in doc[first.i : hi]):
            return first.i - 1  # (a tail carrying a quotation is the source's words: kept)
    return hi


def _own_subject(v):
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) >= 2 and any(t.text == ":" for t in v.doc[subjects[0].i : subjects[-1].left_edge.i]):
        # "Update, 11:00: A Forum analyst, X, told …": what stands before a colon is a heading, not a subject
        subjects = subjects[-1:]
    if len(subjects) >= 2 and subjects[1].left_edge.i == subjects[0].right_edge.i + 1 and subjects[1].pos_ == "PROPN":
        return subjects[1]  # "Kelm city mayor Oksana Dzyuba said": the parser split role and name
    for c in subjects:
        return c
    for c in v.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _participle_of_report(verb) -> bool:
    """A verb of saying the parser hung on a reported clause that goes on with the reporter's words:
    ", adding …" ("X said the council had approved it, adding …"), or ", saying …" where its "he"/"she"
    can only be the reporter (`_reporter_goes_on`)."""
    if not (verb.lemma_.lower() in SPEECH_VERBS and _own_subject(verb) is None):
        return False
    clause = verb.head
    report = clause.head
    if not (clause.dep_ == "ccomp" and clause.i < verb.i and report.i < clause.i and report.lemma_.lower() in SPEECH_VERBS
            and report.tag_ != "VBG" and _own_subject(report) is not None):
        return False
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and _reporter_goes_on(verb, _own_subject(clause), _own_subject(report)))


_PERSON_PRONOUNS = frozenset(("he", "she"))
_BODY_TYPES = frozenset(("GPE", "ORG", "NORP", "LOC", "FAC"))


def _reporter_goes_on(verb, embedded, reporter) -> bool:
    """Whose is ", saying / adding …" after "R said S had done X"? "adding" goes on with R's own report;
    any other verb of saying is read as before (S's when S can speak: the GUIDE's "A cited B as saying
    C", B when named) unless the participle's own "he"/"she" fits a person R and not a place or body S
    ("The minister said Tarnholm had agreed, saying he welcomed it": the minister)."""
    if verb.lemma_.lower() == "add" or embedded is None:
        return True
    if any(c.dep_ in ("appos", "compound", "flat") and c.ent_type_ == "PERSON" for c in embedded.children):
        return False   # "its striker Omar Lenz had apologised, saying he …": Omar Lenz
    pronoun = next((t.lower_ for t in verb.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON"), None)
    if pronoun not in _PERSON_PRONOUNS or reporter is None:
        return False
    person_reporter = reporter.ent_type_ == "PERSON" or reporter.lemma_.lower() in PERSON_ROLES
    body_embedded = embedded.ent_type_ in _BODY_TYPES or (
        embedded.ent_type_ != "PERSON" and embedded.lemma_.lower() in ORG_NOUNS)
    return person_reporter and body_embedded


def _agentive(tok) -> bool:
    """Can this subject head be a speaker (a name, a pronoun, a person or organisation noun)?"""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in PERSON_ROLES or lemma in ORG_NOUNS or lemma in EVIDENCE_SUBJECTS


def _as_put_it(tok) -> bool:
    """"as one strategist put it, …": a parenthetical speech cue made of "put it"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


#: Nouns naming a figure one may "put at" a number ("put the toll / the cost / the number of … at N").
_FIGURE_NOUNS = frozenset({"number", "toll", "figure", "cost", "costs", "count", "total", "tally", "estimate", "damage",
                           "damages", "loss", "losses", "bill", "value", "price", "turnout", "size", "share", "rate"})


def _a_count(at) -> bool:
    """Does the "at" phrase give a figure: a number that is no clock time or date ("at 41", "at more
    than 300", "at 2 million euros"; not "at 5 a.m.", "at a meeting on 12 May")?"""
    pobj = next((c for c in at.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in ("TIME", "DATE"):
        return False
    nums = [t for t in pobj.subtree if t.like_num]
    return bool(nums) and not any(t.ent_type_ in ("TIME", "DATE") or t.lower_.rstrip(".") in ("a.m", "p.m", "am", "pm")
                                  for t in pobj.subtree)


def _puts_at(tok) -> list:
    """"The charity puts the death toll at 41", "X put the cost of the repairs at 2 million euros":
    a source's figure for something, the object and its "at" phrase (the content), when a speaker
    (a name, a body, a person) puts a figure (a count, a toll, an estimate) at a number; "put the
    keys at the back", "the storm put the town at risk", "put the army on alert at 5 a.m." give no
    figure and no claim."""
    if tok.lemma_.lower() != "put":
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.lemma_.lower() not in _FIGURE_NOUNS and obj.lower_ not in _FIGURE_NOUNS:
        return []
    # the "at" phrase on the verb, or hung by the parser inside the object ("the number of people
    # displaced at 12,000")
    at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i), None) or next(
        (t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.head.i != obj.i), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or (
        next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "conj" else None)
    if at is None or subj is None or not _agentive(subj) or not _a_count(at):
        return []
    return [obj] if at.head.i != tok.i else [obj, at]


def _verb_like(tok) -> bool:
    """A verb, or a word the tagger called a noun that heads its clause with a subject ("…,” the
    statement read.": "read" tagged NOUN, ROOT, with "statement" as its nsubj)."""
    return tok.pos_ in ("VERB", "AUX") or (
        tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children))


#: A dateline opening a line: a place in capitals, then perhaps its country or a date and a credit
#: in brackets, then a dash ("KYIV, Ukraine (AP) — ", "ORSUND, Mar 14 (Reuters) - ").
_DATELINE_PREFIX = re.compile(
    r"^[ \t]*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.\-]{2,}(?: [A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.\-]+){0,3}"
    r"(?:,[^\n—–()]{1,40}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s+",
    re.MULTILINE,
)


def written_speaker(span):
    """The words that name the speaker as written: a bracket the punctuation trim left open is
    closed (`Sen. Ana Pell (D-Calif.)`, not `Sen. Ana Pell (D-Calif.`). A closing aside about a
    named speaker (`X, who chairs the committee,`, `X, 64, of Y`) stays: cutting it was tried in
    session 9 and lost source-span agreement on PolNeAR dev and held-out articles, whose
    annotators include it about as often as not."""
    doc = span.doc
    lo, hi = span.start, span.end
    if hi < len(doc) and doc[hi].text == ")" and sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span):
        hi += 1
    return doc[lo:hi]


@dataclass
class PendingSpeaker:
    """A claim whose speaker is a pronoun, resolved once every pass has run (see
    ``ChunkReader.pending``), and the claims that speak as it does (its quotation's continuations)."""

    claim: Claim
    span: Span
    anchor: int
    cue_tokens: list | None
    followers: list[Claim] = field(default_factory=list)

    def waits_for(self, claim: Claim) -> bool:
        return claim is self.claim or any(claim is f for f in self.followers)


class ChunkReader:
    """Finds the claims of one parsed chunk; offsets are shifted into the body at the end."""

    def __init__(self, doc, offset: int, registry: Registry, in_headline: bool = False,
                 quotes: list[Quote] | None = None, text: str | None = None, tokens: list | None = None) -> None:
        self.doc = doc
        self.text = text if text is not None else doc.text   # the caller's copy: Doc.text rebuilds it
        self.offset = offset
        self.reg = registry
        self.in_headline = in_headline
        self.quotes: list[Quote] = quotes if quotes is not None else find_quotes(self.text)
        # the chunk's tokens, built once (or the caller's list, shared with the registry): each walk
        # over a Doc builds a new Token object per token, and every whole-chunk walk of the reader
        # (``reported``, ``hedges``, ``negative_subjects``, ``lacks_to_tell``, ``colon_lines``) reads this list
        self.tokens = tokens if tokens is not None else list(doc)
        check_parsed(doc, self.text, self.tokens)   # a string or list from another parse would shift every offset
        self.starts = [t.idx for t in self.tokens]
        # Quote lookups by bisection and sibling links, so no step is quadratic in the number of
        # quotes (a hostile page can hold thousands).
        self.q_starts = [q.start for q in self.quotes]
        self.prev_sib: list[int | None] = [None] * len(self.quotes)
        self.next_sib: list[int | None] = [None] * len(self.quotes)
        last: dict[int | None, int] = {}
        for qi, q in enumerate(self.quotes):
            if q.parent in last:
                self.prev_sib[qi] = last[q.parent]
                self.next_sib[last[q.parent]] = qi
            last[q.parent] = qi
        self.latest_claim: Claim | None = None
        self.no_comments: list[Claim] = []
        # Sentence bounds computed once: Token.sent re-derives them on every call.
        self.sents = list(doc.sents)
        self.sent_starts = [sp.start for sp in self.sents]
        self.used_cues: set[int] = set()
        # datelines opening a line: a place and its credit, never a speaker nor a claim's words
        self.datelines = [(m.start(), m.end()) for m in _DATELINE_PREFIX.finditer(self.text)]
        self.dateline_starts = [a for a, _ in self.datelines]
        self.claims: list[Claim] = []
        # quote index -> claim (for nesting and first-person speakers)
        self.quote_claim: dict[int, Claim] = {}
        self.standalone: set[int] = set()
        # cue token -> subject, for a cue coordinated with an earlier one ("underscores … and urges")
        self.subj_override: dict[int, object] = {}
        # Claims whose speaker is a pronoun, resolved once every pass has found its claims (the
        # passes run by construction, not in text order: '"…," it said' must see "the ministry
        # said …" of the sentence before, whichever pass found it): (claim, speaker span, anchor,
        # cue tokens, claims that took its speaker)
        self.pending: list[PendingSpeaker] = []

    # -- helpers ---------------------------------------------------------------------------
    def sent_of(self, tok):
        """The sentence Span holding ``tok`` (cached bounds)."""
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        return self.sents[max(k, 0)]

    def sentence_start(self, sent) -> int:
        """Where the sentence holding ``sent`` starts when the parser split it where nothing ends
        one ("She felt the 13th | Amendment was …"): back over splits after no closing mark."""
        k = bisect.bisect_right(self.sent_starts, sent.start) - 1
        while k > 0:
            prev = self.sents[k - 1]
            gap = self.text[prev.end_char : self.sents[k].start_char]
            last = prev.text.rstrip()[-1:]
            if not last or last in ".!?…:;\"”’'»)" or "\n" in gap or "\n" in prev.text.rstrip()[-2:]:
                break
            k -= 1
        return self.sents[max(k, 0)].start_char

    def tok_at(self, char: int):
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)] if len(self.doc) else None

    def in_quote(self, char: int) -> int | None:
        """Index of the innermost quote whose quoted text holds ``char``.

        Quotes nest properly, so the one that opened last before ``char`` holds it, or else one
        of its ancestors does.
        """
        k: int | None = bisect.bisect_right(self.q_starts, char) - 1
        while k is not None and k >= 0:
            q = self.quotes[k]
            if q.inner_start <= char < q.inner_end:
                return k
            k = q.parent
        return None

    def quotes_between(self, a: int, b: int) -> list[int]:
        return list(range(bisect.bisect_left(self.q_starts, a), bisect.bisect_left(self.q_starts, b)))

    def outer_speaker_at(self, char: int) -> str | None:
        outer = self._outer_claim_at(char)
        return outer.speaker if outer is not None else None

    def _outer_claim_at(self, char: int) -> Claim | None:
        """The claim of the innermost quotation holding ``char`` that has one."""
        qi = self.in_quote(char)
        while qi is not None:
            if qi in self.quote_claim:
                return self.quote_claim[qi]
            qi = self.quotes[qi].parent
        return None

    def in_dateline(self, char: int) -> bool:
        """Is ``char`` inside a dateline opening a line ("KYIV, Ukraine (AP) — ")?"""
        k = bisect.bisect_right(self.dateline_starts, char) - 1
        return k >= 0 and char < self.datelines[k][1]

    def subject_of(self, verb, depth: int = 0):
        """The grammatical subject of ``verb``, not a dateline's place the parser took for one
        ("KYIV, Ukraine — A missile hit the depot, officials said": the officials)."""
        subj = self._subject_of(verb, depth)
        if subj is not None and self.datelines and self.in_dateline(subj.idx):
            # another subject of the verb, or the name the parser hung on the place ("WASHINGTON --
            # President Obama, …, said")
            return next((c for c in [*verb.children, *subj.children] if (c.dep_ in ("nsubj", "nsubjpass") and c.head.i == verb.i
                         or c.dep_ == "appos" and c.head.i == subj.i) and not self.in_dateline(c.idx)), None)
        return subj

    def _subject_of(self, verb, depth: int = 0):
        """The grammatical subject of ``verb``, inherited through participles and conjuncts.

        A participial cue ("…, underlining that …", "…, adding …") has no subject of its own; it
        takes the nearest ancestor's, but skips subjects that cannot speak (the parser often hangs
        the participle from a noun's modifier: "sported a T-shirt adorned with …, underlining").
        """
        if verb.i in self.subj_override:
            return self.subj_override[verb.i]
        candidates = []
        v = verb
        if _participle_of_report(verb):
            # "X said the council had approved the plan, adding (saying) that …": the parser hangs
            # the participle on the reported clause, but it goes on with the reporter's words, not
            # the subject of what was reported
            v = verb.head.head
        for _ in range(5):
            subj = _own_subject(v)
            if subj is not None:
                candidates.append(subj)
                if v.i == verb.i or _agentive(subj):
                    break
            climb = v.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") or (v.dep_ == "prep" and v.pos_ == "ADP") or (
                v.dep_ == "ccomp" and subj is not None and not _agentive(subj)
            )
            if not climb or v.head.i == v.i:
                break
            v = v.head
            if v.pos_ in ("NOUN", "PROPN", "PRON") and v.head.i != v.i:
                v = v.head  # from a noun's modifier to the verb governing that noun
        if not candidates:
            if verb.dep_ == "acl" and (sender := document_sender(verb.head)) is not None:
                return sender   # "sent a letter to the board stating that …": the sender
            if v.dep_ == "ROOT" and v.pos_ in ("NOUN", "PROPN") and v.i != verb.i and _agentive(v) and any(
                    c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN") and c.i > v.i for c in v.children):
                # "The group, X, formed last month and sent a letter … stating that …": the parser
                # made the sentence's subject its root and hung the finite verbs on it
                return v
            return _name_before_an_aside(verb)
        return next((c for c in candidates if _agentive(c)), candidates[0])

    def speaker_span(self, subj, cue_char: int):
        doc = self.doc
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        # Never let a subject reach into a quote that the cue is not in.
        cue_q = self.in_quote(cue_char)
        toks = [t for t in doc[lo:hi] if self.in_quote(t.idx) == cue_q]
        if not toks:
            toks = [subj]
        # the contiguous run around the head
        lo = subj.i
        while lo - 1 >= toks[0].i and doc[lo - 1] in toks:
            lo -= 1
        hi = subj.i + 1
        while hi <= toks[-1].i and doc[hi] in toks:
            hi += 1
        cue = self.tok_at(cue_char)
        if cue is not None and lo <= cue.i < hi and cue.i != subj.i:
            # a subject the parser grew over its own cue ("The ministry claimed in a statement
            # that …" read as one noun phrase): the side of the cue the head is on
            lo, hi = (lo, cue.i) if subj.i < cue.i else (cue.i + 1, hi)
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        while lo < hi - 1 and doc[lo].is_punct:
            lo += 1
        while lo < hi - 1 and self.datelines and self.in_dateline(doc[lo].idx):
            lo += 1   # "KORVEL - Dana Ostrava, a nurse, said": a dateline is never part of a name
        if hi - lo > MAX_SPEAKER_TOKENS:
            lo, hi = max(lo, subj.i - MAX_SPEAKER_TOKENS // 2), min(hi, subj.i + MAX_SPEAKER_TOKENS // 2)
        return doc[lo:hi]

    def named_source(self, obj):
        """The phrase of ``obj`` when it names a body or person (a proper noun, a named entity, or
        "the ministry"), else None: a cited source speaks only when named."""
        span = self.doc[obj.left_edge.i : obj.right_edge.i + 1]
        lemma = obj.lemma_.lower()
        # the head itself names the source ("the strategic importance of China" is no source)
        named = obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or (
            lemma in ORG_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)) or (
            lemma in SPOKES_ROLES and any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") for t in span))   # not "U.S. officials"
        return span if named and len(span) <= MAX_SPEAKER_TOKENS else None

    def quoted_as_saying(self, cue):
        """X of "A quoted (cited) X as saying …" when X is named: the words are X's, A only relays
        them. ``cue`` is "quoted" or "saying"."""
        verb = cue
        if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.lower_ == "as":
            verb = cue.head.head
        if verb.lemma_.lower() not in ("quote", "cite") or not any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" and g.lemma_.lower() in SPEECH_VERBS
                                                               for g in c.children) for c in verb.children):
            return None   # "cites the strike as an attack": a label, not someone's words
        obj = next((o for o in verb.children if o.dep_ == "dobj"), None)
        return self.named_source(obj) if obj is not None else None

    def make_claim(self, *, kind, start, end, cue_tokens=None, cue_text=None, subj=None, speaker_span=None,
                   parts=None, speaker=None) -> Claim | None:
        text = self.text
        if speaker_span is None and speaker is None and cue_tokens:
            speaker_span = self.quoted_as_saying(cue_tokens[0])
        # trim whitespace and dangling punctuation at the content's edges
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
        if self.datelines and self.in_dateline(start):
            start = self.datelines[bisect.bisect_right(self.dateline_starts, start) - 1][1]
        if end <= start:
            return None
        cue_start = cue_end = None
        if cue_tokens:
            cue_start = cue_tokens[0].idx
            cue_end = cue_tokens[-1].idx + len(cue_tokens[-1])
            cue_text = text[cue_start:cue_end]
            self.used_cues.update(t.i for t in cue_tokens)
        anchor = cue_start if cue_start is not None else start
        anonymous = False
        sp_start = sp_end = None
        speaker_text = None
        if speaker_span is None and subj is not None:
            speaker_span = subj if isinstance(subj, Span) else self.speaker_span(subj, anchor)
        deferred = False
        if speaker_span is not None and len(speaker_span):
            written = written_speaker(speaker_span)
            speaker_text = written.text
            sp_start, sp_end = written.start_char, written.end_char
            if speaker is None:
                deferred = self._deferred(speaker_span, anchor)
                if not deferred:
                    speaker, anon = self.reg.resolve(speaker_span, self.offset + anchor, self.offset,
                                                     outer_speaker=self.outer_speaker_at(anchor))
                    anonymous = anon is not None
                    self.reg.note_unnamed_role(speaker_span, self.offset + anchor, speaker, anonymous)
        if not deferred:
            self.reg.note_speaker(self.offset + anchor, speaker, self.reg.is_person(speaker) if speaker else False)
        if speaker and cue_tokens and not anonymous:
            self._note_documents(cue_tokens[0], speaker)
        claim = Claim(
            speaker=speaker, speaker_text=speaker_text, cue=cue_text, kind=kind,
            content=text[start:end], start=start, end=end, cue_start=cue_start, cue_end=cue_end,
            speaker_start=sp_start, speaker_end=sp_end, parts=parts, anonymous=anonymous,
            in_headline=self.in_headline,
            speaker_type=self.reg.speaker_type(speaker, speaker_span, anonymous) if speaker else None,
        )
        self.claims.append(claim)
        if deferred:
            self.pending.append(PendingSpeaker(claim, speaker_span, anchor, cue_tokens))
        if self.latest_claim is None or claim.end > self.latest_claim.end:
            self.latest_claim = claim
        if kind == "no_comment":
            self.no_comments.append(claim)
        return claim

    def _deferred(self, span, anchor: int) -> bool:
        """Is this speaker resolved only after every pass (see ``pending``)? A lone third-person
        pronoun; a first-person one inside a quotation whose own speaker waits too."""
        if len(span) != 1:
            return False
        word = span[0].lower_
        if word in ORG_PRONOUNS or word in PERSON_PRONOUNS:
            return True
        outer = self._outer_claim_at(anchor)
        return word in FIRST_PERSON and outer is not None and any(p.waits_for(outer) for p in self.pending)

    def take_speaker_of(self, claim: Claim, prev: Claim) -> None:
        """``claim`` speaks as ``prev`` does (a quotation's continuation): now, or once ``prev``'s
        pronoun is resolved."""
        claim.speaker, claim.speaker_text, claim.anonymous = prev.speaker, prev.speaker_text, prev.anonymous
        for entry in self.pending:
            if entry.waits_for(prev):   # prev itself, or a continuation of it
                entry.followers.append(claim)

    def resolve_pending(self) -> None:
        """Resolve the pronoun speakers in text order, now that every pass has noted its speakers
        (third-person pronouns first: a first-person one inside a quotation takes its speaker)."""
        if not self.pending:
            return
        # a claim whose cue lies inside another's words ("The ministry said the army had declined
        # to comment") is not what a pronoun continues: the outer one, whose cue is outside its
        # own words, is
        def cue_at(c: Claim) -> int:
            return c.cue_start if c.cue_start is not None else c.start

        outer = sorted((c.start, c.end) for c in self.claims if not c.start <= cue_at(c) < c.end)
        starts = [a for a, _ in outer]
        inner: dict[int, tuple[int, int]] = {}
        for c in self.claims:
            k = bisect.bisect_right(starts, cue_at(c))
            # among the latest few outer claims starting at or before it (claims are short)
            holder = next(((a, b) for a, b in reversed(outer[max(0, k - 8) : k]) if a <= cue_at(c) < b), None)
            if holder is not None:
                inner[self.offset + cue_at(c)] = (self.offset + holder[0], self.offset + holder[1])
        self.reg.note_inner_claims(inner)
        for entry in sorted(self.pending, key=lambda e: (e.span[0].lower_ in FIRST_PERSON, e.anchor)):
            speaker, anon = self.reg.resolve(entry.span, self.offset + entry.anchor, self.offset,
                                             outer_speaker=self.outer_speaker_at(entry.anchor))
            anonymous = anon is not None
            self.reg.note_speaker(self.offset + entry.anchor, speaker, self.reg.is_person(speaker) if speaker else False)
            if speaker and entry.cue_tokens and not anonymous:
                self._note_documents(entry.cue_tokens[0], speaker)
            for c in (entry.claim, *entry.followers):
                c.speaker, c.anonymous = speaker, anonymous
                c.speaker_type = self.reg.speaker_type(speaker, entry.span, anonymous) if speaker else None
        self.pending = []

    def _note_documents(self, cue, speaker: str) -> None:
        """The documents a cue says its speaker spoke through ("said in a statement", "wrote in a report")."""
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() in DOCUMENT_NOUNS:
                        self.reg.note_document(self.offset + pobj.idx, pobj.lemma_.lower(), speaker)

    def is_cue(self, tok) -> bool:
        return tok.lemma_.lower() in SPEECH_VERBS and _verb_like(tok) and tok.i not in self.used_cues

    def is_reported_cue(self, tok) -> bool:
        """A cue of reported speech or thought: a speech verb, or a belief/intention verb."""
        if not _verb_like(tok) or tok.i in self.used_cues:
            return False
        lemma = tok.lemma_.lower()
        return (lemma in SPEECH_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS or lemma in STANCE_VERBS
                or lemma in ABOUT_VERBS or lemma in PREP_CUES or lemma in AS_VIEW_VERBS
                or lemma == "put" and (_as_put_it(tok) or bool(_puts_at(tok))) or not_ruled_out(tok))

    # -- direct quotes -------------------------------------------------------------------------
    def _para_bounds(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, pos) + 1
        e = self.text.find("\n", pos)
        return s, (len(self.text) if e == -1 else e)

    def _frame_tokens(self, a: int, b: int):
        """Tokens wholly in text[a:b] that are not inside a quote nested at the same level."""
        if b <= a:
            return []
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b)
        return [self.doc[k] for k in range(i, j)]


def not_ruled_out(tok) -> bool:
    """"did not rule out that C", "has not ruled out that C", "did not rule out the possibility
    that C": the source says C may be so (a claim, not a refusal); "did not rule out arson" names
    no proposition and stays out."""
    return tok.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) \
        and any(c.dep_ == "neg" for c in tok.children) and (any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children)
            or possibility_clause(tok) is not None)


def possibility_clause(tok):
    """The that-clause of "rule out the possibility that C" (C, hung on "possibility"), else None."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() == "possibility":
            for k in c.children:
                if k.dep_ in ("acl", "ccomp") and k.i > c.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in k.children):
                    return k
    return None


def _name_before_an_aside(verb):
    """"Hersh, a former staff writer whose reporting has come under scrutiny, wrote that …": the
    parser may hang the name from the aside's verb and leave the cue without a subject; the
    name opening the clause before the cue, set off by a comma, is its subject."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc = verb.doc
    # "Orel, citing the ministry, said …": the parser may take an unfamiliar one-word name opening
    # the sentence for an adverbial of the cue
    for c in verb.children:
        if c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN" and c.i < verb.i and c.left_edge.i == c.sent.start \
                and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == ",":
            return c
    early = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i), None)
    if early is None:
        return None
    first = early.left_edge
    name = next((c for c in early.children if c.dep_ == "nsubj" and c.i == first.i and c.pos_ == "PROPN"), None)
    if name is None or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    return name

"""Entities and attributed claims of an article body, each with character offsets into it.

The extractor reads the parse, not the NER alone: quote marks are paired first (``quotes.py``),
then every claim is anchored on a cue — a speech verb from the lexicon (``cues.py``), a colon, the
phrase "according to", or a no-comment construction — and its speaker is the cue's grammatical
subject, resolved to a document entity (``speakers.py``). Evidence phrases come from the claim's
own sentence (``evidence.py``).

Claim kinds:

* ``direct``: a quotation standing as a clause, attributed by a cue before it ("X said, “…”"),
  after it ("“…,” X said", "“…,” said X"), around it ("“A,” he said, “B.”" — one claim, the two
  parts in ``parts``), by a colon ("X: “…”"), by a colon-ended sentence before it, or continuing
  the previous speaker's quote in the next paragraph;
* ``indirect``: a cue verb with a that-clause, a clause without "that", or (for verbs like
  "deny", "urge", "identify … as") a nominal object; also what a source believes, intends or
  takes a stance on ("believes that …", "wants to …", "urged X to …", "cited the remarks",
  "spoke about …", "Hale's claim that …", "Hale's call for …", "referred to …", "tweeted a
  photo of …", "sees X as Y", "called X “Y”", "as X put it", "X was endorsed by Y") and a
  passive or "seems" attribution naming no source is ``unattributed`` (below);
* ``mixed``: an indirect claim whose content carries a partial quotation;
* ``according_to``: "according to X", "X's report found …", "the footage shows …";
* ``no_comment``: "declined to comment", "has yet to comment", "did not respond to a request …",
  "has not confirmed the identity …" (the whole clause; never shown as an assertion);
* ``unattributed``: what the writer passes on from nobody named — "X is believed to …", "X was
  declared a traitor", "X seems to …", "reportedly", "allegedly", "it is understood that …".
  Speaker ``None``; shown as such and never a source of corroboration.

A quotation embedded in the writer's own sentence ("appeared on “Face the Nation”") is never a
direct claim by itself; "what he calls “genocide”" is a label claim ("what" + the label). Claims
found inside a quotation keep a ``nested_in`` link to the claim that quotes them, and a
first-person speaker inside a quote is the quoting speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from itertools import accumulate
from typing import Any, Iterable, Iterator

from spacy.tokens import Span

from . import CLAIM_KINDS
from .cues import (
    ABOUT_PREPS,
    ABOUT_VERBS,
    AS_VIEW_VERBS,
    CLAIM_NOUNS,
    COGNITION_VERBS,
    DENY_CUES,
    INTENT_VERBS,
    STANCE_VERBS,
    EVIDENCE_SUBJECTS,
    NEEDS_AS,
    NO_COMMENT,
    OBJECT_VERBS,
    PREP_CUES,
    QUESTION_CUES,
    RELEASE_VERBS,
    SHOW_VERBS,
    SEEM_VERBS,
    SPEECH_OBJECT_OK,
    SPEECH_VERBS,
    STANCE_NOUNS,
)
from .evidence import find_evidence
from .nlp import CHUNK_CHARS, load_nlp
from .quotes import Quote, find_quotes
from .speakers import Registry

_DASH_SIGNATURE = re.compile(r"[ \t]*[―—–]{1,2}[ \t]*([^\n]{2,80}?)[ \t.]*(?=\n|$)")
_COLON_LINE = re.compile(r"^[ \t]*[\"“]?([A-Z][^:\n“”\"]{1,60}?):[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
#: Labels that stand before a colon without being speakers.
_NOT_SPEAKERS = frozenset(
    "update note editor's note editor’s note read more related watch photo image credit source credit "
    "advertisement warning breaking exclusive opinion analysis live video see also correction q a".split("  ")
    + ["update", "note", "editor's note", "editor’s note", "read more", "related", "watch", "photo", "image credit",
       "source", "credit", "advertisement", "warning", "breaking", "exclusive", "opinion", "analysis", "live",
       "video", "see also", "correction", "photo credit", "image", "pictured", "caption", "tags", "topics",
       "share", "follow", "contact", "email", "subscribe", "filed under", "posted", "published", "updated",
       "story", "summary", "transcript", "key points", "context", "background"]
)

#: Adverbs by which the writer passes on what nobody named says.
HEDGE_ADVERBS = frozenset("reportedly allegedly purportedly supposedly ostensibly".split())
#: "It is understood / believed / thought that …".
HEDGE_PASSIVES = frozenset("understand believe think say report rumour rumor claim allege suspect expect".split())

#: Verbs of saying whose negation leaves nothing said ("did not say that …").
UNSAID_IF_NEGATED = frozenset(
    "say claim state tell confirm announce assert allege report write declare insist deny admit acknowledge".split())

#: Cognition verbs that, with a first-person subject inside a quote, only hedge the quote.
HEDGES = frozenset("think believe fear feel guess suppose know hope".split())

KINDS = CLAIM_KINDS
STANCES = ("asserts", "denies", "questions")

#: Bodies longer than this are read only up to here: a hostile or broken page must not make one
#: document cost minutes (the parse is ~25k characters/s on one core). 500k characters is five
#: times the longest real article we have seen; ``Extraction.truncated_at`` says when it bit.
MAX_BODY_CHARS = 500_000
#: A subject longer than this many tokens is cut (a mis-parse can make a whole clause a subject).
MAX_SPEAKER_TOKENS = 20
#: At most this many characters go through ``nlp.pipe`` in one batch: the model's working memory
#: grows with the batch, and 16 chunks of a long body at once peaked near 2 GB. Short texts
#: (posts) still go 16 at a time.
PIPE_CHARS = 60_000


def _pipe_batch(pieces: list[str], batch_size: int = 16) -> int:
    """How many of ``pieces`` to parse per batch: ``batch_size``, fewer when they are long."""
    return max(1, min(batch_size, PIPE_CHARS // max(1, max(map(len, pieces), default=1))))


# ------------------------------------------------------------------------------------ data
@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class EvidenceRef:
    label: str
    text: str
    start: int
    end: int


@dataclass
class Claim:
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    kind: str
    content: str
    start: int
    end: int
    evidence: list[EvidenceRef] = field(default_factory=list)
    stance: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    nested_in: int | None = None
    #: For a quote split around its cue, the quoted pieces (content spans the whole range).
    parts: list[tuple[int, int]] | None = None
    anonymous: bool = False
    in_headline: bool = False
    #: What kind of source speaks (``speakers.SPEAKER_TYPES``), or None with no speaker.
    speaker_type: str | None = None

    def to_json(self) -> dict:
        return {
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
            "kind": self.kind,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "evidence": sorted({e.label for e in self.evidence}),
            "stance": self.stance,
            "evidence_spans": [asdict(e) for e in self.evidence],
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "nested_in": self.nested_in,
            "parts": [list(p) for p in self.parts] if self.parts else None,
            "in_headline": self.in_headline,
            "speaker_type": self.speaker_type,
        }


@dataclass
class Extraction:
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: Claims found in the headline; their offsets are into the headline, not the body.
    headline_claims: list[Claim] = field(default_factory=list)
    #: Set when the body was longer than MAX_BODY_CHARS: nothing after this offset was read.
    truncated_at: int | None = None

    def to_json(self) -> dict:
        return {
            "entities": [
                {"name": e.name, "type": e.type, "mentions": [asdict(m) for m in e.mentions]} for e in self.entities
            ],
            "claims": [c.to_json() for c in self.claims],
            "headline_claims": [c.to_json() for c in self.headline_claims],
            "truncated_at": self.truncated_at,
        }


# ------------------------------------------------------------------------------------ chunking
def chunk_text(text: str, max_chars: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most ``max_chars``, cut at paragraph, line or sentence ends."""
    out: list[tuple[int, str]] = []
    pos, n = 0, len(text)
    while pos < n:
        if n - pos <= max_chars:
            out.append((pos, text[pos:]))
            break
        window = text[pos : pos + max_chars]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep, max_chars // 2)
            if k != -1:
                cut = k + len(sep)
                break
        if cut <= 0:
            cut = max_chars
        out.append((pos, text[pos : pos + cut]))
        pos += cut
    return out


# ------------------------------------------------------------------------------------ extraction
class _ChunkReader:
    """Finds the claims of one parsed chunk; offsets are shifted into the body at the end."""

    def __init__(self, doc, offset: int, registry: Registry, in_headline: bool = False,
                 quotes: list[Quote] | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.offset = offset
        self.reg = registry
        self.in_headline = in_headline
        self.quotes: list[Quote] = quotes if quotes is not None else find_quotes(self.text)
        self.starts = [t.idx for t in doc]
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
        self.claims: list[Claim] = []
        # quote index -> claim (for nesting and first-person speakers)
        self.quote_claim: dict[int, Claim] = {}
        self.standalone: set[int] = set()
        # cue token -> subject, for a cue coordinated with an earlier one ("underscores … and urges")
        self.subj_override: dict[int, object] = {}

    # -- helpers ---------------------------------------------------------------------------
    def sent_of(self, tok):
        """The sentence Span holding ``tok`` (cached bounds)."""
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        return self.sents[max(k, 0)]

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
        qi = self.in_quote(char)
        while qi is not None:
            if qi in self.quote_claim:
                return self.quote_claim[qi].speaker
            qi = self.quotes[qi].parent
        return None

    def subject_of(self, verb, depth: int = 0):
        """The grammatical subject of ``verb``, inherited through participles and conjuncts.

        A participial cue ("…, underlining that …", "…, adding …") has no subject of its own; it
        takes the nearest ancestor's, but skips subjects that cannot speak (the parser often hangs
        the participle from a noun's modifier: "sported a T-shirt adorned with …, underlining").
        """
        if verb.i in self.subj_override:
            return self.subj_override[verb.i]
        candidates = []
        v = verb
        for _ in range(5):
            subj = _own_subject(v)
            if subj is not None:
                candidates.append(subj)
                if v is verb or _agentive(subj):
                    break
            climb = v.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") or (v.dep_ == "prep" and v.pos_ == "ADP") or (
                v.dep_ == "ccomp" and subj is not None and not _agentive(subj)
            )
            if not climb or v.head is v:
                break
            v = v.head
            if v.pos_ in ("NOUN", "PROPN", "PRON") and v.head is not v:
                v = v.head  # from a noun's modifier to the verb governing that noun
        if not candidates:
            return None
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
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        while lo < hi - 1 and doc[lo].is_punct:
            lo += 1
        if hi - lo > MAX_SPEAKER_TOKENS:
            lo, hi = max(lo, subj.i - MAX_SPEAKER_TOKENS // 2), min(hi, subj.i + MAX_SPEAKER_TOKENS // 2)
        return doc[lo:hi]

    def make_claim(self, *, kind, start, end, cue_tokens=None, cue_text=None, subj=None, speaker_span=None,
                   parts=None, speaker=None) -> Claim | None:
        text = self.text
        # trim whitespace and dangling punctuation at the content's edges
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
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
        if speaker_span is not None and len(speaker_span):
            speaker_text = speaker_span.text
            sp_start, sp_end = speaker_span.start_char, speaker_span.end_char
            if speaker is None:
                speaker, anon = self.reg.resolve(speaker_span, self.offset + anchor, self.offset,
                                                 outer_speaker=self.outer_speaker_at(anchor))
                anonymous = anon is not None
        self.reg.note_speaker(self.offset + anchor, speaker, self.reg.is_person(speaker) if speaker else False)
        claim = Claim(
            speaker=speaker, speaker_text=speaker_text, cue=cue_text, kind=kind,
            content=text[start:end], start=start, end=end, cue_start=cue_start, cue_end=cue_end,
            speaker_start=sp_start, speaker_end=sp_end, parts=parts, anonymous=anonymous,
            in_headline=self.in_headline,
            speaker_type=self.reg.speaker_type(speaker, speaker_span, anonymous) if speaker else None,
        )
        self.claims.append(claim)
        if self.latest_claim is None or claim.end > self.latest_claim.end:
            self.latest_claim = claim
        if kind == "no_comment":
            self.no_comments.append(claim)
        return claim

    def is_cue(self, tok) -> bool:
        return tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX") and tok.i not in self.used_cues

    def is_reported_cue(self, tok) -> bool:
        """A cue of reported speech or thought: a speech verb, or a belief/intention verb."""
        if tok.pos_ not in ("VERB", "AUX") or tok.i in self.used_cues:
            return False
        lemma = tok.lemma_.lower()
        return (lemma in SPEECH_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS or lemma in STANCE_VERBS
                or lemma in ABOUT_VERBS or lemma in PREP_CUES or lemma in AS_VIEW_VERBS
                or lemma == "put" and _as_put_it(tok))

    # -- direct quotes -------------------------------------------------------------------------
    def _para_bounds(self, pos: int) -> tuple[int, int]:
        s = self.text.rfind("\n", 0, pos) + 1
        e = self.text.find("\n", pos)
        return s, (len(self.text) if e == -1 else e)

    def direct(self) -> None:
        text = self.text
        for qi, q in enumerate(self.quotes):
            if not self._standalone(q):
                continue
            self.standalone.add(qi)
        merged_into: dict[int, int] = {}
        for qi, q in enumerate(self.quotes):
            if qi not in self.standalone or qi in merged_into:
                continue
            lo_bound, hi_bound = self._bounds(q)
            cue, subj, where = self._cue_after(q, hi_bound) if self._ends_open(q) else (None, None, None)
            if cue is None:
                cue, subj, where = self._cue_before(q, lo_bound)
            if cue is None and not self._ends_open(q):
                cue, subj, where = self._cue_after(q, hi_bound, strict=True)
            start, end, parts = q.inner_start, q.inner_end, None
            if cue is not None and where == "after":
                # "“A,” he said, “B.”": the next quote in the same sentence continues this one.
                nxt = self._next_sibling(qi)
                if nxt is not None:
                    nq = self.quotes[nxt]
                    between = text[q.end : nq.start]
                    frame_cues = [t for t in self._frame_tokens(q.end, nq.start) if t.lemma_.lower() in SPEECH_VERBS
                                  and t.pos_ in ("VERB", "AUX")]
                    # ", adding," between the pieces makes the second a claim of its own
                    same_sentence = len(between) < 120 and "\n" not in between and \
                        between.strip(" \t'\"‘’“”").endswith((",", ":")) and len(frame_cues) <= 1
                    # “A,” he said. “B. C.” — the quote resumes in the next sentence of the same
                    # paragraph with no cue of its own: still the same speaker, same claim.
                    # The frame may carry an apposition and abbreviations ("said Rep. G.K.
                    # Butterfield (D-N.C.), head of the caucus."): count sentence stops by token.
                    stops = [t for t in self._frame_tokens(q.end, nq.start) if t.text in (".", "!", "?")]
                    next_sentence = len(between) < 250 and "\n" not in between and \
                        between.strip(" \t'\"‘’“”").endswith(".") and len(stops) == 1 and \
                        self._cue_after(nq, self._bounds(nq)[1])[0] is None
                    if same_sentence or next_sentence:
                        parts = [(q.inner_start, q.inner_end), (nq.inner_start, nq.inner_end)]
                        end = nq.inner_end
                        merged_into[nxt] = qi
            if cue is None:
                cue, subj, where = self._dash_signature(q)
            if cue is None:
                claim = self._colon_or_continuation(q, qi, lo_bound)
                if claim is not None:
                    self.quote_claim[qi] = claim
                continue
            if isinstance(cue, str):
                claim = self.make_claim(kind="direct", start=start, end=end, cue_text=cue, speaker_span=subj, parts=parts)
            else:
                claim = self.make_claim(kind="direct", start=start, end=end, cue_tokens=[cue], subj=subj, parts=parts)
            if claim is not None:
                self.quote_claim[qi] = claim
                if parts:
                    self.quote_claim[merged_into_key(merged_into, qi)] = claim
        for qi, q in enumerate(self.quotes):
            if qi not in self.standalone and q.parent is None:
                self._opened_in_writers_words(qi, q)

    def _opened_in_writers_words(self, qi: int, q: Quote) -> None:
        """"Those who bore witness “saw bodies … names,” said Oksana Pokalchuk": a sentence the
        writer opens and the quotation finishes, signed after it, is one mixed claim from the
        sentence's start to the quote's end."""
        inner = self.text[q.inner_start : q.inner_end].rstrip("'’\"” ")
        if not (inner.endswith((",", "?", "!")) or self.text[q.end : q.end + 1] == ","):
            return  # the writer's sentence goes on after the quote ("who “steals $20s” is held …")
        cue, subj, where = self._cue_after(q, self._bounds(q)[1])
        if cue is None or isinstance(cue, str) or where != "after" or q.words(self.text) < 4:
            return
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > cue.i for c in cue.children):
            return  # "On “Face the Nation,” Pence said his …": the cue has content of its own
        sent = self.sent_of(self.tok_at(q.start))
        lead = self._frame_tokens(sent.start_char, q.start)
        if not lead or len(lead) > 15 or any(self.is_cue(t) or t.text in "“”\"‘’" for t in lead) \
                or self.in_quote(sent.start_char) is not None:
            return
        self.make_claim(kind="mixed", start=sent.start_char, end=q.inner_end, cue_tokens=[cue], subj=subj)

    def _standalone(self, q: Quote) -> bool:
        """A quote that stands as a clause of its own, not words embedded in the writer's."""
        text = self.text
        lo = q.inner_start if q.parent is None else self.quotes[q.parent].inner_start
        j = q.start - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        left_ok = j < lo or text[j] in "\n.!?,:;—–-(" or (q.parent is not None and j < self.quotes[q.parent].inner_start)
        if j >= 0 and text[j] in "“‘\"'":
            left_ok = True
        k = q.end
        while k < len(text) and text[k] in " \t\u00a0":
            k += 1
        nxt = text[k] if k < len(text) else "\n"
        # a quote ending in a nested one ("… he said, ‘we want to work with you,’”") ends where
        # the nested one does
        inner = text[q.inner_start : q.inner_end].rstrip("'’\"” ")
        inner_last = inner[-1] if inner else text[q.inner_end - 1]
        right_ok = inner_last in ",.!?…—–-:;" or nxt in "\n,.!?—–-:;”’\"'"
        if not (left_ok and right_ok):
            return False
        if q.parent is None and j >= 0 and (text[j].isalpha() or text[j] in "’'"):
            # a quote opened right after a preposition, article or possessive names a title or
            # a phrase of the writer's sentence ("said on CBS’s “Face the Nation”")
            prev = self.tok_at(j)
            if prev is not None and (prev.tag_ in ("IN", "DT", "POS", "PRP$") and prev.lower_ not in ("that", "as")):
                return False
            if prev is not None and not prev.is_punct and not _is_cue_lemma(prev) and prev.lower_ not in ("that", "as"):
                return False
        # A short quote that ends a sentence after a lower-case word is a scare quote
        # ("what he called “genocide.”"); left_ok already excludes that, this keeps one-word
        # quotes after a comma only when a cue frame follows or precedes.
        return True

    def _ends_open(self, q: Quote) -> bool:
        # “…,” he said / “…?” she asked — the sentence continues after the closing mark.
        text = self.text
        k = q.end
        while k < len(text) and text[k] in " \t":
            k += 1
        after = text[k : k + 1]
        inner = text[q.inner_start : q.inner_end].rstrip("'’\"” ")
        last = inner[-1] if inner else text[q.inner_end - 1]
        return last in ",?!—–-" or after in (",", "") or (after.islower())

    def _bounds(self, q: Quote) -> tuple[int, int]:
        if q.parent is not None:
            p = self.quotes[q.parent]
            return p.inner_start, p.inner_end
        s, _ = self._para_bounds(q.start)
        _, e = self._para_bounds(max(q.end - 1, 0))
        return s, e

    def _next_sibling(self, qi: int) -> int | None:
        k = self.next_sib[qi]
        # skip a title or phrase quoted in the frame ("“A,” he said on ABC’s “This Week.” “B.”")
        while k is not None and k not in self.standalone and self.quotes[k].start - self.quotes[qi].end < 120 \
                and "\n" not in self.text[self.quotes[qi].end : self.quotes[k].start]:
            k = self.next_sib[k]
        return k if k is not None and k in self.standalone else None

    def _index(self, q: Quote) -> int:
        k = bisect.bisect_left(self.q_starts, q.start)
        while self.quotes[k] is not q:
            k += 1
        return k

    def _sib_after(self, q: Quote) -> int | None:
        return self.next_sib[self._index(q)]

    def _sib_before(self, q: Quote) -> int | None:
        return self.prev_sib[self._index(q)]

    def _frame_tokens(self, a: int, b: int):
        """Tokens wholly in text[a:b] that are not inside a quote nested at the same level."""
        if b <= a:
            return []
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b)
        return [self.doc[k] for k in range(i, j)]

    def _cue_after(self, q: Quote, hi: int, strict: bool = False):
        text = self.text
        # The frame after the quote: up to the next quote mark at this level or the sentence end.
        stop = hi
        ns = self._sib_after(q)
        if ns is not None:
            stop = min(stop, self.quotes[ns].start)
        # the first sentence stop, not the period of an abbreviation ("Mr. Alexander said")
        frame_end = stop
        for m in re.finditer(r"[.!?](?=\s|$)", text[q.end : stop]):
            t = self.tok_at(q.end + m.start())
            if t is None or t.is_punct:
                frame_end = q.end + m.end()
                break
        toks = self._frame_tokens(q.end, frame_end)
        words = [t for t in toks if not t.is_punct]
        if strict and (not words or not words[0].text[:1].islower()):
            return None, None, None
        for t in words[:12]:
            if self.is_cue(t):
                subj = self.subject_of(t)
                if subj is not None and self._outside_quotes(subj, t):
                    return t, subj, "after"
                # The parser often takes the quote for the subject or the speaker for an object
                # ("…,” said the minister"); fall back to the noun phrase next to the cue.
                span = self._frame_speaker(words, t)
                if span is not None:
                    return t, span, "after"
                return None, None, None
        # "“…,” a nurse who supervised the certificates and later fled told AP.": a long subject
        # holding the whole frame before its cue
        for t in words[12:40]:
            if self.is_cue(t):
                subj = self.subject_of(t)
                if subj is not None and subj.left_edge.i == words[0].i and self._outside_quotes(subj, t):
                    return t, subj, "after"
                break
        return None, None, None

    def _outside_quotes(self, tok, cue) -> bool:
        return self.in_quote(tok.idx) == self.in_quote(cue.idx)

    def _frame_speaker(self, words, cue):
        """The noun phrase right after the cue ("said Petro Hnatiuk"), else right before it."""
        doc = self.doc
        nominal = ("PROPN", "NOUN", "PRON", "ADJ", "DET", "NUM")
        i = cue.i + 1
        run = []
        while i < len(doc) and doc[i] in words and (doc[i].pos_ in nominal or doc[i].text in "-’'"):
            run.append(doc[i])
            i += 1
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in run):
            run = []
            i = cue.i - 1
            while i >= 0 and doc[i] in words and (doc[i].pos_ in nominal or doc[i].text in "-’'"):
                run.insert(0, doc[i])
                i -= 1
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in run):
            return None
        return doc[run[0].i : run[-1].i + 1]

    def _cue_before(self, q: Quote, lo: int):
        text = self.text
        # The frame before: back to the previous quote at this level, the sentence start, or lo.
        start = lo
        ps = self._sib_before(q)
        if ps is not None and self.quotes[ps].end > start:
            start = self.quotes[ps].end
        # back to the start of the sentence the quote opens in (or the previous one when that
        # ends with a colon — "He said:\n“…”")
        tok = self.tok_at(max(q.start - 1, 0))
        sent_start = self.sent_of(tok).start_char if tok is not None else start
        start = max(start, min(sent_start, q.start))
        frame = text[start : q.start].rstrip()
        if not frame:
            return None, None, None
        last = frame[-1]
        toks = self._frame_tokens(start, q.start)
        words = [t for t in toks if not t.is_punct]
        if last in ",:" or (words and words[-1].lemma_.lower() in SPEECH_VERBS):
            for t in reversed(words):
                if self.is_cue(t):
                    subj = self.subject_of(t)
                    if subj is not None and self._outside_quotes(subj, t):
                        return t, subj, "before"
                    span = self._frame_speaker(words, t)
                    if span is not None:
                        return t, span, "before"
                    return None, None, None
            if last == ":" and 0 < len(words) <= 10 and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
                # "X: “…”" — the phrase before the colon is the speaker.
                head = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
                span = self.doc[words[0].i : words[-1].i + 1]
                if head is not None and not any(t.pos_ == "VERB" for t in words):
                    return ":", span, "colon"
        return None, None, None

    def _dash_signature(self, q: Quote):
        """“…” ― Name: a quotation signed by a dash and a name closing the line."""
        if q.parent is not None:
            return None, None, None
        m = _DASH_SIGNATURE.match(self.text, q.end)
        if not m:
            return None, None, None
        toks = [t for t in self._frame_tokens(m.start(1), m.end(1)) if not t.is_punct]
        if not toks or len(toks) > 8 or not any(t.pos_ == "PROPN" for t in toks) or any(t.pos_ == "VERB" for t in toks):
            return None, None, None
        return m.group(0).strip()[:1], self.doc[toks[0].i : toks[-1].i + 1], "dash"

    def _colon_or_continuation(self, q: Quote, qi: int, lo: int) -> Claim | None:
        text = self.text
        if q.parent is not None:
            return None
        before = text[:q.start].rstrip()
        after = text[q.end:].lstrip(" \t")
        para_start = not before or before.endswith(("\n",)) or "\n" in text[len(before) : q.start]
        whole_para = para_start and (after == "" or after.startswith("\n"))
        if before.endswith(":"):
            # previous sentence introduces the quote: "He wrote on Telegram:"
            tok = self.tok_at(len(before) - 1)
            sent = self.sent_of(tok)
            for t in reversed(list(sent)):
                if self.is_cue(t):
                    subj = self.subject_of(t)
                    if subj is not None:
                        return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_tokens=[t], subj=subj)
            # "The board released the following statement:", "She then addressed the crowd:": a
            # sentence whose subject can speak introduces the quote even without a speech verb
            subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she", "they")
                                     or subj.ent_type_ in ("PERSON", "ORG") or _agentive(subj) and subj.pos_ == "NOUN"
                                     and subj.lemma_.lower() not in EVIDENCE_SUBJECTS) \
                    and self.in_quote(subj.idx) is None and self._standalone(q):
                span = self.doc[subj.left_edge.i : subj.right_edge.i + 1]
                return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=":",
                                       speaker_span=span)
            return None
        if whole_para and self.latest_claim is not None:
            prev = self.latest_claim
            gap = text[prev.end : q.start]
            if prev.kind in ("direct", "mixed") and len(gap) < 400 and gap.count("\n\n") <= 1 and not re.search(r"[“”\"]", gap.strip("“”\" \n,.")):
                return self.make_claim_cont(prev, q)
        # A headline-style "‘…’: X does Y" — the clause after the colon names the speaker.
        if after.startswith(":") and (q.start == 0 or para_start):
            k = q.end + (len(text[q.end:]) - len(after)) + 1
            # the first subject after the colon (the parser often hangs the clause off the quote)
            sent = self.sent_of(self.tok_at(k))
            subj = next((t for t in sent if t.idx > k and t.dep_ in ("nsubj", "nsubjpass")
                         and self.in_quote(t.idx) is None), None)
            if subj is not None:
                # the subject's words before its head ("Mariupol Defender"), outside the quote
                lo = subj.i
                while lo - 1 >= subj.left_edge.i and self.doc[lo - 1].idx > k and self.in_quote(self.doc[lo - 1].idx) is None:
                    lo -= 1
                return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=":",
                                       speaker_span=self.doc[lo : subj.i + 1])
            # "‘…’: Harbour Master Speaks After the Storm" — the parser made the Title Case noun
            # phrase a compound of the verb: the noun run before the first verb is the speaker
            toks = [t for t in sent if t.idx > k and not t.is_space]
            verb = next((j for j, t in enumerate(toks) if t.pos_ in ("VERB", "AUX")), None)
            if verb and verb <= 5 and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in toks[:verb]) \
                    and toks[verb - 1].pos_ in ("PROPN", "NOUN") and self.in_quote(toks[0].idx) is None:
                span = self.doc[toks[0].i : toks[verb - 1].i + 1]
                return self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, cue_text=":",
                                       speaker_span=span)
        return None

    def make_claim_cont(self, prev: Claim, q: Quote) -> Claim | None:
        claim = self.make_claim(kind="direct", start=q.inner_start, end=q.inner_end, speaker=prev.speaker)
        if claim is not None:
            claim.speaker_text = prev.speaker_text
            claim.cue = prev.cue
            claim.anonymous = prev.anonymous
        return claim

    # -- reported speech --------------------------------------------------------------------
    def reported(self) -> None:
        doc = self.doc
        for tok in doc:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                self._according(tok)
        for tok in doc:
            if tok.pos_ == "NOUN":
                noun = tok.lemma_.lower()
                if noun in CLAIM_NOUNS:
                    self._claim_noun(tok)
                if noun in STANCE_NOUNS:
                    self._stance_noun(tok)
                continue
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SEEM_VERBS:
                self._seems(tok)
                continue
            if not self.is_reported_cue(tok):
                continue
            if tok.lemma_.lower() in NEEDS_AS and self._what_called(tok):
                continue
            self._reported_one(tok)

    def _stance_noun(self, tok) -> None:
        """"Pence's call for a special prosecutor", "her criticism of the deal": a stance noun
        with an owner and the prepositional object it is about (the owner is the speaker)."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or self.in_quote(tok.idx) is not None or tok.i in self.used_cues:
            return
        if owner.lower_ in ("my", "our", "your", "its") or not _agentive(owner):
            return
        preps = STANCE_NOUNS[tok.lemma_.lower()]
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i), None)
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None:
            inf = next((c for c in tok.children if c.dep_ == "acl" and c.i > tok.i and _to_infinitive(c)), None)
            if inf is None or "to" not in preps:
                return
            obj = inf
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return
        self._owned_claim(tok, owner, obj)

    def _owned_claim(self, tok, owner, head, skip_that: bool = False) -> None:
        """A claim whose content is ``head``'s subtree and whose speaker is ``owner``'s ("her call
        for …", "Trump's claim that …"), cued by the noun ``tok``."""
        doc = self.doc
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        hi = _trim_concessive(doc, head, lo, hi)
        if skip_that and doc[lo].lower_ == "that":
            lo += 1
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        if hi <= lo:
            return
        q_in = self.quotes_between(doc[lo].idx - 1, doc[hi - 1].idx + 1)
        kind = "mixed" if any(self.quotes[qi].words(self.text) >= 2 for qi in q_in) else "indirect"
        span = doc[owner.left_edge.i : owner.right_edge.i + 1]
        if len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]
        self.make_claim(kind=kind, start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                        cue_tokens=[tok], speaker_span=span)

    def _claim_noun(self, tok) -> None:
        """"Trump's claim that …", "her view that …": a claim noun with an owner and a that-clause."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i
                       and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        if owner is None or clause is None or self.in_quote(tok.idx) is not None:
            return
        if owner.lower_ in ("my", "our", "your", "its") or not _agentive(owner) and owner.pos_ != "PRON":
            return
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return
        self._owned_claim(tok, owner, clause, skip_that=True)

    def _content_children(self, tok):
        lemma = tok.lemma_.lower()
        kids = [c for c in tok.children if c.dep_ == "ccomp"]
        if len(kids) > 1 and kids[0].i < tok.i < kids[-1].i:
            # "It's unlikely; Clinton's team says she'll continue": a clause on each side of the
            # cue — the one after it is what is said
            kids = [c for c in kids if c.i > tok.i]
        if kids:
            if lemma in SPEECH_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS:
                return kids
            return []
        if lemma in INTENT_VERBS:
            # "wants to triple …", "urged Congress to act": the infinitive, with the addressee
            inf = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.i > tok.i
                   and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
            if inf:
                objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < inf[0].i]
                # "wants to triple X, grow Y and create Z": the parser hangs the later bare
                # infinitives on the cue, as its conjuncts
                more = [c for c in tok.children if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and c.i > inf[0].i
                        and _own_subject(c) is None]
                return objs + inf[:1] + more
        if lemma in ABOUT_VERBS:
            # "spoke about his health", "complained about the microphone": the topic
            about = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS and c.i > tok.i
                     and not any(c2.dep_ == "dobj" for c2 in tok.children)
                     and any(g.dep_ in ("pobj", "pcomp") and g.pos_ != "PRON" for g in c.children)]
            who = self.subject_of(tok)
            if about and (lemma != "speak" or about[0].lower_ != "on") and \
                    (who is None or who.lower_ not in ("i", "we", "you")) and self.in_quote(tok.idx) is None:
                return [g for g in about[0].children if g.dep_ in ("pobj", "pcomp")][:1]
        if lemma in AS_VIEW_VERBS:
            # "sees the deal as a betrayal": the object with its "as" phrase
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ != "PRON"]
            as_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and objs and c.i > objs[0].i
                   and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
            return objs[:1] + as_[:1] if objs and as_ else []
        if lemma in PREP_CUES and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            # "referred to the memo", "railed against the deal": the prepositional object
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma]
                         and c.i > tok.i), None)
            if prep is not None:
                objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.tag_ not in ("WP", "WDT")
                        and g.pos_ != "PRON"]
                own = _own_subject(tok) or self.subject_of(tok)
                if objs and own is not None and _agentive(own) and own.lemma_.lower() not in EVIDENCE_SUBJECTS \
                        and self._thought_ok(tok, objs):
                    return objs[:1]
        if lemma in STANCE_VERBS and lemma not in OBJECT_VERBS:
            # "cited the remarks", "proposes doing away with …": the object, with what goes with it
            objs = [c for c in tok.children if c.dep_ in ("dobj",) and c.i > tok.i and c.tag_ not in ("WP", "WDT")]
            if not objs:
                objs = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > tok.i]
            if objs:
                extra = [c for c in tok.children if c.i > objs[0].i and (
                    c.dep_ in ("oprd",) or (c.dep_ == "prep" and c.lower_ in ("as", "to", "for")))]
                return objs + extra
            return []
        if lemma not in SPEECH_VERBS:
            return []
        if lemma == "call":
            # "calls for X (to halt Y)", "called on X to do Y"
            inf = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                   and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
            # "called on X to do Y" needs its infinitive ("called the office on Monday" is a call)
            fors = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and inf)]
            if fors:
                return fors + inf
        if lemma in OBJECT_VERBS:
            objs = [c for c in tok.children if c.dep_ in ("dobj",)]
            if objs and objs[0].tag_ in ("WP", "WDT"):
                return []
            # what goes with the object: "accused X of Y", "blamed X for Y", "called X a liar",
            # "urged X to act"
            extra = [c for c in tok.children if c.i > tok.i and (
                c.dep_ in ("oprd", "xcomp")
                or (c.dep_ == "prep" and c.lower_ in ("as", "of", "for"))
                or (c.dep_ == "advcl" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)))]
            if lemma in NEEDS_AS and not extra and objs and (
                    any(c.dep_ == "appos" and c.i > objs[0].i for c in objs[0].children)
                    or any(c.dep_ == "dative" and c.i > tok.i for c in tok.children)):
                # "called the plan “a gift to the rich”" (the parser makes the label an
                # apposition of the object, or the object a dative): object and label
                return [c for c in tok.children if c.dep_ == "dative" and c.i > tok.i] + objs
            if lemma in NEEDS_AS and not extra:
                if lemma == "call":
                    fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
                    # "calls for X to halt Y": the infinitive is part of what is called for
                    inf = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                           and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]
                    return fors + inf if fors else []
                return []
            if objs:
                return objs + extra
        if lemma in SPEECH_OBJECT_OK:
            # "tweeted a chart of …", "reiterated the premise of …": a speech verb's nominal object
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                    and c.tag_ not in ("WP", "WDT")]
            if objs and self._thought_ok(tok, objs):
                extra = [c for c in tok.children if c.i > objs[0].i and c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
                return objs + extra
        # "said the firm hid losses" misparsed: the clause's verb taken for an adjective and its
        # subject buried in the cue's object — an object phrase that holds a subject is the clause
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        if objs and any(t.dep_ in ("nsubj", "nsubjpass") for t in objs[0].subtree):
            return objs[:1]
        return []

    def _label_fallback(self, tok) -> bool:
        """"called Hale “reckless.”" when the parser lost the label: the cue, a short noun
        phrase and a short quotation closing the clause — the phrase and the quoted label."""
        doc = self.doc
        if self.in_quote(tok.idx) is not None or any(c.start <= tok.idx < c.end for c in self.claims):
            return False
        i = tok.i + 1
        while i < len(doc) and i - tok.i <= 6 and doc[i].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART") \
                and self.in_quote(doc[i].idx) is None and doc[i].lower_ not in ("that", "what", "which", "who", "it"):
            i += 1
        if i == tok.i + 1 or i >= len(doc) or doc[i].text not in ("“", '"', "‘", "''", "'"):
            return False
        qi = self.in_quote(doc[i].idx + len(doc[i]))
        if qi is None or self.quotes[qi].start != doc[i].idx:
            return False
        q = self.quotes[qi]
        if q.words(self.text) > 12:
            return False
        subj = self.subject_of(tok)
        if subj is None or subj.dep_ == "expl" or subj.lower_ in ("i", "we", "you", "it"):
            return False
        span = None
        if subj.left_edge.i < tok.i <= subj.right_edge.i:
            span = doc[subj.left_edge.i : tok.i]  # the parser hung the cue inside the subject
        self.make_claim(kind="mixed", start=doc[tok.i + 1].idx, end=q.inner_end, cue_tokens=[tok], subj=subj,
                        speaker_span=span)
        return True

    def _seems(self, tok) -> None:
        """"The plan seems to be failing", "the senator appeared unconvinced".

        An appearance attributed to nobody named (as a passive "is thought to"): the claim is the
        subject with its complement, in two parts, and its speaker stays unknown.
        """
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp", "attr") and c.i > tok.i), None)
        if subj is None or comp is None or subj.i > tok.i or subj.dep_ == "expl" \
                or subj.lower_ in ("it", "that", "which", "who", "i", "we", "you", "this", "there"):
            return
        if self.in_quote(tok.idx) is not None or any(c.start <= tok.idx < c.end for c in self.claims):
            return
        doc = self.doc
        s_lo, s_hi = subj.left_edge.i, subj.right_edge.i + 1
        lo, hi = comp.left_edge.i, comp.right_edge.i + 1
        hi = _trim_concessive(doc, comp, lo, hi)
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        if hi <= lo or s_hi <= s_lo:
            return
        parts = [(doc[s_lo].idx, doc[s_hi - 1].idx + len(doc[s_hi - 1])), (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))]
        self.make_claim(kind="unattributed", start=parts[0][0], end=parts[1][1], cue_tokens=[tok], parts=parts)

    def _what_called(self, tok) -> bool:
        """"what critics call a land grab", "what she described as a disaster".

        The label a source puts on the thing the writer names: the claim is "what" plus the
        label (two parts), the source the verb's subject.
        """
        what = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "what" and c.i < tok.i), None)
        if what is None or self.in_quote(tok.idx) is not None:
            return False
        label = next((c for c in tok.children if c.i > tok.i and (
            c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
            and any(g.dep_ == "pobj" for g in c.children))), None)
        subj = _own_subject(tok)
        if label is None or subj is None or subj.i < what.i or subj.lower_ in ("i", "we", "you", "it"):
            return False
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return False
        doc = self.doc
        lo = label.i + 1 if label.dep_ == "prep" else label.left_edge.i
        hi = label.right_edge.i + 1
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        if hi <= lo:
            return False
        parts = [(what.idx, what.idx + len(what)), (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))]
        q_in = self.quotes_between(parts[1][0] - 1, parts[1][1])
        kind = "mixed" if q_in else "indirect"
        self.make_claim(kind=kind, start=parts[0][0], end=parts[1][1], cue_tokens=[tok], subj=subj, parts=parts)
        return True

    def _passive_with_agent(self, tok) -> bool:
        """"The plan was endorsed by the union", "the meeting was first reported by Politico".

        A stance or speech verb in the passive whose object is now its subject: the subject is
        what the agent endorsed, reported or attacked, and the agent is the speaker.
        """
        lemma = tok.lemma_.lower()
        if not (lemma in STANCE_VERBS or lemma in OBJECT_VERBS or lemma in SPEECH_OBJECT_OK) or lemma in NEEDS_AS:
            return False
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        src = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or src is None or subj.i > tok.i or subj.pos_ == "PRON" or not _agentive(src):
            return False
        if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in tok.children) or self.in_quote(tok.idx) is not None:
            return False
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return False
        doc = self.doc
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        hi = _trim_concessive(doc, subj, lo, hi)
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        if hi <= lo:
            return False
        span = doc[src.left_edge.i : src.right_edge.i + 1]
        self.make_claim(kind="indirect", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                        cue_tokens=[tok], speaker_span=span)
        return True

    def _passive_unnamed(self, tok) -> None:
        """"North Korea is thought to be capable of …", "Quiros was accused of using …".

        A passive cue with no agent attributes a belief or charge to nobody named: the claim is
        the passive subject with its complement, and its speaker stays unknown. "They had been
        told that …" is left alone (the subject is the hearer).
        """
        lemma = tok.lemma_.lower()
        if lemma in ("tell", "ask", "inform", "brief", "notify", "quote", "call") or self.in_quote(tok.idx) is not None:
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.i > tok.i or subj.lower_ in ("it", "that", "which", "who"):
            return
        comp = [c for c in tok.children if c.i > tok.i and (
            c.dep_ in ("xcomp", "oprd", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in ("of", "as", "for") and any(g.dep_ in ("pobj", "pcomp") for g in c.children)))]
        if not comp or any(c.start <= tok.idx < c.end for c in self.claims):
            return
        doc = self.doc
        first = comp[0]
        lo, hi = first.left_edge.i, first.right_edge.i + 1
        if first.dep_ == "prep" and first.lower_ != "as":
            lo += 1  # "accused of using …": the charge, not the preposition
        if hi <= lo:
            return
        s_lo, s_hi = subj.left_edge.i, subj.right_edge.i + 1
        parts = [(doc[s_lo].idx, doc[s_hi - 1].idx + len(doc[s_hi - 1])), (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))]
        while parts[1][1] > parts[1][0] and self.text[parts[1][1] - 1] in ".;,":
            parts[1] = (parts[1][0], parts[1][1] - 1)
        self.make_claim(kind="unattributed", start=parts[0][0], end=parts[1][1], cue_tokens=[tok], parts=parts)

    def hedges(self) -> None:
        """"The convoy was reportedly hit", "it is understood that …", "allegedly": the writer
        passes on what nobody named says. Kept as ``unattributed``, never as a sourced claim."""
        doc = self.doc
        for tok in doc:
            low = tok.lower_
            if low in HEDGE_ADVERBS and tok.dep_ == "advmod":
                verb = tok.head
                lo, hi = verb.left_edge.i, verb.right_edge.i + 1
            elif tok.dep_ == "auxpass" and tok.head.lemma_.lower() in HEDGE_PASSIVES and any(
                    c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tok.head.children):
                verb = tok.head  # "it is understood that …": the clause
                comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
                if comp is None:
                    continue
                lo, hi = comp.left_edge.i, comp.right_edge.i + 1
                if doc[lo].lower_ == "that":
                    lo += 1
            else:
                continue
            if self.in_quote(tok.idx) is not None or any(c.start <= tok.idx < c.end or c.start <= doc[lo].idx < c.end
                                                         for c in self.claims):
                continue
            while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
                hi -= 1
            while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "mark")):
                lo += 1
            if hi - lo < 3:
                continue
            self.make_claim(kind="unattributed", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                            cue_tokens=[tok] if tok.dep_ == "advmod" else [tok, verb])

    def _thought_ok(self, tok, kids) -> bool:
        """Is a belief/intention cue with this content an attribution, not a turn of phrase?

        "you know", "I want to ask" and "it seems" are discourse, and "knew where I was" names
        no proposition: the cue needs a third-person subject and a content that is not a bare
        wh-clause.
        """
        if self.in_quote(tok.idx) is not None:
            return False  # inside a quotation it is the quoted speaker's own wording
        if any(c.start <= tok.idx < c.end for c in self.claims):
            return False  # "X confirmed that the crew decided to …": part of X's claim
        own = _own_subject(tok) or self.subject_of(tok)
        if own is None or own.lower_ in ("i", "we", "you", "it", "me", "us") or own.dep_ == "expl":
            return False
        first = kids[0]
        lead = first.left_edge
        if first.dep_ == "ccomp" and lead.tag_ in ("WDT", "WP", "WP$", "WRB") or lead.lower_ in ("whether", "if"):
            return False
        return True

    def _reported_one(self, tok) -> None:
        doc = self.doc
        lemma = tok.lemma_.lower()
        if lemma in UNSAID_IF_NEGATED and any(c.dep_ == "neg" for c in tok.children):
            # "did not say that …", "never claimed …": what a source did not say is no assertion
            # (refusals and silences are the no-comment pass's; "does not show", "did not want
            # to" stay: a negative finding or stance is still the source's)
            return
        if lemma in HEDGES and self.in_quote(tok.idx) is not None:
            own = _own_subject(tok)
            if own is not None and own.lower_ in ("i", "we"):
                return  # "I think …" inside a quote is the quoted speaker's own claim, not another
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            self._passive_unnamed(tok)
            return
        if any(c.dep_ == "auxpass" for c in tok.children) and self._passive_with_agent(tok):
            return
        kids = self._content_children(tok)
        if not kids and lemma in NEEDS_AS and self._label_fallback(tok):
            return
        put_it = lemma == "put" and _as_put_it(tok)
        if lemma not in SPEECH_VERBS and not put_it and not (kids and self._thought_ok(tok, kids)):
            return  # a belief/intention cue needs a content clause or object of its own
        if kids and any(c.kind in ("indirect", "mixed", "according_to") and c.start <= tok.idx < c.end for c in self.claims):
            return
        if not kids and (lemma in SHOW_VERBS or lemma in NEEDS_AS):
            # "the footage shows two tanks crossing …": evidence shows a scene, not a clause
            own = _own_subject(tok)
            if own is not None and _evidence_head(own).lemma_.lower() in EVIDENCE_SUBJECTS:
                kids = [c for c in tok.children if c.dep_ == "dobj"]
        as_clause = tok.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in tok.children)
        if not kids and not as_clause and tok.dep_ != "parataxis":
            return
        if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            return  # "they had been told that …": the teller is unnamed, the subject is the hearer
        subj = self.subject_of(tok)
        if subj is None or subj.dep_ == "expl" or subj.lower_ == "it" and lemma in ("say", "report") and not any(c.dep_ == "agent" for c in tok.children):
            if subj is None or subj.dep_ == "expl":
                return
        cue_tokens = [tok]
        if kids:
            lo = min(k.left_edge.i for k in kids)
            hi = max(k.right_edge.i for k in kids) + 1
            hi = _trim_concessive(doc, kids[-1], lo, hi)
            # the content never contains its own cue or speaker
            if lo <= tok.i < hi or (lo <= subj.i < hi):
                if lo <= tok.i < hi:
                    return
            # "underscores that A and urges B": the parser hangs the second cue inside the first
            # one's clause; cut the content before it and give it the same speaker.
            for t in doc[lo:hi]:
                if t.dep_ == "conj" and t.lemma_.lower() in SPEECH_VERBS and _own_subject(t) is None and t.i > lo \
                        and (t.tag_ == tok.tag_ or any(c.dep_ == "ccomp" for c in t.children)):
                    # "X says Machado promised A and said B": the second speech verb, with a
                    # clause of its own, is a second claim — the cut holds either way; the
                    # speaker is shared only when the verb form matches the cue's
                    cut = t.i
                    while cut - 1 > lo and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                        cut -= 1
                    if cut > lo:
                        hi = cut
                        if t.tag_ == tok.tag_:
                            self.subj_override[t.i] = subj
                    break
            if tok.i < lo:
                # "said A; B": a semicolon outside quotes before a clause with its own subject
                for t in doc[lo + 1 : hi - 1]:
                    if t.text == ";" and self.in_quote(t.idx) is None and any(
                            x.dep_ in ("nsubj", "nsubjpass") for x in doc[t.i + 1 : hi]):
                        hi = t.i
                        break
            if tok.i < lo and hi < len(doc) and doc[hi].text == ":" \
                    and self.in_quote(doc[hi].idx) is None:
                # "notes that three things are happening at once: A, B and C": the elaboration
                # after a colon closing the content is part of it (to the end of the sentence)
                s_end = self.sent_of(doc[hi]).end
                if s_end - hi > 2 and self.sent_of(doc[hi]).start <= tok.i:
                    hi = s_end
                    while hi - 1 > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
                        hi -= 1
            first = doc[lo]
            if first.lower_ in ("that",) and first.dep_ in ("mark",) or (first.lower_ == "that" and lo + 1 < hi):
                lo += 1
            if any(k.dep_ == "prep" and k.lower_ in ("for", "on") and k.head.lemma_ == "call" for k in kids):
                cue_tokens = [tok, doc[lo]]
                lo += 1
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            parts = None
        else:
            # "as reported by X" / "the war, he said, will end": content is the host clause.
            head = tok.head
            if head is tok:
                return
            s_lo, s_hi = head.left_edge.i, head.right_edge.i + 1
            c_lo, c_hi = tok.left_edge.i, tok.right_edge.i + 1
            left = (s_lo, c_lo)
            right = (c_hi, s_hi)
            if tok.dep_ == "parataxis" and left[1] > left[0] and right[1] > right[0]:
                parts = [(doc[left[0]].idx, doc[left[1] - 1].idx + len(doc[left[1] - 1])),
                         (doc[right[0]].idx, doc[right[1] - 1].idx + len(doc[right[1] - 1]))]
                start, end = parts[0][0], parts[1][1]
            else:
                lo, hi = max([left, right], key=lambda r: r[1] - r[0])
                if hi <= lo:
                    return
                start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
                parts = None
            if as_clause:
                mark = next(c for c in tok.children if c.lower_ == "as")
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                cue_tokens = [mark, tok] + ([agent] if agent is not None else [])
                if put_it:
                    cue_tokens = [mark, tok, next(c for c in tok.children if c.dep_ == "dobj")]
                cue_tokens.sort(key=lambda t: t.i)
                if agent is not None and cue_tokens[-1] is not agent:
                    cue_tokens = [mark, tok]
        text = self.text
        # Trim trailing sentence punctuation but keep a closing quote mark that belongs to it.
        while end > start and text[end - 1] in ".;,":
            end -= 1
        # Content that is exactly a standalone quote was already taken as a direct claim.
        q_in = self.quotes_between(start - 1, end)
        if any(qi in self.quote_claim and self.quotes[qi].parent is None for qi in q_in):
            direct_q = [self.quotes[qi] for qi in q_in if qi in self.quote_claim]
            if any(dq.inner_end - dq.inner_start >= 0.6 * (end - start) for dq in direct_q):
                return
        for c in self.no_comments:
            if c.start <= tok.idx < c.end:
                return
        # A one-word quotation inside reported speech is the writer's scare quote ("a ‘hospital’
        # had been hit"), not the speaker's words; it takes two quoted words to make it mixed.
        kind = "mixed" if any(self.quotes[qi].words(text) >= 2 for qi in q_in) else "indirect"
        subj_head = subj
        if subj_head.lower_ in ("that", "which") and subj_head.head.dep_ == "relcl":
            subj_head = subj_head.head.head
        if subj_head.lemma_.lower() in EVIDENCE_SUBJECTS:
            poss = [c for c in subj_head.children if c.dep_ == "poss"]
            if lemma in SHOW_VERBS:
                kind = "according_to"
            if poss:
                owner = doc[poss[0].left_edge.i : poss[0].right_edge.i + 1]
                self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, speaker_span=owner)
                return
            if subj_head.dep_ in ("dobj", "pobj") and subj_head.head.lemma_.lower() in RELEASE_VERBS:
                # "X released a video that showed …" — the publisher speaks through the video.
                publisher = self.subject_of(subj_head.head)
                if publisher is not None and publisher is not subj_head:
                    self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, subj=publisher)
                    return
        self.make_claim(kind=kind, start=start, end=end, cue_tokens=cue_tokens, subj=subj, parts=parts)

    def _according(self, tok) -> None:
        doc = self.doc
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        src = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
        phrase_lo = tok.i
        phrase_hi = max(src.end, to.i + 1)
        sent = self.sent_of(tok)
        left = (sent.start, phrase_lo)
        right = (phrase_hi, sent.end)
        lo, hi = max([left, right], key=lambda r: r[1] - r[0])
        while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in "”’\"":
            hi -= 1
        while lo < hi and doc[lo].is_punct:
            lo += 1
        if hi <= lo:
            return
        self.make_claim(kind="according_to", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                        cue_tokens=[tok, to], speaker_span=src)

    # -- no comment --------------------------------------------------------------------------
    def no_comment(self) -> None:
        doc = self.doc
        for m in NO_COMMENT.finditer(self.text):
            if self.in_quote(m.start()) is not None:
                continue  # a silence inside a quotation is part of what the quoted source says
            tok = self.tok_at(m.start())
            if tok.lower_ == "no":
                self._no_comment_from(m)
                continue
            verb = tok.head if tok.dep_ in ("aux", "neg", "auxpass") else tok
            if verb.dep_ in ("relcl", "acl") or (
                    verb.dep_ in ("xcomp", "csubj", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
                    and self.subject_of(verb) is None):
                continue  # "groups that don't disclose …", "to refuse to release …": no one's silence
            subj = self.subject_of(verb)
            if subj is None and verb.head is not verb:
                subj = self.subject_of(verb.head)
            if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and (
                    subj is None or verb.head.lemma_ == "be" or verb.head.pos_ == "ADJ"):
                continue  # "it is wrong to refuse to release …": a silence nobody keeps
            own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and own.i > 0 and doc[own.i - 1].pos_ == "NOUN" and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "advcl") for c in verb.children):
                continue  # "a payment he would not disclose": a relative clause without its pronoun
            speaker_subj = subj
            if subj is not None and subj.tag_ == "PRP" and subj.lower_ not in ("i", "we") and verb.dep_ == "ccomp" \
                    and verb.head.lemma_.lower() in SPEECH_VERBS:
                # "Russia said it had not given specifics": the silence is the reporting subject's
                outer = self.subject_of(verb.head)
                if outer is not None and outer.tag_ != "PRP":
                    speaker_subj = outer
            # content: the clause "X has yet to comment on Y" (not a ", but …" conj after it); a
            # subject carrying a relative clause or apposition is left out, the predicate stands.
            lo = tok.i
            if subj is not None and subj.i < tok.i:
                subj_toks = list(subj.subtree)
                if len(subj_toks) <= 6 and not any(t.dep_ in ("relcl", "appos") or t.text == "," for t in subj_toks):
                    lo = subj.left_edge.i
            hi = verb.i + 1
            for c in verb.rights:
                if c.dep_ in ("cc", "conj") or (c.dep_ == "punct" and c.text in ",;"):
                    break
                hi = c.right_edge.i + 1
            hi = max(hi, self.tok_at(m.end() - 1).i + 1)
            while hi > lo + 1 and doc[hi - 1].is_punct:
                hi -= 1
            cue_lo, cue_hi = self.tok_at(m.start()).i, self.tok_at(m.end() - 1).i + 1
            cue_tokens = list(doc[cue_lo:cue_hi])
            claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                    cue_tokens=cue_tokens, subj=speaker_subj)
            if claim is not None:
                claim.cue = self.text[m.start() : m.end()]
                self.used_cues.update(t.i for t in doc[lo:hi] if t.lemma_.lower() in ("comment", "respond", "reply"))
                self.used_cues.update(t.i for t in doc[cue_lo:cue_hi])

    def _no_comment_from(self, m) -> None:
        """"There was no immediate comment from the Kremlin": the sentence, spoken for by the
        object of "from" (a silence has a source even when it is not the subject)."""
        doc = self.doc
        tok = self.tok_at(m.start())
        sent = self.sent_of(tok)
        src = None
        for t in doc[tok.i : sent.end]:
            if t.lower_ == "from" and t.idx >= m.start():
                pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    src = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
                break
        lo, hi = sent.start, sent.end
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        claim = self.make_claim(kind="no_comment", start=doc[lo].idx, end=doc[hi - 1].idx + len(doc[hi - 1]),
                                cue_tokens=list(doc[tok.i : self.tok_at(m.end() - 1).i + 1]), speaker_span=src)
        if claim is not None:
            claim.cue = self.text[m.start() : m.end()]

    # -- headline form "Speaker: content" --------------------------------------------------------
    def colon_lines(self) -> None:
        """A line "Graham: Trump's rhetoric is destroying the party" (headline style).

        Only a short name-like phrase before the colon counts — a proper noun or a named
        entity, no verb — and a clause of at least three words after it, unquoted or partly
        quoted (a wholly quoted one is a direct claim found earlier).
        """
        text = self.text
        for m in _COLON_LINE.finditer(text):
            head = m.group(1)
            if head.strip().lower().rstrip(".") in _NOT_SPEAKERS or len(head.split()) > 6:
                continue
            h0, h1 = m.start(1), m.end(1)
            htoks = self._frame_tokens(h0, h1)
            if not htoks or any(t.pos_ in ("VERB", "AUX") for t in htoks) or any(t.like_num for t in htoks):
                continue
            if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in htoks) and not (
                    len(htoks) == 1 and htoks[0].lemma_.lower() in EVIDENCE_SUBJECTS) and not self._names_elsewhere(htoks):
                continue  # a name, or a lone evidence noun ("Poll: Clinton and Trump in dead heat")
            if any(t.ent_type_ in ("DATE", "TIME") for t in htoks) or any(t.tag_ == "POS" for t in htoks):
                continue  # a date, or "Russian Exile’s Regret: …" (a possessive names a topic)
            r0, r1 = m.start(2), m.end(2)
            rtoks = [t for t in self._frame_tokens(r0, r1) if not t.is_punct]
            if len(rtoks) < 3 or (len(rtoks) < 4 and not any(t.pos_ in ("VERB", "AUX") for t in rtoks)):
                continue
            # a claim already covering the line, or most of it, is that line's claim; shorter
            # ones inside a transcript turn ("PENCE: Well, … he thinks …") are part of it
            if any(c.start <= r0 < c.end or (r0 <= c.start < r1 and c.end - c.start > 0.6 * (r1 - r0))
                   for c in self.claims):
                continue
            quoted = [qi for qi in self.quotes_between(r0, r1) if self.quotes[qi].parent is None]
            kind = "mixed" if quoted else "indirect"
            span = self.doc[htoks[0].i : htoks[-1].i + 1]
            self.make_claim(kind=kind, start=r0, end=r1, cue_text=":", speaker_span=span)

    def _names_elsewhere(self, htoks) -> bool:
        """A capitalised word the tagger took for a common noun ("Sanders: …") that the text
        names elsewhere: tagged a proper noun or entity at another place of the chunk."""
        if len(htoks) > 3 or not all(t.text[:1].isupper() for t in htoks):
            return False
        if not hasattr(self, "_proper_words"):
            self._proper_words = {t.text for t in self.doc if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")}
        return all(t.text in self._proper_words for t in htoks if t.pos_ != "DET")

    # -- finishing ------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        self.no_comment()
        self.direct()
        self.reported()
        self.colon_lines()
        self.hedges()
        for c in self.claims:
            self._evidence(c)
            c.stance = _stance(c)
        return self.claims

    def _evidence(self, claim: Claim) -> None:
        """Evidence phrases in the claim's sentence(s), outside every other claim's words."""
        if claim.kind == "no_comment":
            return
        a = claim.cue_start if claim.cue_start is not None else claim.start
        lo = min(claim.start, a, claim.speaker_start if claim.speaker_start is not None else a)
        hi = max(claim.end, claim.cue_end or claim.end)
        s_lo = self.sent_of(self.tok_at(lo)).start_char
        s_hi = self.sent_of(self.tok_at(max(hi - 1, 0))).end_char
        if claim.kind == "direct":
            # what a direct quote cites is in its frame, not in the quoted words
            spans = [(s_lo, claim.start), (claim.end, s_hi)]
        else:
            spans = [(s_lo, s_hi)]
        others = []
        for o in self.claims:
            if o is claim or (o.start <= claim.start and claim.end <= o.end) or (claim.start <= o.start and o.end <= claim.end):
                continue
            if o.speaker_start is not None and o.speaker_start == claim.speaker_start:
                continue  # "The report identifies … and asserts …": one speaker phrase, shared
            o_lo = min(x for x in (o.start, o.cue_start, o.speaker_start) if x is not None)
            o_hi = max(x for x in (o.end, o.cue_end, o.speaker_end) if x is not None)
            others.append((o_lo, o_hi))

        def noun_at(pos: int) -> bool:
            return self.tok_at(pos).pos_ in ("NOUN", "PROPN")

        seen = set()
        for s, e in spans:
            for label, phrase, ps, pe in find_evidence(self.text, s, e, noun_at):
                if (ps, pe) in seen or any(o_lo <= ps < o_hi for o_lo, o_hi in others):
                    continue
                if not (lo <= ps < hi) and any(o_lo <= ps < o_hi for o_lo, o_hi in others):
                    continue
                seen.add((ps, pe))
                claim.evidence.append(EvidenceRef(label, phrase, ps, pe))


#: Subordinators of a trailing clause that the writer adds to a claim rather than reports in it
#: ("X says A, while Y says B", "…, although he gave no evidence").
_CONCESSIVE = frozenset("while whereas although though".split())


_REL_WORDS = frozenset("which who whom whose where".split())


def _trim_concessive(doc, head, lo: int, hi: int) -> int:
    """End of a content span before a trailing clause the writer adds to it.

    ", while …" / ", although …" clauses of ``head``, and a non-restrictive relative or
    participial clause closing the span ("… the reality of climate change, which makes him an
    outlier", "…, engaging in age-old tactics") are the writer's, not the source's.
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
            t.dep_ == "advcl" and first is t and t.tag_ == "VBG")
        if tail and not any(x.text in ("“", "”", '"', "''", "‘", "’") and x.is_punct for x in doc[first.i : hi]):
            return first.i - 1  # (a tail carrying a quotation is the source's words: kept)
    return hi


def _evidence_head(subj):
    # a relative pronoun stands for its antecedent ("a video that showed …")
    if subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def _own_subject(v):
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) >= 2 and subjects[1].left_edge.i == subjects[0].right_edge.i + 1 and subjects[1].pos_ == "PROPN":
        return subjects[1]  # "Kelm city mayor Oksana Dzyuba said": the parser split role and name
    for c in subjects:
        return c
    for c in v.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _agentive(tok) -> bool:
    """Can this subject head be a speaker (a name, a pronoun, a person or organisation noun)?"""
    from .cues import ORG_NOUNS, PERSON_ROLES

    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in PERSON_ROLES or lemma in ORG_NOUNS or lemma in EVIDENCE_SUBJECTS


def merged_into_key(merged: dict[int, int], qi: int) -> int:
    for k, v in merged.items():
        if v == qi:
            return k
    return qi


def _stance(c: Claim) -> str | None:
    if c.kind == "no_comment":
        return None
    cue = (c.cue or "").lower()
    words = set(re.findall(r"\w+", cue))
    lemmas = {w[:-1] if w.endswith("s") else w for w in words} | {w[:-2] if w.endswith("ed") else w for w in words} | {w[:-1] if w.endswith("d") else w for w in words}
    if lemmas & DENY_CUES or cue.startswith(("den", "reject", "dismiss", "refut", "disput")):
        return "denies"
    if lemmas & QUESTION_CUES or c.content.rstrip("”’\"' ").endswith("?"):
        return "questions"
    return "asserts"


def _shift(c: Claim, off: int) -> Claim:
    if not off:
        return c
    c.start += off
    c.end += off
    for name in ("cue_start", "cue_end", "speaker_start", "speaker_end"):
        v = getattr(c, name)
        if v is not None:
            setattr(c, name, v + off)
    if c.parts:
        c.parts = [(a + off, b + off) for a, b in c.parts]
    for e in c.evidence:
        e.start += off
        e.end += off
    return c


_WORD = re.compile(r"\w+")
#: Words that alone carry no content: pronouns, demonstratives, a clitic left by a bad split.
_EMPTY_WORDS = frozenset("this that these those it its so all s there here one ones them him her".split())


def _finish(body: str, claims: list[Claim], registry: Registry) -> Extraction:
    claims.sort(key=lambda c: (c.start, -c.end))
    # Drop exact duplicates (same content span and kind), keeping the first found.
    uniq: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for c in claims:
        if (c.start, c.end) in seen:
            continue
        if c.content[:1] in "'’" and not any(w.lower() not in _EMPTY_WORDS for w in _WORD.findall(c.content)):
            continue  # "'s all" of "That's all": a clitic left by a bad split says nothing
        seen.add((c.start, c.end))
        uniq.append(c)
    _nest(uniq)
    # "“We confirm the fact of his death,” said a spokesperson": the speaker's own first-person
    # verb inside the quote is no second claim (it would cut the quote to a fragment).
    own = [c for c in uniq if c.nested_in is not None and c.kind in ("indirect", "according_to") and (
        (c.speaker_text or "").lower() in ("i", "we") and c.speaker == uniq[c.nested_in].speaker
        # "“I am stressing this again: …”": a pronoun for content inside a quote says nothing more
        or not any(w.lower() not in _EMPTY_WORDS for w in _WORD.findall(c.content)))]
    if own:
        uniq = [c for c in uniq if not any(c is o for o in own)]
        _nest(uniq)
    entities = [Entity(n, t, [Mention(*m) for m in ms]) for n, t, ms in registry.entities()]
    return Extraction(entities=entities, claims=uniq)


def _nest(claims: list[Claim]) -> None:
    """Nesting: the innermost direct/mixed claim whose content holds a claim's cue or content."""
    # a "SPEAKER: …" line is a transcript turn: claims inside it are the turn's, as in a quote
    holders = [j for j, o in enumerate(claims) if o.kind in ("direct", "mixed") or o.cue == ":"]   # by start
    starts = [claims[j].start for j in holders]
    reach = list(accumulate((claims[j].end for j in holders), max))   # the furthest end among holders so far
    for i, c in enumerate(claims):
        anchor = c.cue_start if c.cue_start is not None else c.start
        best = None
        # only holders starting at or before the claim and its cue, back while one may still reach past it
        k = bisect.bisect_right(starts, min(anchor, c.start)) - 1
        while k >= 0 and reach[k] >= max(anchor + 1, c.end):
            j, o = holders[k], claims[holders[k]]
            if j != i and o.start <= anchor < o.end and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start):
                if best is None or (claims[best].end - claims[best].start, best) > (o.end - o.start, j):
                    best = j
            k -= 1
        c.nested_in = best


#: The cue of a sentence a channel post asserts in its own voice (no "said": the channel is speaking).
OWN_VOICE_CUE = "channel post"
_NEGATORS = frozenset("no not never nobody nothing none neither nor n't".split())


#: Verbs whose first-person sentence without a clause says nothing about the world ("We do not
#: know.", "We thank the crews.", "I salute you."); with a clause ("We know that …") it is a claim.
_ABOUT_ITSELF = frozenset("know wonder thank hope wish pray remember salute congratulate welcome apologize apologise".split())


def _own_statements(body: str, doc_chunks: list[tuple[Any, int]], author: str, claims: list[Claim]) -> list[Claim]:
    """The sentences of a post that its author asserts in its own voice: declarative (a subject
    and a finite verb, not a question), of four words or more, outside every attributed claim
    (someone else's words relayed by the channel stay theirs). Kind ``according_to``, cue
    ``channel post``, speaker the author."""
    taken = [(min(x for x in (c.start, c.cue_start, c.speaker_start) if x is not None),
              max(x for x in (c.end, c.cue_end, c.speaker_end) if x is not None)) for c in claims]
    out: list[Claim] = []
    for doc, off in doc_chunks:
        for sent in doc.sents:
            if sum(t.is_alpha for t in sent) < 4 or sent.text.rstrip().endswith("?") or "http" in sent.text:
                continue
            if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in sent):
                continue   # no subject: a greeting, a call to action, a caption-like fragment
            if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
                continue
            if not re.search(r"[.!…][\"”’'»)]*\s*$", sent.text):
                continue   # a heading line ("⚡️ Sokol-4 lost in fog near Glinsk"): the post's title, not a sentence
            root = sent.root
            if (root.lemma_.lower() in _ABOUT_ITSELF and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children)
                    and not any(c.dep_ in ("ccomp", "xcomp") for c in root.children)):
                continue   # "We do not know.", "We thank our gunners.": the author about itself, nothing about the world
            toks = [t for t in sent if not t.is_space]
            while toks and toks[-1].text in (".", "!", "…", ";", ":", ","):
                toks.pop()
            if not toks:
                continue
            start, end = off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text)
            if any(a < end and start < b for a, b in taken):
                continue
            stance = "denies" if any(t.dep_ == "neg" or t.lower_ in _NEGATORS for t in sent) else "asserts"
            claim = Claim(author, author, OWN_VOICE_CUE, "according_to", body[start:end], start, end, stance=stance)
            claim.evidence = [EvidenceRef(label, phrase, ps, pe) for label, phrase, ps, pe in find_evidence(body, start, end)]
            out.append(claim)
    return out


def _read(doc_chunks: Iterable[tuple[Any, int]], registry: Registry, in_headline: bool = False,
          nlp=None, context: str | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for doc, off in doc_chunks:
        qs = find_quotes(doc.text)
        registry.feed(doc, off)
        reader = _ChunkReader(doc, off, registry, in_headline=in_headline, quotes=qs)
        found = reader.run()
        if off == 0 and nlp is not None:
            found += _title_line_claims(doc.text, nlp, registry, found, in_headline, context)
        claims.extend(_shift(c, off) for c in found)
    return claims


_TC_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: A capitalised word after a lower-case word (and a space or comma): written as a name.
_MID_CAP = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z’'-]*")


def _title_case(line: str) -> bool:
    """A Title Case line ("Senator Praises Plan To Cut Fees"): most longer words capitalised."""
    words = _TC_WORD.findall(line)
    long = [w for w in words if len(w) > 3]
    if len(words) < 3 or len(long) < 2:
        return False
    return sum(1 for w in long if w[0].isupper()) >= 0.75 * len(long)


def _sentence_cased(line: str, names: set[str]) -> str:
    """``line`` with the capitals of Title Case taken off words that are not names.

    A word keeps its capital at the start of a clause (line start, after a colon or a full
    stop, inside an opening quote), when it is an acronym or "I", or when the text writes it
    capitalised after a lower-case word elsewhere (``names``). Lengths are preserved, so the
    offsets of the result are those of ``line``.
    """
    out = list(line)
    for m in _TC_WORD.finditer(line):
        w = m.group()
        if not w[0].isupper() or w.isupper() or w in names:
            continue
        before = line[: m.start()].rstrip(" ‘“'\"")
        if not before or before[-1] in ":.?!;—–":
            continue
        low = w.lower()
        if len(low) == len(w):
            out[m.start() : m.end()] = low
    return "".join(out)


def _title_line_claims(text: str, nlp, registry: Registry, found: list[Claim], in_headline: bool,
                       context: str | None = None) -> list[Claim]:
    """Claims of a Title Case first line (a headline: "Senator Praises Plan To Cut Fees").

    The tagger reads most capitalised words of such a line as proper nouns, so the line is
    parsed again in sentence case (names kept) and read like any sentence; its claims keep the
    original wording, and replace those of the Title Case reading on that line. Names are
    learnt from the text after the line, or from ``context`` (the body, for a headline).
    """
    hi = text.find("\n")
    hi = len(text) if hi < 0 else hi
    line = text[:hi]
    if hi == 0 or hi > 300 or not _title_case(line):
        return []
    names = set(_MID_CAP.findall(text[hi : hi + 20000] if context is None else context[:20000]))
    norm = _sentence_cased(line, names)
    if norm == line:
        return []
    reader = _ChunkReader(nlp(norm), 0, registry, in_headline=in_headline)
    out = []
    if any(c.start < hi for c in reader.run()):
        # the sentence-case reading replaces the Title Case one on that line
        found[:] = [o for o in found if o.start >= hi]
    for c in reader.claims:
        if c.start >= hi or any(o.start < c.end and c.start < o.end for o in found):
            continue
        c.content = line[c.start : c.end]
        if c.cue_start is not None:
            c.cue = line[c.cue_start : c.cue_end]
        if c.speaker_start is not None:
            if c.speaker == c.speaker_text:
                c.speaker = line[c.speaker_start : c.speaker_end]
            c.speaker_text = line[c.speaker_start : c.speaker_end]
        for e in c.evidence:
            e.text = line[e.start : e.end]
        out.append(c)
    return out


def extract_claims(body: str, *, headline: str | None = None, nlp=None, max_chars: int = MAX_BODY_CHARS,
                   author: str | None = None) -> Extraction:
    """Entities and claims of ``body`` (offsets into ``body``); headline claims separately.

    ``author``: the body is a post in its author's own voice (a Telegram channel), so its
    unattributed declarative sentences are the author's claims (see :func:`_own_statements`).
    Only the first ``max_chars`` characters are read (``truncated_at`` is set when that bites).
    """
    nlp = nlp or load_nlp()
    chunks = chunk_text(body[:max_chars])
    pieces = [c for _, c in chunks]
    docs = list(nlp.pipe(pieces, batch_size=_pipe_batch(pieces)))
    registry = Registry()
    doc_chunks = list(zip(docs, [o for o, _ in chunks]))
    claims = _read(doc_chunks, registry, nlp=nlp)
    if author:
        claims += _own_statements(body, doc_chunks, author, claims)
    ext = _finish(body, claims, registry)
    if len(body) > max_chars:
        ext.truncated_at = max_chars
    if headline:
        ext.headline_claims = _headline(headline, nlp, body)
    return ext


def _headline(headline: str, nlp, body: str | None = None) -> list[Claim]:
    headline = headline[:2000]
    reg = Registry()
    claims = _read([(nlp(headline), 0)], reg, in_headline=True, nlp=nlp, context=body)
    return _finish(headline, claims, reg).claims


# ------------------------------------------------------------------------------------ batch
_WORKER_NLP = None


Item = tuple[str, "str | None", "str | None"]   # (body, headline, author)


def _worker_run(items: list[Item]) -> list[Extraction]:
    nlp = _WORKER_NLP or load_nlp()
    return list(_extract_batch(items, nlp))


def _extract_batch(items: list[Item], nlp, batch_size: int = 16) -> Iterator[Extraction]:
    # Chunk every body, parse all chunks in one nlp.pipe stream, regroup per body.
    flat: list[tuple[int, int, str]] = []
    for bi, (body, _, _) in enumerate(items):
        for off, piece in chunk_text(body[:MAX_BODY_CHARS]):
            flat.append((bi, off, piece))
    docs = nlp.pipe((p for _, _, p in flat), batch_size=_pipe_batch([p for _, _, p in flat], batch_size))
    current = -1
    registry = Registry()
    claims: list[Claim] = []
    own: list[tuple[object, int]] = []   # a post's parsed chunks, kept only when it has an author
    results: dict[int, Extraction] = {}

    def finish(bi: int) -> Extraction:
        body, _, author = items[bi]
        if author:
            claims.extend(_own_statements(body, own, author, claims))
        return _finish(body, claims, registry)

    for (bi, off, _), doc in zip(flat, docs):
        if bi != current:
            if current >= 0:
                results[current] = finish(current)
            current, registry, claims, own = bi, Registry(), [], []
        claims.extend(_read([(doc, off)], registry, nlp=nlp))
        if items[bi][2]:
            own.append((doc, off))
    if current >= 0:
        results[current] = finish(current)
    for bi, (body, headline, _) in enumerate(items):
        ext = results.get(bi) or Extraction()
        if len(body) > MAX_BODY_CHARS:
            ext.truncated_at = MAX_BODY_CHARS
        if headline:
            ext.headline_claims = _headline(headline, nlp, body)
        yield ext


def extract_claims_many(bodies: Iterable[str | tuple], n_process: int = 1, batch_size: int = 16,
                        nlp=None) -> list[Extraction]:
    """``extract_claims`` over many bodies (or (body, headline) pairs, or (body, headline,
    author) triples for posts in their author's voice), in input order.

    With ``n_process > 1`` the whole step — parse and attribution — runs in worker processes
    (fork), each streaming its share through ``nlp.pipe``, so the Python attribution work is
    parallel too rather than queued behind spaCy's own multiprocessing in the parent.
    """
    items = [(b, None, None) if isinstance(b, str) else (b[0], b[1], b[2] if len(b) > 2 else None) for b in bodies]
    nlp = nlp or load_nlp()
    if n_process <= 1 or len(items) < 2:
        return list(_extract_batch(items, nlp, batch_size))
    import multiprocessing as mp

    global _WORKER_NLP
    _WORKER_NLP = nlp
    n = min(n_process, len(items))
    # Small ordered batches keep both workers busy to the end (long bodies vary a lot) while
    # imap returns results in input order.
    size = max(1, min(batch_size, (len(items) + 4 * n - 1) // (4 * n)))
    slices = [items[i : i + size] for i in range(0, len(items), size)]
    ctx = mp.get_context("fork")
    with ctx.Pool(n) as pool:
        parts = list(pool.imap(_worker_run, slices))
    return [e for part in parts for e in part]


def _is_cue_lemma(tok) -> bool:
    """A word of speech, thought, intention or stance (by lemma): a quote right after one
    ("said “…”") still stands as a clause."""
    lemma = tok.lemma_.lower()
    return (lemma in SPEECH_VERBS or lemma in COGNITION_VERBS or lemma in INTENT_VERBS or lemma in STANCE_VERBS
            or lemma in ABOUT_VERBS)


def _as_put_it(tok) -> bool:
    """"as one strategist put it, …": a parenthetical speech cue made of "put it"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def _to_infinitive(tok) -> bool:
    return any(a.lower_ == "to" and a.dep_ == "aux" for a in tok.children)


#: Prepositions whose phrase, after a speech verb's nominal object, is part of what was said
#: ("reiterated his support for the bill").
_OBJECT_PREPS = frozenset("as to for about on against".split())

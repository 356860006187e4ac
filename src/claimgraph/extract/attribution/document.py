"""A whole body: chunks parsed, constructions run in order, claims shifted, nested, deduplicated;
the headline, title-case lines and a channel's own statements; batches over processes."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Any, Iterable, Iterator


from ..cues import (
    DENY_CUES,
    PERSON_ROLES,
    QUESTION_CUES,
    TITLES,
)
from ..evidence import find_evidence
from ..nlp import CHUNK_CHARS, load_nlp
from ..quotes import find_quotes
from ..speakers import Registry
from .colon_lines import ColonLines
from .direct import DirectQuotes
from .model import Claim, Entity, EvidenceRef, Extraction, MAX_BODY_CHARS, Mention
from .refusals import Refusals
from .reported import ReportedSpeech


class ClaimReader(DirectQuotes, ReportedSpeech, Refusals, ColonLines):
    """Finds the claims of one parsed chunk: the constructions in order (``run``), then evidence and stance."""

    # -- finishing ------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        self.evidence_found: dict[tuple[int, int], list[tuple[str, str, int, int]]] = {}
        self.no_comment()
        self.negative_subjects()
        self.lacks_to_tell()
        self.negated_telling()
        self.direct()
        self.reported()
        self.colon_lines()
        self.hedges()
        self.resolve_pending()
        # each claim's whole extent (words, cue, speaker), taken once: every claim's evidence skips
        # the phrases in the others', and taking them again per pair repeated a min/max per pair (issue #15)
        extents = [(o, _extent(o)) for o in self.claims]
        for c in self.claims:
            self._evidence(c, extents)
            c.stance = _stance(c)
        return self.claims

    def _evidence(self, claim: Claim, extents: list[tuple[Claim, tuple[int, int]]]) -> None:
        """Evidence phrases in the claim's sentence(s), outside every other claim's words
        (``extents``: each claim of the chunk with its :func:`_extent`)."""
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
        for o, extent in extents:
            if o is claim or (o.start <= claim.start and claim.end <= o.end) or (claim.start <= o.start and o.end <= claim.end):
                continue
            if o.speaker_start is not None and o.speaker_start == claim.speaker_start:
                continue  # "The report identifies … and asserts …": one speaker phrase, shared
            others.append(extent)

        def noun_at(pos: int) -> bool:
            return self.tok_at(pos).pos_ in ("NOUN", "PROPN")

        seen = set()
        for s, e in spans:
            # claims of one sentence share its phrases: found once a span (a hostile sentence of
            # hundreds of claims was read again for each)
            if (s, e) not in self.evidence_found:
                self.evidence_found[(s, e)] = find_evidence(self.text, s, e, noun_at)
            for label, phrase, ps, pe in self.evidence_found[(s, e)]:
                if (ps, pe) in seen or any(o_lo <= ps < o_hi for o_lo, o_hi in others):
                    continue
                if not (lo <= ps < hi) and any(o_lo <= ps < o_hi for o_lo, o_hi in others):
                    continue
                seen.add((ps, pe))
                claim.evidence.append(EvidenceRef(label, phrase, ps, pe))


#: At most this many characters go through ``nlp.pipe`` in one batch: the model's working memory
#: grows with the batch, and 16 chunks of a long body at once peaked near 2 GB. Short texts
#: (posts) still go 16 at a time.
PIPE_CHARS = 60_000


def _pipe_batch(pieces: list[str], batch_size: int = 16) -> int:
    """How many of ``pieces`` to parse per batch: ``batch_size``, fewer when they are long."""
    return max(1, min(batch_size, PIPE_CHARS // max(1, max(map(len, pieces), default=1))))


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


def _extent(c: Claim) -> tuple[int, int]:
    """Where a claim's words, cue and speaker phrase together begin and end."""
    return (min(x for x in (c.start, c.cue_start, c.speaker_start) if x is not None),
            max(x for x in (c.end, c.cue_end, c.speaker_end) if x is not None))


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


#: "minister", "the town's mayor": a role and nothing else (its owner a possessive).
_BARE_ROLE = re.compile(r"^(?:(the|its|their)\s+|([\w-]+)[’']s\s+)?([a-z]+)$")


def _bare_role(speaker: str) -> str | None:
    m = _BARE_ROLE.match(speaker)
    return m[3] if m is not None and (m[3] in PERSON_ROLES or m[3] in TITLES) and m[3] not in _GROUP_ROLES else None


def _role_holders(speaker: str, holders: dict[str, set[str]]) -> set[str]:
    """The titled persons (name -> whose holder the page says each is) a bare role may be: any with
    no owner ("the mayor"); those the page says hold it for the same owner ("Solvik's mayor": "Mayor
    X of Solvik", "Solvik Mayor X"); one whose owner the page does not name for a common-noun owner
    ("the town's mayor": not "Mayor X of Brekka"); none for "their minister", "its president"."""
    m = _BARE_ROLE.match(speaker)
    if m is None or m[1] in ("its", "their"):
        return set()
    if m[2] is None:
        return set(holders)
    owner = m[2].lower()
    if m[2][:1].isupper():
        return {n for n, owners in holders.items() if owner in owners}
    return {n for n, owners in holders.items() if not owners or owner in owners}


#: Roles that name many people, never one titled person.
_GROUP_ROLES = frozenset("officials sources source witness resident man woman".split())


def _canonical_speakers(body: str, claims: list[Claim], registry: Registry) -> None:
    """One canonical speaker per person (the GUIDE): the fullest name the page gives, whatever form
    resolution met the person in ("Chief Commissioner X Y", "Y", "Minister Y"), and a person's office
    as the person. A name with a first name drops its titles ("X Y"); a person the page names only
    by title and surname, never by the surname alone, keeps the title as written ("Governor Y"; see
    ``Persons.titled_form``). Two passes: the names the first finds behind a title (persons the
    tagger took for bodies) are fuller names the second gives their surnames."""
    found: set[str] = set()
    for final in (False, True):
        named = registry.tails(found) if final else None
        for c in claims:
            if not c.speaker or c.anonymous:
                continue
            person = registry.canonical_person(c.speaker, named)
            short = c.speaker_text if c.speaker_text and person and person.split()[-1] in c.speaker_text else c.speaker
            if person is not None and person not in short and not registry.fuller_name_fits(
                    body, short, person, c.speaker_start if c.speaker_start is not None else c.start):
                continue   # "Ms Ek" is not "Jan Ek", her husband (or son) named later
            if person is not None and person != c.speaker:
                c.speaker, c.speaker_type = person, "person"
            if person is not None:
                found.add(person)
    # "Governor Sangare" on a page that never gives his first name nor writes "Sangare" alone: the
    # titled name as written (each surname's mentions read once a page)
    known: dict[str, tuple[bool, str | None]] = {}
    for c in claims:
        if c.speaker and not c.anonymous and (
                as_written := registry.titled_form(body, c.speaker, c.speaker_text, known)) is not None:
            c.speaker, c.speaker_type = as_written, "person"
    # "the minister", "the town's mayor" left as a bare role: the one person the page titles so
    roles = [c for c in claims if c.speaker and not c.anonymous and c.speaker_text
             and _bare_role(c.speaker) is not None and not _INDEFINITE_ROLE.match(c.speaker_text)]
    if roles:
        persons = found | {n for n, t, _ in registry.entities() if t == "PERSON" and " " in n}
        titled = registry.titled_persons(body, persons)
        for c in roles:
            # one person under several forms ("Achta Saleh Ahmat", "Saleh Ahmat") is one holder
            role = titled.get(_bare_role(c.speaker or "") or "", {})
            holders = {registry.canonical_person(h) or h for h in _role_holders(c.speaker or "", role)}
            if len(holders) == 1:
                c.speaker, c.speaker_type = next(iter(holders)), "person"


def _finish(body: str, claims: list[Claim], registry: Registry) -> Extraction:
    _canonical_speakers(body, claims, registry)
    # (an unattributed reading of a span a source is named for comes after it, and goes:
    # "X is expected to sign it, his office said" is the office's)
    claims.sort(key=lambda c: (c.start, -c.end, c.kind == "unattributed"))
    # Drop claims of the same content span, keeping the first found; a quotation that is all one
    # reported silence ("“Officials declined to disclose …,” the report added") stays two claims:
    # the quoting source's words, and the silence of those it names.
    uniq: list[Claim] = []
    seen: set[tuple[int, int, bool]] = set()
    for c in claims:
        key = (c.start, c.end, c.kind == "no_comment")
        if key in seen:
            continue
        if c.content[:1] in "'’" and not any(w.lower() not in _EMPTY_WORDS for w in _WORD.findall(c.content)):
            continue  # "'s all" of "That's all": a clitic left by a bad split says nothing
        seen.add(key)
        uniq.append(c)
    # "A spokesperson said they could not comment": the refusal, not also an assertion of it
    silences = {(c.start, c.end, c.speaker) for c in uniq if c.kind == "no_comment"}
    uniq = [c for c in uniq if c.kind == "no_comment" or (c.start, c.end, c.speaker) not in silences]
    uniq = _drop_anonymity_formulas(body, uniq)
    _cut_relaying_tail(body, uniq)
    uniq = _drop_bare_evidence_inside(uniq)
    uniq = _drop_restated(uniq)
    _name_the_described(uniq, body, registry)
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


#: "A senior aide to the president said …": a person introduced by a role alone.
_INDEFINITE_ROLE = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)


def _name_the_described(claims: list[Claim], body: str, registry: Registry) -> None:
    """Wire copy's lead: "A senior aide to the president said A. “B,” Mykhailo Podolyak said." The
    person described by a role alone is the one named speaking right after, when the text had
    not named that person before the description (else the named one is someone else)."""
    roles_of: dict[str, list[tuple[int, str]]] = {}   # person → (position, role) of the roles the text gave them
    for held_role, holders in registry.roles.items():
        for pos, name in holders:
            roles_of.setdefault(name, []).append((pos, held_role))
    for k, c in enumerate(claims):
        if c.anonymous or not c.speaker or not c.speaker_text or not _INDEFINITE_ROLE.match(c.speaker_text):
            continue
        if c.speaker_type != "person" or registry.is_person(c.speaker):
            continue
        following = next((n for n in claims[k + 1:] if n.start >= c.end and n.speaker != c.speaker), None)
        if following is None or not following.speaker or following.start - c.end > 400 \
                or following.anonymous or not registry.is_person(following.speaker):
            continue
        # a named one given another role by then is someone else ("A resident said … Mayor X said …";
        # "A senior aide to the president said … Presidential aide X said …" is X)
        described = next((w for w in re.findall(r"[a-z]+", c.speaker_text.lower()) if w in PERSON_ROLES), None)
        held = {r for pos, r in roles_of.get(following.speaker, []) if pos < following.start}
        if held and described is not None and described not in held:
            continue
        if registry.first_mention(following.speaker) > c.end:
            c.speaker = following.speaker


def _drop_restated(claims: list[Claim]) -> list[Claim]:
    """Without the outer claim of "X said it registered A, the organization said": a signature
    that repeats the speaker of the claim it holds adds no claim of its own."""
    def bare(name: str | None) -> str:
        return re.sub(r"\s*\([^)]*\)$", "", name or "").lower()

    starts = [c.start for c in claims]   # sorted by start (``_finish``)
    drop: set[int] = set()
    for k, c in enumerate(claims):
        if c.kind != "indirect" or not c.speaker:
            continue
        for j in range(bisect.bisect_left(starts, c.start), bisect.bisect_right(starts, c.end)):
            inner = claims[j]
            if j != k and inner.end <= c.end and inner.end - inner.start < c.end - c.start \
                    and inner.cue_start is not None and inner.cue_start >= c.start \
                    and inner.kind in ("indirect", "mixed", "direct") and bare(inner.speaker) == bare(c.speaker):
                drop.add(k)
                break
    return [c for k, c in enumerate(claims) if k not in drop]


#: "… because he was not authorised to discuss the operation": the words before a cue that say
#: why a source is unnamed, not what anyone said.
_LEAVE_TO_SPEAK = re.compile(
    r"\b(?:(?:authori[sz]ed|allowed|permitted|cleared|empowered)\s+to"
    # "spoke on condition of anonymity to discuss …": why, not what
    r"|(?:condition\s+of\s+anonymity|anonymously)\s+(?:in\s+order\s+)?to)\s+(?:\w+ly\s+)?$", re.I)
#: "asked not to be named", "requested anonymity": the source's terms, not a claim.
_TERMS_OF_ANONYMITY = re.compile(
    r"^(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity|that\s+(?:his|her|their)\s+names?\s+not\s+be)", re.I)


def _drop_anonymity_formulas(body: str, claims: list[Claim]) -> list[Claim]:
    """Without the formulas by which reporting explains an unnamed source ("speaking on condition
    of anonymity because he was not authorised to discuss the operation", "who asked not to be
    named"): their cue words are no one's statement."""
    def formula(c: Claim) -> bool:
        if c.cue_start is None:
            return False
        if _LEAVE_TO_SPEAK.search(body[max(0, c.cue_start - 40) : c.cue_start]):
            return True
        return (c.cue or "").lower().startswith(("ask", "request")) and bool(_TERMS_OF_ANONYMITY.match(c.content))

    return [c for c in claims if not formula(c)]


def _cut_relaying_tail(body: str, claims: list[Claim]) -> None:
    """"Police said two men were detained, Reuters reported": the inner claim's content ends
    before the outer claim's speaker and cue that the parser hung on it. Only reported claims
    (a quotation keeps its own words)."""
    relays = sorted(((o.speaker_start, o.cue_start, id(o), o) for o in claims
                     if o.cue_start is not None and o.speaker_start is not None), key=lambda r: r[0])
    speaker_starts = [r[0] for r in relays]
    for c in claims:
        if c.kind not in ("indirect", "according_to") or c.parts:
            continue
        # only the claims whose speaker stands inside this one (by bisection: no pass over all)
        k = bisect.bisect_right(speaker_starts, c.start)
        for speaker_at, cue_at, _id, o in relays[k : bisect.bisect_left(speaker_starts, c.end)]:
            if o is c or not (o.start <= c.start and c.start < cue_at < c.end):
                continue
            if o.kind == "no_comment" and o.start < speaker_at < o.end:
                continue   # "said no one at the ministry would comment": the silent party is inside the silence, no tail
            cut = min(speaker_at, cue_at)
            end = len(body[c.start : cut].rstrip(" ,;—–-\n")) + c.start
            if end > c.start + 2:
                c.end, c.content = end, body[c.start : end]
            break


def _drop_bare_evidence_inside(claims: list[Claim]) -> list[Claim]:
    """Without "Evidence suggests …" or "according to available information" inside what a named
    source says ("Evidence suggests A, the rights group said"): the evidence is the source's, and
    the source's claim already carries it. Outside every source's words and with no post author to
    own it (:func:`_own_bare_evidence`), it is the writer's hedge: kind ``unattributed``."""
    hosts = sorted((c.start, c.end) for c in claims if c.kind in ("direct", "indirect", "mixed") and c.speaker)
    starts = [s for s, _ in hosts]
    reach = list(accumulate((e for _, e in hosts), max))

    host_claims = sorted((c for c in claims if c.kind in ("direct", "indirect", "mixed") and c.speaker), key=lambda c: c.start)

    def hosts_of(c: Claim) -> list[Claim]:
        k = bisect.bisect_right(starts, c.cue_start if c.cue_start is not None else c.start)
        return host_claims[max(0, k - 8) : k]

    def inside(c: Claim) -> bool:
        anchor = c.cue_start if c.cue_start is not None else c.start
        k = bisect.bisect_right(starts, anchor) - 1
        return k >= 0 and reach[k] > anchor

    out = []
    for c in claims:
        if c.kind == "according_to" and _SHOWING.match(c.cue or "") and inside(c) and (
                not _OWNED.search(c.speaker_text or "") or any(
                    h.start <= (c.cue_start or c.start) < h.end and h.speaker == c.speaker for h in hosts_of(c))):
            # "Satellite images from X showed A, the company said": what the source's (or no one's)
            # evidence shows is the source's claim; "A UN report found A, the minister said" keeps the UN's
            continue
        if c.kind != "according_to" or (c.speaker_text or "").lower() not in _BARE_EVIDENCE:
            out.append(c)
        elif not inside(c):
            if (c.speaker or "").lower() in _BARE_EVIDENCE:
                # the writer's own "according to available information": a hedge nobody is named for
                c.kind, c.speaker, c.speaker_type, c.anonymous = "unattributed", None, None, False
            out.append(c)
    return out


#: Evidence written with its owner: "images from X", "a report by X", "X's footage", "a UN report".
_OWNED = re.compile(r"\b(?:from|by|of)\s|['’]s\b|\b[A-Z]{2,}\b|\b[A-Z][a-z]+\s+(?:report|study|investigation|analysis)")
#: The cue of evidence that shows a scene ("showed", "found", "reveals").
_SHOWING = re.compile(r"^(?:show|shown|find|found|reveal|indicate|suggest|demonstrate|prove|discover|establish)\w*$", re.I)
#: Evidence or information with nothing saying whose it is ("according to available information"
#: inside a spokesman's quote is the spokesman's).
_BARE_EVIDENCE = frozenset({
    "evidence", "the evidence", "information", "the information", "available information", "the available information",
    "information available", "data", "the data", "available data", "the available data", "preliminary information",
    "preliminary data", "our information", "our data"})


def _own_bare_evidence(claims: list[Claim], author: str) -> None:
    """"According to available information, …" in a post in its author's own voice: the
    information is the author's (inside someone's quote it is theirs, and
    :func:`_drop_bare_evidence_inside` drops it there). The words as written stay the speaker's text."""
    for c in claims:
        if c.kind == "according_to" and (c.speaker_text or "").lower() in _BARE_EVIDENCE:
            c.speaker, c.speaker_type, c.anonymous = author, None, False


def first_person_is_the_writer(claims: list[Claim], writer: str | None) -> None:
    """"We found no evidence …" outside every quote: the document's writer speaks (a report's
    authors, a channel, the outlet), named ``writer``; inside a quote "we" stays the quoted
    speaker's (the claim is nested there, and its speaker is resolved from the quote)."""
    if not writer:
        return
    for c in claims:
        if c.speaker is None and c.nested_in is None and (c.speaker_text or "").lower() == "we" \
                and c.kind not in ("unattributed",):
            c.speaker = writer


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
            wider = (o.end - o.start) > (c.end - c.start) or (
                c.kind == "no_comment" and o.kind != "no_comment" and (o.start, o.end) == (c.start, c.end))
            if j != i and o.start <= anchor < o.end and o.start <= c.start and c.end <= o.end and wider:
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
    taken = [_extent(c) for c in claims]
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


def _read(doc_chunks: Iterable[tuple[Any, int, str]], registry: Registry, in_headline: bool = False,
          nlp=None, context: str | None = None, reread: list | None = None) -> list[Claim]:
    """The claims of parsed chunks given as (doc, offset, the text that was parsed)."""
    claims: list[Claim] = []
    for doc, off, text in doc_chunks:
        # The parsed string is the Doc's text (spaCy's tokenizer keeps every character), so we
        # never ask for Doc.text, which rebuilds it from a new Token object per token; and one list
        # of the chunk's tokens serves the registry and every whole-chunk walk of the reader.
        tokens = list(doc)
        qs = find_quotes(text)
        registry.feed(doc, off, text, tokens)
        reader = ClaimReader(doc, off, registry, in_headline=in_headline, quotes=qs, text=text, tokens=tokens)
        found = reader.run()
        if off == 0 and nlp is not None:
            found += _title_line_claims(text, nlp, registry, found, in_headline, context, reread)
        claims.extend(_shift(c, off) for c in found)
    return claims


_TC_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_TC_WORD_END = re.compile(r"[A-Za-z][A-Za-z’'-]*$")
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
                       context: str | None = None, reread: list | None = None) -> list[Claim]:
    """Claims of a Title Case first line (a headline: "Senator Praises Plan To Cut Fees").

    The tagger reads most capitalised words of such a line as proper nouns, so the line is
    parsed again in sentence case (names kept) and read like any sentence; its claims keep the
    original wording, and replace those of the Title Case reading on that line. Names are
    learnt from the text after the line, or from ``context`` (the body, for a headline).
    ``reread`` (a list) receives the sentence-case parse, when there is one.
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
    redoc = nlp(norm)
    if reread is not None:
        reread.append(redoc)
    reader = ClaimReader(redoc, 0, registry, in_headline=in_headline, text=norm)
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
    claims = _read(((d, o, t) for d, (o, t) in zip(docs, chunks)), registry, nlp=nlp)
    if author:
        claims += _own_statements(body, doc_chunks, author, claims)
        _own_bare_evidence(claims, author)
    ext = _finish(body, claims, registry)
    if len(body) > max_chars:
        ext.truncated_at = max_chars
    if headline:
        _add_headline(ext, registry, headline, nlp, body)
    return ext


def extract_entities(text: str, *, nlp=None, max_chars: int = MAX_BODY_CHARS) -> list[Entity]:
    """The entities the parse of ``text`` gives, fed to the registry as :func:`extract_claims`
    feeds it (the same parse, the same registry), without reading claims: for text whose claims
    nobody wants (a page's furniture lines). The entities the speaker resolver adds or retypes
    while it reads claims ("The firm behind the ferries, Corvina Shipping, says …" makes Corvina
    Shipping an ORG) are not read, so on text with claims the two can differ."""
    nlp = nlp or load_nlp()
    chunks = chunk_text(text[:max_chars])
    pieces = [c for _, c in chunks]
    registry = Registry()
    for doc, (off, piece) in zip(nlp.pipe(pieces, batch_size=_pipe_batch(pieces)), chunks):
        registry.feed(doc, off, piece)
    return [Entity(n, t, [Mention(*m) for m in ms]) for n, t, ms in registry.entities()]


def _add_headline(ext: Extraction, registry: Registry, headline: str, nlp, body: str) -> None:
    """The headline's claims (offsets into the headline) and its entities, merged into the body's.

    The headline is read with a registry of its own, so that nothing it names changes whom the
    body's claims resolve to; its entities then join the body's by the body registry's rules: the
    same name is the same entity (a PERSON's lone surname or first name is the full name the body
    gives it; a word two people of the body share is left out). Their mentions say
    ``field="headline"``. A Title Case headline ("Storm Hits Brenvik Coast") is read by the
    tagger as a run of proper nouns: of its own parse only the entities that join one of the
    body's are kept, with those of the sentence-case re-reading its claims already made. Never
    kept: an entity over a verb (read in the sentence-case parse when there is one), or one
    outside the headline's main part ("Budget row deepens | Velmont Herald": the site's name).
    """
    head, entities = _headline(headline, nlp, body)
    ext.headline_claims = head.claims
    by_name = {e.name: e for e in ext.entities}
    taken: set[tuple[int, int]] = set()
    for ent, must_join in entities:
        name = ent.name
        full = registry.full_name_anywhere(name) if len(name.split()) == 1 else None
        if ent.type == "PERSON" and len(name.split()) == 1 or full and full.split()[-1] == name:
            # a lone surname of a person the body names in full is that person, whatever the
            # tagger called it ("Marwell's Levy Passes" read "Marwell" as a body; a first name
            # is a person's only when tagged so: "Jordan" the state is not "Jordan Vickers")
            if full is None and registry.in_a_full_name(name):
                continue   # a word two people of the body share: not known to be either
            name = full or name
        known = by_name.get(name)
        if known is None and must_join:
            continue
        mentions = [m for m in ent.mentions if (m.start, m.end) not in taken]
        if not mentions:
            continue
        for m in mentions:
            m.field = "headline"
            taken.add((m.start, m.end))
        if known is not None:
            known.mentions[:0] = mentions   # the headline comes before the body
        else:
            ent.mentions = mentions
            by_name[name] = ent
            ext.entities.append(ent)


#: What separates a page's headline from its site's name or section ("Story | Site", "Site | Story").
_CHROME_SEP = re.compile(r"\s[|]\s")


def headline_main_part(headline: str) -> tuple[int, int]:
    """(start, end) of a headline's main part: its longest piece between " | " (the rest is the
    site's chrome: "Budget row deepens | Velmont Herald")."""
    cuts = [m.start() for m in _CHROME_SEP.finditer(headline)]
    pieces = zip([0] + [c + 3 for c in cuts], cuts + [len(headline)])
    return max(pieces, key=lambda p: p[1] - p[0])


def _headline(headline: str, nlp, body: str | None = None) -> tuple[Extraction, list[tuple[Entity, bool]]]:
    """The headline's claims, and its entities each with whether it is kept only if it joins one
    of the body's (see :func:`_add_headline`)."""
    headline = headline[:2000]
    reg = Registry()
    doc = nlp(headline)
    reread: list = []
    claims = _read([(doc, 0, headline)], reg, in_headline=True, nlp=nlp, context=body, reread=reread)
    ext = _finish(headline, claims, reg)
    hi = headline.find("\n")
    title = _title_case(headline[: len(headline) if hi < 0 else hi])
    pos_doc = reread[0] if reread else doc
    lo, hi_ = headline_main_part(headline)

    def kept(e: Entity) -> bool:
        return all(lo <= m.start and m.end <= hi_ and not any(
            t.pos_ in ("VERB", "AUX") for t in pos_doc.char_span(m.start, m.end, alignment_mode="expand") or ())
            for m in e.mentions)

    out = [(e, title) for e in ext.entities]
    if reread:   # the sentence-case parse's entities, read by a registry of their own
        norm = reread[0].text
        again = Registry()
        again.feed(reread[0], 0)
        for n, t, ms in again.entities():
            ent = Entity(n, t, [Mention(headline[a:b], a, b) for _, a, b in ms])
            k = norm.find(n, ms[0][1]) if ms else -1
            if 0 <= k < ms[0][2]:
                ent.name = headline[k : k + len(n)]   # the headline's own capitals
            # a name next to a word whose capital we took off may be cut from a longer one
            # ("Kessler" of "Kessler Dam Reopens"): kept only when it joins one of the body's
            cut = any(_lowered_next_to(headline, norm, a, b) for _, a, b in ms)
            out.append((ent, cut))
    return ext, [(e, j) for e, j in out if kept(e)]


def _lowered_next_to(line: str, norm: str, start: int, end: int) -> bool:
    """Is the word just before ``start`` or just after ``end`` one :func:`_sentence_cased` lowered?"""
    words = []
    if line[end : end + 1] == " " and (after := _TC_WORD.match(line, end + 1)):
        words.append(after.span())
    if start > 0 and line[start - 1] == " " and (before := _TC_WORD_END.search(line, 0, start - 1)):
        words.append(before.span())
    return any(line[a:b] != norm[a:b] for a, b in words)


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
        body, headline, author = items[bi]
        if author:
            claims.extend(_own_statements(body, own, author, claims))
            _own_bare_evidence(claims, author)
        ext = _finish(body, claims, registry)
        if headline:
            _add_headline(ext, registry, headline, nlp, body)
        return ext

    for (bi, off, piece), doc in zip(flat, docs):
        if bi != current:
            if current >= 0:
                results[current] = finish(current)
            current, registry, claims, own = bi, Registry(), [], []
        claims.extend(_read([(doc, off, piece)], registry, nlp=nlp))
        if items[bi][2]:
            own.append((doc, off))
    if current >= 0:
        results[current] = finish(current)
    for bi, (body, headline, _) in enumerate(items):
        ext = results.get(bi)
        if ext is None:   # an empty body: no chunk of it was read
            ext = Extraction()
            if headline:
                _add_headline(ext, Registry(), headline, nlp, body)
        if len(body) > MAX_BODY_CHARS:
            ext.truncated_at = MAX_BODY_CHARS
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

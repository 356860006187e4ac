"""A whole body: ``CyrillicReader`` reads it paragraph by paragraph (quotes, then each sentence's
constructions), then hedges and pending speakers; ``extract_claims_cyrillic`` adds the headline's
claims and a channel's own statements, and keeps one claim per span and speaker."""

from __future__ import annotations

import dataclasses
import re

from ..attribution import MAX_BODY_CHARS, OWN_VOICE_CUE, Claim, Entity, Extraction, Mention
from ..attribution.document import headline_main_part
from .entities import group, surname_of_full_name
from .reader import _WORD
from .quotes import _EDITOR_NOTE, _quotes
from .reported import ReportedSpeech


_SOURCE_LINE = re.compile(r"^\s*(?:[Дд]жерело|[Ии]сточник|[Дд]жерела|[Ии]сточники)\s*:\s*(.+)$")


class CyrillicReader(ReportedSpeech):
    """Every construction, in order, over a body."""

    def run(self) -> list[Claim]:
        body = self.body
        offset = 0
        paragraphs = []
        for line in body.split("\n"):
            paragraphs.append((offset, offset + len(line)))
            offset += len(line) + 1
        previous = None
        filled = [(pa, pb) for pa, pb in paragraphs if body[pa:pb].strip()]
        for k, (pa, pb) in enumerate(filled):
            self.read_paragraph(pa, pb, previous)
            self.read_open_quote(pa, pb, filled[k + 1:k + 4])
            previous = (pa, pb)
        self.hedges()
        self.resolve()
        return self.claims

    def read_paragraph(self, pa: int, pb: int, previous: tuple[int, int] | None) -> None:
        body = self.body
        src = _SOURCE_LINE.match(body[pa:pb])
        if src and previous:
            # "Джерело: X у Telegram, Y у Telegram": the paragraph before is each source's claim
            start = pa + src.start(1)
            for part in re.finditer(r"[^,;]+", body[start:pb]):
                sp = self.speaker_in(start + part.start(), start + part.end(), nearest_end=False)
                if sp:
                    self.add(sp, (pa, pa + body[pa:pb].index(":")), "according_to", *previous)
            return
        for qa, qb in _quotes(body[pa:pb], pa):
            note = _EDITOR_NOTE.search(body, qa, pb)
            if note and note.start() < qb:
                # '"…фашисти (пізніше X повідомив, що … – ред.)': the editor's note is no part of
                # the quote; its own sentence is read as any other
                qb = note.start()
            self.read_quote(qa, qb, pa, pb)
        for sa, sb in self.sents:
            if sa >= pa and sb <= pb:
                self.read_sentence(sa, sb, pa, previous)

    def entities(self) -> list[Entity]:
        return [Entity(g.name, g.type, [Mention(*m) for m in g.mentions]) for g in self.groups]


def _own_statements(reader: CyrillicReader, author: str) -> list[Claim]:
    """A channel post's sentences outside every attributed claim are the channel's own."""
    out = []
    body = reader.body
    for sa, sb in reader.sents:
        text = body[sa:sb].strip()
        if len(_WORD.findall(text)) < 4 or text.endswith("?") or "http" in text:
            continue
        if not re.search(r"[.!…][\"”’'»)]*$", text):
            continue
        if any(c.start < sb and sa < c.end for c in reader.claims):
            continue
        end = sb
        while end > sa and body[end - 1] in " .!…":
            end -= 1
        out.append(Claim(author, author, OWN_VOICE_CUE, "according_to", body[sa:end], sa, end, stance="asserts"))
    return out


def extract_claims_cyrillic(body: str, language: str, *, headline: str | None = None, author: str | None = None,
                            max_chars: int | None = None) -> Extraction:
    """Entities and claims of a Russian ("ru") or Ukrainian ("uk") body (offsets into ``body``)."""
    limit = max_chars or MAX_BODY_CHARS
    reader = CyrillicReader(body[:limit], language)
    claims = reader.run()
    if author:
        claims += _own_statements(reader, author)
    claims = _dedup(claims)
    ext = Extraction(entities=reader.entities(), claims=claims)
    if len(body) > limit:
        ext.truncated_at = limit
    if headline:
        head = CyrillicReader(headline[:2000], language, headline=True)
        ext.headline_claims = _dedup(head.run())
        for c in ext.headline_claims:
            c.in_headline = True
        _add_headline_entities(ext, reader, head, language)
    return ext


def _add_headline_entities(ext: Extraction, body: CyrillicReader, head: CyrillicReader, language: str) -> None:
    """The headline's entities joined to the body's by the key that groups the body's own mentions
    (``entities.group``: a person by surname, anything else by type and name); their mentions say
    ``field="headline"``. A lone word that names a person the body names in full, as written or
    in another case or gender (``surname_of_full_name``: "Коржикова" of "Вадим Коржиков"), is
    that person, whatever type the NER gave it. The headline was read by a reader of its own: the
    body's claims and speakers are what they were."""
    by_key = {g.key: e for g, e in zip(body.groups, ext.entities)}
    # the body's persons named in full, by surname
    full = {g.name.split()[-1].lower(): g.name for g in body.groups if g.type == "PERSON" and len(g.name.split()) >= 2}
    places = {g.name: g.type for g in body.groups if g.type in ("GPE", "LOC")}
    lo, hi = headline_main_part(head.body)
    spans = []
    for s in head.spans:
        if not (lo <= s.start and s.end <= hi):
            continue   # the site's name or section beside the story's ("Story | Site")
        s = dataclasses.replace(s, mentions=[])
        if " " not in s.text.strip() and full and (
                hit := surname_of_full_name(language, s.name, full) or surname_of_full_name(language, s.text, full)):
            s.type, s.name = "PERSON", full[hit]
        elif " " not in s.text.strip() and s.type == "PERSON" and s.name in places:
            # a lone "person" the body names as a place ("голови Ізмаїла" over "в Ізмаїлі"): that place
            s.type = places[s.name]
        spans.append(s)
    for g in group(language, spans):
        mentions = [Mention(text, start, end, "headline") for text, start, end in g.mentions]
        known = by_key.get(g.key)
        if known is not None:
            known.mentions[:0] = mentions   # the headline comes before the body
        else:
            by_key[g.key] = ent = Entity(g.name, g.type, mentions)
            ext.entities.append(ent)


def _dedup(claims: list[Claim]) -> list[Claim]:
    """One claim per content span and speaker (two sources of one paragraph stay two claims)."""
    claims.sort(key=lambda c: (c.start, -c.end))
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for c in claims:
        key = (c.start, c.end, c.speaker)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out

"""Colon lines: "Name: statement" lines of transcripts and live blogs."""

from __future__ import annotations

import re


from ..cues import (
    EVIDENCE_SUBJECTS,
)
from .reader import ChunkReader


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


class ColonLines(ChunkReader):
    """"Name: statement" lines."""

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
            self._proper_words = {t.text for t in self.tokens if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")}
        return all(t.text in self._proper_words for t in htoks if t.pos_ != "DET")

"""The data of attribution: claims, their mentions, entities and evidence, as plain dataclasses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


from .. import CLAIM_KINDS, CLAIM_STANCES, MENTION_FIELDS  # noqa: F401 (MENTION_FIELDS re-exported)


KINDS = CLAIM_KINDS
STANCES = CLAIM_STANCES

#: Bodies longer than this are read only up to here: a hostile or broken page must not make one
#: document cost minutes (the parse is ~25k characters/s on one core). 500k characters is five
#: times the longest real article we have seen; ``Extraction.truncated_at`` says when it bit.
MAX_BODY_CHARS = 500_000
#: A subject longer than this many tokens is cut (a mis-parse can make a whole clause a subject).
MAX_SPEAKER_TOKENS = 20


# ------------------------------------------------------------------------------------ data


@dataclass
class Mention:
    text: str
    start: int
    end: int
    #: "headline": the offsets are into the headline, not the body; "page": into the page's whole
    #: decoded text (see :data:`MENTION_FIELDS`).
    field: str = "body"

    def to_json(self) -> dict:
        out: dict = {"text": self.text, "start": self.start, "end": self.end}
        if self.field != "body":   # a body mention keeps the shape it always had
            out["field"] = self.field
        return out


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
                {"name": e.name, "type": e.type, "mentions": [m.to_json() for m in e.mentions]} for e in self.entities
            ],
            "claims": [c.to_json() for c in self.claims],
            "headline_claims": [c.to_json() for c in self.headline_claims],
            "truncated_at": self.truncated_at,
        }

"""Typed response models of the JSON API (they are also what /openapi.json documents)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import BaseModel, BeforeValidator, Field


class ErrorBody(BaseModel):
    status: int = Field(description="HTTP status code")
    error: str = Field(description="short name of the problem, e.g. 'not_found', 'bad_request'")
    message: str = Field(description="what was wrong, in one sentence")
    details: list[dict[str, Any]] = Field(default_factory=list, description="per-parameter problems, when there are several")


class Capture(BaseModel):
    sha256: str
    origin: str
    media_type: str
    ingested_at: str
    tool_version: str
    encoding: Optional[str] = None
    captured_at: Optional[str] = None
    container_sha256: Optional[str] = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class CustodyEntry(BaseModel):
    seq: Optional[int] = Field(None, description="position in the home's custody record (1 = first)")
    action: str = Field(description="captured, ingested, analysed, re-analysed, merged, split or exported")
    sha256: Optional[str] = Field(None, description="the archived bytes the entry is about")
    at: str = Field(description="when (UTC, ISO 8601), by the clock of the computer that recorded it")
    user: str
    tool: str = Field(description="claimgraph and its version")
    detail: dict[str, Any] = Field(default_factory=dict)
    prev: Optional[str] = Field(None, description="hash of the entry before it in the record (the chain)")
    key: Optional[str] = Field(None, description="SHA-256 fingerprint of the Ed25519 key that signed it")
    hash: str
    valid: bool = Field(description="its hash and its signature by this home's key check out")
    problems: list[str] = Field(default_factory=list)


class DocumentSummary(BaseModel):
    id: int
    sha256: str = Field(description="SHA-256 of the archived source bytes (GET /api/sources/{sha256})")
    kind: str
    origin: str
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    size: Optional[int] = None
    encoding: Optional[str] = None
    captured_at: Optional[str] = None
    ingested_at: str
    claims: int = 0
    links: dict[str, str] = Field(default_factory=dict)


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    next_cursor: Optional[str] = Field(None, description="pass as ?cursor= to get the next page; null on the last page")


class Mention(BaseModel):
    text: str
    start: int
    end: int
    field: Literal["body", "headline", "page"] = Field(
        "body", description="what start and end are offsets into: the body, the headline, or the page's whole decoded"
        " text (a name in the page's furniture outside the article: a byline, a photo credit, a tag line)")


class EntityInDocument(BaseModel):
    name: str
    type: str
    mentions: list[Mention]


class Article(BaseModel):
    headline: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    section: Optional[str] = None
    outlet: Optional[str] = None
    reprinted_from: Optional[str] = Field(
        default=None, description="the wire or site the page credits its story to, when not the outlet itself")
    language: Optional[str] = None
    body: str = ""
    captions: list[dict[str, Any]] = Field(default_factory=list)
    spans: dict[str, Any] = Field(default_factory=dict, description="where each field came from in the decoded source")
    headline_claims: list[dict[str, Any]] = Field(
        default_factory=list, description="claims read in the headline; start/end are offsets into headline, not body")


class SourceLocationModel(BaseModel):
    start: int = Field(description="character offset into the decoded source text")
    end: int
    method: str = Field(description="paragraph | runs | verbatim | flexible | paragraph-only")
    exact: bool
    byte_start: Optional[int] = Field(None, description="byte offset into the archived bytes")
    byte_end: Optional[int] = None
    verified: bool = Field(False, description="the bytes at byte_start:byte_end decode to exactly these characters")
    page: Optional[int] = Field(None, description="PDF: the page (1-based) the claim starts on")
    page_start: Optional[int] = Field(None, description="PDF: character offset into that page's text")
    page_end: Optional[int] = None


class Claim(BaseModel):
    id: int
    document_id: int
    ordinal: int
    speaker: Optional[str] = None
    speaker_text: Optional[str] = None
    speaker_type: Optional[str] = Field(None, description="person, organisation, state organ, media outlet, document or anonymous source")
    cue: Optional[str] = None
    kind: str
    stance: Optional[str] = None
    content: str
    start: int = Field(description="offset into the article body (content == body[start:end])")
    end: int
    evidence: list[str] = Field(default_factory=list)
    evidence_spans: list[dict[str, Any]] = Field(default_factory=list)
    document_sha256: str
    headline: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    date: Optional[str] = None
    links: dict[str, str] = Field(default_factory=dict)


class ClaimPage(BaseModel):
    items: list[Claim]
    next_cursor: Optional[str] = None


class Relation(BaseModel):
    relation: str
    other: int
    reason: Any = None
    confidence: Optional[float] = None
    independent: Optional[bool] = None


class ClaimDetail(Claim):
    detail: dict[str, Any] = Field(default_factory=dict, description="the claim exactly as the extractor emitted it")
    source: Optional[SourceLocationModel] = Field(None, description="where the claim's characters are in the archived source")
    source_excerpt: Optional[dict[str, Any]] = None
    captures: list[Capture] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)


class DocumentDetail(DocumentSummary):
    metadata: dict[str, Any] = Field(default_factory=dict)
    captures: list[Capture] = Field(default_factory=list)
    article: Optional[Article] = None
    text: str = Field("", description="the searchable text (the article body once extracted)")
    entities: list[EntityInDocument] = Field(default_factory=list)
    claim_list: list[Claim] = Field(default_factory=list)
    decisions: list["Decision"] = Field(default_factory=list, description="the decision log's entries about this document, newest first")


class EntitySummary(BaseModel):
    name: str
    type: str
    documents: int
    mentions: int
    claims_by: int
    links: dict[str, str] = Field(default_factory=dict)


class EntityPage(BaseModel):
    items: list[EntitySummary]
    next_cursor: Optional[str] = None


class EntityDetail(BaseModel):
    name: str
    types: list[str]
    aliases: list[tuple[str, int]] = Field(description="(text as written, mentions)")
    speaker_texts: list[tuple[str, int]] = Field(description="how the entity is referred to when it speaks")
    documents: list[int]
    claims_by: list[Claim]
    claims_about: list[Claim]
    canonical: Optional[dict[str, Any]] = Field(None, description="the linking stage's canonical entity: names, members and why")
    decisions: list["Decision"] = Field(default_factory=list, description="the decision log's entries about this entity (any of its names), newest first")


class SnippetPart(BaseModel):
    text: str
    match: bool


class SearchHit(BaseModel):
    id: int
    sha256: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    kind: str
    snippet: str = Field(description="plain text of the snippet")
    highlights: list[SnippetPart] = Field(description="the snippet in pieces, match=true where the query matched")
    rank: float


class SearchResult(BaseModel):
    query: str
    items: list[SearchHit]
    next_cursor: Optional[str] = None


class Event(BaseModel):
    id: int
    name: str
    date: Optional[str] = None
    date_max: Optional[str] = None
    claims: int = 0
    profile: dict[str, Any] = Field(default_factory=dict)


class EventDetail(BaseModel):
    id: int
    name: str
    date: Optional[str] = None
    date_max: Optional[str] = None
    description: Optional[str] = None
    profile: dict[str, Any] = Field(default_factory=dict)
    documents: list[int] = Field(default_factory=list)
    claims: list[Claim]


class RelationPair(BaseModel):
    relation: str = Field(description="contradicts | corroborates")
    reason: Any = None
    score: Optional[float] = Field(None, description="the linker's confidence")
    independent: Optional[bool] = Field(None, description="the two claims have different origins")
    event_id: Optional[int] = None
    a: Claim
    b: Claim


class ContestedClaim(BaseModel):
    id: int
    document: int
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    speaker: Optional[str] = None
    origin: Optional[str] = Field(None, description="the origin the linker gives the claim (a cited source's, a wire's)")
    kind: Optional[str] = None
    content: str


class ContestedSide(BaseModel):
    value: str = Field(description="what the side states on the point: 'by Russia', 'landed Poltava', 'casualty figure 12'")
    claims: list[ContestedClaim]


class ContestedPair(BaseModel):
    a: int
    b: int
    reason: str = Field(description="the linker's reason, readable")
    independent: bool = Field(description="the two claims have different origins")
    confidence: float


class ContestedPoint(BaseModel):
    key: str = Field(description="what the rule compared: 'slot:agent', 'slot:place:landed', 'figure:killed', 'frame:course'")
    point: str = Field(description="the point, for people: 'who did it', 'where it landed', 'casualty figure'")
    pairs: int
    independent_pairs: int
    sides: list[ContestedSide]
    relations: list[ContestedPair]


class Happening(BaseModel):
    id: Optional[int] = None
    event: Optional[int] = None
    main: bool = Field(description="the event's own happening (false: an earlier one its reports recap, or a later one of the story)")
    later: bool = Field(False, description="another happening of the story dated after the event's first report "
                                           "(the funeral a week after the strike)")
    what: str
    where: list[str]
    when: Optional[str] = None
    first_day: Optional[str] = None
    last_day: Optional[str] = None


class ContestedHappening(BaseModel):
    happening: Happening
    points: list[ContestedPoint]


class LegalEntry(BaseModel):
    provision: str
    label: Optional[str] = None
    trigger: Optional[str] = None
    polarity: Optional[str] = Field(None, description="alleges | denies (an index of allegations, never a verdict)")
    speaker: Optional[str] = None
    document_id: int
    headline: Optional[str] = None
    outlet: Optional[str] = None
    text: Optional[str] = Field(None, description="the article text at start:end")
    start: int
    end: int
    claim: Optional[Claim] = Field(None, description="null when it is the document's own voice")


class LegalFramework(BaseModel):
    framework: str
    entries: list[LegalEntry]


class IngestResult(BaseModel):
    filename: str
    added: int
    already_present: int
    rejected: list[str]
    read_in_part: list[str] = Field(default_factory=list,
                                    description="stored documents not read whole: a PDF's pages without a text layer")
    analysed: int
    analysis_error: Optional[str] = None
    decision: Optional[int] = Field(None, description="the decision log entry of the upload (when it added documents)")


class DecisionTarget(BaseModel):
    kind: str = Field(description="entity, document or claim")
    id: Optional[int] = Field(None, description="document or claim id; an entity's canonical id at the time")
    name: Optional[str] = Field(None, description="an entity's name")


class Decision(BaseModel):
    id: int
    at: str = Field(description="UTC, ISO 8601")
    user: str = Field(description="the team user, or the OS user of a CLI action")
    user_id: Optional[int] = None
    via: str = Field(description="cli, api or web")
    action: str = Field(description="merge, split, upload, ingest or re-analyse")
    summary: str
    before: Any = None
    after: Any = None
    targets: list[DecisionTarget]


class DecisionPage(BaseModel):
    items: list[Decision]
    next_cursor: Optional[str] = Field(None, description="pass back as ?cursor= for older entries")


def _entity_ref(value: Any) -> str:
    """A canonical entity's id (a number, or digits) or a name: 1 to 300 characters."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError("an entity is named by its id or its name")
    text = str(value).strip()
    if not 1 <= len(text) <= 300:
        raise ValueError("an entity id or name is 1 to 300 characters")
    return text


EntityRef = Annotated[str, BeforeValidator(_entity_ref)]


class MergeRequest(BaseModel):
    model_config = {"extra": "forbid"}

    a: EntityRef = Field(description="the entity to keep (canonical id or name)")
    b: EntityRef = Field(description="the entity merged into it")


class SplitRequest(BaseModel):
    model_config = {"extra": "forbid"}

    entity: EntityRef = Field(description="canonical id or name")
    names: list[Annotated[str, Field(min_length=1, max_length=300)]] = Field(
        min_length=1, max_length=50, description="member names or mentions to split off")


class MergeResult(BaseModel):
    entity: dict[str, Any] = Field(description="the entity kept, after the merge")
    merged: list[dict[str, Any]]
    decision: int


class SplitResult(BaseModel):
    entity: dict[str, Any] = Field(description="the entity as it was")
    documents: list[int] = Field(description="documents re-linked")
    now: list[dict[str, Any]] = Field(description="the entities the split names belong to now")
    decision: int


class ReanalyseResult(BaseModel):
    analysed: int
    failed: list[int]
    decision: int


class Status(BaseModel):
    version: str
    documents: int
    claims: int
    entities: int
    read_only: bool
    linking: list[str] = Field(description="linking-stage features present: events, relations, legal")
    auth_required: bool = Field(False, description="whether this server asks for a user's token (it has users)")
    user: Optional[str] = Field(None, description="who is asking (with a token)")
    role: Optional[str] = Field(None, description="their role: reader, editor or admin")


DocumentDetail.model_rebuild()
EntityDetail.model_rebuild()

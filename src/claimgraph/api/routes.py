"""JSON endpoints under /api. All read-only except POST /api/ingest (only with --allow-ingest + token)."""

from __future__ import annotations

import hmac
import re
import tempfile
from pathlib import Path
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import AfterValidator, BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..archive import Archive
from ..extract import CLAIM_KINDS, CLAIM_STANCES
from ..store import MAX_ID, SEARCH_BUDGET_SECONDS, Store
from ..link.contested import contested_points
from ..store import queries as Q
from ..store.queries import DATE, RELATION_TYPES, calendar_date
from ..store import team as team_db
from . import models as M
from .auth import authenticate_request, bearer, writer
from .source import locate_claim
from .writes import custody_log, merge_with_custody, write_store

router = APIRouter(prefix="/api", responses={400: {"model": M.ErrorBody}, 401: {"model": M.ErrorBody}, 404: {"model": M.ErrorBody}},
                   dependencies=[Depends(authenticate_request)])

SHA256_PATTERN = r"^[0-9a-fA-F]{64}$"
KINDS = CLAIM_KINDS
Limit = Annotated[int, Query(ge=1, le=500, description="page size (1-500)")]
Cursor = Annotated[Optional[str], Query(max_length=20, description="next_cursor of the previous page")]
CalendarDate = Annotated[Optional[str], AfterValidator(calendar_date)]


def store_of(request: Request) -> Store:
    return request.app.state.stores.get()


def claim_out(c: Q.ClaimRow) -> dict:
    return {
        "id": c.id, "document_id": c.document_id, "ordinal": c.ordinal, "speaker": c.speaker, "speaker_text": c.speaker_text,
        "speaker_type": c.speaker_type, "cue": c.cue, "kind": c.kind, "stance": c.stance, "content": c.content, "start": c.start, "end": c.end,
        "evidence": c.evidence, "evidence_spans": c.evidence_spans if isinstance(c.evidence_spans, list) else [], "document_sha256": c.document_sha256,
        "headline": c.headline, "outlet": c.outlet, "published": c.published, "date": c.date,
        "links": {"self": f"/api/claims/{c.id}", "document": f"/api/documents/{c.document_id}",
                  "source": f"/api/sources/{c.document_sha256}", "html": f"/claims/{c.id}"},
    }


def document_out(d: Q.DocumentRow) -> dict:
    return {
        "id": d.id, "sha256": d.sha256, "kind": d.kind, "origin": d.origin, "outlet": d.outlet, "title": d.title,
        "published": d.published, "size": d.size, "encoding": d.encoding, "captured_at": d.captured_at,
        "ingested_at": d.ingested_at, "claims": d.claims,
        "links": {"self": f"/api/documents/{d.id}", "source": f"/api/sources/{d.sha256}", "html": f"/documents/{d.id}"},
    }


def claim_filters(speaker=None, entity=None, event=None, kind=None, stance=None, relation=None, framework=None,
                  date_from=None, date_to=None, q=None, document=None) -> Q.ClaimFilters:
    return Q.ClaimFilters(speaker=speaker or None, entity=entity or None, event=event, kind=kind or None, stance=stance or None,
                          relation=relation or None, framework=framework or None, date_from=date_from or None,
                          date_to=date_to or None, q=q or None, document_id=document)


@router.get("/status", response_model=M.Status, summary="Version, counts, and whether the server accepts uploads")
def status(request: Request):
    s = store_of(request).summary()
    actor = request.state.actor
    return {"version": __version__, "documents": s.documents, "claims": s.claims, "entities": s.entities,
            "read_only": not request.app.state.allow_ingest and not (actor and actor.can_write),
            "linking": sorted(Q.link_nav(store_of(request))), "auth_required": actor is not None,
            "user": actor.name if actor else None, "role": actor.role if actor else None}


@router.get("/documents", response_model=M.DocumentPage, summary="List documents (oldest first)")
def documents(request: Request, cursor: Cursor = None, limit: Limit = 50,
              outlet: Annotated[Optional[str], Query(max_length=300)] = None):
    page = Q.list_documents(store_of(request), cursor, limit, outlet=outlet)
    return {"items": [document_out(d) for d in page.items], "next_cursor": page.next_cursor}


@router.get("/documents/{document_id}", response_model=M.DocumentDetail,
            summary="One document: captures, article with field spans, entities, claims")
def document(request: Request, document_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    d = Q.document_detail(store_of(request), document_id)
    if d is None:
        raise HTTPException(404, f"no document {document_id}")
    out = document_out(d["document"])
    out.update(metadata=d["document"].metadata, captures=d["captures"], article=d["article"], text=d["text"],
               entities=d["entities"], claim_list=[claim_out(c) for c in d["claims"]],
               decisions=team_db.decisions(store_of(request), document_id=document_id, limit=50))
    out["links"]["decisions"] = f"/api/decisions?document={document_id}"
    return out


class ClaimQuery(BaseModel):
    """The filters of GET /api/claims: validated in one pass by pydantic (the hot endpoint)."""

    model_config = {"extra": "forbid"}

    speaker: Optional[str] = Field(None, max_length=300, description="canonical speaker, exactly")
    entity: Optional[str] = Field(None, max_length=300, description="claims by or mentioning this entity (any of its linked names)")
    event: Optional[int] = Field(None, ge=1, le=MAX_ID, description="event id (linking stage)")
    kind: Optional[str] = Field(None, pattern="^(" + "|".join(KINDS) + ")$", description="claim kind")
    stance: Optional[str] = Field(None, pattern="^(" + "|".join(CLAIM_STANCES) + ")$", description="the speaker's stance")
    relation: Optional[str] = Field(None, pattern="^(" + "|".join(RELATION_TYPES) + ")$", description="claims in a relation of this type (linking stage)")
    framework: Optional[str] = Field(None, max_length=200, description="legal framework (linking stage)")
    date_from: CalendarDate = Field(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive")
    date_to: CalendarDate = Field(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive")
    q: Optional[str] = Field(None, max_length=300, description="words that must all occur in the claim")
    document: Optional[int] = Field(None, ge=1, le=MAX_ID, description="only claims of this document")
    cursor: Optional[str] = Field(None, max_length=20, description="next_cursor of the previous page")
    limit: int = Field(50, ge=1, le=500, description="page size (1-500)")


def _query_parameters(model: type[BaseModel]) -> list[dict]:
    """OpenAPI parameter objects for a query model (so the docs come from the one definition)."""
    schema = model.model_json_schema()
    out = []
    for name, prop in schema["properties"].items():
        prop = dict(prop)
        description = prop.pop("description", "")
        prop.pop("title", None)
        out.append({"name": name, "in": "query", "required": name in schema.get("required", []),
                    "description": description, "schema": prop})
    return out


@router.get("/claims", response_model=M.ClaimPage, summary="Claims, filtered; in id order with a cursor",
            openapi_extra={"parameters": _query_parameters(ClaimQuery)})
async def claims(request: Request):
    # async, and the query string validated by one pydantic model instead of FastAPI's
    # per-parameter machinery: together they halve the time per request under load. The query
    # is an indexed lookup of a few milliseconds at most.
    raw = request.query_params
    if any(len(raw.getlist(k)) > 1 for k in raw.keys()):
        raise HTTPException(400, "each query parameter may be given once")
    try:
        p = ClaimQuery.model_validate(dict(raw))
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("query", *e["loc"])} for e in exc.errors(include_url=False)]) from None
    f = claim_filters(p.speaker, p.entity, p.event, p.kind, p.stance, p.relation, p.framework, p.date_from, p.date_to, p.q,
                      p.document)
    if request.app.state.stores.remote:
        # On PostgreSQL most of a request is waiting for the server: in a worker thread (each
        # with its own session), so that the event loop serves other requests meanwhile; run
        # inline, the waits queue one behind another. SQLite, in process, stays inline.
        return await run_in_threadpool(_claims_page_out, request, f, p.cursor, p.limit)
    return _claims_page_out(request, f, p.cursor, p.limit)


def _claims_page_out(request: Request, f: Q.ClaimFilters, cursor: str | None, limit: int) -> JSONResponse:
    page = Q.claims_page(store_of(request), f, cursor, limit, with_detail=False)
    # Returned as a response, not a dict: FastAPI would validate the page against
    # M.ClaimPage again (about a quarter of the route's CPU at 50 claims a page); claim_out builds that
    # shape from the typed rows, and the model still documents it.
    return JSONResponse({"items": [claim_out(c) for c in page.items], "next_cursor": page.next_cursor})


@router.get("/claims/{claim_id}", response_model=M.ClaimDetail,
            summary="One claim with its exact location in the archived source and the capture metadata")
def claim(request: Request, claim_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    store = store_of(request)
    c = Q.claim(store, claim_id)
    if c is None:
        raise HTTPException(404, f"no claim {claim_id}")
    loc, ex = locate_claim(store, request.app.state.settings, c)
    rels = [{"relation": r["relation"], "other": r["other"], "reason": r["reason"], "confidence": r["confidence"],
             "independent": bool(r["independent"])} for r in Q.relations_for_claim(store, claim_id)]
    return {**claim_out(c), "detail": c.detail, "source": loc, "source_excerpt": ex,
            "captures": Q.captures_for(store, c.document_sha256), "relations": rels}


@router.get("/entities", response_model=M.EntityPage, summary="Entities across documents, grouped by name")
def entities(request: Request, q: Annotated[Optional[str], Query(max_length=300)] = None,
             type: Annotated[Optional[str], Query(pattern="^[A-Z_]{2,12}$")] = None,
             cursor: Cursor = None, limit: Limit = 100):
    page = Q.list_entities(store_of(request), cursor, limit, q=q, type=type)
    items = [{**e, "links": {"self": "/api/entities/" + _quote(e["name"])}} for e in page.items]
    return {"items": items, "next_cursor": page.next_cursor}


@router.get("/entities/{name:path}", response_model=M.EntityDetail, summary="One entity: aliases, claims by and about it")
def entity(request: Request, name: str):
    if not name or len(name) > 300:
        raise HTTPException(400, "entity name must be 1 to 300 characters")
    from ..team import entity_decisions

    e = Q.entity_detail(store_of(request), name)
    if e is None:
        raise HTTPException(404, f"no entity named {name!r}")
    return {**e, "claims_by": [claim_out(c) for c in e["claims_by"]], "claims_about": [claim_out(c) for c in e["claims_about"]],
            "decisions": entity_decisions(store_of(request), e)}


@router.get("/events", response_model=list[M.Event], summary="Events (linking stage; empty when it has not run)")
def events(request: Request):
    return Q.list_events(store_of(request))


@router.get("/events/{event_id}", response_model=M.EventDetail, summary="One event with its claims in date order")
def event(request: Request, event_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    store = store_of(request)
    if not Q.link_features(store).get("events"):
        raise HTTPException(404, "there are no events in this store (the linking stage has not run)")
    e = Q.event_detail(store, event_id)
    if e is None:
        raise HTTPException(404, f"no event {event_id}")
    return {**e, "claims": [claim_out(c) for c in e["claims"]]}


@router.get("/relations", response_model=list[M.RelationPair],
            summary="Pairs of related claims with their reasons (linking stage; default: contradicts)")
def relations(request: Request, type: Annotated[str, Query(pattern="^(" + "|".join(RELATION_TYPES) + ")$")] = "contradicts",
              limit: Limit = 200):
    out = Q.relations(store_of(request), type, limit)
    return [{**r, "a": claim_out(r["a"]), "b": claim_out(r["b"])} for r in out]


@router.get("/contested", response_model=list[M.ContestedHappening],
            summary="Contested points per happening, each with its sides and the contradicting pairs (linking stage)")
def contested(request: Request, event: Annotated[Optional[int], Query(ge=1, le=MAX_ID, description="only this event")] = None,
              pairs: Annotated[int, Query(ge=1, le=2000, description="read at most this many contradicting pairs, "
                                                                     "the most confident first")] = 500):
    store = store_of(request)
    if not Q.link_features(store).get("relations"):
        return []
    return contested_points(store, event_id=event, limit=pairs)


@router.get("/legal", response_model=list[M.LegalFramework], summary="Legal-framework index (linking stage)")
def legal(request: Request, framework: Annotated[Optional[str], Query(max_length=200)] = None):
    return [{"framework": f["framework"],
             "entries": [{**e, "claim": claim_out(e["claim"]) if e["claim"] else None} for e in f["entries"]]}
            for f in Q.legal_index(store_of(request), framework)]


@router.get("/search", response_model=M.SearchResult, summary="Full-text search (FTS5) with highlighted snippets")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500, description=(
                  "FTS5 query or plain words (\"an exact phrase\", AND, OR, NOT, prefix*), at most 500 characters. "
                  f"A search may work {SEARCH_BUDGET_SECONDS:g} s on the server; one that needs more is stopped and "
                  "answered 400 saying what to do: add a rarer word or put the exact quote in double quotes"))],
           cursor: Cursor = None, limit: Limit = 20):
    offset = Q.decode_cursor(cursor)
    hits = Q.search(store_of(request), q, limit=limit + 1, offset=offset)
    items = [{"id": h.id, "sha256": h.sha256, "title": h.title, "outlet": h.outlet, "kind": h.kind, "rank": h.rank,
              "snippet": "".join(t for t, _ in h.snippet), "highlights": [{"text": t, "match": m} for t, m in h.snippet]}
             for h in hits[:limit]]
    return {"query": q, "items": items, "next_cursor": Q.encode_cursor(offset + limit) if len(hits) > limit else None}


@router.get("/sources/{sha256}/captures", response_model=list[M.Capture], summary="Every capture of these archived bytes")
def source_captures(request: Request, sha256: Annotated[str, PathParam(pattern=SHA256_PATTERN, description="64 hex digits")]):
    store = store_of(request)
    sha = sha256.lower()
    if Q.blob_info(store, sha) is None:
        raise HTTPException(404, f"no archived object {sha}")
    return Q.captures_for(store, sha)


@router.get("/sources/{sha256}/custody", response_model=list[M.CustodyEntry],
            summary="The custody record of these archived bytes, each entry checked against the home's signing key")
def source_custody(request: Request, sha256: Annotated[str, PathParam(pattern=SHA256_PATTERN, description="64 hex digits")]):
    from ..custody import CustodyLog, checked

    store = store_of(request)
    sha = sha256.lower()
    if Q.blob_info(store, sha) is None:
        raise HTTPException(404, f"no archived object {sha}")
    return checked(Q.custody_lines(store, sha), CustodyLog(request.app.state.settings).public_key())


_TEXTUAL = re.compile(r"^(text/|application/(json|xhtml\+xml|xml|ld\+json))")


@router.get("/sources/{sha256}", summary="The archived source bytes, as an attachment (never rendered)",
            response_class=Response,
            responses={200: {"content": {"text/plain": {}, "application/octet-stream": {}},
                             "description": "the exact archived bytes"}})
def source_bytes(request: Request, sha256: Annotated[str, PathParam(pattern=SHA256_PATTERN, description="64 hex digits")]):
    store = store_of(request)
    sha = sha256.lower()
    info = Q.blob_info(store, sha)
    if info is None:
        raise HTTPException(404, f"no archived object {sha}")
    # streamed from the archive file in chunks (FileResponse), never read whole into memory
    path = Archive(request.app.state.settings.archive_dir).path_for(sha)
    if not path.is_file():
        raise HTTPException(404, f"{sha} is recorded but its bytes are missing from the archive (run 'claimgraph verify')")
    textual = bool(_TEXTUAL.match(info["media_type"] or ""))
    charset = info["encoding"] if textual and info["encoding"] and re.fullmatch(r"[A-Za-z0-9_.:-]{1,40}", info["encoding"]) else None
    media = ("text/plain" + (f"; charset={charset}" if charset else "")) if textual else "application/octet-stream"
    return FileResponse(path, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{sha}.{"txt" if textual else "bin"}"',
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Claimgraph-Media-Type": re.sub(r"[^\x20-\x7e]", "", info["media_type"] or "")[:100],
        "Cache-Control": "private, max-age=31536000, immutable",
        "Digest": f"sha-256={_b64(sha)}",
    })


def _b64(hexdigest: str) -> str:
    import base64

    return base64.b64encode(bytes.fromhex(hexdigest)).decode()


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


@router.post("/ingest", response_model=M.IngestResult, status_code=201,
             summary="Upload one file (raw request body) to ingest; only with --allow-ingest and the bearer token",
             responses={401: {"model": M.ErrorBody}, 403: {"model": M.ErrorBody}, 413: {"model": M.ErrorBody}})
async def ingest(request: Request, filename: Annotated[str, Query(min_length=1, max_length=200, pattern=r"^[^/\\\x00]+$")]):
    from ..team import Actor

    app = request.app
    if not app.state.allow_ingest:
        raise HTTPException(403, "this server is read-only; start it with --allow-ingest and a token to accept uploads")
    if request.state.actor is not None:
        actor = writer(request, "upload files")   # a team server: an editor's token
    else:
        given = bearer(request) or ""
        if not given or not app.state.token or not hmac.compare_digest(given.encode(), app.state.token.encode()):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'")
        actor = Actor("local", "admin", "api")   # the single-user server's upload token
    settings = app.state.settings
    limit = settings.max_container_bytes
    name = Path(filename).name
    if name in ("", ".", ".."):
        raise HTTPException(400, "filename must be a plain file name")
    with tempfile.TemporaryDirectory(prefix="claimgraph-upload-") as tmp:
        path = Path(tmp) / name
        size = 0
        with open(path, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise HTTPException(413, f"upload larger than {limit:,} bytes")
                out.write(chunk)
        if size == 0:
            raise HTTPException(400, "empty upload: send the file's bytes as the request body")
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_ingest_file, app, settings, path, name, actor)


def _ingest_file(app, settings, path: Path, name: str, actor) -> dict:
    from ..custody import CustodyLog
    from ..ingest import Ingestor
    from ..team.actions import record_ingest

    with app.state.ingest_lock:
        ingestor = Ingestor(settings)
        ingestor.custody = CustodyLog(settings, ingestor.store, user=actor.name if actor.user_id is not None else None)
        analysed, problem = 0, None
        try:
            report = ingestor.run([str(path)], origins={str(path): f"upload:{name}"})
            decision = record_ingest(ingestor.store, actor, "upload", report, [f"upload:{name}"])
            try:
                from ..ingest import analyse_pending

                analysed = analyse_pending(ingestor.store, custody=ingestor.custody, learned_pairs=settings.learned_pairs)  # links the new documents too
            except Exception as exc:  # the documents are stored; extraction can be re-run by 'claimgraph ingest'
                problem = f"{type(exc).__name__}: {str(exc)[:300]}"
        finally:
            ingestor.close()
    return {"filename": name, "added": report.added, "already_present": report.present,
            "rejected": [f"{r.origin}: {r.reason}" for r in report.rejected],
            "read_in_part": [f"{origin}: {note}" for origin, note in report.notes], "analysed": analysed, "analysis_error": problem,
            "decision": decision}


# ---------------------------------------------------------------------------------------------
# the decision log and the writing actions of a team server (docs/users.md)


@router.get("/decisions", response_model=M.DecisionPage,
            summary="The decision log, newest first: merges, splits, uploads, ingests, re-analyses with user and time")
def decisions(request: Request, entity: Annotated[Optional[str], Query(max_length=300, description="entries about this entity (any of its names)")] = None,
              document: Annotated[Optional[int], Query(ge=1, le=MAX_ID, description="entries about this document")] = None,
              claim: Annotated[Optional[int], Query(ge=1, le=MAX_ID, description="entries about this claim")] = None,
              cursor: Cursor = None, limit: Limit = 50):
    store = store_of(request)
    names = None
    if entity:
        e = Q.entity_detail(store, entity)
        canon = e["canonical"] if e else None
        names = canon["names"] if canon else [entity]
    before = None
    if cursor:
        if not (cursor.isascii() and cursor.isdigit()) or not 1 <= int(cursor) <= MAX_ID:
            raise HTTPException(400, "cursor: not a cursor this endpoint gave")
        before = int(cursor)
    rows = team_db.decisions(store, entity_names=names, document_id=document, claim_ids=[claim] if claim else None,
                             before_id=before, limit=limit + 1)
    return {"items": rows[:limit], "next_cursor": str(rows[limit - 1]["id"]) if len(rows) > limit else None}


@router.post("/entities/merge", response_model=M.MergeResult,
             summary="Merge entity b into entity a (editors and admins); entered in the decision log",
             responses={403: {"model": M.ErrorBody}})
def merge_entities(request: Request, body: M.MergeRequest):
    return merge_with_custody(request, body.a, body.b, writer(request, "merge entities"))


@router.post("/entities/split", response_model=M.SplitResult,
             summary="Split names off an entity (editors and admins); entered in the decision log",
             responses={403: {"model": M.ErrorBody}})
def split_entity(request: Request, body: M.SplitRequest):
    from ..custody import Event
    from ..team.actions import split_entity as split

    actor = writer(request, "split entities")
    with request.app.state.ingest_lock:
        store = write_store(request)
        done = split(store, body.entity, body.names, actor, learned_pairs=request.app.state.settings.learned_pairs)
        custody_log(request, store, actor).record([Event("split", None, {
            "entity": {"id": done["entity"]["id"], "name": done["entity"]["name"]}, "names": list(body.names),
            "documents_relinked": len(done["documents"])})])
    return done


@router.post("/documents/{document_id}/reanalyse", response_model=M.ReanalyseResult,
             summary="Analyse a document again and re-link (editors and admins); entered in the decision log",
             responses={403: {"model": M.ErrorBody}})
def reanalyse_document(request: Request, document_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    from ..team.actions import reanalyse

    actor = writer(request, "re-analyse documents")
    with request.app.state.ingest_lock:
        store = write_store(request)
        if Q.document_detail_light(store, document_id) is None:
            raise HTTPException(404, f"no document {document_id}")
        log = custody_log(request, store, actor)
        done = reanalyse(store, [document_id], actor, n_process=1, custody=log,
                         learned_pairs=request.app.state.settings.learned_pairs)
        log.sync()
    return done

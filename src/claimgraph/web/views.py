"""Server-rendered pages. Jinja2 with autoescaping on for every template; no inline script or style.

Page text comes from hostile pages, so nothing here ever marks a string safe: highlighting is
done by splitting text into segments that the templates print (escaped) inside fixed markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import __version__
from ..archive import Archive, ArchiveError
from ..extract import CLAIM_KINDS, CLAIM_STANCES, html_reading_notes
from ..store import MAX_ID, StoreError
from ..link.contested import contested_points
from ..store import queries as Q
from ..store.queries import DATE, RELATION_TYPES, calendar_date
from ..store import team as team_db
from ..api.auth import authenticate_request

HERE = Path(__file__).resolve().parent
KINDS = CLAIM_KINDS
STANCES = CLAIM_STANCES
#: The contested views read again at most this many contradicting pairs, the most confident first.
CONTESTED_PAIRS = 500
#: Happenings whose contested points the overview names.
OVERVIEW_HAPPENINGS = 6
EVIDENCE = ("video", "photo", "satellite", "document", "intercept", "social_media", "report", "statement", "data")

env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True)


def _q(value) -> str:
    return quote(str(value), safe="")


def _qs(**params) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _known(value, allowed, default="other"):
    return value if value in allowed else default


def _day(value: str | None) -> str:
    return (value or "")[:10] or "undated"


env.filters["q"] = _q
env.filters["day"] = _day
env.filters["kindclass"] = lambda v: _known(v, KINDS)
env.filters["stanceclass"] = lambda v: _known(v, STANCES, "none")
env.filters["label"] = lambda v: str(v or "").replace("_", " ")
env.filters["short"] = lambda v, n=12: (v or "")[:n]
env.filters["thousands"] = lambda v: f"{v:,}" if isinstance(v, int) else v
env.globals["qs"] = _qs
env.globals["version"] = __version__


def _who(request: Request) -> dict:
    """Who is signed in (for the header and the forms): the actor, and the CSRF token of a
    cookie session (the writing forms carry it)."""
    from ..api.auth import csrf_token

    state = request.state
    actor = getattr(state, "actor", None)
    session = getattr(state, "session_token", None)
    return {"actor": actor, "csrf": csrf_token(session) if session else None}


def render(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
    store = request.app.state.stores.get()
    links = Q.link_nav(store)
    html = env.get_template(name).render(request_path=request.url.path, links=links, **_who(request), **ctx)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    html = env.get_template("error.html").render(request_path=request.url.path, links={}, status=status, title=title,
                                                  message=message, **_who(request))
    return HTMLResponse(html, status_code=status)


def login_page(request: Request, message: str | None = None, status: int = 200, signed_in=None,
               headers: dict | None = None) -> HTMLResponse:
    """The sign-in form (a token pasted once; the server keeps it in an HttpOnly cookie)."""
    from ..api.auth import login_nonce

    nonce, nonce_cookie = login_nonce()
    html = env.get_template("login.html").render(request_path=request.url.path, links={}, title="Sign in", message=message,
                                                  signed_in=signed_in, actor=None, csrf=None, nonce=nonce)
    response = HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store", **(headers or {})})
    if signed_in is None:
        response.headers.append("Set-Cookie", nonce_cookie)
    return response


# ---------------------------------------------------------------------------------------------
# highlighting


def segments(text: str, spans: list[dict]) -> list[list[dict]]:
    """Split ``text`` at every span boundary; returns paragraphs (split at blank lines) of segments.

    Each span: {start, end, type: claim|speaker|cue|evidence|entity, id?, label?}. A segment has
    ``text``, ``classes`` (from a fixed vocabulary), ``claim`` (innermost claim id or None),
    ``first`` (first segment of that claim) and ``title`` (a tooltip, escaped by the template).
    """
    n = len(text)
    clean = [s for s in spans if 0 <= s["start"] < s["end"] <= n]
    cuts = {0, n}
    for s in clean:
        cuts.add(s["start"])
        cuts.add(s["end"])
    for i in range(n):  # paragraph breaks are cut points too
        if text.startswith("\n\n", i):
            cuts.add(i)
            cuts.add(i + 2)
    points = sorted(cuts)
    seen_claims: set[int] = set()
    paragraphs: list[list[dict]] = [[]]
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        if piece == "\n\n":
            paragraphs.append([])
            continue
        active = [s for s in clean if s["start"] <= a and b <= s["end"]]
        classes, titles, claim = [], [], None
        claim_start = -1
        for s in active:
            if s["type"] == "claim":
                if s["start"] >= claim_start:
                    claim, claim_start = s["id"], s["start"]
                classes.append("claim")
                classes.append("k-" + _known(s.get("kind"), KINDS))
            elif s["type"] in ("speaker", "cue", "evidence", "entity"):
                classes.append(s["type"])
                if s.get("label"):
                    titles.append(s["label"])
        first = claim is not None and claim not in seen_claims
        if claim is not None:
            seen_claims.add(claim)
        paragraphs[-1].append({"text": piece, "classes": " ".join(dict.fromkeys(classes)), "claim": claim, "first": first,
                               "title": "; ".join(dict.fromkeys(titles))})
    return [p for p in paragraphs if p]


def claim_spans(claims: list[Q.ClaimRow], entities: list[dict]) -> list[dict]:
    spans: list[dict] = []
    for e in entities:
        for m in e.get("mentions", []):
            if m.get("field", "body") != "body":
                continue   # offsets into the headline or the page, not the body
            spans.append({"start": m["start"], "end": m["end"], "type": "entity", "label": f"{e['name']} ({e['type']})"})
    for c in claims:
        spans.append({"start": c.start, "end": c.end, "type": "claim", "id": c.id, "kind": c.kind})
        d = c.detail
        if isinstance(d.get("speaker_start"), int) and isinstance(d.get("speaker_end"), int):
            spans.append({"start": d["speaker_start"], "end": d["speaker_end"], "type": "speaker", "label": f"speaker: {c.speaker or '?'}"})
        if isinstance(d.get("cue_start"), int) and isinstance(d.get("cue_end"), int):
            spans.append({"start": d["cue_start"], "end": d["cue_end"], "type": "cue", "label": f"cue ({c.kind})"})
        for ev in d.get("evidence_spans") or []:
            if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
                spans.append({"start": ev["start"], "end": ev["end"], "type": "evidence", "label": f"evidence: {ev.get('label')}"})
    return spans


# ---------------------------------------------------------------------------------------------
# pages

router = APIRouter(include_in_schema=False, dependencies=[Depends(authenticate_request)])
public = APIRouter(include_in_schema=False)   # the sign-in form: reachable without a token
Text = Annotated[Optional[str], Query(max_length=300)]
DateQ = Annotated[Optional[str], Query(pattern="^$|" + DATE), AfterValidator(calendar_date)]


def _one_of(values) -> Any:
    """A query parameter that is empty (the form's "any") or one of ``values``."""
    return Query(pattern="^(" + "|".join(values) + ")?$")


def _store(request: Request):
    return request.app.state.stores.get()


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = _store(request)
    o = Q.overview(store)
    # the overview names each happening's contested points and their sides; the contested page has the claims
    contested = contested_points(store, limit=CONTESTED_PAIRS) if o["contested"] else []
    return render(request, "index.html", title="Overview", o=o, contested=contested[:OVERVIEW_HAPPENINGS])


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[Optional[str], Query(max_length=500)] = None,
           page: Annotated[int, Query(ge=1, le=1000)] = 1):
    hits, claims, problem = [], [], None
    if q and q.strip():
        try:
            hits = Q.search(_store(request), q, limit=21, offset=(page - 1) * 20)
        except StoreError as exc:
            problem = str(exc)
        words = q.replace('"', " ").strip()
        # quotes alone leave no word: no claim "contains these words" (an empty filter would list them all)
        claims = Q.claims_page(_store(request), Q.ClaimFilters(q=words), limit=30).items if words else []
    return render(request, "search.html", 400 if problem else 200, title=f"Search: {q}" if q else "Search", q=q or "",
                  hits=hits[:20], more=len(hits) > 20, page=page, claims=claims, problem=problem)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, cursor: Annotated[Optional[str], Query(max_length=20)] = None, outlet: Text = None):
    p = Q.list_documents(_store(request), cursor, 50, outlet=outlet)
    return render(request, "documents.html", title="Documents", page=p, outlet=outlet)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    d = Q.document_detail(_store(request), document_id)
    if d is None:
        raise HTTPException(404, f"no document {document_id}")
    paragraphs = []
    if d["article"] is not None:
        paragraphs = segments(d["article"]["body"], claim_spans(d["claims"], d["entities"]))
    rels = Q.relation_counts(_store(request), [c.id for c in d["claims"]])
    read_in_part = html_reading_notes(d["document"].metadata, len(d["source_text"])) if d["document"].kind == "html" else []
    return render(request, "document.html", title=d["document"].title or f"Document {document_id}", d=d, paragraphs=paragraphs,
                  read_in_part=read_in_part,
                  rels=rels, custody=custody_of(request, d["document"].sha256),
                  decisions=team_db.decisions(_store(request), document_id=document_id, limit=50))


def custody_of(request: Request, sha256: str) -> list[dict]:
    """The custody entries about these bytes, each checked against the home's key."""
    from ..custody import CustodyLog, checked

    public_raw = CustodyLog(request.app.state.settings).public_key()
    return checked(Q.custody_lines(_store(request), sha256), public_raw)


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, speaker: Text = None, entity: Text = None,
           kind: Annotated[Optional[str], _one_of(KINDS)] = None, stance: Annotated[Optional[str], _one_of(STANCES)] = None,
           q: Text = None, date_from: DateQ = None, date_to: DateQ = None, event: Annotated[Optional[int], Query(ge=1, le=MAX_ID)] = None,
           relation: Annotated[Optional[str], _one_of(RELATION_TYPES)] = None, framework: Text = None,
           cursor: Annotated[Optional[str], Query(max_length=20)] = None):
    f = Q.ClaimFilters(speaker=speaker or None, entity=entity or None, kind=kind or None, stance=stance or None, q=q or None,
                       date_from=date_from or None, date_to=date_to or None, event=event, relation=relation or None,
                       framework=framework or None)
    p = Q.claims_page(_store(request), f, cursor, 50)
    params = dict(speaker=speaker, entity=entity, kind=kind, stance=stance, q=q, date_from=date_from, date_to=date_to,
                  event=event, relation=relation, framework=framework)
    return render(request, "claims.html", title="Claims", page=p, f=f, params=params, facets=Q.facet_values(_store(request)),
                  kinds=KINDS, stances=STANCES)


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    from ..api.source import locate_claim

    store = _store(request)
    c = Q.claim(store, claim_id)
    if c is None:
        raise HTTPException(404, f"no claim {claim_id}")
    loc, ex = locate_claim(store, request.app.state.settings, c)
    light = Q.document_detail_light(store, c.document_id) or {}
    body = light.get("body") or ""
    # The paragraph(s) around the claim, with the claim and its parts highlighted.
    lo = body.rfind("\n\n", 0, c.start)
    hi = body.find("\n\n", c.end)
    lo = 0 if lo < 0 else lo + 2
    hi = len(body) if hi < 0 else hi
    context = body[lo:hi]
    shifted = []
    for s in claim_spans([c], []):
        shifted.append({**s, "start": s["start"] - lo, "end": s["end"] - lo})
    paragraphs = segments(context, shifted)
    return render(request, "claim.html", title=f"Claim {claim_id}", c=c, loc=loc, ex=ex, paragraphs=paragraphs,
                  captures=Q.captures_for(store, c.document_sha256), relations=Q.relations_for_claim(store, claim_id),
                  kind_of=light.get("kind"))


@router.get("/source/{sha256}", response_class=HTMLResponse)
def source(request: Request, sha256: str,
           start: Annotated[Optional[int], Query(ge=0, le=MAX_ID)] = None, end: Annotated[Optional[int], Query(ge=0, le=MAX_ID)] = None):
    if not Q_is_sha(sha256):
        raise HTTPException(400, "a source is addressed by its SHA-256: exactly 64 hex digits")
    if start is not None and end is not None and start >= end:
        raise HTTPException(400, f"start ({start}) must be less than end ({end}): they are character offsets of the range to show")
    store = _store(request)
    info = Q.blob_info(store, sha256)
    if info is None or info["document_id"] is None:
        raise HTTPException(404, f"no archived document {sha256}")
    light = Q.document_detail_light(store, info["document_id"]) or {}
    text = light.get("source_text") or ""
    hl = None
    if start is not None and end is not None and 0 <= start < end <= len(text):
        hl = (start, end)
    try:
        intact = Archive(request.app.state.settings.archive_dir).check(sha256) is None
    except ArchiveError:
        intact = False
    lines = text.count("\n") + 1
    return render(request, "source.html", title=f"Source {sha256[:12]}", sha=sha256, info=info, text=text, hl=hl,
                  captures=Q.captures_for(store, sha256), intact=intact, lines=lines)


def Q_is_sha(value: str) -> bool:
    from ..archive import is_sha256

    return is_sha256(value)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, q: Text = None, type: Annotated[Optional[str], Query(pattern=r"^([A-Z_]{2,12})?$")] = None,
             cursor: Annotated[Optional[str], Query(max_length=20)] = None):
    p = Q.list_entities(_store(request), cursor, 100, q=q or None, type=type or None)
    return render(request, "entities.html", title="Entities", page=p, q=q or "", type=type or "")


@router.get("/entity", response_class=HTMLResponse)
def entity(request: Request, name: Annotated[str, Query(min_length=1, max_length=300)]):
    return _entity_page(request, name)


def _entity_page(request: Request, name: str, status: int = 200, problem: str | None = None) -> HTMLResponse:
    from ..team import entity_decisions

    e = Q.entity_detail(_store(request), name)
    if e is None:
        raise HTTPException(404, f"no entity named {name}")
    return render(request, "entity.html", status, title=name, e=e, stance_table=_stance_table(e["claims_by"]),
                  decisions=entity_decisions(_store(request), e), problem=problem)


_MAX_FORM = 8192


async def _form(request: Request) -> dict[str, str]:
    """A small urlencoded form (the UI's own forms), each field once; larger bodies are refused."""
    from urllib.parse import parse_qsl

    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > _MAX_FORM:
            raise HTTPException(413, "form too large")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        raise HTTPException(400, "not a form this server made") from None
    return dict(pairs)


@router.post("/entity/merge", response_class=HTMLResponse)
async def entity_merge(request: Request):
    """The entity page's merge form (editors): merge another entity into this one."""
    from starlette.concurrency import run_in_threadpool

    from ..api.auth import writer

    form = await _form(request)
    actor = writer(request, "merge entities", form_csrf=form.get("csrf_token", ""))
    keep, other = form.get("a", "").strip()[:300], form.get("b", "").strip()[:300]
    if not keep or not other:
        raise HTTPException(400, "name the entity to merge into this one")

    def merge() -> str:
        from ..api.writes import merge_with_custody

        return merge_with_custody(request, keep, other, actor)["entity"]["name"]

    try:
        kept = await run_in_threadpool(merge)
    except StoreError as exc:
        return await run_in_threadpool(_entity_page, request, form.get("page", "")[:300] or keep, 400, str(exc))
    return await run_in_threadpool(_entity_page, request, kept)


@public.get("/login", response_class=HTMLResponse)
def login_form(request: Request):
    return login_page(request)


@public.post("/login", response_class=HTMLResponse)
async def login(request: Request):
    """Check a pasted token and keep it in the session cookie (no redirect: the server never redirects)."""
    from ..api.auth import check_login_nonce, check_same_origin, session_cookie
    from ..team import Refused, authenticate

    form = await _form(request)
    check_same_origin(request)   # no signing a visitor in from another site
    check_login_nonce(request, form.get("nonce", ""))
    token = form.get("token", "").strip()
    try:
        actor = authenticate(_store(request), token, "web")
    except Refused as exc:
        return login_page(request, f"{exc}: ask an admin for a token ('claimgraph tokens create NAME')", status=401)
    secure = request.url.scheme == "https"
    return login_page(request, signed_in=actor, headers={"Set-Cookie": session_cookie(token, secure)})


@router.post("/logout", response_class=HTMLResponse)
async def logout(request: Request):
    from ..api.auth import check_same_origin, clear_cookie, csrf_token

    session = request.state.session_token
    form = await _form(request)
    check_same_origin(request)
    if session is not None and form.get("csrf_token") != csrf_token(session):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return login_page(request, "Signed out.", headers={"Set-Cookie": clear_cookie(request.url.scheme == "https")})


def _stance_table(claims: list[Q.ClaimRow]) -> list[dict]:
    rows: dict[str, dict] = {}
    for c in claims:
        who = c.speaker or "(unattributed)"
        r = rows.setdefault(who, {"speaker": who, "asserts": 0, "denies": 0, "questions": 0, "none": 0, "total": 0})
        r[c.stance if c.stance in STANCES else "none"] += 1
        r["total"] += 1
    return sorted(rows.values(), key=lambda r: (-r["total"], r["speaker"]))


def _grouped(claims: list[Q.ClaimRow]) -> list[tuple[str, list[Q.ClaimRow]]]:
    out: list[tuple[str, list]] = []
    for c in claims:
        day = _day(c.date)
        if not out or out[-1][0] != day:
            out.append((day, []))
        out[-1][1].append(c)
    return out


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, speaker: Text = None, entity: Text = None, q: Text = None,
             date_from: DateQ = None, date_to: DateQ = None):
    f = Q.ClaimFilters(speaker=speaker or None, entity=entity or None, q=q or None, date_from=date_from or None,
                       date_to=date_to or None)
    claims = Q.timeline(_store(request), f, limit=1000)
    return render(request, "timeline.html", title="Timeline", heading="Claims timeline", event=None, claims=claims,
                  groups=_grouped(claims), stance_table=_stance_table(claims),
                  params=dict(speaker=speaker, entity=entity, q=q, date_from=date_from, date_to=date_to))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request):
    store = _store(request)
    if "events" not in Q.link_nav(store):
        raise HTTPException(404, "there are no events in this store yet (the linking stage has not run)")
    return render(request, "events.html", title="Events", events=Q.list_events(store))


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: Annotated[int, PathParam(ge=1, le=MAX_ID)]):
    e = Q.event_detail(_store(request), event_id)
    if e is None:
        raise HTTPException(404, f"no event {event_id}")
    return render(request, "timeline.html", title=e["name"], heading=e["name"], event=e, claims=e["claims"],
                  groups=_grouped(e["claims"]), stance_table=_stance_table(e["claims"]), params={})


@router.get("/contested", response_class=HTMLResponse)
def contested(request: Request):
    store = _store(request)
    if "relations" not in Q.link_nav(store):
        raise HTTPException(404, "there are no relations between claims yet (the linking stage has not run)")
    return render(request, "contested.html", title="Contested", groups=contested_points(store, limit=CONTESTED_PAIRS))


@router.get("/legal", response_class=HTMLResponse)
def legal(request: Request):
    store = _store(request)
    if "legal" not in Q.link_nav(store):
        raise HTTPException(404, "there is no legal-framework index yet (the linking stage has not run)")
    return render(request, "legal.html", title="Legal frameworks", frameworks=Q.legal_index(store))


@router.get("/api", response_class=HTMLResponse)
def api_docs(request: Request):
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "type": _type_name(p.get("schema", {}))} for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    return render(request, "api.html", title="API", ops=ops, info=schema.get("info", {}))


def _type_name(schema: dict) -> str:
    if "anyOf" in schema:
        return " | ".join(_type_name(s) for s in schema["anyOf"] if s.get("type") != "null")
    t = schema.get("type", "")
    if schema.get("pattern"):
        t += f" /{schema['pattern']}/"
    if "minimum" in schema or "maximum" in schema:
        t += f" [{schema.get('minimum', '')}..{schema.get('maximum', '')}]"
    return t


def mount_web(app: FastAPI) -> None:
    app.include_router(public)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

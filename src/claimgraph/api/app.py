"""The FastAPI application: JSON API under /api, the web UI everywhere else.

Security posture (every string from a page is hostile):

* every response carries a strict Content-Security-Policy (scripts and styles only from this
  server's /static, no inline script, no framing, no plugins), ``X-Content-Type-Options:
  nosniff``, ``Referrer-Policy: no-referrer`` and ``X-Frame-Options: DENY``;
* templates autoescape; archived bytes are only ever served as an attachment with
  ``text/plain`` or ``application/octet-stream`` plus ``Content-Security-Policy: sandbox``;
* the server never redirects (no trailing-slash redirects either), so there is no open redirect;
* the Host header is checked (defeats DNS rebinding against a server on 127.0.0.1);
* read-only by default: the store connections run with ``PRAGMA query_only``; the upload
  endpoint exists only with ``--allow-ingest`` and needs the bearer token.
"""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..settings import Settings
from ..store import Store, StoreError, is_postgres_url
from ..store import queries as Q

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self';"
       " form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'")
SANDBOX_CSP = "sandbox; default-src 'none'"

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


class SecurityHeaders:
    """Pure ASGI middleware: adds the security headers to every response (unless a route set its own CSP)."""

    def __init__(self, app, allowed_hosts: set[str] | None) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.allowed_hosts is not None:
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            name = name.strip("[]").lower()
            if name not in self.allowed_hosts:
                body = b'{"status":400,"error":"bad_host","message":"this server only answers to its own host name","details":[]}'
                await send({"type": "http.response.start", "status": 400,
                            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                        *SECURITY_HEADERS]})
                await send({"type": "http.response.body", "body": body})
                return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


#: The largest request body read whole (a merge's or split's JSON, a form of the UI). The body of a
#: route is read before any check of who sent it, so the bound is kept here, at the door: by the
#: declared Content-Length, then while the body arrives. Uploads (/api/ingest) stream to a file
#: under their own bound (settings.max_container_bytes).
MAX_BODY_BYTES = 1 << 20
_STREAMED_BODIES = frozenset({"/api/ingest"})
_TOO_LARGE = (b'{"status":413,"error":"too_large","message":"request body larger than '
              + f"{MAX_BODY_BYTES:,}".encode() + b' bytes","details":[]}')


class BoundedBodies:
    """Pure ASGI middleware: a request body over MAX_BODY_BYTES is answered 413 before the app sees it."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS") or scope["path"] in _STREAMED_BODIES:
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return await self._too_large(scope, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return   # the client left: nobody to answer
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > MAX_BODY_BYTES:
                return await self._too_large(scope, send)
            if not message.get("more_body"):
                break
        whole: dict | None = {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        async def replay():
            nonlocal whole
            if whole is None:
                return await receive()
            message, whole = whole, None
            return message

        await self.app(scope, replay, send)

    @staticmethod
    async def _too_large(scope, send) -> None:
        request = Request(scope)
        if _wants_html(request):
            # a browser's form post: the UI's own error page, as every other refusal of a web path
            from ..web.views import error_page

            page = error_page(request, 413, "Too large", f"request body larger than {MAX_BODY_BYTES:,} bytes")
            page.headers["connection"] = "close"

            async def nothing():   # the body is not read: the connection closes after the answer
                return {"type": "http.disconnect"}

            return await page(scope, nothing, send)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(_TOO_LARGE)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": _TOO_LARGE})


class StoreProvider:
    """One read-only store connection per worker thread (sqlite3 and psycopg connections are per
    thread; on PostgreSQL each is a session of its own), and one writing connection per thread for
    the few writes a team server makes (a token's last use, merges, splits, re-analyses, the
    decision log)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.local = threading.local()
        #: a store across a connection (PostgreSQL): its queries wait for another process
        self.remote = is_postgres_url(settings.store_location)

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = Store(self.settings.store_location)
            Q.set_read_only(store)
            self.local.store = store
        return store

    def writer(self) -> Store:
        store = getattr(self.local, "writer", None)
        if store is None:
            store = Store(self.settings.store_location)
            self.local.writer = store
        return store


def _error(status: int, error: str, message: str, details: list | None = None) -> JSONResponse:
    return JSONResponse({"status": status, "error": error, "message": message, "details": details or []}, status_code=status)


_STATUS_NAMES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                 409: "conflict", 413: "too_large", 415: "unsupported_media_type"}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json",)


def create_app(settings: Settings, *, allow_ingest: bool = False, token: str | None = None,
               allowed_hosts: set[str] | None = None, require_auth: bool = False) -> FastAPI:
    """Build the app over ``settings.home``. ``allowed_hosts=None`` accepts any Host header.
    ``require_auth``: ask for a user's token even while the store has no users (docs/users.md);
    a store with users always asks. ``token``: the single-user upload token (unused once the
    store has users: then uploads need an editor's token)."""
    if allow_ingest and not token and not require_auth and not store_has_users(settings):
        raise ValueError("--allow-ingest needs a token")
    app = FastAPI(
        title="claimgraph",
        version=__version__,
        description=(
            "Read-only JSON API over a claimgraph store: documents, attributed claims, entities, events, "
            "full-text search, and the archived source bytes by SHA-256. Lists use cursor pagination: pass "
            "`next_cursor` back as `?cursor=`. Errors are JSON: `{status, error, message, details}`."
        ),
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
        redirect_slashes=False,
    )
    app.router.redirect_slashes = False
    app.state.settings = settings
    app.state.stores = StoreProvider(settings)
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.state.require_auth = require_auth
    app.state.ingest_lock = threading.Lock()

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            loc = [str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body")]
            details.append({"parameter": ".".join(loc), "problem": e.get("msg", "invalid")})
        message = "; ".join(f"{d['parameter']}: {d['problem']}" for d in details) or "invalid request"
        if _wants_html(request):
            from ..web.views import error_page

            return error_page(request, 400, "Bad request", message)
        return _error(400, "bad_request", message, details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        name = _STATUS_NAMES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else name.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path[:200]}"
        if _wants_html(request):
            from ..web.views import error_page, login_page

            if exc.status_code == 401:
                return login_page(request, message, status=401)
            return error_page(request, exc.status_code, name.replace("_", " ").capitalize(), message)
        response = _error(exc.status_code, name, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        if _wants_html(request):
            from ..web.views import error_page

            return error_page(request, 400, "Bad request", str(exc))
        return _error(400, "bad_request", str(exc))

    from .routes import router as api_router
    from ..web.views import mount_web

    app.include_router(api_router)
    mount_web(app)
    return SecurityHeaders(BoundedBodies(app), allowed_hosts)  # type: ignore[return-value]


def store_has_users(settings: Settings) -> bool:
    from ..store import team

    if not settings.has_store():
        return False
    with Store(settings.store_location) as store:
        return team.has_users(store)


def default_allowed_hosts(host: str, port: int) -> set[str] | None:
    if host in ("127.0.0.1", "localhost", "::1"):
        return {"127.0.0.1", "localhost", "::1"}
    return None


def inner_app(app) -> FastAPI:
    while isinstance(app, (SecurityHeaders, BoundedBodies)):
        app = app.app
    return app


def static_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "web" / "static"

"""Who is asking: bearer tokens and the UI's session cookie (docs/users.md).

A server over a store with no users (and without ``--require-auth``) asks nobody for anything:
the single-user behaviour, unchanged. Once the store has a user, every page and API request
needs a live token, sent as ``Authorization: Bearer TOKEN`` or, in the UI, held by the session
cookie the sign-in form sets (HttpOnly, SameSite=Strict; Secure over HTTPS). A write made with
the cookie must also carry the page's CSRF token (form field or ``X-CSRF-Token`` header,
derived from the session's token so another site cannot know it) and, when the browser sends
one, an Origin of this server. Bearer requests need neither: a browser never adds that header
on its own.
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3

from fastapi import HTTPException, Request

from ..store import StoreError
from ..store import team as team_db
from ..team import Actor, Refused, authenticate, note_use
from ..team.actions import Forbidden, require_writer

SESSION_COOKIE = "claimgraph_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="claimgraph"'}


def auth_required(request: Request) -> bool:
    return bool(request.app.state.require_auth) or team_db.has_users(request.app.state.stores.get())


def bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


def authenticate_request(request: Request) -> None:
    """Dependency of every API route and page: sets ``request.state.actor`` (None on a
    single-user server) or answers 401."""
    request.state.actor = None
    request.state.session_token = None
    if not auth_required(request):
        return
    token, via = bearer(request), "api"
    if token is None:
        token, via = request.cookies.get(SESSION_COOKIE), "web"
    if not token:
        raise HTTPException(401, "this server has users: send 'Authorization: Bearer <token>', or sign in at /login",
                            headers=CHALLENGE)
    store = request.app.state.stores.get()
    try:
        actor = authenticate(store, token, via)
    except Refused as exc:
        raise HTTPException(401, f"{exc}: ask an admin for a token ('claimgraph tokens create NAME')", headers=CHALLENGE) from None
    request.state.actor = actor
    if via == "web":
        request.state.session_token = token
    try:
        note_use(request.app.state.stores.writer(), actor)
    except (StoreError, sqlite3.Error):
        pass  # when it was last used is worth a write, never a failed request


def csrf_token(session_token: str) -> str:
    """The CSRF token of a session: only a page served to the session's holder carries it."""
    key = hashlib.sha256(session_token.encode("utf-8")).digest()
    return hmac.new(key, b"claimgraph csrf", hashlib.sha256).hexdigest()


def check_same_origin(request: Request) -> None:
    """Refuse a write whose Origin names another site. "null" tells nothing (browsers send it
    under this server's Referrer-Policy: no-referrer): the CSRF token is the defence there."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return
    host = request.headers.get("host", "")
    if origin.split("://", 1)[-1].rstrip("/").lower() != host.lower():
        raise HTTPException(403, "a write from another site is refused (its Origin is not this server)")


def writer(request: Request, action: str, form_csrf: str | None = None) -> Actor:
    """The actor of a writing request (merge, split, re-analyse), or 403: a single-user server
    takes no writes but uploads, and a reader none at all. Cookie sessions must prove the
    request came from one of this server's pages (CSRF token, Origin)."""
    actor: Actor | None = request.state.actor
    if actor is None:
        raise HTTPException(403, f"this server is read-only: to {action} through it, give it users "
                                 "('claimgraph users add NAME --role editor', 'claimgraph tokens create NAME'), or use the CLI")
    try:
        require_writer(actor, action)
    except Forbidden as exc:
        raise HTTPException(403, str(exc)) from None
    if request.state.session_token is not None:
        check_same_origin(request)
        given = form_csrf if form_csrf is not None else request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(given.encode(), csrf_token(request.state.session_token).encode()):
            raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return actor


LOGIN_COOKIE = "claimgraph_login"


def login_nonce() -> tuple[str, str]:
    """(nonce, Set-Cookie) of a sign-in form: the form carries the nonce and the browser the
    cookie (SameSite=Strict), so a form posted from another site, which gets no cookie, cannot
    sign a visitor in under someone else's token."""
    import secrets

    nonce = secrets.token_urlsafe(24)
    return nonce, f"{LOGIN_COOKIE}={nonce}; Path=/login; HttpOnly; SameSite=Strict"


def check_login_nonce(request: Request, given: str) -> None:
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "this sign-in form has expired or came from another site: reload /login and try again")


def session_cookie(token: str, secure: bool) -> str:
    """The Set-Cookie value that signs a browser in (no Max-Age: it ends with the browser session)."""
    return f"{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict" + ("; Secure" if secure else "")


def clear_cookie(secure: bool) -> str:
    return f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + ("; Secure" if secure else "")

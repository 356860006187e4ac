"""Who did what: users with roles, their bearer tokens, and the append-only decision log.

A store with no users is a single-user store and behaves as it always has. Once a user exists
(``claimgraph users add``), the server asks every request for a token (docs/users.md). Roles:
``reader`` reads; ``editor`` and ``admin`` also merge, split, upload and re-analyse. The CLI
acts as the operating-system user who runs it (the same name the custody record gives): whoever
can write the store file needs no token.

Tokens are ``cgt_`` and 43 URL-safe characters (32 random bytes); the store keeps only their
SHA-256, so a copy of the store cannot be used to log in, and a token is shown once.

Every merge, split, upload, ingest and re-analysis appends a :func:`record` entry: who, when,
through what (cli, api, web), what it changed (entities by name, documents and claims by id)
and a before/after summary. The store's triggers refuse to update or delete an entry.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Iterable

from ..clock import now_iso
from ..store import Store, StoreError
from ..store import team as db

ROLES = db.ROLES
WRITING_ROLES = frozenset({"editor", "admin"})
TOKEN_PREFIX = "cgt_"
#: a token's last use is written at most this often (one write per request would serialise reads)
TOUCH_EVERY_SECONDS = 60
#: the longest user name accepted: a name is shown on every page and log line
MAX_NAME = 64


@dataclass(frozen=True)
class Actor:
    """Who is acting: a team user (``user_id`` set) or the CLI's operating-system user."""

    name: str
    role: str
    via: str  # 'cli', 'api' or 'web'
    user_id: int | None = None
    token_id: int | None = None
    token_last_used: str | None = None

    @property
    def can_write(self) -> bool:
        return self.role in WRITING_ROLES


class Refused(Exception):
    """A token that does not let anyone in (unknown, revoked, malformed)."""


def cli_actor() -> Actor:
    """The CLI acts as the OS user running it (the custody record's name for them), with every right:
    the store file's permissions are the boundary there."""
    from ..custody import current_user

    return Actor(current_user() or "local", "admin", "cli")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME or not name.isprintable() or any(ch.isspace() for ch in name):
        raise StoreError(f"a user name is 1 to {MAX_NAME} printable characters without spaces: {name[:80]!r}")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise StoreError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    return role


def add_user(store: Store, name: str, role: str) -> int:
    return db.add_user(store, check_name(name), check_role(role), now_iso())


def create_token(store: Store, user_name: str, label: str | None = None) -> tuple[int, str]:
    """A new token for the user: (its id, the token). The token is not kept; show it once."""
    u = db.user(store, user_name)
    if u is None:
        raise StoreError(f"no user named {user_name!r} (add one with 'claimgraph users add NAME --role ROLE')")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return db.add_token(store, u["id"], hash_token(token), label, now_iso()), token


def authenticate(store: Store, token: str, via: str) -> Actor:
    """The actor a bearer token stands for; :class:`Refused` when it lets no one in."""
    token = (token or "").strip()
    if not token or len(token) > 200:
        raise Refused("missing token")
    row = db.token_owner(store, hash_token(token))
    if row is None:
        raise Refused("unknown token")
    if row["revoked_at"] is not None:
        raise Refused(f"this token was revoked at {row['revoked_at']}")
    return Actor(row["name"], row["role"], via, row["user_id"], row["token_id"], row["last_used_at"])


def note_use(store: Store, actor: Actor) -> None:
    """Record when the actor's token was last used (at most every TOUCH_EVERY_SECONDS)."""
    if actor.token_id is None:
        return
    now = now_iso()
    if actor.token_last_used is not None and _seconds_between(actor.token_last_used, now) < TOUCH_EVERY_SECONDS:
        return
    db.touch_token(store, actor.token_id, now)


def _seconds_between(earlier: str, later: str) -> float:
    from datetime import datetime

    try:
        return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()
    except ValueError:
        return float("inf")


def record(store: Store, actor: Actor, action: str, summary: str, *, before: dict, after: dict,
           entities: Iterable[tuple[int | None, str]] = (), documents: Iterable[int] = (), claims: Iterable[int] = (),
           in_transaction: bool = False) -> int:
    """Append one decision-log entry; returns its id. ``entities``: (canonical id, name) pairs,
    one per name the entity went by (its page is found by any of them)."""
    targets = ([("entity", eid, name) for eid, name in entities] + [("document", d, None) for d in documents]
               + [("claim", c, None) for c in claims])
    return db.add_decision(store, at=now_iso(), user_name=actor.name, user_id=actor.user_id, via=actor.via,
                           action=action, summary=summary, before=before, after=after, targets=targets,
                           in_transaction=in_transaction)


def entity_decisions(store: Store, entity: dict, limit: int = 50) -> list[dict]:
    """The entries about an entity as :func:`claimgraph.store.queries.entity_detail` gives it: by
    any of its canonical names (or its name, when the linking stage has not run)."""
    canon = entity.get("canonical")
    names = canon["names"] if canon else [entity["name"]]
    return db.decisions(store, entity_names=names, limit=limit)

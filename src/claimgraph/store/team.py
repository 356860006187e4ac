"""Users, API tokens and the append-only decision log (migration 0013). SQL only; what the rows
mean (roles, hashing, who may do what) is :mod:`claimgraph.team`'s."""

from __future__ import annotations

import json
from typing import Iterable

from . import Store, StoreError, dumps

ROLES = ("reader", "editor", "admin")
TARGET_KINDS = ("entity", "document", "claim")


# ------------------------------------------------------------------------------------ users
def has_users(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


def add_user(store: Store, name: str, role: str, created_at: str) -> int:
    with store._write("add a user"):  # noqa: SLF001 - the store's one write-transaction helper
        if store.conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            raise StoreError(f"there is already a user named {name!r}")
        cur = store.conn.execute("INSERT INTO users(name, role, created_at) VALUES (?, ?, ?)", (name, role, created_at))
        assert cur.lastrowid is not None
        return cur.lastrowid


def set_role(store: Store, name: str, role: str) -> None:
    with store._write("change a user's role"):  # noqa: SLF001
        if store.conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name)).rowcount != 1:
            raise StoreError(f"no user named {name!r} (see 'claimgraph users list')")


def user(store: Store, name: str) -> dict | None:
    row = store.conn.execute("SELECT id, name, role, created_at FROM users WHERE name = ?", (name,)).fetchone()
    return dict(row) if row else None


def users(store: Store) -> list[dict]:
    """Every user with the number of live (unrevoked) tokens and when one was last used."""
    return [dict(r) for r in store.conn.execute(
        "SELECT u.id, u.name, u.role, u.created_at,"
        " count(t.id) AS tokens, max(t.last_used_at) AS last_used_at"
        " FROM users u LEFT JOIN api_tokens t ON t.user_id = u.id AND t.revoked_at IS NULL"
        " GROUP BY u.id, u.name, u.role, u.created_at ORDER BY u.name")]


# ----------------------------------------------------------------------------------- tokens
def add_token(store: Store, user_id: int, token_sha256: str, label: str | None, created_at: str) -> int:
    with store._write("add a token"):  # noqa: SLF001
        cur = store.conn.execute(
            "INSERT INTO api_tokens(user_id, token_sha256, label, created_at) VALUES (?, ?, ?, ?)",
            (user_id, token_sha256, label, created_at))
        assert cur.lastrowid is not None
        return cur.lastrowid


def token_owner(store: Store, token_sha256: str) -> dict | None:
    """The token row with its user (``user_id``, ``name``, ``role``), revoked or not; None if unknown."""
    row = store.conn.execute(
        "SELECT t.id AS token_id, t.revoked_at, t.last_used_at, u.id AS user_id, u.name, u.role"
        " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_sha256 = ?", (token_sha256,)).fetchone()
    return dict(row) if row else None


def touch_token(store: Store, token_id: int, at: str) -> None:
    store.conn.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", (at, token_id))


def tokens(store: Store, user_name: str | None = None) -> list[dict]:
    sql = ("SELECT t.id, u.name AS user, t.label, t.created_at, t.last_used_at, t.revoked_at"
           " FROM api_tokens t JOIN users u ON u.id = t.user_id")
    args: tuple = ()
    if user_name is not None:
        sql += " WHERE u.name = ?"
        args = (user_name,)
    return [dict(r) for r in store.conn.execute(sql + " ORDER BY t.id", args)]


def revoke_tokens(store: Store, at: str, token_ids: Iterable[int] = (), user_name: str | None = None) -> list[int]:
    """Revoke the tokens given by id, or every live token of ``user_name``; returns the ids revoked
    now (a token revoked before keeps its first revocation time)."""
    ids = sorted(set(token_ids))
    with store._write("revoke tokens"):  # noqa: SLF001
        if user_name is not None:
            if user(store, user_name) is None:
                raise StoreError(f"no user named {user_name!r} (see 'claimgraph users list')")
            ids += [r[0] for r in store.conn.execute(
                "SELECT t.id FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.name = ? AND t.revoked_at IS NULL",
                (user_name,))]
        known = {r[0]: r[1] for r in store.conn.execute(
            f"SELECT id, revoked_at FROM api_tokens WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        missing = [i for i in ids if i not in known]
        if missing:
            raise StoreError(f"no token {missing[0]} (see 'claimgraph tokens list')")
        live = [i for i in ids if known[i] is None]
        store.conn.executemany("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                               [(at, i) for i in live])
    return live


# ----------------------------------------------------------------------------- decision log
def add_decision(store: Store, *, at: str, user_name: str, user_id: int | None, via: str, action: str, summary: str,
                 before: dict, after: dict, targets: Iterable[tuple[str, int | None, str | None]],
                 in_transaction: bool = False) -> int:
    """Append one entry and what it changed (``targets``: (kind, id, name)); returns its id.
    ``in_transaction``: the caller's transaction is open (the entry commits with the change)."""
    rows = list(dict.fromkeys(targets))

    def insert() -> int:
        cur = store.conn.execute(
            "INSERT INTO decision_log(at, user_name, user_id, via, action, summary, before_json, after_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (at, user_name, user_id, via, action, summary, dumps(before), dumps(after)))
        assert cur.lastrowid is not None
        store.conn.executemany("INSERT INTO decision_log_targets(decision_id, kind, target_id, name) VALUES (?, ?, ?, ?)",
                               [(cur.lastrowid, kind, tid, name) for kind, tid, name in rows])
        return cur.lastrowid

    if in_transaction:
        return insert()
    with store._write("write the decision log"):  # noqa: SLF001
        return insert()


def decisions(store: Store, *, entity_names: Iterable[str] | None = None, document_id: int | None = None,
              claim_ids: Iterable[int] | None = None, before_id: int | None = None, limit: int = 100) -> list[dict]:
    """Entries, newest first, each with its ``targets``; only those touching the given entity
    names / document / claims when any is given (an entry matching any of them). ``before_id``
    pages back through the log."""
    conds: list[str] = []
    args: list[str | int] = []
    names = sorted(set(entity_names or ()))
    if names:
        conds.append(f"(kind = 'entity' AND name IN ({','.join('?' * len(names))}))")
        args += names
    if document_id is not None:
        conds.append("(kind = 'document' AND target_id = ?)")
        args.append(document_id)
    claims = sorted(set(claim_ids or ()))
    if claims:
        conds.append(f"(kind = 'claim' AND target_id IN ({','.join('?' * len(claims))}))")
        args += claims
    sql = "SELECT * FROM decision_log d"
    where = []
    if entity_names is not None or document_id is not None or claim_ids is not None:
        if not conds:
            return []
        where.append(f"d.id IN (SELECT decision_id FROM decision_log_targets WHERE {' OR '.join(conds)})")
    if before_id is not None:
        where.append("d.id < ?")
        args.append(before_id)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.id DESC LIMIT ?"
    args.append(limit)
    rows = [dict(r) for r in store.conn.execute(sql, args)]
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    targets: dict[int, list[dict]] = {}
    for t in store.conn.execute(
            f"SELECT decision_id, kind, target_id, name FROM decision_log_targets WHERE decision_id IN ({','.join('?' * len(ids))})"
            " ORDER BY rowid", ids):
        targets.setdefault(t["decision_id"], []).append({"kind": t["kind"], "id": t["target_id"], "name": t["name"]})
    out = []
    for r in rows:
        out.append({"id": r["id"], "at": r["at"], "user": r["user_name"], "user_id": r["user_id"], "via": r["via"],
                    "action": r["action"], "summary": r["summary"], "before": _json(r["before_json"]),
                    "after": _json(r["after_json"]), "targets": targets.get(r["id"], [])})
    return out


def analysis_counts(store: Store, document_ids: Iterable[int]) -> dict:
    """How many documents, claims and entities the analyses of these documents hold now."""
    ids = sorted(set(document_ids))
    if not ids:
        return {"documents": 0, "claims": 0, "entities": 0}
    store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _counted(id INTEGER PRIMARY KEY)")
    store.conn.execute("DELETE FROM _counted")
    store.conn.executemany("INSERT OR IGNORE INTO _counted(id) VALUES (?)", [(i,) for i in ids])
    one = lambda sql: store.conn.execute(sql).fetchone()[0]  # noqa: E731
    return {"documents": len(ids),
            "claims": one("SELECT count(*) FROM claims WHERE document_id IN (SELECT id FROM _counted)"),
            "entities": one("SELECT count(*) FROM entities WHERE document_id IN (SELECT id FROM _counted)")}


def _json(text: str):
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None


"""Numbered migrations, applied in order: ``migrations/NNNN_name.sql`` for SQLite (tracked by
``PRAGMA user_version``) and ``migrations/postgresql/NNNN_name.sql`` for PostgreSQL (tracked in
the ``schema_version`` table). Both dialects carry the same numbers: one schema, written twice."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backend import PgConnection

_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")


def available(dialect: str = "sqlite") -> list[tuple[int, str]]:
    files = resources.files("claimgraph.store") / "migrations"
    if dialect == "postgresql":
        files = files / "postgresql"
    found = []
    for entry in files.iterdir():
        m = _NAME.fullmatch(entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def apply(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; safe when several processes open a new store at once.

    The version is re-read inside an IMMEDIATE transaction (which takes the write lock), so
    only one process applies each migration and the others see it done.
    """
    migrations = available()
    latest = migrations[-1][0] if migrations else 0
    if conn.execute("PRAGMA user_version").fetchone()[0] >= latest:
        return latest
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        for number, sql in migrations:
            if number <= current:
                continue
            # executescript would COMMIT first; run statement by statement inside our transaction.
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return latest


def apply_postgresql(conn: "PgConnection") -> int:
    """:func:`apply` for PostgreSQL: all pending migrations in one transaction, under an advisory
    lock, so that of several processes opening a new store at once one applies them and the
    others then find them applied."""
    from .backend import MIGRATE_LOCK

    migrations = available("postgresql")
    latest = migrations[-1][0] if migrations else 0
    raw = conn.raw
    if _pg_version(raw) >= latest:
        return latest
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        raw.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
                    " applied_at timestamptz NOT NULL DEFAULT now())")
        current = _pg_version(raw)
        for number, sql in migrations:
            if number <= current:
                continue
            raw.execute(sql)   # a whole script: no parameters, so several statements are allowed
            raw.execute("INSERT INTO schema_version(version) VALUES (%s)", (number,))
    conn.forget_schema()
    return latest


def _pg_version(raw) -> int:
    if raw.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
        return 0
    return raw.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (triggers contain ';' inside BEGIN ... END)."""
    out: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines():
        if line.strip().startswith("--") and not buf:
            continue
        buf.append(line)
        candidate = "\n".join(buf)
        if sqlite3.complete_statement(candidate):
            if candidate.strip():
                out.append(candidate)
            buf = []
    if "\n".join(buf).strip():
        raise ValueError("migration ends with an incomplete statement")
    return out

"""Numbered migrations (``migrations/NNNN_name.sql``), applied in order, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")


def available() -> list[tuple[int, str]]:
    files = resources.files("claimgraph.store") / "migrations"
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

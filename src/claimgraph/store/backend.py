"""The store's connection layer: the same SQL runs on SQLite (the default) or PostgreSQL.

The store's SQL is written once, in SQLite's dialect with ``?`` placeholders. On PostgreSQL a
:class:`PgConnection` stands in for ``sqlite3.Connection`` (``execute``, ``executemany``, rows
readable by index and by name, ``lastrowid``, ``rowcount``) and translates each statement once
(cached): placeholders, ``INSERT OR IGNORE/REPLACE`` into ``ON CONFLICT``, ``RETURNING id`` for
the last row id, ``LIMIT -1``, ``BEGIN IMMEDIATE`` into a transaction holding the store's write
lock. What cannot be translated mechanically (full-text search, the schema itself) is written for
each dialect: ``Store.dialect`` tells which. Database errors are raised as ``sqlite3``'s DB-API
classes on both, so callers catch one set.

Round trips: each statement sent alone waits for the server's answer, which over a network (or a
loaded machine's loopback) costs more than most statements' work. A write whose answer nobody
needs at once can be *deferred* (:func:`defer`, :func:`defer_many`): inside a transaction it is
queued and sent, in order, in one pipeline with the next statement that waits (a read, the
``COMMIT``), so a transaction of many writes and a read or two costs a round trip or two. Its
cursor is filled when the pipeline returns. On SQLite, in process, a deferred statement simply
runs at once.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any, Iterable, Iterator, Mapping, Sequence

#: The key of the advisory lock that ``BEGIN IMMEDIATE`` takes on PostgreSQL: one writing
#: transaction at a time, as SQLite's write lock gives, so incremental linking sees every
#: document linked before it (readers never wait for it).
WRITE_LOCK = 0x636C61696D  # "claim"

#: Held shared by every session that analyses documents (Store.begin_extraction), so that a run
#: can tell whether another is alive before settling what looks left behind by a killed one.
RUN_LOCK = 0x72756E  # "run"

#: The key migrations are applied under (several processes may open a new store at once).
MIGRATE_LOCK = 0x6D6967726174  # "migrat"

#: For ``INSERT OR REPLACE``: the unique key a row replaces on, per table (SQLite replaces on
#: any unique constraint; these are the ones the store's statements conflict on).
_REPLACE_KEYS = {
    "articles": "document_id",
    "link_documents": "document_id",
    "link_entity_members": "entity_id",
    "link_event_documents": "document_id",
    "link_event_claims": "claim_id",
    "link_claim_origins": "claim_id",
    "link_claim_relations": "claim_a, claim_b",
}


def is_postgres_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


def redact_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


class PgRow(tuple):
    """A result row readable by position and by column name, like ``sqlite3.Row``."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> "PgRow":
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


class PgCursor:
    """The parts of ``sqlite3.Cursor`` the store uses, over a fetched result (a deferred
    statement's is filled when its pipeline returns)."""

    def __init__(self, rows: list, rowcount: int, lastrowid: int | None, ready: bool = True) -> None:
        self._rows = rows
        self._pos = 0
        self.rowcount = rowcount
        self.lastrowid = lastrowid
        self.ready = ready

    def _fill(self, rows: list, rowcount: int, lastrowid: int | None) -> None:
        self._rows, self.rowcount, self.lastrowid, self.ready = rows, rowcount, lastrowid, True

    @property
    def _result(self) -> list:
        if not self.ready:
            raise RuntimeError("a deferred statement's result was read before it was sent")
        return self._rows

    def fetchone(self):
        rows = self._result
        if self._pos >= len(rows):
            return None
        self._pos += 1
        return rows[self._pos - 1]

    def fetchall(self) -> list:
        rows = self._result
        rest = rows[self._pos:]
        self._pos = len(rows)
        return rest

    def __iter__(self) -> Iterator:
        rows = self._result
        while self._pos < len(rows):
            self._pos += 1
            yield rows[self._pos - 1]


def _row_factory(cursor):
    names = [d.name for d in cursor.description or ()]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)   # the first of equal names, as sqlite3.Row does

    def make(values: Sequence[Any]) -> PgRow:
        return PgRow(values, index)

    return make


class PgConnection:
    """A PostgreSQL connection that answers the store's SQLite-dialect SQL (see the module doc)."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self._psycopg = psycopg
        try:
            # autocommit: a statement outside BEGIN ... COMMIT commits alone, as in SQLite with
            # isolation_level=None; the store opens its transactions itself.
            self.raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=30)
        except psycopg.Error as exc:
            # one line: libpq's message runs over several
            raise sqlite3.OperationalError(f"cannot connect to {redact_url(url)}: {' '.join(str(exc).split())}") from None
        # The durability SQLite's WAL with synchronous=NORMAL gives: a commit survives a crash of
        # the process, and the last ones may be lost (never half-written) if the machine loses
        # power; the archive and the custody file hold the record. Without it every commit waits
        # for a disk flush (docs/postgresql.md says how to keep that instead).
        if "synchronous_commit" not in url:
            self.raw.execute("SET synchronous_commit = off")
        self._translated: dict[tuple[str, bool], tuple[str | None, bool]] = {}
        self._id_tables: set[str] | None = None
        #: deferred statements not sent yet: (text, parameters, executemany?, RETURNING id?, cursor)
        self._pending: list[tuple[str, Any, bool, bool, PgCursor]] = []
        #: times this connection waited for the server (a statement, or a pipeline of them)
        self.round_trips = 0

    def close(self) -> None:
        try:
            if self._pending:
                self._send([])
        finally:
            self.raw.close()

    def forget_schema(self) -> None:
        """The schema changed (a migration ran): which tables have an ``id`` is read again."""
        self._id_tables = None
        self._translated.clear()

    def _tables_with_id(self) -> set[str]:
        if self._id_tables is None:
            rows = self.raw.execute(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND column_name = 'id' AND is_identity = 'YES'").fetchall()
            self._id_tables = {r[0] for r in rows}
        return self._id_tables

    def _translate(self, sql: str, named: bool) -> tuple[str | None, bool]:
        key = (sql, named)
        hit = self._translated.get(key)
        if hit is None:
            hit = translate(sql, named, self._tables_with_id())
            self._translated[key] = hit
        return hit

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> PgCursor:
        text, returning = self._translate(sql, isinstance(params, dict))
        if _ROLLBACK.match(sql):
            # what was deferred is dropped; a BEGIN never sent has nothing to roll back
            began = any(item[0].startswith("BEGIN") for item in self._pending)
            self._pending.clear()
            if began:
                return PgCursor([], -1, None)
        if text is None:
            return PgCursor([], -1, None)
        if self._pending:
            return self._send([(text, _adapt(params) if params else None, False, returning)])[0]
        self.round_trips += 1
        try:
            cur = self.raw.execute(text, _adapt(params) if params else None)
            rows = cur.fetchall() if cur.description is not None else []
        except self._psycopg.Error as exc:
            raise _as_sqlite_error(self._psycopg, exc) from None
        lastrowid = rows[0][0] if returning and rows else None
        return PgCursor([] if returning else rows, cur.rowcount, lastrowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any] | dict[str, Any]]) -> PgCursor:
        items = [_adapt(p) for p in seq]
        if not items:
            return PgCursor([], 0, None)
        text, _ = self._translate(sql, isinstance(items[0], dict))
        if text is None:
            return PgCursor([], -1, None)
        text = _RETURNING_ID.sub("", text)
        if self._pending:
            return self._send([(text, items, True, False)])[0]
        self.round_trips += 1
        try:
            with self.raw.cursor() as cur:
                cur.executemany(text, items)
                return PgCursor([], cur.rowcount, None)
        except self._psycopg.Error as exc:
            raise _as_sqlite_error(self._psycopg, exc) from None

    # -- deferred statements (see the module doc) ---------------------------------------------

    def _in_transaction(self) -> bool:
        return bool(self._pending) or self.raw.info.transaction_status != self._psycopg.pq.TransactionStatus.IDLE

    def defer(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> PgCursor:
        """Queue a statement to go with the next one that waits; its cursor is filled then.
        Outside a transaction (but for the BEGIN that opens one) it runs at once: a write on its
        own commits on its own, as before."""
        text, returning = self._translate(sql, isinstance(params, dict))
        if text is None:
            return PgCursor([], -1, None)
        if not text.startswith("BEGIN") and not self._in_transaction():
            return self.execute(sql, params)
        cursor = PgCursor([], -1, None, ready=False)
        for part in _split_begin(text):
            self._pending.append((part, _adapt(params) if params else None, False, returning, cursor))
        return cursor

    def defer_many(self, sql: str, seq: Iterable[Sequence[Any] | Mapping[str, Any]]) -> PgCursor:
        items = [_adapt(p) for p in seq]
        if not items:
            return PgCursor([], 0, None)
        if not self._in_transaction():
            return self.executemany(sql, items)
        text, _ = self._translate(sql, isinstance(items[0], dict))
        if text is None:
            return PgCursor([], -1, None)
        cursor = PgCursor([], -1, None, ready=False)
        self._pending.append((_RETURNING_ID.sub("", text), items, True, False, cursor))
        return cursor

    def pipeline(self, statements: Sequence[tuple[str, Sequence[Any] | Mapping[str, Any]]]) -> list[PgCursor]:
        """Several statements (reads, typically) and what was deferred, in one round trip; their
        cursors, in order."""
        items = []
        for sql, params in statements:
            text, returning = self._translate(sql, isinstance(params, dict))
            if text is None:
                raise ValueError(f"not a statement to send: {sql!r}")
            items.append((text, _adapt(params) if params else None, False, returning))
        return self._send(items)

    def _send(self, statements: list[tuple[str, Any, bool, bool]]) -> list[PgCursor]:
        """The deferred statements and then ``statements``, in one pipeline: one round trip."""
        queue, self._pending = self._pending, []
        answers = []
        for text, params, many, returning in statements:
            answers.append(PgCursor([], -1, None, ready=False))
            for part in [text] if many else _split_begin(text):
                queue.append((part, params, many, returning, answers[-1]))
        self.round_trips += 1
        sent = []
        try:
            with self.raw.pipeline():
                for text, params, many, returning, cursor in queue:
                    cur = self.raw.cursor()
                    if many:
                        cur.executemany(text, params)
                    else:
                        cur.execute(text, params)
                    sent.append((cur, returning, cursor))
            for cur, returning, cursor in sent:
                rows = cur.fetchall() if cur.description is not None else []
                lastrowid = rows[0][0] if returning and rows else None
                cursor._fill([] if returning else rows, cur.rowcount, lastrowid)
        except self._psycopg.Error as exc:
            raise _as_sqlite_error(self._psycopg, exc) from None
        return answers


_RETURNING_ID = re.compile(r" RETURNING id$")
_ROLLBACK = re.compile(r"\s*ROLLBACK\b", re.I)


def _split_begin(text: str) -> list[str]:
    """A pipeline sends one statement per message: BEGIN and its lock go as two."""
    return text.split("; ", 1) if text.startswith("BEGIN; ") else [text]


def defer(conn, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()):
    """Run ``sql`` with the next statement that waits (PostgreSQL, in a transaction), or at once
    (SQLite): a write whose answer is not needed before then. Returns its cursor, to be read after
    the next statement that waits (a read, the COMMIT). A database error it causes is raised there."""
    if isinstance(conn, PgConnection):
        return conn.defer(sql, params)
    cur = conn.execute(sql, params)
    return PgCursor(cur.fetchall() if cur.description is not None else [], cur.rowcount, cur.lastrowid)


def pipeline(conn, statements: Sequence[tuple[str, Sequence[Any] | Mapping[str, Any]]]) -> list:
    """Run several statements together, in order, and return their cursors: on PostgreSQL one
    round trip (with whatever was deferred), on SQLite one after another."""
    if isinstance(conn, PgConnection):
        return conn.pipeline(statements)
    out = []
    for sql, params in statements:
        cur = conn.execute(sql, params)
        out.append(PgCursor(cur.fetchall() if cur.description is not None else [], cur.rowcount, cur.lastrowid))
    return out


def defer_many(conn, sql: str, seq: Iterable[Sequence[Any] | Mapping[str, Any]]):
    """:func:`defer` for an executemany."""
    if isinstance(conn, PgConnection):
        return conn.defer_many(sql, seq)
    cur = conn.executemany(sql, seq)
    return PgCursor([], cur.rowcount, None)


def _adapt(params):
    """Parameters as SQLite would store them: booleans as 0/1 (INTEGER columns). PostgreSQL's
    text cannot hold NUL, which a hostile page may carry: it becomes U+FFFD, one character for
    one so that offsets into the text hold (the archive keeps the exact bytes)."""
    if isinstance(params, dict):
        return {k: _value(v) for k, v in params.items()}
    return [_value(v) for v in params]


def _value(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, str) and "\x00" in v:
        return v.replace("\x00", "\ufffd")
    return v


def _as_sqlite_error(psycopg, exc: Exception) -> sqlite3.Error:
    message = (getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc)).strip()
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(message)
    return sqlite3.OperationalError(message)


# ----------------------------------------------------------------------------------------------
# statement translation (SQLite dialect -> PostgreSQL), pure text; cached per connection

_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.I | re.S)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.I)
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_STRING = re.compile(r"('(?:[^']|'')*')")


def translate(sql: str, named: bool, id_tables: set[str]) -> tuple[str | None, bool]:
    """(PostgreSQL text or None for a no-op, whether it returns the new row's id)."""
    head = sql.lstrip().upper()
    if head.startswith("BEGIN"):
        # one writer at a time (SQLite's BEGIN IMMEDIATE takes its write lock); a plain
        # deferred BEGIN is a plain transaction
        return ("BEGIN; SELECT pg_advisory_xact_lock(%d)" % WRITE_LOCK if "IMMEDIATE" in head else "BEGIN"), False
    if head.startswith("PRAGMA"):
        if re.match(r"PRAGMA\s+QUERY_ONLY\s*=\s*(ON|1|TRUE)", head):
            return "SET default_transaction_read_only = on", False
        return None, False   # SQLite's tuning knobs (cache, mmap, WAL) have no meaning here
    out = sql
    suffix = ""
    m = _INSERT_OR.match(out)
    if m:
        mode, table, cols = m.group(1).upper(), m.group(2), m.group(3)
        out = out[:m.start()] + f"INSERT INTO {table}({cols})" + out[m.end():]
        if mode == "IGNORE":
            suffix = " ON CONFLICT DO NOTHING"
        else:
            key = _REPLACE_KEYS.get(table)
            if key is None:
                raise ValueError(f"INSERT OR REPLACE into {table}: no conflict key known for PostgreSQL")
            names = [c.strip() for c in cols.split(",")]
            keys = {k.strip() for k in key.split(",")}
            sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in names if c not in keys)
            suffix = f" ON CONFLICT ({key}) DO UPDATE SET {sets}" if sets else f" ON CONFLICT ({key}) DO NOTHING"
    # rewrite only outside string literals
    parts = _STRING.split(out)
    for i in range(0, len(parts), 2):
        p = parts[i].replace("%", "%%")
        if named:
            p = _NAMED.sub(r"%(\1)s", p)
        p = re.sub(r"\bIS\s+NOT\s+\?", "IS DISTINCT FROM ?", p, flags=re.I)
        p = re.sub(r"\bIS\s+\?", "IS NOT DISTINCT FROM ?", p, flags=re.I)
        # LIMIT -1 means no limit in SQLite; LIMIT NULL does in PostgreSQL
        p = re.sub(r"\bLIMIT\s+\?", "LIMIT nullif(?, -1)", p, flags=re.I)
        # a subquery in FROM needs a name in PostgreSQL 15
        p = re.sub(r"(LIMIT nullif\(\?, -1\)\))(?=\s+UNION\b|\s*$)", r"\1 AS part", p)
        # SQLite's min()/max() with two arguments are scalar: least()/greatest()
        p = re.sub(r"\bmin\((?=coalesce\()", "least(", p)
        p = re.sub(r"\bmax\((?=coalesce\(|0,)", "greatest(", p)
        p = re.sub(r"\bLIKE\b", "ILIKE", p)   # SQLite's LIKE ignores case (of ASCII letters)
        # unary + on a column: SQLite's "do not use this index" hint; PostgreSQL plans for itself
        p = re.sub(r"(\b(?:AND|OR|WHERE|ON)\s+|\(\s*)\+(?=[A-Za-z_])", r"\1", p, flags=re.I)
        parts[i] = p.replace("?", "%s")
    out = "".join(parts).rstrip().rstrip(";") + suffix
    out = _qualify_upsert(out)
    out = _nulls_as_sqlite(out)
    returning = False
    ins = _INSERT_INTO.match(out)
    if ins and ins.group(1) in id_tables and "RETURNING" not in out.upper():
        out += " RETURNING id"
        returning = True
    return out, returning


_UPSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\).*?\bDO\s+UPDATE\s+SET\b", re.I | re.S)


def _qualify_upsert(sql: str) -> str:
    """In ``ON CONFLICT ... DO UPDATE SET df = max(0, df + ?)`` SQLite reads a bare column as the
    existing row's; PostgreSQL finds it ambiguous (the row, or EXCLUDED): name the table."""
    m = _UPSERT.match(sql)
    if not m:
        return sql
    table, cols = m.group(1), [c.strip().strip('"') for c in m.group(2).split(",")]
    head, tail = sql[:m.end()], sql[m.end():]
    bare = re.compile(r"(?<![.\w\"])(" + "|".join(map(re.escape, cols)) + r")\b(?!\s*=[^=])")
    parts = _STRING.split(tail)
    for i in range(0, len(parts), 2):
        parts[i] = bare.sub(lambda w: f"{table}.{w.group(1)}", parts[i])
    return head + "".join(parts)


# Keys that are never NULL (primary and row keys): left as they are, so that an index on them
# still gives the order without a sort.
_NEVER_NULL = re.compile(r"^\s*(\w+\.)?(id|rowid|ordinal|seq|sha256|document_id)(\s+(ASC|DESC))?\s*$", re.I)
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.I)
_ORDER_END = re.compile(r"\b(LIMIT|OFFSET|UNION|RETURNING)\b", re.I)


def _nulls_as_sqlite(sql: str) -> str:
    """SQLite sorts NULL first in ascending order and last in descending order; PostgreSQL does
    the opposite: each ORDER BY term says it."""
    out, pos = [], 0
    for m in _ORDER_BY.finditer(sql):
        if m.start() < pos:
            continue
        out.append(sql[pos:m.end()])
        # the terms run to the closing parenthesis of their level, or LIMIT/OFFSET/UNION, or the end
        depth, i, start, terms = 0, m.end(), m.end(), []
        while i < len(sql):
            ch = sql[i]
            if ch == "'":
                i = sql.index("'", i + 1) + 1
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "," and depth == 0:
                terms.append(sql[start:i])
                start = i + 1
            elif depth == 0 and _ORDER_END.match(sql, i) and not sql[i - 1].isalnum():
                break
            i += 1
        last = sql[start:i]
        trailing = last[len(last.rstrip()):]
        terms.append(last.rstrip())
        fixed = []
        for term in terms:
            if _NEVER_NULL.match(term) or re.search(r"\bNULLS\s+(FIRST|LAST)\s*$", term, re.I):
                fixed.append(term)
            elif re.search(r"\bDESC\s*$", term, re.I):
                fixed.append(term + " NULLS LAST")
            else:
                fixed.append(term + " NULLS FIRST")
        out.append(",".join(fixed) + trailing)
        pos = i
    out.append(sql[pos:])
    return "".join(out)


def connect(location: str) -> PgConnection:
    return PgConnection(location)

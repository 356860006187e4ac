"""SQL of the linking stage (tables of migration 0004, indexes of 0006). Functions take a :class:`Store`.

Writes run inside the caller's transaction (:func:`transaction`); reads are plain selects. Every
lookup the incremental linker makes goes through an index (keys, document, canonical id), so the
cost of linking one document does not grow with the store.

Round trips: a write whose answer linking does not need is *deferred* (store/backend.py): on
PostgreSQL it goes to the server with the next statement that waits (a read, the COMMIT), in one
pipeline, and reads that do not depend on each other are sent together (:func:`_run_all`). So
``store.round_trips`` counts the statements that wait for an answer: a read, a pipeline of reads,
an insert whose new id is needed, the COMMIT. On SQLite, in process, every statement runs at once.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from typing import Iterable, Iterator, Mapping, Sequence

from . import Store, StoreError, dumps
from .backend import defer, defer_many, pipeline


def _qs(n: int) -> str:
    return ",".join("?" * n)


def _run(store: Store, sql: str, args: Sequence | Mapping = ()) -> sqlite3.Cursor:
    """One statement sent to the database: one round trip, counted in ``store.round_trips``.
    A database error becomes a :class:`StoreError` (the linker knows no driver's errors)."""
    store.round_trips += 1
    try:
        return store.conn.execute(sql, args)
    except sqlite3.Error as exc:
        raise StoreError(f"the store failed: {exc}") from exc


def _run_all(store: Store, statements: Sequence[tuple[str, Sequence | Mapping]]) -> list:
    """Statements sent together (reads that do not depend on each other): one round trip. Returns
    their cursors, in order."""
    if not statements:
        return []
    store.round_trips += 1
    try:
        return pipeline(store.conn, statements)
    except sqlite3.Error as exc:
        raise StoreError(f"the store failed: {exc}") from exc


def _defer(store: Store, sql: str, args: Sequence | Mapping = ()) -> None:
    """A write whose answer is not needed: sent with the next statement that waits (not a round
    trip of its own on PostgreSQL; run at once on SQLite). An error it causes is raised there."""
    try:
        defer(store.conn, sql, args)
    except sqlite3.Error as exc:
        raise StoreError(f"the store failed: {exc}") from exc


def _defer_many(store: Store, sql: str, rows: Iterable[Sequence | Mapping]) -> None:
    """:func:`_defer` for many rows (one executemany)."""
    rows = list(rows)
    if not rows:
        return
    try:
        defer_many(store.conn, sql, rows)
    except sqlite3.Error as exc:
        raise StoreError(f"the store failed: {exc}") from exc


def _rows_for_ids(store: Store, sql: str, ids: Iterable[int]):
    """The rows of ``sql`` (whose ``{ids}`` is an IN list) for any number of ids: 500 a statement,
    SQLite's bound on host parameters, each statement a counted round trip."""
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        yield from _run(store, sql.format(ids=_qs(len(chunk))), chunk)


@contextmanager
def transaction(store: Store) -> Iterator[None]:
    """One write transaction; its BEGIN (which waits for the write lock) goes with its first read."""
    _defer(store, "BEGIN IMMEDIATE")
    try:
        yield
        _run(store, "COMMIT")
    except BaseException:
        _run(store, "ROLLBACK")
        raise


# ------------------------------------------------------------------------------ documents
_DOCUMENT_META = (
    "SELECT d.id, d.kind, d.outlet AS doc_outlet, d.title, d.captured_at, d.metadata, a.headline, a.author,"
    " a.published, a.outlet, a.body, a.extracted_at FROM documents d JOIN articles a ON a.document_id = d.id"
    " WHERE d.id = ?")


def document_meta(store: Store, document_id: int) -> dict | None:
    return _meta_of(_run(store, _DOCUMENT_META, (document_id,)).fetchone())


def _meta_of(row) -> dict | None:
    if row is None:
        return None
    out = dict(row)
    out["metadata"] = json.loads(out["metadata"] or "{}")
    out["outlet"] = out["outlet"] or out.pop("doc_outlet")
    out.pop("doc_outlet", None)
    return out


#: Documents whose analysis failed, or whose linking a killed run left unfinished: never linked
#: again but by `claimgraph reanalyse` (see Store.settle_attempts).
_NOT_FAILED = "document_id NOT IN (SELECT document_id FROM analysis_attempts WHERE stage IN ('failed', 'linking'))"


def analysed_documents(store: Store) -> list[int]:
    return [r[0] for r in _run(store, f"SELECT document_id FROM articles WHERE {_NOT_FAILED} ORDER BY document_id")]


def unlinked_documents(store: Store) -> list[int]:
    """Analysed documents never linked, or linked from an older analysis."""
    return [r[0] for r in _run(store, 
        "SELECT a.document_id FROM articles a LEFT JOIN link_documents l ON l.document_id = a.document_id"
        f" WHERE (l.document_id IS NULL OR l.extracted_at <> a.extracted_at) AND a.{_NOT_FAILED} ORDER BY a.document_id")]


def mark_linked(store: Store, document_id: int, extracted_at: str, linked_at: str, day: str | None = None) -> None:
    _defer(store, "INSERT OR REPLACE INTO link_documents(document_id, extracted_at, linked_at, day) VALUES (?, ?, ?, ?)",
                       (document_id, extracted_at, linked_at, day))


#: Each mention with a few words either side of it (how the text uses a name: "in Moscow", "Moscow denied").
_CONTEXT_CHARS = 24
#: Body mentions only, and so only entities the body names: the linker places mentions by their
#: body offsets, and reading the headline's entities too lowered real-news dev entities B³ F1
#: (0.951 to 0.947) and happenings' inverse purity (0.961 to 0.909): left for later (docs/benchmarks.md).
_DOCUMENT_ENTITIES = ("SELECT e.id, e.name, e.type, m.text,"
                      f" CASE WHEN m.start >= {_CONTEXT_CHARS} THEN substr(a.body, CAST(m.start AS INTEGER) - {_CONTEXT_CHARS - 1}, {_CONTEXT_CHARS})"
                      " ELSE substr(a.body, 1, CAST(m.start AS INTEGER)) END AS before,"
                      f' substr(a.body, CAST(m."end" AS INTEGER) + 1, {_CONTEXT_CHARS}) AS after'
                      " FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id"
                      " LEFT JOIN articles a ON a.document_id = e.document_id"
                      " WHERE e.document_id = ? AND (m.field IS NULL OR m.field = 'body') ORDER BY e.id, m.start")


def document_entities(store: Store, document_id: int) -> list[dict]:
    """The document's entities with their mentions' texts (in text order), in one statement."""
    return _entities_of(_run(store, _DOCUMENT_ENTITIES, (document_id,)))


def _entities_of(rows) -> list[dict]:
    out: dict[int, dict] = {}
    for r in rows:
        e = out.setdefault(r["id"], {"id": r["id"], "name": r["name"], "type": r["type"], "mentions": [], "contexts": []})
        if r["text"] is not None:
            e["mentions"].append(r["text"])
            e["contexts"].append((r["before"] or "", r["after"] or ""))
    return list(out.values())


_DOCUMENT_CLAIMS = ('SELECT id, document_id, ordinal, speaker, speaker_text, cue, kind, content, start, "end", stance, evidence'
                    " FROM claims WHERE document_id = ? ORDER BY ordinal")


def document_claims(store: Store, document_id: int) -> list[dict]:
    return [_claim_row(r) for r in _run(store, _DOCUMENT_CLAIMS, (document_id,))]


def link_inputs(store: Store, document_id: int) -> dict | None:
    """What linking a document starts from, in one round trip: its ``meta`` (as
    :func:`document_meta`), ``previous`` links (as :func:`previous_links`), ``entities`` and
    ``claims``; None when it has no analysis."""
    meta, previous, canonicals, entities, claims = _run_all(store, [
        (_DOCUMENT_META, (document_id,)), (_PREVIOUS_LINKS, (document_id,) * 5), (_CANONICALS_OF_DOCUMENT, (document_id,)),
        (_DOCUMENT_ENTITIES, (document_id,)), (_DOCUMENT_CLAIMS, (document_id,))])
    out = _meta_of(meta.fetchone())
    if out is None:
        return None
    return {"meta": out, "previous": _previous_of(previous.fetchone(), lambda: [r[0] for r in canonicals]),
            "entities": _entities_of(entities), "claims": [_claim_row(r) for r in claims]}


def _claim_row(r) -> dict:
    d = dict(r)
    d["evidence"] = json.loads(d.get("evidence") or "[]")
    return d


_CANONICALS_OF_DOCUMENT = "SELECT DISTINCT canonical_id FROM link_entity_members WHERE document_id = ?"


def canonicals_of_document(store: Store, document_id: int) -> list[int]:
    return [r[0] for r in _run(store, _CANONICALS_OF_DOCUMENT, (document_id,))]


def unlink_document(store: Store, document_id: int) -> None:
    """Remove a document's links (not its analysis); canonical entities and events left empty go too."""
    canon = [r[0] for r in _run(store, "SELECT DISTINCT canonical_id FROM link_entity_members WHERE document_id = ?", (document_id,))]
    event = [r[0] for r in _run(store, "SELECT event_id FROM link_event_documents WHERE document_id = ?", (document_id,))]
    claim_ids = [r[0] for r in _run(store, "SELECT id FROM claims WHERE document_id = ?", (document_id,))]
    _defer(store, "DELETE FROM link_entity_members WHERE document_id = ?", (document_id,))
    _defer(store, "DELETE FROM link_event_documents WHERE document_id = ?", (document_id,))
    _defer(store, "DELETE FROM link_legal WHERE document_id = ?", (document_id,))
    if claim_ids:
        q = _qs(len(claim_ids))
        _defer(store, f"DELETE FROM link_event_claims WHERE claim_id IN ({q})", claim_ids)
        _defer(store, f"DELETE FROM link_claim_relations WHERE claim_a IN ({q}) OR claim_b IN ({q})", claim_ids + claim_ids)
        _defer(store, f"DELETE FROM link_claim_origins WHERE claim_id IN ({q})", claim_ids)
    _defer(store, "DELETE FROM link_documents WHERE document_id = ?", (document_id,))
    for cid in canon:
        if _run(store, "SELECT 1 FROM link_entity_members WHERE canonical_id = ? LIMIT 1", (cid,)).fetchone() is None:
            _defer(store, "DELETE FROM link_entities WHERE id = ?", (cid,))
    for eid in event:
        if _run(store, "SELECT 1 FROM link_event_documents WHERE event_id = ? LIMIT 1", (eid,)).fetchone() is None:
            _defer(store, "DELETE FROM link_events WHERE id = ?", (eid,))
    return None


def clear_links(store: Store) -> None:
    """Everything the linker derived (user decisions are kept)."""
    for table in ("link_term_df", "link_legal", "link_claim_relations", "link_claim_origins", "link_event_claims", "link_happenings",
                  "link_event_keys",
                  "link_event_documents", "link_events", "link_entity_keys", "link_entity_names", "link_entity_members",
                  "link_entities", "link_documents"):
        _defer(store, f"DELETE FROM {table}")


# ------------------------------------------------------------------------------- entities
def candidate_limit(key: str, limit: int = 20) -> int:
    """How many of a blocking key's newest canonical entities are candidates: fewer for a generic key."""
    return min(limit, 10) if "|g:" in key or "|u:" in key else limit


def candidates_by_key(store: Store, keys: Iterable[str], limit: int = 20) -> dict[str, list[int]]:
    """{key: its newest canonical ids (at most :func:`candidate_limit`)} for every key, the keys in
    one statement (in chunks: SQLite allows 500 terms in a compound select)."""
    keys = sorted(set(keys))
    return _candidates_of(keys, _run_all(store, _candidates_sql(keys, limit)))


def _candidates_sql(keys: list[str], limit: int) -> list[tuple[str, list]]:
    # newest first, bounded per key: a key shared by very many entities (a generic name) stays cheap
    one = "SELECT * FROM (SELECT key, canonical_id FROM link_entity_keys WHERE key = ? ORDER BY canonical_id DESC LIMIT ?) AS k"
    out = []
    for i in range(0, len(keys), 100):
        chunk = keys[i:i + 100]
        args: list = []
        for key in chunk:
            args += [key, candidate_limit(key, limit)]
        out.append((" UNION ALL ".join([one] * len(chunk)), args))
    return out


def _candidates_of(keys: list[str], cursors) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {k: [] for k in keys}
    for cursor in cursors:
        for r in cursor:
            out[r[0]].append(r[1])
    return out


def decisions_and_candidates(store: Store, name_keys: Iterable[str], keys: Iterable[str],
                             limit: int = 20) -> tuple[list[dict], dict[str, list[int]]]:
    """:func:`decisions_touching` and :func:`candidates_by_key` together: one round trip."""
    decided = _decisions_touching_sql(name_keys)
    keys = sorted(set(keys))
    statements: list[tuple[str, Sequence]] = [decided] if decided else []
    statements += _candidates_sql(keys, limit)
    cursors = _run_all(store, statements)
    decisions = [dict(r) for r in cursors.pop(0)] if decided else []
    return decisions, _candidates_of(keys, cursors)


def canonical_candidates(store: Store, keys: Iterable[str], limit: int = 20) -> list[int]:
    return sorted({cid for ids in candidates_by_key(store, keys, limit).values() for cid in ids})


def canonical(store: Store, canonical_id: int) -> dict | None:
    row = _run(store, "SELECT id, type, name FROM link_entities WHERE id = ?", (canonical_id,)).fetchone()
    return dict(row) if row else None


def canonical_profiles(store: Store, ids: Iterable[int]) -> dict[int, dict]:
    """{id: {"id", "type", "name", "names"}} for several canonical entities in one statement, so
    that scoring a key's candidates costs one query, not two per candidate; names in the order
    :func:`canonical_names` gives them."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    out: dict[int, dict] = {}
    rows = _run(store, 
        "SELECT e.id, e.type, e.name, n.name AS alias FROM link_entities e LEFT JOIN link_entity_names n ON n.canonical_id = e.id"
        f" WHERE e.id IN ({_qs(len(ids))}) ORDER BY e.id, n.rowid", ids)
    for r in rows:
        d = out.setdefault(r["id"], {"id": r["id"], "type": r["type"], "name": r["name"], "names": []})
        if r["alias"] is not None:
            d["names"].append(r["alias"])
    return out


def canonical_names(store: Store, canonical_id: int) -> list[str]:
    return [r[0] for r in _run(store, "SELECT name FROM link_entity_names WHERE canonical_id = ? ORDER BY rowid", (canonical_id,))]


def new_canonical(store: Store, type_: str, name: str) -> int:
    return _run(store, "INSERT INTO link_entities(type, name) VALUES (?, ?)", (type_, name)).lastrowid  # type: ignore[return-value]


def new_canonicals(store: Store, rows: Sequence[tuple[str, str]]) -> list[int]:
    """Insert canonical entities ((type, name) each), in order, in one round trip; their ids in the
    same order (each row's id is drawn as it is inserted, so they ascend in the rows' order)."""
    statements = []
    for i in range(0, len(rows), 200):
        chunk = rows[i:i + 200]
        statements.append(("INSERT INTO link_entities(type, name) VALUES " + ", ".join(["(?, ?)"] * len(chunk)) + " RETURNING id",
                           [x for row in chunk for x in row]))
    return sorted(r[0] for cursor in _run_all(store, statements) for r in cursor)


def rename_canonical(store: Store, canonical_id: int, name: str) -> None:
    _defer(store, "UPDATE link_entities SET name = ? WHERE id = ?", (name, canonical_id))


def add_member(store: Store, entity_id: int, canonical_id: int, document_id: int, confidence: float, rule: str, evidence: str) -> None:
    _defer(store,
        "INSERT OR REPLACE INTO link_entity_members(entity_id, canonical_id, document_id, confidence, rule, evidence, day)"
        " VALUES (?, ?, ?, ?, ?, ?, (SELECT day FROM link_documents WHERE document_id = ?))",   # the day: mark_linked comes first
        (entity_id, canonical_id, document_id, confidence, rule, evidence, document_id))


def add_members(store: Store, document_id: int, rows: Iterable[tuple[int, int, float, str, str]]) -> None:
    """(entity id, canonical id, confidence, rule, evidence) for several members of one document."""
    _defer_many(store,
              "INSERT OR REPLACE INTO link_entity_members(entity_id, canonical_id, document_id, confidence, rule, evidence, day)"
              " VALUES (?, ?, ?, ?, ?, ?, (SELECT day FROM link_documents WHERE document_id = ?))",   # mark_linked comes first
              [(e, c, document_id, conf, rule, why, document_id) for e, c, conf, rule, why in rows])


def add_name_rows(store: Store, rows: Iterable[tuple[int, str]]) -> None:
    """(canonical id, name) pairs, in order (the order names are read back in)."""
    _defer_many(store, "INSERT OR IGNORE INTO link_entity_names(canonical_id, name) VALUES (?, ?)", rows)


def add_key_rows(store: Store, rows: Iterable[tuple[int, str]]) -> None:
    _defer_many(store, "INSERT OR IGNORE INTO link_entity_keys(canonical_id, key) VALUES (?, ?)", rows)


def rename_canonicals(store: Store, rows: Iterable[tuple[str, int]]) -> None:
    """(name, canonical id) pairs, applied in order."""
    _defer_many(store, "UPDATE link_entities SET name = ? WHERE id = ?", rows)


def add_names(store: Store, canonical_id: int, names: Iterable[str]) -> None:
    _defer_many(store, "INSERT OR IGNORE INTO link_entity_names(canonical_id, name) VALUES (?, ?)",
                           [(canonical_id, n) for n in names])


def add_keys(store: Store, canonical_id: int, keys: Iterable[str]) -> None:
    _defer_many(store, "INSERT OR IGNORE INTO link_entity_keys(canonical_id, key) VALUES (?, ?)",
                           [(canonical_id, k) for k in keys])


def reset_names_and_keys(store: Store, canonical_id: int) -> None:
    _defer(store, "DELETE FROM link_entity_names WHERE canonical_id = ?", (canonical_id,))
    _defer(store, "DELETE FROM link_entity_keys WHERE canonical_id = ?", (canonical_id,))


def member_rows(store: Store, canonical_id: int) -> list[dict]:
    rows = _run(store, 
        "SELECT m.entity_id, m.document_id, m.confidence, m.rule, m.evidence, e.name, e.type"
        " FROM link_entity_members m JOIN entities e ON e.id = m.entity_id WHERE m.canonical_id = ? ORDER BY m.document_id, m.entity_id",
        (canonical_id,))
    out = []
    for r in rows:
        d = dict(r)
        d["mentions"] = [x[0] for x in _run(store, "SELECT text FROM entity_mentions WHERE entity_id = ? AND field <> 'page' ORDER BY start", (d["entity_id"],))]
        out.append(d)
    return out


def canonical_of_entities(store: Store, entity_ids: Iterable[int]) -> dict[int, int]:
    ids = list(entity_ids)
    if not ids:
        return {}
    rows = _run(store, f"SELECT entity_id, canonical_id FROM link_entity_members WHERE entity_id IN ({_qs(len(ids))})", ids)
    return {r[0]: r[1] for r in rows}


def move_members(store: Store, entity_ids: Iterable[int], canonical_id: int, rule: str, evidence: str) -> None:
    _defer_many(store,
        "UPDATE link_entity_members SET canonical_id = ?, rule = ?, evidence = ?, confidence = 1.0 WHERE entity_id = ?",
        [(canonical_id, rule, evidence, e) for e in entity_ids])


def merge_canonicals(store: Store, keep: int, drop: int) -> None:
    """Fold canonical entity ``drop`` into ``keep``: members, names, keys, claim origins, event keys."""
    _defer(store, "UPDATE link_entity_members SET canonical_id = ? WHERE canonical_id = ?", (keep, drop))
    _defer(store, "INSERT OR IGNORE INTO link_entity_names(canonical_id, name) SELECT ?, name FROM link_entity_names WHERE canonical_id = ?", (keep, drop))
    _defer(store, "INSERT OR IGNORE INTO link_entity_keys(canonical_id, key) SELECT ?, key FROM link_entity_keys WHERE canonical_id = ?", (keep, drop))
    _defer(store, "UPDATE link_claim_origins SET speaker_id = ? WHERE speaker_id = ?", (keep, drop))
    _defer(store, "UPDATE link_claim_origins SET origin = ? WHERE origin = ?", (f"e:{keep}", f"e:{drop}"))
    for prefix in ("p", "a", "o"):
        old, new = f"{prefix}:{drop}", f"{prefix}:{keep}"
        # the bare key and its month-stamped forms ("p:12@2026-03"), found by index range
        where = "(key = ? OR (key >= ? AND key < ?))"
        args = (old, old + "@", old + "@\uffff")
        _defer(store, f"INSERT OR IGNORE INTO link_event_keys(event_id, key) SELECT event_id, ? || substr(key, ?) FROM link_event_keys"
                  f" WHERE {where}", (new, len(old) + 1, *args))
        _defer(store, f"DELETE FROM link_event_keys WHERE {where}", args)
    # Two claims whose speakers turn out to be one entity are no longer independent.
    _defer(store, 
        "UPDATE link_claim_relations SET independent = 0 WHERE independent = 1 AND claim_a IN"
        " (SELECT claim_id FROM link_claim_origins WHERE origin = ?) AND claim_b IN (SELECT claim_id FROM link_claim_origins WHERE origin = ?)",
        (f"e:{keep}", f"e:{keep}"))
    _defer(store, "DELETE FROM link_entities WHERE id = ?", (drop,))


def delete_empty_canonicals(store: Store, ids: Iterable[int]) -> None:
    for cid in set(ids):
        if _run(store, "SELECT 1 FROM link_entity_members WHERE canonical_id = ? LIMIT 1", (cid,)).fetchone() is None:
            _defer(store, "DELETE FROM link_entities WHERE id = ?", (cid,))


def cooccur(store: Store, canonical_id: int, others: Iterable[int]) -> bool:
    """Does some document name both canonical entity ``canonical_id`` and one of ``others``?"""
    ids = sorted(set(others))
    if not ids:
        return False
    return _run(store, "SELECT 1 FROM link_entity_members a JOIN link_entity_members b ON a.document_id = b.document_id"
                f" WHERE a.canonical_id = ? AND b.canonical_id IN ({_qs(len(ids))}) LIMIT 1", (canonical_id, *ids)).fetchone() is not None


def find_canonicals(store: Store, ref: str) -> list[dict]:
    """Canonical entities by id, or by a name (exact, then case-insensitive) among their names."""
    if ref.strip().isdigit():
        row = canonical(store, int(ref))
        return [row] if row else []
    return [dict(r) for r in _run(store, _FIND_CANONICALS, (ref, ref))]


_FIND_CANONICALS = ("SELECT e.id, e.type, e.name FROM link_entity_names n JOIN link_entities e ON e.id = n.canonical_id"
                    " WHERE n.name = ? COLLATE NOCASE"
                    " UNION SELECT id, type, name FROM link_entities WHERE name = ? COLLATE NOCASE ORDER BY 1")


def find_canonicals_by_names(store: Store, names: Iterable[str]) -> dict[str, list[dict]]:
    """{name: :func:`find_canonicals` of it} for several names (not ids), in one round trip."""
    wanted = sorted({n for n in names if n and not n.strip().isdigit()})
    cursors = _run_all(store, [(_FIND_CANONICALS, (n, n)) for n in wanted])
    return {n: [dict(r) for r in cursor] for n, cursor in zip(wanted, cursors)}


def canonical_types(store: Store) -> list[str]:
    """The types of the canonical entities in the store, sorted."""
    return [r[0] for r in _run(store, "SELECT DISTINCT type FROM link_entities ORDER BY type")]


def list_canonicals(store: Store, type_: str | None = None, name_like: str | None = None, limit: int | None = None) -> list[dict]:
    sql = ("SELECT e.id, e.type, e.name, count(m.entity_id) AS members, count(DISTINCT m.document_id) AS documents"
           " FROM link_entities e JOIN link_entity_members m ON m.canonical_id = e.id AND m.entity_id IS NOT NULL")
    where: list[str] = []
    args: list = []
    if type_:
        where.append("e.type = ?")
        args.append(type_)
    if name_like:
        where.append("e.id IN (SELECT canonical_id FROM link_entity_names WHERE name LIKE ?)")
        args.append(f"%{name_like}%")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY e.id ORDER BY documents DESC, members DESC, e.name LIMIT ?"
    args.append(-1 if limit is None else limit)
    return [dict(r) for r in _run(store, sql, args)]


# ------------------------------------------------------------------------------ decisions
def add_decision(store: Store, action: str, type_: str, name_a: str, name_b: str, made_at: str, note: str | None = None) -> None:
    a, b = sorted((name_a, name_b))
    _run(store, "INSERT INTO link_decisions(action, type, name_a, name_b, made_at, note) VALUES (?, ?, ?, ?, ?, ?)",
                       (action, type_, a, b, made_at, note))


def decisions_about(store: Store, type_: str, name_keys: Iterable[str]) -> list[dict]:
    """Decisions touching any of these names; a later decision on the same pair overrides an earlier one."""
    keys = sorted(set(name_keys))
    if not keys:
        return []
    q = _qs(len(keys))
    rows = _run(store,
                f"SELECT id, action, name_a, name_b FROM link_decisions WHERE type = ? AND (name_a IN ({q}) OR name_b IN ({q})) ORDER BY id",
                (type_, *keys, *keys)).fetchall()
    return latest_decisions(dict(r) for r in rows)


def latest_decisions(rows: Iterable[dict]) -> list[dict]:
    """Decisions in the order made, a later one on a pair of names replacing an earlier one."""
    latest: dict[tuple[str, str], dict] = {}
    for r in rows:
        latest[(r["name_a"], r["name_b"])] = r
    return list(latest.values())


def decisions_touching(store: Store, name_keys: Iterable[str]) -> list[dict]:
    """Every decision (of any type) naming one of these name keys, in the order made."""
    sql = _decisions_touching_sql(name_keys)
    return [dict(r) for r in _run(store, *sql)] if sql else []


def _decisions_touching_sql(name_keys: Iterable[str]) -> tuple[str, tuple] | None:
    keys = sorted(set(name_keys))
    if not keys:
        return None
    q = _qs(len(keys))
    return (f"SELECT id, action, type, name_a, name_b FROM link_decisions WHERE name_a IN ({q}) OR name_b IN ({q}) ORDER BY id",
            (*keys, *keys))


def all_decisions(store: Store) -> list[dict]:
    return [dict(r) for r in _run(store, "SELECT * FROM link_decisions ORDER BY id")]


# --------------------------------------------------------------------------------- events
def event_candidates(store: Store, keys: Iterable[str], date_lo: str | None, date_hi: str | None, limit: int = 200) -> list[int]:
    keys = sorted(set(keys))
    if not keys:
        return []
    sql = (f"SELECT DISTINCT k.event_id FROM link_event_keys k JOIN link_events e ON e.id = k.event_id"
           f" WHERE k.key IN ({_qs(len(keys))})")
    args: list = list(keys)
    if date_lo and date_hi:
        sql += " AND (e.date_min IS NULL OR (e.date_min <= ? AND e.date_max >= ?))"
        args += [date_hi, date_lo]
    sql += " ORDER BY k.event_id DESC LIMIT ?"
    args.append(limit)
    return [r[0] for r in _run(store, sql, args)]


def entity_df(store: Store, canonical_id: int, cap: int = 1000) -> int:
    """Documents mentioning a canonical entity (counted up to ``cap``)."""
    return _run(store, 
        "SELECT count(*) FROM (SELECT DISTINCT document_id FROM link_entity_members WHERE canonical_id = ? LIMIT ?)",
        (canonical_id, cap)).fetchone()[0]


def entity_df_between(store: Store, canonical_id: int, lo: str, hi: str, cap: int = 1000) -> int:
    """Documents dated in [lo, hi] mentioning a canonical entity (counted up to ``cap``): one range of
    the (canonical_id, day) index, however many documents name the entity at other times."""
    return _run(store, 
        "SELECT count(*) FROM (SELECT DISTINCT document_id FROM link_entity_members"
        " WHERE canonical_id = ? AND day BETWEEN ? AND ? LIMIT ?)", (canonical_id, lo, hi, cap)).fetchone()[0]


def entity_dfs(store: Store, canonical_ids: Iterable[int], lo: str | None = None, hi: str | None = None,
               cap: int = 1000) -> dict[int, int]:
    """{canonical id: documents naming it}, dated in [lo, hi] when both are given (as
    :func:`entity_df_between`, else :func:`entity_df`), each counted up to ``cap``, for several
    entities in one statement (in chunks: SQLite allows 500 terms in a compound select)."""
    out: dict[int, int] = {}
    for cursor in _run_all(store, _entity_dfs_sql(canonical_ids, lo, hi, cap)):
        out.update((r[0], r[1]) for r in cursor)
    return out


def _entity_dfs_sql(canonical_ids: Iterable[int], lo: str | None, hi: str | None, cap: int) -> list[tuple[str, list]]:
    ids = sorted(set(canonical_ids))
    dated = lo is not None and hi is not None
    one = ("SELECT ?, count(*) FROM (SELECT DISTINCT document_id FROM link_entity_members WHERE canonical_id = ?"
           + (" AND day BETWEEN ? AND ?" if dated else "") + " LIMIT ?) AS t")
    out = []
    for i in range(0, len(ids), 100):
        chunk = ids[i:i + 100]
        args: list = []
        for cid in chunk:
            args += [cid, cid, *((lo, hi) if dated else ()), cap]
        out.append((" UNION ALL ".join([one] * len(chunk)), args))
    return out


def document_frequencies(store: Store, terms: Iterable[str], canonical_ids: Iterable[int], lo: str | None = None,
                         hi: str | None = None, ranges: list[tuple[str, str]] | None = None,
                         cap: int = 1000) -> tuple[dict[str, int], dict[int, int], list[int] | None]:
    """:func:`term_df`, :func:`entity_dfs` and (when ``ranges`` are given)
    :func:`documents_in_ranges` together: one round trip."""
    ts = sorted(set(terms))
    statements = ([(f"SELECT term, df FROM link_term_df WHERE term IN ({_qs(len(ts))})", ts)] if ts else [])
    statements += ([_documents_in_ranges_sql(ranges, 100000)] if ranges else [])
    statements += _entity_dfs_sql(canonical_ids, lo, hi, cap)
    cursors = _run_all(store, statements)
    tdf = {r[0]: r[1] for r in cursors.pop(0)} if ts else {}
    counts = list(cursors.pop(0).fetchone()) if ranges else None
    edf: dict[int, int] = {}
    for cursor in cursors:
        edf.update((r[0], r[1]) for r in cursor)
    return tdf, edf, counts


def documents_between(store: Store, lo: str, hi: str, cap: int = 100000) -> int:
    return documents_in_ranges(store, [(lo, hi)], cap)[0]


def documents_in_ranges(store: Store, ranges: list[tuple[str, str]], cap: int = 100000) -> list[int]:
    """Linked documents dated in each [lo, hi] (counted up to ``cap``), all in one statement."""
    return list(_run(store, *_documents_in_ranges_sql(ranges, cap)).fetchone())


def _documents_in_ranges_sql(ranges: list[tuple[str, str]], cap: int) -> tuple[str, list]:
    one = "(SELECT count(*) FROM (SELECT 1 FROM link_documents WHERE day BETWEEN ? AND ? LIMIT ?) AS r{})"
    return ("SELECT " + ", ".join(one.format(i) for i in range(len(ranges))), [x for lo, hi in ranges for x in (lo, hi, cap)])


def previous_links(store: Store, document_id: int) -> dict | None:
    """What an earlier linking of the document left (its event, its event features, the canonical
    entities it touched), or None when it left nothing (a document linked for the first time): one
    statement, and a second for the canonical entities when it has members."""
    return _previous_of(_run(store, _PREVIOUS_LINKS, (document_id,) * 5).fetchone(),
                        lambda: canonicals_of_document(store, document_id))


_PREVIOUS_LINKS = ("SELECT (SELECT event_id FROM link_event_documents WHERE document_id = ?),"
                   " (SELECT features FROM link_event_documents WHERE document_id = ?),"
                   " EXISTS (SELECT 1 FROM link_documents WHERE document_id = ?),"
                   " EXISTS (SELECT 1 FROM link_entity_members WHERE document_id = ?),"
                   " EXISTS (SELECT 1 FROM link_legal WHERE document_id = ?)")


def _previous_of(row, canonicals) -> dict | None:
    """:func:`previous_links` from its row; ``canonicals()`` gives the document's canonical entities."""
    event_id, features, linked, members, legal = row
    if event_id is None and not (linked or members or legal):
        return None
    return {"event_id": event_id, "features": json.loads(features) if features else None,
            "canonicals": canonicals() if members else []}


def term_df(store: Store, terms: Iterable[str]) -> dict[str, int]:
    ts = sorted(set(terms))
    if not ts:
        return {}
    return {r[0]: r[1] for r in _run(store, f"SELECT term, df FROM link_term_df WHERE term IN ({_qs(len(ts))})", ts)}


def add_term_df(store: Store, terms: Iterable[str], delta: int = 1) -> None:
    _defer_many(store, "INSERT INTO link_term_df(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = max(0, df + ?)",
                           [(t, max(delta, 0), delta) for t in set(terms)])


def linked_count(store: Store) -> int:
    """About how many documents are linked (the highest linked id: one index step, not a count)."""
    return _run(store, "SELECT coalesce(max(document_id), 0) FROM link_documents").fetchone()[0]


def event_features_of_document(store: Store, document_id: int) -> dict | None:
    row = _run(store, "SELECT features FROM link_event_documents WHERE document_id = ?", (document_id,)).fetchone()
    return json.loads(row[0]) if row else None


def event(store: Store, event_id: int) -> dict | None:
    return events_by_id(store, [event_id]).get(event_id)


def events_by_id(store: Store, event_ids: Iterable[int]) -> dict[int, dict]:
    """{id: event row with its profile read} for several events, in one statement."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    return _events_of(_run(store, *_events_sql(ids)))


def _events_sql(ids: list[int]) -> tuple[str, list[int]]:
    return f"SELECT * FROM link_events WHERE id IN ({_qs(len(ids))})", ids


def _events_of(rows) -> dict[int, dict]:
    out = {}
    for row in rows:
        d = dict(row)
        d["profile"] = json.loads(d["profile"])
        out[d["id"]] = d
    return out


def events_with_documents(store: Store, event_ids: Iterable[int]) -> tuple[dict[int, dict], dict[int, list[dict]]]:
    """:func:`events_by_id` and :func:`documents_of_events` together: one round trip."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}, {}
    events, documents = _run_all(store, [_events_sql(ids), _event_documents_sql(ids)])
    return _events_of(events), _event_documents_of(ids, documents)


def new_event(store: Store, label: str, date_min: str | None, date_max: str | None, profile: dict) -> int:
    return _run(store, "INSERT INTO link_events(label, date_min, date_max, profile) VALUES (?, ?, ?, ?)",  # type: ignore[return-value]
                              (label, date_min, date_max, dumps(profile))).lastrowid


def update_event(store: Store, event_id: int, label: str, date_min: str | None, date_max: str | None, profile: dict) -> None:
    _defer(store, "UPDATE link_events SET label = ?, date_min = ?, date_max = ?, profile = ? WHERE id = ?",
                       (label, date_min, date_max, dumps(profile), event_id))


def add_event_document(store: Store, document_id: int, event_id: int, score: float, evidence: str, features: dict) -> None:
    _defer(store, "INSERT OR REPLACE INTO link_event_documents(document_id, event_id, score, evidence, features) VALUES (?, ?, ?, ?, ?)",
                       (document_id, event_id, score, evidence, dumps(features)))


def add_event_keys(store: Store, event_id: int, keys: Iterable[str]) -> None:
    _defer_many(store, "INSERT OR IGNORE INTO link_event_keys(event_id, key) VALUES (?, ?)", [(event_id, k) for k in keys])


def add_event_claims(store: Store, event_id: int, claim_ids: Iterable[int]) -> None:
    _defer_many(store, "INSERT OR REPLACE INTO link_event_claims(claim_id, event_id) VALUES (?, ?)", [(c, event_id) for c in claim_ids])


def merge_events(store: Store, keep: int, drop: int) -> None:
    # one story: the two events' own happenings become one; their recapped happenings move over
    mains = [r[0] for r in _run(store, "SELECT id FROM link_happenings WHERE event_id IN (?, ?) AND main = 1 ORDER BY event_id = ? DESC, id",
                                     (keep, drop, keep))]
    if len(mains) > 1:
        _defer(store, f"UPDATE link_event_claims SET happening_id = ? WHERE happening_id IN ({_qs(len(mains) - 1)})", [mains[0], *mains[1:]])
        _defer(store, f"DELETE FROM link_happenings WHERE id IN ({_qs(len(mains) - 1)})", mains[1:])
    _defer(store, "UPDATE link_happenings SET event_id = ? WHERE event_id = ?", (keep, drop))
    _defer(store, "UPDATE link_event_documents SET event_id = ? WHERE event_id = ?", (keep, drop))
    _defer(store, "UPDATE link_event_claims SET event_id = ? WHERE event_id = ?", (keep, drop))
    _defer(store, "INSERT OR IGNORE INTO link_event_keys(event_id, key) SELECT ?, key FROM link_event_keys WHERE event_id = ?", (keep, drop))
    _defer(store, "UPDATE link_claim_relations SET event_id = ? WHERE event_id = ?", (keep, drop))
    _defer(store, "DELETE FROM link_events WHERE id = ?", (drop,))


def event_of_document(store: Store, document_id: int) -> int | None:
    row = _run(store, "SELECT event_id FROM link_event_documents WHERE document_id = ?", (document_id,)).fetchone()
    return row[0] if row else None


def event_documents(store: Store, event_id: int) -> list[dict]:
    return documents_of_events(store, [event_id])[event_id]


def documents_of_events(store: Store, event_ids: Iterable[int]) -> dict[int, list[dict]]:
    """{event id: its documents in id order} for several events, in one statement."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    return _event_documents_of(ids, _run(store, *_event_documents_sql(ids)))


def _event_documents_sql(ids: list[int]) -> tuple[str, list[int]]:
    return ("SELECT ed.event_id, ed.document_id, ed.score, ed.evidence, ed.features, d.title, d.outlet, a.headline, a.published,"
            " a.outlet AS a_outlet FROM link_event_documents ed JOIN documents d ON d.id = ed.document_id"
            f" LEFT JOIN articles a ON a.document_id = d.id WHERE ed.event_id IN ({_qs(len(ids))}) ORDER BY ed.event_id, ed.document_id",
            ids)


def _event_documents_of(ids: list[int], rows) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {i: [] for i in ids}
    for r in rows:
        d = dict(r)
        d["features"] = json.loads(d["features"])
        d["outlet"] = d.pop("a_outlet") or d["outlet"]
        d["title"] = d.pop("headline") or d["title"]
        out[d.pop("event_id")].append(d)
    return out


def list_events(store: Store) -> list[dict]:
    rows = _run(store, 
        "SELECT e.id, e.label, e.date_min, e.date_max, count(ed.document_id) AS documents FROM link_events e"
        " JOIN link_event_documents ed ON ed.event_id = e.id GROUP BY e.id ORDER BY e.date_min IS NULL, e.date_min, e.id")
    return [dict(r) for r in rows]


def event_exists(store: Store, event_id: int) -> bool:
    return _run(store, "SELECT 1 FROM link_events WHERE id = ?", (event_id,)).fetchone() is not None


# --------------------------------------------------------------------------------- claims
def event_claims(store: Store, event_id: int, exclude_document: int | None = None) -> list[dict]:
    rows = _run(store, 
        'SELECT c.id, c.document_id, c.ordinal, c.speaker, c.speaker_text, c.cue, c.kind, c.content, c.start, c."end", c.stance,'
        " c.evidence, o.origin, o.origin_name, o.speaker_id, ec.happening_id, h.main AS happening_main, a.published"
        " FROM link_event_claims ec JOIN claims c ON c.id = ec.claim_id"
        " LEFT JOIN link_claim_origins o ON o.claim_id = c.id LEFT JOIN link_happenings h ON h.id = ec.happening_id"
        " LEFT JOIN articles a ON a.document_id = c.document_id"
        " WHERE ec.event_id = ? AND c.document_id IS NOT ? ORDER BY c.id",
        (event_id, exclude_document))
    return [_claim_row(r) for r in rows]


def event_claim_ids(store: Store, event_id: int) -> list[int]:
    return [r[0] for r in _run(store, "SELECT claim_id FROM link_event_claims WHERE event_id = ?", (event_id,))]


def happenings(store: Store, event_id: int) -> list[dict]:
    """An event's happenings, its main one first."""
    return [dict(r) for r in _run(store,
        "SELECT id, event_id, main, first_day, last_day, label FROM link_happenings WHERE event_id = ? ORDER BY main DESC, id", (event_id,))]


def add_happening(store: Store, event_id: int, main: bool, first_day: str | None, last_day: str | None, label: str) -> int:
    cur = _run(store, "INSERT INTO link_happenings(event_id, main, first_day, last_day, label) VALUES (?, ?, ?, ?, ?)",
                             (event_id, int(main), first_day, last_day, label))
    assert cur.lastrowid is not None   # an INSERT's row
    return cur.lastrowid


def widen_happening(store: Store, happening_id: int, first_day: str | None, last_day: str | None) -> None:
    """The happening's span grows to hold a claim's dates."""
    _defer(store, "UPDATE link_happenings SET first_day = min(coalesce(first_day, ?), ?), last_day = max(coalesce(last_day, ?), ?)"
                       " WHERE id = ?", (first_day, first_day, last_day, last_day, happening_id))


def set_claim_happenings(store: Store, placed: dict[int, int]) -> None:
    """Claim id -> happening id (the claims are already in the happening's event)."""
    _defer_many(store, "UPDATE link_event_claims SET happening_id = ? WHERE claim_id = ?", [(h, c) for c, h in placed.items()])


def claim_happenings(store: Store, claim_ids: Iterable[int]) -> dict[int, int]:
    """Claim id -> the happening it was placed on."""
    return {r[0]: r[1] for r in _rows_for_ids(
        store, "SELECT claim_id, happening_id FROM link_event_claims WHERE happening_id IS NOT NULL AND claim_id IN ({ids})",
        claim_ids)}


def document_happenings(store: Store, document_id: int) -> list[dict]:
    """The happenings a document touches (through its claims), with how many of its claims each."""
    return [dict(r) for r in _run(store,
        "SELECT h.id, h.event_id, h.main, h.first_day, h.last_day, h.label, count(*) AS claims FROM link_event_claims ec"
        " JOIN claims c ON c.id = ec.claim_id JOIN link_happenings h ON h.id = ec.happening_id WHERE c.document_id = ?"
        " GROUP BY h.id ORDER BY h.main DESC, h.id", (document_id,))]


def happenings_by_id(store: Store, ids: Iterable[int]) -> dict[int, dict]:
    """Happening id -> the happening, with its event's label and profile (the contested view's headings)."""
    out: dict[int, dict] = {}
    for r in _rows_for_ids(
            store, "SELECT h.id, h.event_id, h.main, h.first_day, h.last_day, h.label, e.label AS event_label,"
            " e.date_min, e.date_max, e.profile FROM link_happenings h JOIN link_events e ON e.id = h.event_id"
            " WHERE h.id IN ({ids})", ids):
        d = dict(r)
        d["profile"] = json.loads(d["profile"] or "{}")
        out[d["id"]] = d
    return out


def claims_by_id(store: Store, ids: Iterable[int]) -> dict[int, dict]:
    """Claim id -> the claim with its document's outlet and title, origin, event and happening."""
    return {r["id"]: dict(r) for r in _rows_for_ids(
        store, "SELECT c.id, c.document_id, c.speaker, c.speaker_text, c.cue, c.kind, c.content, c.stance,"
        " o.origin, o.origin_name, o.speaker_id, ec.event_id, ec.happening_id,"
        " coalesce(a.outlet, d.outlet) AS outlet, coalesce(a.headline, d.title) AS title, a.published"
        " FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN articles a ON a.document_id = c.document_id"
        " LEFT JOIN link_claim_origins o ON o.claim_id = c.id LEFT JOIN link_event_claims ec ON ec.claim_id = c.id"
        " WHERE c.id IN ({ids})", ids)}


def drop_empty_happenings(store: Store, event_ids: Iterable[int]) -> None:
    ids = list(event_ids)
    if ids:
        _defer(store, f"DELETE FROM link_happenings WHERE event_id IN ({_qs(len(ids))}) AND NOT EXISTS"
                           " (SELECT 1 FROM link_event_claims ec WHERE ec.happening_id = link_happenings.id)", ids)


def claim_events(store: Store, claim_ids: Iterable[int]) -> dict[int, int]:
    """Claim id -> the event it was linked into."""
    return {r[0]: r[1] for r in _rows_for_ids(
        store, "SELECT claim_id, event_id FROM link_event_claims WHERE claim_id IN ({ids})", claim_ids)}


def add_origin(store: Store, claim_id: int, speaker_id: int | None, origin: str, origin_name: str, via: str | None) -> None:
    add_origins(store, [(claim_id, speaker_id, origin, origin_name, via)])


def add_origins(store: Store, rows: Iterable[tuple[int, int | None, str, str, str | None]]) -> None:
    """(claim id, speaker id, origin, origin name, via) for several claims, in one statement."""
    _defer_many(store, "INSERT OR REPLACE INTO link_claim_origins(claim_id, speaker_id, origin, origin_name, via) VALUES (?, ?, ?, ?, ?)",
              rows)


def add_relation(store: Store, a: int, b: int, type_: str, reason: str, independent: bool, confidence: float, event_id: int | None) -> None:
    add_relations(store, [(a, b, type_, reason, independent, confidence, event_id)])


def add_relations(store: Store, rows: Iterable[tuple[int, int, str, str, bool, float, int | None]]) -> None:
    """(claim a, claim b, type, reason, independent, confidence, event id) for several pairs, in
    one statement; each pair is stored lowest claim id first."""
    _defer_many(store,
              "INSERT OR REPLACE INTO link_claim_relations(claim_a, claim_b, type, reason, independent, confidence, event_id)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)",
              [(min(a, b), max(a, b), t, why, int(ind), conf, ev) for a, b, t, why, ind, conf, ev in rows])


def existing_canonicals(store: Store, ids: Iterable[int]) -> set[int]:
    """Those of these canonical entities that still exist (a merge drops one)."""
    ids = sorted(set(ids))
    if not ids:
        return set()
    return {r[0] for r in _run(store, f"SELECT id FROM link_entities WHERE id IN ({_qs(len(ids))})", ids)}


def relations(store: Store, claim_ids: Iterable[int] | None = None, type_: str | None = None) -> list[dict]:
    sql = "SELECT * FROM link_claim_relations"
    where: list[str] = []
    args: list = []
    if claim_ids is not None:
        ids = list(claim_ids)
        if not ids:
            return []
        where.append(f"(claim_a IN ({_qs(len(ids))}) OR claim_b IN ({_qs(len(ids))}))")
        args += ids + ids
    if type_:
        where.append("type = ?")
        args.append(type_)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [dict(r) for r in _run(store, sql + " ORDER BY event_id, claim_a, claim_b", args)]


def query_claims(store: Store, *, about: list[int] | None = None, by: list[int] | None = None, by_text: str | None = None,
                 event_id: int | None = None, kind: str | None = None, contested: bool = False,
                 framework: str | None = None, limit: int | None = None) -> list[dict]:
    """Claims with their document, origin and event, filtered; ``about`` and ``by`` are canonical ids."""
    sql = ('SELECT c.id, c.document_id, c.ordinal, c.speaker, c.speaker_text, c.cue, c.kind, c.content, c.start, c."end",'
           " c.stance, c.evidence, o.origin, o.origin_name, o.speaker_id, o.via, ec.event_id, d.outlet, a.outlet AS a_outlet"
           " FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN articles a ON a.document_id = c.document_id"
           " LEFT JOIN link_claim_origins o ON o.claim_id = c.id LEFT JOIN link_event_claims ec ON ec.claim_id = c.id")
    where: list[str] = []
    args: list = []
    if about is not None:
        # the claim's text mentions one of the entity's mentions in its own document
        where.append(
            'EXISTS (SELECT 1 FROM link_entity_members m JOIN entity_mentions em ON em.entity_id = m.entity_id'
            f' WHERE m.canonical_id IN ({_qs(len(about))}) AND m.document_id = c.document_id'
            ' AND em.start >= c.start AND em."end" <= c."end" AND em.field = \'body\')')   # headline offsets are not the body's
        args += about
    if by is not None or by_text:
        parts = []
        if by:
            parts.append(f"o.speaker_id IN ({_qs(len(by))})")
            args += by
        if by_text:
            parts.append("lower(c.speaker) LIKE ?")
            args.append(f"%{by_text.lower()}%")
        where.append("(" + " OR ".join(parts) + ")")
    if event_id is not None:
        where.append("ec.event_id = ?")
        args.append(event_id)
    if kind:
        where.append("c.kind = ?")
        args.append(kind)
    if contested:
        where.append("EXISTS (SELECT 1 FROM link_claim_relations r WHERE r.type = 'contradicts' AND (r.claim_a = c.id OR r.claim_b = c.id))")
    if framework:
        where.append("EXISTS (SELECT 1 FROM link_legal l WHERE l.claim_id = c.id AND (l.framework = ? OR l.framework || ' ' || l.provision LIKE ?))")
        args += [framework, f"%{framework}%"]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.document_id, c.ordinal LIMIT ?"
    args.append(-1 if limit is None else limit)
    out = []
    for r in _run(store, sql, args):
        d = _claim_row(r)
        d["outlet"] = d.pop("a_outlet") or d["outlet"]
        out.append(d)
    return out


# ---------------------------------------------------------------------------------- legal
def add_legal(store: Store, rows: Iterable[dict]) -> None:
    _defer_many(store,
        'INSERT INTO link_legal(document_id, claim_id, framework, provision, label, trigger, start, "end", speaker, polarity)'
        " VALUES (:document_id, :claim_id, :framework, :provision, :label, :trigger, :start, :end, :speaker, :polarity)",
        list(rows))


def legal_entries(store: Store, document_id: int | None = None, claim_ids: Iterable[int] | None = None,
                  framework: str | None = None) -> list[dict]:
    sql = 'SELECT id, document_id, claim_id, framework, provision, label, trigger, start, "end", speaker, polarity FROM link_legal'
    where: list[str] = []
    args: list = []
    if document_id is not None:
        where.append("document_id = ?")
        args.append(document_id)
    if claim_ids is not None:
        ids = list(claim_ids)
        if not ids:
            return []
        where.append(f"claim_id IN ({_qs(len(ids))})")
        args += ids
    if framework:
        where.append("(framework = ? OR framework || ' ' || provision LIKE ?)")
        args += [framework, f"%{framework}%"]
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [dict(r) for r in _run(store, sql + " ORDER BY document_id, start, id", args)]


def counts(store: Store) -> dict:
    one = lambda sql: _run(store, sql).fetchone()[0]  # noqa: E731
    return {
        "canonical_entities": one("SELECT count(*) FROM link_entities"),
        "events": one("SELECT count(*) FROM link_events"),
        "corroborates": one("SELECT count(*) FROM link_claim_relations WHERE type = 'corroborates'"),
        "contradicts": one("SELECT count(*) FROM link_claim_relations WHERE type = 'contradicts'"),
        "legal": one("SELECT count(*) FROM link_legal"),
        "linked_documents": one("SELECT count(*) FROM link_documents"),
    }

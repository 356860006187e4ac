"""Read queries for the API, the web UI and the exports (and the one write the JSONL import needs).

Every function takes a :class:`~claimgraph.store.Store` and returns plain dataclasses / dicts;
SQL stays in this package. Pagination is by keyset ("cursor"): a page is ordered by a unique
key and the next page starts after the last key seen, so pages stay stable and cheap at any
depth.

The linking stage (canonical entities, events, relations between claims, a legal-framework
index) lands in a later migration. Everything that reads its tables goes through
:func:`link_features`, which looks at the schema actually present; with no linking tables the
functions return nothing and the callers hide those views.
"""

from __future__ import annotations

import datetime
import json
import re
import secrets
import sqlite3
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, Iterator

from . import Store, StoreError

# ---------------------------------------------------------------------------------------------
# plain records


@dataclass
class DocumentRow:
    id: int
    sha256: str
    kind: str
    origin: str
    outlet: str | None
    title: str | None
    size: int | None
    encoding: str | None
    captured_at: str | None
    ingested_at: str
    published: str | None = None
    claims: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class ClaimRow:
    id: int
    document_id: int
    ordinal: int
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    kind: str
    content: str
    start: int
    end: int
    stance: str | None
    evidence: list[str]
    document_sha256: str
    headline: str | None
    outlet: str | None
    published: str | None
    date: str | None  # published, else captured, else ingested: what the timeline sorts by
    evidence_spans: list[dict] = field(default_factory=list)
    detail_json: str = "{}"

    @property
    def speaker_type(self) -> str | None:
        """person, organisation, state organ, media outlet, document or anonymous source."""
        return self.detail.get("speaker_type")

    @cached_property
    def detail(self) -> dict[str, Any]:
        """The claim exactly as the extractor emitted it (decoded on first use: lists rarely need it)."""
        return _loads(self.detail_json, {})


@dataclass
class Page:
    items: list
    next_cursor: str | None


#: The relation types the linker writes: what a claims filter's ``relation`` may name.
RELATION_TYPES = ("contradicts", "corroborates")
#: A claims filter's ``date_from``/``date_to``: YYYY, YYYY-MM or YYYY-MM-DD (the API and the web UI check it).
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


def calendar_date(value: str | None) -> str | None:
    """A full YYYY-MM-DD must be a day of the calendar (the pattern alone lets 2026-02-30 through)."""
    if value and len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value} is not a day of the calendar") from None
    return value


@dataclass
class ClaimFilters:
    speaker: str | None = None
    entity: str | None = None
    kind: str | None = None
    stance: str | None = None
    document_id: int | None = None
    q: str | None = None  # words that must appear in the claim's content
    date_from: str | None = None  # ISO date (inclusive)
    date_to: str | None = None  # ISO date (inclusive: the whole day)
    event: int | None = None  # linking stage
    relation: str | None = None  # linking stage: claims in a relation of this type
    framework: str | None = None  # linking stage: claims indexed under this legal framework


@dataclass
class SearchHitRow:
    id: int
    sha256: str
    title: str | None
    outlet: str | None
    kind: str
    snippet: list[tuple[str, bool]]  # (text, is_match) pieces; the caller escapes and marks
    rank: float


# Match markers in FTS5 snippets carry a random per-process nonce, so text from a page can
# never forge one (a page may well contain any fixed marker string).
_NONCE = secrets.token_hex(12)
_MARK_OPEN, _MARK_CLOSE = f"\ue000{_NONCE}<", f">{_NONCE}\ue001"

_DATE_SQL = "coalesce(a.published, d.captured_at, d.ingested_at)"
# The same date in a WHERE clause that joins only articles: the document row (large: it holds the
# text) is read only for the documents without a published date.
_DATE_WHERE = ("coalesce(a.published, (SELECT coalesce(d0.captured_at, d0.ingested_at) FROM documents d0"
               " WHERE d0.id = c.document_id))")

_CLAIM_SELECT = (
    'SELECT c.id, c.document_id, c.ordinal, c.speaker, c.speaker_text, c.cue, c.kind, c.content, c.start, c."end",'
    " c.stance, c.evidence, c.detail, json_extract(c.detail, '$.evidence_spans') AS evidence_spans, d.sha256, coalesce(a.headline, d.title) AS headline,"
    " coalesce(a.outlet, d.outlet) AS outlet, a.published, " + _DATE_SQL + " AS date"
    " FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN articles a ON a.document_id = c.document_id"
)


def _claim(row: sqlite3.Row) -> ClaimRow:
    return ClaimRow(
        id=row["id"], document_id=row["document_id"], ordinal=row["ordinal"], speaker=row["speaker"],
        speaker_text=row["speaker_text"], cue=row["cue"], kind=row["kind"], content=row["content"],
        start=row["start"], end=row["end"], stance=row["stance"],
        evidence=_loads(row["evidence"], []) if row["evidence"] not in (None, "[]") else [],
        document_sha256=row["sha256"], headline=row["headline"], outlet=row["outlet"], published=row["published"],
        date=row["date"], evidence_spans=_loads(row["evidence_spans"], []) if row["evidence_spans"] not in (None, "[]") else [],
        detail_json=row["detail"] or "{}",
    )


def _loads(text: str | None, default):
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def encode_cursor(value: int) -> str:
    return f"{value:d}"


def decode_cursor(cursor: str | None) -> int:
    if cursor is None or cursor == "":
        return 0
    if not re.fullmatch(r"\d{1,18}", cursor):
        raise StoreError(f"not a valid cursor: {cursor[:40]!r} (pass back the next_cursor of the previous page)")
    return int(cursor)


def set_read_only(store: Store, cache_mb: int = 32, mmap_mb: int = 256) -> None:
    """Tune a connection for serving: refuse writes (the server's default), a larger page cache
    and memory-mapped reads (shared between connections by the OS), which together halve the
    time of the filtered claim queries on a store larger than SQLite's default 2 MB cache."""
    store.conn.execute("PRAGMA query_only = ON")
    store.conn.execute(f"PRAGMA cache_size = -{int(cache_mb) * 1024:d}")
    store.conn.execute(f"PRAGMA mmap_size = {int(mmap_mb) * 1024 * 1024:d}")


# ---------------------------------------------------------------------------------------------
# documents


def _document_row(row: sqlite3.Row) -> DocumentRow:
    keys = row.keys()
    return DocumentRow(
        id=row["id"], sha256=row["sha256"], kind=row["kind"], origin=row["origin"], outlet=row["outlet"],
        title=row["title"], size=row["size"], encoding=row["encoding"], captured_at=row["captured_at"],
        ingested_at=row["ingested_at"], published=row["published"] if "published" in keys else None,
        claims=row["n_claims"] if "n_claims" in keys else 0, metadata=_loads(row["metadata"], {}),
    )


def list_documents(store: Store, cursor: str | None = None, limit: int = 50, outlet: str | None = None) -> Page:
    after = decode_cursor(cursor)
    where: list[str] = ["d.id > ?"]
    params: list = [after]
    if outlet:
        where.append("coalesce(a.outlet, d.outlet) = ?")
        params.append(outlet)
    sql = (
        "SELECT d.id, d.sha256, d.kind, d.origin, coalesce(a.outlet, d.outlet) AS outlet, coalesce(a.headline, d.title) AS title,"
        " b.size, d.encoding, d.captured_at, d.ingested_at, d.metadata, a.published,"
        " (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS n_claims"
        " FROM documents d JOIN blobs b USING (sha256) LEFT JOIN articles a ON a.document_id = d.id"
        f" WHERE {' AND '.join(where)} ORDER BY d.id LIMIT ?"
    )
    rows = store.conn.execute(sql, (*params, limit + 1)).fetchall()
    items = [_document_row(r) for r in rows[:limit]]
    return Page(items, encode_cursor(items[-1].id) if len(rows) > limit else None)


def document_detail(store: Store, document_id: int) -> dict | None:
    """A document with its captures, article (with field spans), entities and claims."""
    row = store.conn.execute(
        "SELECT d.*, b.size, b.media_type AS blob_media_type FROM documents d JOIN blobs b USING (sha256) WHERE d.id = ?",
        (document_id,),
    ).fetchone()
    if row is None:
        return None
    doc = _document_row(row)
    article = store.article(document_id)
    if article is not None:
        doc.published = article.get("published")
    claims = claims_page(store, ClaimFilters(document_id=document_id), limit=100000).items
    doc.claims = len(claims)
    return {
        "document": doc,
        "source_text": row["source_text"],
        "text": row["body"],
        "media_type": row["blob_media_type"],
        "captures": [asdict(c) for c in store.captures(doc.sha256)],
        "article": article,
        "entities": store.entities(document_id),
        "claims": claims,
    }


def captures_for(store: Store, sha256: str) -> list[dict]:
    return [asdict(c) for c in store.captures(sha256)]


def custody_lines(store: Store, sha256: str) -> list[str]:
    """The custody entries about these bytes, as mirrored in the store (oldest first)."""
    return list(store.custody_lines(sha256))


def blob_info(store: Store, sha256: str) -> dict | None:
    row = store.conn.execute("SELECT sha256, size, media_type, first_seen FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        return None
    enc = store.conn.execute("SELECT encoding FROM captures WHERE sha256 = ? AND encoding IS NOT NULL ORDER BY id LIMIT 1",
                             (sha256,)).fetchone()
    doc = store.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return {"sha256": row["sha256"], "size": row["size"], "media_type": row["media_type"], "first_seen": row["first_seen"],
            "encoding": enc[0] if enc else None, "document_id": doc[0] if doc else None}


# ---------------------------------------------------------------------------------------------
# claims


def _claim_where(store: Store, f: ClaimFilters, after: int = 0, first: int = -1) -> tuple[list[str], list]:
    """The WHERE terms and parameters of ``f`` over ``claims c``. ``after`` (a page's cursor) also
    bounds the entity filter's id sets, so that a later page does not gather the earlier pages'
    ids again; ``first`` (-1: all), when the entity is the only filter, takes only that many
    of each set (the page's ids are the smallest of their union)."""
    where: list[str] = []
    params: list = []
    if f.document_id is not None:
        where.append("c.document_id = ?")
        params.append(f.document_id)
    if f.speaker:
        where.append("c.speaker = ?")
        params.append(f.speaker)
    # kind and stance have a handful of values: when a selective filter is present, keep SQLite
    # from picking their index ("+" makes the term unindexable) over the speaker/document one;
    # with a speaker, kind is the second column of claims_speaker_kind (migration 0014).
    selective = "+" if (f.speaker or f.document_id is not None or f.entity) else ""
    if f.kind:
        where.append(f"{'' if f.speaker else selective}c.kind = ?")
        params.append(f.kind)
    if f.stance:
        where.append(f"{selective}c.stance = ?")
        params.append(f.stance)
    if f.entity:
        # Claims spoken by the entity, or whose quoted/reported content mentions it (under any of
        # its names, when the linking stage has merged them).
        canon = canonical_entity(store, f.entity)
        names = canon["names"] if canon else [f.entity]
        marks = ",".join("?" * len(names))
        # One IN over a UNION of id sets, each read from an index in id order (the speaker index,
        # claim_mentions_name: migration 0014), instead of an OR with the mention join, which
        # neither store planned better than a walk over every claim (PostgreSQL) or thousands of
        # index probes a request for a frequent name.
        # (each set's ids are named "id": PostgreSQL then knows the key is never NULL and keeps
        # the index's order, see backend._nulls_as_sqlite)
        union = (f"SELECT id FROM (SELECT id FROM claims WHERE speaker IN ({marks}) AND id > ? ORDER BY id LIMIT ?) AS by_name"
                 " UNION SELECT id FROM (SELECT claim_id AS id FROM claim_mentions"
                 f" WHERE name IN ({marks}) AND claim_id > ? ORDER BY id LIMIT ?) AS mentioning")
        params += [*names, after, first, *names, after, first]
        if canon:
            union += (" UNION SELECT id FROM (SELECT claim_id AS id FROM link_claim_origins"
                      " WHERE speaker_id = ? AND claim_id > ? ORDER BY id LIMIT ?) AS by_canonical")
            params += [canon["id"], after, first]
        where.append(f"c.id IN ({union})")
    if f.q:
        for word in f.q.split()[:12]:
            where.append("instr(lower(c.content), lower(?)) > 0")
            params.append(word)
    if f.date_from:
        where.append(_DATE_WHERE + " >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append(_DATE_WHERE + " < ?")
        params.append(f.date_to + "\uffff")  # the whole of that day, whatever the time part
    links = link_features(store) if (f.event is not None or f.relation or f.framework) else {}
    if f.event is not None:
        if not links.get("events"):
            raise StoreError("there are no events in this store yet (the linking stage has not run)")
        where.append("c.id IN (SELECT claim_id FROM link_event_claims WHERE event_id = ?)")
        params.append(f.event)
    if f.relation:
        if not links.get("relations"):
            raise StoreError("there are no relations between claims in this store yet (the linking stage has not run)")
        where.append("c.id IN (SELECT claim_a FROM link_claim_relations WHERE type = ? UNION SELECT claim_b FROM link_claim_relations WHERE type = ?)")
        params += [f.relation, f.relation]
    if f.framework:
        if not links.get("legal"):
            raise StoreError("there is no legal-framework index in this store yet (the linking stage has not run)")
        where.append("c.id IN (SELECT claim_id FROM link_legal WHERE framework = ?)")
        params.append(f.framework)
    return where, params


def claims_page(store: Store, filters: ClaimFilters, cursor: str | None = None, limit: int = 50,
                with_detail: bool = True) -> Page:
    """Claims matching ``filters`` in id order (the order of ingest, then of the text).

    ``with_detail=False`` leaves out the extractor's full record (``detail``), which a list of
    claims rarely needs; ``evidence_spans`` are always there.
    """
    after = decode_cursor(cursor)
    entity_only = filters == ClaimFilters(entity=filters.entity)
    where, params = _claim_where(store, filters, after, limit + 1 if entity_only else -1)
    where.insert(0, "c.id > ?")
    params.insert(0, after)
    # In one statement, two steps: the ids of the page (joining articles only when a date filter
    # needs them), then the full rows of just those ids (one round trip on PostgreSQL).
    joins = " LEFT JOIN articles a ON a.document_id = c.document_id" if (filters.date_from or filters.date_to) else ""
    select = _CLAIM_SELECT if with_detail else _CLAIM_SELECT.replace(" c.detail,", " '{}' AS detail,", 1)
    rows = store.conn.execute(
        f"{select} WHERE c.id IN (SELECT c.id FROM claims c{joins} WHERE {' AND '.join(where)} ORDER BY c.id LIMIT ?)"
        " ORDER BY c.id", (*params, limit + 1)).fetchall()
    more = len(rows) > limit
    items = [_claim(r) for r in rows[:limit]]
    return Page(items, encode_cursor(items[-1].id) if more else None)


def timeline(store: Store, filters: ClaimFilters, limit: int = 500) -> list[ClaimRow]:
    """Claims matching ``filters`` in date order (published, else captured, else ingested)."""
    where, params = _claim_where(store, filters)
    sql = f"{_CLAIM_SELECT} {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY date, c.document_id, c.ordinal LIMIT ?"
    return [_claim(r) for r in store.conn.execute(sql, (*params, limit)).fetchall()]


def claim(store: Store, claim_id: int) -> ClaimRow | None:
    row = store.conn.execute(f"{_CLAIM_SELECT} WHERE c.id = ?", (claim_id,)).fetchone()
    return _claim(row) if row else None


def iter_claims(store: Store, batch: int = 2000) -> Iterator[ClaimRow]:
    after = 0
    while True:
        rows = store.conn.execute(f"{_CLAIM_SELECT} WHERE c.id > ? ORDER BY c.id LIMIT ?", (after, batch)).fetchall()
        if not rows:
            return
        for r in rows:
            yield _claim(r)
        after = rows[-1]["id"]


def facet_values(store: Store) -> dict[str, list[tuple[str, int]]]:
    """Values to offer in the claim filters: speakers, kinds, stances (with counts)."""
    q = store.conn.execute
    return {
        "speakers": [(r[0], r[1]) for r in q(
            "SELECT speaker, count(*) FROM claims WHERE speaker IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 200")],
        "kinds": [(r[0], r[1]) for r in q("SELECT kind, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC")],
        "stances": [(r[0], r[1]) for r in q("SELECT stance, count(*) FROM claims WHERE stance IS NOT NULL GROUP BY 1 ORDER BY 2 DESC")],
    }


# ---------------------------------------------------------------------------------------------
# entities


def list_entities(store: Store, cursor: str | None = None, limit: int = 100, q: str | None = None,
                  type: str | None = None) -> Page:
    """Entities grouped by canonical name across documents; the cursor is the row offset."""
    offset = decode_cursor(cursor)
    where, params = [], []
    if q:
        where.append("instr(lower(e.name), lower(?)) > 0")
        params.append(q)
    if type:
        where.append("e.type = ?")
        params.append(type)
    sql = (
        "SELECT e.name, min(e.type) AS type, count(DISTINCT e.document_id) AS documents,"
        " (SELECT count(*) FROM entity_mentions m JOIN entities e2 ON e2.id = m.entity_id WHERE e2.name = e.name AND m.field <> 'page') AS mentions,"
        " (SELECT count(*) FROM claims c WHERE c.speaker = e.name) AS claims_by"
        f" FROM entities e {'WHERE ' + ' AND '.join(where) if where else ''}"
        " GROUP BY e.name ORDER BY documents DESC, e.name LIMIT ? OFFSET ?"
    )
    rows = store.conn.execute(sql, (*params, limit + 1, offset)).fetchall()
    items = [dict(r) for r in rows[:limit]]
    return Page(items, encode_cursor(offset + limit) if len(rows) > limit else None)


def entity_detail(store: Store, name: str, limit: int = 500) -> dict | None:
    """An entity's names, claims by it and claims about it; across its linked names when linked."""
    canon = canonical_entity(store, name)
    names = canon["names"] if canon else [name]
    marks = ",".join("?" * len(names))
    rows = store.conn.execute(f"SELECT id, document_id, type FROM entities WHERE name IN ({marks})", names).fetchall()
    speaks = store.conn.execute(f"SELECT 1 FROM claims WHERE speaker IN ({marks}) LIMIT 1", names).fetchone()
    if not rows and not speaks and not canon:
        return None
    aliases = [(r[0], r[1]) for r in store.conn.execute(
        # aliases "as written" in the article (a page mention's text is furniture, not a way the story names it)
        f"SELECT m.text, count(*) FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name IN ({marks})"
        " AND m.field <> 'page'"
        " GROUP BY m.text ORDER BY 2 DESC, 1", names)]
    speaker_texts = [(r[0], r[1]) for r in store.conn.execute(
        f"SELECT speaker_text, count(*) FROM claims WHERE speaker IN ({marks}) AND speaker_text IS NOT NULL GROUP BY 1 ORDER BY 2 DESC",
        names)]
    by_cond, by_params = f"c.speaker IN ({marks})", list(names)
    if canon:
        by_cond = f"({by_cond} OR c.id IN (SELECT claim_id FROM link_claim_origins WHERE speaker_id = ?))"
        by_params.append(canon["id"])
    by = [_claim(r) for r in store.conn.execute(f"{_CLAIM_SELECT} WHERE {by_cond} ORDER BY date, c.id LIMIT ?",
                                                (*by_params, limit)).fetchall()]
    by_ids = {c.id for c in by}
    about_sql = (
        f"{_CLAIM_SELECT} WHERE c.id IN (SELECT claim_id FROM claim_mentions WHERE name IN ({marks}))"
        " ORDER BY date, c.id LIMIT ?"
    )
    about = [c for c in (_claim(r) for r in store.conn.execute(about_sql, (*names, limit)).fetchall()) if c.id not in by_ids]
    types = sorted({r["type"] for r in rows} | ({canon["type"]} if canon else set()))
    docs = sorted({r["document_id"] for r in rows})
    known = {a for a, _ in aliases}
    other_names = [n for n in names if n != name and n not in known]
    return {"name": canon["name"] if canon else name, "types": types, "aliases": aliases + [(n, 0) for n in other_names],
            "speaker_texts": speaker_texts, "documents": docs, "claims_by": by, "claims_about": about,
            "canonical": canon}


# ---------------------------------------------------------------------------------------------
# search


def _snippet_parts(snip: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"{re.escape(_MARK_OPEN)}|{re.escape(_MARK_CLOSE)}", snip)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


def search(store: Store, query: str, limit: int = 20, offset: int = 0) -> list[SearchHitRow]:
    """Full-text search over documents (:meth:`Store.search_rows`, within its time budget), the
    article's headline first, snippets split into (text, is_match) pieces."""
    rows = store.search_rows(query, marks=(_MARK_OPEN, _MARK_CLOSE), words=24, limit=limit, offset=offset, headlines=True)
    return [SearchHitRow(r["id"], r["sha256"], r["title"], r["outlet"], r["kind"], _snippet_parts(r["snip"] or ""), r["rank"])
            for r in rows]


# ---------------------------------------------------------------------------------------------
# overview


def overview(store: Store) -> dict:
    s = store.summary()
    recent = store.conn.execute(
        "SELECT d.id, coalesce(a.headline, d.title) AS title, coalesce(a.outlet, d.outlet) AS outlet, a.published, d.kind,"
        " (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS claims"
        " FROM documents d LEFT JOIN articles a ON a.document_id = d.id ORDER BY d.id DESC LIMIT 12").fetchall()
    nav = link_nav(store)
    contested = store.conn.execute("SELECT count(*) FROM link_claim_relations WHERE type = 'contradicts'").fetchone()[0] \
        if "relations" in nav else 0
    return {"summary": s, "recent": [dict(r) for r in recent], "links": sorted(nav),
            "events": list_events(store)[:12] if "events" in nav else [], "contested": contested}


# ---------------------------------------------------------------------------------------------
# the linking stage (migration 0004: link_* tables). Views appear only when the tables exist
# and hold something; filters on them answer with a clear error when the tables are missing.

_LINK_TABLES = {
    "events": ("link_events", "link_event_claims"),
    "relations": ("link_claim_relations",),
    "legal": ("link_legal",),
    "entities": ("link_entities", "link_entity_members", "link_entity_names", "link_claim_origins"),
}


def _tables(store: Store) -> set[str]:
    return store.table_names()


def link_features(store: Store) -> dict[str, bool]:
    """Linking-stage features whose tables exist: {feature: has rows}."""
    tables = _tables(store)
    out: dict[str, bool] = {}
    for feature, needed in _LINK_TABLES.items():
        if all(t in tables for t in needed):
            out[feature] = store.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {needed[0]})").fetchone()[0] == 1
    return out


def link_nav(store: Store) -> set[str]:
    """Linking views worth a link in the navigation (tables present and not empty)."""
    return {k for k, v in link_features(store).items() if v}


def _event_row(r: sqlite3.Row) -> dict:
    profile = _loads(r["profile"], {}) if "profile" in r.keys() else {}
    return {"id": r["id"], "name": r["label"], "date": r["date_min"], "date_max": r["date_max"],
            "claims": r["claims"] if "claims" in r.keys() else 0, "profile": profile}


def list_events(store: Store) -> list[dict]:
    if "events" not in link_features(store):
        return []
    sql = ("SELECT e.id, e.label, e.date_min, e.date_max, e.profile,"
           " (SELECT count(*) FROM link_event_claims j WHERE j.event_id = e.id) AS claims"
           " FROM link_events e ORDER BY e.date_min, e.id")
    return [_event_row(r) for r in store.conn.execute(sql)]


def event_detail(store: Store, event_id: int) -> dict | None:
    if "events" not in link_features(store):
        return None
    row = store.conn.execute("SELECT id, label, date_min, date_max, profile FROM link_events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    out = _event_row(row)
    out["description"] = _profile_text(out["profile"])
    out["claims"] = timeline(store, ClaimFilters(event=event_id), limit=2000)
    out["documents"] = [r[0] for r in store.conn.execute(
        "SELECT document_id FROM link_event_documents WHERE event_id = ? ORDER BY document_id", (event_id,))]
    return out


def _profile_text(profile) -> str | None:
    """'places: A, B · actors: C' from an event profile {places: {name: n}, actors: ..., terms: ...}."""
    if not isinstance(profile, dict):
        return None
    parts = []
    for key in ("places", "actors"):
        val = profile.get(key)
        if isinstance(val, dict):
            names = [k for k, _ in sorted(val.items(), key=lambda kv: -kv[1] if isinstance(kv[1], (int, float)) else 0)][:6]
        elif isinstance(val, list):
            names = [str(v[0] if isinstance(v, (list, tuple)) else v) for v in val][:6]
        else:
            continue
        if names:
            parts.append(f"{key}: {', '.join(map(str, names))}")
    return " · ".join(parts) or None


def relations(store: Store, relation: str | None = "contradicts", limit: int = 200) -> list[dict]:
    """Pairs of related claims (default: contradicting ones) with their reasons."""
    if "relations" not in link_features(store):
        return []
    where = "WHERE r.type = ?" if relation else ""
    sql = ("SELECT r.claim_a, r.claim_b, r.type, r.reason, r.independent, r.confidence, r.event_id"
           f" FROM link_claim_relations r {where} ORDER BY r.confidence DESC, r.id LIMIT ?")
    out = []
    for r in store.conn.execute(sql, ((relation, limit) if relation else (limit,))).fetchall():
        a, b = claim(store, r["claim_a"]), claim(store, r["claim_b"])
        if a and b:
            out.append({"a": a, "b": b, "relation": r["type"], "reason": r["reason"], "score": r["confidence"],
                        "independent": bool(r["independent"]), "event_id": r["event_id"]})
    return out


def relations_for_claim(store: Store, claim_id: int) -> list[dict]:
    if "relations" not in link_features(store):
        return []
    sql = ("SELECT type AS relation, reason, claim_b AS other, confidence, independent FROM link_claim_relations WHERE claim_a = ?"
           " UNION ALL SELECT type, reason, claim_a, confidence, independent FROM link_claim_relations WHERE claim_b = ?"
           " ORDER BY 4 DESC")
    return [dict(r) for r in store.conn.execute(sql, (claim_id, claim_id))]


def legal_index(store: Store, framework: str | None = None) -> list[dict]:
    """Allegations indexed by framework and provision (an index of what is alleged, never a verdict)."""
    if "legal" not in link_features(store):
        return []
    sql = ("SELECT l.id, l.document_id, l.claim_id, l.framework, l.provision, l.label, l.trigger, l.start, l.\"end\","
           " l.speaker, l.polarity, coalesce(a.headline, d.title) AS headline, coalesce(a.outlet, d.outlet) AS outlet,"
           " substr(a.body, l.start + 1, l.\"end\" - l.start) AS text"
           " FROM link_legal l JOIN documents d ON d.id = l.document_id LEFT JOIN articles a ON a.document_id = l.document_id"
           + (" WHERE l.framework = ?" if framework else "") + " ORDER BY l.framework, l.provision, l.document_id, l.start")
    out: dict[str, dict] = {}
    for r in store.conn.execute(sql, (framework,) if framework else ()).fetchall():
        fw = out.setdefault(r["framework"], {"framework": r["framework"], "entries": []})
        fw["entries"].append({
            "provision": r["provision"], "label": r["label"], "note": r["label"], "trigger": r["trigger"],
            "polarity": r["polarity"], "speaker": r["speaker"], "document_id": r["document_id"], "headline": r["headline"],
            "outlet": r["outlet"], "text": r["text"], "start": r["start"], "end": r["end"],
            "claim": claim(store, r["claim_id"]) if r["claim_id"] is not None else None,
        })
    return list(out.values())


def canonical_entity(store: Store, name: str) -> dict | None:
    """The canonical entity (linking stage) with this display name or name variant, if any."""
    # One statement (the entity filter of every claims request asks): the entity of that display
    # name, else of that name variant; none when the linking stage has not run (the tables are
    # there from migration 0004 on, empty).
    row = store.conn.execute(
        "SELECT id, name, type, 0 AS variant FROM link_entities WHERE name = ?"
        " UNION ALL SELECT e.id, e.name, e.type, 1 FROM link_entity_names n JOIN link_entities e ON e.id = n.canonical_id"
        " WHERE n.name = ? ORDER BY variant, id LIMIT 1", (name, name)).fetchone()
    if row is None:
        return None
    cid = row["id"]
    names = [r[0] for r in store.conn.execute("SELECT name FROM link_entity_names WHERE canonical_id = ? ORDER BY name", (cid,))]
    members = [dict(r) for r in store.conn.execute(
        "SELECT m.document_id, m.confidence, m.rule, m.evidence, e.name FROM link_entity_members m"
        " LEFT JOIN entities e ON e.id = m.entity_id WHERE m.canonical_id = ? ORDER BY m.document_id", (cid,))]
    return {"id": cid, "name": row["name"], "type": row["type"], "names": sorted({row["name"], *names}), "members": members}


# ---------------------------------------------------------------------------------------------
# the JSONL import (round trip of ``claimgraph export --format jsonl``)


def import_document(store: Store, rec: dict) -> tuple[int | None, bool]:
    """Insert one exported document (blob, captures, document) unless its sha256 is present."""
    from . import CaptureRecord, DocumentRecord

    existing = store.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (rec["sha256"],)).fetchone()
    if existing:
        return existing[0], False
    caps = rec.get("captures") or []
    doc_id = None
    for i, cap in enumerate(caps or [{}]):
        capture = CaptureRecord(
            sha256=rec["sha256"], origin=cap.get("origin", rec.get("origin", "")), media_type=cap.get("media_type", rec.get("media_type") or "application/octet-stream"),
            ingested_at=cap.get("ingested_at", rec.get("ingested_at", "")), tool_version=cap.get("tool_version", "unknown"),
            encoding=cap.get("encoding"), captured_at=cap.get("captured_at"), container_sha256=None,
            metadata={**(cap.get("metadata") or {}), **({"container_sha256": cap["container_sha256"]} if cap.get("container_sha256") else {})},
        )
        document = None
        if i == 0:
            document = DocumentRecord(
                sha256=rec["sha256"], kind=rec["kind"], origin=rec.get("origin", ""), body=rec.get("text") or "",
                source_text=rec.get("source_text") or rec.get("text") or "", ingested_at=rec.get("ingested_at", ""),
                outlet=rec.get("outlet"), title=rec.get("title"), encoding=rec.get("encoding"),
                captured_at=rec.get("captured_at"), metadata=rec.get("metadata") or {},
            )
        got, _ = store.add_capture(capture, int(rec.get("size") or 0), document)
        if got is not None:
            doc_id = got
    return doc_id, True


def document_detail_light(store: Store, document_id: int) -> dict | None:
    """What locating a claim in its source needs: article body and spans, decoded source, encoding,
    and for a paged source (PDF) where its pages start and end."""
    row = store.conn.execute(
        "SELECT d.source_text, d.encoding, d.kind, a.body, a.spans, json_extract(d.metadata, '$.pages') AS pages"
        " FROM documents d LEFT JOIN articles a ON a.document_id = d.id WHERE d.id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    return {"source_text": row["source_text"], "encoding": row["encoding"], "kind": row["kind"], "body": row["body"],
            "spans": _loads(row["spans"], {}), "pages": _loads(row["pages"], None) if row["pages"] else None}


# ---------------------------------------------------------------------------------------------
# exports


def analysed_document_ids(store: Store) -> list[int]:
    """Documents that have an article or claims (what an export carries), in id order."""
    return [r[0] for r in store.conn.execute(
        "SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)"
        " OR EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id) ORDER BY d.id")]


def article_meta(store: Store, document_id: int) -> dict:
    row = store.conn.execute("SELECT extracted_at, tool_version FROM articles WHERE document_id = ?", (document_id,)).fetchone()
    return {"extracted_at": row[0], "tool_version": row[1]} if row else {}


def entity_types(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT name, min(type) FROM entities GROUP BY name")}


def first_origins(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT sha256, origin FROM captures WHERE id IN (SELECT min(id) FROM captures GROUP BY sha256)")}


def relation_counts(store: Store, claim_ids: list[int]) -> dict[int, dict[str, int]]:
    """{claim id: {relation type: count}} for these claims (linking stage; empty without it)."""
    if not claim_ids or "relations" not in link_nav(store):
        return {}
    marks = ",".join("?" * len(claim_ids))
    out: dict[int, dict[str, int]] = {}
    for cid, typ, n in store.conn.execute(
            f"SELECT claim_id, type, count(*) FROM (SELECT claim_a AS claim_id, type FROM link_claim_relations WHERE claim_a IN ({marks})"
            f" UNION ALL SELECT claim_b, type FROM link_claim_relations WHERE claim_b IN ({marks})) GROUP BY 1, 2",
            (*claim_ids, *claim_ids)):
        out.setdefault(cid, {})[typ] = n
    return out

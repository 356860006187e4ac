"""The store: one SQLite file in WAL mode (the default), or a PostgreSQL database shared by a
team (``--db postgresql://...``; store/backend.py). Only this package knows SQL.

Every write that makes a document visible (its blob, its capture, the document row) happens
in one transaction, so a crash leaves either all of it or none of it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

from . import migrate
from .backend import RUN_LOCK, PgConnection, defer, defer_many, is_postgres_url, redact_url


#: The largest row id SQLite can hold: a larger id finds nothing (binding it would overflow).
MAX_ID = 2**63 - 1



#: The letters the search index folds (migration 0011), one for one; queries are folded alike.
_SEARCH_FOLD = str.maketrans({"ё": "е", "Ё": "Е", "ї": "і", "Ї": "І", "ґ": "г", "Ґ": "Г"})


def fts_plain_query(query: str) -> str:
    """A query FTS5 could not read, as plain words: each in quotes, a trailing star kept outside
    them as FTS5's prefix (``"п'ятниц"*``: inside the quotes it would be no operator, and the
    prefix a whole word)."""
    terms = [(t[:-1], "*") if len(t) > 1 and t.endswith("*") else (t, "") for t in query.split()]
    return " ".join('"' + t.replace('"', '""') + '"' + star for t, star in terms)


#: Seconds of work one search may take (docs/serving.md). What a search costs grows with the
#: home (every match is ranked and the best given a snippet) and with its terms, most with prefix
#: terms: 120 frequent words took 32 s on a home of 2,000 short pages. No count of words bounds
#: that on every home, a deadline does: SQLite checks it in a progress handler (FTS5 steps the
#: VM often enough that the handler stops such a query within about a second of its deadline),
#: PostgreSQL in the search's own ``statement_timeout``.
SEARCH_BUDGET_SECONDS = 3.0

#: What a search over its budget is told (the API's 400, the page, the CLI's exit 1).
SEARCH_TOO_BROAD = ("this search is too broad for this home (it needs more than {budget:g} s): "
                    "add a rarer word or put the exact quote in double quotes")

#: VM steps between two looks at the search's deadline on SQLite.
_DEADLINE_STEPS = 100


def fold_search_text(text: str) -> str:
    """A search query as the index holds text: composed (NFC: a letter typed as a base and a
    combining mark would lose the mark in the tokenizer), then ё→е, ї→і, ґ→г (migration 0011)."""
    return unicodedata.normalize("NFC", text or "").translate(_SEARCH_FOLD)

# Full-text search on PostgreSQL (migration 0011 there): the documents' `search` column, a query
# read as a web search engine reads one (words, "phrases", OR, -word; never a syntax error),
# folded as the index is, ranked best first as bm25 ranks on SQLite (lower is better), with a
# snippet of the body around the matches. The first parameter is pg_headline_options(), the
# second the query.
_PG_FOLD = "translate(?, 'ёЁїЇґҐʼ’', 'еЕіІгГ' || repeat(chr(39), 2))"
PG_TSQUERY = f"websearch_to_tsquery('claimgraph_search'::regconfig, {_PG_FOLD})"
_PG_PREFIX_TSQUERY = f"to_tsquery('claimgraph_search'::regconfig, {_PG_FOLD})"
_PG_TERM = re.compile(r'"[^"]*"|\S+')


def pg_tsquery(query: str) -> tuple[str, str]:
    """(SQL of the tsquery, its parameter) for a search query on PostgreSQL. A query with a prefix
    term (``drone*``, as FTS5 reads it on SQLite) is written out for to_tsquery; any other is read
    by websearch_to_tsquery."""
    if not any(t.endswith("*") and not t.startswith('"') for t in query.split()):
        return PG_TSQUERY, query
    out: list[str] = []
    negate = False
    for term in _PG_TERM.findall(query):
        if term in ("OR", "AND", "NOT"):
            if term == "OR" and out and out[-1] not in ("|", "&"):
                out.append("|")
            negate = negate or term == "NOT"
            continue
        if term.startswith("-") and len(term) > 1:
            negate, term = True, term[1:]
        prefix = term.endswith("*") and not term.startswith('"')
        words = [w for w in re.split(r"[^\w']+", term.strip('"*')) if w]
        if not words:
            continue
        quoted = " <-> ".join("'" + w.replace("'", "''") + "'" for w in words) + (":*" if prefix else "")
        if out and out[-1] not in ("|", "&"):
            out.append("&")
        out.append(("!" if negate else "") + (f"({quoted})" if len(words) > 1 else quoted))
        negate = False
    return _PG_PREFIX_TSQUERY, " ".join(out) or query


PG_SNIPPET = "ts_headline('claimgraph_search'::regconfig, d.body, q, ?)"
PG_RANK = "-ts_rank(d.search, q)"


def pg_join_marks(snippet: str | None, start: str, stop: str) -> str:
    """ts_headline marks each word of a phrase; FTS5 marks the phrase: "[water] [supply]" -> "[water supply]"."""
    return re.sub(re.escape(stop) + r"(\s+)" + re.escape(start), r"\1", snippet or "")


def pg_headline_options(start: str, stop: str, words: int) -> str:
    """ts_headline's options: match markers, about ``words`` words around the first match."""
    return (f'StartSel="{start}", StopSel="{stop}", MaxWords={words:d}, MinWords={max(words // 2, 1):d}, '
            'ShortWord=0, MaxFragments=1, FragmentDelimiter="…"')


class StoreError(Exception):
    """A friendly, one-line problem with the store or a query."""


class SearchTooBroad(StoreError):
    """A search that ran past its time budget (:data:`SEARCH_BUDGET_SECONDS`) and was stopped."""


@dataclass
class CaptureRecord:
    sha256: str
    origin: str
    media_type: str
    ingested_at: str
    tool_version: str
    encoding: str | None = None
    captured_at: str | None = None
    container_sha256: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocumentRecord:
    sha256: str
    kind: str
    origin: str
    body: str
    source_text: str
    ingested_at: str
    outlet: str | None = None
    title: str | None = None
    encoding: str | None = None
    captured_at: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    size: int | None = None
    captures: list[CaptureRecord] = field(default_factory=list)


@dataclass
class SearchHit:
    id: int
    sha256: str
    title: str | None
    outlet: str | None
    kind: str
    snippet: str
    rank: float


@dataclass
class Summary:
    documents: int
    captures: int
    blobs: int
    by_outlet: list[tuple[str, int]]
    by_kind: list[tuple[str, int]]
    entities: int = 0
    claims: int = 0
    claims_by_kind: list[tuple[str, int]] = field(default_factory=list)
    top_speakers: list[tuple[str, int]] = field(default_factory=list)


#: Fills claim_mentions (migration 0014) for the documents whose ids lie in [?, ?]: each claim
#: whose span holds a mention of an entity, with the entity's name.
CLAIM_MENTIONS_OF_DOCUMENTS = (
    "INSERT INTO claim_mentions(claim_id, name)"
    " SELECT DISTINCT c.id, e.name FROM entities e JOIN entity_mentions m ON m.entity_id = e.id"
    ' JOIN claims c ON c.document_id = e.document_id AND m.start >= c.start AND m."end" <= c."end"'
    " WHERE e.document_id BETWEEN ? AND ? AND m.field = 'body'")   # a headline mention's offsets are not the body's


#: A custody entry's mirror row. A row already there is the same entry (the mirror copies the
#: file, and seq and hash are unique): another process's catch-up (custody.CustodyLog._mirror)
#: may have copied it from the file before this one's transaction, which then leaves it.
CUSTODY_MIRROR_INSERT = "INSERT OR IGNORE INTO custody(seq, hash, prev, action, sha256, at, entry) VALUES (?, ?, ?, ?, ?, ?, ?)"


class Store:
    """The store at ``location``: a SQLite file path, or a ``postgresql://`` URL."""

    #: Statements the linking helpers (store/links.py) have sent: one round trip each, an
    #: executemany counting once (benchmarks/linking.py reports them per document).
    round_trips: int = 0

    #: "sqlite" or "postgresql": which SQL a query must be written in where the two differ.
    dialect: str

    #: Custody mirror rows waiting to go with this store's next write transaction
    #: (:meth:`mirror_custody_later`).
    _custody_later: list[tuple]

    def __init__(self, location: Path | str) -> None:
        self._custody_later = []
        if is_postgres_url(location):
            self._open_postgresql(str(location))
            return
        self.dialect = "sqlite"
        self.path = Path(location)
        self.where = str(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store directory {self.path.parent}: {exc.strerror or exc}") from None
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so transactions are explicit.
            self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 60000")
            _enable_wal(self.conn)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate.apply(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from None

    def _open_postgresql(self, url: str) -> None:
        self.dialect = "postgresql"
        self.where = redact_url(url)
        self.path = Path(self.where)   # for messages only: there is no file
        try:
            pg = PgConnection(url)
        except ImportError:
            raise StoreError("a PostgreSQL store needs the psycopg package (pip install 'psycopg[binary]')") from None
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from None
        # The store's SQL is typed for sqlite3.Connection; PgConnection answers the same calls.
        self.conn = pg  # type: ignore[assignment]
        try:
            migrate.apply_postgresql(pg)
        except Exception as exc:
            pg.close()
            raise StoreError(f"cannot open the store at {self.where}: {str(exc).strip()}") from None

    def close(self) -> None:
        try:
            if self._custody_later:
                self.add_custody([])
        except StoreError:
            pass  # the rows are in the custody file, and the next append to it catches the mirror up
        finally:
            self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writes ---------------------------------------------------------------------------

    def add_capture(self, capture: CaptureRecord, size: int, document: DocumentRecord | None = None) -> tuple[int | None, bool]:
        """Record one sighting of archived bytes, and the document they make, atomically.

        Returns ``(document id, added)``; ``added`` is False when the document already existed
        (identical bytes seen before), in which case only the capture row is new.
        """
        return self.add_captures([(capture, size, document)])[0]

    def add_captures(self, items: Sequence[tuple[CaptureRecord, int, DocumentRecord | None]]) -> list[tuple[int | None, bool]]:
        """:meth:`add_capture` for many sightings in one transaction: all of them or none.

        One commit per batch instead of one per document (a Telegram export's messages); each
        document still commits together with its capture, and an interrupted batch leaves nothing
        of itself, so running the ingest again stores it whole.
        """
        with self._write("write to the store"):
            sent = [self._insert_capture(capture, size, document) for capture, size, document in items]
        # the statements were sent with the COMMIT (one round trip on PostgreSQL): read their answers
        out: list[tuple[int | None, bool]] = []
        for inserted, existing in sent:
            if inserted is None:
                out.append((None, False))
            elif inserted.rowcount == 1:
                out.append((inserted.lastrowid, True))
            else:
                out.append((existing.fetchone()[0], False))
        return out

    @contextmanager
    def _write(self, what: str) -> Iterator[None]:
        """One write transaction (taking the write lock first); a database error becomes a
        :class:`StoreError` saying what could not be written. The statements inside may be
        deferred (store/backend.py): on PostgreSQL the whole transaction is then one round trip."""
        c = self.conn
        try:
            defer(c, "BEGIN IMMEDIATE")
            with self._custody_mirrored():
                yield
                c.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {what} at {self.where}: {exc}") from None

    @contextmanager
    def _custody_mirrored(self) -> Iterator[None]:
        """Inside a write transaction just begun: send the custody mirror rows waiting for one
        with it (deferred, so on PostgreSQL they cost no round trip of their own), and keep
        them waiting if the transaction does not commit."""
        rows, self._custody_later = self._custody_later, []
        try:
            if rows:
                defer_many(self.conn, CUSTODY_MIRROR_INSERT, rows)
            yield
        except BaseException:
            self._custody_later = rows + self._custody_later
            self.conn.execute("ROLLBACK")
            raise

    def _insert_capture(self, capture: CaptureRecord, size: int, document: DocumentRecord | None) -> tuple[Any, Any]:
        """The statements of one sighting, deferred: (the document's insert, the read of its id),
        cursors read once the transaction is sent; (None, None) without a document."""
        c = self.conn
        defer(c,
            "INSERT INTO blobs(sha256, size, media_type, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
            (capture.sha256, size, capture.media_type, capture.ingested_at),
        )
        defer(c,
            "INSERT INTO captures(sha256, origin, media_type, encoding, captured_at, ingested_at, tool_version, container_sha256, metadata)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (capture.sha256, capture.origin, capture.media_type, capture.encoding, capture.captured_at,
             capture.ingested_at, capture.tool_version, capture.container_sha256, dumps(capture.metadata)),
        )
        if document is None:
            return None, None
        inserted = defer(c,
            "INSERT INTO documents(sha256, kind, origin, outlet, title, body, source_text, encoding, captured_at, metadata, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
            (document.sha256, document.kind, document.origin, document.outlet, document.title, document.body,
             document.source_text, document.encoding, document.captured_at, dumps(document.metadata), document.ingested_at),
        )
        # the id of bytes seen before (read in the same transaction, so whichever insert won)
        return inserted, defer(c, "SELECT id FROM documents WHERE sha256 = ?", (document.sha256,))

    def save_analysis(self, document_id: int, article: dict, spans: dict, entities: list[dict], claims: list[dict],
                      extracted_at: str, tool_version: str, headline_claims: list[dict] | None = None) -> None:
        """Store a document's article, entities and claims, replacing any earlier analysis, atomically.

        ``article`` has the keys of ``Article.to_json()``; ``entities`` and ``claims`` those of the
        claims contract; ``headline_claims`` are offset into ``article["headline"]``. The document's title, outlet and searchable text are updated from the
        article so that search reads the article, not the page furniture.
        """
        c = self.conn
        # every statement deferred: on PostgreSQL the transaction is one round trip (the COMMIT's)
        defer(c, "BEGIN IMMEDIATE")
        with self._custody_mirrored():
            # A new analysis invalidates the document's links, even one saved within the same second.
            defer(c, "DELETE FROM link_documents WHERE document_id = ?", (document_id,))
            defer(c, "DELETE FROM claims WHERE document_id = ?", (document_id,))
            defer(c, "DELETE FROM entities WHERE document_id = ?", (document_id,))
            defer(c,
                "INSERT OR REPLACE INTO articles(document_id, headline, author, published, section, outlet, reprinted_from,"
                " language, body, captions, spans, extracted_at, tool_version, headline_claims)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, article.get("headline"), article.get("author"), article.get("published"), article.get("section"),
                 article.get("outlet"), article.get("reprinted_from"), article.get("language"), article.get("body") or "", dumps(article.get("captions") or []),
                 dumps(spans), extracted_at, tool_version, dumps(headline_claims or [])),
            )
            if (article.get("body") or "").strip():
                defer(c,
                    "UPDATE documents SET body = ?, title = coalesce(?, title), outlet = coalesce(?, outlet) WHERE id = ?",
                    (article["body"], article.get("headline"), article.get("outlet"), document_id),
                )
            for ent in entities:
                defer(c, "INSERT INTO entities(document_id, name, type) VALUES (?, ?, ?)", (document_id, ent["name"], ent["type"]))
                # the entity just inserted is the document's newest (ids only grow, and this
                # transaction holds the write lock): its id without waiting for the insert's answer
                defer_many(c, 'INSERT INTO entity_mentions(entity_id, text, start, "end", field)'
                              " SELECT max(id), ?, ?, ?, ? FROM entities WHERE document_id = ?",
                           [(m["text"], m["start"], m["end"], m.get("field") or "body", document_id)
                            for m in ent.get("mentions", [])])
            defer_many(c,
                'INSERT INTO claims(document_id, ordinal, speaker, speaker_text, cue, kind, content, start, "end", stance, evidence, detail)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(document_id, i, cl.get("speaker"), cl.get("speaker_text"), cl.get("cue"), cl["kind"], cl["content"],
                  cl["start"], cl["end"], cl.get("stance"), dumps(cl.get("evidence") or []), dumps(cl))
                 for i, cl in enumerate(claims)],
            )
            # the claims whose span holds an entity's mention, for the API's entity filter (0014)
            defer(c, CLAIM_MENTIONS_OF_DOCUMENTS, (document_id, document_id))
            defer(c, "UPDATE analysis_attempts SET stage = 'extracted' WHERE document_id = ? AND stage = 'extracting'", (document_id,))
            c.execute("COMMIT")

    # -- analysis attempts (migration 0008) ------------------------------------------------
    # An analysis is recorded before it starts ('extracting', then 'extracted' with the saved
    # analysis, 'linking'), and its row goes once the document is linked. A row left behind by
    # a run that was killed (or crashed) is settled by the next run: the document is marked
    # 'failed' and skipped until `claimgraph reanalyse` retries it.

    def _announce_run(self) -> None:
        """On PostgreSQL, this session analyses documents until it ends: a shared advisory lock
        that the server releases when the process exits or is killed (see settle_attempts)."""
        if self.dialect == "postgresql" and not getattr(self, "_running", False):
            self.conn.execute("SELECT pg_advisory_lock_shared(?)", (RUN_LOCK,))
            self._running = True

    def begin_extraction(self, document_ids: list[int], started_at: str) -> None:
        """Record that these documents are being extracted together (one batch)."""
        self._announce_run()
        self.conn.executemany(
            "INSERT INTO analysis_attempts(document_id, stage, batch, started_at, reason) VALUES (?, 'extracting', ?, ?, NULL)"
            " ON CONFLICT(document_id) DO UPDATE SET stage = excluded.stage, batch = excluded.batch,"
            " started_at = excluded.started_at, reason = NULL",
            [(i, len(document_ids), started_at) for i in document_ids])

    def begin_linking(self, document_id: int, started_at: str) -> None:
        self._announce_run()
        with self._failing("record a linking attempt"):
            self.conn.execute(
                "INSERT INTO analysis_attempts(document_id, stage, batch, started_at, reason) VALUES (?, 'linking', 1, ?, NULL)"
                " ON CONFLICT(document_id) DO UPDATE SET stage = 'linking', batch = 1, started_at = excluded.started_at, reason = NULL",
                (document_id, started_at))

    def end_analysis(self, document_id: int) -> None:
        """The document is analysed and linked: no attempt of it is pending."""
        with self._failing("end an analysis attempt"):
            self.conn.execute("DELETE FROM analysis_attempts WHERE document_id = ?", (document_id,))

    def fail_analysis(self, document_id: int, reason: str, at: str) -> None:
        """The document's analysis failed: it alone (batch 1, whatever batch it was begun in:
        the same record whichever path, local or Ray, found it)."""
        with self._failing("record a failed analysis"):
            self.conn.execute(
                "INSERT INTO analysis_attempts(document_id, stage, batch, started_at, reason) VALUES (?, 'failed', 1, ?, ?)"
                " ON CONFLICT(document_id) DO UPDATE SET stage = 'failed', batch = 1, reason = excluded.reason",
                (document_id, at, reason))

    @contextmanager
    def _failing(self, what: str) -> Iterator[None]:
        """A database error becomes a :class:`StoreError` (callers know no driver's errors)."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"cannot {what} at {self.where}: {exc}") from exc

    def settle_attempts(self) -> list[int]:
        """Settle what a killed or crashed run left: a document extracted alone or being linked is
        marked failed; one extracted in a batch is a suspect, returned to be analysed again alone
        (the batch's other documents are blameless); an interrupted re-analysis of a document that
        has an earlier analysis leaves that analysis standing. Returns the suspects.

        On PostgreSQL several ingests may run at once: what a live one is analysing is its own,
        not left behind, so attempts are settled only by a run that finds no other running (its
        exclusive try of the lock every analysing session holds shared succeeds)."""
        c = self.conn
        if self.dialect == "postgresql":
            if not c.execute("SELECT pg_try_advisory_lock(?)", (RUN_LOCK,)).fetchone()[0]:
                return []
            try:
                return self._settle_attempts()
            finally:
                c.execute("SELECT pg_advisory_unlock(?)", (RUN_LOCK,))
        return self._settle_attempts()

    def _settle_attempts(self) -> list[int]:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("UPDATE analysis_attempts SET stage = 'failed', reason = 'the analysis never finished (killed or crashed)'"
                      " WHERE (stage = 'extracting' AND batch = 1) OR stage = 'linking'")
            c.execute("DELETE FROM analysis_attempts WHERE stage = 'extracting'"
                      " AND document_id IN (SELECT document_id FROM articles)")
            suspects = [r[0] for r in c.execute(
                "SELECT document_id FROM analysis_attempts WHERE stage = 'extracting' ORDER BY document_id")]
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return suspects

    def failed_analyses(self) -> dict[int, dict]:
        """{document id: {"since", "reason"}} of every document whose analysis failed (skipped by
        ingest; `claimgraph reanalyse` retries it)."""
        return {r["document_id"]: {"since": r["started_at"], "reason": r["reason"]} for r in self.conn.execute(
            "SELECT document_id, started_at, reason FROM analysis_attempts WHERE stage = 'failed' ORDER BY document_id")}

    def add_custody(self, rows: list[tuple]) -> None:
        """Mirror custody entries: (seq, hash, prev, action, sha256, at, entry line), in one
        transaction with those waiting (:meth:`mirror_custody_later`)."""
        if not rows and not self._custody_later:
            return
        with self._write("write the custody mirror in the store"):
            if rows:
                defer_many(self.conn, CUSTODY_MIRROR_INSERT, rows)

    def mirror_custody_later(self, rows: list[tuple]) -> None:
        """Mirror custody entries with this store's next write transaction (a sighting's, an
        analysis's, :meth:`add_custody`'s) instead of one of their own: one commit a document.
        The entries are in the custody file already; should this process die first, the next
        append to the file catches the mirror up (custody.CustodyLog)."""
        self._custody_later.extend(rows)

    # -- reads ----------------------------------------------------------------------------

    def unanalysed(self) -> list[int]:
        """Documents that have no article yet (new, or left by an interrupted run), except those
        whose analysis failed and those with an attempt under way (another ingest's, on a shared
        store; after settle_attempts, a lone run's are its suspects, which it takes first)."""
        return [r[0] for r in self.conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN articles a ON a.document_id = d.id WHERE a.document_id IS NULL"
            " AND d.id NOT IN (SELECT document_id FROM analysis_attempts) ORDER BY d.id")]

    def document_ids(self) -> list[int]:
        """Every document's id, in order (no texts read)."""
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def document_by_id(self, document_id: int) -> DocumentRecord:
        row = self.conn.execute("SELECT d.*, b.size FROM documents d JOIN blobs b USING (sha256) WHERE d.id = ?", (document_id,)).fetchone()
        if row is None:
            raise StoreError(f"no document {document_id}")
        return _document(row)

    def article(self, document_id: int) -> dict | None:
        row = self.conn.execute("SELECT * FROM articles WHERE document_id = ?", (document_id,)).fetchone()
        if row is None:
            return None
        out = {k: row[k] for k in ("headline", "author", "published", "section", "outlet", "reprinted_from", "language", "body")}
        out["captions"] = json.loads(row["captions"])
        out["spans"] = json.loads(row["spans"])
        out["headline_claims"] = json.loads(row["headline_claims"])
        return out

    def entities(self, document_id: int) -> list[dict]:
        out = []
        for ent in self.conn.execute("SELECT id, name, type FROM entities WHERE document_id = ? ORDER BY id", (document_id,)).fetchall():
            # a headline mention says so (its offsets are into the headline); a body one keeps its old shape
            mentions = [{"text": m[0], "start": m[1], "end": m[2], **({"field": m[3]} if m[3] != "body" else {})}
                        for m in self.conn.execute('SELECT text, start, "end", field FROM entity_mentions'
                                                   " WHERE entity_id = ? ORDER BY field = 'body', start", (ent["id"],))]
            out.append({"name": ent["name"], "type": ent["type"], "mentions": mentions})
        return out

    def claims(self, document_id: int) -> list[dict]:
        rows = self.conn.execute("SELECT id, detail FROM claims WHERE document_id = ? ORDER BY ordinal", (document_id,))
        return [{"id": r["id"], **json.loads(r["detail"])} for r in rows]

    def documents(self, limit: int | None = None, offset: int = 0) -> Iterator[DocumentRecord]:
        sql = ("SELECT d.*, b.size FROM documents d JOIN blobs b USING (sha256) ORDER BY d.id LIMIT ? OFFSET ?")
        for row in self.conn.execute(sql, (-1 if limit is None else limit, offset)):
            yield _document(row)

    def document(self, ref: str) -> DocumentRecord:
        """A document by numeric id, full SHA-256, or a unique SHA-256 prefix of 6+ hex digits."""
        ref = ref.strip().lower()
        if ref.isascii() and ref.isdigit():
            if int(ref) > MAX_ID:
                raise StoreError(f"no document {ref}")
            rows = self.conn.execute("SELECT d.*, b.size FROM documents d JOIN blobs b USING (sha256) WHERE d.id = ?", (int(ref),)).fetchall()
        elif len(ref) >= 6 and all(ch in "0123456789abcdef" for ch in ref):
            rows = self.conn.execute(
                "SELECT d.*, b.size FROM documents d JOIN blobs b USING (sha256) WHERE d.sha256 >= ? AND d.sha256 < ? LIMIT 2",
                (ref, ref + "g"),
            ).fetchall()
        else:
            raise StoreError(f"{ref!r} is neither a document id nor a SHA-256 (prefix of at least 6 hex digits)")
        if not rows:
            raise StoreError(f"no document {ref}")
        if len(rows) > 1:
            raise StoreError(f"{ref} matches several documents; give more digits")
        doc = _document(rows[0])
        doc.captures = self.captures(doc.sha256)
        return doc

    def captures(self, sha256: str) -> list[CaptureRecord]:
        rows = self.conn.execute("SELECT * FROM captures WHERE sha256 = ? ORDER BY id", (sha256,))
        return [_capture(r) for r in rows]

    #: Seconds one search may work; None: :data:`SEARCH_BUDGET_SECONDS`.
    search_budget: float | None = None

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """The CLI's search: the page's own title, a snippet marked with [ ]."""
        rows = self.search_rows(query, marks=("[", "]"), words=16, limit=limit)
        return [SearchHit(r["id"], r["sha256"], r["title"], r["outlet"], r["kind"], r["snip"], r["rank"]) for r in rows]

    def search_rows(self, query: str, *, marks: tuple[str, str], words: int, limit: int, offset: int = 0,
                    headlines: bool = False, budget: float | None = None) -> list:
        """The one full-text search of both stores (the CLI's, the API's and the UI's): rows of
        id, sha256, title (the article's headline first if ``headlines``), outlet, kind, snip (about
        ``words`` words around the matches, each between ``marks``) and rank, best first.

        A query is read as FTS5 reads it on SQLite (one it cannot read: as plain words) and as a
        web search engine reads one on PostgreSQL. It may work ``budget`` seconds (default
        :attr:`search_budget`); past that it is stopped and :class:`SearchTooBroad` raised."""
        query = fold_search_text(query).strip()
        if not query:
            raise StoreError("empty search query")
        if "\x00" in query:
            # FTS5 reads the query as a C string: a NUL would end it there (searching something else)
            # or leave a quote unterminated.
            raise StoreError("a search query cannot contain a NUL character")
        title = "coalesce(a.headline, d.title)" if headlines else "d.title"
        outlet = "coalesce(a.outlet, d.outlet)" if headlines else "d.outlet"
        articles = " LEFT JOIN articles a ON a.document_id = d.id" if headlines else ""
        if self.dialect == "postgresql":
            tsquery, term = pg_tsquery(query)
            sql = (f"SELECT d.id, d.sha256, {title} AS title, {outlet} AS outlet, d.kind, {PG_SNIPPET} AS snip,"
                   f" {PG_RANK} AS rank FROM documents d CROSS JOIN {tsquery} q{articles}"
                   " WHERE d.search @@ q ORDER BY rank, d.id LIMIT ? OFFSET ?")
            rows = self._search_within_budget(sql, [(pg_headline_options(*marks, words), term, limit, offset)], budget)
            return [{**dict(zip(r.keys(), r)), "snip": pg_join_marks(r["snip"], *marks)} for r in rows]
        sql = (f"SELECT d.id, d.sha256, {title} AS title, {outlet} AS outlet, d.kind,"
               f" snippet(documents_fts, 1, ?, ?, '…', {words:d}) AS snip, bm25(documents_fts) AS rank"
               f" FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid{articles}"
               " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?")
        # Not valid FTS5 syntax (a stray quote, a bare '-'): the words are searched as plain terms.
        attempts = [(*marks, q, limit, offset) for q in (query, fts_plain_query(query))]
        return [dict(zip(r.keys(), r)) for r in self._search_within_budget(sql, attempts, budget)]

    def _search_within_budget(self, sql: str, attempts: list[tuple], budget: float | None) -> list:
        """The rows of ``sql`` with the first of ``attempts`` (its parameters) the database can
        read, all of them within one deadline ``budget`` seconds away: on SQLite a progress handler
        on these statements only (removed afterwards), on PostgreSQL ``SET LOCAL statement_timeout``
        in a transaction of their own."""
        if budget is None:
            budget = SEARCH_BUDGET_SECONDS if self.search_budget is None else self.search_budget
        too_broad = SearchTooBroad(SEARCH_TOO_BROAD.format(budget=budget))
        if self.dialect == "postgresql":
            self.conn.execute("BEGIN")
            try:
                # at least 1 ms: 0 would mean no timeout at all
                self.conn.execute(f"SET LOCAL statement_timeout = {max(1, round(budget * 1000)):d}")
                return self.conn.execute(sql, attempts[0]).fetchall()
            except sqlite3.OperationalError as exc:
                if "statement timeout" in str(exc):
                    raise too_broad from None
                raise
            finally:
                self.conn.execute("ROLLBACK")   # it wrote nothing; this ends the SET LOCAL too
        deadline = time.monotonic() + budget
        stopped: list[bool] = []

        def past_deadline() -> int:
            if time.monotonic() >= deadline:
                stopped.append(True)
                return 1   # SQLite stops the statement: "interrupted"
            return 0

        self.conn.set_progress_handler(past_deadline, _DEADLINE_STEPS)
        try:
            for params in attempts[:-1]:
                try:
                    return self.conn.execute(sql, params).fetchall()
                except sqlite3.OperationalError:
                    if stopped:
                        raise too_broad from None
            try:
                return self.conn.execute(sql, attempts[-1]).fetchall()
            except sqlite3.OperationalError as exc:
                if stopped:
                    raise too_broad from None
                # a query FTS5 cannot read even as plain words: the asker's problem
                raise StoreError(f"cannot search for that query: {exc}") from None
        finally:
            self.conn.set_progress_handler(None, _DEADLINE_STEPS)

    def table_names(self) -> set[str]:
        """The tables and views the schema holds."""
        if self.dialect == "postgresql":
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        else:
            sql = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        return {r[0] for r in self.conn.execute(sql)}

    def blob_hashes(self) -> Iterator[str]:
        for (sha,) in self.conn.execute("SELECT sha256 FROM blobs ORDER BY sha256"):
            yield sha

    def capture_facts(self) -> Iterator[tuple[str, str, str | None, str]]:
        """(sha256, origin, captured_at, ingested_at) of every capture row, in order."""
        yield from self.conn.execute("SELECT sha256, origin, captured_at, ingested_at FROM captures ORDER BY id")

    def custody_last_seq(self) -> int:
        return self.conn.execute("SELECT coalesce(max(seq), 0) FROM custody").fetchone()[0]

    def custody_lines(self, sha256: str | None = None) -> Iterator[str]:
        """Mirrored custody entries (as written to the log), in order; only those about ``sha256`` if given."""
        if sha256 is None:
            rows = self.conn.execute("SELECT entry FROM custody ORDER BY seq")
        else:
            rows = self.conn.execute("SELECT entry FROM custody WHERE sha256 = ? ORDER BY seq", (sha256,))
        for (line,) in rows:
            yield line

    def summary(self) -> Summary:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return Summary(
            documents=one("SELECT count(*) FROM documents"),
            captures=one("SELECT count(*) FROM captures"),
            blobs=one("SELECT count(*) FROM blobs"),
            by_outlet=[(r[0], r[1]) for r in self.conn.execute(
                "SELECT coalesce(outlet, '(unknown)'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1")],
            by_kind=[(r[0], r[1]) for r in self.conn.execute(
                "SELECT kind, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1")],
            entities=one("SELECT count(*) FROM entities"),
            claims=one("SELECT count(*) FROM claims"),
            claims_by_kind=[(r[0], r[1]) for r in self.conn.execute(
                "SELECT kind, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1")],
            top_speakers=[(r[0], r[1]) for r in self.conn.execute(
                "SELECT speaker, count(*) FROM claims WHERE speaker IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 12")],
        )


def _enable_wal(conn: sqlite3.Connection, wait: float = 60.0) -> None:
    """Switch to WAL, retrying while another process holds the lock.

    SQLite does not call the busy handler for a journal-mode change, so when two processes
    open a brand-new store at the same moment one of them got "database is locked" at once
    instead of waiting; this waits (with backoff) as long as ``busy_timeout`` would.
    """
    deadline = time.monotonic() + wait
    delay = 0.002
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            message = str(exc).lower()
            if ("locked" not in message and "busy" not in message) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


def dumps(value) -> str:
    """JSON for a TEXT column: UTF-8 kept readable, keys sorted so equal values store equal text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _document(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        id=row["id"], sha256=row["sha256"], kind=row["kind"], origin=row["origin"], outlet=row["outlet"],
        title=row["title"], body=row["body"], source_text=row["source_text"], encoding=row["encoding"],
        captured_at=row["captured_at"], metadata=json.loads(row["metadata"]), ingested_at=row["ingested_at"],
        size=row["size"],
    )


def _capture(row: sqlite3.Row) -> CaptureRecord:
    return CaptureRecord(
        sha256=row["sha256"], origin=row["origin"], media_type=row["media_type"], encoding=row["encoding"],
        captured_at=row["captured_at"], ingested_at=row["ingested_at"], tool_version=row["tool_version"],
        container_sha256=row["container_sha256"], metadata=json.loads(row["metadata"]),
    )

"""Ingest: read inputs, archive their bytes, record captures and documents.

The order per document is: archive the bytes (atomic, idempotent), then one store transaction
for blob + capture + document. A crash between the two leaves an unreferenced archive object,
which the next run of the same ingest simply re-uses; it never leaves a document without its
bytes. The documents of one container (a Telegram export's messages, a WARC's records) go in
batches: the batch's bytes are archived and synced together, then its rows committed in one
transaction, so a kill part-way loses at most the batch in flight, which a re-run stores; so do
the documents of consecutive inputs of one document each (a directory of pages), each archived
as it is read and their rows committed together. Each batch's custody entries are appended to
the custody file before its rows are committed, and mirrored into the store in that same
transaction (docs/custody.md).
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from . import __version__
from .archive import Archive, ArchiveError, Stored
from .clock import now_iso
from .custody import CustodyError, CustodyLog, Event
from .extract import MAX_HTML_CHARS, html_reading_notes
from .extract.credits import copyright_holder
from .settings import Settings
from .sources import InputFile, Rejection, SourceDocument, SourceError, open_input, walk_inputs
from .sources.files import one_line
from .sources.htmltext import page_facts
from .sources.decode import decoding_notes
from .sources.pdf import pdf_reading_notes
from .store import CaptureRecord, DocumentRecord, Store, StoreError


#: A container's documents are stored this many per transaction at most (one sync of the archive,
#: one commit), and a batch holds at most BATCH_BYTES of document bytes in memory; so are the
#: documents of consecutive one-document inputs (one commit, not one each).
BATCH_DOCUMENTS = 500
BATCH_BYTES = 16 << 20


@dataclass
class IngestReport:
    inputs: int = 0
    added: int = 0
    present: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)
    added_ids: list[int] = field(default_factory=list)  # the new documents (for the decision log)
    #: (origin, what) for new documents read only in part (a PDF's pages without a text layer,
    #: bytes of a UTF-8 text that are not UTF-8)
    notes: list[tuple[str, str]] = field(default_factory=list)
    #: container SHA-256 -> [origin, media type, documents added, already present] (WARC, WACZ, Telegram export)
    containers: dict[str, list] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.rejected


def describe(doc: SourceDocument) -> tuple[str | None, str | None, str]:
    """Title, outlet and searchable text of a document, before article extraction proper."""
    if doc.kind == "html":
        facts = page_facts(doc.text)
        outlet = facts.site_name or _host(doc.metadata.get("target_uri"))
        return facts.title, outlet, facts.text
    if doc.kind == "pdf":
        # The title page's title (not the running header a first line would be); layout rules
        # only, no language model, so cheap enough before extraction proper.
        from .extract.article import extract_article

        article = extract_article(doc.text, "pdf", metadata=doc.metadata)
        return article.headline or doc.metadata.get("pdf_title"), doc.metadata.get("pdf_author"), doc.text
    if doc.kind == "telegram":
        first = doc.text.strip().splitlines()[0] if doc.text.strip() else None
        return (first[:200] if first else None), doc.metadata.get("channel"), doc.text
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    held = copyright_holder(doc.text)
    outlet = held[0] if held else None
    title = next((ln for ln in lines if 20 <= len(ln) <= 200 and not ln.endswith((".", "?", ":"))), None)
    return title, outlet, doc.text


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


class Ingestor:
    """Ingest many inputs into one home; reusable across calls (one store connection)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.archive = Archive(settings.archive_dir)
        self.store = Store(settings.store_location)
        self.custody = CustodyLog(settings, self.store)

    def close(self) -> None:
        try:
            self.custody.sync()
        finally:
            self.store.close()

    def run(self, paths: Iterable[str], progress: bool = False, on_rejection: Callable[[Rejection], None] | None = None,
            origins: dict[str, str] | None = None, read: Reader | None = None) -> IngestReport:
        """``origins``: the name to record for a path instead of the path itself (an upload saved
        to a temporary file is recorded as ``upload:<its file name>``, not as the temporary path).
        ``read``: how the inputs are read and archived (default :func:`read_here`, in this process;
        ``claimgraph ingest --ray`` passes one that reads them on a Ray cluster). Whatever reads
        them, only this process writes the store and the custody record, in the inputs' order."""
        report = IngestReport()
        found: list[InputFile] = []
        for item in walk_inputs(list(paths)):
            if isinstance(item, Rejection):
                self._reject(report, item, on_rejection)
            else:
                found.append(InputFile(item.path, origins[str(item.path)]) if origins and str(item.path) in origins else item)
        report.inputs = len(found)
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(found), unit="file", file=sys.stderr, dynamic_ncols=True, leave=True)
        given_up: set[int] = set()   # inputs one of whose rows the store could not take

        def give_up(index: int, exc: Exception) -> None:
            # A row the store cannot take (a reader's bug) costs its input only, as a hostile page does.
            given_up.add(index)
            self._reject(report, Rejection(found[index].name, f"unreadable ({type(exc).__name__}: {str(exc)[:200]})"),
                         on_rejection)

        # Inputs of one document each (a directory of pages) are stored together, as a container's
        # documents are: one transaction (and custody append) for up to BATCH_DOCUMENTS of them,
        # not one each. Their bytes are archived (durable) already: a kill loses at most the rows
        # held, which a re-run stores.
        held: list[tuple[int, Read]] = []
        held_bytes = 0

        def store_held() -> None:
            nonlocal held_bytes
            if held:
                batch = held[:]
                held.clear()
                held_bytes = 0
                self._store_rows([row for _i, r in batch for row in r.rows], report, [new for _i, r in batch for new in r.created],
                                 owners=[i for i, r in batch for _row in r.rows], give_up=give_up)

        try:
            for index, got in (read or read_here)(found, self.settings):
                if got == INPUT_DONE:
                    if bar is not None:
                        bar.update(1)
                elif index in given_up:
                    continue
                elif isinstance(got, Rejection):
                    self._reject(report, got, on_rejection)
                elif isinstance(got, Read):
                    if got.container is None and len(got.rows) == 1:
                        held.append((index, got))
                        held_bytes += got.rows[0][1]
                        if len(held) >= BATCH_DOCUMENTS or held_bytes >= BATCH_BYTES:
                            store_held()
                        continue
                    store_held()   # documents are stored in the inputs' order
                    try:
                        self._store_read(got, report)
                    except (StoreError, CustodyError):
                        raise  # the store itself failed (disk full, locked for a minute): stop, it is not this input's fault
                    except Exception as exc:
                        give_up(index, exc)
            store_held()
            self.custody.flush()  # the last mirror rows: the store says what the file says when run() returns
        except CustodyError as exc:
            raise StoreError(f"custody record: {exc}") from None  # the custody record failed: stop, it is not an input's fault
        except ArchiveError as exc:
            raise StoreError(str(exc)) from None  # likewise for the archive
        finally:
            if bar is not None:
                bar.close()
        return report

    def _reject(self, report: IngestReport, rejection: Rejection, callback) -> None:
        # Origins and reasons end up on one output line each: no input may forge another line.
        rejection = Rejection(one_line(rejection.origin), one_line(rejection.reason))
        report.rejected.append(rejection)
        if callback:
            callback(rejection)

    def _store_read(self, item: "Read", report: IngestReport) -> None:
        if item.container is not None:
            name, media_type, stored = item.container
            ingested_at = now_iso()
            # entry first, then the row (see _store_rows); its mirror row commits with the row
            self.custody.record([Event("captured", stored.sha256, {
                "origin": name, "media_type": media_type, "size": stored.size,
                "container": True, "newly_archived": stored.created, "ingested_at": ingested_at})], later=True)
            report.containers.setdefault(stored.sha256, [name, media_type, 0, 0])
            self.store.add_capture(
                CaptureRecord(sha256=stored.sha256, origin=name, media_type=media_type,
                              ingested_at=ingested_at, tool_version=__version__, metadata={"container": True}),
                stored.size,
            )
        self._store_rows(item.rows, report, item.created)

    def _store_rows(self, rows: list[tuple[CaptureRecord, int, DocumentRecord]], report: IngestReport,
                    created: list[bool], owners: list[int] | None = None,
                    give_up: Callable[[int, Exception], None] | None = None) -> None:
        """``created``: per row, whether its bytes were newly archived (for the custody record).
        ``owners`` (per row, its input's index) and ``give_up``: rows of several inputs; a row the
        store cannot take gives up its input (``give_up(index, error)``), the others are stored.
        Without them such a row raises."""
        if not rows:
            return
        # The custody record is written before the rows are committed: a kill between the two
        # leaves an entry without its row (the re-run adds both), never a row the record lacks.
        # The entries' mirror rows go in the rows' own transaction (later=True), and the
        # 'ingested' entries' (which need the rows' ids) in the next one: a batch is one commit
        # (docs/custody.md, "One commit a batch").
        self.custody.record([_captured(capture, size, new) for (capture, size, _r), new in zip(rows, created)], later=True)
        try:
            results = self.store.add_captures(rows)
        except StoreError:
            raise
        except Exception:
            if len(rows) == 1 and give_up is None:
                raise
            # A row the store cannot take (a reader's bug) must not cost the others of its batch:
            # they go one by one, as before batching, up to the one that fails (of one input), or
            # past it, leaving out its input (of several).
            lost: set[int] = set()
            for k, row in enumerate(rows):
                owner = owners[k] if owners is not None else None
                if owner is not None and owner in lost:
                    continue
                try:
                    doc_id, added = self.store.add_capture(*row)
                except StoreError:
                    raise
                except Exception as exc:
                    if owner is None or give_up is None:
                        raise
                    lost.add(owner)
                    give_up(owner, exc)
                    continue
                self._count(report, row[2], added, doc_id, row[0].container_sha256)
                if added:
                    self.custody.record([_ingested(row, doc_id)], later=True)
            return
        for row, (doc_id, added) in zip(rows, results):
            self._count(report, row[2], added, doc_id, row[0].container_sha256)
        # One append for the batch's 'ingested' entries, mirrored with the next transaction.
        self.custody.record([_ingested(row, doc_id) for row, (doc_id, added) in zip(rows, results) if added], later=True)

    @staticmethod
    def _count(report: IngestReport, record: DocumentRecord, added: bool, doc_id: int | None,
               container_sha256: str | None = None) -> None:
        if container_sha256 in report.containers:
            report.containers[container_sha256][2 if added else 3] += 1
        if added:
            report.added += 1
            if doc_id is not None:
                report.added_ids.append(doc_id)
            report.by_kind[record.kind] = report.by_kind.get(record.kind, 0) + 1
            if record.kind == "pdf":
                report.notes.extend((record.origin, note) for note in pdf_reading_notes(record.metadata))
            report.notes.extend((record.origin, note) for note in decoding_notes(record.metadata))
            report.notes.extend((record.origin, note) for note in html_reading_notes(record.metadata, len(record.source_text)))
        else:
            report.present += 1


@dataclass
class Read:
    """What reading one input produced, archived and ready for the store: the container file's
    capture (when the input is a WARC, WACZ or Telegram export), then one batch of its documents'
    rows with, per row, whether its bytes were newly archived."""

    container: tuple[str, str, Stored] | None = None   # (origin, media type, archived file)
    rows: list[tuple[CaptureRecord, int, DocumentRecord]] = field(default_factory=list)
    created: list[bool] = field(default_factory=list)


#: Marks the end of one input in what a reader yields (for the progress bar).
INPUT_DONE = "input done"

#: A reader: (the inputs, the settings) -> (input's index, Read | Rejection | INPUT_DONE), each
#: input's items in order and the inputs in order. It archives; it never touches the store.
Reader = Callable[[list[InputFile], Settings], Iterator[tuple[int, "Read | Rejection | str"]]]


def read_here(found: list[InputFile], settings: Settings) -> Iterator[tuple[int, Read | Rejection | str]]:
    """The local reader: every input read and archived in this process, one after another."""
    archive = Archive(settings.archive_dir)
    for index, inp in enumerate(found):
        for item in read_input(inp, settings, archive):
            yield index, item
        yield index, INPUT_DONE


def read_input(inp: InputFile, settings: Settings, archive: Archive) -> Iterator[Read | Rejection]:
    """Sniff, read and archive one input: its container capture and its documents' rows in
    batches (at most BATCH_DOCUMENTS documents, BATCH_BYTES of their bytes), and a rejection for
    each part that cannot be read. An input that breaks part-way yields what was read before the
    break, then its rejection. Archive failures are raised (they are not the input's fault)."""
    try:
        opened = open_input(inp, settings)
        container_sha = None
        if opened.container_media_type:
            stored = archive.put_file(inp.path, settings.max_container_bytes)
            container_sha = stored.sha256
            yield Read(container=(inp.name, opened.container_media_type, stored))
        batch: list[SourceDocument] = []
        held = 0
        try:
            for doc in opened.documents:
                if isinstance(doc, Rejection):
                    yield doc
                    continue
                batch.append(doc)
                held += len(doc.raw)
                if len(batch) >= BATCH_DOCUMENTS or held >= BATCH_BYTES:
                    full, batch, held = batch, [], 0
                    yield from _archive_documents(full, container_sha, archive)
        except Exception:
            # The reader broke (a truncated WARC): the documents read before the break are kept.
            if batch:
                yield from _archive_documents(batch, container_sha, archive)
            raise
        if batch:
            yield from _archive_documents(batch, container_sha, archive)
    except SourceError as exc:
        yield Rejection(inp.name, str(exc))
    except ArchiveError:
        raise
    except Exception as exc:
        # Hostile input must cost that input only, never the batch -- even when it trips a bug in a reader.
        yield Rejection(inp.name, f"unreadable ({type(exc).__name__}: {str(exc)[:200]})")


def _archive_documents(docs: list[SourceDocument], container_sha: str | None, archive: Archive) -> Iterator[Read]:
    """Archive the documents' bytes (durable when this returns), then their rows for the store,
    stored in one transaction. Should one document break (a hostile page tripping a bug), the
    documents before it are still yielded, as they were one by one, and the error raised."""
    for doc in docs:
        doc.origin = one_line(doc.origin)
    read = Read()
    try:
        for doc, stored in zip(docs, archive.put_many([doc.raw for doc in docs])):
            read.rows.append(_rows_for(doc, stored.sha256, stored.size, container_sha))
            read.created.append(stored.created)
    except ArchiveError:
        raise
    except Exception:
        if read.rows:
            yield read
        raise
    yield read


def _rows_for(doc: SourceDocument, sha256: str, size: int, container_sha: str | None):
    ingested_at = now_iso()
    title, outlet, body = describe(doc)
    if doc.kind == "html" and len(doc.text) > MAX_HTML_CHARS:
        # the article is read from the page's first characters only (extract/html.py): a page padded
        # past them (a 45 MB attribute) has its article cut off, which is kept with the document
        doc.metadata["html_chars_read"] = MAX_HTML_CHARS
    capture = CaptureRecord(
        sha256=sha256, origin=doc.origin, media_type=doc.media_type, encoding=doc.encoding,
        captured_at=doc.captured_at, ingested_at=ingested_at, tool_version=__version__,
        container_sha256=container_sha, metadata=doc.metadata,
    )
    record = DocumentRecord(
        sha256=sha256, kind=doc.kind, origin=doc.origin, body=body, source_text=doc.text,
        ingested_at=ingested_at, outlet=outlet, title=title, encoding=doc.encoding,
        captured_at=doc.captured_at, metadata=doc.metadata,
    )
    return capture, size, record


def _ingested(row: tuple[CaptureRecord, int, DocumentRecord], doc_id: int | None) -> Event:
    """The custody entry of one new document (its 'captured' entry is written before the row)."""
    capture, _size, record = row
    return Event("ingested", capture.sha256, {"document_id": doc_id, "kind": record.kind})


def _captured(capture: CaptureRecord, size: int, newly_archived: bool) -> Event:
    """The custody entry of one sighting (one captures row)."""
    sighting = {"origin": capture.origin, "media_type": capture.media_type, "size": size,
                "newly_archived": newly_archived, "ingested_at": capture.ingested_at}  # the capture row's own time
    if capture.captured_at:
        sighting["captured_at"] = capture.captured_at  # as the source states it (WARC-Date, message date)
    if capture.container_sha256:
        sighting["container_sha256"] = capture.container_sha256
    return Event("captured", capture.sha256, sighting)


def _spans_json(spans: dict) -> dict:
    return {name: [asdict(s) if is_dataclass(s) and not isinstance(s, type) else s for s in items] for name, items in (spans or {}).items()}


def analyse_pending(store: Store, progress: bool = False, n_process: int = 2, batch: int = 200,
                    documents: list[int] | None = None, custody: CustodyLog | None = None,
                    learned_pairs: bool | None = None) -> int:
    """Run article extraction and claim attribution on every document that lacks them (or on
    ``documents``, analysed again: ``claimgraph reanalyse``), then link them into the
    cross-document graph (entities, events, relations, legal index).

    Each document's analysis is committed in its own transaction and linking picks up every
    analysed document not linked yet (or analysed again since), so a run interrupted anywhere
    resumes where it stopped -- except for the documents it was analysing: each attempt is
    recorded before it starts, and a document whose attempt a killed run left unfinished is
    marked failed and skipped (``Store.settle_attempts``; documents extracted in one batch with
    it are analysed again, each alone, so that only the one at fault is marked). Only
    ``documents`` (``claimgraph reanalyse``) retries failed ones. Returns the number of
    documents analysed. Each analysis is entered in ``custody`` (``analysed``, or
    ``re-analysed`` when ``documents`` are given). ``learned_pairs``: the learned pair model's second
    opinion in linking on or off (None: its default; ``Settings.learned_pairs``, docs/pair_model.md).
    """
    from .link import link_pending, relink
    from .pipeline import batched

    suspects = store.settle_attempts()
    if documents is None:
        # suspects first, one per batch, then the rest
        pending = suspects + [i for i in store.unanalysed() if i not in frozenset(suspects)]
    else:
        pending = documents
    # Analysed again, documents are re-linked together at the end: linked one by one against
    # links built from their old analyses, they would not find the same events and relations.
    again = documents is not None
    bar = None
    if progress and pending:
        from tqdm import tqdm

        bar = tqdm(total=len(pending), unit="doc", desc="extracting", file=sys.stderr, dynamic_ncols=True)
    done = 0
    alone = [[i] for i in pending[:len(suspects)]] if documents is None else []
    try:
        for ids in alone + list(batched(pending[len(alone):], batch)):
            done += _extract(store, ids, n_process, custody, "re-analysed" if again else "analysed")
            # Incremental: each document is linked through indexed keys, never a pass over the store.
            if not again:
                link_pending(store, learned_pairs)
            if bar is not None:
                bar.update(len(ids))
        if again:
            relink(store, learned_pairs)  # keeps the users' merge and split decisions
        else:
            link_pending(store, learned_pairs)  # documents an interrupted earlier run analysed but did not link
        if custody is not None:
            custody.flush()  # the last analyses' mirror rows (save_analysis)
    finally:
        if bar is not None:
            bar.close()
    return done


def _extract(store: Store, ids: list[int], n_process: int, custody: CustodyLog | None = None,
             action: str = "analysed") -> int:
    """Extract and save a batch of documents, recorded as being extracted first. A batch that
    raises is extracted again one document at a time; a document that raises alone is marked
    failed (it would raise again in every later ingest). Returns the number saved."""
    from .pipeline import AnalysisInput, analyse

    store.begin_extraction(ids, now_iso())
    try:
        docs = [store.document_by_id(i) for i in ids]
        inputs = [AnalysisInput(d.source_text, d.kind, url=d.metadata.get("target_uri"), metadata=d.metadata) for d in docs]
        results = analyse(inputs, n_process=n_process)
    except StoreError:
        raise
    except Exception as exc:
        if len(ids) > 1:
            return sum(_extract(store, [i], n_process, custody, action) for i in ids)
        store.fail_analysis(ids[0], f"extraction failed ({type(exc).__name__}: {str(exc)[:200]})", now_iso())
        return 0
    for doc, result in zip(docs, results):
        assert doc.id is not None   # read from the store
        save_analysis(store, doc.id, doc.sha256, analysis_json(result), custody, action)
    return len(docs)


def analysis_json(result) -> dict:
    """A :class:`pipeline.Analysis` as the store takes it: ``to_json()`` plus the article's spans
    (under ``"spans"``); plain JSON, so it can travel between processes."""
    out = result.to_json()
    out["spans"] = _spans_json(result.article.spans)
    return out


def save_analysis(store: Store, document_id: int, sha256: str, out: dict, custody: CustodyLog | None = None,
                  action: str = "analysed") -> None:
    """Save one document's analysis (:func:`analysis_json`) and enter it in ``custody``."""
    store.save_analysis(document_id, out["article"], out["spans"], out.get("entities", []),
                        out.get("claims", []), now_iso(), __version__, out.get("headline_claims", []))
    if custody is not None:
        # after the analysis commits; its mirror row goes with the next write transaction (the
        # next analysis's), and analyse_pending flushes what waits at its end
        custody.record([Event(action, sha256, {
            "document_id": document_id, "claims": len(out.get("claims", [])),
            "entities": len(out.get("entities", []))})], later=True)


def verify(settings: Settings) -> tuple[int, list]:
    """Re-hash every archived object the store knows; returns (checked, problems)."""
    archive = Archive(settings.archive_dir)
    with Store(settings.store_location) as store:
        hashes = list(store.blob_hashes())
    problems = [p for p in (archive.check(h) for h in hashes) if p is not None]
    return len(hashes), problems

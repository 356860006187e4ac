"""``claimgraph ingest --ray``: the ingest of :mod:`claimgraph.ingest` as Ray Data pipelines.

The work is the local path's, done by the same functions; only where it runs changes:

1. **Read** (Ray tasks): each input file is sniffed, read, its bytes archived (content-addressed,
   :func:`ingest.read_input`) and its documents described, on any worker. The archive must be a
   directory every node sees at the same path (a shared file system on a cluster); two workers
   archiving the same bytes is harmless (atomic rename of identical content).
2. **Store** (the driver, this process): the rows come back in the inputs' order and the driver
   alone writes them, with the custody record, in batches (:meth:`Ingestor.run`), so document ids
   are given in the same order as on the local path.
3. **Analyse** (Ray): the documents without an analysis, a window at a time, go through article
   extraction (tasks) and entities + claims (an actor pool: each actor loads the spaCy model once
   and runs :func:`pipeline.analyse_articles` on batches). A document whose analysis raises is
   returned as failed, and the driver records it so (``claimgraph reanalyse`` retries it), exactly
   as the local path does. The driver saves the analyses in order and links every
   ``LINK_EVERY`` documents: linking stays incremental and in document order, in one process.

Why the store is written by the driver only: SQLite has one writer at a time, and incremental
linking must see the documents in order. docs/scaling.md says where that becomes the limit.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import pickle
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .archive import ArchiveError
from .clock import now_iso
from .custody import CustodyError, CustodyLog
from .ingest import INPUT_DONE, Read, _extract, read_input, save_analysis
from .pipeline import AnalysisInput, batched
from .settings import Settings
from .sources import InputFile, Rejection
from .store import Store, StoreError

log = logging.getLogger(__name__)

#: Documents per batch of the analysis stages (one ``nlp.pipe`` run per batch in an actor):
#: small enough that every worker stays busy to the end of a window.
ANALYSIS_BATCH = 8

#: Documents per block (one task on an actor) of the analysis.
BLOCK_DOCUMENTS = 32

#: The driver saves this many analyses, then links them (the local path's batch).
LINK_EVERY = 200

#: Documents analysed per Ray dataset: their texts are held by the driver while in flight, and
#: recorded as being extracted together (a killed run re-analyses them one by one). The actors
#: start again for each window, so it grows with the workers to keep that start-up small.
WINDOW_PER_WORKER = 1_000
WINDOW_MIN, WINDOW_MAX = 2_000, 20_000


def is_ray_address(value: str) -> bool:
    """``local`` (start Ray here), ``auto`` (the cluster this machine belongs to) or a URL such as
    ``ray://head:10001``; anything else given after ``--ray`` is an input path."""
    return value in ("local", "auto") or "://" in value


@contextmanager
def ray_session(address: str, cpus: int | None = None) -> Iterator[int]:
    """Connect to Ray (``local``: start a private instance with ``cpus`` CPUs, default all of
    this machine's, no dashboard) and yield the CPUs the cluster has. Shut down on the way out.
    Ray's usage statistics stay off unless the user turned them on: nothing leaves the machine."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray
    import ray.data

    if address == "local":
        ray.init(num_cpus=cpus or os.cpu_count() or 1, include_dashboard=False, logging_level=logging.ERROR)
    else:
        ray.init(address=address, logging_level=logging.ERROR)
    # Ray Data's notices (per-dataset timings, tuning hints) are not the user's business; its
    # errors and our workers' warnings still reach stderr.
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True   # ids and links in the local path's order
        context.enable_progress_bars = False   # ours (tqdm, like the local path) or none, as --progress says
        context.print_on_execution_start = False
        yield max(1, int(ray.cluster_resources().get("CPU", 1)))
    finally:
        ray.shutdown()


# -- 1. read and archive -------------------------------------------------------------------

def read_on_ray(found: list[InputFile], settings: Settings) -> Iterator[tuple[int, Read | Rejection | str]]:
    """A reader for :meth:`Ingestor.run`: the inputs read and archived by Ray tasks, yielded in
    the inputs' order (each input's items in its reader's order)."""
    import ray

    if not found:
        return
    # Absolute paths: a worker's working directory is not the driver's.
    rows = [{"index": i, "path": str(inp.path.absolute()), "name": inp.name} for i, inp in enumerate(found)]
    dataset: ray.data.Dataset = ray.data.from_items(rows, override_num_blocks=min(len(rows), 256))
    dataset = dataset.flat_map(functools.partial(_read_stage, settings=settings))
    try:
        for row in dataset.iter_rows():
            # Our own workers' output (never an input's bytes), so unpickling it is safe.
            yield int(row["index"]), pickle.loads(row["item"])
    except (StoreError, CustodyError):
        raise   # the driver's own writes, between two rows
    except Exception as exc:
        archive_error = _cause(exc, ArchiveError)
        if archive_error is not None:
            raise ArchiveError(str(archive_error)) from None
        first = (str(exc).strip().splitlines() or [""])[0][:300]
        raise StoreError(f"reading on Ray failed ({type(exc).__name__}: {first}); what was stored is kept, "
                         f"and the next 'claimgraph ingest' stores the rest") from None


def _read_stage(row: dict[str, Any], settings: Settings) -> Iterator[dict[str, Any]]:
    from .archive import Archive

    inp = InputFile(Path(row["path"]), row["name"])
    for item in read_input(inp, settings, Archive(settings.archive_dir)):
        yield {"index": row["index"], "item": pickle.dumps(item)}
    yield {"index": row["index"], "item": pickle.dumps(INPUT_DONE)}


def _cause(exc: BaseException | None, kind: type) -> BaseException | None:
    """``exc`` or the first exception of type ``kind`` it was raised from (Ray wraps a worker's)."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, kind):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


# -- 3. analyse ---------------------------------------------------------------------------

@dataclass
class RayAnalysis:
    """What :func:`analyse_pending_on_ray` did: ``seconds`` in all, of which ``writing_seconds``
    this process spent saving analyses and linking (the part more workers cannot speed up)."""

    analysed: int = 0
    workers: int = 0
    seconds: float = 0.0
    writing_seconds: float = 0.0


def analyse_pending_on_ray(store: Store, workers: int, progress: bool = False,
                           custody: CustodyLog | None = None, learned_pairs: bool | None = None) -> RayAnalysis:
    """:func:`ingest.analyse_pending` with the analysis on Ray: every document that lacks an
    analysis (except failed ones) is analysed by ``workers`` actors, saved and linked here.
    Documents a killed run left suspect are analysed first, each alone, in this process (as the
    local path does). ``learned_pairs``: as :func:`ingest.analyse_pending` (the linking is this process's)."""
    from .link import link_pending

    run = RayAnalysis(workers=workers)
    started = time.perf_counter()
    suspects = store.settle_attempts()
    for doc_id in suspects:
        run.analysed += _extract(store, [doc_id], 1, custody)
        link_pending(store, learned_pairs)
    settled = frozenset(suspects)
    pending = [i for i in store.unanalysed() if i not in settled]
    bar = None
    if progress and pending:
        from tqdm import tqdm

        bar = tqdm(total=len(pending), unit="doc", desc="extracting (ray)", file=sys.stderr, dynamic_ncols=True)
    window = min(WINDOW_MAX, max(WINDOW_MIN, WINDOW_PER_WORKER * workers))
    try:
        for ids in batched(pending, window):
            _analyse_window(store, ids, workers, custody, bar, run, learned_pairs)
        link_pending(store, learned_pairs)
        if custody is not None:
            custody.flush()  # the last analyses' mirror rows (ingest.save_analysis)
    finally:
        if bar is not None:
            bar.close()
    run.seconds = time.perf_counter() - started
    return run


def _analyse_window(store: Store, ids: list[int], workers: int, custody: CustodyLog | None, bar, run: RayAnalysis,
                    learned_pairs: bool | None = None) -> None:
    import ray

    from .link import link_pending

    store.begin_extraction(ids, now_iso())
    sha256: dict[int, str] = {}
    rows = []
    for doc_id in ids:
        # A document that cannot even be read for its analysis (a corrupt row) is failed and
        # skipped, as the local path's _extract does, not the whole ingest stopped.
        try:
            doc = store.document_by_id(doc_id)
            encoded = json.dumps({"text": doc.source_text, "kind": doc.kind, "metadata": doc.metadata})
        except StoreError:
            raise
        except Exception as exc:
            store.fail_analysis(doc_id, _failure(exc), now_iso())
            if bar is not None:
                bar.update(1)
            continue
        sha256[doc_id] = doc.sha256
        rows.append({"id": doc_id, "input": encoded})
    if not rows:
        return
    # Blocks of about BLOCK_DOCUMENTS: each is one task on an actor, so no actor waits long for another at the end.
    blocks = min(len(rows), max(workers, -(-len(rows) // BLOCK_DOCUMENTS)))
    dataset: ray.data.Dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    dataset = dataset.map_batches(_articles_stage, batch_size=ANALYSIS_BATCH, num_cpus=1)
    dataset = dataset.map_batches(ClaimsStage, batch_size=ANALYSIS_BATCH, num_cpus=1,
                                  compute=ray.data.ActorPoolStrategy(size=workers))
    for batch in _batches(dataset, len(ids)):
        writing = time.perf_counter()
        for doc_id, result in zip(batch["id"], batch["result"]):
            doc_id = int(doc_id)
            out = json.loads(result)
            if "failed" in out:
                store.fail_analysis(doc_id, out["failed"], now_iso())
            else:
                save_analysis(store, doc_id, sha256[doc_id], out, custody)
                run.analysed += 1
        link_pending(store, learned_pairs)   # incremental, in document order, as the local path links each batch
        run.writing_seconds += time.perf_counter() - writing
        if bar is not None:
            bar.update(len(batch["id"]))


def _batches(dataset, documents: int) -> Iterator[dict[str, Any]]:
    """The analysed documents, LINK_EVERY at a time, in order. Ray failing (a worker that dies on
    every retry, a lost node) stops the ingest with one line; the window's documents stay
    recorded as being extracted together, so the next ingest analyses them one at a time, here,
    and marks the one at fault failed (as the local path does after a kill)."""
    batches = iter(dataset.iter_batches(batch_size=LINK_EVERY, batch_format="numpy"))
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except Exception as exc:
            first = (str(exc).strip().splitlines() or [""])[0][:300]
            raise StoreError(f"the analysis on Ray failed ({type(exc).__name__}: {first}); the next "
                             f"'claimgraph ingest' analyses the {documents} documents in flight one at a time") from None
        yield batch


def _failure(exc: Exception) -> str:
    """The reason recorded for a document whose analysis raised (the local path's wording)."""
    return f"extraction failed ({type(exc).__name__}: {str(exc)[:200]})"


def _analysis_input(encoded: str) -> AnalysisInput:
    """As ingest._extract makes it (on a worker, inside the stage's per-document guard)."""
    fields = json.loads(encoded)
    return AnalysisInput(fields["text"], fields["kind"], url=fields["metadata"].get("target_uri"), metadata=fields["metadata"])


def _articles_stage(batch: dict[str, Any]) -> dict[str, Any]:
    """Article extraction, document by document: one that raises is marked failed, never its batch."""
    from .pipeline import extract_articles

    articles, failed = [], []
    for encoded in batch["input"]:
        try:
            articles.append(pickle.dumps(extract_articles([_analysis_input(encoded)])[0]))
            failed.append("")
        except Exception as exc:
            articles.append(b"")
            failed.append(_failure(exc))
    return {"id": batch["id"], "input": batch["input"], "article": _objects(articles), "failed": _objects(failed)}


class ClaimsStage:
    """Entities and claims, in an actor: the language model is loaded once, when the actor starts."""

    def __init__(self) -> None:
        from .extract.nlp import load_nlp
        from .pipeline import _one_blas_thread

        _one_blas_thread()   # one core per actor: the models' matrix products must not fight over it
        load_nlp()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        results: list[str] = [json.dumps({"failed": reason}) for reason in batch["failed"]]
        todo = [i for i, reason in enumerate(batch["failed"]) if not reason]
        items = [_analysis_input(batch["input"][i]) for i in todo]
        articles = [pickle.loads(batch["article"][i]) for i in todo]   # from our own articles stage
        for i, out in zip(todo, self._analyse(items, articles)):
            results[i] = json.dumps(out)
        return {"id": batch["id"], "result": _objects(results)}

    @staticmethod
    def _analyse(items: list[AnalysisInput], articles: list) -> list[dict]:
        """As :func:`ingest._extract`: a batch that raises is analysed again one document at a
        time, and a document that raises alone is marked failed."""
        from .ingest import analysis_json
        from .pipeline import analyse_articles

        try:
            return [analysis_json(r) for r in analyse_articles(items, articles, n_process=1)]
        except Exception:
            pass
        out: list[dict] = []
        for item, article in zip(items, articles):
            try:
                out.append(analysis_json(analyse_articles([item], [article], n_process=1)[0]))
            except Exception as exc:
                out.append({"failed": _failure(exc)})
        return out


def _objects(values: list) -> Any:
    """A column of Python str/bytes as an object array (a fixed-width one would cut trailing NULs)."""
    import numpy as np

    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column

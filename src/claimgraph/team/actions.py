"""The writing actions as a person takes them, each entered in the decision log with its actor:
merge and split of entities, ingest/upload of files, re-analysis of documents. The CLI and the
API both call these, so an action is logged the same way whichever way it came in."""

from __future__ import annotations

from typing import Sequence

from ..store import Store, StoreError
from ..store import links as link_db
from ..store import team as db
from . import Actor, record


class Forbidden(Exception):
    """The actor's role does not allow this action."""


def require_writer(actor: Actor, action: str) -> None:
    if not actor.can_write:
        raise Forbidden(f"user {actor.name!r} has the role {actor.role!r}, which may read but not {action}; "
                        "an editor or admin may")


def entity_matches(store: Store, ref: str) -> list[dict]:
    """Canonical entities an id or a name refers to (exact first, else names containing it)."""
    from ..store import MAX_ID

    ref = ref.strip()
    if ref.isascii() and ref.isdigit() and int(ref) > MAX_ID:
        return []
    return link_db.find_canonicals(store, ref) or link_db.list_canonicals(store, name_like=ref)


def one_entity(store: Store, ref: str) -> dict:
    found = entity_matches(store, ref)
    if not found:
        raise StoreError(f"no entity {ref!r} (see 'claimgraph entities')")
    if len(found) > 1:
        options = ", ".join(f"{e['id']} {e['name']} ({e['type']})" for e in found[:6])
        raise StoreError(f"{ref!r} names several entities: {options}; give the id")
    return found[0]


def _names(view: dict) -> list[tuple[int, str]]:
    return [(view["id"], n) for n in [view["name"], *view["aliases"]]]


def merge_entities(store: Store, a_ref: str, b_ref: str, actor: Actor) -> dict:
    """Merge entity B into A (ids or names); returns {"entity": the kept entity's view, "merged":
    [A, B] as they were, "decision": the log entry's id}."""
    from ..link import merge
    from ..link.views import entity_view

    require_writer(actor, "merge entities")
    a, b = one_entity(store, a_ref), one_entity(store, b_ref)
    if a["id"] == b["id"]:
        raise StoreError("those are the same entity")
    before = [entity_view(store, a, members=False), entity_view(store, b, members=False)]
    out: dict = {"merged": [{"id": v["id"], "name": v["name"]} for v in before]}

    def log(kept: int) -> None:
        row = link_db.canonical(store, kept)
        assert row is not None  # the merge keeps it
        after = entity_view(store, row, members=False)
        out["entity"] = after
        out["decision"] = record(
            store, actor, "merge", f"merged {b['name']} ({b['id']}) and {a['name']} ({a['id']}) into {after['name']} ({kept})",
            before={"entities": before}, after={"entity": after},
            entities=_names(before[0]) + _names(before[1]) + _names(after), in_transaction=True)

    try:
        merge(store, a["id"], b["id"], record=log)
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    return out


def split_entity(store: Store, ref: str, names: Sequence[str], actor: Actor, learned_pairs: bool | None = None) -> dict:
    """Split the members named ``names`` off an entity; returns {"entity": it as it was,
    "documents": re-linked documents, "now": views of the entities the names now belong to,
    "decision": the log entry's id}."""
    from ..link import split
    from ..link.views import entity_view

    require_writer(actor, "split entities")
    names = [n.strip() for n in names if n and n.strip()]
    if not names:
        raise StoreError("give at least one name to split off")
    ent = one_entity(store, ref)
    before = entity_view(store, ent, members=False)
    out: dict = {"entity": before}

    def log(docs: list[int]) -> None:
        out["decision"] = record(
            store, actor, "split", f"split {', '.join(names)} from {ent['name']} ({ent['id']})",
            before={"entity": before}, after={"split_off": list(names), "documents_relinked": docs},
            entities=_names(before) + [(None, n) for n in names], in_transaction=True)

    try:
        out["documents"] = split(store, ent["id"], list(names), record=log, learned_pairs=learned_pairs)
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    now: list[dict] = []
    for n in names:
        now += [entity_view(store, e, members=False) for e in link_db.find_canonicals(store, n)]
    out["now"] = now
    return out


def record_ingest(store: Store, actor: Actor, action: str, report, inputs: Sequence[str]) -> int | None:
    """The log entry of an ingest (CLI) or upload (API) that added documents (None when it added none:
    nothing changed). ``report``: the :class:`claimgraph.ingest.IngestReport`."""
    if not report.added_ids:
        return None
    shown = list(inputs)[:20]
    return record(
        store, actor, action,
        f"{action}: {report.added} new document(s) from {', '.join(shown)}{' …' if len(inputs) > len(shown) else ''}",
        before={"documents": [], "inputs": shown},
        after={"documents": report.added_ids[:200], "added": report.added, "already_present": report.present,
               "rejected": len(report.rejected)},
        documents=report.added_ids)


def reanalyse(store: Store, document_ids: Sequence[int], actor: Actor, *, n_process: int = 2, progress: bool = False,
              custody=None, learned_pairs: bool | None = None) -> dict:
    """Analyse these documents again and re-link (``claimgraph reanalyse``; ``learned_pairs``: the learned
    pair model in that linking, as :func:`claimgraph.ingest.analyse_pending`); returns {"analysed",
    "failed", "decision"}. The entry says how many claims and entities they held before and after."""
    from ..ingest import analyse_pending

    require_writer(actor, "re-analyse documents")
    ids = list(dict.fromkeys(document_ids))
    before = db.analysis_counts(store, ids)
    done = analyse_pending(store, progress=progress, n_process=n_process, documents=ids, custody=custody,
                           learned_pairs=learned_pairs)
    failed = sorted(set(store.failed_analyses()) & set(ids))
    after = {**db.analysis_counts(store, ids), "analysed": done, "failed": failed[:200]}
    decision = record(store, actor, "re-analyse",
                      f"re-analysed {len(ids)} document(s): claims {before['claims']} → {after['claims']}, "
                      f"entities {before['entities']} → {after['entities']}" + (f"; {len(failed)} failed" if failed else ""),
                      before=before, after=after, documents=ids)
    return {"analysed": done, "failed": failed, "decision": decision}

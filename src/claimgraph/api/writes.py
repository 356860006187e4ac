"""Writes through the server that the JSON API and the web UI share: the store that takes writes, the custody
record a write is entered in, and a merge of two entities by an editor (the API's ``POST /api/entities/merge`` and
the entity page's merge form). Here, not in ``routes``, so that the web UI does not reach into the API's routes."""

from __future__ import annotations

from fastapi import Request

from ..store import Store


def write_store(request: Request) -> Store:
    return request.app.state.stores.writer()


def custody_log(request: Request, store: Store, actor):
    from ..custody import CustodyLog

    return CustodyLog(request.app.state.settings, store, user=actor.name)


def merge_with_custody(request: Request, a: str, b: str, actor) -> dict:
    """A merge by ``actor`` through the server (API or UI form): decision log and custody record."""
    from ..custody import Event
    from ..team.actions import merge_entities as merge

    with request.app.state.ingest_lock:
        store = write_store(request)
        done = merge(store, a, b, actor)
        custody_log(request, store, actor).record([Event("merged", None, {"kept_entity": done["entity"]["id"],
                                                                          "merged": done["merged"]})])
    return done

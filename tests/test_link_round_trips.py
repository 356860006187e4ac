"""Linking one document costs a bounded number of round trips to the database, however many
documents the store already holds: what linking needs is read in batches (candidates for all of a
document's entities at once, the candidate events with their documents), not one statement per
candidate, and what it decides is written with one statement per table."""

from __future__ import annotations

import linkdata

from claimgraph.link import link_document
from claimgraph.store import links as db

PORTS = ["Port Ellery", "Kessow Bay", "Marlin Quay", "Tovan Harbour", "Dunmere"]
SURNAMES = [a + b for a in ("Var", "Kel", "Dor", "Mis", "Tal") for b in ("enko", "ovich", "sky", "ian", "ard", "ell", "ung", "ow", "ez", "ani")]
GIVEN = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Fedor", "Galina"]
COAST_GUARD = "Valdorian Coast Guard"


def report(store, i: int) -> tuple[int, int]:
    """The i-th report of a run of ferry groundings (five harbours, a new harbour master each
    time, the coast guard in every one), linked; returns (document id, round trips its linking took)."""
    port, name = PORTS[i % len(PORTS)], f"{GIVEN[i % len(GIVEN)]} {SURNAMES[i]}"
    aground = f"the ferry Aster ran aground near {port} with {40 + i} passengers aboard"
    rescued = f"{30 + i} passengers were rescued by noon"
    text = f"{name}, the harbour master, said {aground}. The {COAST_GUARD} said {rescued}. {SURNAMES[i]} asked for tugs."
    doc = linkdata.add(store, text, [(name, "PERSON", [SURNAMES[i]]), (port, "GPE", []), (COAST_GUARD, "ORG", [])],
                       [(name, aground, "indirect"), (COAST_GUARD, rescued, "indirect")],
                       published=f"2026-03-{1 + i % 20:02d}", headline=f"Ferry aground near {port}", link=False)
    before = store.round_trips
    link_document(store, doc)
    return doc, store.round_trips - before


def coast_guard_of(store, doc: int) -> int:
    ents = db.document_entities(store, doc)
    cg = next(e for e in ents if e["name"] == COAST_GUARD)
    return db.canonical_of_entities(store, [cg["id"]])[cg["id"]]


def test_round_trips_per_document_do_not_grow_with_the_store(store):
    runs = [report(store, i) for i in range(50)]
    fifth, fiftieth = runs[4][1], runs[49][1]
    # a handful more for a larger candidate set is allowed (a new event founded, a recap), not growth
    assert fiftieth <= fifth + 5, [t for _d, t in runs]
    # and the 50th document was linked against what came before, not linked alone
    first_doc, last_doc = runs[0][0], runs[49][0]
    assert coast_guard_of(store, last_doc) == coast_guard_of(store, first_doc)
    event = db.event_of_document(store, last_doc)
    assert len(db.event_documents(store, event)) > 1
    assert db.relations(store, [c["id"] for c in db.document_claims(store, last_doc)])


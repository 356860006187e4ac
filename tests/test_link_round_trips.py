"""Linking one document costs a bounded number of round trips to the database, however many
documents the store already holds: what linking needs is read in batches (candidates for all of a
document's entities at once, the candidate events with their documents), not one statement per
candidate, reads that do not depend on each other are sent together, and what it decides is
written with one statement per table, sent with the next read or the COMMIT. On PostgreSQL the
round trips the store counts are the ones the connection makes."""

from __future__ import annotations

import linkdata
import pytest

from claimgraph.link import link_document
from claimgraph.store import links as db

PORTS = ["Port Ellery", "Kessow Bay", "Marlin Quay", "Tovan Harbour", "Dunmere"]
SURNAMES = [a + b for a in ("Var", "Kel", "Dor", "Mis", "Tal") for b in ("enko", "ovich", "sky", "ian", "ard", "ell", "ung", "ow", "ez", "ani")]
GIVEN = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Fedor", "Galina"]
COAST_GUARD = "Valdorian Coast Guard"

pytestmark = pytest.mark.both_stores

#: Round trips to link one report of the run below (11 each): its inputs (1); the entity step's
#: decisions and candidates (1), their names (1), the new harbour master's canonical entity (1);
#: the event's counts (1), candidates (1), their documents (1) and their keys' counts (1); the
#: happenings (1); the event's other claims (1); the COMMIT (1). A few over for a report whose
#: speaker is named only elsewhere, or that founds an event or a happening.
MOST_ROUND_TRIPS = 14


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
    before, sent = store.round_trips, _server_round_trips(store)
    link_document(store, doc)
    if store.dialect == "postgresql" and i > 0:   # (the first also reads which tables have ids, once a connection)
        assert _server_round_trips(store) - sent == store.round_trips - before
    return doc, store.round_trips - before


def _server_round_trips(store) -> int:
    """How often the PostgreSQL connection waited for the server (0 on SQLite)."""
    return getattr(store.conn, "round_trips", 0)


def coast_guard_of(store, doc: int) -> int:
    ents = db.document_entities(store, doc)
    cg = next(e for e in ents if e["name"] == COAST_GUARD)
    return db.canonical_of_entities(store, [cg["id"]])[cg["id"]]


def test_round_trips_per_document_do_not_grow_with_the_store(store):
    runs = [report(store, i) for i in range(50)]
    fifth, fiftieth = runs[4][1], runs[49][1]
    # a handful more for a larger candidate set is allowed (a new event founded, a recap), not growth
    assert fiftieth <= fifth + 3, [t for _d, t in runs]
    # and few: the statements that must wait for an answer, not one per candidate or per row
    assert max(t for _d, t in runs) <= MOST_ROUND_TRIPS, [t for _d, t in runs]
    # and the 50th document was linked against what came before, not linked alone
    first_doc, last_doc = runs[0][0], runs[49][0]
    assert coast_guard_of(store, last_doc) == coast_guard_of(store, first_doc)
    event = db.event_of_document(store, last_doc)
    assert len(db.event_documents(store, event)) > 1
    assert db.relations(store, [c["id"] for c in db.document_claims(store, last_doc)])



def canonical_named(store, doc: int, name: str) -> int:
    e = next(e for e in db.document_entities(store, doc) if e["name"] == name)
    return db.canonical_of_entities(store, [e["id"]])[e["id"]]


def test_a_bridge_mid_document_leaves_the_later_entities_linked(store):
    # the entity step decides in memory and writes at the end; a bridge (two canonical entities
    # found to be one) is written at once, and the document's later entities still link right
    d1 = linkdata.add(store, "The GUR said the depot burned. Ilko Varenko said so too.", [("GUR", "ORG", []), ("Ilko Varenko", "PERSON", [])],
                      published="2026-03-13")
    d2 = linkdata.add(store, "The Main Directorate of Intelligence said the depot burned in Kelm.",
                      [("Kelm", "GPE", []), ("Main Directorate of Intelligence", "ORG", [])], published="2026-03-13")
    assert canonical_named(store, d1, "GUR") != canonical_named(store, d2, "Main Directorate of Intelligence")
    d3 = linkdata.add(store, "The Main Directorate of Intelligence (GUR) said the depot burned in Kelm. Varenko agreed.",
                      [("Main Directorate of Intelligence", "ORG", ["GUR"]), ("Kelm", "GPE", []), ("Varenko", "PERSON", [])],
                      published="2026-03-14")
    bridged = canonical_named(store, d3, "Main Directorate of Intelligence")
    assert canonical_named(store, d1, "GUR") == bridged == canonical_named(store, d2, "Main Directorate of Intelligence")
    assert "bridged" in next(m["evidence"] for m in db.member_rows(store, bridged) if m["document_id"] == d3)
    assert canonical_named(store, d3, "Kelm") == canonical_named(store, d2, "Kelm")
    assert canonical_named(store, d3, "Varenko") == canonical_named(store, d1, "Ilko Varenko")
    assert {"GUR", "Main Directorate of Intelligence"} <= set(db.canonical_names(store, bridged))

"""Whom a speaker speaks for: the origin of a spokesman's claim is the organisation."""

from __future__ import annotations

from functools import partial

import linkdata
import pytest

from claimgraph.link.origins import affiliation
from claimgraph.store import links as db

ORGS = [{"id": 1, "name": "Ministry of Water of the Republic of Selva", "mentions": ["Ministry of Water"]},
        {"id": 2, "name": "9th Coastal Brigade", "mentions": ["9th Coastal Brigade"]},
        {"id": 3, "name": "Harbour Authority of Kelm", "mentions": ["Harbour Authority"]},
        {"id": 4, "name": "Dunmore Institute", "mentions": ["Dunmore Institute"]}]


@pytest.mark.parametrize("body, person, org", [
    ("The Ministry of Water said the canal was safe, ministry spokeswoman Irma Voss told reporters.", "Irma Voss", 1),
    ("Colonel Piet Abel, commander of the 9th Coastal Brigade, wrote on the unit's channel.", "Piet Abel", 2),
    ("The Harbour Authority of Kelm closed the port. The authority's deputy head, Captain Rui Sal, said it would reopen.",
     "Rui Sal", 3),
    ("Harbour Authority spokesman Tomas Lind said the cranes were intact.", "Tomas Lind", 3),
])
def test_a_role_next_to_the_name_names_the_organisation(body, person, org):
    found = affiliation(body, {"name": person, "mentions": [person]}, ORGS)
    assert found is not None and found["id"] == org


@pytest.mark.parametrize("body, person", [
    ("Ana Berg, an analyst at the Dunmore Institute, said the satellite images were clear.", "Ana Berg"),
    ("Private Olaf Kerr of the 9th Coastal Brigade said he saw the flash.", "Olaf Kerr"),
    ("Irma Voss said the canal was safe.", "Irma Voss"),
])
def test_no_role_that_speaks_for_it_no_affiliation(body, person):
    assert affiliation(body, {"name": person, "mentions": [person]}, ORGS) is None


add = partial(linkdata.add, published="2026-05-02")


def test_a_spokesman_and_his_ministry_are_one_source(store):
    one = ("The Selva canal lock at Kelm burst on Friday. The Ministry of Water said the lock at Kelm had been "
           "sabotaged by divers overnight. Engineers inspected the canal lock.")
    two = ("Water poured through the Kelm canal lock on Friday. Ministry of Water spokeswoman Irma Voss said the lock at Kelm "
           "had been mined and blown up by divers. Residents of Kelm were moved to higher ground.")
    three = ("The Kelm canal lock gave way on Friday. The Harbour Authority of Kelm said the lock at Kelm was hit by "
             "two missiles fired from the sea. Boats were moored outside Kelm.")
    add(store, one, [("Kelm", "GPE", []), ("Ministry of Water", "ORG", [])],
        [("Ministry of Water", "the lock at Kelm had been sabotaged by divers overnight", "indirect")])
    add(store, two, [("Kelm", "GPE", []), ("Ministry of Water", "ORG", []), ("Irma Voss", "PERSON", [])],
        [("Irma Voss", "the lock at Kelm had been mined and blown up by divers", "indirect")])
    add(store, three, [("Kelm", "GPE", []), ("Harbour Authority of Kelm", "ORG", [])],
        [("Harbour Authority of Kelm", "the lock at Kelm was hit by two missiles fired from the sea", "indirect")])
    rels = {(r["type"], bool(r["independent"])) for r in db.relations(store)}
    # the ministry and its spokeswoman agree, as one source; the harbour authority contradicts both, independently
    assert ("corroborates", False) in rels
    assert ("contradicts", True) in rels
    assert ("corroborates", True) not in rels


def test_a_rejection_relays_no_origin_and_a_relay_of_a_relay_takes_the_innermost():
    from claimgraph.link import _relayed_origins
    text = "Orsund rejected accusations by Halvik that it shelled the pier"
    claims = [{"start": 0, "end": len(text), "content": text[8:], "speaker": "Orsund", "stance": "denies"},
              {"start": 40, "end": len(text), "content": "it shelled the pier", "speaker": "Halvik",
               "speaker_text": "Halvik", "stance": "asserts"}]
    origins = [(1, 1, "gov:orsund", "Orsund", None), (2, 2, "gov:halvik", "Halvik", None)]
    assert _relayed_origins(claims, origins)[0][2] == "gov:orsund"
    relay = "the Gazette reported that the mayor said the port authority confirmed the pier was shut"
    claims = [{"start": 0, "end": 90, "content": relay[4:], "speaker": "Gazette", "stance": "asserts"},
              {"start": 30, "end": 90, "content": relay[30:], "speaker": "mayor", "speaker_text": "the mayor",
               "stance": "asserts"},
              {"start": 50, "end": 90, "content": "the pier was shut", "speaker": "port authority",
               "speaker_text": "the port authority", "stance": "asserts"}]
    origins = [(1, 1, "n:gazette", "Gazette", None), (2, 2, "n:mayor", "mayor", None),
               (3, 3, "n:port authority", "port authority", None)]
    assert [o[2] for o in _relayed_origins(claims, origins)] == ["n:port authority"] * 3


def test_a_body_named_with_its_whole_of_chain_is_the_same_source_as_its_short_name(store):
    # One report names the body with the country it belongs to ("... of Orsund"), where the tagger's entity is the
    # shorter span; the other report names it the short way. They are one source: the claim keeps its speaker_id.
    one = ("Floodgates fail at Tavel\n\nThe Directorate of Civil Defence of Orsund said the floodgates at Tavel had "
           "failed on Sunday after a week of rain. It said two villages were evacuated.")
    two = ("Tavel floodgates give way\n\nThe floodgates at Tavel failed on Sunday after a week of rain, the Directorate "
           "of Civil Defence said. Rescuers reached the villages by boat.")
    add(store, one, [("Tavel", "GPE", []), ("Directorate of Civil Defence", "ORG", [])],
        [("Directorate of Civil Defence of Orsund", "the floodgates at Tavel had failed on Sunday after a week of rain",
          "indirect")])
    add(store, two, [("Tavel", "GPE", []), ("Directorate of Civil Defence", "ORG", [])],
        [("Directorate of Civil Defence", "The floodgates at Tavel failed on Sunday after a week of rain", "indirect")])
    claims = db.query_claims(store)
    assert len(claims) == 2
    assert claims[0]["speaker_id"] is not None and claims[0]["speaker_id"] == claims[1]["speaker_id"]
    rels = [r for r in db.relations(store) if r["type"] == "corroborates"]
    assert rels and not any(r["independent"] for r in rels)

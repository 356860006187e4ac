"""Canonical entities, session 9: what a name's head noun says about its type, a country under
any of its names, compounds of a body's name. Sentences written for these tests (invented
places and bodies; real state names, since the gazetteer is what is under test)."""

from __future__ import annotations

import linkdata

from claimgraph.link import names as N
from claimgraph.link.entities import link_type
from claimgraph.store import links as db


def _canon(store, doc_id: int, name: str) -> int:
    (e,) = [e for e in db.document_entities(store, doc_id) if e["name"] == name]
    return db.canonical_of_entities(store, [e["id"]])[e["id"]]


def test_a_facility_the_tagger_calls_a_body_a_place_or_a_facility_is_one_facility(store):
    body = linkdata.add(store, "The Velmora Dam said water levels were falling.", [("Velmora Dam", "ORG", [])])
    fac = linkdata.add(store, "Engineers inspected the Velmora Dam on Friday.", [("Velmora Dam", "FAC", [])])
    place = linkdata.add(store, "Floods reached the Velmora Hydroelectric Power Plant overnight.",
                         [("Velmora Hydroelectric Power Plant", "GPE", [])])
    fac2 = linkdata.add(store, "The Velmora Hydroelectric Power Plant stopped its turbines.",
                        [("Velmora Hydroelectric Power Plant", "FAC", [])])
    assert _canon(store, body, "Velmora Dam") == _canon(store, fac, "Velmora Dam")
    assert _canon(store, place, "Velmora Hydroelectric Power Plant") == _canon(store, fac2, "Velmora Hydroelectric Power Plant")


def test_an_acronym_takes_the_type_of_the_name_it_stands_for_on_the_page(store):
    doc = linkdata.add(store, "The Velmora Hydroelectric Power Plant (HPP) was hit. The HPP lost power.",
                       [("Velmora Hydroelectric Power Plant (HPP)", "ORG", []), ("HPP", "ORG", [])])
    other = linkdata.add(store, "The Velmora Hydroelectric Power Plant was flooded.",
                         [("Velmora Hydroelectric Power Plant", "FAC", [])])
    plant = _canon(store, other, "Velmora Hydroelectric Power Plant")
    assert _canon(store, doc, "Velmora Hydroelectric Power Plant (HPP)") == plant
    assert _canon(store, doc, "HPP") == plant


def test_a_newspaper_the_tagger_calls_a_person_is_a_body_but_a_person_named_post_stays_a_person(store):
    person = linkdata.add(store, "The Harbour Street Journal reported the sale.", [("Harbour Street Journal", "PERSON", [])])
    body = linkdata.add(store, "The Harbour Street Journal said the deal was signed.", [("Harbour Street Journal", "ORG", [])])
    assert _canon(store, person, "Harbour Street Journal") == _canon(store, body, "Harbour Street Journal")
    assert link_type({"type": "PERSON", "name": "Emily Post"}) == "PERSON"
    assert link_type({"type": "ORG", "name": "Ministry of Defence"}) == "ORG"


def test_a_dotted_abbreviation_of_a_state_is_the_state():
    assert N.match("GPE", "U.S.", "United States")
    assert N.match("GPE", "U.S", "the United States")
    assert not N.match("GPE", "U.S.", "United Kingdom")


def test_two_kinds_of_one_place_stay_apart_whatever_the_tagger_called_them(store):
    bus = linkdata.add(store, "The Kelm bus station was closed.", [("Kelm bus station", "ORG", [])])
    rail = linkdata.add(store, "The Kelm railway station was shelled.", [("Kelm railway station", "FAC", [])])
    assert _canon(store, bus, "Kelm bus station") != _canon(store, rail, "Kelm railway station")


def test_a_compound_joined_by_a_function_word_reads_as_its_words():
    assert N.match("ORG", "Штаб Верховного Головнокомандувача", "Staff of the Supreme Commander-in-Chief")
    assert not N.match("ORG", "RBC-Ukraine", "Ukraine")


def test_a_demonym_the_tagger_calls_a_place_is_not_the_country(store):
    doc = linkdata.add(store, "Ukrainian officials said the deal was at risk. Ukraine asked for more ships.",
                       [("Ukrainian", "GPE", []), ("Ukraine", "GPE", [])])
    assert _canon(store, doc, "Ukrainian") != _canon(store, doc, "Ukraine")


def test_two_theatres_of_one_town_and_a_shorter_name_stay_three(store):
    # a name with fewer proper words ("Velmora Theatre") may be either: it must not chain the two
    drama = linkdata.add(store, "The Velmora Drama Theatre opened its season.", [("Velmora Drama Theatre", "FAC", [])])
    short = linkdata.add(store, "The Velmora Theatre announced a new director.", [("Velmora Theatre", "ORG", [])])
    opera = linkdata.add(store, "The Velmora Opera Theatre sold every seat.", [("Velmora Opera Theatre", "FAC", [])])
    canon = {_canon(store, drama, "Velmora Drama Theatre"), _canon(store, short, "Velmora Theatre"),
             _canon(store, opera, "Velmora Opera Theatre")}
    assert len(canon) == 3
    assert not N.match("FAC", "Velmora Drama Theatre", "Velmora Opera Theatre")


def test_a_person_surnamed_hall_stays_one_person_with_the_surname_alone(store):
    full = linkdata.add(store, "Oliver Hall, a spokesman for the Velmora council, said the budget was late.",
                        [("Oliver Hall", "PERSON", []), ("Velmora", "GPE", [])])
    bare = linkdata.add(store, "Council spokesman Hall said on Tuesday the vote was delayed.", [("Hall", "PERSON", [])])
    mr = linkdata.add(store, "Mr Hall told reporters the budget would pass.", [("Hall", "PERSON", [])])
    person = _canon(store, full, "Oliver Hall")
    assert person == _canon(store, bare, "Hall") == _canon(store, mr, "Hall")
    assert db.canonical(store, person)["type"] == "PERSON"


def test_a_person_whose_surname_is_a_facility_or_a_newspaper_word_stays_a_person():
    for name in ("Oliver Hall", "Charlotte Church", "Tom Bridge", "Ivan Post", "Anna Post", "Emily Post",
                 "Karl J. Post"):
        assert link_type({"type": "PERSON", "name": name}) == "PERSON", name
    # what stays: a facility the tagger called a body or a place, a newspaper's title after "The"
    assert link_type({"type": "ORG", "name": "Velmora Dam"}) == "FAC"
    assert link_type({"type": "GPE", "name": "Kestrin Arena"}) == "FAC"
    assert link_type({"type": "PERSON", "name": "The Dorvil Post"}) == "ORG"

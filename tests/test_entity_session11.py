"""Entities, session 11: English state organs keep their state. A ministry the tagger leaves
unnamed after its state is an entity; bare later mentions of an owned organ continue it; a page
naming two states' organs with the same words joins neither; a state's dotted abbreviation finds
its full name; a body's name the tagger called a person is a body. Sentences written for these
tests, with invented people and bodies (real states, as owners must be known states)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution.document import extract_claims
from claimgraph.link.entities import link_type


def _orgs(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract_claims(text).entities if e.type == "ORG"}


@pytest.mark.parametrize("text, mention", [
    ("The Latvian foreign ministry summoned the envoy on Wednesday.", "Latvian foreign ministry"),
    ("Romania's health ministry said the clinic had been resupplied.", "Romania's health ministry"),
], ids=lambda v: str(v)[:40])
def test_a_ministry_the_tagger_left_unnamed_after_its_state_is_a_body(text, mention):
    assert any(mention in ms for ms in _orgs(text).values())


def test_a_ministry_with_no_state_before_it_is_no_new_body():
    # counter-case: no state before the head, nothing to name
    assert not any("ministry" in m for ms in _orgs("The ministry said the envoy had been summoned.").values() for m in ms)


def test_the_states_ministry_later_on_the_page_is_the_one_named_before():
    orgs = _orgs("Romania's health ministry said the clinic had been resupplied. The Romanian ministry added that "
                 "doctors from Cluj had arrived.")
    assert any("Romania's health ministry" in ms and any(m.endswith("Romanian ministry") for m in ms) for ms in orgs.values())


def test_another_states_ministry_later_on_the_page_is_not_the_one_named_before():
    orgs = _orgs("Romania's health ministry said the clinic had been resupplied. The Moldovan ministry said it had "
                 "sent no doctors.")
    assert not any("Romania's health ministry" in ms and any(m.endswith("Moldovan ministry") for m in ms)
                   for ms in orgs.values())


def _canon(store, doc_id: int, name: str) -> int:
    from claimgraph.store import links as db

    (e,) = [e for e in db.document_entities(store, doc_id) if e["name"] == name]
    return db.canonical_of_entities(store, [e["id"]])[e["id"]]


def test_bare_mentions_after_an_owned_organ_continue_it_across_documents(store):
    import linkdata

    owned = linkdata.add(store, "Georgia's Interior Ministry said the crossing had been closed. The Interior Ministry "
                                "added that lorries were turned back.",
                         [("Interior Ministry", "ORG", []), ("Georgia", "GPE", [])])
    other = linkdata.add(store, "Armenia's Interior Ministry said its side of the crossing stayed open.",
                         [("Interior Ministry", "ORG", []), ("Armenia", "GPE", [])])
    full = linkdata.add(store, "The Interior Ministry of Georgia said the crossing would reopen on Friday.",
                        [("Interior Ministry of Georgia", "ORG", [])])
    assert _canon(store, owned, "Interior Ministry") == _canon(store, full, "Interior Ministry of Georgia")
    assert _canon(store, other, "Interior Ministry") != _canon(store, full, "Interior Ministry of Georgia")


@pytest.mark.parametrize("order", ["shared first", "shared last"])
def test_two_states_organs_under_one_name_join_neither(store, order):
    import linkdata

    def shared():
        return linkdata.add(store, "Estonia's Defence Ministry and Finland's Defence Ministry signed the agreement.",
                            [("Defence Ministry", "ORG", []), ("Estonia", "GPE", []), ("Finland", "GPE", [])])

    def finnish():
        return linkdata.add(store, "The Defence Ministry of Finland said the exercises would start in May.",
                            [("Defence Ministry of Finland", "ORG", [])])

    first = shared() if order == "shared first" else finnish()
    second = finnish() if order == "shared first" else shared()
    both, fi = (first, second) if order == "shared first" else (second, first)
    assert _canon(store, both, "Defence Ministry") != _canon(store, fi, "Defence Ministry of Finland")


def test_a_states_dotted_abbreviation_finds_its_full_name(store):
    import linkdata

    full = linkdata.add(store, "The United Kingdom said it would send two more ships.", [("United Kingdom", "GPE", [])])
    short = linkdata.add(store, "The U.K. did not say when the ships would arrive.", [("U.K", "GPE", ["U.K."])])
    assert _canon(store, full, "United Kingdom") == _canon(store, short, "U.K")


def test_a_capital_does_not_meet_its_state_by_initials(store):
    # counter-case: the initials key is for a dotted abbreviation and its full name only
    import linkdata

    full = linkdata.add(store, "The United Kingdom said it would send two more ships.", [("United Kingdom", "GPE", [])])
    city = linkdata.add(store, "Rain fell on London all day.", [("London", "GPE", [])])
    assert _canon(store, full, "United Kingdom") != _canon(store, city, "London")


@pytest.mark.parametrize("name, type_", [
    ("Eastern Fisheries Council", "ORG"),
    ("The Harbour Board", "ORG"),
    ("Southern Grid Authority", "ORG"),
    # counter-cases: two words with no "The" may be a person's name; an initial makes it one
    ("Agnes Council", "PERSON"),
    ("Mary J. Board", "PERSON"),
])
def test_a_bodys_name_tagged_a_person_is_a_body(name, type_):
    assert link_type({"type": "PERSON", "name": name}) == type_


def _people(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract_claims(text).entities if e.type == "PERSON"}


def test_a_surname_two_people_share_joins_neither_entity():
    text = ("Halvard Ostby, a fisherman, said the water had risen. His sister Marit Ostby, a nurse, said the clinic "
            "had lost power. Ostby added that the road was shut.")
    people = _people(text)
    assert people["Halvard Ostby"] == ["Halvard Ostby"] and people["Marit Ostby"] == ["Marit Ostby"]


def test_a_surname_one_person_has_joins_that_person():
    people = _people("Lorna Vescott, the mayor, said the shelter would open at noon. Vescott added that blankets "
                     "had run short.")
    assert people["Lorna Vescott"] == ["Lorna Vescott", "Vescott"]

"""Canonical entities after titled person mentions (session 17, branch b3fix17): the extractor
writes a person's capitalised title into the mention ("Speaker Ruslan Tervonen"), the linker keys
on the name. One person written with and without a title in two documents is one canonical
entity; two people who share a title are two; the mention still covers the title as written.
Sentences of our own, through the real extractor, a real store and the real linker."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp
from claimgraph.link import link_document
from claimgraph.link.entities import entity_names
from claimgraph.link.plain import add_document
from claimgraph.store import links as db


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _ingest(store, nlp, text: str) -> int:
    ext = extract_claims(text, nlp=nlp)
    ents = [{"name": e.name, "type": e.type,
             "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions]} for e in ext.entities]
    doc_id = add_document(store, text, entities=ents, claims=[], published="2026-03-12")
    link_document(store, doc_id)
    return doc_id


def _canonical(store, doc_id: int, name: str) -> int:
    for e in db.document_entities(store, doc_id):
        if e["name"] == name and e["type"] == "PERSON":
            return db.canonical_of_entities(store, [e["id"]])[e["id"]]
    raise AssertionError(f"no person {name} in document {doc_id}: {db.document_entities(store, doc_id)}")


@pytest.mark.parametrize("titled,bare,person", [
    ("Speaker Ruslan Tervonen said the session was over. Speaker Tervonen added that the doors were shut.",
     "Ruslan Tervonen said the vote would be held on Friday.", "Ruslan Tervonen"),
    ("Foreign Secretary David Lammerton said the embassy was closed.",
     "David Lammerton said the staff had left the city.", "David Lammerton"),
    ("Prosecutor Ilse Varga said the case was open.", "Ilse Varga said three men were charged.", "Ilse Varga"),
    ("Opposition Leader Marta Kovach said the count was wrong.", "Marta Kovach said the count would be appealed.",
     "Marta Kovach"),
    ("Envoy Pavel Dorn said the talks had failed.", "Pavel Dorn said the talks would resume in May.", "Pavel Dorn"),
])
def test_one_person_with_and_without_a_title_is_one_canonical_entity(store, nlp, titled, bare, person):
    d1 = _ingest(store, nlp, titled)
    d2 = _ingest(store, nlp, bare)
    written = [m for e in db.document_entities(store, d1) if e["name"] == person for m in e["mentions"]]
    # the title is in the mention as written (what this branch must not undo)
    assert written and all(m.endswith(person.split()[-1]) and m != person.split()[-1] for m in written), written
    assert _canonical(store, d1, person) == _canonical(store, d2, person)
    names = db.canonical_names(store, _canonical(store, d1, person))
    assert person in names and not any(n != person and n.endswith(person) for n in names), names


@pytest.mark.parametrize("first,second,a,b", [
    ("Interior Minister Tamar Gogoladze said the police had arrived.",
     "Interior Minister Levan Abashidze said the roads were open.", "Tamar Gogoladze", "Levan Abashidze"),
    ("Speaker Ruslan Tervonen said the session was over.",
     "Speaker Oleg Tervonen said the hall was locked.", "Ruslan Tervonen", "Oleg Tervonen"),
])
def test_two_people_who_share_a_title_are_two_canonical_entities(store, nlp, first, second, a, b):
    d1 = _ingest(store, nlp, first)
    d2 = _ingest(store, nlp, second)
    assert _canonical(store, d1, a) != _canonical(store, d2, b)


def test_a_titled_mention_still_covers_the_characters_it_names(store, nlp):
    body = "Foreign Secretary David Lammerton said the embassy was closed."
    ext = extract_claims(body, nlp=nlp)
    person = next(e for e in ext.entities if e.name == "David Lammerton")
    assert [(m.text, body[m.start:m.end]) for m in person.mentions] == [("Foreign Secretary David Lammerton",) * 2]
    d1 = _ingest(store, nlp, body)
    assert [e["mentions"] for e in db.document_entities(store, d1) if e["name"] == "David Lammerton"] == [
        ["Foreign Secretary David Lammerton"]]


def test_the_linker_reads_a_titled_mention_as_the_name_it_ends_with():
    ent = {"name": "Ruslan Tervonen", "type": "PERSON",
           "mentions": ["Speaker Ruslan Tervonen", "Speaker Tervonen", "Tervonen"]}
    assert entity_names(ent) == ["Ruslan Tervonen", "Tervonen"]
    # another given name before the surname is no title: it stays, so the veto still sees it
    other = {"name": "Ruslan Tervonen", "type": "PERSON", "mentions": ["Oleg Tervonen"]}
    assert entity_names(other) == ["Ruslan Tervonen", "Oleg Tervonen"]

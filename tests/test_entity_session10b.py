"""Entities, session 10 round two: a bare organ acronym is never a capital (a city's code in the
gazetteer is no name a text uses); places in oblique cases after a place preposition; lower-case
words of Cyrillic organ names as lookup keys. Sentences written for these tests, with invented
towns and people."""

from __future__ import annotations

import pytest

from claimgraph.link import places


def _canon(store, doc_id: int, name: str) -> int:
    from claimgraph.store import links as db

    (e,) = [e for e in db.document_entities(store, doc_id) if e["name"] == name]
    return db.canonical_of_entities(store, [e["id"]])[e["id"]]


@pytest.mark.parametrize("name", ["МВД", "MVD", "LON", "was", "ask", "add", "del", "mad", "run"])
def test_a_citys_code_or_an_english_word_is_no_capital(name):
    # "МВД" is "MVD" in Latin letters, Montevideo's code; "was" is Washington's
    assert places.capital_in(name) is None


@pytest.mark.parametrize("name, code", [("Montevideo", "uy"), ("Монтевидео", "uy"), ("Kyiv", "ua"), ("KYIV", "ua"),
                                        ("Kiev", "ua"), ("Киева", "ua"), ("Москвы", "ru"), ("ROME", "it"), ("Riga", "lv")])
def test_a_capitals_names_in_any_spelling_stay_capitals(name, code):
    assert places.capital_in(name) == code


def test_a_bare_interior_ministry_acronym_never_joins_a_state(store):
    import linkdata

    ru = linkdata.add(store, "В МВД сообщили о задержании трёх подозреваемых в Озерске.", [("МВД", "ORG", [])])
    en = linkdata.add(store, "Uruguay's government announced new rules for fishing boats.", [("Uruguay", "GPE", [])])
    assert _canon(store, ru, "МВД") != _canon(store, en, "Uruguay")

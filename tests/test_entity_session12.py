"""Russian and Ukrainian entities, session 12 (issue #13): exact span and type of names the NER
types or cuts wrongly in general ways. A water's or an island's name after its common noun is a
LOC with the noun left out ("біля річки Сейм"); a hospital, a bridge or a combine named by its
adjectives is a facility; a hromada named by its adjective is a place with its noun, and a
person's title before it no place. Through the real natasha and pymorphy3 models. Each test fails
on the code before session 12 or guards a counter-case.

Every sentence here is our own, with made-up places, bodies and people where we could.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _mentions(text: str, lang: str) -> set[tuple[str, str]]:
    return {(m.text, e.type) for e in extract_claims_cyrillic(text, lang).entities for m in e.mentions}


@pytest.mark.parametrize("lang, text, mention", [
    ("uk", "Водолази оглянули дно річки Ворскла поблизу переправи.", ("Ворскла", "LOC")),
    ("uk", "Рибалки помітили масляну пляму на річці Снов.", ("Снов", "LOC")),
    ("uk", "Річка Уборть цього літа пересохла на кількох ділянках.", ("Уборть", "LOC")),
    ("ru", "Катер сел на мель посреди реки Шексна.", ("Шексна", "LOC")),
    ("ru", "Туристов эвакуировали с острова Кижи из-за шторма.", ("Кижи", "LOC")),
])
def test_a_waters_name_after_its_common_noun_is_a_loc(lang, text, mention):
    found = _mentions(text, lang)
    assert mention in found
    assert not any(t == mention[0] and ty != "LOC" for t, ty in found)
    assert not any(t.lower().startswith(("річ", "рек", "ост")) for t, _ in found)


@pytest.mark.parametrize("lang, text, mention", [
    # counter-cases: a named water before the word ("в Чорному морі") leaves the next name alone;
    # a town after "в" stays a town
    ("uk", "У Чорному морі Туреччина провела навчання свого флоту.", ("Туреччина", "GPE")),
    ("ru", "Утром в Кирове выпал первый снег.", ("Кирове", "GPE")),
])
def test_a_place_not_after_a_waters_noun_keeps_its_type(lang, text, mention):
    assert mention in _mentions(text, lang)


@pytest.mark.parametrize("lang, text, mention", [
    ("uk", "Пацієнтів перевезли до Зарічанської районної лікарні.", ("Зарічанської районної лікарні", "FAC")),
    ("ru", "На Озёрском горно-обогатительном комбинате сменился директор.", ("Озёрском горно-обогатительном комбинате", "FAC")),
])
def test_a_facility_named_by_its_adjectives(lang, text, mention):
    assert mention in _mentions(text, lang)


def test_a_hromada_named_by_its_adjective_is_a_place_with_its_noun():
    found = _mentions("Староста Липнівської громади подякував енергетикам за швидкий ремонт.", "uk")
    assert ("Липнівської громади", "GPE") in found
    assert not any(t.startswith("Староста") for t, _ in found)   # a title, no place


@pytest.mark.parametrize("lang, text, mention", [
    ("uk", "Новий сквер відкрили у Кривому Розі минулої суботи.", ("Кривому Розі", "GPE")),
    ("uk", "Ярмарок відбувся у Білій Церкві в неділю.", ("Білій Церкві", "GPE")),
])
def test_a_city_of_two_words_after_a_place_preposition_is_a_place(lang, text, mention):
    found = _mentions(text, lang)
    assert mention in found
    assert (mention[0], "ORG") not in found

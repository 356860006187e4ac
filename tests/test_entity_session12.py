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


def _speakers(text: str, lang: str) -> set[str | None]:
    return {c.speaker for c in extract_claims_cyrillic(text, lang).claims}


@pytest.mark.parametrize("lang, text, person", [
    # counter-cases: a person after a water's or an island's noun keeps the NER's reading
    ("uk", "Біля озера Світлана Мороз заявила журналістам, що вода чиста.", "Світлана Мороз"),
    ("ru", "У реки Ольга Смирнова сказала, что мост закроют.", "Ольга Смирнова"),
    ("uk", "На острові Марія Коваленко провела два тижні.", "Марія Коваленко"),
    ("ru", "На озере Петр Волков поймал щуку.", "Петр Волков"),
    ("uk", "Біля річки Коваленко заявив, що вода чиста.", "Коваленко"),
])
def test_a_person_after_a_waters_noun_stays_a_person(lang, text, person):
    found = _mentions(text, lang)
    assert (person, "PERSON") in found
    assert not {m for m in found if m[1] == "LOC"}


@pytest.mark.parametrize("lang, text, person", [
    # counter-cases: a water's noun capitalised inside a body's or a ship's name is part of it
    ("uk", "Директор ТОВ Озеро Лебедине Петро Гнатюк заявив, що ставок отруєно.", "Петро Гнатюк"),
    ("ru", "Капитан теплохода Река Павел Лис заявил, что рейс отменен.", "Павел Лис"),
    ("uk", "Рибалка Річки Олег Петров сказав, що риби немає.", "Олег Петров"),
])
def test_a_waters_noun_inside_a_name_takes_no_person(lang, text, person):
    found = _mentions(text, lang)
    assert (person, "PERSON") in found
    assert not {m for m in found if m[1] == "LOC"}
    assert person in _speakers(text, lang)


@pytest.mark.parametrize("text", [
    # counter-cases: a people's or a faith's community is no place
    "Представники Єврейської громади заявили про підтримку.",
    "Кримськотатарська громада вимагає розслідування.",
    "Голова Української громади Канади Остап Вербицький заявив, що збір триває.",
])
def test_a_community_of_a_people_is_no_place(text):
    assert not any(ty == "GPE" and "громад" in t for t, ty in _mentions(text, "uk"))

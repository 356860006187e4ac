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


def _mentions(text: str, language: str) -> set[tuple[str, str]]:
    from claimgraph.extract.cyrillic import extract_claims_cyrillic

    return {(m.text, e.type) for e in extract_claims_cyrillic(text, language).entities for m in e.mentions}


@pytest.mark.parametrize("language, text, place", [
    ("uk", "У Зеленоборі вночі зникло світло в половині будинків.", "Зеленоборі"),
    ("uk", "У Вербогорську в суботу відкрили нову школу.", "Вербогорську"),
    ("uk", "Поблизу Каменобродська тривають роботи з відновлення дороги.", "Каменобродська"),
    ("uk", "Біля Сосногорська ремонтують міст.", "Сосногорська"),
], ids=lambda v: str(v)[:40])
def test_a_small_town_in_the_case_its_preposition_of_place_governs_is_a_place(language, text, place):
    mentions = _mentions(text, language)
    assert (place, "GPE") in mentions and (place, "PERSON") not in mentions


@pytest.mark.parametrize("language, text, person", [
    # a surname in the genitive after у ("at Petrenko's"), in Ukrainian and Russian
    ("uk", "Під час обшуку у Дзюбенка знайшли готівку.", "Дзюбенка"),
    ("uk", "Гроші знайшли у Петренка, повідомив слідчий.", "Петренка"),
    ("ru", "Документы нашли у Кравцова, сообщил следователь.", "Кравцова"),
    # persons after з / від
    ("uk", "Лист від Мирона Гайдученка передали слідчим.", "Мирона Гайдученка"),
    # a word on the stem of a person the page names
    ("uk", "Олег Зеленобор очолив раду. У Зеленоборі вірять у нову команду.", "Олег Зеленобор"),
], ids=lambda v: str(v)[:40])
def test_a_person_after_a_preposition_stays_a_person(language, text, person):
    mentions = _mentions(text, language)
    assert (person, "PERSON") in mentions
    assert not {m for m in mentions if m[1] in ("GPE", "LOC") and m[0][:5] == person.split()[-1][:5]}


def test_a_street_named_after_a_person_is_unchanged():
    # "на Шевченка" (a street) was read as a place before this rule and stays so
    assert ("Шевченка", "GPE") in _mentions("Кафе відкрили на Шевченка, повідомив власник.", "uk")


@pytest.mark.parametrize("cyrillic, english", [
    ("Міністерство енергетики України", "Energy Ministry"),
    ("Министерство сельского хозяйства России", "Agriculture Ministry"),
])
def test_a_cyrillic_organs_lower_case_field_meets_its_english_name(store, cyrillic, english):
    import linkdata

    state = "Ukraine" if "Україн" in cyrillic else "Russia"
    cy = linkdata.add(store, f"{cyrillic} повідомило про нові правила для фермерів Озерська.", [(cyrillic, "ORG", [])])
    en = linkdata.add(store, f"{state}'s {english} announced new rules for farmers in Ozersk.",
                      [(english, "ORG", []), (state, "GPE", [])])
    assert _canon(store, cy, cyrillic) == _canon(store, en, english)


def test_organs_of_one_field_and_two_states_stay_apart_by_their_lower_case_words(store):
    import linkdata

    ua = linkdata.add(store, "Міністерство енергетики України повідомило про відключення в Озерську.",
                      [("Міністерство енергетики України", "ORG", [])])
    ru = linkdata.add(store, "Министерство энергетики России сообщило об отключениях в Твери.",
                      [("Министерство энергетики России", "ORG", [])])
    culture = linkdata.add(store, "Міністерство культури України оголосило конкурс для бібліотек.",
                           [("Міністерство культури України", "ORG", [])])
    assert _canon(store, ua, "Міністерство енергетики України") != _canon(store, ru, "Министерство энергетики России")
    assert _canon(store, ua, "Міністерство енергетики України") != _canon(store, culture, "Міністерство культури України")


def test_reading_a_quoted_source_survives_the_ukrainian_analyser_made_last():
    # pymorphy3's tag class is shared: after a Ukrainian analyser is made, asking a tag about a
    # grammeme only the Russian tagset has ("Geox" in tag) raises; tags' grammeme sets never do
    import pymorphy3

    pymorphy3.MorphAnalyzer(lang="ru")
    pymorphy3.MorphAnalyzer(lang="uk")
    assert not {m for m in _mentions("За даними «Операції Світанок», до акції долучилися двісті волонтерів.", "uk")
                if m[1] == "ORG"}

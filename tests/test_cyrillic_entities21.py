"""Session 21's Russian and Ukrainian entity spans, through the real natasha and pymorphy3 models:
a first name stands before its surname, so a place's or a body's span that ends in a first name
right before a person's surname gives that name to the person ("Мэр Лозовой Зоряна Мельник": the
place Лозовой, the person Зоряна Мельник), and a first name followed by a surname is no evidence
that the word before it is a person's ("у Лозовій" stays a place); a Ukrainian sentence that opens
on a place's name keeps it though the Ukrainian dictionary lists it as a plain noun; one word names
one thing on a page, so a lone "surname" the page also writes as a place ("над Лозовою" beside "у Лозовій", a
headline's "Лозову") is that place unless a person is named in full by it. Every sentence is our own (the
towns are real ones used as settings, the persons invented); the marked cases fail on the code
before the change (8554dcd); the counter-cases guard the limits of the rule."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _mentions(text: str, lang: str) -> set[tuple[str, str]]:
    return {(m.text, e.type) for e in extract_claims_cyrillic(text, lang).entities for m in e.mentions}


@pytest.mark.parametrize("lang,text,place,person", [
    # fails before the change: the NER's place span "Лозовой Зоряна" took the first name
    ("ru", "Число погибших выросло. Мэр Лозовой Зоряна Мельник сообщила, что работы продолжатся.",
     "Лозовой", "Зоряна Мельник"),
])
def test_a_first_name_before_a_surname_belongs_to_the_person(lang, text, place, person):
    found = _mentions(text, lang)
    assert (place, "GPE") in found
    assert (person, "PERSON") in found
    assert not any(m.endswith(person.split()[0]) and m != person.split()[0] and t != "PERSON" for m, t in found)


def test_a_place_named_near_a_full_name_stays_a_place():
    # fails before the change: "Лозової Зоряна" read as a person named by the place's stem
    found = _mentions("Число загиблих зросло. Міська голова Лозової Зоряна Мельник розповіла про допомогу. "
                      "Будинок у Лозовій зруйновано.", "uk")
    assert ("Лозовій", "GPE") in found
    assert ("Лозовій", "PERSON") not in found
    assert ("Зоряна Мельник", "PERSON") in found


@pytest.mark.parametrize("lang,text,person", [
    # counter-cases: a person's name the NER reads whole, and a body named after a person, keep their spans
    ("ru", "Губернатор Ирина Соколова сообщила о пожаре.", "Ирина Соколова"),
    ("uk", "Голова громади Ірина Гнатюк сказала, що світла немає.", "Ірина Гнатюк"),
])
def test_a_full_name_read_whole_is_unchanged(lang, text, person):
    assert (person, "PERSON") in _mentions(text, lang)


@pytest.mark.parametrize("text,place", [
    # fail before the change: the Ukrainian dictionary lists these names as plain nouns, so the
    # capital opening the sentence was taken for any noun's
    ("Херсон знову опинився під обстрілом.", "Херсон"),
    ("Волноваха лежить у руїнах після боїв.", "Волноваха"),
])
def test_a_ukrainian_sentence_opening_on_a_place_keeps_it(text, place):
    assert (place, "GPE") in _mentions(text, "uk")


@pytest.mark.parametrize("text", [
    # counter-cases: a common noun opening a sentence is still no name
    "Вибух пролунав уночі біля вокзалу.",
    "Атака тривала годину.",
])
def test_a_common_noun_opening_a_ukrainian_sentence_is_no_place(text):
    assert _mentions(text, "uk") == set()


def _headline_mentions(body: str, headline: str, lang: str) -> set[tuple[str, str]]:
    ext = extract_claims_cyrillic(body, lang, headline=headline)
    return {(m.text, e.type) for e in ext.entities for m in e.mentions}


def test_one_word_names_one_thing_on_a_page_in_the_body():
    # fails before the change: "над Лозовою" was read as a woman's surname beside "у Лозовій"
    found = _mentions("Будинок у Лозовій зруйновано. Ракета ППО над Лозовою не запускалася, сказав Петро Гнатюк.", "uk")
    assert ("Лозовою", "GPE") in found
    assert ("Лозовою", "PERSON") not in found
    assert ("Петро Гнатюк", "PERSON") in found


def test_one_word_names_one_thing_on_a_page_in_the_headline():
    # fails before the change: the headline's "Лозову" in another case than the body's "у Лозовій"
    found = _headline_mentions("Будинок у Лозовій зруйновано, повідомив Петро Гнатюк.",
                               "Повітряні сили: Лозову атакував дрон, а не ракета", "uk")
    assert ("Лозову", "GPE") in found
    assert ("Лозову", "PERSON") not in found


def test_a_surname_the_page_names_in_full_stays_a_person():
    # counter-case: "Андрій Лозовий" named in full, so "Лозовий" alone is he, not the town
    found = _mentions("Командир бригади Андрій Лозовий сказав, що вночі було тихо. "
                      "Лозовий додав, що у Лозовій працюють рятувальники.", "uk")
    assert ("Лозовий", "PERSON") in found
    assert ("Лозовий", "GPE") not in found

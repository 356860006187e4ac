"""Russian and Ukrainian speakers, session 8 (issue 13): causes the training battery
benchmarks/data/cyrillic-battery-train8.jsonl exposed, through the real natasha and pymorphy3
models. Each test fails on the code before session 8 or guards a counter-case.

Every sentence here is our own, with made-up places, bodies and people; none comes from a real page.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.extract.cyrillic.entities import head_nominative
from test_cyrillic import _claim, _mentions  # one helper each, shared with the first Cyrillic tests


@pytest.mark.parametrize("language, words", [
    # an abbreviation heads the name; the words after it are its owner in the genitive
    ("ru", ["СБУ", "Украины"]),
    ("ru", ["ГУР", "Молдовы"]),
])
def test_abbreviation_with_its_owner_keeps_the_owner_genitive(language, words):
    assert head_nominative(language, words, body=True) == words


def test_a_full_name_in_an_oblique_case_still_goes_to_the_nominative():
    # counter-case: no abbreviation at the head, the head is declined as before
    assert head_nominative("ru", ["Министерстве", "обороны", "России"], body=True) == \
        ["Министерство", "обороны", "России"]


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "По данным компании «Светлые Сети», без света остаются три села.",
     "без света остаются три села", "Светлые Сети"),
    ("ru", "По информации СБУ Украины, на переезде задержан водитель грузовика.",
     "на переезде задержан водитель", "СБУ Украины"),
])
def test_quoted_name_after_its_kind_and_abbreviation_owner_as_written(language, text, content, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, content).speaker == speaker


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "Компания Samsung заявила, что завод в Калуге закрыт на неделю.", "завод в Калуге закрыт", "Samsung"),
    ("uk", "Компанія Lumera заявила, що склад у Бродах відновить роботу.", "склад у Бродах відновить", "Lumera"),
])
def test_the_kind_of_a_body_before_its_name_is_no_part_of_the_speaker(language, text, content, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, content).speaker == speaker


def test_a_noun_that_governs_a_place_still_names_the_body():
    # counter-case: "Банк России" is the bank, not Russia; "банк" is a kind word but the owner is a place
    ext = extract_claims_cyrillic("Банк России заявил, что ключевая ставка сохранена.", "ru")
    assert _claim(ext, "ключевая ставка сохранена").speaker == "Банк России"


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "Росприроднадзор начал проверку на очистных сооружениях Вельска. «Пробы отправлены в "
           "лабораторию», — сообщил официальный представитель ведомства.",
     "Пробы отправлены в лабораторию", "Росприроднадзор"),
    ("uk", "Міністерство освіти оновило правила вступу. Офіційний представник міністерства повідомив, "
           "що зміни набудуть чинності в червні.",
     "зміни набудуть чинності в червні", "Міністерство освіти"),
])
def test_an_official_representative_of_the_body_speaks_for_the_body_last_named(language, text, content, speaker):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, content).speaker == speaker


def test_a_described_body_with_no_role_word_stays_as_described():
    # counter-case: "представитель подрядчика" names no body the text named; the description stays
    ext = extract_claims_cyrillic("Представитель подрядчика сообщил, что ремонт завершится в мае.", "ru")
    assert _claim(ext, "ремонт завершится в мае").speaker is not None


@pytest.mark.parametrize("language, text, first, second", [
    ("ru", "«Движение по трассе открыто, — сообщил глава района Олег Носов. — Пробки рассосутся к ночи».",
     "Движение по трассе открыто", "Пробки рассосутся к ночи"),
    ("uk", "«Укриття відкриті цілодобово, — розповів секретар міськради Петро Левчук. — Там є вода».",
     "Укриття відкриті цілодобово", "Там є вода"),
])
def test_a_quote_split_by_its_cue_that_ends_in_a_full_stop_is_one_direct_quote(language, text, first, second):
    # «A, — сказал X. — B»: the cue sentence ends, the quotation goes on; one claim in two parts
    ext = extract_claims_cyrillic(text, language)
    c = _claim(ext, first)
    assert c.kind == "direct"
    assert c.parts and len(c.parts) == 2
    assert text[c.parts[0][0]:c.parts[0][1]].startswith(first)
    assert text[c.parts[1][0]:c.parts[1][1]].startswith(second)
    assert c.speaker in ("Олег Носов", "Петро Левчук")


@pytest.mark.parametrize("language, text, place", [
    ("uk", "Поблизу Вербівки збили ракету.", "Вербівки"),
    ("uk", "Під Вербівкою тривають бої.", "Вербівкою"),
    ("uk", "Поблизу Нової Каховки тривають бої.", "Нової Каховки"),
])
def test_a_preposition_opening_the_sentence_is_no_part_of_the_place(language, text, place):
    mentions = _mentions(text, language)
    assert (place, "GPE") in mentions
    assert not [m for m in mentions if m[0].startswith(("Поблизу", "Під"))]


def test_a_person_after_a_preposition_that_is_not_of_place_stays_a_person():
    # counter-case: "Для Иванова" is for a person; the cut and the retyping leave him alone
    mentions = _mentions("Для Иванова это важно, сказал Петр Иванов.", "ru")
    assert not [m for m in mentions if m[1] == "GPE"]
    assert not [m for m in mentions if m[0].startswith("Для")]


@pytest.mark.parametrize("language, text, content, channel", [
    ("ru", "Telegram-канал «Северный дозор» утверждает, что мост у Вельска поврежден.", "мост у Вельска поврежден",
     "Северный дозор"),
    ("uk", "Telegram-канал «Вартовий півдня» повідомив, що міст у Бродах пошкоджено.", "міст у Бродах пошкоджено",
     "Вартовий півдня"),
])
def test_a_channel_speaks_by_its_quoted_name_as_written(language, text, content, channel):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, content).speaker == channel
    assert channel in {e.name for e in ext.entities}


@pytest.mark.parametrize("language, text, water", [
    ("ru", "Паром пересек Татарский пролив.", "Татарский пролив"),
    ("uk", "Катер затонув у Дністровському лимані.", "Дністровському лимані"),
])
def test_straits_and_estuaries_are_locations(language, text, water):
    assert (water, "LOC") in _mentions(text, language)


def test_a_city_on_a_strait_stays_a_place():
    # counter-case: "Керчь" is a city (GPE); only the water body by its head word is a LOC
    mentions = _mentions("Власти Керчи закрыли набережную.", "ru")
    assert not [m for m in mentions if m[1] == "LOC"]


@pytest.mark.parametrize("language, text, content, name", [
    ("ru", "Благотворительный фонд «Свет надежды» сообщил, что собрал деньги на генераторы.",
     "собрал деньги на генераторы", "Свет надежды"),
    ("uk", "Благодійний фонд «Світло надії» написав, що зібрав кошти на генератори.",
     "зібрав кошти на генератори", "Світло надії"),
])
def test_a_quoted_name_after_an_adjective_and_its_kind_is_the_name_alone(language, text, content, name):
    ext = extract_claims_cyrillic(text, language)
    assert _claim(ext, content).speaker == name
    assert (name, "ORG") in _mentions(text, language)


def test_a_quoted_name_that_holds_its_head_keeps_it():
    # counter-case: 'Оперативне командування «Південь»' is the command's name, head and all
    ext = extract_claims_cyrillic("Оперативне командування «Південь» повідомило, що ворог відступив.", "uk")
    assert _claim(ext, "ворог відступив").speaker.startswith("Оперативне командування")


@pytest.mark.parametrize("text, place", [
    ("Голова громади заявив, що у Ґаврилівці відкрито укриття.", "Ґаврилівці"),
    ("Староста сказав, що у Гайсинському пролунали вибухи.", "Гайсинському"),
])
def test_a_settlement_in_the_locative_after_u_is_a_place(text, place):
    mentions = _mentions(text, "uk")
    assert (place, "GPE") in mentions
    assert (place, "PERSON") not in mentions


def test_a_surname_in_the_genitive_after_u_stays_a_person():
    # counter-case: "у Петренка" is at someone's; a person stands in the genitive there
    assert ("Петренка", "PERSON") in _mentions("У Петренка заявили, що все гаразд.", "uk")


@pytest.mark.parametrize("language, text, title", [
    ("uk", "Начальник поліції Київщини Андрій Нєбитов заявив, що злочинця затримано.", "Начальник"),
    ("uk", "Директор ліцею Ірина Бондар повідомила, що уроки скасовано.", "Директор"),
])
def test_a_title_opening_a_sentence_is_no_person(language, text, title):
    assert not [m for m in _mentions(text, language) if m[0] == title]


def test_a_surname_that_holds_a_title_opening_a_sentence_stays_a_person():
    # counter-case: "Генералов" holds "генерал" but is a surname
    assert ("Генералов", "PERSON") in _mentions("Генералов заявил, что все спокойно.", "ru")

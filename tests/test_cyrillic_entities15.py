"""Session 15's Cyrillic entity spans and types, through the real natasha and pymorphy3 models: a
title opening the sentence is inside the person's mention (the bare name stays a mention), a refinery
or filling station by its abbreviation is a facility, a body's common noun opening a sentence is a
body, and a settlement's name of two words the NER called a body is a place. Every sentence is our
own, with made-up names; the places are real ones used as settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _mentions(text: str, lang: str) -> set[tuple[str, str]]:
    return {(m.text, e.type) for e in extract_claims_cyrillic(text, lang).entities for m in e.mentions}


@pytest.mark.parametrize("lang,text,titled,bare", [
    ("ru", "Губернатор Аркадий Толмачёв сообщил, что пострадавших нет.", "Губернатор Аркадий Толмачёв", "Аркадий Толмачёв"),
    ("ru", "Официальный представитель МЧС Варвара Глинская рассказала о работе спасателей.",
     "Официальный представитель МЧС Варвара Глинская", "Варвара Глинская"),
    ("uk", "Міський голова Тарас Береза наголосив, що світло повернуть до вечора.",
     "Міський голова Тарас Береза", "Тарас Береза"),
    ("uk", "Адвокат Марта Яворська заявила, що оскаржить вирок.", "Адвокат Марта Яворська", "Марта Яворська"),
])
def test_title_opening_the_sentence_is_in_the_mention(lang, text, titled, bare):
    found = _mentions(text, lang)
    assert (titled, "PERSON") in found and (bare, "PERSON") in found
    # one person: the titled stretch is a further mention of the same entity
    persons = [e for e in extract_claims_cyrillic(text, lang).entities if e.type == "PERSON"]
    assert len(persons) == 1


@pytest.mark.parametrize("lang,text", [
    ("ru", "Аркадий Толмачёв, губернатор области, сказал, что угрозы нет."),   # the name first
    ("uk", "Прокурор не коментує справу, а Марта Яворська сьогодні у відпустці."),   # a clause between
    ("ru", "В Курске Варвара Глинская провела пресс-конференцию."),   # a place, no title, opens it
])
def test_no_title_stretch_without_a_title_phrase(lang, text):
    persons = {t for t, ty in _mentions(text, lang) if ty == "PERSON"}
    assert persons and all(len(p.split()) == 2 for p in persons), persons


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Пожар на Сызранском НПЗ потушили к утру.", "Сызранском НПЗ"),
    ("uk", "Дрон влучив у НПЗ у Саратові.", "НПЗ"),
    ("ru", "Возле АЗС в Рязани нашли обломки.", "АЗС"),
])
def test_refinery_and_station_abbreviations_are_facilities(lang, text, name):
    assert (name, "FAC") in _mentions(text, lang)


@pytest.mark.parametrize("lang,text,body", [
    ("uk", "Поліція та рятувальники працюють на місці.", "Поліція"),
    ("ru", "Полиция задержала двоих подозреваемых.", "Полиция"),
    ("uk", "Суд відхилив скаргу захисту.", "Суд"),
])
def test_body_noun_opening_a_sentence_is_a_body(lang, text, body):
    assert (body, "ORG") in _mentions(text, lang)


@pytest.mark.parametrize("lang,text,word", [
    ("uk", "Управління поліції повідомило про затримання.", "Управління"),   # a genitive follows: a longer name
    ("ru", "Суд Заречного района продлил арест.", "Суд"),   # a genitive follows: the court's full name
    ("uk", "Поліцію викликали сусіди.", "Поліцію"),   # an object, not the nominative subject
    ("ru", "Вчера суд отклонил жалобу.", "суд"),   # inside the sentence, lower case: no name
])
def test_no_bare_body_noun_where_a_name_goes_on_or_none_is(lang, text, word):
    assert not any(t == word for t, _ in _mentions(text, lang))


@pytest.mark.parametrize("lang,text,place", [
    ("uk", "Після обстрілу Великої Олександрівки евакуювали двадцять людей.", "Великої Олександрівки"),
    ("uk", "Мешканці Нової Миколаївки отримали воду.", "Нової Миколаївки"),
])
def test_settlement_of_two_words_is_a_place(lang, text, place):
    assert (place, "GPE") in _mentions(text, lang)


def test_entity_errors_refuses_blind_sets():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import entity_errors

    with pytest.raises(SystemExit, match="blind"):
        entity_errors.main(["--root", "benchmarks/data/own-cyrillic"])


# --- mend of session 15's review: a title phrase belongs to the person it names, and no other ---

@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Адвокат Инны Гордеевой заявил, что обжалует приговор.", "Инны Гордеевой"),   # a genitive owner
    ("ru", "Сын Аркадия Толмачёва погиб при обстреле.", "Аркадия Толмачёва"),   # kin
    ("ru", "Мать Олеси Бариновой обратилась в полицию.", "Олеси Бариновой"),
    ("uk", "Сусідка Марії Гребенюк повідомила, що чула вибух.", "Марії Гребенюк"),
    # where a person lives or was born is no title either (lexicon.RESIDENT_NOUNS)
    ("ru", "Уроженка Одессы Анна Белова рассказала о взрыве.", "Анна Белова"),
    ("ru", "Обитатель приюта Олег Смирнов заявил, что слышал взрыв.", "Олег Смирнов"),
    ("uk", "Уродженець Херсона Павло Коваль повідомив, що чув вибух.", "Павло Коваль"),
    ("ru", "Помощник губернатора Ирины Беловой Олег Смирнов подтвердил информацию.", "Ирины Беловой"),
    ("ru", "Губернатор Ирина Белова и мэр Олег Смирнов приехали на место.", "Олег Смирнов"),   # two persons
    ("uk", "Прокурор Віталій Гнатюк та суддя Марта Яворська не коментують справу.", "Марта Яворська"),
    ("ru", "Министр Павел Мерзляков и его заместитель Инна Гордеева ушли в отставку.", "Инна Гордеева"),
    ("ru", "Журналисты Олег Смирнов и Анна Белова получили премию.", "Олег Смирнов"),   # a group's plural
    ("ru", "Журналисты Олег Смирнов и Анна Белова получили премию.", "Анна Белова"),
])
def test_title_of_another_person_is_no_mention(lang, text, name):
    # the person named keeps only mentions that hold no other person's title before their name
    for e in extract_claims_cyrillic(text, lang).entities:
        if e.type != "PERSON" or not any(m.text == name for m in e.mentions):
            continue
        # no mention of theirs opens before their name (a title of someone else, or another person)
        assert all(text.index(m.text) >= text.index(name) for m in e.mentions), [m.text for m in e.mentions]


def test_company_after_its_kind_word_stays_a_body():
    found = _mentions("Компания Нива Покровки сообщила о потерях.", "ru")
    assert ("Нива Покровки", "GPE") not in found


def test_bare_body_nouns_of_two_documents_do_not_join(store):
    # a court in one city and a court in another: the bare "Суд" each page opens with names no one
    # body across documents (the page's mention stays)
    import linkdata
    from claimgraph.store import links as db

    texts = ["Суд відхилив скаргу Олега Смирнова у Львові.", "Суд відхилив позов Марти Яворської у Харкові."]
    docs = []
    for t in texts:
        ents = [(e.name, e.type, []) for e in extract_claims_cyrillic(t, "uk").entities]
        assert ("Суд", "ORG", []) in ents
        docs.append(linkdata.add(store, t, ents))
    canon = []
    for d in docs:
        (e,) = [e for e in db.document_entities(store, d) if e["name"] == "Суд"]
        canon.append(db.canonical_of_entities(store, [e["id"]])[e["id"]])
    assert canon[0] != canon[1]


def test_conjunction_inside_a_bodys_name_keeps_the_title():
    # the conjunction joins the words of a ministry's name, not two persons
    found = _mentions("Заступниця міністра культури та спорту Ольга Верес відкрила виставку.", "uk")
    assert ("Заступниця міністра культури та спорту Ольга Верес", "PERSON") in found

"""Session 14's Cyrillic speakers, refusals and entities, through the real natasha and pymorphy3
models: a located body named whole ("у міській раді Кедрова"), a place owning a body ("Минздрав
региона"), a bare "джерело" after an unnamed source, refusals with the object first or a request
left unanswered, a statement locus "в сводке", content cut before a joined call or the writer's
caveat, subjectless hearsay, and a town in the genitive the NER took for a person. Every sentence is
our own, with made-up names and places."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _claims(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.kind, c.content) for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "В областном департаменте здравоохранения Заречья заявили, что вакцины хватит.",
     "областном департаменте здравоохранения Заречья"),
    ("uk", "У міській раді Ізмаїла повідомили, що вода вже є.", "міській раді Ізмаїла"),
])
def test_located_body_is_named_whole(lang, text, speaker):
    assert [s for s, _, _ in _claims(text, lang)] == [speaker]


def test_place_noun_owning_a_body_is_part_of_its_name():
    assert _claims("Минздрав региона сообщил, что больницы работают штатно.", "ru") == [
        ("Минздрав региона", "indirect", "больницы работают штатно")]


def test_bare_source_is_the_unnamed_source_before():
    text = "Джерело в митниці повідомило, що вантаж затримали. За словами співрозмовника, у контейнері були дрони."
    speakers = [s for s, _, _ in _claims(text, "uk")]
    assert len(speakers) == 2 and speakers[0] == speakers[1]


def test_bare_source_with_none_before_keeps_its_words():
    assert _claims("По словам нашего собеседника, работы начнутся в мае.", "ru") == [
        ("наш собеседник", "according_to", "работы начнутся в мае")]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Представитель мэрии Кедрова Олег Чуйко на наш запрос не ответил.", "Олег Чуйко"),
    ("uk", "Директор ліцею Галина Бойко коментувати звільнення вчителя відмовилася.", "Галина Бойко"),
    ("uk", "На запитання про суму збитків Коваль відповідати відмовився.", "Коваль"),
])
def test_refusal_forms(lang, text, speaker):
    claims = _claims(text, lang)
    assert [(s, k) for s, k, _ in claims] == [(speaker, "no_comment")]
    assert claims[0][2] == text.rstrip(".")


def test_request_unanswered_is_the_body_asked_not_the_outlet():
    claims = _claims("Запрос «Вечернего курьера» в прокуратуру Заречья остался без ответа.", "ru")
    assert len(claims) == 1 and claims[0][1] == "no_comment"
    assert "Заречья" in claims[0][0] and "курьер" not in claims[0][0]


def test_refusal_reported_by_someone_else_is_their_claim():
    # counter-case: the object-first refusal inside a reported clause is no refusal of the speaker's
    assert [k for _, k, _ in _claims("Мэр сказал, что отказался комментировать слухи ради спокойствия.", "ru")] == ["indirect"]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Ночью над Заречьем перехвачены шесть ракет. Об этом говорится в сводке Генштаба Тарвании.",
     "Генштаб Тарвании", "Ночью над Заречьем перехвачены шесть ракет"),
    ("uk", "Ворог втратив ще дві гармати, йдеться у зведенні Генерального штабу Тарванії.",
     "Генеральний штаб Тарванії", "Ворог втратив ще дві гармати"),
])
def test_summary_is_a_statement_locus(lang, text, speaker, content):
    assert _claims(text, lang) == [(speaker, "indirect", content)]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Губернатор Олег Дронов заявил, что угроза миновала, и призвал жителей не выходить из домов.",
     "Олег Дронов", "угроза миновала"),
    ("uk", "Мер Кедрова Ігор Шуба заявив, що світло повернуть до вечора, і закликав берегти електроенергію.",
     "Ігор Шуба", "світло повернуть до вечора"),
])
def test_joined_call_ends_what_was_said(lang, text, speaker, content):
    assert _claims(text, lang) == [(speaker, "indirect", content)]


def test_writer_caveat_is_no_part_of_the_report():
    assert [c for _, _, c in _claims("По данным наблюдателей, в порту горит склад, однако эти данные не подтверждены.", "ru")] \
        == ["в порту горит склад"]


def test_caveat_inside_a_quotation_is_the_speakers():
    # counter-case: inside the speaker's own quotation the caveat is theirs
    claims = _claims("«Склад горит, однако эти данные пока не подтверждены», — сказал Олег Дронов.", "ru")
    assert len(claims) == 1 and "не подтверждены" in claims[0][2]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Кажуть, що склад горів до ранку."),
    ("ru", "Говорят, что склад сгорел."),
])
def test_subjectless_hearsay_is_unattributed(lang, text):
    assert [(s, k) for s, k, _ in _claims(text, lang)] == [(None, "unattributed")]


def test_hearsay_with_a_subject_is_a_claim():
    assert _claims("Місцеві жителі кажуть, що вибухів було три.", "uk")[0][1] == "indirect"


@pytest.mark.parametrize("lang,text,word", [
    ("uk", "У районній раді Верболозька повідомили, що укриття відкриті.", "Верболозька"),
    ("ru", "В прокуратуре Ольгинска заявили, что дело закрыто.", "Ольгинска"),
])
def test_town_owning_a_body_is_a_place(lang, text, word):
    ext = extract_claims_cyrillic(text, lang)
    types = {m.text: e.type for e in ext.entities for m in e.mentions}
    assert types[word] == "GPE"


def test_person_owning_a_thing_stays_a_person():
    # counter-case: a first name after a noun of things, no place of that name on the page
    ext = extract_claims_cyrillic("Слова Ивана подтвердили в полиции.", "ru")
    assert {e.type for e in ext.entities if e.name == "Иван"} == {"PERSON"}


def test_dash_opened_speech_is_direct_and_whole():
    text = "Мешканка села розповіла про ніч.\n— Ми не спали всю ніч, у сусідів згоріла хата. Їдемо до сестри, — каже Ганна Ткач."
    assert _claims(text, "uk") == [
        ("Ганна Ткач", "direct", "Ми не спали всю ніч, у сусідів згоріла хата. Їдемо до сестри")]


def test_dash_after_an_unquoted_report_stays_indirect():
    # counter-case: no opening dash, no direct speech
    assert _claims("Ремонт закончат к маю, — сказал Олег Дронов.", "ru") == [("Олег Дронов", "indirect", "Ремонт закончат к маю")]

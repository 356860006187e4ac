"""The review's counter-cases to session 14's Cyrillic rules, through the real natasha and pymorphy3
models: a refusal after "не" or of "отвечать за" is none, and a claim coordinated after a refusal
stays; an unanswered request names only the body it went to, in the nominative, never its topic;
the writer's caveat is cut only when its subject is the report itself; a summary speaks only for a
body; a participle after ", и" is no call. Every sentence is our own, with made-up names."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _claims(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.kind, c.content) for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,content", [
    ("ru", "Комментировать приговор адвокат Сомова не отказалась и заявила, что подаст апелляцию.", "подаст апелляцию"),
    ("uk", "Коментувати вирок адвокатка Сомова не відмовилася і заявила, що подасть апеляцію.", "подасть апеляцію"),
])
def test_negated_refusal_is_no_refusal(lang, text, content):
    assert [(k, c) for _, k, c in _claims(text, lang)] == [("indirect", content)]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Отвечать за ошибки подрядчиков жители отказываются."),
    ("uk", "Відповідати за борги компанії мешканці відмовляються."),
])
def test_liable_for_is_no_refusal(lang, text):
    assert _claims(text, lang) == []


@pytest.mark.parametrize("text,speaker,content", [
    ("Называть имена покупателей продавцы отказались, однако министр Пётр Гордеев сообщил, что их двое.",
     "Пётр Гордеев", "их двое"),
    ("Уточнять число пострадавших в больнице отказались, но сообщили, что все в сознании.", None, "все в сознании"),
])
def test_claim_after_a_refusal_is_kept(text, speaker, content):
    assert (speaker, "indirect", content) in _claims(text, "ru")


def test_object_first_refusal_still_found():
    assert _claims("Комментировать отставку министр Пётр Гордеев отказался.", "ru") == [
        ("Пётр Гордеев", "no_comment", "Комментировать отставку министр Пётр Гордеев отказался")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Запрос редакции о пожаре в Озёрске остался без ответа."),
    ("uk", "Запит до прокуратури щодо обшуку у Вербівці залишився без відповіді."),
])
def test_request_topic_is_no_speaker(lang, text):
    claims = _claims(text, lang)
    assert [k for _, k, _ in claims] == ["no_comment"]
    assert claims[0][0] in (None, "прокуратура")


@pytest.mark.parametrize("text,speaker,content", [
    ("Запрос депутатов в администрацию о ремонте школы остался без ответа, заявил депутат Павел Горин.",
     "Павел Горин", "Запрос депутатов в администрацию о ремонте школы остался без ответа"),
    ("Запросы граждан в течение месяца оставались без ответа, заявила депутат Вера Сомова.",
     "Вера Сомова", "Запросы граждан в течение месяца оставались без ответа"),
])
def test_reporting_clause_after_an_unanswered_request_keeps_its_claim(text, speaker, content):
    assert _claims(text, "ru") == [(speaker, "indirect", content)]


def test_outlet_report_after_an_unanswered_request_is_kept():
    claims = _claims("Запрос редакции остался без ответа, сообщает «Северная газета» со ссылкой на администрацию.", "ru")
    assert [k for _, k, _ in claims] == ["according_to"]


def test_request_addressee_is_nominative_and_the_next_claim_stays():
    text = ("Запрос «Северной газеты» в администрацию Озёрска остался без ответа. "
            "Глава района Павел Горин сказал, что ремонт закончат летом.")
    claims = _claims(text, "ru")
    assert claims[0][:2] == ("администрация Озёрска", "no_comment")
    assert ("Павел Горин", "indirect", "ремонт закончат летом") in claims


@pytest.mark.parametrize("lang,text,content", [
    ("ru", "Министр Пётр Гордеев сообщил, что мост откроют в июне, но сроки пока не подтверждены подрядчиком.",
     "мост откроют в июне, но сроки пока не подтверждены подрядчиком"),
    ("uk", "Міністр Петро Гордієнко заявив, що лікарня готова, але дати ще не підтверджені постачальниками.",
     "лікарня готова, але дати ще не підтверджені постачальниками"),
    ("ru", "Министр Пётр Гордеев сообщил, что мост откроют в июне, однако эти данные пока не подтверждены.",
     "мост откроют в июне"),
    ("uk", "Міністр Петро Гордієнко заявив, що лікарня готова, але ці дані поки не підтверджені.", "лікарня готова"),
])
def test_caveat_cut_only_when_its_subject_is_the_report(lang, text, content):
    assert [c for _, _, c in _claims(text, lang)] == [content]


@pytest.mark.parametrize("lang,text", [
    ("ru", "В сводке погоды сказано, что завтра будет ливень."),
    ("ru", "В сводке происшествий за месяц говорится, что угонов стало больше."),
    ("uk", "У зведенні подій зазначається, що дорогу відремонтували."),
])
def test_summary_of_a_topic_has_no_speaker(lang, text):
    assert _claims(text, lang) == []


def test_summary_of_a_body_speaks_for_it():
    claims = _claims("В сводке Минобороны Тарвании говорится, что атака отражена.", "ru")
    assert [(k, c) for _, k, c in claims] == [("indirect", "атака отражена")]
    assert "Минобороны" in (claims[0][0] or "")


@pytest.mark.parametrize("text,content", [
    ("Губернатор Павел Горин сообщил, что помощь получат все семьи, и требующие ремонта, и просящие переселения.",
     "помощь получат все семьи, и требующие ремонта, и просящие переселения"),
    ("Губернатор Павел Горин отметил, что прокурор, и потребовавший проверки депутат ошиблись.",
     "прокурор, и потребовавший проверки депутат ошиблись"),
])
def test_participle_after_and_is_no_call(text, content):
    assert _claims(text, "ru") == [("Павел Горин", "indirect", content)]


def test_repeated_call_verbs_give_no_claim():
    text = "Мер Петро Гордієнко заявив, що світло є, і закликав мешканців, і закликав, і закликав не хвилюватися."
    assert _claims(text, "uk") == [("Петро Гордієнко", "indirect", "світло є")]

"""Session 20: Cyrillic speakers in the forms the session's speaker battery found wrong — a person
in the instrumental as the agent of an impersonal passive ("Главным инженером Фомой Лукиным было
объявлено, что …"); a plural subject of a plural verb kept plural as written ("Очевидці розповіли");
a document noun before a body's name kept out of the name ("Отчёт Лесогорского банка утверждает");
a first name the dictionary lacks before a surname that reads only in the nominative kept as
written. Through the real natasha and pymorphy3 models; every sentence is our own, with made-up
people, bodies and places, written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.extract.cyrillic.nominative import person_nominative


def _speakers(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.content) for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Главным инженером станции Фомой Лукиным было объявлено, что насосы запустят к утру.",
     "Фома Лукин", "насосы запустят к утру"),
    ("ru", "Председателем комиссии Ниной Сорокиной было заявлено, что проверка продлится месяц.",
     "Нина Сорокина", "проверка продлится месяц"),
    ("uk", "Головним інженером станції Тарасом Лукашем було оголошено, що насоси запустять до ранку.",
     "Тарас Лукаш", "насоси запустять до ранку"),
])
def test_a_person_in_the_instrumental_is_the_agent_of_a_passive(lang, text, speaker, content):
    assert (speaker, content) in _speakers(text, lang)


@pytest.mark.parametrize("lang,text", [
    # the instrumental after a preposition is who it was agreed with, not who said it
    ("ru", "С главным инженером Фомой Лукиным было согласовано, что насосы запустят к утру."),
])
def test_a_person_after_a_preposition_is_no_agent(lang, text):
    assert all(sp != "Фома Лукин" for sp, _ in _speakers(text, lang))


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Очевидці розповіли, що після вибуху над складом піднявся чорний дим.", "Очевидці"),
    ("uk", "Свідки заявили, що автомобіль їхав без фар.", "Свідки"),
    ("ru", "Свидетели заявили, что машина ехала без фар.", "Свидетели"),
])
def test_the_plural_subject_of_a_plural_verb_stays_plural(lang, text, speaker):
    assert [sp for sp, _ in _speakers(text, lang)] == [speaker]


@pytest.mark.parametrize("lang,text,bad", [
    ("ru", "Отчёт Лесогорского банка развития утверждает, что инфляция замедлится.", "отчёт"),
    ("uk", "Доповідь Лісогорського інституту права стверджує, що суди перевантажені.", "доповідь"),
])
def test_a_document_before_a_body_is_not_part_of_its_name(lang, text, bad):
    speakers = [sp for sp, _ in _speakers(text, lang)]
    assert len(speakers) == 1 and speakers[0] and not speakers[0].lower().startswith(bad), speakers


def test_an_unknown_first_name_before_a_nominative_surname_stays_as_written():
    assert person_nominative("uk", ["Кадрі", "Саар"]) == ["Кадрі", "Саар"]
    # a first name the dictionary knows still fixes the case
    assert person_nominative("uk", ["Тараса", "Лукаша"]) == ["Тарас", "Лукаш"]

"""Session 18: a person's name after a title and the genitive of what the title heads ("Міська голова
Соснової Ірина Коваль"): the genitive is no part of the name, because a name's words share one case.
Through the real natasha and pymorphy3 models; every sentence is our own, with made-up names and places."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("text,speaker", [
    ("Міська голова Соснової Ірина Коваль повідомила, що житло дадуть до зими.", "Ірина Коваль"),
    ("Міська голова Лісового Ірина Коваль повідомила, що житло дадуть до зими.", "Ірина Коваль"),
    ("Староста Вербової Оксана Гайова розповіла, що міст відкриють у травні.", "Оксана Гайова"),
])
def test_genitive_after_a_title_is_no_part_of_the_name(text, speaker):
    assert _speakers(text, "uk") == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # near misses: the word before the first name reads in the name's case, so it stays
    ("uk", "Коваль Ірина Петрівна повідомила, що житло дадуть до зими.", "Коваль Ірина Петрівна"),
    ("uk", "Міський голова Соснової Петро Коваль повідомив, що житло дадуть до зими.", "Петро Коваль"),
    ("ru", "Глава Каменки Ирина Ковальчук сообщила, что жилье дадут до зимы.", "Ирина Ковальчук"),
])
def test_a_name_in_one_case_is_kept_whole(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # the NER ends these names at their owner, a real state; the remit before the brackets completes them
    ("По данным Государственной службы Украины по надзору в сфере транспорта (ГСНТ), мост закрыт.",
     "Государственная служба Украины по надзору в сфере транспорта"),
    ("По данным Федеральной службы России по надзору в сфере связи (ФСНС), мост закрыт.",
     "Федеральная служба России по надзору в сфере связи"),
    ("Как сообщили в Государственной службе Молдовы по делам мигрантов (ГСДМ), мост закрыт.",
     "Государственная служба Молдовы по делам мигрантов"),
    # near miss: a capitalised place before the brackets is no remit; the name ends at its owner
    ("По данным Министерства обороны Тарнии в Сирии (МО), мост закрыт.", "Министерство обороны Тарнии"),
])
def test_the_abbreviation_in_brackets_closes_the_full_name(text, speaker):
    assert _speakers(text, "ru") == [speaker]


def test_a_ukrainian_remit_with_z_closes_the_full_name():
    text = "За даними Державної служби Тарнії з питань безпеки на транспорті (ДСБТ), міст закрито."
    assert _speakers(text, "uk") == ["Державна служба Тарнії з питань безпеки на транспорті"]


@pytest.mark.parametrize("lang,text,speaker", [
    # near misses: a time or manner phrase ("в …", "с …") before a bracket of capitals is no remit, whether the
    # bracket is a page's marker or the body's abbreviation; the speaker is the one the name gives without it
    ("ru", "Как сообщили в Министерстве обороны в четверг (ВИДЕО), мост закрыт.", "Министерстве обороны"),
    ("uk", "Як повідомили в Національній поліції в суботу (ФОТО), міст закрито.", "Національній поліції"),
    ("ru", "По данным Генеральной прокуратуры в ходе расследования (ГП), мост закрыт.", "Генеральной прокуратуры"),
    ("ru", "По данным Министерства иностранных дел с учетом последних сведений (МИД), мост закрыт.",
     "Министерства иностранных дел"),
])
def test_a_time_or_manner_phrase_before_the_brackets_is_no_remit(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]

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


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Від коментарів щодо ремонту в мерії відмовилися.", "мерія"),
    ("ru", "От комментариев по поводу ремонта в мэрии отказались.", "мэрия"),
    # the bare body noun is the body the document named in full
    ("uk", "Прокуратура Соснівської області відкрила справу. Від коментарів щодо слідства в прокуратурі відмовилися.",
     "Прокуратура Соснівської області"),
    ("ru", "Прокуратура Сосновской области возбудила дело. От комментариев о ходе следствия в прокуратуре отказались.",
     "Прокуратура Сосновской области"),
])
def test_the_locus_before_a_refusal_after_its_object_is_who_refused(lang, text, speaker):
    assert [(c.speaker, c.kind) for c in extract_claims_cyrillic(text, lang).claims][-1] == (speaker, "no_comment")


@pytest.mark.parametrize("lang,text", [
    # near misses: a place or a common noun in the topic is what was not commented on, not who refused
    ("uk", "Від коментарів щодо вибуху в Соснівці відмовилися."),
    ("ru", "От комментариев о пожаре в Сосновке отказались."),
    ("ru", "От комментариев о ситуации в школе отказались."),
])
def test_a_place_in_the_topic_of_a_refusal_is_no_speaker(lang, text):
    assert _speakers(text, lang) == [None]


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

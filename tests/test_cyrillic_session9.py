"""Russian and Ukrainian claims, session 9 (issue 13, claims missed on unseen pages): classes of
reporting the training battery benchmarks/data/cyrillic-battery-train9.jsonl exposed, through the
real natasha and pymorphy3 models. Each test fails on the code before session 9 or guards a
counter-case.

Every sentence here is our own, with made-up places, bodies and people; none comes from a real page.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from test_cyrillic import _claim  # shared with the first Cyrillic tests


@pytest.mark.parametrize("language, text, content, speaker", [
    # an active participle of a speech verb in apposition: its noun speaks
    ("ru", "Архитектор Павел Дымов, сообщивший, что купол треснул, предложил закрыть собор.",
     "купол треснул", "Павел Дымов"),
    # a gerund opening the sentence: the main clause's subject speaks
    ("ru", "Отметив, что запасов хватит до весны, директор элеватора Глеб Рожков уехал на совещание.",
     "запасов хватит до весны", "Глеб Рожков"),
    ("uk", "Зазначивши, що міст витримає навантаження, інженер Кирило Бас підписав акт.",
     "міст витримає навантаження", "Кирило Бас"),
    ("uk", "Мер Тарас Вовк, повідомивши, що воду дадуть увечері, поїхав на станцію.",
     "воду дадуть увечері", "Тарас Вовк"),
])
def test_participle_or_gerund_of_a_speech_verb_reports_up_to_its_clause(language, text, content, speaker):
    claim = _claim(extract_claims_cyrillic(text, language), content)
    assert claim.speaker == speaker
    assert claim.content == content   # what was said ends at the clause's comma


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "Тренер Савва Ильин уверен, что команда выйдет в финал.", "команда выйдет в финал", "Савва Ильин"),
    ("ru", "Хирург Нина Баженова убеждена, что операция прошла успешно.", "операция прошла успешно", "Нина Баженова"),
    ("uk", "Фермер Юхим Дзюба переконаний, що врожай буде добрим.", "врожай буде добрим", "Юхим Дзюба"),
    ("uk", "Тренерка Зоя Гук впевнена, що команда вийде у фінал.", "команда вийде у фінал", "Зоя Гук"),
])
def test_words_of_conviction_before_that_report_what_the_subject_holds(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text", [
    ("ru", "Заявивший о краже сосед ждал полицию у подъезда."),    # a participle as an adjective, no что
    ("ru", "Уверенная игра вратаря спасла команду."),              # conviction word as an adjective
    ("uk", "Упевнений голос диктора заспокоїв пасажирів."),
    ("uk", "Прочитавши, що потяг скасовано, Зоя Гук пішла додому."),  # a gerund of reading, not speaking
])
def test_participles_and_conviction_words_without_a_reported_clause_are_no_claims(language, text):
    assert extract_claims_cyrillic(text, language).claims == []


@pytest.mark.parametrize("text, speaker", [
    ("Юлия Сомова заявила, что мост откроют в мае.", "Юлия Сомова"),
    ("«Мост откроют в мае», — сказала инженер Валерия Тихонова.", "Валерия Тихонова"),
    ("Как сообщила Виктория Плетнева, мост откроют в мае.", "Виктория Плетнева"),
])
def test_a_woman_speaking_keeps_her_name(text, speaker):
    ext = extract_claims_cyrillic(text, "ru")
    assert _claim(ext, "Мост откроют" if text.startswith("«") else "мост откроют").speaker == speaker


def test_a_man_in_the_genitive_is_still_put_in_the_nominative():
    # counter-case: no feminine verb beside the name, the oblique masculine reading stands
    ext = extract_claims_cyrillic("По словам Валерия Тихонова, мост откроют в мае.", "ru")
    assert _claim(ext, "мост откроют").speaker == "Валерий Тихонов"


@pytest.mark.parametrize("language, text, content, speaker", [
    ("uk", "Лікарка Ганна Бойчук розповіла, що поранених перевезли до Львова.", "поранених", "Ганна Бойчук"),
])
def test_a_common_noun_for_a_person_before_a_name_is_no_part_of_it(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


def test_a_first_name_that_is_also_a_thing_is_kept_before_a_surname():
    # counter-case: "Володимир" also reads as a city; it stays the first name of a three-word name
    ext = extract_claims_cyrillic("Володимир Петрович Гай заявив, що школу відремонтують.", "uk")
    assert _claim(ext, "школу").speaker.startswith("Володимир")


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "По оценке синоптика Фомы Гусева, снег растает к среде.", "снег растает к среде", "Фома Гусев"),
    ("ru", "По подсчётам Росстата, цены выросли на два процента.", "цены выросли", "Росстат"),
    ("uk", "За оцінкою економіста Луки Процика, ціни зростуть.", "ціни зростуть", "Лука Процик"),
    ("uk", "На переконання лікаря Тараса Сича, епідемія мине до весни.", "епідемія мине", "Тарас Сич"),
])
def test_po_and_za_with_any_noun_of_judging_name_the_source(language, text, content, speaker):
    claim = _claim(extract_claims_cyrillic(text, language), content)
    assert (claim.speaker, claim.kind) == (speaker, "according_to")


def test_the_present_singular_of_not_commenting_is_a_refusal():
    ext = extract_claims_cyrillic("Дирекція театру не коментує звільнення актора.", "uk")
    assert [c.kind for c in ext.claims] == ["no_comment"]


@pytest.mark.parametrize("language, text, content", [
    ("ru", "Виновных накажут, пообещали в городской прокуратуре.", "Виновных накажут"),
    ("uk", "Винних покарають, запевнили в обласній прокуратурі.", "Винних покарають"),
])
def test_an_inverted_cue_with_a_body_described_in_lower_case(language, text, content):
    claim = _claim(extract_claims_cyrillic(text, language), content)
    assert "прокуратур" in claim.speaker


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "В пресс-службе Росавиации было заявлено, что рейсы задерживаются.", "рейсы задерживаются", "Росавиация"),
])
def test_a_passive_report_is_its_body_s_claim_where_the_text_says_where(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text", [
    ("ru", "Ранее было объявлено, что сквер закроют."),     # no one named behind the passive
    ("ru", "Письмо было написано, что странно, от руки."),  # the subject is what was written
    ("uk", "Лист було написано, що дивно, від руки."),
])
def test_a_passive_with_no_source_where_it_was_said_is_no_claim(language, text):
    assert [c for c in extract_claims_cyrillic(text, language).claims if c.kind != "unattributed"] == []


@pytest.mark.parametrize("language, text, content, speaker", [
    ("ru", "Росгидромет: в субботу ожидается гололёд.", "в субботу ожидается гололёд", "Росгидромет"),
    ("uk", "Лука Процик: ціни на пальне зростуть.", "ціни на пальне зростуть", "Лука Процик"),
])
def test_a_line_headed_by_a_name_and_a_colon_is_that_source_s_claim(language, text, content, speaker):
    claim = _claim(extract_claims_cyrillic(text, language), content)
    assert (claim.speaker, claim.kind) == (speaker, "indirect")


@pytest.mark.parametrize("language, text", [
    ("ru", "Итог: три дома разрушены."),            # a common word heads the line
    ("uk", "Увага: у місті оголошено тривогу."),
    ("uk", "Вербівка: ремонт дороги завершено."),   # a place heads the line, no one speaks
])
def test_a_colon_line_headed_by_no_name_of_a_speaker_is_no_claim(language, text):
    assert extract_claims_cyrillic(text, language).claims == []

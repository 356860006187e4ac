"""Session 13's Cyrillic claim constructions, through the real natasha and pymorphy3 models: a
channel or report as the locus of a statement ("В Telegram-канале X говорится, что …"), a concessive
clause whose report ends at its comma ("Хотя X заявил, что C, …"), "по словам X, A, а в D добавили,
что B" as two claims, наполягати/настоять as speech verbs, and "назвал сына Петром" (a name given, no
claim). Every sentence is our own, with made-up names and places."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _claims(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.kind, c.content) for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,content", [
    ("ru", "В Telegram-канале мэрии Лесогорска говорится, что паром снова ходит по расписанию.",
     "паром снова ходит по расписанию"),
    ("uk", "У телеграм-каналі міськради Лісового йдеться, що пором знову ходить за розкладом.",
     "пором знову ходить за розкладом"),
    ("ru", "Как указывается в отчёте комиссии по транспорту, парк автобусов обновлён наполовину.",
     "парк автобусов обновлён наполовину"),
])
def test_channel_or_report_is_the_locus_of_a_statement(lang, text, content):
    claims = _claims(text, lang)
    assert [c for _, _, c in claims] == [content]
    assert claims[0][0]   # its owner speaks


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Хотя прораб Семён Жуков заявил, что кровлю починят к зиме, рабочих на крыше никто так и не видел.",
     "Семён Жуков", "кровлю починят к зиме"),
    ("uk", "Хоча виконроб Семен Жук заявив, що дах полагодять до зими, робітників на даху ніхто так і не бачив.",
     "Семен Жук", "дах полагодять до зими"),
])
def test_concessive_report_ends_at_its_comma(lang, text, speaker, content):
    assert _claims(text, lang) == [(speaker, "indirect", content)]


@pytest.mark.parametrize("lang,text,first,second,body", [
    ("ru", "По словам лесничего Игната Ветлугина, пожар потушен, а в МЧС добавили, что дым рассеется к утру.",
     "пожар потушен", "дым рассеется к утру", "МЧС"),
    ("uk", "За словами лісничого Гната Ветлуги, пожежу загашено, а в ДСНС додали, що дим розсіється до ранку.",
     "пожежу загашено", "дим розсіється до ранку", "ДСНС"),
])
def test_according_to_then_a_coordinated_body(lang, text, first, second, body):
    claims = _claims(text, lang)
    by_content = {c: (s, k) for s, k, c in claims}
    assert set(by_content) == {first, second}
    assert by_content[first][1] == "according_to"
    assert body in (by_content[second][0] or "")


def test_according_to_keeps_a_verb_of_its_content():
    # counter-case: the second verb has no subject of its own, so it is what the police report
    text = "По данным полиции, прохожие заметили дым и сообщили, что горит склад."
    assert [c for _, _, c in _claims(text, "ru")] == ["прохожие заметили дым и сообщили, что горит склад"]


def test_insists_is_a_speech_verb():
    text = "Позивачка Марта Лозова наполягає, що заповіт підроблено."
    assert _claims(text, "uk") == [("Марта Лозова", "indirect", "заповіт підроблено")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Лесничий Игнат Ветлугин назвал внука Тихоном."),
    ("uk", "Лісничий Гнат Ветлуга назвав онука Тихоном."),
])
def test_giving_a_name_is_no_claim(lang, text):
    assert _claims(text, lang) == []


def test_calling_something_a_fake_stays_a_claim():
    text = "Губернатор Семён Жуков назвал слухи о закрытии завода провокацией."
    assert _claims(text, "ru") == [("Семён Жуков", "indirect", "слухи о закрытии завода провокацией")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Хотя снег шёл всю ночь, дороги расчистили к утру."),
    ("ru", "Видео паводка опубликовано в Telegram-канале «Лесогорск Сегодня»."),
    ("uk", "У телеграм-каналі «Лісове Онлайн» понад двадцять тисяч підписників."),
])
def test_no_report_no_claim(lang, text):
    assert _claims(text, lang) == []

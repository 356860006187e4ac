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


# --- mend (review of tg13): the concessive cut only inside the concessive clause, ending at that
# clause's own comma; "щоб/чтобы" after a speech verb is a demand; whole-word channel nouns; naming
# a person after a famous name is a judgement


@pytest.mark.parametrize("lang,text,speaker,content", [
    # the report is in the main clause: read as any other report, its commas kept
    ("ru", "Хотя снег шёл всю ночь, мэр Игнат Ветлугин заявил, что дороги, ведущие к школам, расчистят к утру.",
     "Игнат Ветлугин", "дороги, ведущие к школам, расчистят к утру"),
    ("uk", "Хоча сніг ішов усю ніч, мер Гнат Ветлуга заявив, що дороги, які ведуть до шкіл, розчистять до ранку.",
     "Гнат Ветлуга", "дороги, які ведуть до шкіл, розчистять до ранку"),
    ("uk", "Попри те що дощ ущух, директорка парку Інна Котова сказала: атракціони відкриють лише в п'ятницю, "
           "а кафе — завтра.", "Інна Котова", "атракціони відкриють лише в п'ятницю, а кафе — завтра"),
    # the report is inside the concessive clause: a list or a relative clause in it stays in what was said
    ("ru", "Хотя прораб Семён Жуков заявил, что кровлю, стены и окна починят к зиме, рабочих никто не видел.",
     "Семён Жуков", "кровлю, стены и окна починят к зиме"),
    ("uk", "Хоча виконроб Семен Жук заявив, що дах, стіни й вікна полагодять до зими, робітників ніхто не бачив.",
     "Семен Жук", "дах, стіни й вікна полагодять до зими"),
    ("ru", "Несмотря на то что директор Олег Сомов заявил, что мост, который строят у вокзала, откроют в мае, "
           "работы не начаты.", "Олег Сомов", "мост, который строят у вокзала, откроют в мае"),
])
def test_concessive_cut_only_inside_its_clause(lang, text, speaker, content):
    assert _claims(text, lang) == [(speaker, "indirect", content)]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Мати наполягла, щоб син вступив до університету."),
    ("uk", "Мати наполягала, щоб син вступив до університету."),
    ("ru", "Профсоюз настоял, чтобы зарплаты подняли."),
    ("ru", "Мать настаивала, чтобы сын поступил в университет."),
])
def test_a_demand_with_chtoby_is_no_claim(lang, text):
    assert _claims(text, lang) == []


@pytest.mark.parametrize("lang,text,owner,content", [
    ("ru", "Мэр Игнат Ветлугин заявил, что паром ходит по расписанию. Как отмечается в Telegram-каналах "
           "управления ЖКХ, отопление включат в понедельник.", "ЖКХ", "отопление включат в понедельник"),
    ("uk", "Мер Гнат Ветлуга заявив, що пором ходить за розкладом. Як зазначається в телеграм-каналах "
           "управління ЖКГ, опалення увімкнуть у понеділок.", "ЖКГ", "опалення увімкнуть у понеділок"),
])
def test_plural_channels_keep_their_owner(lang, text, owner, content):
    claims = {c: s for s, _, c in _claims(text, lang)}
    assert owner in (claims[content] or "")


def test_a_sewage_report_is_not_a_channel():
    text = ("Мэр Игнат Ветлугин заявил, что паром ходит по расписанию. Как указывается в канализационной "
            "сводке водоканала, трубы изношены.")
    assert all(s != "Игнат Ветлугин" for s, _, c in _claims(text, "ru") if c == "трубы изношены")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Депутат Олег Ракитин назвал губернатора Наполеоном."),
    ("ru", "Депутат Олег Ракитин назвал губернатора новым Наполеоном."),
    ("uk", "Депутат Олег Ракита назвав міністра фінансів Юдою."),
])
def test_calling_a_person_by_a_famous_name_is_a_claim(lang, text):
    claims = _claims(text, lang)
    assert len(claims) == 1 and claims[0][0] and claims[0][0].startswith("Олег Ракит")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Співачка Ганна Лисиця назвала доньку Марією."),
    ("ru", "Певица Анна Лисицына назвала сына в честь деда."),
])
def test_naming_a_child_is_no_claim(lang, text):
    assert _claims(text, lang) == []

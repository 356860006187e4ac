"""Session 21: a declared intention not to tell is a refusal (issue #13 item 2). A negated predicate
of intention ("намерен", "собираться", the future auxiliary "будет/буде", having a
noun of intention: "не має наміру") whose complement in its clause is a telling verb's infinitive,
in either order and after a report of one's own ("заявил, что не намерен …"); read inside the
session-20 declined-telling frame. The same predicates with a complement that is no telling, not
negated, or in a question, a condition or someone else's claim are no refusal. Sentences we wrote,
with fictional bodies and people."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _refusals(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims_cyrillic(text, lang).claims if c.kind == "no_comment"]


@pytest.mark.parametrize("text, lang, who", [
    # an intention, reported as one's own ("заявил, что не намерен …")
    ("Директор элеватора Павел Дроздов заявил, что не намерен комментировать претензии фермеров.", "ru",
     "Павел Дроздов"),
    ("Лікарка Ганна Руденко сказала, що не має наміру коментувати скарги пацієнтів.", "uk", "Ганна Руденко"),
    # the infinitive first, the future auxiliary after it
    ("Как пояснил капитан порта Илья Осокин, объяснять причины аварии он пока не будет.", "ru", None),
    ("Пояснювати затримку рейсу в аеропорту «Буковель-Захід» поки не будуть.", "uk", None),
    # not going to
    ("Главврач Юлия Карпова не собирается раскрывать имена пострадавших.", "ru", "Юлия Карпова"),
    ("Диспетчерська служба не збирається оприлюднювати записи переговорів.", "uk", None),
])
def test_negated_intention_to_tell_is_a_refusal(text, lang, who):
    found = _refusals(text, lang)
    assert len(found) == 1
    if who is not None:
        assert found[0] == who


@pytest.mark.parametrize("text, lang", [
    # the complement is no act of telling
    ("Директор элеватора не намерен продавать зерно ниже себестоимости.", "ru"),
    ("Фермери не мають наміру залишати свої поля.", "uk"),
    ("Ремонтировать мост в этом году власти не будут.", "ru"),
    # not planning: a schedule
    ("Компания не планирует сообщать о сокращениях до конца года.", "ru"),
    # not negated: an intention to tell
    ("Главврач собирается рассказать о лечении пострадавших в пятницу.", "ru"),
    # a question, a condition, another's claim about a body
    ("Чи збирається міністр коментувати звинувачення?", "uk"),
    ("Если мэр не намерен объяснять закрытие рынка, депутаты потребуют отставки.", "ru"),
    # "не было" is no intention
    ("Объяснять что-либо жителям не было смысла.", "ru"),
    ("Рассказывать о болезнях в семье не было принято.", "ru"),
    # a perfective future is a prediction, no auxiliary of intention ("не сможет": will not be able)
    ("Объяснить провал реформы министр не сможет.", "ru"),
    # having with no noun of intention after it: a right, no intention
    ("Следователь не имеет права разглашать тайну следствия.", "ru"),
])
def test_intention_that_is_no_refusal(text, lang):
    assert _refusals(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # the existential future: its genitive subject after it (adjectives between) or before "не"
    ("Объяснять что-либо жителям не будет смысла.", "ru"),
    ("Сообщать об отключении воды заранее не будет необходимости.", "ru"),
    ("Пояснювати щось пасажирам не буде сенсу.", "uk"),
    ("Повідомляти про ремонт заздалегідь не буде потреби.", "uk"),
    ("Розповідати про це учням не буде ніякої потреби.", "uk"),
    ("Объяснять это жителям смысла не будет.", "ru"),
    ("Сообщать об этом заранее смысла не будет.", "ru"),
    # the infinitive is another verb's complement: a promise, then "задержек не будет"
    ("Сообщать о переносе рейса перевозчик обещал заранее и задержек не будет.", "ru"),
])
def test_existential_future_is_no_intention(text, lang):
    assert _refusals(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # the telling infinitive is governed by another verb between it and the intention
    ("Никто не будет запрещать репортёрам сообщать о ходе суда.", "ru"),
    ("Ведомство не намерено запрещать газетам называть имена пострадавших.", "ru"),
    ("Ніхто не збирається забороняти репортерам розповідати про хід засідання.", "uk"),
    ("Мэрия не будет мешать блогерам рассказывать о стройке.", "ru"),
    ("Фабрика не намерена просить рабочих объяснять причины прогулов.", "ru"),
])
def test_telling_governed_by_another_verb_is_no_intention(text, lang):
    assert _refusals(text, lang) == []


@pytest.mark.parametrize("text, lang, who", [
    # the same frames where the intention is the speaker's own stay refusals
    ("Подтверждать или опровергать эти сведения в штабе не собираются.", "ru", None),
    ("Комментировать решение суда в мэрии не будут.", "ru", None),
    ("Коментувати вирок адвокатка не буде до отримання повного тексту.", "uk", None),
    ("Министр не будет ничего комментировать.", "ru", "Министр"),
    # a genitive before "не" that a preposition or a noun governs, or before a plural: no existential
    ("Министр заявил, что давать интервью до окончания проверки не будет.", "ru", "Министр"),
    ("Объяснять задержку пассажирам рейса не будут.", "ru", None),
])
def test_intention_beside_these_gates_is_still_a_refusal(text, lang, who):
    found = _refusals(text, lang)
    assert len(found) == 1
    if who is not None:
        assert found[0] == who


@pytest.mark.parametrize("text, lang", [
    # someone else's account of the intention ("по словам/за словами X"): X's claim, no refusal
    ("По словам адвоката, следователь не намерен раскрывать материалы дела.", "ru"),
    ("За словами захисника, слідчий не має наміру розкривати матеріали справи.", "uk"),
])
def test_intention_in_another_ones_account_is_no_refusal(text, lang):
    assert _refusals(text, lang) == []


@pytest.mark.parametrize("text, lang, who", [
    # a report told with "о/про" before the intention in the same sentence: the report stands whole,
    # whoever the intention is of (the same speaker, another one, or a place)
    ("В штабе округа сообщили о перехвате девяти ракет, однако комментировать ущерб там не намерены.", "ru",
     None),
    ("Глава района Семён Лаптев рассказал о пяти погибших, но называть их фамилии власти пока не будут.", "ru",
     "Семён Лаптев"),
    ("У прокуратурі повідомили про арешт підозрюваного, а розкривати його прізвище слідство не збирається.", "uk",
     None),
    ("Мер Тарас Бойко заявив про 4 загиблих і не має наміру коментувати чутки про інших жертв.", "uk",
     "Тарас Бойко"),
    ("Спасатели сообщили о 17 погибших, а комментировать причины обрушения министр не намерен.", "ru",
     "Спасатели"),
    ("Спасатели сообщили о 17 погибших, а министр не будет комментировать причины обрушения.", "ru",
     "Спасатели"),
])
def test_report_before_an_intention_stands_whole(text, lang, who):
    claims = extract_claims_cyrillic(text, lang).claims
    assert [c.kind for c in claims] == ["indirect"]
    if who is not None:
        assert claims[0].speaker == who


def test_figure_of_a_report_before_an_intention_is_read():
    # the report's casualty figure reaches the linker (a refusal is never related)
    from claimgraph.link.relations.figures import cyrillic_figures
    text = "Спасатели сообщили о 17 погибших, а комментировать причины обрушения министр не намерен."
    claims = extract_claims_cyrillic(text, "ru").claims
    assert [c.kind for c in claims] == ["indirect"]
    assert cyrillic_figures(claims[0].content)[0] == {"killed": 17}

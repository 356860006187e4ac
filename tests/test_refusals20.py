"""Session 20: the declined-telling frame of Russian and Ukrainian refusals. A predicate of declining
(any form: gerund, participle, finite), of not being willing or able, or of preferring, whose
complement in its clause is an act of telling ("от ответа", an infinitive of commenting or talking),
of getting told ("получить комментарий") or of reaching someone ("дозвониться"); or a predicate of
keeping silent. Read by lemma class through pymorphy3, in either word order. The same predicates
with a complement that is no telling, negated, in a condition, a question, a habit or a quotation
are no refusal. English: a refusal in a condition by inversion ("Should X decline to comment, …") or
predicted ("will probably decline to comment") is none. Sentences we wrote, with fictional bodies and
people."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _refusals(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims_cyrillic(text, lang).claims if c.kind == "no_comment"]


@pytest.mark.parametrize("text, lang", [
    # declining, with "от/від" and a noun of telling
    ("Директор порта Виктор Сомов уклонился от ответа на вопрос о сроках ремонта.", "ru"),
    ("Ректор університету від оцінок ситуації поки ухиляється.", "uk"),
    ("Глава лесхоза воздерживается от публичных заявлений.", "ru"),
    # declining as a gerund or a participle
    ("Отказавшись от комментариев, управляющий рынком уехал.", "ru"),
    ("Начальник станції, відмовившись від коментарів, зачинив двері.", "uk"),
    # not willing or able, with an infinitive of telling in either order
    ("Говорить с журналистами инженеры котельной не захотели.", "ru"),
    ("Ніхто з працівників депо не погодився прокоментувати аварію.", "uk"),
    ("Прокомментировать пожар в управлении лесхоза не смогли.", "ru"),
    # failing to get told or to reach
    ("Получить комментарий в дирекции заповедника не удалось.", "ru"),
    ("Додзвонитися до диспетчерської служби не вдалося.", "uk"),
    # keeping silent, and preferring to
    ("Администрация комбината пока молчит.", "ru"),
    ("Голова селищної ради на брифінгу відмовчався.", "uk"),
    ("В министерстве культуры продолжают хранить молчание.", "ru"),
    ("Капитан буксира предпочёл промолчать.", "ru"),
])
def test_declined_telling_is_a_refusal(text, lang):
    assert len(_refusals(text, lang)) == 1


@pytest.mark.parametrize("text, lang", [
    # the complement is no act of telling
    ("Управляющий рынком отказался от участия в ярмарке.", "ru"),
    ("Бригадир не став чекати на підкріплення.", "uk"),
    ("Мэр поселка не смог приехать на открытие моста.", "ru"),
    # negated declining, one's own words taken back
    ("Депутат не отказался от своих слов.", "ru"),
    # a condition, a question, a prediction, a habit, a quotation, a noun of silence
    ("Если дирекция откажется от комментариев, газета напишет об этом.", "ru"),
    ("Чи ухилиться міністр від відповіді на запитання депутатів?", "uk"),
    ("Скорее всего, дирекция откажется от комментариев.", "ru"),
    ("«Чиновники всегда молчат», — сказал рыбак Пётр Гусев.", "ru"),
    ("На мітингу оголосили хвилину мовчання.", "uk"),
])
def test_other_predicates_are_no_refusal(text, lang):
    assert _refusals(text, lang) == []


@pytest.mark.parametrize("text", [
    "Should the harbour board decline to comment, reporters will wait outside its office.",
    "Had the regiment refused to comment, the paper would have printed the letters anyway.",
    "If asked, the port authority will probably decline to comment.",
    "The mine's owners will likely refuse to comment on the collapse.",
])
def test_an_inverted_condition_or_a_prediction_is_no_english_refusal(text):
    from claimgraph.extract.attribution import extract_claims
    assert [c for c in extract_claims(text).claims if c.kind == "no_comment"] == []


@pytest.mark.parametrize("text", [
    "The harbour board declined to comment on the crane collapse.",
    "The port authority would not comment on the audit.",
    "The regiment said it would not comment on the letters.",
])
def test_an_english_refusal_told_as_an_event_stays(text):
    from claimgraph.extract.attribution import extract_claims
    assert [c.kind for c in extract_claims(text).claims if c.kind == "no_comment"] == ["no_comment"]

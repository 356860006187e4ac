"""Session 19: the body that gave no comment, wherever the located "в/у X" stands in the refusal —
after an impersonal plural verb ("Деталей не сообщили в Министерстве …"), inside a cue whose object
comes first ("От комментариев … в налоговой службе отказались", only where "в X" is a body), and after
a word standing for the body named before, whose lower-case genitive is the negated verb's object
("В ведомстве деталей не сообщили"); a word for any ministry ("в транспортном ведомстве") restating the
executive body named before whose remit its adjective says, and nothing else. Through the real natasha
and pymorphy3 models; every sentence is our own, with made-up bodies, people and places (Лесогория,
Тарвения), written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _refusals(text: str, lang: str) -> list[str | None]:
    claims = extract_claims_cyrillic(text, lang).claims
    kinds = [c.kind for c in claims]
    assert "no_comment" in kinds, [(c.kind, c.speaker) for c in claims]
    return [c.speaker for c in claims if c.kind == "no_comment"]


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,speaker", [
    # a body's head noun (after its adjective) located inside the cue, the body named in full before
    ("ru", "Налоговая служба Лесогории начала проверку рынка. "
           "От комментариев по итогам проверки в налоговой службе отказались.", "Налоговая служба Лесогории"),
    ("uk", "Податкова служба Лісогорії почала перевірку ринку. "
           "Від коментарів за підсумками перевірки в податковій службі відмовилися.", "Податкова служба Лісогорії"),
    # the body named in full inside the cue
    ("uk", "Трасу перекрили. Від коментарів у Міністерстві юстиції Лісогорії відмовилися.",
     "Міністерство юстиції Лісогорії"),
])
def test_a_body_located_inside_the_refusal_cue(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text", [
    # a place, a hospital or a report inside the cue is where the thing not commented on happened,
    # no speaker (the review's near misses, in other words)
    ("ru", "От комментариев о пожаре в Лесогорске отказались."),
    ("ru", "От комментариев о раненых в госпитале отказались."),
    ("ru", "От комментариев о паводке в Лесогорской области отказались."),
    ("uk", "Від коментарів щодо паводку в Лісогорську відмовилися."),
    ("uk", "Від коментарів щодо поранених у шпиталі відмовилися."),
    ("uk", "Від коментарів у доповіді відмовилися."),
])
def test_a_place_inside_the_refusal_cue_is_no_speaker(lang, text):
    assert _refusals(text, lang) == [None]


@pytest.mark.parametrize("lang,text,speaker", [
    # the body after the verb is who refused, not the place inside the cue
    ("ru", "От комментариев о паводке в Лесогорске отказались в мэрии.", "мэрия"),
    ("uk", "Від коментарів щодо паводку в Лісогорську відмовилися в мерії.", "мерія"),
])
def test_the_body_after_the_verb_comes_before_the_place_inside_the_cue(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # an impersonal plural verb: the body located after it is its agent
    ("ru", "Трассу перекрыли. Деталей не сообщили в Министерстве энергетики Лесогории.",
     "Министерство энергетики Лесогории"),
    ("uk", "Трасу перекрили. Деталей не повідомили в Міністерстві енергетики Лісогорії.",
     "Міністерство енергетики Лісогорії"),
    # past a topic ("о проверке …", "про загиблих …") "в X" may be where the topic happened: no speaker
    ("ru", "Трассу перекрыли. Деталей не сообщили о проверке в Министерстве энергетики Лесогории.", None),
    ("uk", "Трасу перекрили. Не повідомили і про загиблих у прокуратурі Лісогорська.", None),
])
def test_the_body_located_after_the_plural_verb(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # the genitive of negation after a body word is no part of the body
    ("ru", "Министерство энергетики Лесогории отключило подстанцию. В ведомстве деталей не сообщили.",
     "Министерство энергетики Лесогории"),
    ("ru", "Министерство энергетики Лесогории отключило подстанцию. В ведомстве каких-либо деталей не сообщили.",
     "Министерство энергетики Лесогории"),
    ("ru", "Министерство энергетики Лесогории отключило подстанцию. В пресс-службе ведомства деталей не сообщили.",
     "Министерство энергетики Лесогории"),
    ("uk", "Міністерство енергетики Лісогорії оголосило про ремонт підстанції. У відомстві деталей не повідомили.",
     "Міністерство енергетики Лісогорії"),
])
def test_the_object_after_a_body_word_is_no_part_of_it(lang, text, speaker):
    assert _refusals(text, lang)[-1] == speaker


@pytest.mark.parametrize("lang,text,speaker", [
    # guards: a time after the verb is no body; a person named before the cue stays the subject;
    # a body's own owner after it stays part of its name; a place in the question after the comma is
    # no speaker
    ("ru", "Трассу перекрыли. Деталей не сообщили во вторник.", None),
    ("ru", "Трассу перекрыли. Губернатор Лесогории Пётр Соколов в интервью от комментариев отказался.", "Пётр Соколов"),
    ("ru", "Трассу перекрыли. В полиции Лесогорска деталей не сообщили.", "полиции Лесогорска"),
    ("ru", "Трассу перекрыли. Деталей не сообщили, сколько машин стоит в пробке у Лесогорска.", None),
])
def test_no_body_is_taken_where_none_is_located(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # a word for any ministry, narrowed by its adjective to the executive body named before whose
    # remit it says
    ("ru", "Министерство транспорта Лесогории закрыло трассу. В транспортном ведомстве пояснили, что ремонт "
           "займёт неделю.", "Министерство транспорта Лесогории"),
    ("uk", "Міністерство транспорту Лісогорії закрило трасу. У транспортному відомстві пояснили, що ремонт "
           "триватиме тиждень.", "Міністерство транспорту Лісогорії"),
    # an unnamed source at that body is the body (the GUIDE's source at X), not the paper passing it on
    ("ru", "Министерство промышленности Лесогории закрыло завод. Как пишет газета «Утро Лесогорска» со ссылкой "
           "на источник в промышленном ведомстве, ремонт займёт неделю.", "Министерство промышленности Лесогории"),
    ("uk", "Міністерство транспорту Лісогорії закрило трасу. Як пише газета «Ранок Лісогорська» з посиланням на "
           "джерело в транспортному відомстві, ремонт триватиме тиждень.", "Міністерство транспорту Лісогорії"),
    ("uk", "Міністерство транспорту Лісогорії закрило трасу. Джерело в транспортному відомстві пояснило, що "
           "ремонт триватиме тиждень.", "Міністерство транспорту Лісогорії"),
    # an outlet named in between is no ministry: the ministry before it is restated
    ("ru", "Министерство транспорта Лесогории закрыло трассу. Газета «Транспортный курьер» написала о ремонте. "
           "Источник в транспортном ведомстве пояснил, что ремонт займёт неделю.", "Министерство транспорта Лесогории"),
    # a parliament's committee named in between is no executive body
    ("ru", "Министерство транспорта Лесогории закрыло трассу. Комитет по транспорту Думы Лесогории потребовал "
           "отчёта. В транспортном ведомстве пояснили, что ремонт займёт неделю.", "Министерство транспорта Лесогории"),
])
def test_a_ministry_word_and_its_adjective_restate_the_ministry_named_before(lang, text, speaker):
    assert _speakers(text, lang)[-1] == speaker


@pytest.mark.parametrize("lang,text,speaker", [
    # an adjective that says what no ministry named before says leaves the words, and the paper
    # passes on a source it places nowhere the page named
    ("ru", "Министерство энергетики Лесогории отключило подстанцию. Как пишет газета «Утро Лесогорска» со "
           "ссылкой на источник в транспортном ведомстве, ремонт займёт неделю.", "Утро Лесогорска"),
    # an outlet or a company, its name in quotes, is no ministry
    ("ru", "Газета «Транспортный курьер» написала о ремонте. В транспортном ведомстве пояснили, что ремонт "
           "займёт неделю.", "транспортном ведомстве"),
    ("uk", "Агенція «Транспортні новини» написала про ремонт. Джерело в транспортному відомстві пояснило, що "
           "ремонт триватиме тиждень.", "Джерело в транспортному відомстві"),
    ("ru", "Компания «Транспортные линии» закрыла трассу. В транспортном ведомстве пояснили, что ремонт займёт "
           "неделю.", "транспортном ведомстве"),
    # a prosecutor's office is no ministry, whatever its adjective
    ("ru", "Военная прокуратура Лесогории начала проверку. Источник в военном ведомстве пояснил, что ремонт "
           "займёт неделю.", "Источник в военном ведомстве"),
    # two ministries of the same remit named before: which one is not said
    ("ru", "Министерство транспорта Лесогории закрыло трассу. Министерство транспорта Тарвении выразило тревогу. "
           "Источник в транспортном ведомстве пояснил, что ремонт займёт неделю.",
     "Источник в транспортном ведомстве"),
    # a country's or a region's adjective alone says whose body, not which
    ("ru", "Министерство энергетики Лесогории отключило подстанцию. МИД Лесогории вызвал посла. В лесогорском "
           "ведомстве пояснили, что ремонт займёт неделю.", "лесогорском ведомстве"),
    ("ru", "Управление полиции Лесогорской области перекрыло трассу. В региональном ведомстве пояснили, что "
           "ремонт займёт неделю.", "региональном ведомстве"),
])
def test_a_body_word_restates_no_body_its_adjective_does_not_name(lang, text, speaker):
    assert _speakers(text, lang)[-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # short adverbs the Ukrainian dictionary has no reading for end no body's name before the verb
    ("Енергетики вже пояснили, що світло повернуть увечері.", "Енергетики"),
    ("Пожежники ще вранці повідомили, що вогонь загасили.", "Пожежники"),
])
def test_an_unread_adverb_is_no_part_of_the_subject(text, speaker):
    assert _speakers(text, "uk") == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # a noun written in the other language's letters is still a noun the dictionary cannot read,
    # part of the subject
    ("ru", "Сотрудники поліції заявили, что трассу перекрыли.", "Сотрудники поліції"),
    ("uk", "Співробітники прокуратуры заявили, що трасу перекрили.", "Співробітники прокуратуры"),
])
def test_a_noun_in_the_other_languages_letters_stays_in_the_subject(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]

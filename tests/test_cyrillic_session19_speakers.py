"""Session 19: the body that gave no comment, wherever the located "в/у X" stands in the refusal —
inside a cue whose object comes first ("От комментариев … в прокуратуре отказались"), after an
impersonal plural verb ("Подробностей не сообщили в Министерстве …"), and after a word standing for
the body named before, whose lower-case genitive is the negated verb's object ("В ведомстве
подробностей не сообщили"). Through the real natasha and pymorphy3 models; every sentence is our own,
with made-up bodies, people and places."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _refusals(text: str, lang: str) -> list[str | None]:
    claims = extract_claims_cyrillic(text, lang).claims
    assert [c.kind for c in claims] == ["no_comment"], [(c.kind, c.speaker) for c in claims]
    return [c.speaker for c in claims]


@pytest.mark.parametrize("lang,text,speaker", [
    # the body located inside the refusal cue, its object first, the body named in the sentence before
    ("ru", "Прокуратура Заречной области возбудила дело о халатности. "
           "От комментариев о ходе следствия в прокуратуре отказались.", "Прокуратура Заречной области"),
    ("uk", "Прокуратура Вербівської області розпочала розслідування. "
           "Від коментарів щодо ходу слідства в прокуратурі відмовилися.", "Прокуратура Вербівської області"),
    # the body named in full inside the cue
    ("uk", "Міст закрили на ремонт. Від коментарів у Міністерстві транспорту Велесії відмовилися.",
     "Міністерство транспорту Велесії"),
])
def test_the_body_located_inside_the_refusal_cue(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # an impersonal plural verb: the body located after it is its agent
    ("ru", "Мост закрыли. Подробностей не сообщили в Министерстве транспорта Велесии.",
     "Министерство транспорта Велесии"),
    ("uk", "Міст закрили. Подробиць не повідомили у Міністерстві транспорту Велесії.",
     "Міністерство транспорту Велесії"),
])
def test_the_body_located_after_the_plural_verb(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # the genitive of negation after a body word is no part of the body
    ("ru", "Министерство транспорта Велесии закрыло мост. В ведомстве подробностей не сообщили.",
     "Министерство транспорта Велесии"),
    ("ru", "Министерство транспорта Велесии закрыло мост. В ведомстве дополнительных подробностей не сообщили.",
     "Министерство транспорта Велесии"),
    ("ru", "Министерство транспорта Велесии закрыло мост. В пресс-службе ведомства подробностей не сообщили.",
     "Министерство транспорта Велесии"),
    ("uk", "Міністерство транспорту Велесії закрило міст. У відомстві подробиць не повідомили.",
     "Міністерство транспорту Велесії"),
])
def test_the_object_after_a_body_word_is_no_part_of_it(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    # guards: a time after the verb is no body; a person named before the cue stays the subject;
    # a body's own owner after it stays part of its name; a place in the question after the comma is
    # no speaker
    ("ru", "Мост закрыли. Подробностей не сообщили в понедельник.", None),
    ("ru", "Мэр Заречья Иван Громов от комментариев в интервью отказался.", "Иван Громов"),
    ("ru", "Мост закрыли. В прокуратуре Заречья подробностей не сообщили.", "прокуратуре Заречья"),
    ("ru", "Мост закрыли. Подробностей не сообщили, сколько людей лечится в больнице Заречья.", None),
])
def test_no_body_is_taken_where_none_is_located(lang, text, speaker):
    assert _refusals(text, lang) == [speaker]


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,speaker", [
    # a word for any state body, narrowed by its adjective to the body named before whose name says the same
    ("ru", "Министерство обороны Велесии сообщило о сбитых дронах. В оборонном ведомстве заявили, что склад "
           "горел всю ночь.", "Министерство обороны Велесии"),
    ("ru", "Министерство финансов Велесии объявило о займе. В финансовом ведомстве заявили, что долг погасят "
           "за год.", "Министерство финансов Велесии"),
    # an unnamed source at that body is the body (the GUIDE's source at X), not the outlet passing it on
    ("ru", "Министерство обороны Велесии заявило о сбитых дронах. Как сообщает агентство «Вести Заречья» со "
           "ссылкой на собственный источник в оборонном ведомстве, склад горел всю ночь.",
     "Министерство обороны Велесии"),
    ("ru", "Минобороны Велесии заявило о сбитых дронах. Как сообщает агентство «Вести Заречья» со ссылкой на "
           "источник в оборонном ведомстве, склад горел всю ночь.", "Минобороны Велесии"),
    ("uk", "Міністерство оборони Велесії заявило про збиті дрони. Як повідомляє агенція «Вісті Заріччя» з "
           "посиланням на джерело в оборонному відомстві, склад горів усю ніч.", "Міністерство оборони Велесії"),
    ("uk", "Міністерство оборони Велесії повідомило про збиті дрони. Джерело в оборонному відомстві повідомило, "
           "що склад горів усю ніч.", "Міністерство оборони Велесії"),
])
def test_a_body_word_and_its_adjective_restate_the_body_named_before(lang, text, speaker):
    assert _speakers(text, lang)[-1] == speaker


@pytest.mark.parametrize("lang,text,speaker", [
    # guards: an adjective that says what no body named before says leaves the words, and the outlet
    # passes on a source it places nowhere the page named
    ("ru", "Министерство обороны Велесии заявило о сбитых дронах. Как сообщает агентство «Вести Заречья» со "
           "ссылкой на источник в военном ведомстве, склад горел всю ночь.", "Вести Заречья"),
    ("ru", "Министерство финансов Велесии объявило о займе. Как сообщает агентство «Вести Заречья» со ссылкой "
           "на источник в оборонном ведомстве, склад горел всю ночь.", "Вести Заречья"),
    # a company is no state body
    ("ru", "Компания «Оборонные системы» сообщила о пожаре. Как сообщает агентство «Вести Заречья» со ссылкой "
           "на источник в оборонном ведомстве, склад горел всю ночь.", "Вести Заречья"),
])
def test_a_body_word_restates_no_body_its_adjective_does_not_name(lang, text, speaker):
    assert _speakers(text, lang)[-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # short adverbs the Ukrainian dictionary has no reading for end no body's name before the verb
    ("Газовики вже заявили, що витоку газу не фіксували.", "Газовики"),
    ("Рятувальники теж заявили, що пожежу загасили.", "Рятувальники"),
    ("Медики ще вчора заявили, що поранених троє.", "Медики"),
])
def test_an_unread_adverb_is_no_part_of_the_subject(text, speaker):
    assert _speakers(text, "uk") == [speaker]

"""Session 21: Cyrillic generic speakers standing for a body named before (issue #13, strict speaker) —
a body named by common words keeps the one capitalised genitive word after it that the NER took for a
person (its owner, a state the model does not know); an unnamed source or a spokesperson at a kind's
word ("источник в ведомстве", "представитель прокуратуры", "джерело в прокуратурі") takes the body of
that kind named before, as "в ведомстве сообщили" does; two bodies of that kind named together as one
subject leave the anaphor described. Through the real natasha and pymorphy3 models; every sentence is
our own, with made-up bodies and places, written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic


def _speakers(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.content) for c in extract_claims_cyrillic(text, lang).claims]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "В Государственной таможенной службе Орсании обсуждали ремонт моста. В ведомстве сообщили, что мост откроют в мае.",
     "Государственная таможенная служба Орсании", "мост откроют в мае"),
    ("ru", "Сотрудники Генерального штаба армии Велебии прибыли в порт. Представитель штаба заявил, что пожар потушен.",
     "Генеральный штаб армии Велебии", "пожар потушен"),
    ("uk", "Працівники Державної лісової служби Орсанії оглянули ділянку. У відомстві повідомили, що пожежу загашено.",
     "Державна лісова служба Орсанії", "пожежу загашено"),
])
def test_a_body_keeps_its_unknown_owner_in_the_genitive(lang, text, speaker, content):
    assert (speaker, content) in _speakers(text, lang)


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Прокуратура Зареченского района начала проверку на рынке. Источник в ведомстве сообщил, что продавцов допросят.",
     "Прокуратура Зареченского района", "продавцов допросят"),
    ("ru", "В Прокуратуре Зареченского района обсуждали пожар на рынке. По словам представителя прокуратуры, поджог исключён.",
     "Прокуратура Зареченского района", "поджог исключён"),
    ("uk", "Обласна прокуратура Заріччя розпочала перевірку на ринку. Джерело в прокуратурі повідомило, що продавців допитають.",
     "Обласна прокуратура Заріччя", "продавців допитають"),
])
def test_a_source_or_spokesperson_at_a_kind_word_is_the_body_of_that_kind(lang, text, speaker, content):
    assert (speaker, content) in _speakers(text, lang)


@pytest.mark.parametrize("lang,text,body", [
    # nothing named before: the words stay the speaker (a guard: it held before this session too)
    ("ru", "Утром на рынке начался пожар. Источник в ведомстве сообщил, что продавцов допросят.", None),
    # two bodies of the kind named as one subject: which one is not said
    ("ru", "Министерство транспорта Велебии и Министерство юстиции провели совещание. В ведомстве сообщили, что продавцов допросят.",
     "Министерство юстиции"),
    ("uk", "Прокуратура Заріччя та Військова прокуратура провели нараду. У прокуратурі повідомили, що продавців допитають.",
     "Військова прокуратура"),
])
def test_an_anaphor_with_no_single_body_of_its_kind_stays_described(lang, text, body):
    speakers = [sp for sp, _ in _speakers(text, lang)]
    assert speakers and all(sp and sp[:1].islower() or sp and sp.split()[0].lower() in ("источник", "джерело", "в", "у")
                            for sp in speakers), speakers
    assert body not in speakers


@pytest.mark.parametrize("lang,text,speaker", [
    # a surname after a body's name is the person who speaks, not the body's owner
    ("ru", "Представитель Министерства обороны Петров заявил, что мост откроют в мае.", "Петров"),
    ("ru", "На заседании Государственной думы Сидоров заявил, что мост откроют в мае.", "Сидоров"),
    ("uk", "Речник Державної прикордонної служби Демченко заявив, що міст відкриють у травні.", "Демченко"),
    ("uk", "Речник Генерального штабу Коваль заявив, що міст відкриють у травні.", "Коваль"),
])
def test_a_surname_after_a_body_is_no_owner_of_it(lang, text, speaker):
    assert [sp for sp, _ in _speakers(text, lang)] == [speaker]

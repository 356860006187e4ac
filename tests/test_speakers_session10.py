"""Speakers as the page writes their names, session 10 (issues #13 and #15 item 5): classes the
training battery benchmarks/data/claim-battery-speakers-train10.jsonl exposed, through the real
spaCy, natasha and pymorphy3 models. Each test fails on the code before session 10 or guards a
counter-case.

Every sentence here is our own, with made-up places, bodies and people.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from test_attribution import nlp, run  # noqa: F401  (the session's one model)
from test_cyrillic import _claim


def _speakers(nlp, body):
    return [c.speaker for c in run(nlp, body).claims if c.kind != "unattributed"]


@pytest.mark.parametrize("body, speaker", [
    # a capitalised job title the role lists lack, before the person the tagger found: the person
    ("Transport Commissioner Elin Varga said the bridge would reopen next week.", "Elin Varga"),
    ("Harbour Inspector Lidia Marsk told reporters that the quay was unsafe.", "Lidia Marsk"),
    # counter-case: a three-word name the tagger reads whole stays whole
    ("Anna Maria Kessel said the ferry was late.", "Anna Maria Kessel"),
])
def test_person_is_the_mention_after_a_job_title(nlp, body, speaker):
    assert _speakers(nlp, body) == [speaker]


def test_full_name_kept_when_the_surname_alone_is_tagged_a_place(nlp):
    # the small model tags the repeated surname GPE; that must not discard the full name
    body = "Reporters met Viktor Halden at the dock. Halden said the fleet was ready."
    assert _speakers(nlp, body) == ["Viktor Halden"]


def test_a_spokesman_for_a_role_is_the_role_holder_named_before(nlp):
    body = "Mayor Tomas Everett opened the library. A spokesman for the mayor said the building had cost less than planned."
    assert _speakers(nlp, body) == ["Tomas Everett"]


def test_a_spokesman_for_a_role_nobody_holds_stays_as_written(nlp):
    body = "A spokesman for the mayor said the building had cost less than planned."
    assert _speakers(nlp, body) == ["spokesman for the mayor"]


@pytest.mark.parametrize("language, text, content, speaker", [
    # a role written alone after the page introduced a person with it
    ("ru", "Генерал Марк Соленый командует округом. Генерал сообщил агентству, что две бригады отведены.",
     "две бригады отведены", "Марк Соленый"),
    ("uk", "Генерал Марко Соленко командує округом. Генерал повідомив агентству, що дві бригади відведено.",
     "дві бригади відведено", "Марко Соленко"),
    # a spokesperson's other word for the same role
    ("ru", "Пресс-секретарь губернатора Лидия Карпова прокомментировала ситуацию. "
           "Представитель губернатора заявила, что эвакуация не планируется.",
     "эвакуация не планируется", "Лидия Карпова"),
    ("uk", "Речниця губернатора Лідія Карпенко прокоментувала ситуацію. "
           "Представниця губернатора заявила, що евакуація не планується.",
     "евакуація не планується", "Лідія Карпенко"),
])
def test_cyrillic_role_is_the_person_introduced_with_it(language, text, content, speaker):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker == speaker


@pytest.mark.parametrize("language, text, content, wrong", [
    # many generals are not the one introduced
    ("ru", "Генерал Марк Соленый командует округом. Генералы заявили, что учения закончены.",
     "учения закончены", "Марк Соленый"),
    # a place written before a name is no role of that person
    ("ru", "Вчера в Москве Иван Першин встретился с послом. В Москве заявили, что визит прошел успешно.",
     "визит прошел успешно", "Иван Першин"),
])
def test_cyrillic_role_counter_cases(language, text, content, wrong):
    assert _claim(extract_claims_cyrillic(text, language), content).speaker != wrong


@pytest.mark.parametrize("language, text, content, speaker, written", [
    # whom the speaker told, written between the speaker and the verb, is not part of the speaker
    ("ru", "Официальный представитель ведомства журналистам сообщил, что мост закрыт.", "мост закрыт",
     "Официальный представитель ведомства", "Официальный представитель ведомства"),
    ("ru", "Депутат Игорь Ветлугин журналистам сказал, что мост закрыт.", "мост закрыт",
     "Игорь Ветлугин", "Депутат Игорь Ветлугин"),
])
def test_cyrillic_addressee_after_the_speaker_is_left_out(language, text, content, speaker, written):
    c = _claim(extract_claims_cyrillic(text, language), content)
    assert (c.speaker, c.speaker_text) == (speaker, written)

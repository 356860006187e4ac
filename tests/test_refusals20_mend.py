"""Session 20 mend of the declined-telling frame (review of cynoc20). Giving tells only with a
telling noun as its object ("давать интервью", never "дать кредит"); being able takes only a telling
verb's infinitive (a body that cannot talk is no silence); silence is a refusal only when a body or
an official keeps it; the clause of a predicate is read only for a predicate of the frame and only a
few words either side; "could not possibly comment" stays an English refusal; the one not reached or
asked ("дозвониться до X", "получить ответ от X") is who gave no comment, never the asker. Sentences
we wrote, with fictional bodies and people."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims
from test_refusals20 import _refusals


@pytest.mark.parametrize("text, lang", [
    # giving something that is no telling
    ("Фермеры отказались давать скот в аренду кооперативу.", "ru"),
    ("Страховая компания отказалась дать отсрочку рыбакам.", "ru"),
    ("Власники складу відмовилися давати ключі охоронцям.", "uk"),
    ("Пожарные так и не смогли дать воду в верхние этажи.", "ru"),
    # not able to talk: a body's or a place's inability
    ("После падения с лесов рабочий несколько дней не мог говорить.", "ru"),
    ("Из-за шума турбин механики не могли разговаривать друг с другом.", "ru"),
    ("Після наркозу пацієнтка ще годину не могла говорити.", "uk"),
    # silence that is no one's refusal
    ("Всю ночь над посёлком молчали сирены.", "ru"),
    ("Девочка молчала до самого приезда врачей.", "ru"),
    ("Третій день на кордоні мовчить артилерія.", "uk"),
    ("Гости свадьбы хранили молчание, пока играл оркестр.", "ru"),
    ("Учні зберігали мовчання під час уроку пам'яті.", "uk"),
])
def test_look_alikes_of_the_frame_are_no_refusal(text, lang):
    assert _refusals(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Давать интервью директор лесхоза отказался.", "ru"),
    ("Глава порта не смог прокомментировать аварию крана.", "ru"),
    ("Пресс-служба рудника отмолчалась.", "ru"),
    ("В министерстве сельского хозяйства хранят молчание.", "ru"),
    ("Мерія Крижополя мовчить.", "uk"),
])
def test_the_frame_with_a_telling_or_an_official_stays_a_refusal(text, lang):
    assert len(_refusals(text, lang)) == 1


def test_the_addressee_not_the_asker_gave_no_comment():
    speakers = _refusals("Редакции не удалось получить комментарий от администрации заповедника.", "ru")
    assert speakers and speakers[0] is not None and "Редакц" not in speakers[0]
    assert "администрация" in speakers[0].lower()


def test_a_complement_far_beyond_its_predicate_is_not_read():
    # a comma-less run of twenty words between "отказался" and an infinitive of telling: no one clause
    filler = " ".join(["и долго ходил по рынку"] * 5)
    assert _refusals(f"Сторож отказался {filler} комментировать.", "ru") == []


def test_a_long_sentence_without_a_frame_is_read_whole():
    # about 100k characters in one comma-less sentence, then a refusal in the next one
    text = "Если " + "жители посёлка ходили на рынок и " * 3100 + "всё. Директор рынка отказался от комментариев."
    assert len(text) > 100_000
    assert _refusals(text, "ru") == ["Директор рынка"]


@pytest.mark.parametrize("text", [
    "The harbour board said it could not possibly comment on a personnel matter.",
    "The regiment cannot possibly comment on an open inquiry, an officer said.",
])
def test_could_not_possibly_comment_stays_an_english_refusal(text):
    assert [c.kind for c in extract_claims(text).claims if c.kind == "no_comment"] == ["no_comment"]

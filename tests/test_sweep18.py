"""Session 18, mends after the sweep review of what was merged (branch sweep18): the Cyrillic refusal
frame on one long sentence of many "не", a body's remit before its bracketed abbreviation kept in a
located refusal, "не фейк" read as no dismissal, a parenthetical reporter kept over a withheld passive,
and a contrasted agent ("not by X, but by Y") read as no refusal. Sentences of our own writing,
fictional bodies and people."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.link.relations import claim_features, relate
from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _claims(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.kind) for c in extract_claims_cyrillic(text, lang).claims]


def test_a_long_sentence_of_many_negations_is_read_to_its_end():
    # one sentence of 2,000 negated clauses with no comma (about 70 KB): each "не" reads a bounded
    # stretch back, so the reader finishes, and the sentence still gives no refusal and no claim
    text = "Жители города не знали и не видели " * 2000 + "ничего."
    got = extract_claims_cyrillic(text, "ru").claims
    assert [c.kind for c in got] == []
    # the bound keeps the clause reading: a relative clause near its "не" is still no silence,
    # after a long stretch of the same sentence
    long = "Жители города не знали и не видели " * 300 + "чиновника, который не сообщил о доходах."
    assert [k for _, k in _claims(long, "ru")] == []


def test_a_refusal_after_a_long_stretch_is_still_read():
    text = "Жители города не знали и не видели " * 300 + "беды, а в прокуратуре Заречья не сообщили подробностей."
    got = _claims(text, "ru")
    assert [k for _, k in got] == ["no_comment"], got


@pytest.mark.parametrize("text", [
    "В Государственной службе Украины по чрезвычайным ситуациям (ГСЧС) от комментариев отказались.",
    "В Государственной службе Украины по чрезвычайным ситуациям (ГСЧС) не стали уточнять детали.",
])
def test_a_located_refusal_keeps_the_remit_before_the_abbreviation(text):
    got = _claims(text, "ru")
    assert [k for _, k in got] == ["no_comment"], got
    assert "по чрезвычайным ситуациям" in (got[0][0] or ""), got


def test_a_located_refusal_without_a_remit_still_ends_at_the_next_preposition():
    got = _claims("В полиции на запрос агентства к моменту публикации не ответили.", "ru")
    assert [k for _, k in got] == ["no_comment"] and (got[0][0] or "").startswith("полици"), got


_RU = "Дроны атаковали складской комплекс компании «Тарвел»"
_UK = "Дрони атакували складський комплекс компанії «Тарвел»"


@pytest.mark.parametrize("text", [
    "Анна Орлова сказала, что это не фейк, а подтвержденные данные",
    "Ганна Орлова сказала, що це не фейк, а підтверджені дані",
])
def test_not_fake_is_no_denial(text):
    assert not claim_features(text).denial


def test_a_claim_affirmed_as_not_fake_still_corroborates():
    r = relate(_RU + ", это не фейк", _UK, claim_features(_RU + ", это не фейк"), claim_features(_UK))
    assert r is not None and r.type == "corroborates", r


def test_fake_itself_is_still_a_denial():
    assert claim_features("Сообщения, что дроны атаковали склад компании «Тарвел», — фейк").denial


def _english(nlp, text):
    return [(c.kind, c.speaker_text) for c in run(nlp, text).claims]


def test_a_parenthetical_reporter_keeps_the_claim_over_a_withheld_passive(nlp):
    got = _english(nlp, "The toll, the mayor said, has not been confirmed by the ministry.")
    assert [k for k, _ in got] == ["indirect"] and "mayor" in (got[0][1] or ""), got


def test_an_agent_set_against_another_is_no_refusal(nlp):
    got = _english(nlp, "The new bridge was not named by the council, but by a public vote.")
    assert "no_comment" not in [k for k, _ in got], got


def test_a_withheld_passive_without_a_reporter_or_contrast_stays_a_refusal(nlp):
    got = _english(nlp, "The toll has not been confirmed by the ministry.")
    assert [k for k, _ in got] == ["no_comment"] and "ministry" in (got[0][1] or ""), got

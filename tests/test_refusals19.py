"""Session 19: a refusal is something a source did once (or still does) about a request. A refusal
verb told as a habit (an adverb of frequency on it), in a condition ("if …", "unless …",
"whenever …", "when …" in the present) or asked about (a question) tells of no silence and
makes no claim; the same verb told as an event stays a refusal. Sentences we wrote, with
fictional bodies and people."""

from __future__ import annotations

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _kinds_en(nlp, text: str) -> list[str]:  # noqa: F811
    return [c.kind for c in run(nlp, text).claims if c.kind != "unattributed"]


def _kinds_cyr(text: str, lang: str) -> list[str]:
    return [c.kind for c in extract_claims_cyrillic(text, lang).claims if c.kind != "unattributed"]


@pytest.mark.parametrize("text", [
    "Unless the harbour board declines to comment, the Quay Times will print its answer on Friday.",
    "Whenever the council refuses to comment, its critics fill the silence.",
    "When the regiment declines to comment, the newspaper prints an empty box.",
    "Court clerks in Ostrava usually decline to comment on pending cases.",
    "Spokesmen for the mine frequently refuse to comment on wages.",
    "Has the Velmar port authority declined to comment on the crane collapse?",
])
def test_a_refusal_not_told_as_an_event_is_no_claim(nlp, text):  # noqa: F811
    # neither a silence nor a statement (the refusal verb is no cue of an indirect claim either)
    assert _kinds_en(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Asked on Tuesday about the crane collapse, the Velmar port authority declined to comment.",
    "When the Quay Times called on Friday, the harbour board declined to comment.",
    "The council refused to comment when asked about the audit.",
    "The ministry, as usual, declined to comment on the wages.",
])
def test_a_refusal_told_as_an_event_stays_one(nlp, text):  # noqa: F811
    assert _kinds_en(nlp, text) == ["no_comment"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Адвокаты в Заречье обычно не комментируют незавершённые дела."),
    ("uk", "Адвокати в Зарічному зазвичай не коментують незавершені справи."),
    ("ru", "В шахтоуправлении часто отказываются от комментариев о зарплатах."),
    ("uk", "У шахтоуправлінні часто відмовляються від коментарів щодо зарплат."),
    ("ru", "Отказалась ли администрация порта от комментариев?"),
    ("uk", "Чи відмовилася адміністрація порту від коментарів?"),
])
def test_a_cyrillic_refusal_told_as_a_habit_or_asked_is_none(lang, text):
    assert "no_comment" not in _kinds_cyr(text, lang)


@pytest.mark.parametrize("lang,text", [
    # "как обычно" / "як зазвичай" ("as usual") tells of this one silence
    ("ru", "Как обычно, в администрации порта от комментариев отказались."),
    ("uk", "Як зазвичай, в адміністрації порту від коментарів відмовилися."),
    ("ru", "В шахтоуправлении не комментируют задержку зарплат."),
    ("uk", "У шахтоуправлінні не коментують затримку зарплат."),
])
def test_a_cyrillic_refusal_told_as_an_event_stays_one(lang, text):
    assert _kinds_cyr(text, lang) == ["no_comment"]


@pytest.mark.parametrize("lang,text,speaker", [
    # the reported clause opens with the refusal, no subject of its own: the reporter's own silence
    ("ru", "Администрация порта заявила, что не будет комментировать задержку зарплат.", "Администрация порта"),
    ("uk", "Адміністрація порту заявила, що не коментуватиме затримку зарплат.", "Адміністрація порту"),
    ("ru", "Директор шахты Пётр Гальцев сказал, что пока не комментирует эти сообщения.", "Пётр Гальцев"),
])
def test_a_reporters_own_refusal_is_its_refusal_not_an_assertion(lang, text, speaker):
    claims = [c for c in extract_claims_cyrillic(text, lang).claims if c.kind != "unattributed"]
    assert [c.kind for c in claims] == ["no_comment"], [(c.kind, c.content) for c in claims]
    assert (claims[0].speaker or "").startswith(speaker.split()[0]), claims[0].speaker


@pytest.mark.parametrize("lang,text", [
    # a subject of its own: the reporter's claim about another's silence
    ("ru", "Представитель профсоюза сказал, что администрация порта не будет комментировать задержку."),
    ("uk", "Представник профспілки сказав, що адміністрація порту не коментуватиме затримку."),
    # a past refusal told: the reporter's account of it, a claim
    ("uk", "Мер сказав, що відмовився коментувати чутки заради спокою."),
    # a clause of its own before the refusal: the reporter's claim stands whole
    ("ru", "Мэр сообщил, что закроют мост, но не уточнил, когда."),
    ("uk", "Мер повідомив, що закриють міст, але не уточнив, коли."),
])
def test_a_reported_clause_with_its_own_subject_or_clause_stays_a_claim(lang, text):
    assert _kinds_cyr(text, lang) == ["indirect"]


# --- mend after review: the gates read the refusal's own clause, not the whole sentence --------------


@pytest.mark.parametrize("lang,text", [
    # a question in declarative word order, marked only by its "?": only the question gate reads it
    ("ru", "Администрация порта снова отказалась от комментариев?"),
    ("uk", "Адміністрація порту знову відмовилася від коментарів?"),
])
def test_a_cyrillic_refusal_asked_by_its_question_mark_alone_is_none(lang, text):
    assert "no_comment" not in _kinds_cyr(text, lang)


@pytest.mark.parametrize("text", [
    # the frequency word belongs to the other conjunct; the refusal is one event
    "The harbour board usually answers letters within a week but declined to comment on Monday.",
    "The mine's press office often issues statements, but it refused to comment on the flooding.",
    # the question is quoted or introduced after the refusal; the refusal itself is not asked
    'The regiment declined to answer the question "Who fired first?"',
    "The harbour board did not respond when the Quay Times asked: who signed the lease?",
])
def test_a_refusal_beside_a_habit_or_a_named_question_stays_one(nlp, text):  # noqa: F811
    # ("asked: …" may also give the asker's own question as a claim: not this test's business)
    assert _kinds_en(nlp, text).count("no_comment") == 1


@pytest.mark.parametrize("lang,text", [
    # the question is quoted, introduced by a colon or a comma: the refusal itself is told
    ("ru", "В шахтоуправлении не ответили на вопрос «Кто подписал договор?»"),
    ("uk", "У шахтоуправлінні відмовилися відповідати на запитання: хто підписав договір?"),
    # a frequency word after the clause's end, or before a perfective refusal: one silence
    ("ru", "В администрации порта отказались от комментариев, хотя обычно отвечают охотно."),
    ("uk", "Зазвичай привітний мер відмовився від коментарів."),
])
def test_a_cyrillic_refusal_beside_a_habit_or_a_named_question_stays_one(lang, text):
    assert _kinds_cyr(text, lang) == ["no_comment"]


@pytest.mark.parametrize("lang,text", [
    # the reported clause names a place, not its subject, or its plural verb is someone else's
    ("ru", "Мэр сообщил, что в прокуратуре пока не комментируют задержку зарплат."),
    ("uk", "Мер заявив, що там не коментуватимуть затримку зарплат."),
    ("ru", "Директор шахты заявил, что не будут комментировать задержку зарплат до суда."),
])
def test_someone_elses_reported_refusal_stays_the_reporters_claim(lang, text):
    claims = [c for c in extract_claims_cyrillic(text, lang).claims if c.kind != "unattributed"]
    assert [c.kind for c in claims] != ["no_comment"], [(c.kind, c.speaker) for c in claims]
    assert "no_comment" not in [c.kind for c in claims if (c.speaker or "").startswith(("Мэр", "Мер", "Директор"))]

"""A Russian first name that reads as a woman's nominative or a rare man's name in the genitive
("Алла" / "Алл", "Лидия" / "Лидий", "Олеся" / "Олесь") is the woman's: the dictionary's corpus
score of each first name decides, and the masculine reading wins only where it is the likelier
("Александра Камышина" is Александр Камышин's genitive) or where the dictionary cannot tell
(Ukrainian). Names are ours."""

import pytest

from claimgraph.extract.cyrillic import extract_claims_cyrillic
from claimgraph.extract.cyrillic.nominative import person_nominative


@pytest.mark.parametrize("written, nominative", [
    ("Алла Пименова", "Алла Пименова"),
    ("Лидия Коваль", "Лидия Коваль"),
    ("Олеся Смирнова", "Олеся Смирнова"),
    ("Аллы Пименовой", "Алла Пименова"),
])
def test_a_womans_name_stays_a_womans(written, nominative):
    assert " ".join(person_nominative("ru", written.split())) == nominative


@pytest.mark.parametrize("language, written, nominative", [
    ("ru", "Александра Камышина", "Александр Камышин"),   # the likelier reading is a man's genitive
    ("ru", "Евгения Пригожина", "Евгений Пригожин"),
    ("ru", "Ильи Пименова", "Илья Пименов"),
    ("uk", "Павла Кириленка", "Павло Кириленко"),          # Ukrainian: no scores, the old tie rule
])
def test_a_mans_genitive_still_reads_as_his(language, written, nominative):
    assert " ".join(person_nominative(language, written.split())) == nominative


def test_the_speaker_of_a_refusal_keeps_her_name():
    claims = extract_claims_cyrillic("Алла Пименова это не комментирует.", "ru").claims
    assert [c.speaker for c in claims] == ["Алла Пименова"]


@pytest.mark.parametrize("language, word, sexes", [
    ("ru", "Валентина", {"femn"}),      # a woman's nominative (the genitive of Валентин is no nominative)
    ("ru", "Олег", {"masc"}),
    ("uk", "Оксана", {"femn"}),
    ("ru", "Коваля", set()),            # a surname in the genitive, no first name
])
def test_a_first_names_sex_is_read_in_one_place(language, word, sexes):
    from claimgraph.extract.cyrillic.nominative import first_name_sexes
    assert first_name_sexes(language, word) == sexes


@pytest.mark.parametrize("language, word, sex", [
    ("ru", "заявила", "femn"), ("ru", "сообщил", "masc"), ("uk", "повідомила", "femn"),
    ("uk", "сказав", "masc"), ("ru", "заявили", None), ("ru", "заявляет", None), ("ru", "стена", None),
])
def test_a_past_verbs_ending_gives_its_subjects_sex(language, word, sex):
    from claimgraph.extract.cyrillic.nominative import past_verb_sex
    assert past_verb_sex(language, word) == sex


@pytest.mark.parametrize("text, name", [
    ("Олександра Ковальова повідомила, що чула вибух.", "Олександра Ковальова"),
    ("Євгенія Сомова заявила, що бачила дрон.", "Євгенія Сомова"),
])
def test_a_ukrainian_womans_name_before_her_feminine_past_verb_is_hers(text, name):
    # the Ukrainian dictionary writes a past verb no number: its sex is read all the same, for the
    # entity list as for the claim's speaker
    result = extract_claims_cyrillic(text, "uk")
    assert [e.name for e in result.entities if e.type == "PERSON"] == [name]
    assert [c.speaker for c in result.claims] == [name]

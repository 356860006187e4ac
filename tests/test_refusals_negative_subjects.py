"""Refusals whose subject is negative ("No one at X", "Nobody from X", "Neither X nor Y") and a
speaker's report that it has nothing to tell ("said she had no information"), on sentences we
wrote with fictional bodies and people (session 11)."""

from __future__ import annotations

import pytest

from test_attribution import nlp, only, run  # noqa: F401  (the session's one model)


@pytest.mark.parametrize(
    "body, speaker_text",
    [
        ("No one at the Orsund water board was available for comment.", "the Orsund water board"),
        ("Nobody from the Velmar city council would speak on the record about the closure.", "the Velmar city council"),
        ("No official at the Harlow interior ministry would say how many people were detained.",
         "the Harlow interior ministry"),
        ("No one from the Merrow police department returned messages seeking comment.", "the Merrow police department"),
        ("Nobody at the Drava mining company answered requests for comment.", "the Drava mining company"),
    ],
)
def test_a_negative_subject_is_the_silence_of_the_body_it_names(nlp, body, speaker_text):
    claim = only(run(nlp, body))
    assert claim.kind == "no_comment"
    assert claim.speaker_text == speaker_text
    assert claim.content == body.rstrip(".")


@pytest.mark.parametrize(
    "body, hidden",
    [
        ("Neither the Tarvian army nor the border police would confirm the number of wounded.", "wounded"),
        ("No one from the governor's office would confirm that the bridge had been closed.", "bridge"),
        ("No one at the Velesian foreign ministry would discuss the talks.", "talks"),
    ],
)
def test_what_nobody_would_confirm_is_a_silence_never_an_assertion(nlp, body, hidden):
    ext = run(nlp, body)
    assert [c.kind for c in ext.claims] == ["no_comment"], [(c.kind, c.content) for c in ext.claims]
    assert hidden in ext.claims[0].content


def test_neither_nor_is_one_silence_of_both_parties(nlp):
    claim = only(run(nlp, "Neither the navy nor the coast guard would comment."))
    assert claim.kind == "no_comment"
    assert "navy" in claim.speaker_text and "coast guard" in claim.speaker_text


def test_a_reported_negative_subject_silence_keeps_the_reporters_whole_clause(nlp):
    ext = run(nlp, "Police said no one at the ministry would comment.")
    by_kind = {c.kind: c for c in ext.claims}
    assert by_kind["no_comment"].speaker_text == "the ministry"
    assert by_kind["indirect"].content == "no one at the ministry would comment"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Mayor Ilse Varno said she had no information on the number of casualties.", "Ilse Varno"),
        ("The regional health office said it had no details about the patients.", "regional health office"),
        ("The Harlow sheriff told reporters he had no details on the suspect.", "Harlow sheriff"),
        ("The fire chief said it was too early to say what caused the blaze.", "fire chief"),
    ],
)
def test_having_nothing_to_tell_is_the_speakers_silence(nlp, body, speaker):
    claim = only(run(nlp, body))
    assert claim.kind == "no_comment"
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "No one was hurt in the fire, the Orsund fire service said.",
        "None of the detainees has been charged, police in Velmar said.",
        "Nobody expected the Drava dam to fail, residents told reporters.",
        # a claim about the evidence, not the speaker's own lack of it
        "The ministry said there was no information that the army had withdrawn from the town.",
        "The general said he had no doubt that the offensive would succeed.",
        # someone else's lack, reported: the mayor's assertion
        "The mayor said residents had no information about the evacuation.",
        "No one returned home after the flood, the governor said.",
        "Nobody from the village was among the dead, the governor said.",
    ],
)
def test_negative_subjects_without_a_withholding_verb_stay_assertions(nlp, body):
    ext = run(nlp, body)
    assert not [c for c in ext.claims if c.kind == "no_comment"], [(c.kind, c.content) for c in ext.claims]
    assert [c for c in ext.claims if c.kind in ("indirect", "direct", "mixed")]

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
        ("The Harlow police chief told reporters he had no details on the suspect.", "Harlow police chief"),
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


# --- review mend (mnc11) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, lack, stated",
    [
        ("The Orsund commander said he had no knowledge of any shelling and that his unit had followed orders.",
         "no knowledge of any shelling", "his unit had followed orders"),
        ("The Velmar army said it had no details on losses but that the village had been retaken.",
         "no details on losses", "the village had been retaken"),
        ("The Drava minister told reporters she had no information on the walkout, and that talks would resume on Friday.",
         "no information on the walkout", "talks would resume on Friday"),
        ("The Harlow spokeswoman said she had no details to share but that the envoy was safe.",
         "no details to share", "the envoy was safe"),
    ],
)
def test_a_lack_ends_at_its_own_clause_and_a_conjoined_statement_stays_a_claim(nlp, body, lack, stated):
    ext = run(nlp, body)
    silence = only(ext, "no_comment")
    assert lack in silence.content and stated not in silence.content
    said = [c for c in ext.claims if c.kind == "indirect"]
    assert [c.content for c in said] == [stated]
    assert said[0].speaker == silence.speaker


@pytest.mark.parametrize(
    "body",
    [
        # the pronoun cannot be the speaker: someone else's lack, the speaker's assertion
        "Police said he had no information about his cousin's whereabouts.",
        "Police in Merrow said she had no knowledge of the scheme.",
        "Officials said he had no information about the transfer.",
        # a claim about the evidence (the lacked noun has a clause of its own)
        "The Orsund bank said it had no information suggesting client records were stolen.",
        "The Velmar health minister said she had no information indicating that the serum was unsafe.",
        "The Drava mayor said he had no information that the militia had withdrawn.",
    ],
)
def test_a_lack_that_is_not_the_speakers_own_or_that_asserts_about_evidence_stays_an_assertion(nlp, body):
    ext = run(nlp, body)
    assert not [c for c in ext.claims if c.kind == "no_comment"], [(c.kind, c.content) for c in ext.claims]
    assert [c for c in ext.claims if c.kind == "indirect"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The Harlow spokeswoman said she had no information on the talks.", "spokeswoman"),
        ("The Orsund ministry said it had no information on the convoy.", "Orsund ministry"),
    ],
)
def test_a_pronoun_that_agrees_with_the_speaker_is_its_silence(nlp, body, speaker):
    claim = only(run(nlp, body))
    assert claim.kind == "no_comment" and speaker in claim.speaker_text


@pytest.mark.parametrize(
    "body, content",
    [
        ("No 10 said the chancellor would not resign.", "the chancellor would not resign"),
        ("No Labels, the centrist group, said it would field a candidate in Orsund.", "it would field a candidate in Orsund"),
    ],
)
def test_no_inside_a_name_is_no_negative_subject(nlp, body, content):
    ext = run(nlp, body)
    assert [c.content for c in ext.claims if c.kind == "indirect"] == [content]


def test_neither_nor_speaker_is_the_coordinated_parties_without_the_negation(nlp):
    both = only(run(nlp, "The navy and the coast guard declined to comment."))
    claim = only(run(nlp, "Neither the navy nor the coast guard would comment."))
    assert claim.kind == "no_comment"
    assert claim.speaker == both.speaker
    assert "neither" not in claim.speaker.lower() and " nor " not in claim.speaker


def test_nested_negative_subjects_give_one_silence_bounded_to_its_sentence(nlp):
    inner = " ".join(f"nobody at the Orsund{i} council would confirm that" for i in range(6))
    para = f"No one at the Velmar ministry would confirm that {inner} the dam was safe."
    body = "\n\n".join([para] * 3)
    ext = run(nlp, body)
    silences = [c for c in ext.claims if c.kind == "no_comment"]
    assert len(silences) == 3, [(c.speaker, c.content[:40]) for c in silences]
    assert all(c.content == para.rstrip(".") for c in silences)
    assert sum(len(c.content) for c in ext.claims) <= 2 * len(body)


@pytest.mark.parametrize(
    "body",
    [
        "No one at the Kesmar embassy answered the door.",
        "No one from the Drava rescue team could be reached by the flood, the governor said.",
    ],
)
def test_answering_a_door_or_being_reached_by_water_is_no_silence(nlp, body):
    ext = run(nlp, body)
    assert not [c for c in ext.claims if c.kind == "no_comment"], [(c.kind, c.content) for c in ext.claims]


def test_no_one_reached_for_comment_is_still_a_silence(nlp):
    claim = only(run(nlp, "No one at the Orsund port authority could be reached for comment."))
    assert claim.kind == "no_comment" and claim.speaker_text == "the Orsund port authority"


@pytest.mark.parametrize(
    "body",
    [
        "An internal audit shows no one from the Varn tax office released the filings to the press, the commissioner said.",
        "The inquiry found that nobody at the Orsund port authority disclosed the cargo lists.",
    ],
)
def test_what_nobody_did_in_the_plain_past_is_a_fact_not_a_silence(nlp, body):
    # a statement that nobody released or disclosed something is the reporting source's claim;
    # only a modal or the perfect ("would release", "has disclosed") makes it a silence
    ext = run(nlp, body)
    assert "no_comment" not in [c.kind for c in ext.claims], [(c.kind, c.content) for c in ext.claims]


def test_what_nobody_would_release_or_has_released_stays_a_silence(nlp):
    for body in ("No one at the Varn tax office would release the names of the staff.",
                 "No one at the Varn tax office has disclosed the names of the staff."):
        kinds = [c.kind for c in run(nlp, body).claims]
        assert kinds == ["no_comment"], (body, kinds)

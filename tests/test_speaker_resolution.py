"""Speakers resolved to the person or body the text names with them, on sentences we wrote."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a role or a body's name before a full name: the person
        ("Orlivka Mayor Taras Hnatiuk said the shelters were full.", "Taras Hnatiuk"),
        ("Kelm city mayor Oksana Dzyuba said the water was rising.", "Oksana Dzyuba"),
        ("Veltran Presidential Spokesman Ilya Serov said the strike was an accident.", "Ilya Serov"),
        ("Major-General Pyotr Vasko said the depot was never a target.", "Pyotr Vasko"),
        ("A spokesman for Veltran's Border Service Marko Lysenko said the bridge was closed.", "Marko Lysenko"),
        # a document speaks for its owner
        ("The Veltran Defence Ministry's statement said the system was not in service.", "Veltran Defence Ministry"),
        ("The United Nations' report said 14 people had died.", "United Nations"),
        ("Twelve people died, according to evidence from an Associated Press investigation.", "Associated Press"),
        # a spokesperson of a named body, with no name of their own: the body
        ("A spokeswoman for the Veltran foreign ministry said talks would resume.", "Veltran foreign ministry"),
        # whole names of outlets, and a body's title word kept
        ("The New York Times reported that the convoy turned back.", "New York Times"),
        ("The Wall Street Journal reported that the plan was approved in May.", "Wall Street Journal"),
        ("The General Staff said the brigade withdrew.", "General Staff"),
    ],
)
def test_speaker_named_with_the_subject(nlp, body, speaker):
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert len(claims) == 1, claims
    assert claims[0].speaker == speaker


def test_a_states_organ_and_its_later_short_name(nlp):
    body = ("Russia's defence ministry said on Friday that the bridge had been mined. "
            "The ministry said two sappers were detained.")
    ext = run(nlp, body)
    assert [c.speaker for c in ext.claims] == ["Russia's defence ministry"] * 2


def test_an_unnamed_source_of_a_named_body_is_that_body_and_stays_anonymous(nlp):
    body = "A source at the Veltran General Staff said the operation took months."
    (c,) = run(nlp, body).claims
    assert c.speaker == "Veltran General Staff" and c.anonymous


def test_a_spokesman_of_an_unnamed_body_stays_as_written(nlp):
    body = "A spokesman for the company said the plant would reopen."
    (c,) = run(nlp, body).claims
    assert c.speaker == "spokesman for the company"


@pytest.mark.parametrize(
    "body, speaker_type",
    [
        ("Mayor Ivan Petrenko said the shelter was hit twice.", "person"),
        ("The nurse said the ward was full.", "person"),
        ("The Veltran defence ministry said the bridge was mined.", "state organ"),
        ("The Kalvar Times reported that the convoy turned back.", "media outlet"),
        ("Reuters reported that the talks had failed.", "media outlet"),
        ("The report said 14 people died.", "document"),
        ("Human Rights Watch said the strike was deliberate.", "organisation"),
        ("A source at the Veltran General Staff said the operation took months.", "anonymous source"),
    ],
)
def test_speaker_type(nlp, body, speaker_type):
    (c,) = run(nlp, body).claims
    assert c.speaker_type == speaker_type


def test_no_speaker_no_type(nlp):
    (c,) = run(nlp, "The colonel was declared a traitor.").claims
    assert c.speaker is None and c.speaker_type is None


def test_a_body_named_again_by_its_description(nlp):
    body = ("The rights group Amnesty International published a report on Thursday. "
            "The rights group said the strike was deliberate.")
    (c,) = run(nlp, body).claims
    assert c.speaker == "Amnesty International" and c.speaker_text == "The rights group"


def test_the_newspaper_is_the_outlet_named_last(nlp):
    body = ("The Kalvar Times reported on Tuesday that a group was behind the attack. "
            "The newspaper said there was no evidence of state involvement.")
    ext = run(nlp, body)
    assert [c.speaker for c in ext.claims] == ["Kalvar Times", "Kalvar Times"]


def test_a_document_word_names_an_outlet_only_capitalised(nlp):
    (c,) = run(nlp, "The intelligence review said the group acted alone.").claims
    assert c.speaker_type == "document"
    (c,) = run(nlp, "The Kalvar Post reported that the group acted alone.").claims
    assert c.speaker_type == "media outlet"

"""Session 16: refusals in forms our earlier batteries lacked, each one frame (a source's absent or
negated act of answering, commenting, being reached or being interviewed) with its counter-case,
on sentences we wrote with fictional bodies and people."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def kinds(nlp, text):
    return [(c.kind, c.speaker_text) for c in run(nlp, text).claims]


@pytest.mark.parametrize(
    "body, source",
    [
        # not available when asked, or with nothing after it
        ("The harbourmaster was not available when the Quay Times called on Monday.", "harbourmaster"),
        ("Ravel Mining's chief executive was not immediately available.", "chief executive"),
        # could not be contacted
        ("The landlord, Basil Corrow, could not be contacted on Sunday.", "Corrow"),
        # what was sent and how it fared: not been answered, drew no reply, turned down
        ("Letters sent to the director in June have not been answered.", "director"),
        ("Our emails to the clinic drew no reply.", "clinic"),
        ("A request to interview the prison governor was turned down.", "governor"),
        # attempts to obtain comment from a source
        ("Attempts to obtain comment from Orlin Energy were fruitless.", "Orlin Energy"),
        # comment sought from a source
        ("Comment has been sought from the Halvern health board.", "health board"),
        # "neither X nor Y" parsed with "Neither" as a name's determiner; the phone not picked up
        ("Neither Dunmore Port nor its owner would comment.", "Dunmore Port"),
        ("The embassy did not pick up the phone when the Ledger called.", "embassy"),
        # silence to date, no object; a figure withheld
        ("The minister has not spoken publicly since his resignation.", "minister"),
        ("The fire brigade gave no figures for the number of homes destroyed.", "fire brigade"),
    ],
)
def test_a_source_absent_or_silent_is_a_refusal_and_nothing_else(nlp, body, source):
    got = kinds(nlp, body)
    assert [k for k, _ in got] == ["no_comment"], got
    assert source.lower() in (got[0][1] or "").lower(), got


@pytest.mark.parametrize(
    "body",
    [
        "The driverless tractor did not respond to commands from the control room.",
        "The patient did not respond to the treatment.",
        "The radio beacon did not answer the ship's signals.",
        "Volunteers were not available to staff the shelter overnight.",
        "Calls for a recount were turned down by the electoral commission.",
        "Efforts to reach the summit were unsuccessful because of the snow.",
        "The students did not speak publicly at the ceremony, by tradition.",
        "The pensioner did not pick up her pension on Tuesday.",
    ],
)
def test_no_source_or_no_words_is_no_refusal(nlp, body):
    assert not any(k == "no_comment" for k, _ in kinds(nlp, body)), kinds(nlp, body)


def test_an_answer_to_words_stays_a_silence_whatever_the_subject_noun(nlp):
    # the answering frame only drops a thing answering what carries no words: a body not in our
    # lists answering a request stays silent
    got = kinds(nlp, "The employers' federation did not respond to a request for comment.")
    assert [k for k, _ in got] == ["no_comment"], got


# Mend (review of session 16): every new frame needs a subject that could be a source (a person,
# a body, an outlet, a role), and "when …" must be an asking; a thing, a vehicle, a place, a child,
# a patient or people cut off by an event withholds nothing.
@pytest.mark.parametrize(
    "body",
    [
        "The relief ambulance was not available when the barn roof collapsed.",
        "The on-duty vet was not available when the mare went into labour.",
        "The hikers lost on Skarn Ridge could not be contacted by radio until dawn.",
        "The hamlet of Vellow could not be contacted by phone after the avalanche.",
        "Efforts to get a response from the pump failed after the blackout.",
        "Attempts to obtain a reaction from the sedated dog failed.",
        "The atlas gave no names for the islands off the cape.",
        "The dashboard gave no figures after the crash.",
        "The census gave no figure for the number of second homes.",
        "The infant did not pick up the phone and crawled away.",
        "The letters loaned to the Marrow gallery had not been returned by the collector.",
        # things lent and "not returned" were not given back: no silence of the lender (gave one on the
        # branch before its review mend)
        "The letters lent to the Tarnby museum had not been returned by the archive.",
    ],
)
def test_a_new_frame_without_a_possible_source_is_no_refusal(nlp, body):
    assert not any(k == "no_comment" for k, _ in kinds(nlp, body)), kinds(nlp, body)


def test_nobody_answering_a_phone_during_an_event_is_only_the_reporters_claim(nlp):
    got = kinds(nlp, "Nobody answered the phone at the Tolley cottage when the river burst, relatives said.")
    assert not any(k == "no_comment" for k, _ in got), got


@pytest.mark.parametrize(
    "body",
    [
        "The caretaker did not respond to the residents' complaints about the heating.",
        "The builder did not reply to the objections lodged by neighbours.",
        "The chairman did not respond to the petition signed by 300 members.",
        "The nursery did not respond to the parents' concerns.",
    ],
)
def test_a_role_or_body_not_answering_anything_said_stays_a_silence(nlp, body):
    assert [k for k, _ in kinds(nlp, body)] == ["no_comment"], kinds(nlp, body)


def test_requests_to_speak_rejected_by_a_chair_are_no_silence_of_the_chair(nlp):
    got = kinds(nlp, "Requests to speak at the inquiry were refused by the coroner.")
    assert not any(k == "no_comment" for k, _ in got), got

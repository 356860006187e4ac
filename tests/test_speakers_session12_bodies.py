"""English unnamed bodies as speakers (session 12, issue #15 item 5): a spokesperson owned by a body's
noun speaks for the nearest body of that kind named before, else the noun; a descriptive anaphor
("the rights group", "the paper") takes the body the page described so. Sentences we wrote."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speakers(nlp, body):
    return [c.speaker for c in run(nlp, body).claims if c.kind != "unattributed"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a spokesperson owned by a body noun: the body of that kind named before
        ("The Brellan army said the pass was open. An army spokeswoman said the snow had been cleared.", "Brellan army"),
        ("Police in Ostrim said a lorry overturned. A police spokesman said the driver was unhurt.", "Police in Ostrim"),
        # none before: the body noun itself, not the role's phrase
        ("A military spokeswoman said the convoy was delayed.", "military"),
        ("A spokesman for the police said the square was closed.", "police"),
        # a body described with a common noun, then that noun alone
        ("The daily newspaper Ostrim Ledger reported that the dam leaked. The paper said engineers were warned.",
         "Ostrim Ledger"),
        # "the rights group" with none described: a named non-state body
        ("Quill Watch released a report on Friday. The rights group said detainees were beaten.", "Quill Watch"),
    ],
)
def test_unnamed_body_takes_the_body_named_before(nlp, body, speaker):
    assert _speakers(nlp, body)[-1] == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a spokesperson with a name is that person
        ("Police in Ostrim said a lorry overturned. Police spokeswoman Vera Hollin said the road was shut.", "Vera Hollin"),
        # a body of another kind is not the spokesperson's
        ("The Ostrim fire service said the blaze was out. A police spokesman said arson was ruled out.", "police"),
        # with no company named, a company's spokeswoman names no body: as written (as "a spokesman
        # for the company" before session 12), not the army
        ("The Brellan army said the road was mined. A company spokeswoman said its lorries turned back.",
         "company spokeswoman"),
        # a company is no rights group
        ("Tarrow Mining said the spill was contained. The rights group said the river was still polluted.", "rights group"),
        # two armies: the nearest, the one the text turned to last
        ("The Brellan army said it held the bridge. The Halmic army said the bridge was destroyed. "
         "An army spokesman said the crossing was closed.", "Halmic army"),
    ],
)
def test_counter_cases(nlp, body, speaker):
    assert _speakers(nlp, body)[-1] == speaker


def test_counter_case_a_name_typed_person_is_no_described_body(nlp):
    # the small tagger types "Tallow Civic" PERSON: a person's name is never remembered as what "the
    # watchdog" stands for (mend mespk12), so it stays as written (this cost is stated in claims.md)
    body = "The watchdog Tallow Civic said ballots were missing. The watchdog said the count should be repeated."
    assert _speakers(nlp, body)[-1] == "watchdog"


def test_police_said_with_no_police_before(nlp):
    assert _speakers(nlp, "Two men were arrested in Ostrim on Friday, police said.") == ["police"]


def test_a_group_of_residents_is_not_a_body(nlp):
    speakers = _speakers(nlp, "Tarrow Mining said the mine was safe. A group of residents said cracks had appeared.")
    assert speakers[-1] != "Tarrow Mining"


def test_a_refusal_by_an_army_spokesperson(nlp):
    # the army a sentence's subject named, without the tagger naming it ("Brellan" a nationality)
    ext = run(nlp, "The Brellan army said it repelled the raid. An army spokesperson declined to comment on losses.")
    refusal = next(c for c in ext.claims if c.kind == "no_comment")
    assert refusal.speaker == "Brellan army"


def test_a_name_set_beside_a_describing_noun_keeps_its_type(nlp):
    # "the firm Ivan Petrov founded" parses as "the firm Kessel Partners": the person stays a person
    ext = run(nlp, "The firm Ivan Petrov founded said profits rose. Ivan Petrov said he was pleased.")
    assert any(e.name == "Ivan Petrov" and e.type == "PERSON" for e in ext.entities)


def test_counter_case_a_spokesperson_for_the_navy_already_resolved_by_the_prep_path(nlp):
    # passes before session 12 too ("for the navy" resolves through the preposition): guards that
    # the body-of-a-kind rule does not take it over
    body = "The Halmic navy said a frigate was on its way. A spokesperson for the navy said it would arrive on Monday."
    assert _speakers(nlp, body)[-1] == "Halmic navy"


# The review's MUST sentences (mend mespk12): each failed on the branch before the mend.

@pytest.mark.parametrize(
    "body, speaker",
    [
        # a place's body is not the spokesperson's in a clause that names another place: as written
        ("Police in Ostrim said a lorry overturned. In Kelby, 300 km away, a police spokesman said two men were "
         "arrested after a separate robbery.", "police spokesman"),
        ("Ostrim police said a man drowned in the lake. Separately, in Kelby, a police spokeswoman said a bank "
         "was robbed.", "police spokeswoman"),
        # a person is never a body's description
        ("The charity Ivo Marn supports said food was short. Ivo Marn said he was proud. The charity said aid "
         "would arrive.", "charity"),
        # nearest means nearest: the outlet named after the described daily
        ("Kelby Courier, a daily, said the dam leaked. Ivo Marn told the Ostrim Herald the dam was safe. "
         "The newspaper said the leak was small.", "Ostrim Herald"),
    ],
)
def test_review_musts(nlp, body, speaker):
    assert _speakers(nlp, body)[-1] == speaker


def test_a_described_body_is_remembered_within_1500_characters(nlp):
    filler = " ".join(f"The {w} market in Rindle opened at dawn and closed at dusk on day {i}."
                      for i, w in enumerate(["fish", "grain", "cloth", "salt", "wool"] * 8))
    assert len(filler) > 1500
    body = ("The newspaper Kelby Courier reported that the mayor resigned. " + filler
            + " A leaked paper on tax policy circulated on Monday. The paper said taxes would rise.")
    assert _speakers(nlp, body)[-1] == "paper"


def test_counter_case_a_place_only_in_what_is_said(nlp):
    # "Brellan police" is in the claim's words, not the spokesperson's clause
    body = "Halmic police said the suspect fled. A police spokesman said, however, that Brellan police had caught him."
    assert _speakers(nlp, body)[-1] == "Halmic police"


def test_the_spokesperson_of_the_place_its_clause_names(nlp):
    body = ("Police in Kelby said a van was stolen. Police in Ostrim said a lorry overturned. "
            "In Kelby, a police spokesman said the van was found.")
    assert _speakers(nlp, body)[-1] == "Police in Kelby"


def test_a_body_of_a_kind_ignores_entries_after_the_claim(nlp):
    # the 64-entry bound counts entries before the claim, never text after it
    adjectives = ["northern", "southern", "eastern", "western", "local", "young", "old", "tired", "hungry", "angry"]
    nouns = ["council", "committee", "agency", "office", "department", "ministry", "court", "authority"]
    tail = " ".join(f"The {a} {n} met in Rindle." for a in adjectives for n in nouns)
    body = "The Brellan army crossed the river on Friday. An army spokeswoman said the bridge held.\n\n" + tail
    ext = run(nlp, body)
    first = next(c for c in ext.claims if c.kind != "unattributed")
    assert first.speaker == "Brellan army"

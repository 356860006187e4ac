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
        ("The Halmic navy said a frigate was on its way. A spokesperson for the navy said it would arrive on Monday.",
         "Halmic navy"),
        # none before: the body noun itself, not the role's phrase
        ("A military spokeswoman said the convoy was delayed.", "military"),
        ("A spokesman for the police said the square was closed.", "police"),
        # a body described with a common noun, then that noun alone
        ("The watchdog Tallow Civic said ballots were missing. The watchdog said the count should be repeated.",
         "Tallow Civic"),
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

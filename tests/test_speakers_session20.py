"""English speakers, session 20 (issue #15 item 5): a body named for the people it serves, written
with a plural possessive ("the Workers' Rights Centre", "the Citizens' Housing Forum said in a report"),
keeps that first word: the parser hangs "Workers" on the name as a possessive, and the name used to
start after the apostrophe ("Rights Centre"). Counter-cases (guards: the person rules
decide them before any name run) keep their speakers: an outlet whose name ends in s owns its
reporter, who speaks. And a named person's office speaks for the person ("Chief Diallo's office said",
after "The district chief, Amadou Diallo"), when the tagger does not link the surname itself; an office no
person owns ("the prosecutor's office", a company's) stays a body. Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp  # noqa: F401  (the session's one model)
from test_speakers_session16 import _speakers_of


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        ("The Workers' Rights Centre said wages at the mill had not been paid since May.",
         "wages at the mill had not been paid", "Workers' Rights Centre"),
        ("The Veterans' Aid Trust said the clinic in Orvik had closed in March.",
         "the clinic in Orvik had closed", "Veterans' Aid Trust"),
        # the body as the subject, then its document: "the report" speaks for the body, named in full
        ("The Citizens' Housing Forum said in a report that rents had doubled. The report calls for a freeze "
         "on rents.", "rents had doubled", "Citizens' Housing Forum"),
        ("The Citizens' Housing Forum said in a report that rents had doubled. The report calls for a freeze "
         "on rents.", "a freeze on rents", "Citizens' Housing Forum"),
    ],
)
def test_a_plural_possessive_opens_a_bodys_name(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a reporter of an outlet whose name ends in s: the reporter speaks
        ("The Harbour Times' Anna Berg said the ferry deal was off.", "the ferry deal was off", "Anna Berg"),
        ("Reuters' Tom Vale said the talks on the dam had ended.", "the talks on the dam had ended", "Tom Vale"),
    ],
)
def test_a_singular_name_ending_in_s_is_not_a_plural_possessive(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a title before the surname the page named in full: "Chief Diallo's office" is the chief's voice
        ("The district chief, Amadou Diallo, toured the camp. Chief Diallo's office said the wells were dry.",
         "the wells were dry", "Amadou Diallo"),
        # the same office owned by a name the page wrote in full
        ("Mayor Lena Hart's office said the roads would reopen on Monday.", "the roads would reopen", "Lena Hart"),
    ],
)
def test_a_named_persons_office_speaks_for_the_person(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # an office no person owns stays a body
        ("The prosecutor's office said the shell fragments came from a howitzer.", "the shell fragments came",
         "prosecutor's office"),
        # a company's office: not a person
        ("Harbeck Mining's office in Lagos said the roads would reopen.", "the roads would reopen",
         "Harbeck Mining's office in Lagos"),
    ],
)
def test_an_office_no_named_person_owns_stays_a_body(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]

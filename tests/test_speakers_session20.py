"""English speakers, session 20 (issue #15 item 5): a body named for the people it serves, written
with a plural possessive ("the Workers' Rights Centre", "the Citizens' Housing Forum said in a report"),
keeps that first word: the parser hangs "Workers" on the name as a possessive, and the name used to
start after the apostrophe ("Rights Centre"). Counter-cases (guards: the person rules
decide them before any name run) keep their speakers: an outlet whose name ends in s owns its
reporter, who speaks. Sentences we wrote, fictional names."""

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

"""Structural speaker bugs (session 15, issue #15 item 5): a dateline is never part of a name; a
heading before a colon is not a subject; a name that carries "and" (a title's or a body's of-phrase)
is kept whole; a region or district before a person's name is the person's title, not their name;
"the <noun>" is the body the page named with that head noun; a version the speaker denies ("not at
B as some media had reported") is not the media's claim. Counter-cases: a hyphenated surname, two
bodies joined by "and the", a region's own council, an agreeing "as X had reported". Sentences we
wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speakers_of(nlp, body, words):
    return [c.speaker for c in run(nlp, body).claims if c.kind != "unattributed" and words in c.content]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a dateline with a spaced dash before a name
        ("TORVIK - Alma Ruhnke, a teacher at the school, said the roof had leaked for a year.",
         "the roof had leaked", "Alma Ruhnke"),
        # a heading before a colon
        ("Latest, 14:30: A Halvard Peace Institute researcher, Tomas Brekke, told reporters that the ceasefire "
         "was holding.", "the ceasefire was holding", "Tomas Brekke"),
        # "and" inside a title before a name
        ("The Drought Relief and Recovery Commissioner said the wells had dried up.",
         "the wells had dried up", "Drought Relief and Recovery Commissioner"),
        # "and" inside a body's of-phrase, the later mention cut
        ("The Vantry Guild of Porters and Allied Trades called a stoppage. The Vantry Guild of Porters said "
         "the cranes would stand idle.", "the cranes would stand idle", "Vantry Guild of Porters and Allied Trades"),
        # a district before a person's name is their title
        ("The head of Melsk District Ruslan Avdeyev said the bridge would be repaired by May.",
         "the bridge would be repaired", "Ruslan Avdeyev"),
        # "the <noun>" for the body named with that head noun
        ("The Harlow Mountain Observatory recorded the tremor. Seismic sensors were checked twice. "
         "The observatory said the quake had been shallow.", "the quake had been shallow", "Harlow Mountain Observatory"),
        # counter-cases
        ("The Union of Tailors and the Weavers Guild met the minister. The Union of Tailors said orders had fallen.",
         "orders had fallen", "Union of Tailors"),
        ("The Dalmar Region Council said the bus fares would rise in March.", "the bus fares would rise", "Dalmar Region Council"),
    ],
)
def test_structural_speaker(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


def test_hyphenated_surname_stays_whole(nlp):  # noqa: F811
    # the unspaced hyphen still joins the name (the speaker is written with a space for it, as before)
    body = "Nadia Kerr-Holm, a surgeon at the clinic, said four patients had been discharged."
    assert [s.replace("-", " ") for s in _speakers_of(nlp, body, "four patients")] == ["Nadia Kerr Holm"]


def test_denied_version_is_not_the_media_claim(nlp):  # noqa: F811
    body = ("Harbour master Ines Volk said the tanker hit the north pier, not the south quay as some media "
            "had reported.")
    assert _speakers_of(nlp, body, "the tanker hit the north pier") == ["Ines Volk"]


def test_agreeing_as_clause_keeps_its_source(nlp):  # noqa: F811
    body = "The mayor said the blaze began in the bakery, as the Kelm Gazette had reported."
    assert "Kelm Gazette" in _speakers_of(nlp, body, "the blaze began in the bakery")


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # two bodies coordinated without a determiner after an of-phrase stay two
        ("The Council of Elders and Varna Television held a debate. The Council of Elders said the vote was fair.",
         "the vote was fair", "Council of Elders"),
        ("The Federation of Miners and Brannock Steel agreed a wage deal. The Federation of Miners said the deal "
         "was fair.", "the deal was fair", "Federation of Miners"),
    ],
)
def test_coordinated_bodies_stay_two(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words",
    [
        # a person described with the noun of an outlet's name comes in between: not the outlet
        ("The Guardian reported the story. The child's guardian spoke to police. The guardian said the boy was safe.",
         "the boy was safe"),
        ("The Kessel Guardian published the letter. The girl lived with her aunt. The guardian said she had not "
         "been told of the move.", "she had not been told"),
    ],
)
def test_the_noun_is_not_an_outlet(nlp, body, words):  # noqa: F811
    assert not any("Guardian" in s for s in _speakers_of(nlp, body, words))


def test_spaced_hyphen_inside_a_first_name(nlp):  # noqa: F811
    body = "Jean - Paul Orvand, the mayor, said the square would be closed."
    assert [s.replace("-", " ").split() for s in _speakers_of(nlp, body, "the square would be closed")] == [
        ["Jean", "Paul", "Orvand"]]

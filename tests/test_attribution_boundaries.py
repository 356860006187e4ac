"""Content boundaries and headline forms (sentences written for these tests)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp

BODY = "The port reopened on Monday after the strike. Mayor Dana Roe visited the docks.\n\nThe vote was held on Tuesday."


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _one(claims, cue):
    found = [c for c in claims if c.cue == cue]
    assert len(found) == 1, [(c.cue, c.content) for c in claims]
    return found[0]


# -- Title Case headlines: read again in sentence case ---------------------------------------------
def test_title_case_headline_intention(nlp):
    ext = extract_claims(BODY, headline="Governor Vows To Veto Ferry Tax Bill", nlp=nlp)
    c = _one(ext.headline_claims, "Vows")
    assert c.speaker_text == "Governor" and c.content == "To Veto Ferry Tax Bill"
    assert c.in_headline


def test_title_case_first_line_of_body(nlp):
    body = "Union Leaders Slam Port Deal As A ‘Giveaway’.\n\n" + BODY
    ext = extract_claims(body, nlp=nlp)
    c = _one(ext.claims, "Slam")
    assert c.speaker_text == "Union Leaders"
    assert c.content.startswith("Port Deal As A ‘Giveaway")
    assert body[c.start : c.end] == c.content  # original capitals kept


def test_title_case_headline_without_cue(nlp):
    ext = extract_claims(BODY, headline="Storm Leaves Harbour Town Without Power", nlp=nlp)
    assert ext.headline_claims == []
    ext = extract_claims("Storm Leaves Harbour Town Without Power.\n\n" + BODY, nlp=nlp)
    assert all(c.start > 40 for c in ext.claims)


# -- "‘…’: Speaker Verbs …" headlines --------------------------------------------------------------
def test_quote_colon_headline_speaker_is_noun_run(nlp):
    ext = extract_claims(BODY, headline="‘The Ferries Will Run’: Port Director Speaks After the Strike", nlp=nlp)
    c = _one(ext.headline_claims, ":")
    assert c.kind == "direct" and c.content == "The Ferries Will Run"
    assert c.speaker_text == "Port Director"


def test_quote_colon_headline_without_verb(nlp):
    ext = extract_claims(BODY, headline="‘The Ferries Will Run’: Inside the Long Strike", nlp=nlp)
    assert ext.headline_claims == []


# -- "Name: …" lines whose name the tagger took for a common noun -----------------------------------
def test_colon_line_name_tagged_as_noun(nlp):
    body = "Banks: the port deal is a mistake for the city\n\nOmar Banks, a councillor, spoke at the meeting."
    c = _one(extract_claims(body, nlp=nlp).claims, ":")
    assert c.speaker_text == "Banks" and c.content == "the port deal is a mistake for the city"


def test_colon_line_topic_word_is_not_a_speaker(nlp):
    body = "Roads: the new bypass will open in May\n\nThe count ended at midnight."
    assert extract_claims(body, nlp=nlp).claims == []


# -- where reported content ends ------------------------------------------------------------------
@pytest.mark.parametrize("text,cue,content", [
    # "while" + subject and no comma (time) stays; "while doing" is cut
    ("The auditor said the firm hid losses while the inquiry was under way.", "said",
     "the firm hid losses while the inquiry was under way"),
    ("The auditor said the firm hid losses while blocking the inspectors.", "said", "the firm hid losses"),
    # a semicolon before a clause with its own subject ends the content; before a list it does not
    ("The mayor said the budget was balanced; a surplus remained.", "said", "the budget was balanced"),
    ("Officials said the plan had three parts; roads, schools and clinics.", "said",
     "the plan had three parts; roads, schools and clinics"),
    # a non-restrictive relative clause right after a one-word object is the writer's; a restrictive one is kept
    ("The union praised Lee, who had negotiated the deal.", "praised", "Lee"),
    ("Critics cited a teacher who had left the board in March.", "cited", "a teacher who had left the board in March"),
    # an elaboration after a colon closing the content belongs to it; a colon ending the paragraph adds nothing
    ("The planner noted that two things had changed at once: rents were rising and fares were falling.", "noted",
     "two things had changed at once: rents were rising and fares were falling"),
    ("The planner noted that two things had changed:\n\nRents were rising.", "noted", "two things had changed"),
], ids=["while-clause", "while-participle", "semicolon-clause", "semicolon-list", "relative-tail", "restrictive-relative",
        "colon-elaboration", "colon-paragraph-end"])
def test_where_reported_content_ends(nlp, text, cue, content):
    assert _one(extract_claims(text, nlp=nlp).claims, cue).content == content


def test_sentence_case_keeps_names_and_clause_starts():
    from claimgraph.extract.attribution.document import _sentence_cased, _title_case

    line = "‘Ferries Will Run’: Union Praises Roe Over NATO Ferry Plan"
    assert _sentence_cased(line, {"Roe"}) == "‘Ferries will run’: Union praises Roe over NATO ferry plan"
    assert _sentence_cased(line, set()) == "‘Ferries will run’: Union praises roe over NATO ferry plan"
    assert _title_case(line)
    assert not _title_case("Union praises the ferry plan as a model for the region")


# -- a that-less clause the parser takes for the cue's object -----------------------------------------
def test_said_a_clause_the_parser_took_for_an_object(nlp):
    body = "The auditor said the firm hid losses."
    c = _one(extract_claims(body, nlp=nlp).claims, "said")
    assert (c.speaker_text, c.content) == ("The auditor", "the firm hid losses")
    assert body[c.start:c.end] == c.content
    # a plain object is not a claim
    assert extract_claims("She said a few words at the dock.", nlp=nlp).claims == []


def test_no_sentence_ends_after_a_word_without_punctuation(nlp):
    # the small model splits this sentence after "13th", cutting the reported clause from its cue
    body = ('Director Ilona Varga said she felt the 13th Amendment was worth examining because '
            '"most people don\'t know about that loop-hole," and called it a scandal.')
    said = _one(extract_claims(body, nlp=nlp).claims, "said")
    assert said.speaker == "Ilona Varga"
    assert said.content.startswith("she felt the 13th Amendment was worth examining because")


@pytest.mark.parametrize("body, content", [
    ("Harbour officials said between 10 and 15 sailors were missing.", "between 10 and 15 sailors were missing"),
    ("The coast guard said at least 12 sailors were missing.", "at least 12 sailors were missing"),
    ("The coast guard said more than 60 boats were lost.", "more than 60 boats were lost"),
])
def test_a_count_keeps_its_quantifier(nlp, body, content):
    assert _one(extract_claims(body, nlp=nlp).claims, "said").content == content


def test_a_time_after_the_cue_is_no_quantifier(nlp):
    body = "The mayor told reporters at 10 am that the shelling had stopped."
    assert _one(extract_claims(body, nlp=nlp).claims, "told").content == "the shelling had stopped"

"""Session 22 mend of abs22 after review: the "without" path of a negated verb of telling.

"without" + a verb of telling is the silence of the one whose report it follows only when it
qualifies the report ("X said A, without giving their names"). Inside the reported clause with no
comma it is that clause's own ("Police said the gunmen fled without saying a word": the gunmen were
silent, and the police's claim already carries it), and the report must not be cut before it. A
that-clause after "said without elaborating" is what was said: the refusal ends before it. A verb of
saying whose object is not a thing told ("without saying goodbye") withholds nothing. Sentences we
wrote, with fictional bodies and people."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.speaker, c.content) for c in extract_claims(text).claims if c.kind != "unattributed"]


@pytest.mark.parametrize("text, who, content", [
    # the raiders' silence, told by the harbour police: one whole claim, no refusal
    ("The harbour police said the raiders escaped without saying a word.", "harbour police",
     "the raiders escaped without saying a word"),
    # the mill's act as the workers' council tells it: the accusation stays whole
    ("The workers' council said the Brennick mill cut shifts without giving any reason.", "workers' council",
     "the Brennick mill cut shifts without giving any reason"),
    # a condition inside the claim: cutting it at "without" would invert the claim
    ("The Varsk mayor said the budget could not pass without naming a site for the new depot.", "Varsk mayor",
     "the budget could not pass without naming a site for the new depot"),
])
def test_without_inside_a_report_is_the_reported_clause_own(text, who, content):
    claims = _claims(text)
    assert [k for k, _, _ in claims] == ["indirect"]
    _, speaker, got = claims[0]
    assert who in (speaker or "")
    assert got == content


@pytest.mark.parametrize("text, who, refusal, asserted", [
    # "said without elaborating that X": X is asserted, only the elaborating is withheld
    ("The brigade general said without elaborating that the river crossing had been retaken.", "brigade general",
     "without elaborating", "the river crossing had been retaken"),
    ("The Lindholm coast guard confirmed without elaborating that two divers had died.", "Lindholm",
     "without elaborating", "two divers had died"),
    # the that-clause hangs under "details" in the parse: the refusal still ends before it
    ("Orvell officials said without giving details that the wage talks had collapsed.", "Orvell",
     "without giving details", "the wage talks had collapsed"),
    ("A Varsk police spokesman said without giving details that four men had been arrested.", "Varsk police",
     "without giving details", "four men had been arrested"),
])
def test_without_elaborating_that_keeps_the_assertion_out_of_the_refusal(text, who, refusal, asserted):
    claims = _claims(text)
    refusals = [(s, c) for k, s, c in claims if k == "no_comment"]
    assert all(asserted not in c for _, c in refusals)
    for _, c in refusals:
        assert c == refusal
    assert all(who in (s or "") for s, _ in refusals)
    # the assertion is not shown as a thing withheld: if anything reads it, it is the speaker's claim
    assert not any(asserted in c for k, _, c in claims if k == "no_comment")


@pytest.mark.parametrize("text", [
    # saying a word that is not a thing told: a leave-taking, a word avoided, no silence of a source
    "The harbour master left the hearing without saying goodbye.",
    "The Varsk mayor would not say the word \"strike\" in her speech, calling it a pause.",
    # the word is named in the sentence itself: uttered or avoided, not withheld
    "The Varsk mayor would not say the word \"lockout\" in her speech.",
])
def test_saying_what_is_not_a_thing_told_is_no_refusal(text):
    assert not any(k == "no_comment" for k, _, _ in _claims(text))


def test_saying_no_word_about_a_thing_stays_a_refusal():
    # the limit of the guard above: "a word" not named is a thing told, and its lack a silence
    claims = _claims("The harbour master did not say a word about the spill.")
    assert claims == [("no_comment", "harbour master", "The harbour master did not say a word about the spill")]


@pytest.mark.parametrize("text", [
    "The Varsk mayor refused to give up the seat on the harbour board.",
    "The Orvell brigade refused to give back the captured trucks.",
])
def test_a_phrasal_give_that_hands_over_nothing_told_is_no_refusal(text):
    # "give up the seat" is an act refused, not a silence (it reads as the intention it is, like "refused to resign")
    assert "no_comment" not in [k for k, _, _ in _claims(text)]


def test_a_phrasal_give_of_a_thing_told_is_still_a_refusal():
    claims = _claims("The Lindholm police refused to give up the names of the two informants.")
    assert [k for k, _, _ in claims] == ["no_comment"]

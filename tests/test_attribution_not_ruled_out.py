"""English "did not rule out that C": the source says C may be so — a claim of its own, not a
refusal; "did not rule out arson" (no that-clause) and "ruled out that" stay out. Our own sentences."""

from __future__ import annotations

from claimgraph.extract.attribution.document import extract_claims


def test_not_ruled_out_that_is_a_claim():
    claims = extract_claims("Mayor Dana Whitlock has not ruled out that the ferry will stay closed until June.").claims
    assert [(c.speaker, c.kind, c.content) for c in claims] == [
        ("Dana Whitlock", "indirect", "the ferry will stay closed until June")]


def test_ruled_out_without_a_clause_or_negation_is_no_claim():
    assert extract_claims("Harbour police did not rule out arson.").claims == []
    assert extract_claims("Mayor Dana Whitlock ruled out that the ferry will reopen.").claims == []


def test_not_ruled_out_the_possibility_that_is_a_claim():
    claims = extract_claims("Mayor Dana Whitlock has not ruled out the possibility that the ferry will stay closed "
                            "until June.").claims
    assert [(c.speaker, c.kind, c.content) for c in claims] == [
        ("Dana Whitlock", "indirect", "the ferry will stay closed until June")]


def test_the_possibility_without_a_clause_or_negation_is_no_claim():
    assert extract_claims("Mayor Dana Whitlock did not rule out the possibility of a strike.").claims == []
    assert extract_claims("Mayor Dana Whitlock ruled out the possibility that the ferry will reopen.").claims == []

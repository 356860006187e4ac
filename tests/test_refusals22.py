"""Session 22: a verb of telling that English negates in any of its ways is its subject's silence
(issue #15 item 2): "not"/"never" before it, a refusing, failing or awaiting verb over it ("has yet
to say", "failed to explain"), "without" before it, or a negative object ("said nothing"). What is
withheld must be something told (an open question, a thing told, nothing at all); a plain
that-clause after a verb of saying, a verb of handing over with no thing told, a negation inside a
quotation or an infinitive, and a silence inside another's report are none. Sentences we wrote, with
fictional bodies and people."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.speaker, c.content) for c in extract_claims(text).claims if c.kind != "unattributed"]


@pytest.mark.parametrize("text, who, content", [
    # awaited: "has yet to" + a verb of telling (before: an assertion "when the ferry will sail")
    ("The Lindholm port authority has yet to say when the ferry will sail again.", "Lindholm port authority",
     "The Lindholm port authority has yet to say when the ferry will sail again"),
    # failed: "failed to" + a verb of telling (before: an assertion "why the alarm stayed quiet")
    ("The Varsk mayor failed to explain why the alarm stayed quiet.", "Varsk mayor",
     "The Varsk mayor failed to explain why the alarm stayed quiet"),
    # a negative object
    ("The brigade commander said nothing about the convoy.", "brigade commander",
     "The brigade commander said nothing about the convoy"),
    # "not" on a verb of handing over a thing told
    ("The Orvell Cement company did not provide the names of the injured workers.", "Orvell Cement",
     "The Orvell Cement company did not provide the names of the injured workers"),
    # "never" with an open question
    ("The water board never told residents why the pipes burst.", "water board",
     "The water board never told residents why the pipes burst"),
])
def test_negated_verb_of_telling_is_a_refusal(text, who, content):
    claims = _claims(text)
    assert [k for k, _, _ in claims] == ["no_comment"]
    _, speaker, got = claims[0]
    assert who in (speaker or "")
    assert got == content


def test_without_telling_after_a_report_is_the_reporters_silence():
    claims = _claims("The coast guard said three fishermen had been rescued, without saying where they were found.")
    assert ("indirect", "coast guard", "three fishermen had been rescued") in claims
    assert ("no_comment", "coast guard", "without saying where they were found") in claims
    claims = _claims("The army said the raid was over, without giving the number of dead.")
    assert ("indirect", "army", "the raid was over") in claims
    assert ("no_comment", "army", "without giving the number of dead") in claims


@pytest.mark.parametrize("text", [
    # a that-clause after a verb of saying: what was not said, no silence
    "The ferry captain did not tell the harbour master he was short of fuel.",
    "The Varsk mayor did not say that she would step down.",
    # handing over no thing told
    "The militia did not give ground near the dam.",
    "The Orvell Cement company did not provide buses for the workers.",
    # the lack of evidence is a weakness of a claim, not a silence
    "The border guards did not provide any evidence for their version.",
    # "anything" that is not withheld
    "The figures would not tell the auditors anything they did not already know.",
    # a negation inside a quotation, an infinitive negated by itself
    '"Probably not," the festival organiser said.',
    "Both presenters say the channel never told them what to say or not say.",
    # another's report: the reporters' claims
    "According to neighbours, the caretaker said nothing at the funeral.",
    # a condition, not one silence
    "If the ministry fails to explain the delay, deputies will vote on Friday.",
])
def test_no_refusal_without_a_withheld_telling(text):
    claims = _claims(text)
    assert not any(k == "no_comment" for k, _, _ in claims), claims

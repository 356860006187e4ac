"""English speakers in the gold's canonical form (session 13, issue #15 item 5): a participle of
saying after a reported clause (", adding that …", or a past verb joined to a present-tense one)
is the reporter's, not the reported clause's subject; a capitalised title or body keeps its
for-phrase ("Commissioner for Refugees"), also when the tagger cut the body at or before "for".
Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speaker_of(nlp, body, words):
    return next(c.speaker for c in run(nlp, body).claims if c.kind != "unattributed" and words in c.content)


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # the participle hangs on the reported clause: the reporter speaks
        ("Ilse Varn said the Brellan senate had passed the bill, adding that she would sign it soon.",
         "she would sign it", "Ilse Varn"),
        ("The governor said Ostrim had agreed to pay the debt, saying he welcomed the deal.", "he welcomed the deal",
         "governor"),
        # counter: a named subject of the reported clause who can speak keeps what it says ("A cited B as
        # saying C": B when named); "adding" goes on with the reporter's own report
        ("Police said Daro Venn had surrendered on Tuesday, saying he wanted to speak to a lawyer.", "a lawyer",
         "Daro Venn"),
        ("Reporters said Mayor Ilsa Brandt had left the meeting early, saying she had another appointment.",
         "another appointment", "Ilsa Brandt"),
        ("The ministry said Orsundia had rejected the offer, saying it was an insult.", "an insult", "Orsundia"),
        ("Lena Brook said that Tomas Rell had quit, claiming he had been bullied by his manager.", "bullied",
         "Tomas Rell"),
        ("The club said its striker Omar Lenz had apologised, saying he regretted his comments.", "regretted",
         "Omar Lenz"),
        ("Officials said Oskar Drell had refused to resign, insisting that he had done nothing wrong.", "nothing wrong",
         "Oskar Drell"),
        ("Aldo Merk said Velmora Foods had denied the report, saying it was false.", "it was false", "Velmora Foods"),
        ("Aldo Merk said the union had walked out, adding that it would not return until wages rose.", "wages rose",
         "Aldo Merk"),
        # counter: a later verb joined to a present-tense reported clause stays the reporter's
        ("Ruth Ekkel closed the museum. She announced that Kelby has no money for new exhibits but promised that "
         "the old halls would reopen.", "the old halls would reopen", "Ruth Ekkel"),
        # counter: the participle of the main subject, and the reported clause itself, unchanged
        ("Ilka Varn criticised the jury, saying it had ignored the evidence.", "ignored the evidence", "Ilka Varn"),
        ("Pavel Ruud said the senate had passed the bill, adding that he would sign it soon.",
         "the senate had passed the bill", "Pavel Ruud"),
        # a capitalised title's for-phrase is part of its name
        ("The Velesian Commissioner for Minorities said the school had reopened.", "the school had reopened",
         "Velesian Commissioner for Minorities"),
        # a body the tagger cut at "for", or cut before its for-phrase, mended
        ("The Kelby Agency for Food Safety said the recall was over.", "the recall was over",
         "Kelby Agency for Food Safety"),
        ("The Brellan Agency for Road Transport said fares would rise.", "fares would rise",
         "Brellan Agency for Road Transport"),
        # counter: "a spokesman for X" keeps X alone
        ("A spokesman for Brenlow Airways said flights would resume.", "flights would resume", "Brenlow Airways"),
        # counter: a person's name keeps no for-phrase, nor a lower-case role
        ("Ilka Varn for the defence said the witness had lied.", "the witness had lied", "Ilka Varn"),
        # counter: a company, person, place or date after "for" is no remit
        ("Brenlow Airways for Kelby Holdings said the deal was off.", "the deal was off", "Brenlow Airways"),
        ("The Brellan Senate for Velesia said the treaty was void.", "the treaty was void", "Brellan Senate"),
    ],
)
def test_session13_speakers(nlp, body, words, speaker):  # noqa: F811
    assert _speaker_of(nlp, body, words) == speaker


def _entities(nlp, body):  # noqa: F811
    return {(e.name, e.type) for e in run(nlp, body).entities}


@pytest.mark.parametrize(
    "body, kept, absent",
    [
        ("A bid by Velmora Foods for Tarnwick Dairy was rejected, Tarnwick Dairy said.", "Velmora Foods",
         "Velmora Foods for Tarnwick Dairy"),
        ("Velmora Foods made a bid by Friday, and an offer by Brenlow Airways for Kelby Holdings was rejected, "
         "Aldo Merk said.", "Brenlow Airways", "Brenlow Airways for Kelby Holdings"),
        ("The takeover by Velmora Foods for Tarnwick Dairy shareholders was approved, the regulator said.",
         "Velmora Foods", "Velmora Foods for Tarnwick Dairy"),
        ("Kelby Airlines for Monday cancelled flights, the airline said.", "Kelby Airlines", "Kelby Airlines for Monday"),
    ],
)
def test_session13_for_joins_no_names(nlp, body, kept, absent):  # noqa: F811
    """Counter-cases: two names joined by "for" stay apart; a weekday stays a date."""
    names = {name for name, _ in _entities(nlp, body)}
    assert kept in names and absent not in names

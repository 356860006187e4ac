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
        # a past verb joined to a present-tense reported clause keeps the reporter
        ("Kurt Almo said the army was not involved. He added that Poland has no information about who was involved "
         "but speculated that what he called local gangs might have been to blame.", "local gangs", "Kurt Almo"),
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
    ],
)
def test_session13_speakers(nlp, body, words, speaker):  # noqa: F811
    assert _speaker_of(nlp, body, words) == speaker

"""One canonical speaker per person (session 14, issue #15 item 5): the fullest name the page gives
that person, without titles or graded roles ("Chief Commissioner", "Senior Inspector"), whatever
form a claim met the person in; a person's office speaks as the person; a bare role ("the town's mayor") is
the one person the page titles so; "army spokesman X" does not make X "the army"; "the report" after
"a report released … by X" is X's. Counter-cases: two full names sharing a surname, a
surname with no fuller name on the page stay as they are. Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speaker_of(nlp, body, words):
    return next(c.speaker for c in run(nlp, body).claims if c.kind != "unattributed" and words in c.content)


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # graded titles before the name go
        ("Acting Superintendent Mirela Osk said the dam gates had been opened at noon.", "dam gates", "Mirela Osk"),
        ("The tanker ran aground overnight. Chief Inspector Dorin Vale of the coastguard said the hull had held.",
         "the hull had held", "Dorin Vale"),
        # a shorter later form gets the fullest name the page gave
        ("Farm minister Leila Ben Haddou met the growers. Minister Ben Haddou said the tariff would stay.",
         "the tariff would stay", "Leila Ben Haddou"),
        # a person's office speaks as the person
        ("Mayor Ilian Brask opened the shelter. Mayor Brask's office said 80 people had slept there.",
         "80 people had slept there", "Ilian Brask"),
        # the report after a report whose release names its author
        ("The lake was unsafe for swimming, a report published on Monday by the Tarrow Lakes Trust says. "
         "The report calls for the beach to close.", "the beach to close", "Tarrow Lakes Trust"),
        # a bare role is the one person the page titles so, also when the title comes later
        ("Floodwater reached the town hall on Sunday, the town's mayor said. \"We have never seen this,\" "
         "Mayor Greta Lindqvist told reporters.", "Floodwater reached the town hall", "Greta Lindqvist"),
        # "army spokesman X" does not make X the army
        ("The convoy was hit near the river crossing, army spokesman General Ivo Marek told the agency. "
         "The army said the attackers had fled north.", "the attackers had fled north", "army"),
        # counters: a role nobody on the page holds stays as written
        ("Senator Rolf Ekdal of the opposition spoke first. The minister said the budget was balanced.",
         "the budget was balanced", "minister"),
        # counters: two full names sharing a surname stay apart; a surname with no fuller name stays
        ("Ivo Brenner, the ferry pilot, said the fog had lifted. His sister Lena Brenner said the boat was full.",
         "the boat was full", "Lena Brenner"),
        ("Halloran said the count had been delayed.", "the count had been delayed", "Halloran"),
    ],
)
def test_canonical_speaker(nlp, body, words, speaker):  # noqa: F811
    assert _speaker_of(nlp, body, words) == speaker

"""Session 22 (issue #15 item 5, strict speaker): the span of a right speaker. A body's name is its
whole of-chain, with the article and the nested of- or for-phrase of the body it belongs to; a person
the page names only by a title and a surname is named as the page writes it ("Governor Sangare"),
never by the bare surname, and each claim of two people sharing a surname keeps its own titled
form. Counter-cases: a surname whose full name the page gives, a person's "of" (where the person
works), a surname with no title, a surname the page also writes alone, a pronoun for one of two
people sharing a surname. Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speaker_of(nlp, body, words):  # noqa: F811
    return next(c.speaker for c in run(nlp, body).claims if c.kind != "unattributed" and words in c.content)


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        ("The General Staff of the Armed Forces of Velmora said 14 attacks had been repelled overnight.",
         "14 attacks had been repelled", "General Staff of the Armed Forces of Velmora"),
        ("The Office of the UN High Commissioner for Refugees said 3,000 people had crossed the river.",
         "3,000 people had crossed", "Office of the UN High Commissioner for Refugees"),
        ("The State Service of Special Communications of Velmora said the outage was caused by an attack.",
         "the outage was caused", "State Service of Special Communications of Velmora"),
        # counter: a person's of-phrase is where the person works, not the person's name
        ("Hella Brandvik of the Kessel Tenants Trust said the pipes had burst in March.",
         "the pipes had burst", "Hella Brandvik"),
    ],
)
def test_a_body_is_named_with_its_whole_of_chain(nlp, body, words, speaker):  # noqa: F811
    assert _speaker_of(nlp, body, words) == speaker


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        ("The barracks burned for a day. Governor Maltesi said four guards had been wounded.",
         "four guards had been wounded", "Governor Maltesi"),
        ("The market reopened on Friday. Governor Maltesi's office declined to comment on the toll.",
         "declined to comment", "Governor Maltesi"),
        ("Ms Oyelaran said the clinic had no diesel left for its generator.",
         "the clinic had no diesel", "Ms Oyelaran"),
        # a pronoun's claim borrows the titled form the page gives the person
        ("Governor Maltesi toured the barracks on Monday. He said four guards had been wounded.",
         "four guards had been wounded", "Governor Maltesi"),
        # two people with one surname: each claim keeps its own titled form, never the other's
        ("Mr Ek said the well had run dry. Ms Ek said the goats had died in the night.",
         "the well had run dry", "Mr Ek"),
        ("Mr Ek said the well had run dry. Ms Ek said the goats had died in the night.",
         "the goats had died", "Ms Ek"),
        ("Colonel Brasko said the convoy had turned back. His brother, Mr Brasko, said the road was open.",
         "the road was open", "Mr Brasko"),
        # counter: a pronoun borrows no titled form when the surname is given to two sexes ...
        ("Mr Ek toured the well. Ms Ek said the goats had died. He said the well had run dry.",
         "the well had run dry", "Ek"),
        # ... nor when the page writes the surname alone: that is a name the page uses
        ("Colonel Brasko said the convoy had turned back. Brasko added that the road was mined.",
         "the road was mined", "Brasko"),
        ("Velmoran President Dorsk toured the port. Dorsk said the border would stay shut.",
         "the border would stay shut", "Dorsk"),
        # counter: a full name on the page is the person's name, the title dropped
        ("Governor Ilse Maltesi toured the barracks. Governor Maltesi said four guards had been wounded.",
         "four guards had been wounded", "Ilse Maltesi"),
        # counter: a surname the page never writes with a title stays as written
        ("The barracks burned for a day. Maltesi said four guards had been wounded.",
         "four guards had been wounded", "Maltesi"),
    ],
)
def test_a_person_named_only_by_title_and_surname_keeps_the_title(nlp, body, words, speaker):  # noqa: F811
    assert _speaker_of(nlp, body, words) == speaker

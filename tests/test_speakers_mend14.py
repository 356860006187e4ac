"""Session 14 review mend of canonical speakers: a surname takes a longer name only when that name is
the same person's (not a relative's introduced later, not one an honorific of the other sex rules out,
preferring names given before the short form); a bare role becomes the page's titled person only when
the role has no different owner and the person is not a former holder; "a report ... by X" is X's only
when X wrote or issued it. Counter-cases: a full name before an honorific form, a possessive role of
the titled person's own owner. Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speaker_of(nlp, body, words):
    return next(c.speaker for c in run(nlp, body).claims if c.kind != "unattributed" and words in c.content)


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a relative or a person of the other sex named later is not the short form's person
        ("Mrs Varo said the bakery had closed early. Tomas Varo, the baker, said flour had run out.",
         "the bakery had closed early", "Varo"),
        ("Ms Sorel said the kiosk had been robbed. Her husband Bram Sorel said the police came an hour later.",
         "the kiosk had been robbed", "Sorel"),
        ("Captain Roos said the storm had passed. His son, Pieter Roos, a deckhand, said two nets were lost.",
         "the storm had passed", "Roos"),
        # counter: the full name given before the honorific form is its person
        ("Teodor Linde, the ferry pilot, said the fog had lifted. Mr Linde said the boat would sail at noon.",
         "the boat would sail at noon", "Teodor Linde"),
        # a role with another owner than the titled person's stays as written
        ("Pupils would stay home, Kelmar's mayor said. Mayor Ida Strand of Ostby said her schools were open.",
         "Pupils would stay home", "Kelmar's mayor"),
        ("Exports would fall, Varnia's president said. President Jonas Meer of Talvia said trade was strong.",
         "Exports would fall", "Varnia's president"),
        ("The pay deal was fair, the company's chairman said. Chairman Piet Olsen of the rival firm said it was not.",
         "The pay deal was fair", "company's chairman"),
        ("Farmers were furious; their minister said the subsidy was gone. Minister Rosa Lind of Talvia said it "
         "would return.", "the subsidy was gone", "their minister"),
        # counter: the same owner
        ("The harbour was dredged, Ostby's mayor said. Mayor Ida Strand of Ostby said the work cost two million.",
         "The harbour was dredged", "Ida Strand"),
        # a former holder is not "the minister"
        ("The plan is sound, the minister said. Former Minister Paul Garde said it would fail.",
         "The plan is sound", "minister"),
        ("The road was closed, the governor said. The crowd cheered former Governor Nils Ekholm.",
         "The road was closed", "governor"),
        ("The road was closed, the governor said. Governor Nils Ekholm stepped down in March and was replaced "
         "by Ada Krohn.", "The road was closed", "governor"),
        # who received or shared a report did not write it
        ("A study received on Tuesday by the Ostby Tenants Union faulted the landlord. The study said repairs "
         "were overdue.", "repairs were overdue", "study"),
        ("A report shared on Monday by the Kelmar Fishers Guild was drawn up by divers. The report said stocks "
         "were falling.", "stocks were falling", "report"),
    ],
)
def test_canonical_speaker_mend(nlp, body, words, speaker):  # noqa: F811
    assert _speaker_of(nlp, body, words) == speaker

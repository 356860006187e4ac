"""English speakers, session 18 (issue #15 item 5): a document speaks for whoever put it out, however
the text comes back to it: "it" standing for the document ("X said in a report …. The report recalls
A, which it says …" is X's), and "the communique" after "X announced in a communique read on …" (a
parse that hangs the document under a later word). Counter-cases keep their speakers: a document
nobody is said to have put out, one someone appeared in, a body as the subject before "it", a
person's pronoun, a document named by its owner in the subject. Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp  # noqa: F401  (the session's one model)
from test_speakers_session16 import _speakers_of


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # "it" in a relative clause after a person's report: the previous claim's speaker is a person,
        # so "it" used to fall to the bare document noun
        ("The economist Dana Roos said in a report on Monday that rents had doubled. The report also recalls "
         "the crash of 2008, which it says began in the same district.", "began in the same district", "Dana Roos"),
        ("The hydrologist Lena Sorvik said in a study published on Tuesday that the lake had shrunk. The study "
         "also cites the drought of 2015, which it says emptied the reservoir.", "emptied the reservoir", "Lena Sorvik"),
        # the body's own document after a body named as the subject of the first claim
        ("The Solm Institute said in a statement that rents had doubled. The statement blames the new port, "
         "which it says drove up prices.", "drove up prices", "Solm Institute"),
        # "announced in a communique read on …" (the parser hangs the document under "read"): "the
        # communique" later is the announcer's
        ("The navy carried out a patrol near the reef on Sunday, the Coastal Command announced in a communique "
         "read on state radio. According to the communique, two boats were seized.", "two boats were seized",
         "Coastal Command"),
    ],
)
def test_it_for_a_document_speaks_for_its_owner(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a document nobody is said to have put out stays the document
        ("Inspectors found a report in the archive. The report was old. It says the dam was weak.",
         "the dam was weak", "report"),
        # a document someone appeared in, not spoke through, stays the document
        ("Two fishermen appeared in a video shot on Sunday. According to the video, the boats were seized at dawn.",
         "the boats were seized at dawn", "video"),
        # a body as the subject just before "it" keeps "it"
        ("The Velm Council said in a letter that the school would close. The mayor read the letter aloud on "
         "Monday. It says the building is unsafe.", "the building is unsafe", "Velm Council"),
        # a person's pronoun is not the document's
        ("The Korsa Trust said in a report that the wells were dry. Anna Lindqvist, a farmer, read the report. "
         "She said the cattle were thirsty.", "the cattle were thirsty", "Anna Lindqvist"),
        # a document whose owner the subject itself names
        ("The Tarn Harbour Board said in a report that the quay had sunk. The port police's statement, which "
         "it says was filed late, blames the tide.", "the tide", "port police"),
    ],
)
def test_near_misses_keep_their_speakers(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # (mend after review) the document word only modifies the noun after it: the person spoke
        # in a call, a visit, a ceremony, not through the document a later "according to" names
        ("The mayor Rut Halden said in a video call with councillors that the bridge had reopened. Later a "
         "driver filmed the crossing. According to the video, the bridge was still closed.",
         "the bridge was still closed", "video"),
        ("The surveyor Ivo Strand said in a site inspection on Friday that the wall had cracked. According to "
         "the site, the wall was built in 1971.", "the wall was built in 1971", "site"),
        ("Captain Elin Marsk said in a report card ceremony at the college that the recruits had done well. "
         "According to the report, three recruits failed.", "three recruits failed", "report"),
    ],
)
def test_a_document_word_modifying_another_noun_is_no_document_spoken_in(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # (mend after review) another document of the same noun came up after the owner's: "it" and
        # "the report" are the latest one, which nobody is said to have put out
        ("The planner Edda Vinter said in a report on Monday that traffic had doubled. Tomas Brekke said a report "
         "by the county showed the opposite. The report also recalls the flood of 1998, which it says closed "
         "the ring road.", "closed the ring road", "report"),
        ("The planner Edda Vinter said in a report on Monday that traffic had doubled. Tomas Brekke said a report "
         "by the county showed the opposite. The report also recalls the flood of 1998.", "the flood of 1998",
         "report"),
        # near miss: a bare "the report" in between repeats the owner's document, so the owner keeps it
        ("Edda Vinter said in a report on Monday that traffic had doubled. The report was sent to "
         "the council. The report also recalls the flood of 1998, which it says closed the ring road.",
         "closed the ring road", "Edda Vinter"),
    ],
)
def test_another_document_of_the_same_noun_in_between_is_the_one_meant(nlp, body, words, speaker):  # noqa: F811
    assert _speakers_of(nlp, body, words) == [speaker]

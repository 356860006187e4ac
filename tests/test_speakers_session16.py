"""English speakers resolved the way the gold resolves them (session 16, issue #15 item 5): a person
who is the subject of a reported clause ("Amsel said Brisk was held") does not end the speaker's
turn for a later "he said"; a bare repeated "the report" looks back past an unowned repeat to the
owned mention; "a spokesperson for the <described body>" with none named is that body; a bare "the
spokesperson" repeats the latest fuller spokesperson mention; a body noun the parser hung a
person's name on is not that person's role. Counter-cases: a narrative subject after the claim takes
the pronoun; a bare "for the company" stays as written; a named spokesperson; a new unowned report;
"the commander" continues the person. Sentences we wrote, fictional names."""

from __future__ import annotations

import pytest

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speakers_of(nlp, body, words):
    return [c.speaker for c in run(nlp, body).claims if c.kind != "unattributed" and words in c.content]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a person named as the subject of the reported clause, then "he said"
        ("Fire officer Lukas Benning said Ida Marr had been rescued from the roof. He said the stairs had "
         "collapsed within minutes.", "the stairs had collapsed", "Lukas Benning"),
        # the same with a quotation
        ("Police chief Marta Kelling said Bruno Adler was arrested at his farm near Vessel. \"He had the keys "
         "to the depot,\" she said.", "He had the keys", "Marta Kelling"),
        # "the study" after an unowned "According to the study"
        ("Half the river's fish have vanished since 2020, a study released on Monday by the Lake Vorn Trust says. "
         "According to the study, the weir is to blame. The study urges the council to open the sluices.",
         "open the sluices", "Lake Vorn Trust"),
        # a spokesperson for a body its own words describe, none named
        ("A lorry overturned on the coast road near Kell. A spokesperson for the regional police declined to "
         "comment on the driver's condition.", "declined to comment", "regional police"),
        # "the spokeswoman" after "a spokeswoman for <named body>" (the quote found first)
        ("Farmers said the canal had been dry since May. A spokeswoman for Orrin Irrigation said the gates had "
         "been opened on Monday. \"Water will reach the lower fields by Friday,\" the spokeswoman said.",
         "Water will reach", "Orrin Irrigation"),
        # a body noun the parser hung the head's name on
        ("Three people were hurt when a shell hit the bus depot in Velmora, the head of the regional military "
         "administration, Taras Veremko, said. In May, shelling damaged the village school, according to the "
         "district administration.", "damaged the village school", "district administration"),
    ],
)
def test_speaker_resolved_as_the_gold_does(nlp, body, words, speaker):
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a narrative subject after the claim takes the pronoun
        ("Judge Frida Lorn said the hearing would resume on Monday. Viktor Seln left the court without "
         "speaking to reporters. Later he said the charges were false.", "the charges were false", "Viktor Seln"),
        # a bare body noun with none named stays as written
        ("Workers walked out at the plant in Brenn on Friday. A spokeswoman for the company said talks would "
         "start next week.", "talks would start", "spokeswoman for the company"),
        # a spokesman given his name is that person
        ("The spokesman for Orrin Irrigation, Pavel Dorn, said the pumps were new. Dorn said the canal would be "
         "cleaned in July.", "the canal would be cleaned", "Pavel Dorn"),
        # "the commander" continues the person given that role
        ("Colonel Ana Petrak, commander of the 12th brigade, said the bridge was held. Later the commander said "
         "two tanks were lost.", "two tanks were lost", "Ana Petrak"),
    ],
)
def test_counter_cases_keep_their_speaker(nlp, body, words, speaker):
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a named spokesperson the noun hangs on by apposition, then "the spokesman said"
        ("Rolf Essen, a spokesman for Brannock Water, said the main was mended. \"The crews worked all night,\" "
         "the spokesman said.", "The crews worked all night", "Rolf Essen"),
        # the name after a "<body> spokesman" compound
        ("Brannock Water spokesman Rolf Essen said the main was mended. \"The crews worked all night,\" the "
         "spokesman said.", "The crews worked all night", "Rolf Essen"),
        # a gendered title on the speaker rules the pronoun out: the reported person speaks
        ("Ms Greta Vollan, his lawyer, said Anton Brisk had agreed to give evidence. He said he would name "
         "everyone involved.", "he would name everyone", "Anton Brisk"),
        ("Mr Oskar Tamm said Mrs Lene Falk had been sacked from the bakery. She said the owners had cheated "
         "her for years.", "the owners had cheated", "Lene Falk"),
    ],
)
def test_mend_named_spokesperson_and_gendered_titles(nlp, body, words, speaker):
    assert _speakers_of(nlp, body, words) == [speaker]


@pytest.mark.parametrize(
    "body, words",
    [
        # a modifier that says which of several, not which body: kept as written, never a body named "same company"
        ("A spokeswoman for the same company said the mill was safe.", "the mill was safe"),
        ("A spokesman for the other party said the talks were over.", "the talks were over"),
        ("A spokesperson for the new company said the yard would hire 300 welders.", "would hire 300 welders"),
        ("A spokesperson for the affected company said the servers were locked.", "the servers were locked"),
    ],
)
def test_mend_deictic_modifier_is_not_a_body(nlp, body, words):
    speakers = _speakers_of(nlp, body, words)
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].lower().startswith("spokes")

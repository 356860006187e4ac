"""Corroboration that means something (issue 12, item 3, session 13): two claims that share their subject but
tell another act of it ("the crane was installed in March" / "the crane collapsed in March") are two facts; the
act is read from the claim's verbs and nominalisations (``predicates``: "derailed" and "derailment" are one);
a slot value named by a possibility ("it was possible that ...", "might have been started by ...") and by an
assertion is not one account. Sentences of our own about fictional happenings."""

from __future__ import annotations

from claimgraph.link.relations import claim_features, claim_mood, relate
from claimgraph.link.relations.words import predicates


def _type(a: str, b: str) -> str | None:
    r = relate(a, b, claim_features(a), claim_features(b))
    return r.type if r else None


def test_a_verb_and_its_nominalisation_are_one_predicate():
    assert predicates("the night train from Ostry derailed") & predicates("the derailment of the Ostry night train")
    assert predicates("Mount Harrow erupted on Sunday") & predicates("the eruption of Mount Harrow")
    assert predicates("two men robbed the Quill Street bank") & predicates("the Quill Street bank was robbed")
    assert predicates("the roof of the Sallow rink collapsed") & predicates("the collapse of the Sallow rink roof")
    # not adjectives of a thing, nor nouns that name a thing ("gallery", "station", "government")
    assert predicates("two masked men at the Kell gallery near the station") == frozenset()


def test_the_same_subject_with_another_predicate_is_another_fact():
    assert _type("the Tarrow crane was installed in March", "the Tarrow crane collapsed in March") is None
    assert _type("the Elm Court gallery was renovated last year", "the Elm Court gallery was burgled last year") is None
    assert _type("the Pell Street warehouse was sold to Harrow Logistics on Friday",
                 "the Pell Street warehouse burned on Friday") is None
    assert _type("the Kestrel mine was inspected by the Orvo safety board in June",
                 "the Kestrel mine collapsed in June, the Orvo safety board said") is None


def test_an_act_told_with_a_verb_the_lists_do_not_know_is_no_evidence_of_another_act():
    # the gate blocks only on positive evidence (both acts known, of different kinds): a synonym or a phrasal
    # verb the lists do not know ("stepped down", "caved in") corroborates as it did before the gate
    assert _type("Mayor Ilse Brandt of Tovey resigned on Thursday after the audit",
                 "Mayor Ilse Brandt of Tovey stepped down on Thursday after the audit") == "corroborates"
    assert _type("the Lindqvist Arena roof caved in under the snow on Sunday",
                 "the Lindqvist Arena roof collapsed under the snow on Sunday") == "corroborates"
    assert _type("the Veller tower crane toppled over in high winds on Tuesday",
                 "the Veller tower crane collapsed in high winds on Tuesday") == "corroborates"
    assert _type("the Harlow dam on the Seln river burst on Friday",
                 "the Harlow dam on the Seln river failed on Friday") == "corroborates"


def test_a_word_after_to_is_no_predicate_without_a_parse():
    assert "ossory" not in predicates("the Tarn gang fled to Ossory")
    assert "harrow" not in predicates("the warehouse was sold to Harrow Logistics")


def test_the_same_fact_in_the_same_words_still_corroborates():
    # counter-case: the same predicate, active and passive
    assert _type("the Tarrow crane collapsed in March on the Quay Road site",
                 "the crane on the Quay Road site in Tarrow collapsed in March") == "corroborates"
    # and a claim whose act is read by its kind, not its word ("was killed" / "died")
    assert _type("the Ostry night train derailed and 12 passengers were killed",
                 "12 passengers died when the Ostry night train derailed") == "corroborates"


def test_a_possibility_that_is_a_hedge():
    a = "it was possible that a second storm front reached Lomar Bay"
    assert claim_mood(a) == "hedged"
    assert claim_mood("a second storm front reached Lomar Bay") == "asserted"


def test_a_possibility_that_hedges_its_own_clause_only():
    a = "the Wendle fire was started by a campfire and it is likely that it will spread"
    assert claim_mood(a) == "asserted"
    assert _type(a, "the Wendle fire was started by a campfire") == "corroborates"
    assert _type("police said the Wendle fire was started by a campfire and it was possible that hikers had left it",
                 "the Wendle fire was started by a campfire") == "corroborates"


def test_a_cause_named_as_a_possibility_and_as_a_fact_is_not_one_account():
    # (read through the cause slot, not through shared words: the mood gate covers slot values)
    assert _type("investigators found it was likely that the Ferro mill blast was caused by a gas leak",
                 "the Ferro mill blast was caused by a gas leak") is None
    a = "the forest fire near Wendle might have been started by a campfire"
    assert _type(a, "the forest fire near Wendle was started by a campfire") is None
    # counter-case: two plain assertions of the cause agree
    assert _type("the forest fire near Wendle was started by a campfire",
                 "the fire in the forest near Wendle was started by a campfire left by hikers") == "corroborates"


def test_a_number_word_times_a_hundred_or_a_thousand():
    from claimgraph.link.numbers import number_value
    assert number_value("three thousand") == 3000 and number_value("five hundred") == 500
    assert _type("the hail destroyed 500 hectares of vineyards around Carrow",
                 "hail destroyed five hundred hectares of vines near Carrow") == "corroborates"
    # read whole or not at all: never the "one thousand" of "one thousand three hundred"
    assert number_value("one thousand three hundred") == 1300
    assert number_value("five hundred thousand") == 500000
    assert number_value("one hundred and twenty") == 120
    assert _type("the flood killed one thousand three hundred people in Orvel county",
                 "the flood killed 1,000 people in Orvel county") != "corroborates"
    assert _type("five hundred thousand residents were evacuated from Pell",
                 "500 residents were evacuated from Pell") != "corroborates"
    assert _type("one thousand two hundred residents were evacuated from Pell",
                 "1,200 residents were evacuated from Pell") == "corroborates"
    # counter-case: another count in words is another figure
    assert _type("the hail destroyed 500 hectares of vineyards around Carrow",
                 "hail destroyed four hundred hectares of vineyards around Carrow") != "corroborates"


def test_a_light_verb_reads_no_act():
    assert predicates("two hundred people fell ill after the spill") == frozenset()
    assert predicates("the air defences shot down a drone") & predicates("a drone was downed")

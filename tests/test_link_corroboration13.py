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
    assert _type("the Brisk Hill cabin was carrying eight passengers",
                 "the Brisk Hill cabin had been repainted by eight workers") is None


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


def test_a_cause_named_as_a_possibility_and_as_a_fact_is_not_one_account():
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
    # counter-case: another count in words is another figure
    assert _type("the hail destroyed 500 hectares of vineyards around Carrow",
                 "hail destroyed four hundred hectares of vineyards around Carrow") != "corroborates"


def test_a_light_verb_reads_no_act():
    assert predicates("two hundred people fell ill after the spill") == frozenset()
    assert predicates("the air defences shot down a drone") & predicates("a drone was downed")

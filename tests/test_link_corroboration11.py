"""Only assertions relate, and one count told in other words (issue 12, items 2-3, session 11): a question,
a conditional or a report under investigation neither corroborates nor contradicts; a hedge shares no
account with an assertion by words alone; one number of two fates is two facts. Sentences of our own
about fictional happenings."""

from __future__ import annotations

from claimgraph.link.relations import claim_features, claim_mood, count_fates, relate


def _type(a: str, b: str, stance_a: str | None = None) -> str | None:
    r = relate(a, b, claim_features(a, stance_a), claim_features(b))
    return r.type if r else None


FACT = "Pellan smugglers stole the crown jewels from the museum in Vosk"


def test_the_same_fact_told_twice_still_corroborates():
    # the counter-case of every guard below: two plain assertions
    r = relate(FACT, "Pellan smugglers stole the crown jewels from the Vosk museum")
    assert r is not None and r.type == "corroborates" and r.reason


def test_a_question_asserts_nothing():
    assert claim_mood("whether Pellan smugglers stole the crown jewels", "questions") == "question"
    assert _type("whether Pellan smugglers stole the crown jewels from the museum in Vosk", FACT, "questions") is None


def test_a_conditional_asserts_nothing():
    assert claim_mood("if the gates fail, the old town of Vosk will flood") == "conditional"
    assert _type("if the gates fail, the old town of Vosk will flood", "the old town of Vosk flooded") is None
    assert claim_mood("the dockers would walk out if the pay were cut") == "conditional"


def test_a_report_under_investigation_asserts_nothing():
    a = "it was investigating reports that Pellan smugglers stole the crown jewels from the museum in Vosk"
    assert claim_mood(a) == "reported"
    assert _type(a, FACT) is None
    # nor does it dispute a denial
    assert _type(a, "Pellan smugglers did not steal the crown jewels from the museum in Vosk") is None


def test_a_hedge_and_the_fact_by_shared_words_are_not_one_account():
    a = "the fire at the Vosk mill may have been started by a faulty boiler"
    assert claim_mood(a) == "hedged"
    assert _type(a, "a faulty boiler started the fire at the Vosk mill") is None
    # two hedges of the same possibility are one account
    assert _type(a, "the fire at the Vosk mill might have been started by a faulty boiler") == "corroborates"


def test_a_hedge_on_a_count_still_agrees_on_the_value():
    # counter-case: "may have killed close to 600" and "close to 600 died" give one toll
    assert _type("the landslide may have killed 45 people in Vosk", "45 people were killed by the landslide in Vosk") == "corroborates"


def test_one_number_of_two_fates_is_two_facts():
    assert count_fates("eight divers were missing after the dredger sank") == {8: frozenset({"missing"})}
    assert _type("eight divers were missing after the dredger sank off Vosk",
                 "eight divers died when the dredger sank off Vosk") is None
    assert _type("14 strikers were arrested at the gates of the Vosk mill",
                 "14 strikers were injured at the gates of the Vosk mill") is None


def test_one_count_of_one_fate_in_other_words_corroborates():
    r = relate("14 strikers were arrested at the gates of the Vosk mill",
               "police detained fourteen demonstrators outside the mill in Vosk")
    assert r is not None and r.type == "corroborates" and "14 held" in r.reason


def test_one_count_of_a_named_thing_in_other_words_corroborates():
    r = relate("the ferry Arvo Lind sank off Vosk with 140 passengers aboard",
               "the Arvo Lind went down near Vosk carrying 140 passengers")
    assert r is not None and r.type == "corroborates" and "140" in r.reason
    # counter-case: the same count of another vessel
    assert _type("the ferry Arvo Lind sank off Vosk with 140 passengers aboard",
                 "the ferry Mira Holt sank off Tarn with 140 passengers aboard") != "corroborates"


GRANARY = "the Oska granary was bombed by the Sarn front, whose fighters came in while the Tamsin fair drew the guards away"


def test_one_act_with_its_names_told_in_other_words_corroborates():
    r = relate(GRANARY, "on the night of the Tamsin fair a Sarn front unit attacked the grain stores at Oska and set them alight before dawn")
    assert r is not None and r.type == "corroborates" and r.reason.startswith("largely the same account")
    # counter-case: with a denial in one, the names shared are no account shared
    assert _type(GRANARY, "on the night of the Tamsin fair a Sarn front unit did not attack the grain stores at Oska nor set them alight") != "corroborates"


def test_one_act_by_two_named_doers_is_no_corroboration():
    # the place and the occasion are shared, the doer is not (named mid-claim, or opening it)
    assert _type(GRANARY, "on the night of the Tamsin fair a Kell front unit attacked the grain stores at Oska and set them alight before dawn") is None
    assert _type(GRANARY, "Kell front fighters attacked the grain stores at Oska on the night of the Tamsin fair and set them alight before dawn") is None


def test_a_conditional_clause_leaves_the_main_clause_asserted():
    # a trailing "if", a "will … if" after "and", a leading "Should …" followed by "but": the other clause is asserted
    a = "the storm surge killed 23 people in Marrow Bay, and the toll would have doubled if the sea wall had not held"
    assert claim_mood(a) == "asserted"
    assert _type(a, "the storm surge killed 9 people in Marrow Bay") == "contradicts"
    b = "wardens fined 16 trawler crews off Pelt on Sunday and will seize their nets if they return"
    assert claim_mood(b) == "asserted"
    c = "should the snow keep falling, more passes will close, but the Harl pass has been shut since Monday"
    assert claim_mood(c) == "asserted"
    assert _type(c, "the Harl pass has been closed since Monday") == "corroborates"
    # counter-case: a claim that is all condition
    assert claim_mood("if the snow keeps falling, the Harl pass will close") == "conditional"


def test_a_verified_report_is_asserted_an_open_check_is_not():
    fact = "the freighter Lune Star dumped 80 barrels of paint thinner into the Ebbe estuary"
    assert claim_mood("the port office confirmed reports that " + fact) == "asserted"
    assert claim_mood("the port office had verified reports that " + fact) == "asserted"
    assert _type("the port office had verified reports that " + fact, fact) == "corroborates"
    assert claim_mood("the port office was looking into reports that " + fact) == "reported"
    assert claim_mood("the port office was checking claims that " + fact) == "reported"


def test_a_hedge_in_an_aside_does_not_hedge_the_claim():
    a = "the avalanche, which may have been set off by a snowmobile, buried the Grell ski lodge and its car park"
    assert claim_mood(a) == "asserted"
    assert _type(a, "the avalanche buried the Grell ski lodge and its car park") == "corroborates"
    # counter-case: the hedge on the main verb still hedges
    assert claim_mood("the avalanche, which began at noon, may have buried the Grell ski lodge") == "hedged"


def test_stages_of_one_group_are_not_two_fates():
    assert _type("seventeen climbers stranded on the Vell glacier for a night were flown down by helicopter on Sunday",
                 "17 climbers were rescued from the Vell glacier on Sunday") == "corroborates"
    assert _type("55 villagers were trapped in Tor by the mudslide", "rescuers evacuated 55 villagers from Tor after the mudslide") == "corroborates"
    # counter-case: brought out alive and dead are two outcomes
    assert _type("55 villagers were evacuated from Tor after the mudslide", "55 villagers died in Tor after the mudslide") is None


def test_a_capacity_is_not_a_load():
    assert _type("the Kora Veil airship was designed in Pelt to carry 60 passengers",
                 "the Kora Veil airship crashed near Tor with 60 passengers on board") is None
    assert _type("the Kora Veil airship can hold 60 passengers", "the Kora Veil airship crashed near Tor with 60 passengers on board") is None

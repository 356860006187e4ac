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


def test_one_act_with_its_names_told_in_other_words_corroborates():
    a = "the Halden pipeline blasts were a covert operation carried out by divers working under cover of the Baltra naval exercise"
    b = ("last June the divers, working under the cover of the Baltra drill, planted the remotely triggered explosives"
         " that destroyed the Halden pipeline three months later")
    r = relate(a, b)
    assert r is not None and r.type == "corroborates" and r.reason.startswith("largely the same account")
    # counter-case: with a denial in one, the names shared are no account shared
    c = ("last June the divers, working under the cover of the Baltra drill, did not plant the explosives"
         " that destroyed the Halden pipeline three months later")
    assert _type(a, c) != "corroborates"

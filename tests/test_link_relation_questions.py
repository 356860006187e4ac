"""Two values contradict only where both claims answer the same question (session 13, issue 12 item 2): a count at
the top of a range is no exact count, a toll larger than a count of fighters is no rival figure, two clock
times dispute only the time of one act, and a settlement no gazetteer lists is still a place. Sentences of our
own, fictional names."""

from __future__ import annotations

from claimgraph.link import slots as S
from claimgraph.link.relations import relate
from claimgraph.link.relations.figures import timed_acts


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_a_count_at_the_top_of_a_range_does_not_dispute_a_count_inside_it():
    a = "between 40 and 70 containers were lying on the deck of the freighter Norrvik when it listed"
    b = "55 containers were lying on the deck of the freighter Norrvik when it listed"
    assert _type(a, b) != "contradicts"
    assert _type("from 40 to 70 containers were lying on the deck of the freighter Norrvik when it listed", b) != "contradicts"


def test_two_exact_counts_of_one_load_still_dispute():
    # (the counter-case: no range, one thing counted at one moment)
    a = "the freighter Norrvik was carrying 40 containers on deck when it listed off Skellan"
    b = "the freighter Norrvik was carrying 70 containers on deck when it listed off Skellan"
    assert _type(a, b) == "contradicts"


def test_a_range_is_read_as_the_span_of_a_count_slot():
    (v,) = [v for v in S.counts("400 to 600 crates were unloaded at the quay") if v.slot.endswith("unloaded")]
    assert v.value == "400-600"
    # (two counts joined by "and" are two: "12 soldiers and 40 sheep")
    assert all(v.value.split("-")[0] == v.value.split("-")[1] for v in S.counts("12 trucks and 40 tractors were seized"))


def test_a_toll_of_a_named_group_and_a_count_of_fighters_are_two_groups_in_either_order():
    # (villagers or civilians and fighters are two groups of dead: both can hold, whichever figure is larger)
    a = "three villagers were killed when the mortar round hit the Dessel crossing"
    b = "seven fighters were killed when the mortar round hit the Dessel crossing"
    assert _type(a, b) != "contradicts"
    assert _type("nine villagers were killed when the mortar round hit the Dessel crossing", b) != "contradicts"
    # (the swapped numbers: more soldiers than civilians)
    assert _type("five soldiers were killed in the shelling of Tarvo", "two civilians were killed in the shelling of Tarvo") != "contradicts"
    assert _type("two soldiers were killed in the shelling of Tarvo", "five civilians were killed in the shelling of Tarvo") != "contradicts"


def test_a_toll_larger_than_a_count_of_fighters_may_hold_them():
    a = "fifteen people were killed in the raid on the Dessel crossing"
    b = "four fighters were killed in the raid on the Dessel crossing"
    assert _type(a, b) != "contradicts"


def test_a_toll_smaller_than_a_count_of_fighters_eliminated_disputes_it():
    # (the counter-case the rule was made for: one side's dead against the other's fighters eliminated)
    a = "the strike on the Dessel crossing killed 6 people, medics said"
    b = "the strike on the Dessel crossing eliminated 40 fighters"
    assert _type(a, b) == "contradicts"


def test_times_of_two_acts_do_not_dispute_when():
    a = "the fire at the Lorn depot was reported at 01:10"
    b = "the fire at the Lorn depot was put out at 04:50"
    assert _type(a, b) != "contradicts"


def test_times_of_one_act_still_dispute_when():
    a = "the fire at the Lorn depot broke out at 01:10"
    b = "the fire at the Lorn depot broke out at 04:50"
    assert _type(a, b) == "contradicts"


def test_timed_acts_reads_the_act_a_time_dates():
    assert timed_acts("the gate was closed at 07:30") == [(450, "closure")]
    assert timed_acts("at 07:30 the gate was closed") == [(450, "closure")]
    assert timed_acts("the shelling began at 07:30") == [(450, None)]
    # (two verbs of one kind of act are one: "struck" and "hit")
    assert timed_acts("a drone struck the depot at 07:30")[0][1] == timed_acts("a drone hit the depot at 07:45")[0][1]
    # (no name, noun or number word is read as the act: unknown)
    assert timed_acts("seven children were hurt at 02:10") == [(130, None)]
    assert timed_acts("at 02:10 eleven passengers drowned")[0][1] != "eleven"


def test_one_act_told_by_two_verbs_still_disputes_when():
    assert _type("the dam at Orne collapsed at 14:10", "the dam at Orne burst at 16:30") == "contradicts"
    assert _type("the ferry Dalma sank at 02:10", "the ferry Dalma went down at 04:40") == "contradicts"
    # (a verb with no known kind is an unknown act, never a second one: the dispute stays)
    assert _type("the gunmen stormed the Orsa school at 08:15", "the gunmen attacked the Orsa school at 10:40") == "contradicts"
    assert _type("the blast hit Dresden at 02:10, the Tellmark plant said", "the blast hit the Tellmark plant at 04:30") == "contradicts"


def test_unlisted_settlements_named_apart_do_not_dispute():
    # (an unlisted settlement is a value for agreement only: a village by the town it is near, a spelling
    # variant, a shortened name, shells landing in two villages)
    assert _type("the drone crashed in the village of Orlen near the town of Bask", "the drone crashed in the town of Bask") != "contradicts"
    assert _type("the shell landed in the village of Novoselivka", "the shell landed in the village of Novoselovka") != "contradicts"
    assert _type("the coach overturned in the village of Harrowgate Sel", "the coach overturned in the village of Harrowgate") != "contradicts"
    assert _type("the shells landed in the village of Oresk", "the shells also landed in the village of Pavlin") != "contradicts"
    assert _type("the coach overturned in the village of Harrowgate Sel", "the coach overturned in the town of Pellin") != "contradicts"


def test_unlisted_settlement_named_twice_agrees():
    a, b = S.places("the coach overturned in the village of Harrowgate Sel"), S.places("the coach overturned in the village of Harrowgate")
    assert a and b and S.same_value(a[0], b[0]) is True


def test_one_settlement_named_twice_and_a_listed_region_do_not_dispute():
    a = "the coach overturned in the village of Harrowgate Sel"
    assert _type(a, "the coach overturned in the village of Harrowgate Sel, police said") != "contradicts"
    # (whether a listed region holds an unlisted village is unknown: no dispute)
    assert _type(a, "the coach overturned in Lviv region") != "contradicts"


def test_a_count_that_fell_from_one_figure_to_another_is_the_final_figure():
    (v,) = [v for v in S.counts("the number of drones fell from 50 to 40 drones a night") if v.slot == "count:drones"]
    assert v.value == "40-40"
    (v,) = [v for v in S.counts("Ostrian guns raised their fire from 10 to 40 shells a day") if v.slot == "count:shells"]
    assert v.value == "40-40"
    assert _type("the number of drones fell from 50 to 40 drones a night", "Halvia launched 40 drones a night") != "contradicts"

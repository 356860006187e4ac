"""Precision of contradictions (issue 12 item 2, session 22): two counts contradict only where they count the same
thing. A count of things ("four barns were destroyed", "destroyed nine trucks") is no casualty figure; a "destroyed"
count of anything not a thing (fighters by any name, or nothing named) is still one. Each false pair no longer
contradicts; the true pair beside it still does. Sentences of our own."""

from __future__ import annotations

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.figures import figures


def _rel(a: str, b: str) -> str | None:
    r = relate(a, b, claim_features(a), claim_features(b))
    return r.type if r else None


def test_things_destroyed_are_no_casualty_figure():
    assert figures("three barns were destroyed when the shells fell on Velka") == {}
    assert figures("the brigade destroyed nine trucks on the road to Velka") == {}
    # people told with the same verb are still counted
    assert figures("the brigade destroyed 30 mercenaries on the road to Velka") == {"combatants killed": 30}
    assert figures("two farmers were killed when the shells fell on Velka") == {"killed": 2}


def test_a_count_of_houses_does_not_dispute_a_count_of_the_dead():
    a = "one farmer was killed when the shells fell on Velka on Sunday"
    b = "three barns were destroyed when the shells fell on Velka on Sunday"
    assert _rel(a, b) != "contradicts"
    # two tolls of the dead still do
    c = "three farmers were killed when the shells fell on Velka on Sunday"
    assert _rel(a, c) == "contradicts"


def test_a_destroyed_count_of_fighters_no_list_names_is_still_a_toll():
    # (review of session 22: only a thing makes "destroyed" a count of things; gunmen, jihadists, separatists,
    # enemy personnel are not in any list of people, and they are still the dead)
    assert figures("The garrison said it destroyed 50 gunmen in the assault on Morvane on Thursday") == {"killed": 50}
    assert figures("The garrison said it destroyed 50 jihadists in the assault on Morvane on Thursday") == {"killed": 50}
    assert figures("The garrison said its units destroyed 25 enemy personnel near Morvane on Thursday") == {"killed": 25}
    assert figures("The garrison said 30 separatists were destroyed near Morvane on Thursday") == {"killed": 30}
    # a count that names nothing before its preposition is read as before
    assert figures("The garrison said it destroyed 50 in the assault on Morvane on Thursday") == {"killed": 50}
    # vehicles, named after an adjective, are things
    assert figures("the brigade destroyed six armoured vehicles and two lorries near Velka") == {}


def test_destroyed_fighters_corroborate_killed_ones_and_dispute_the_other_side_s_toll():
    a = "The garrison said it destroyed 50 gunmen in the assault on Morvane on Thursday"
    b = "The garrison said it killed 50 gunmen in the assault on Morvane on Thursday"
    assert _rel(a, b) == "corroborates"
    c = "The militia said only 6 of its men were killed in the assault on Morvane on Thursday"
    assert _rel(a, c) == "contradicts"
    assert _rel(c, a) == "contradicts"

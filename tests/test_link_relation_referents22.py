"""Precision of contradictions (issue 12 item 2, session 22): two counts contradict only where they count the same
thing. A count of things ("four barns were destroyed", "destroyed nine trucks") is no casualty figure; a count of a
part of the people named by what they are (civilians, women, men) is some of the dead, so fewer of them than of
anyone both hold. Each false pair no longer contradicts; the true pair beside it still does. Sentences of our own."""

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


def test_fewer_civilians_than_people_both_hold():
    a = "twenty people died when the drone hit the cattle fair at Orba"
    b = "six civilians died when the drone hit the cattle fair at Orba"
    assert _rel(a, b) != "contradicts"
    # more civilians than people dead cannot both hold
    c = "sixty civilians died when the drone hit the cattle fair at Orba"
    assert _rel(a, c) == "contradicts"


def test_women_among_the_dead_are_a_part_of_the_toll():
    a = "the ferry company said 40 people were dead after the ferry sank off Tarn"
    b = "the ferry company said 15 women were among the dead after the ferry sank off Tarn"
    assert _rel(a, b) != "contradicts"
    c = "the harbour office said 25 people were dead after the ferry sank off Tarn"
    assert _rel(a, c) == "contradicts"

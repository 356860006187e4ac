"""Two days of two acts that one claim's own words set apart (issue 12 item 2, session 20): a claim that tells the
act the other dates without a day of its own, and dates another act ("the ferry impounded off Dornes reached Velt on
Wednesday"), says when the second act happened, not the first. Each such pair no longer contradicts; the same act
dated twice, or two acts joined by "and" under one day, still does. Sentences of our own."""

from __future__ import annotations

from datetime import date

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.figures import dated_act, tells_other_act_undated

THU = date(2026, 5, 14)


def _on(a: str, b: str) -> str | None:
    r = relate(a, b, claim_features(a, ref=THU), claim_features(b, ref=THU))
    return r.type if r else None


IMPOUNDED_MONDAY = "the ferry Talia was impounded by the harbour police on Monday evening"


def test_a_participle_tells_the_act_and_the_day_dates_the_next_step():
    b = "The ferry Talia impounded off Dornes reached the harbour of Velt on Wednesday with its crew of nine"
    assert dated_act(b, "on Wednesday") == frozenset({"verb:reach"})
    assert tells_other_act_undated(b, "on Wednesday", frozenset({"verb:impound"}))
    assert _on(IMPOUNDED_MONDAY, b) != "contradicts"
    assert _on(b, IMPOUNDED_MONDAY) != "contradicts"


def test_a_relative_clause_tells_the_act_and_the_day_dates_the_next_step():
    a = "the pipeline near Sarn ruptured on Sunday night, spilling oil into the river"
    b = "The pipeline that ruptured near Sarn was sealed by crews on Tuesday"
    assert _on(a, b) != "contradicts"
    # the rupture itself dated twice is a dispute over when it happened
    assert _on(a, "the pipeline near Sarn ruptured on Tuesday") == "contradicts"


def test_the_same_act_dated_twice_still_disputes():
    assert _on(IMPOUNDED_MONDAY, "the ferry Talia was impounded by the harbour police on Wednesday evening") == "contradicts"


def test_two_acts_joined_under_one_day_date_both():
    b = "the ferry Talia was impounded and towed to Velt on Wednesday"
    assert not tells_other_act_undated(b, "on Wednesday", frozenset({"verb:impound"}))
    assert _on(IMPOUNDED_MONDAY, b) == "contradicts"


def test_a_claim_that_dates_the_same_act_beside_another_still_disputes():
    # the second claim tells another act undated (the stop) and dates the impounding itself
    b = "The ferry Talia stopped off Dornes was impounded by the harbour police on Wednesday"
    assert not tells_other_act_undated(b, "on Wednesday", frozenset({"verb:impound"}))
    assert _on(IMPOUNDED_MONDAY, b) == "contradicts"

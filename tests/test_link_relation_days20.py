"""Two days of two acts that one claim's own words set apart (issue 12 item 2, session 20): a claim that tells the
act the other dates without a day of its own, and dates another act ("the ferry impounded off Dornes reached Velt on
Wednesday"), says when the second act happened, not the first. Each such pair no longer contradicts; the same act
dated twice, or two acts joined by "and" under one day, still does. The response to a happening (a fire put out, a
body recovered) is a step of its own, dated apart from the happening, by day and by time; two times of acts of no
known kind time one thing only where the words before their verbs share one. Sentences of our own."""

from __future__ import annotations

from datetime import date

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.figures import dated_act, dated_step, one_timed_thing, tells_other_act_undated, timed_acts

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


def test_the_response_to_a_happening_is_a_step_of_its_own_for_days():
    a = "A freight train carrying diesel came off the rails near Obel on Monday night"
    b = "Firefighters put out the last of the blaze at the Obel derailment on Wednesday"
    assert dated_step(b, "on Wednesday") == "response"
    assert _on(a, b) != "contradicts"
    # two days of one response still dispute when it was done
    c = "Firefighters put out the last of the blaze at the Obel derailment on Friday"
    assert _on(b, c) == "contradicts"


def test_the_response_to_a_happening_is_a_step_of_its_own_for_times():
    a = "The bridge over the Sava at Dorn collapsed at 06:40 as a lorry crossed it"
    b = "Divers recovered the lorry driver's body from the river at 15:00"
    assert [k for _t, k in timed_acts(b)] == ["response"]
    assert _on(a, b) != "contradicts"
    # the collapse timed twice still disputes when it happened
    assert _on(a, "The bridge over the Sava at Dorn collapsed at 09:15 as a lorry crossed it") == "contradicts"
    # "put" without "out" is no response ("police put the crowd at 2,000")
    assert dated_step("police put the crowd at the square on Monday", "on Monday") == "act"
    # a time no verb dates is any act, as before
    assert timed_acts("the siren over Dorn at 06:40") == [(400, None)]


def test_times_of_acts_of_no_known_kind_dispute_only_over_one_thing():
    a = "The explosion at the Rask plant happened at 14:20 during the afternoon shift"
    b = "The first ambulances reached the Rask plant at 14:55"
    assert one_timed_thing(a, 14 * 60 + 20, b, 14 * 60 + 55) is False
    assert _on(a, b) != "contradicts"
    assert _on("Demonstrators gathered in the square at 10:00", "Police moved in to clear the square at 16:30") != "contradicts"
    # one thing timed twice, by verbs of no known kind, still disputes
    assert _on("the dam gave way at 16:30", "the dam burst at 14:10") == "contradicts"
    assert _on(a, "The explosion at the Rask plant happened at 15:40") == "contradicts"

"""Two days of two acts that one claim's own words set apart (issue 12 item 2, session 20): a claim that tells the
act the other dates without a day of its own, and dates another act ("the ferry impounded off Dornes reached Velt on
Wednesday"), says when the second act happened, not the first. Each such pair no longer contradicts; the same act
dated twice, or two acts joined by "and" under one day, still does. The response to a happening (a fire put out, a
body recovered) is a step of its own, dated apart from the happening, by day and by time. The act's own finite verb
("was seized when commandos boarded it on Wednesday") is dated by its clause's day, not told undated (mend of
review pts20 M1). Sentences of our own."""

from __future__ import annotations

from datetime import date

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.figures import dated_act, dated_step, tells_other_act_undated, timed_acts

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


def test_the_acts_own_finite_verb_is_dated_by_the_clause_it_governs():
    # (mend of review pts20 M1) "was seized when …", "was raided by … who stormed …", "was bombed as …": the
    # auxiliary makes the act the claim's own predicate, and the day of the clause that hangs on it dates it
    pairs = [
        ("The coastguard said the freighter Osla was seized on Tuesday.",
         "The shipping firm said the freighter Osla was seized when marines climbed aboard on Friday.", "on Friday"),
        ("The militia said the aid depot at Brask was raided on Saturday.",
         "Aid workers said the aid depot at Brask was raided by gunmen who stormed its gates on Monday.", "on Monday"),
        ("Officials said the bus station in Kelm was bombed on Tuesday.",
         "A driver said the bus station in Kelm was bombed as commuters queued for the first buses on Thursday.",
         "on Thursday"),
    ]
    for a, b, day in pairs:
        act = dated_act(a, a[a.index(" on "):].strip(" ."))
        assert act is not None
        assert not tells_other_act_undated(b, day, act), b
        assert _on(a, b) == "contradicts", (a, b)
        assert _on(b, a) == "contradicts", (b, a)


def test_a_relative_clause_with_an_auxiliary_still_tells_the_act_undated():
    b = "The ferry Talia that was impounded off Dornes reached the harbour of Velt on Wednesday"
    assert tells_other_act_undated(b, "on Wednesday", frozenset({"verb:impound"}))
    assert _on(IMPOUNDED_MONDAY, b) != "contradicts"


def test_one_act_timed_twice_in_two_voices_still_disputes():
    # (mend of review pts20 M2: the reading of the words before the verb as its doer is gone; they are the agent in
    # the active voice and the patient in the passive, so one act told in two voices read as two things)
    assert _on("Police said masked men stormed the Orlin clinic at 08:20.",
               "A nurse said the Orlin clinic was stormed at 10:50.") == "contradicts"
    assert _on("the dam gave way at 16:30", "the dam burst at 14:10") == "contradicts"

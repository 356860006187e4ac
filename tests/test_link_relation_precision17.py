"""Precision of relations on events nobody tuned on (issue 12 items 2 and 3, session 17): days that date no dispute
(one weekday read against two page dates, a day still to come, the end of a span a count was taken over, two days of
two things), a denial that presupposes what it tells in a relative clause, and one side of a frame told with two
counts of one thing. Each false pair no longer relates; the true pair beside it still does. Sentences of our own."""

from __future__ import annotations

from datetime import date

from claimgraph.link import slots as S
from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.negation import presupposed_words

THU, FRI, NEXT_FRI = date(2026, 5, 14), date(2026, 5, 15), date(2026, 5, 22)


def _on(a: str, day_a: date | None, b: str, day_b: date | None, stance_a: str | None = None, cue_a: str | None = None) -> str | None:
    r = relate(a, b, claim_features(a, stance_a, cue_a, ref=day_a), claim_features(b, ref=day_b))
    return r.type if r else None


def test_one_weekday_read_against_page_dates_a_week_apart_is_no_dispute():
    a = "the shepherd set fire to the dry grass above Orvel on Sunday afternoon"
    b = "the first call about the fire above Orvel reached the brigade on Sunday"
    # the two pages are eight days apart: "Sunday" resolves to two different dates, and is one weekday
    assert _on(a, NEXT_FRI, b, THU) != "contradicts"
    # two weekdays are two days, whatever the pages' dates
    c = "the first call about the fire above Orvel reached the brigade on Tuesday"
    assert _on(a, NEXT_FRI, c, THU) == "contradicts"


def test_a_day_after_the_page_is_a_plan_and_dates_no_account_of_what_happened():
    a = "the trawler Mesa was boarded by the coast guard on Tuesday night off Brask"
    b = "the skipper of the trawler Mesa will be questioned by the coast guard in Brask on Saturday"
    assert _on(a, THU, b, THU) != "contradicts"
    # told as done, a Saturday before the page is another day than Tuesday for the same boarding
    c = "the trawler Mesa was boarded by the coast guard on Saturday off Brask"
    assert _on(a, THU, c, THU) == "contradicts"


def test_the_end_of_a_span_a_count_was_taken_over_dates_no_act():
    assert S.days("the valley had 300 millimetres of rain in the 48 hours to Wednesday morning", None, FRI) == []
    assert S.days("the toll in the valley stood at nine by Wednesday", None, FRI) == []
    told = S.days("the embankment above the valley gave way on Wednesday", None, FRI)
    assert [v.value for v in told] == ["2026-05-13"]


def test_two_days_of_two_things_do_not_dispute_when_the_claims_share_nothing_but_the_days():
    a = "The bodies of the two fishermen were brought ashore on Thursday"
    b = "My brother has been coughing since Monday"
    assert _on(a, FRI, b, FRI) != "contradicts"
    # the same thing dated twice still disputes when it happened
    c = "the embankment above Lorn gave way on Monday"
    d = "the embankment above Lorn gave way on Thursday"
    assert _on(c, FRI, d, FRI) == "contradicts"


def test_a_denial_does_not_deny_what_its_relative_clause_tells_of_a_thing():
    assert {"crash", "near"} <= presupposed_words("their gunners shot down the helicopter that crashed near Vell")
    assert presupposed_words("denied that their gunners had shot down the helicopter") == frozenset()
    a = "their gunners had shot down the air ambulance that crashed near Vell on Monday"
    b = "Investigators were sent to Vell after an air ambulance crashed near the village on Monday"
    assert _on(a, None, b, None, "denies", "denied") != "contradicts"
    # a denial of the act both tell, with a relative clause beside it, still contradicts
    c = "its artillery had shelled the school that housed families from Vell"
    d = "Its artillery shelled the school that housed families from Vell"
    assert _on(c, None, d, None, "denies", "denied") == "contradicts"


def test_one_side_of_a_frame_with_two_counts_of_one_thing_is_no_corroboration():
    a = "The fire has burned 9,000 hectares and residents of six villages near Dolm have been evacuated"
    b = "A fire in the hills near Dolm has burned about 4,000 hectares and forced the evacuation of three villages"
    assert _on(a, None, b, None) != "corroborates"
    c = "A fire in the hills near Dolm has forced the evacuation of the villages below the ridge"
    e = "Residents of the villages near Dolm have been evacuated as the fire spread"
    assert _on(c, None, e, None) == "corroborates"

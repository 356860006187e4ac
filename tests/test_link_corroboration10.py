"""One fact in other words, and contradictions that need the same question (issue 12, session 10):
who seized, hacked or kidnapped; what caused an outage told as "X was behind it"; an estimate and a
figure near it; "not caused by X alone"; a day that dates a count. Sentences of our own about
fictional happenings."""

from __future__ import annotations

from claimgraph.link.relations import relate
from claimgraph.link.slots import agents, causes, days


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_a_seizure_told_active_and_passive_names_one_doer():
    a = "Tarvenian marines seized the trawler Osk"
    b = "the trawler Osk was captured by Tarvenian troops"
    assert [v.value for v in agents(a)] == [v.value for v in agents(b)] != []
    r = relate(a, b)
    assert r is not None and r.type == "corroborates" and "Tarvenian" in r.reason


def test_two_doers_of_one_seizure_contradict():
    assert _type("Tarvenian marines seized the trawler Osk", "Melsic pirates seized the trawler Osk") == "contradicts"


def test_a_conjectured_doer_does_not_contradict():
    assert _type("the trawler Osk was possibly seized by Tarvenian marines", "Melsic pirates seized the trawler Osk") is None


def test_a_cause_told_as_what_was_behind_the_effect():
    assert [v.value for v in causes("a burst main was behind the outage")] == ["burst main"]
    r = relate("the outage was caused by a burst main", "a burst main was behind the outage")
    assert r is not None and r.type == "corroborates" and r.key == "slot:cause:outage"


def test_a_party_behind_the_effect_is_the_agent_not_a_cause():
    assert causes("Tarvenian saboteurs were behind the blackout") == []


def test_not_caused_by_x_alone_is_no_denial_of_x():
    assert causes("the collapse was not caused by the flood alone") == []
    assert _type("the collapse was not caused by the flood alone", "the flood caused the collapse") != "contradicts"
    # a plain denial still disputes it
    assert _type("the collapse was not caused by the flood", "the flood caused the collapse") == "contradicts"


def test_an_estimate_and_a_figure_near_it_are_one_figure():
    r = relate("about 600 passengers were evacuated from the liner", "640 passengers were evacuated from the liner")
    assert r is not None and r.type == "corroborates" and "estimate" in r.reason


def test_an_estimate_far_from_a_figure_still_disputes_it():
    assert _type("about 600 passengers were evacuated from the liner",
                 "140 passengers were evacuated from the liner") == "contradicts"


def test_an_estimate_somewhat_off_is_neither_one_figure_nor_two():
    r = relate("about 600 passengers were evacuated from the liner", "500 passengers were evacuated from the liner")
    assert r is None or (r.type != "contradicts" and not r.key.startswith("figure:"))


def test_a_day_that_dates_a_count_is_not_the_act_s_day():
    assert days("14 people have died in the floods as of 3 April") == []
    assert [v.value for v in days("the levee broke on 28 March")] == ["-03-28"]


def test_two_days_of_two_kinds_of_act_do_not_dispute_when():
    a = "14 people died in the floods along the Rell river on 3 April"
    b = "the levee on the Rell river was destroyed on 28 March"
    assert _type(a, b) != "contradicts"
    # one kind of act on two days still does
    assert _type("the levee on the Rell river burst on 28 March", "the levee on the Rell river burst on 2 April") == "contradicts"


def test_a_count_told_in_russian_or_ukrainian_agrees_with_the_english_one():
    r = relate("14 people were injured when the footbridge over the Lenna collapsed",
               "при обрушении пешеходного моста через Ленну пострадали 14 человек")
    assert r is not None and r.type == "corroborates" and r.key == "figure:wounded"
    r = relate("23 people died when the levee burst", "23 людини загинули, коли прорвало дамбу")
    assert r is not None and r.type == "corroborates" and r.key == "figure:killed"


def test_a_cyrillic_figure_does_not_dispute_and_a_year_is_no_count():
    assert _type("40 people died when the levee burst", "12 человек погибли при прорыве дамбы") != "contradicts"
    assert _type("14 people were injured when the bridge collapsed", "мост был построен в 1974 году") is None

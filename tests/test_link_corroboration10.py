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
    b = "the trawler Osk was seized by Tarvenian troops"
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
    assert r is None   # (neither a figure told twice, nor, through the frame both tell, one account)


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
    r = relate("nine passengers were hurt in the fire on the ferry Ilse on Lake Sorv",
               "при пожаре на пароме Ильзе на озере Сорв ранены 9 пассажиров")
    assert r is not None and r.type == "corroborates" and r.key == "figure:wounded"
    r = relate("31 people died when the dam at Kessel gave way", "31 людина загинула, коли зруйнувалася гребля в Кесселі")
    assert r is not None and r.type == "corroborates" and r.key == "figure:killed"


def test_a_cyrillic_figure_disputes_as_an_english_one_and_a_year_is_no_count():
    # session 14: with Russian/Ukrainian relation gold to measure it (benchmarks/data/cyrillic-dev), a figure read in
    # Russian or Ukrainian disputes another as an English one does (it only agreed before)
    assert _type("31 people died when the dam at Kessel gave way", "8 человек погибли при разрушении плотины в Кесселе") == "contradicts"
    assert _type("nine passengers were hurt in the fire on the ferry Ilse", "паром Ильза был спущен на воду в 1988 году") is None


# ------------------------------------------------------------------ mend after review (counter-cases)

def test_an_effect_word_inside_a_longer_noun_is_no_effect():
    assert causes("a tow truck was behind the fire engine when the blaze spread in Hollin") == []
    assert causes("the port authority was responsible for the flood barriers at Dunmere") == []
    assert _type("the port authority was responsible for the flood barriers at Dunmere",
                 "the flood at Dunmere was caused by a spring tide") != "contradicts"
    # the effect ending its phrase is still one
    assert [v.label for v in causes("a spring tide was behind the flood at Dunmere")] == ["a spring tide"]


def test_due_to_and_a_verb_is_a_schedule_not_a_cause():
    assert causes("the outage at the Vell substation is due to end on Sunday") == []
    assert causes("the report on the derailment at Osk was due to be published in March") == []
    assert _type("the outage at the Vell substation was due to end on Sunday",
                 "the outage at the Vell substation was caused by lightning") != "contradicts"
    assert [v.label for v in causes("the outage at the Vell substation was due to lightning")] == ["lightning"]


def test_the_takers_of_the_doers_are_not_rival_doers():
    b = "Corvish pirates hijacked the freighter Anselm"
    assert _type("Corvish pirates hijacked the freighter Anselm, and Tarvenian commandos captured the pirates two days later",
                 b) != "contradicts"
    assert _type("Tarvenian commandos seized the Corvish pirates who hijacked the freighter Anselm", b) != "contradicts"
    # passengers boarding a ferry did not do what pirates boarding it did
    assert _type("Tarvenian sailors boarded the ferry Ilse to sail home", "Corvish pirates boarded the ferry Ilse") != "contradicts"


def test_a_cyrillic_figure_binds_only_the_number_next_to_its_verb():
    from claimgraph.link.relations import cyrillic_figures
    # (4 is next to "погибли": the dead, read since session 14; 11 is the injured, never the dead)
    assert cyrillic_figures("при пожаре на пароме погибли 4 и пострадали 11 человек")[0] == {"killed": 4, "wounded": 11}
    assert _type("11 people were killed in the fire on the ferry Ilse",
                 "при пожаре на пароме Ильзе погибли 4 и пострадали 11 человек") != "corroborates"
    assert _type("11 people were killed in the fire on the ferry Ilse",
                 "під час пожежі на поромі Ільза загинули 3 і постраждали 11 осіб") != "corroborates"
    assert _type("250 people were evacuated from Dunmere",
                 "в Данмере эвакуированы 60 домов и 250 человек остались без воды") != "corroborates"


def test_an_estimate_marker_governs_only_its_own_number():
    r = relate("about 60 boats were sunk and 60 people died in the storm at Hollin",
               "66 people died in the storm at Hollin")
    assert r is None or r.type != "corroborates"


def test_an_estimate_somewhat_off_lets_no_frame_corroborate():
    assert _type("about 900 residents were evacuated from Dunmere", "740 residents were evacuated from Dunmere") != "corroborates"


def test_since_dates_the_act_that_began_a_state():
    assert days("the freighter Anselm has been held since 2 June") != []
    assert _type("the freighter Anselm has been held since 2 June", "the freighter Anselm was seized on 7 June") == "contradicts"


def test_only_in_another_clause_does_not_lift_a_denial():
    vals = causes("the blackout was not caused by lightning; it was entirely the result of sabotage")
    assert [(v.label, v.asserted) for v in vals] == [("lightning", False)]

"""Relations that must not fire on unseen events (issue 12, session 8): a toll that has risen since,
a count of one group against a count of anyone, two strikes with their own tolls, numbers of two
things; and the contradiction of one exact count of one thing at one moment. Sentences of our own."""

from __future__ import annotations

from datetime import date

from claimgraph.link.relations import claim_features, counted_numbers, numbers_apart, relate

FRI, MON = date(2026, 2, 6), date(2026, 2, 9)


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_a_count_that_has_risen_since_is_an_update_not_the_same_account():
    a = "Forty miners were killed when a shaft collapsed at the Ostrel coal mine on Friday"
    b = "The number of miners killed in the Ostrel mine collapse has risen to 143"
    assert _type(a, b) is None


def _on(a: str, day_a: date, b: str, day_b: date, same_origin: bool = False) -> str | None:
    r = relate(a, b, claim_features(a, ref=day_a), claim_features(b, ref=day_b), same_origin=same_origin)
    return r.type if r else None


EARLY = "Thirty-one people died when a bus fell into the Marn gorge on Friday"
CLIMBED = "the death toll from the Marn gorge bus crash had climbed to 36 after five more bodies were found"
LATER = "36 people died when a bus fell into the Marn gorge, rescuers said"


def test_a_toll_that_one_source_says_climbed_on_a_later_day_does_not_contradict_its_earlier_one():
    assert _on(EARLY, FRI, CLIMBED, MON, same_origin=True) != "contradicts"
    assert _on(CLIMBED, MON, EARLY, FRI, same_origin=True) != "contradicts"


def test_a_rival_side_s_climbed_toll_on_a_later_page_still_disputes():
    # (review of session 8: "has climbed to" is how a rival side words its own, higher toll)
    a = "Twelve civilians were killed in the shelling of Dorvik on Tuesday"
    b = "The death toll from the shelling of Dorvik on Tuesday has climbed to 58"
    assert _on(a, date(2026, 4, 2), b, date(2026, 4, 4)) == "contradicts"
    assert _on(b, date(2026, 4, 4), a, date(2026, 4, 2)) == "contradicts"


def test_an_update_of_another_count_leaves_the_toll_of_the_claim_a_rival_figure():
    # only the count "rose to" governs is an update: the injured, the river, the fuel price
    kell = "Seven people were killed in the explosion at the Kell market on Tuesday"
    risen = "The number of injured rose to 85, and twelve people were killed in the explosion at the Kell market on Tuesday"
    assert _on(kell, date(2026, 3, 10), risen, date(2026, 3, 11)) == "contradicts"
    a = "Fuel prices rose to 3 dollars a litre after the Orsk refinery fire, which killed 12 workers"
    b = "Five workers were killed in the fire at the Orsk refinery"
    assert _on(a, date(2026, 4, 8), b, date(2026, 4, 6)) == "contradicts"


def test_a_source_s_own_higher_count_days_later_is_an_update():
    assert _on(EARLY, FRI, LATER, MON, same_origin=True) != "contradicts"


def test_a_risen_toll_from_another_source_on_the_same_day_still_disputes():
    assert _on(EARLY, FRI, CLIMBED, FRI) == "contradicts"


def test_a_higher_count_from_another_source_days_later_still_disputes():
    assert _on(EARLY, FRI, LATER, MON) == "contradicts"


def test_two_tolls_of_one_crash_given_as_they_are_still_contradict():
    a = "Thirty-one people died when a bus fell into the Marn gorge on Monday"
    b = "36 people died when a bus fell into the Marn gorge on Monday"
    r = relate(a, b)
    assert r is not None and r.type == "contradicts" and "31" in r.reason and "36" in r.reason


def test_fewer_of_one_group_than_of_anyone_can_both_hold():
    a = "Shells struck the Tavel water works on Friday, killing three engineers"
    b = "Shells hit the Tavel water works on Friday, killing nine people"
    assert _type(a, b) != "contradicts"


def test_residents_or_villagers_are_the_people_of_the_place_not_a_group_of_them():
    a = "The strike on the apartment block in Tarvo on Sunday killed four residents"
    assert _type(a, "The strike on the apartment block in Tarvo on Sunday killed 11 people") == "contradicts"
    assert _type("Gunmen killed five villagers in a raid on Mesk on Saturday",
                 "Gunmen killed 23 people in a raid on Mesk on Saturday") == "contradicts"


def test_two_counts_of_one_group_still_contradict():
    a = "Shells struck the Tavel water works on Friday, killing three engineers"
    b = "Shells hit the Tavel water works on Friday, killing nine engineers"
    assert _type(a, b) == "contradicts"


def test_two_sites_struck_each_with_its_own_toll_are_two_strikes():
    a = "A drone hit a fuel depot in Varsk on Monday, killing two people"
    b = "A drone struck a school in Varsk on Monday, killing five people"
    assert relate(a, b, same_origin=True) is None   # one source telling two strikes
    c = "A drone struck a school in Morra at 18:00, killing five people"
    assert _type("A drone hit a fuel depot in Varsk at 09:00, killing two people", c) is None   # two times, two places


def test_a_depot_against_a_school_with_two_tolls_from_two_sides_is_the_disputed_strike():
    a = "Our missile hit a weapons depot in Hollin on Tuesday, killing two people"
    b = "The missile hit a school in Hollin on Tuesday, killing 17 people"
    assert _type(a, b) == "contradicts"


def test_a_depot_against_a_hospital_with_no_tolls_is_still_a_disputed_target():
    a = "its missiles hit an ammunition depot in Varsk, not a hospital"
    b = "missiles hit the hospital in Varsk on Monday"
    assert _type(a, b) == "contradicts"


def test_one_count_of_one_thing_at_one_moment_told_differently_contradicts():
    a = "The ferry Lirra was carrying 80 passengers when it capsized on Lake Tomm on Sunday"
    b = "the ferry Lirra had 120 passengers on board when it capsized on Sunday"
    r = relate(a, b)
    assert r is not None and r.type == "contradicts" and "80" in r.reason and "120" in r.reason


def test_counts_of_one_thing_with_different_fates_are_two_facts():
    a = "The storm flooded 300 homes in Berra on Saturday"
    b = "The storm in Berra left 4,000 homes without power on Saturday"
    assert _type(a, b) is None


def test_an_estimate_or_an_update_of_a_count_of_things_does_not_contradict():
    b = "the ferry Lirra had 120 passengers on board when it capsized on Sunday"
    assert _type("The ferry Lirra was carrying about 80 passengers when it capsized on Sunday", b) != "contradicts"
    assert _type("The number of passengers on board the ferry Lirra when it capsized has risen to 140", b) != "contradicts"


def test_one_origin_never_contradicts_itself_on_a_count():
    a = "The ferry Lirra was carrying 80 passengers when it capsized on Lake Tomm on Sunday"
    b = "the ferry Lirra had 120 passengers on board when it capsized on Sunday"
    assert relate(a, b, same_origin=True) is None


def test_counted_numbers_leave_out_days_years_and_times():
    assert {(v, w) for v, w, _said in counted_numbers("On 12 March 2026 at 10:30, 45 workers and forty guards were inside")} == {
        (45, "worker"), (40, "guard")}


def test_numbers_of_different_things_do_not_keep_one_account_apart():
    a = claim_features("the helicopter landed on a grass strip near Lorn with two men running toward its open door")
    b = claim_features("the helicopter landed on a grass strip near Lorn in visibility of more than ten kilometres")
    assert not numbers_apart(a, b)
    assert numbers_apart(claim_features("The storm flooded 300 homes in Berra"), claim_features("The storm flooded 4,000 homes in Berra"))
    # (two counts of homes for two things befalling them, review of session 8)
    assert not numbers_apart(claim_features("The storm flooded 300 homes in Berra"), claim_features("4,000 homes lost power in Berra"))


def test_counts_of_different_quantities_do_not_block_a_corroboration():
    a = "The ferry Osk sank near Port Bell on Sunday after hitting rocks, with 80 passengers on board"
    b = "The ferry Osk sank near Port Bell on Sunday after hitting rocks, and the number of people rescued rose to 45"
    assert _on(a, date(2026, 6, 7), b, date(2026, 6, 8)) == "corroborates"
    assert _type("The storm tore the roofs off 300 homes in Berra on Saturday",
                 "The storm tore the roofs off homes in Berra on Saturday and left 4,000 homes without power") == "corroborates"
    # (an update of the count the other gives still keeps them apart)
    assert numbers_apart(claim_features("Forty miners were killed when a shaft collapsed at the Ostrel mine"),
                         claim_features("The number of miners killed in the Ostrel mine collapse has risen to 143"))


def test_an_exact_count_does_not_contradict_a_running_total_an_increment_another_holder_or_fate():
    # counts that grow, told days apart
    assert _on("Rescuers have pulled 40 survivors from the rubble of the Grand hotel in Tarsk", date(2026, 9, 1),
               "Rescuers have pulled 95 survivors from the rubble of the Grand hotel in Tarsk", date(2026, 9, 4)) is None
    assert _on("Airlines cancelled 40 flights at Vell airport because of the strike by air traffic controllers", date(2026, 2, 2),
               "Airlines cancelled 120 flights at Vell airport because of the strike by air traffic controllers", date(2026, 2, 5)) is None
    # an increment
    assert _type("30 miners were brought to the surface at the Dell mine on Sunday",
                 "A further 25 miners were brought to the surface at the Dell mine on Sunday") != "contradicts"
    # two vessels
    assert _type("The trawler Hesta was carrying 12 crew members when it sank in the Vell strait on Sunday",
                 "The cargo ship Norra was carrying 19 crew members when it sank in the Vell strait on Sunday") is None
    # carried and rescued
    assert _type("The ferry Lirra was carrying 80 passengers when it capsized on Lake Tomm",
                 "120 passengers were rescued when it capsized on Lake Tomm, the ferry Lirra") is None

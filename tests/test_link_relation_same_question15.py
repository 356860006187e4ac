"""A contradiction needs the same question about the same happening (issue 12 item 2, session 15): the days of two
steps of one story, counts of two things (one ward's intake and the toll, children hurt and children moved, "one" as a
pronoun, a count whose next clause names another fate) and a denial of who did it against the act told without a
doer are no contradictions; the same act or count told with incompatible values still is. Sentences of our own."""

from __future__ import annotations

from datetime import date

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.figures import dated_act, figures

MON, WED = date(2026, 3, 16), date(2026, 3, 18)


def _on(a: str, day_a: date, b: str, day_b: date) -> str | None:
    r = relate(a, b, claim_features(a, ref=day_a), claim_features(b, ref=day_b))
    return r.type if r else None


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_the_verb_that_dates_a_day_is_read_also_after_an_opening_phrase_and_across_a_clock_time():
    assert dated_act("On 4 March, a tribunal in Ossel charged the pilot", "4 March") == frozenset({"verb:charg"})
    assert dated_act("the ferry was impounded on Sunday night", "on Sunday") == frozenset({"verb:impound"})
    assert dated_act("the alarm came at 21:15 on Sunday", "on Sunday") == frozenset({"verb:come"})
    assert dated_act("the depot was shelled on Sunday", "on Sunday") == frozenset({"strike on a thing"})
    assert dated_act("the depot on Sunday", "on Sunday") is None


def test_days_of_two_steps_of_one_story_do_not_contradict():
    a = "the customs launch Tarla was impounded on Saturday off the island of Vesk"
    b = "the crew of seven of the Tarla was released in the harbour of Vesk on Monday"
    assert _on(a, MON, b, WED) != "contradicts"
    c = "a court in Vesk fined the captain of the Tarla on 17 March"
    assert _on(a, MON, c, WED) != "contradicts"


def test_one_act_dated_on_two_days_still_contradicts():
    a = "the customs launch Tarla was impounded on 14 March off the island of Vesk"
    b = "the customs launch Tarla was impounded on 10 March off the island of Vesk"
    assert _on(a, MON, b, WED) == "contradicts"


def test_one_wards_intake_is_a_part_of_the_toll_not_a_rival_figure():
    a = "the mortuary in Kelso had received 9 bodies after the explosion at the Kelso grain silo"
    b = "17 people were killed in the explosion at the Kelso grain silo"
    assert _type(a, b) != "contradicts"
    # (the toll of the whole smaller than one ward's intake is still a dispute)
    c = "5 people were killed in the explosion at the Kelso grain silo"
    assert _type(a, c) == "contradicts"


def test_children_hurt_and_children_moved_are_two_counts():
    a = "Eight people were hurt in the strike on the Pirna boarding school, among them three children"
    b = "27 children from the Pirna boarding school would be moved to the capital by Sunday"
    assert _type(a, b) != "contradicts"


def test_children_moved_in_two_accounts_still_contradict():
    a = "27 children from the Pirna boarding school were taken to the capital on Sunday"
    b = "41 children from the Pirna boarding school were taken to the capital on Sunday"
    assert _type(a, b) == "contradicts"


def test_one_as_a_pronoun_is_no_count_and_a_count_ends_at_its_clause():
    assert "wounded" not in figures("then another one landed among the men helping the wounded")
    assert figures("the toll had climbed to six after an injured guard died") == {"killed": 6}
    assert figures("nine people were wounded in the blast") == {"wounded": 9}


def test_a_denial_that_the_speakers_own_side_did_it_does_not_deny_the_act():
    a = "their gunners had shot down the patrol helicopter that crashed near Ambra on Friday"
    b = "A patrol helicopter was shot down by a missile near Ambra on Friday, killing its crew of three"
    fa, fb = claim_features(a, stance="denies"), claim_features(b)
    r = relate(a, b, fa, fb)
    assert r is None or r.type != "contradicts"


def test_a_denial_that_the_act_happened_at_all_still_contradicts():
    a = "the patrol helicopter had been shot down near Ambra"
    b = "A patrol helicopter was shot down by a missile near Ambra on Friday"
    fa, fb = claim_features(a, stance="denies"), claim_features(b)
    r = relate(a, b, fa, fb)
    assert r is not None and r.type == "contradicts"


# --- mend (review of session 15): each wrong output the review found, in sentences of our own ---

def test_one_act_told_with_two_verbs_on_two_days_still_contradicts():
    # synonyms, phrasal and light verbs date one act: the days dispute
    pairs = [("The barge Lorna Vey sank on 9 March near Cape Ulden", "The barge Lorna Vey went down on 12 March near Cape Ulden"),
             ("Militia fighters seized the village of Parrow on 9 March", "Militia fighters captured the village of Parrow on 12 March"),
             ("The goods train came off the rails near Haskel on 9 March", "The goods train derailed near Haskel on 12 March"),
             ("The fire at the Bremmer mill happened on 9 March", "The Bremmer mill burned down on 12 March")]
    for a, b in pairs:
        assert _on(a, MON, b, WED) == "contradicts", (a, b)


def test_a_charge_or_a_release_is_a_step_after_the_act_not_a_rival_day():
    a = "Coast guards seized the trawler Odda Marn on 9 March off Kessel"
    assert _on(a, MON, "The crew of the Odda Marn was released on 12 March", WED) != "contradicts"
    assert _on(a, MON, "A court in Kessel charged the skipper of the Odda Marn on 12 March", WED) != "contradicts"


def test_two_intakes_of_one_ward_still_dispute_and_registered_deaths_are_a_toll():
    a = "The Varden county hospital admitted 40 wounded after the blast at the Ostry market"
    b = "The Varden county hospital admitted 65 wounded after the blast at the Ostry market"
    assert _type(a, b) == "contradicts"
    c = "The morgue in Ostry received 11 bodies after the blast at the Ostry market"
    d = "The morgue in Ostry received 19 bodies after the blast at the Ostry market"
    assert _type(c, d) == "contradicts"
    e = "The health office registered 12 deaths from the blast at the Ostry market"
    f = "Police said 30 people were killed in the blast at the Ostry market"
    assert _type(e, f) == "contradicts"


def test_two_counts_of_children_moved_dispute_even_where_one_claim_tells_harm_elsewhere():
    b = "45 children were evacuated from the Dunmore school to Kelp"
    for a in ("The strike on the Dunmore school killed two teachers, and 31 children were evacuated to Kelp",
              "31 children were evacuated from the Dunmore school after the strike killed two teachers"):
        assert _type(a, b) == "contradicts", a


def test_children_hurt_and_children_moved_are_neither_agreement_nor_dispute():
    a = "Eight people were hurt in the strike on the Pirna boarding school, among them three children"
    b = "27 children from the Pirna boarding school would be moved to the capital by Sunday"
    assert _type(a, b) not in ("contradicts", "corroborates")


def test_only_one_is_a_count():
    assert figures("Only one person was killed in the blast.") == {"killed": 1}
    a = "Only one person was killed in the blast at the Tamsin depot"
    b = "Five people were killed in the blast at the Tamsin depot"
    assert _type(a, b) == "contradicts"


def test_a_toll_that_rose_after_more_died_is_the_risen_figure():
    assert figures("The number of dead rose to seven after three more died in hospital.") == {"killed": 7}
    a = "The number of dead rose to seven after three more died in hospital after the blast at the Tamsin depot"
    b = "Police said seven people were killed in the blast at the Tamsin depot"
    assert _type(a, b) != "contradicts"


def test_a_denial_of_the_act_itself_or_of_harm_to_ones_own_side_still_contradicts():
    cases = [("they had not shelled the market in Orvel", "The army shelled the market in Orvel on Monday, killing six"),
             ("its guards had not tortured prisoners at the Dask camp", "Guards tortured prisoners at the Dask camp, former inmates said"),
             ("its soldiers were killed in the shelling of Orvel", "Five soldiers were killed in the shelling of Orvel on Monday"),
             ("its field hospital had been bombed by the air force", "The air force bombed the Orvel field hospital on Monday")]
    for a, b in cases:
        r = relate(a, b, claim_features(a, stance="denies"), claim_features(b))
        assert r is not None and r.type == "contradicts", (a, b, r)

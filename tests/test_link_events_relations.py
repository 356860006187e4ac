"""Events and claim relations on a real store, with documents written for the tests."""

from __future__ import annotations

from functools import partial

import linkdata
import pytest

from claimgraph.link.relations import claim_features, figures, relate
from claimgraph.store import links as db


add = partial(linkdata.add, published="2026-03-14")


STRIKE_1 = ("Missiles hit the regional hospital in Novyi Veles on Saturday. Mayor Ivan Horbach said "
            "12 people had been killed and 31 wounded in the hospital strike. Rescuers searched the surgical wing.")
STRIKE_2 = ("The death toll from the strike on the hospital in Novy Veles rose to 40. The Health Ministry of Kesmaria said "
            "40 people had been killed in the hospital strike. Doctors described the surgical wing in ruins.")
STRIKE_3 = ("Zhelgorod says the Novyi Veles strike hit a depot. The Defence Ministry of Dravania said "
            "its missiles hit an ammunition depot in Novyi Veles, not a hospital. The hospital strike claims are lies, it added.")
DEFECTION = ("A transport helicopter landed near Hlynsk after its pilot defected. Captain Timur Belousov said "
             "the flight was a planned operation from the first minute. The helicopter and pilot are now in Kesmaria.")
DEFECTION_2 = ("A channel close to the army said the helicopter strayed off course in fog near Glinsk. "
               "Northern Front Bulletin wrote that the helicopter had strayed off course in thick fog and landed by mistake.")


def build(store):
    d1 = add(store, STRIKE_1, [("Novyi Veles", "GPE", []), ("Ivan Horbach", "PERSON", [])],
             [("Ivan Horbach", "12 people had been killed and 31 wounded in the hospital strike", "indirect")],
             headline="Missile strike on Novyi Veles hospital", published="2026-03-14")
    d2 = add(store, DEFECTION, [("Hlynsk", "GPE", []), ("Timur Belousov", "PERSON", []), ("Kesmaria", "GPE", [])],
             [("Timur Belousov", "the flight was a planned operation from the first minute", "indirect")],
             headline="Pilot defects with helicopter near Hlynsk", published="2026-03-12")
    d3 = add(store, STRIKE_2, [("Novy Veles", "GPE", []), ("Health Ministry of Kesmaria", "ORG", [])],
             [("Health Ministry of Kesmaria", "40 people had been killed in the hospital strike", "indirect")],
             headline="Hospital strike toll in Novy Veles rises to 40", published="2026-03-15")
    return d1, d2, d3


def test_documents_group_into_events(store):
    d1, d2, d3 = build(store)
    assert db.event_of_document(store, d1) == db.event_of_document(store, d3)
    assert db.event_of_document(store, d1) != db.event_of_document(store, d2)
    ev = db.event(store, db.event_of_document(store, d1))
    assert ev["date_min"] == "2026-03-14" and ev["date_max"] == "2026-03-15"
    why = store.conn.execute("SELECT evidence FROM link_event_documents WHERE document_id = ?", (d3,)).fetchone()[0]
    assert "Veles" in why   # the shared place, whichever spelling


def test_events_grow_incrementally(store):
    d1, d2, d3 = build(store)
    strike, defection = db.event_of_document(store, d1), db.event_of_document(store, d2)
    d4 = add(store, DEFECTION_2, [("Glinsk", "GPE", []), ("Northern Front Bulletin", "ORG", [])],
             [("Northern Front Bulletin", "the helicopter had strayed off course in thick fog and landed by mistake", "indirect")],
             headline="Helicopter lost in fog near Glinsk", published="2026-03-11")
    assert db.event_of_document(store, d4) == defection
    assert db.event_of_document(store, d1) == strike   # the others kept their event


def test_casualty_figures_contradict_with_a_readable_reason(store):
    d1, _d2, d3 = build(store)
    rels = db.relations(store, type_="contradicts")
    a = store.claims(d1)[0]["id"]
    b = store.claims(d3)[0]["id"]
    found = [r for r in rels if {r["claim_a"], r["claim_b"]} == {a, b}]
    assert found, rels
    assert "12" in found[0]["reason"] and "40" in found[0]["reason"]
    assert found[0]["independent"] == 1


def test_mistaken_landing_contradicts_planned_operation(store):
    _d1, d2, _d3 = build(store)
    d4 = add(store, DEFECTION_2, [("Glinsk", "GPE", []), ("Northern Front Bulletin", "ORG", [])],
             [("Northern Front Bulletin", "the helicopter had strayed off course in thick fog and landed by mistake", "indirect")],
             headline="Helicopter lost in fog near Glinsk", published="2026-03-11")
    a, b = store.claims(d2)[0]["id"], store.claims(d4)[0]["id"]
    rels = [r for r in db.relations(store, [a]) if {r["claim_a"], r["claim_b"]} == {a, b}]
    assert rels and rels[0]["type"] == "contradicts"
    assert "mistaken landing" in rels[0]["reason"] and "planned operation" in rels[0]["reason"]


def test_two_outlets_repeating_one_ministry_are_one_source(store):
    text1 = "Overnight strike in Novyi Veles. The Defence Ministry of Dravania said its missiles hit an ammunition depot in Novyi Veles."
    text2 = ("Per the Defence Ministry of Dravania, the missiles hit an ammunition depot in Novyi Veles, a channel wrote. "
             "The channel added nothing else.")
    d1 = add(store, text1, [("Novyi Veles", "GPE", []), ("Defence Ministry of Dravania", "ORG", [])],
             [("Defence Ministry of Dravania", "its missiles hit an ammunition depot in Novyi Veles", "indirect")],
             headline="Strike on Novyi Veles depot")
    d2 = add(store, text2, [("Novyi Veles", "GPE", []), ("Defence Ministry of Dravania", "ORG", [])],
             [("Frontline Channel", "Per the Defence Ministry of Dravania, the missiles hit an ammunition depot in Novyi Veles", "according_to")],
             headline="Depot in Novyi Veles hit", outlet="Frontline Channel", published="2026-03-14")
    a, b = store.claims(d1)[0]["id"], store.claims(d2)[0]["id"]
    origins = {r["claim_id"]: r for r in store.conn.execute("SELECT * FROM link_claim_origins")}
    assert origins[a]["origin"] == origins[b]["origin"]            # both trace back to the ministry
    assert origins[b]["via"] == "cited by the outlet"
    rels = [r for r in db.relations(store, [a]) if {r["claim_a"], r["claim_b"]} == {a, b}]
    assert rels and rels[0]["type"] == "corroborates" and rels[0]["independent"] == 0


def test_forwarded_telegram_post_has_the_forwarded_origin(store):
    text = "Statement of the Ministry. The crew were executed on the ground after refusing to surrender."
    d = add(store, text, [("Ministry of Defence of the Dravanian Federation", "ORG", [])],
            [(None, "The crew were executed on the ground after refusing to surrender", "indirect")],
            outlet="Northern Front Bulletin", metadata={"forwarded_from": "Ministry of Defence of the Dravanian Federation"})
    row = store.conn.execute("SELECT * FROM link_claim_origins WHERE claim_id = ?", (store.claims(d)[0]["id"],)).fetchone()
    assert row["via"] == "forwarded from" and row["origin_name"] == "Ministry of Defence of the Dravanian Federation"


@pytest.mark.parametrize("text,slot,value", [
    ("12 people had been killed and 31 wounded", "killed", 12),
    ("12 people had been killed and 31 wounded", "wounded", 31),
    ("At least 40 people, including six children, were killed", "killed", 40),
    ("Up to 60 militants eliminated", "combatants killed", 60),
    ("Forty-six children from an orphanage have been evacuated", "children", 46),
    ("the death toll rose to 40", "killed", 40),
    # the verb first, or the count far before what it counts
    ("the barrage killed up to 30 soldiers near the bridge", "combatants killed", 30),
    ("the shelling killed at least nine people", "killed", 9),
    ("Up to 25 enemy fighters and their foreign instructors were eliminated", "combatants killed", 25),
])
def test_figures_know_what_they_count(text, slot, value):
    assert figures(text).get(slot) == value


def test_rules_over_the_claim_text():
    r = relate("Nobody deported anybody.", "the 58 children were deported across the line")
    assert r is not None and r.type == "contradicts"
    r = relate("the helicopter settling onto a grass strip in clear morning light", "the helicopter came down in thick fog")
    assert r is not None and r.type == "contradicts" and "fog" in r.reason
    # a denial reported by its cue ("denied that ...") flips the claim
    fa, fb = claim_features("any children were deported", "denies"), claim_features("children were deported to the camp")
    assert relate("any children were deported", "children were deported to the camp", fa, fb).type == "contradicts"
    assert relate("the weather was pleasant", "the minister resigned") is None


def test_the_seed_contradiction():
    """seed-c11 ("the landing was a mistake") contradicts seed-c2 ("a coordinated operation")."""
    a = "Kuzminov’s landing in Ukraine was a mistake"
    b = ("he successfully flew a Russian Mi-8 helicopter across the front line in Kharkiv in a coordinated operation "
         "with Ukrainian military intelligence (GUR)")
    r = relate(a, b)
    assert r is not None and r.type == "contradicts"
    assert "mistaken landing" in r.reason and "planned operation" in r.reason


# ------------------------------------------------------------------ what a claim itself asserts
def test_a_frame_word_in_someone_elses_statement_is_not_asserted():
    # reported ("a report on the ..."), scare-quoted, or "yet to comment on": not the claim's own side
    assert "transfer" not in claim_features("the monitors will publish a report on the deportation of pupils").sides
    assert "target" not in claim_features("foreign media claimed a ‘clinic’ had been hit").sides
    assert "course" not in claim_features("the air force has yet to comment on the defection itself").sides
    assert relate("the monitors will publish a report on the deportation of pupils from Brask",
                  "the pupils from Brask were evacuated from the front") is None
    # a quotation that merely opens before the word still counts ("“my decision from the start”")
    assert claim_features("the flight was “my decision from the start.”").sides["course"][0] == 1


def test_a_disputed_statement_counts_for_the_other_side_with_a_readable_reason():
    a = "the photographs do not support the army's statement that the target was an ammunition depot in Brask"
    b = "the army struck an ammunition depot in Brask overnight"
    r = relate(a, b)
    assert r is not None and r.type == "contradicts"
    assert "not a military target" in r.reason and "a military target (“ammunition depot”)" in r.reason


def test_an_alternative_set_aside_is_negated():
    f = claim_features("the fragments match a cruise missile rather than any interceptor")
    assert f.sides["air_defence"][0] == 1
    r = relate("the fragments found at the Brask clinic match a cruise missile rather than any interceptor",
               "the Brask clinic was hit by the debris of an air-defence missile")
    assert r is not None and r.type == "contradicts" and "not an air-defence missile" in r.reason


def test_one_origin_does_not_contradict_itself_by_a_frame():
    a = "our rockets destroyed an ammunition depot on the edge of Brask"
    b = "the Brask hospital on the edge of town was damaged by falling debris"
    assert relate(a, b) is not None and relate(a, b).type == "contradicts"
    assert relate(a, b, same_origin=True) is None


def test_a_site_frame_needs_the_same_site():
    # a depot in one town and a school in another are two different things, not a contradiction
    assert relate("rockets hit an ammunition depot near Kelm railway station",
                  "a school in Dorvan was shelled on Tuesday") is None
    r = relate("rockets hit an ammunition depot near Kelm railway station",
               "rockets hit a school near Kelm railway station")
    assert r is not None and r.type == "contradicts"


def test_a_blanket_denial_needs_no_shared_words():
    r = relate("Nobody abducted anybody.", "forty pupils were abducted from Brask by bus")
    assert r is not None and r.type == "contradicts"


# ------------------------------------------------------------------------------ figures and scope
def test_a_group_size_is_not_a_count():
    assert "killed" not in figures("one of the two other crew members had been killed in a firefight")
    assert relate("one of the two other crew members had been killed in a firefight",
                  "12 people were killed in Brask") is None or \
        relate("one of the two other crew members had been killed in a firefight", "12 people were killed in Brask").type != "contradicts"


def test_a_range_agrees_with_a_figure_inside_it():
    r = relate("officials gave tolls ranging from 9 to 30 dead", "At least 30 people were killed in Brask")
    assert r is not None and r.type == "corroborates" and "within the range 9–30" in r.reason
    r = relate("officials gave tolls ranging from 9 to 30 dead", "At least 55 people were killed in Brask")
    assert r is not None and r.type == "contradicts" and "outside the range" in r.reason


def test_figures_of_different_slots_do_not_contradict():
    # killed vs wounded: two counts of different things
    r = relate("14 people were killed in Brask", "52 people were wounded in Brask")
    assert r is None or r.type != "contradicts"


# ------------------------------------------------------------------------------ frames vocabulary
def test_lost_bearings_contradicts_a_deliberate_flight():
    r = relate("the transport plane lost its bearings in the storm over Kelm",
               "the pilot flew the transport plane deliberately to Kelm")
    assert r is not None and r.type == "contradicts" and "mistaken landing" in r.reason


def test_secondary_detonations_contradict_a_single_explosion():
    r = relate("secondary detonations shook the Kelm yard for an hour", "residents' video shows one large explosion at the Kelm yard")
    assert r is not None and r.type == "contradicts" and "secondary detonations" in r.reason
    # and a hospital is not the opposite of secondary detonations
    assert relate("secondary detonations shook the Kelm yard for an hour", "the Kelm yard hospital was hit") is None


def test_the_same_ministry_naming_a_depot_and_a_hospital_is_not_contested(store):
    text = ("Overnight strike on Brask. The Defence Ministry of Dravania said its missiles hit an ammunition depot in Brask. "
            "The Defence Ministry of Dravania also said the Brask hospital in the same district was damaged by falling debris.")
    d = add(store, text, [("Brask", "GPE", []), ("Defence Ministry of Dravania", "ORG", [])],
            [("Defence Ministry of Dravania", "its missiles hit an ammunition depot in Brask", "indirect"),
             ("Defence Ministry of Dravania", "the Brask hospital in the same district was damaged by falling debris", "indirect")],
            headline="Strike on Brask")
    ids = [c["id"] for c in store.claims(d)]
    assert not [r for r in db.relations(store, ids, "contradicts")]


def test_an_article_that_sets_two_claims_against_each_other_keeps_that_pair(store):
    first = ("A cargo helicopter came down near Tervola. Channel One said the crew got lost in fog near Tervola. "
             "Channel Two said the crew flew into fog near Tervola and landed there. Channel Three said fog over Tervola "
             "forced the helicopter down.")
    add(store, first, [("Tervola", "GPE", []), ("Channel One", "ORG", []), ("Channel Two", "ORG", []), ("Channel Three", "ORG", [])],
        [("Channel One", "the crew got lost in fog near Tervola", "indirect"),
         ("Channel Two", "the crew flew into fog near Tervola and landed there", "indirect"),
         ("Channel Three", "fog over Tervola forced the helicopter down", "indirect")],
        headline="Cargo helicopter down near Tervola in fog", published="2026-05-02")
    second = ("The cargo helicopter that came down near Tervola. The air ministry said the crew had become disoriented in fog. "
              "The Tervola weather station recorded visibility of more than ten kilometres at the time.")
    d2 = add(store, second, [("Tervola", "GPE", []), ("air ministry", "ORG", []), ("Tervola weather station", "ORG", [])],
             [("air ministry", "the crew had become disoriented in fog", "indirect"),
              ("Tervola weather station", "visibility of more than ten kilometres at the time", "indirect")],
             headline="Weather at Tervola was clear when the cargo helicopter came down", published="2026-05-03")
    ministry, station = (c["id"] for c in store.claims(d2))
    rels = [r for r in db.relations(store, [station], "contradicts")]
    assert any({r["claim_a"], r["claim_b"]} == {ministry, station} for r in rels), rels
    from claimgraph.link.relations import PER_CLAIM

    assert len(rels) <= PER_CLAIM["contradicts"]   # each claim keeps only its best contradictions


def test_fleeing_is_not_a_fight():
    # "ran toward the tree line" says the men fled, not how they died: no "executed vs fight" contradiction
    assert "fate" not in claim_features("the two gunners ran toward the tree line near Kelm after landing").sides
    r = relate("the two gunners ran toward the tree line near Kelm after landing",
               "the two gunners were executed near Kelm after landing")
    assert r is None or r.type != "contradicts"


def test_time_words_do_not_make_two_claims_one_account():
    # sharing a place name and "since" is not the same account
    assert relate("The shelling was the heaviest on Brask Veles since the war began",
                  "the battalion has not been stationed in Brask Veles since spring") is None


# ------------------------------------------------------------------ accounts: sides, tolls, blame
def test_the_same_side_of_a_contested_point_corroborates_in_other_words():
    r = relate("the transport plane lost its bearings in low cloud and came down by accident",
               "the crew strayed off course and landed near Kelm by mistake")
    assert r is not None and r.type == "corroborates" and r.key == "frame:course"
    # but not when they also differ on another point (here the weather)
    assert relate("the plane strayed off course in thick fog", "the plane strayed off course in clear morning light").type == "contradicts"


def test_a_site_frame_corroborates_only_about_the_same_site():
    assert relate("rockets hit a school near Kelm railway station", "a hospital in Dorvan was damaged") is None
    r = relate("rockets hit a school near Kelm railway station on Monday",
               "the school near Kelm railway station was hit by rockets")
    assert r is not None and r.type == "corroborates"


def test_a_toll_against_a_count_of_combatants_is_two_accounts_of_who_died():
    r = relate("nine people died in the shelling of Kelm", "the strike on Kelm eliminated 25 militants")
    assert r is not None and r.type == "contradicts" and "9 killed vs 25 combatants killed" in r.reason
    r = relate("tolls ranging from 9 to 14 dead", "the strike eliminated up to 25 militants")
    assert r is not None and r.type == "contradicts" and "9–14" in r.reason
    # the same count of the same thing agrees, even in other words
    r = relate("9 people were killed", "the shelling of the market killed nine")
    assert r is not None and r.type == "corroborates"


def test_the_defenders_own_air_defence_against_the_attack_itself():
    own = "the school was damaged by debris from the town's own air defence missiles"
    attack = "three missiles struck the school in the morning"
    r = relate(own, attack)
    assert r is not None and r.type == "contradicts" and r.key == "frame:air_defence"
    # an attacker's missiles hitting what it calls a military site is not a side in that dispute
    assert "air_defence" not in claim_features("our missiles hit an ammunition dump near the river").sides


def test_a_so_called_quoted_phrase_is_not_the_claims_own_side():
    f = claim_features('The so-called footage of a "planned operation" was staged.')
    assert "course" not in f.sides and f.sides["footage"][0] == 0
    # a longer direct quote is still the speaker's own words
    assert claim_features("the crossing was “a planned operation from start to finish.”").sides["course"][0] == 1


def test_fate_words_alive_and_shot_after_landing():
    r = relate("one of the two crew was alive, fed and in custody", "both crewmen were shot after landing")
    assert r is not None and r.type == "contradicts" and r.key == "frame:fate"


def test_claims_of_one_origin_in_one_document_may_corroborate(store):
    # (on a point the story disputes: the pilot's wife says the flight was planned; one article telling
    # an undisputed framing twice is its story, not a fact told twice — tests/test_article_pair_battery.py)
    text = ("A helicopter came down near Kelm on Monday. The ministry said the helicopter strayed off course in fog. "
            "The ministry added that the crew lost their bearings and landed by mistake. "
            "The pilot's wife, Ilona Varga, said he had planned the defection for months.")
    doc = add(store, text, [("Kelm", "GPE", []), ("the ministry", "ORG", ["The ministry"]), ("Ilona Varga", "PERSON", [])],
              [("the ministry", "the helicopter strayed off course in fog", "indirect"),
               ("the ministry", "the crew lost their bearings and landed by mistake", "indirect"),
               ("Ilona Varga", "he had planned the defection for months", "indirect")])
    rels = [r for r in db.relations(store) if r["type"] == "corroborates"]
    assert len(rels) == 1
    assert not rels[0]["independent"]   # one origin: not two sources
    assert db.event_of_document(store, doc) is not None


def test_two_sites_named_as_what_the_strike_hit_are_about_its_target():
    r = relate("two missiles struck the Kelm district school at dawn",
               "our rockets hit an ammunition depot of the 9th brigade overnight")
    assert r is not None and r.type == "contradicts" and r.key == "frame:target"
    # only one of them says what a strike hit: no shared thing, no contradiction
    assert relate("a school in Dorvan was shelled on Tuesday",
                  "our rockets hit an ammunition depot of the 9th brigade overnight") is None


def test_a_toll_written_around_its_subject():
    assert figures("The death toll from the strike on the market in Kelm has risen to 17")["killed"] == 17
    assert "killed" not in figures("the toll from the strike at 04:10 was not known")


def test_the_depot_named_again_is_the_military_site():
    assert claim_features("the depot had been watched by drones for weeks").sides["target"][0] == 0
    assert "target" not in claim_features("a bus depot timetable was published").sides


# ------------------------------------------------------------------ found in review
def test_agreeing_on_a_count_or_a_time_does_not_hide_a_disagreement():
    r = relate("At 02:50 two missiles struck the Kelm Regional Hospital", "At 02:50 our missiles hit an ammunition depot in Kelm")
    assert r is not None and r.type == "contradicts" and r.key == "frame:target"
    r = relate("12 people were killed when two missiles struck the Kelm Regional Hospital",
               "12 people were killed when our missiles hit an ammunition depot in Kelm")
    assert r is not None and r.type == "contradicts"


def test_clock_times_only_where_the_words_say_so():
    from claimgraph.link.relations import clock_times

    assert clock_times("a map at a scale of 1:50") == []
    assert clock_times("two tremors at 02:47 and 02:49 local time") == [167, 169]
    # two times of two different things are no disagreement
    assert relate("The curfew begins at 22:00 every night", "The missile hit the dam at 02:50") is None
    r = relate("the sluice gates of the dam gave way at 02:50", "rockets struck the dam at 04:10")
    assert r is not None and r.type == "contradicts" and "02:50 vs 04:10" in r.reason


def test_taken_somewhere_is_a_transfer_taken_months_is_not():
    assert claim_features("the children were taken over the border").sides["transfer"][0] == 1
    assert claim_features("the children were taken two days ago to Brask").sides["transfer"][0] == 1
    assert "transfer" not in claim_features("the plan had taken five months to prepare").sides


def test_numbers_that_are_not_counts():
    assert figures("toll of 45% of the houses") == {}
    assert figures("the toll reached 12,5 on the index") == {}
    assert figures("killed 99999999999999999999 fighters") == {}
    assert figures("7" * 5000 + " people were killed") == {}   # no int() of 5,000 digits


def test_a_site_named_by_what_it_was_is_about_the_strikes_target():
    r = relate("This was a school with a red cross on its roof", "our rockets hit an ammunition depot of the 9th brigade")
    assert r is not None and r.type == "contradicts" and r.key == "frame:target"
    assert relate("A school stood in the square", "our rockets hit an ammunition depot of the 9th brigade") is None


@pytest.mark.parametrize("kind", ["no_comment", "unattributed"])
def test_claims_that_assert_nothing_are_never_related(store, kind):
    """A silence, or a hedge nobody named stands behind, neither corroborates nor contradicts."""
    text = ("A helicopter came down near Kelm on Monday. The ministry said the helicopter strayed off course in fog. "
            "The helicopter is believed to have strayed off course in fog.")
    add(store, text, [("Kelm", "GPE", []), ("the ministry", "ORG", ["The ministry"])],
        [("the ministry", "the helicopter strayed off course in fog", "indirect"),
         (None, "The helicopter is believed to have strayed off course in fog", kind)])
    assert db.relations(store) == []
    # the same two as sourced claims do corroborate: the kind, not the words, kept them apart
    add(store, text.replace("Kelm", "Orel"), [("Orel", "GPE", []), ("the ministry", "ORG", ["The ministry"])],
        [("the ministry", "the helicopter strayed off course in fog", "indirect"),
         ("the army", "The helicopter is believed to have strayed off course in fog", "indirect")])
    assert db.relations(store) != []

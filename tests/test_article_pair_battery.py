"""A representative subset of the article-pair battery (benchmarks/data/article-pair-battery.jsonl:
pairs of short pages we wrote — headline, date line, dateline, a few sentences), each run through the
real pipeline — article extraction, the English extractor, then linking in a real SQLite store —
and the relations between the two pages compared with the points and corroborations the pair
expects. The whole battery: ``benchmarks/article_pair_battery.py``. Also the constructions the
battery exposed, on sentences of our own. The pairs whose points the linker still misses (where-03,
who-01, who-04, nature-02) are left out of the subset on purpose: the benchmark reports them."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import article_pair_battery as AB  # noqa: E402

from claimgraph.link import slots as S  # noqa: E402
from claimgraph.link.relations import figures, relate  # noqa: E402
from claimgraph.store import Store  # noqa: E402

#: Pairs whose every contested point is found, and with no contradiction outside them.
POINTS = [
    "where-01",     # a city against a distant region, values in the sentence after the act
    "when-01",      # "on Tuesday" against the page's date vs "on 2 March"
    "when-03",      # one arrest dated a month apart
    "count-01",     # the count in the sentence after the act
    "count-05",     # a figure restated from another ("the ministry's toll of 40") is not the claim's own
    "count-06",     # "more than 60" against "about 30" homes flooded
    "who-02",       # who shelled the market
    "identity-02",  # "the building was a children's hospital" vs "… a barracks"
    "nature-01",    # a planned defection against lost bearings
]
#: Pairs that must keep no contradiction at all: compatible values, the same fact in two word
#: orders, two happenings of one town, unsourced narration.
NO_CONTRADICTION = ["where-02", "when-02", "when-04", "count-02", "count-03", "who-03", "identity-03", "corr-02", "none-01", "none-02",
                    "none-03", "none-04"]
#: Pairs expecting no relation of any kind.
NOTHING = ["none-01", "none-02", "none-03", "none-04"]
#: Pairs whose every corroborated quote is recalled, with no wrong corroboration (the eighth pass's
#: causes: a count in another construction, a denial in two forms, a possessive or armed doer, two spellings).
CORROBORATED = ["corr-01", "corr-02", "corr-03", "corr-04", "corr-05", "corr-06", "corr-07", "corr-08", "corr-10", "corr-11"]


@pytest.fixture(scope="module")
def battery():
    pairs = {p["id"]: p for p in AB.load_battery()}
    chosen = [pairs[i] for i in dict.fromkeys(POINTS + NO_CONTRADICTION + CORROBORATED + ["corr-09"])]
    return {p["id"]: p for p in chosen}, AB.analyse_texts([p[s]["text"] for p in chosen for s in ("a", "b")])


def _scored(battery, tmp_path, pair_id):
    pairs, analysed = battery
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        res = AB.run_pair(store, pairs[pair_id], analysed)
    return res, AB.score_pair(pairs[pair_id], res)


@pytest.mark.parametrize("pair_id", POINTS)
def test_contested_points_found_and_contradictions_right(battery, tmp_path, pair_id):
    res, sc = _scored(battery, tmp_path, pair_id)
    assert not res["unmatched"], "every quote has an extracted claim"
    assert all(found for _p, found in sc["points"]), sc["points"]
    assert all(right for right, _r in sc["contra"]), [r["reason"] for _ok, r in sc["contra"]]


@pytest.mark.parametrize("pair_id", CORROBORATED)
def test_one_fact_told_in_other_words_corroborates(battery, tmp_path, pair_id):
    res, sc = _scored(battery, tmp_path, pair_id)
    assert not res["unmatched"], "every quote has an extracted claim"
    assert all(hit for _kind, _rid, hit in sc["corroborated"]), sc["corroborated"]
    assert all(right for right, _r in sc["corr"]) and not sc["contra"], [r["reason"] for _ok, r in sc["corr"] + sc["contra"]]


def test_a_presence_said_and_unsaid_in_the_two_forms_contradicts(battery, tmp_path):
    res, sc = _scored(battery, tmp_path, "corr-09")
    assert all(found for _p, found in sc["points"]) and all(right for right, _r in sc["contra"]), sc


@pytest.mark.parametrize("pair_id", NO_CONTRADICTION)
def test_no_contradiction_between_values_that_can_both_hold(battery, tmp_path, pair_id):
    res, sc = _scored(battery, tmp_path, pair_id)
    assert not sc["contra"], [r["reason"] for _ok, r in sc["contra"]]
    if pair_id in NOTHING:
        assert not sc["corr"], [r["reason"] for _ok, r in sc["corr"]]
    else:
        assert all(right for right, _r in sc["corr"]), [r["reason"] for _ok, r in sc["corr"]]


def test_battery_covers_every_point_kind_and_no_relation_pairs():
    pairs = AB.load_battery()
    assert len(pairs) >= 25
    assert set(AB.KINDS) - {"act"} <= {p["kind"] for pair in pairs for p in pair["points"]}
    assert any(pair["kind"] == "none" for pair in pairs) and any(pair.get("compatible") for pair in pairs)
    for pair in pairs:   # every quote is in its page
        for ref in [r for p in pair["points"] for r in p["sides"]] + [r for c in pair["corroborations"] for r in c["claims"]]:
            assert ref["quote"] in pair[ref["doc"]]["text"], (pair["id"], ref)


@pytest.mark.parametrize("text, slot, lo, hi", [
    ("more than 60 homes were flooded", "count:homes flooded", 61, None),
    ("about 30 homes were flooded", "count:homes flooded", 22, 38),
    ("at least 15 cars were burned", "count:cars burned", 15, None),
    ("up to 8 shops were looted", "count:shops looted", 0, 8),
    ("dozens of buses were destroyed", "count:buses destroyed", 24, 99),
    ("nine trams were burned", "count:trams burned", 9, 9),
])
def test_how_many_of_any_thing_an_act_befell_with_its_qualifier(text, slot, lo, hi):
    (v,) = [v for v in S.counts(text) if v.slot == slot]
    got_lo, got_hi = map(int, v.value.split("-"))
    assert got_lo == lo and (hi is None and got_hi >= 10 ** 6 or got_hi == hi)


@pytest.mark.parametrize("a, b, same", [
    ("more than 60 homes were flooded", "about 30 homes were flooded", False),
    ("at least 50 homes were flooded", "about 60 homes were flooded", True),
    ("up to 10 shops were looted", "12 shops were looted", False),
])
def test_qualified_counts_compared_as_ranges(a, b, same):
    (va,), (vb,) = S.counts(a), S.counts(b)
    assert S.same_value(va, vb) is same


def test_a_day_told_relative_to_the_pages_date():
    thursday = date(2026, 3, 12)
    (v,) = S.days("the bridge collapsed after an explosion on Tuesday", ref=thursday)
    assert v.value == "2026-03-10" and v.asserted
    (v,) = S.days("the depot burned down yesterday", ref=thursday)
    assert v.value == "2026-03-11"
    (tuesday,), (tenth,), (second,) = (S.days("the bridge collapsed on Tuesday", ref=thursday),
                                       S.days("the bridge collapsed on 10 March"), S.days("the bridge collapsed on 2 March"))
    assert S.same_value(tuesday, tenth) is True and S.same_value(tuesday, second) is False
    assert S.days("the bridge collapsed on Tuesday") == []                        # no page date: no day
    assert S.days("the bridge collapsed last week", ref=thursday) == []           # a span, not a day
    # a denial's day is the day of the act it denies: it disputes whether, not when
    assert S.days("the army did not conduct any strikes on the town on Sunday", ref=thursday) == []


def test_tolls_and_years_are_not_counts_of_a_thing():
    assert not S.counts("12 passengers were killed")   # a toll: the casualty figures read it
    assert not S.counts("the 2024 elections were postponed")


def test_a_toll_restated_as_anothers_is_not_the_claims_own():
    assert figures("the doctors disputed the ministry's toll of 40 dead") == {}
    assert figures("they questioned the council's death toll of 9") == {}
    assert figures("the death toll rose to 12") == {"killed": 12}
    # a place's own toll is the claim's figure
    assert figures("Kyiv's death toll rose to 9") == {"killed": 9}
    assert figures("the region's toll rose to 12") == {"killed": 12}


def test_both_negated_in_two_word_orders_is_no_contradiction():
    r = relate("the bridge could no longer carry heavy vehicles", "heavy vehicles could no longer cross the bridge")
    assert r is None or r.type != "contradicts"
    r = relate("the ferry could no longer reach the island", "the island could no longer be reached by the ferry")
    assert r is None or r.type != "contradicts"
    # one side asserted, the other denied, still is
    r = relate("the guards did not open fire on the crowd", "the guards opened fire on the crowd")
    assert r is not None and r.type == "contradicts"


@pytest.mark.parametrize("a, b, kind", [
    ("the building was a children's hospital", "the building was a barracks used by foreign mercenaries", "contradicts"),
    ("the site was a maternity hospital", "the site was an army ammunition depot", "contradicts"),
])
def test_what_the_building_was_with_words_before_the_sites_own(a, b, kind):
    r = relate(a, b)
    assert r is not None and r.type == kind, r


def test_the_contested_view_tells_a_weekday_point_with_its_sides(battery, tmp_path):
    from claimgraph.link.contested import contested_points

    pairs, analysed = battery
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        AB.run_pair(store, pairs["when-01"], analysed)
        points = [p for g in contested_points(store) for p in g["points"]]
    (day,) = [p for p in points if p["key"].startswith("slot:day")]
    assert {s["value"] for s in day["sides"]} == {"on Tuesday", "on 2 March"}, day


def test_each_denying_the_others_act_still_contradicts():
    assert relate("the army did not shell the school but shelled the hospital",
                  "the army shelled the school but did not shell the hospital")
    assert relate("the guards did not open fire; they detained the protesters",
                  "the guards opened fire and did not detain the protesters")


def test_what_the_place_was_only_for_the_site_itself():
    assert relate("It was the nearest hospital, a nurse said", "the site was an army ammunition depot") is None
    assert relate("the building was a former hospital", "the building was a barracks") is None


def test_a_contracted_denials_day_is_not_disputed_and_as_many_as_is_a_bound():
    assert S.days("the army didn't strike the town on Sunday", ref=date(2026, 3, 10)) == []
    assert S.same_value(S.counts("as many as 40 homes were flooded")[0], S.counts("35 homes were flooded")[0])


def test_counts_after_a_verb_of_wounding_and_with_close_to():
    assert figures("the blast killed 4 workers and injured more than 30") == {"killed": 4, "wounded": 30}
    assert figures("the shelling wounded 12 people") == {"wounded": 12}
    assert figures("the shelling wounded 12-year-old Ivo") == {}   # an age, not a count
    assert figures("officials fear the flood killed closer to 180 villagers") == {"killed": 180}
    r = relate("more than 20 people were killed and over 90 wounded", "the strike killed 35 people and injured more than 90")
    assert r is not None and r.type == "corroborates" and "wounded" in r.reason
    r = relate("Close to 200 people died in the fire at the Orlin mill", "the fire at the Orlin mill killed closer to 200 people")
    assert r is not None and r.type == "corroborates"


def test_did_not_have_any_is_had_no():
    r = relate("the Dravanian army did not have any units in Hresk that week", "the Dravanian army had no units in Hresk that week")
    assert r is not None and r.type == "corroborates"
    r = relate("the Dravanian army had units in Hresk that week", "the Dravanian army didn't have any units in Hresk that week")
    assert r is not None and r.type == "contradicts"


@pytest.mark.parametrize("a, b", [
    ("the Kesmarian navy's shelling of the harbour killed two sailors", "Kesmarian forces shelled the harbour"),
    ("the raid was carried out by Kesmarian troops with cruise missiles", "Kesmarian forces struck the depot"),
])
def test_the_doer_as_a_possessive_or_with_its_weapon(a, b):
    (va,) = [v for v in S.agents(a) if v.slot == "agent"]
    assert va.value == S.agents(b)[0].value and va.asserted
    r = relate(a, b)
    assert r is not None and r.type == "corroborates"


def test_an_air_defence_missile_still_names_no_doer():
    assert S.agents("the station was hit by a Kesmarian air-defence missile") == []


def test_one_word_in_two_spellings_and_with_or_without_a_hyphen():
    from claimgraph.link.relations import claim_features

    for a, b in [("the theatre's defence was organised by the harbour guard", "the theater's defense was organized by the harbor guard"),
                 ("a Grad-M rocket", "a Grad M rocket")]:
        assert claim_features(a).words == claim_features(b).words, (a, b)
    r = relate("a missile hit the Lisk opera theatre where families were sheltering",
               "a missile hit the Lisk opera theater where families were sheltering")
    assert r is not None and r.type == "corroborates"
    r = relate("Grad-M rockets had been used on the market", "the market was hit with a Grad M rocket carrying cluster bomblets")
    assert r is not None and r.type == "corroborates"


def test_who_did_it_who_is_to_blame_and_who_was_not_there_are_three_facts():
    did = "the sabotage was carried out by the Dravanian side"
    blame = "full responsibility rests with the Dravanian government"
    away = "the Dravanian army had no units in the area"
    assert relate(did, blame) is None
    assert relate(blame, "the Dravanian government must bear the responsibility for what happened").type == "corroborates"
    assert relate("the Dravanian army did not carry out the strike", away) is None
    # claiming responsibility is the doer's own word that it did it
    r = relate("the Kesmarian Liberation Front claimed responsibility for the attack", "Kesmarian militants carried out the attack")
    assert r is not None and r.type == "corroborates"
    # the absence still contradicts the side's act
    r = relate("Dravanian troops carried out the strike", away)
    assert r is not None and r.type == "contradicts"


def _linked_relations(tmp_path, pages: list[tuple[str, str]]) -> list[dict]:
    """Pages (outlet, text) through the real pipeline into one store, linked in order; every relation kept."""
    from claimgraph.link import link_document
    from claimgraph.link.plain import add_document
    from claimgraph.store import links as db

    analysed = AB.analyse_texts([text for _outlet, text in pages])
    with Store(tmp_path / "claimgraph.sqlite3") as store:
        ids = []
        for outlet, text in pages:
            x = analysed[text]
            art = x["article"]
            ids.append(add_document(store, art["body"], entities=x["entities"], claims=x["claims"], headline=art.get("headline"),
                                    outlet=outlet, published=art.get("published")))
        for i in ids:
            link_document(store, i)
        contents = {c["id"]: c["content"] for i in ids for c in db.document_claims(store, i)}
        return [{**r, "a": contents[r["claim_a"]], "b": contents[r["claim_b"]]} for r in db.relations(store)]


_TOLD_TWICE = ("Northern Ledger", "Missiles hit Halden terminal\n4 March 2026\nThe Varta grain terminal in Halden was hit by a "
               "missile on Monday, the regional governor, Ivan Koval, said. The port authority said that missiles had been "
               "fired at the terminal from the sea.")


def test_one_article_framing_its_strike_twice_is_no_corroboration(tmp_path):
    rels = _linked_relations(tmp_path, [_TOLD_TWICE])
    assert not [r for r in rels if r["type"] == "corroborates" and r["reason"].startswith("both describe")], rels


def test_the_same_framing_corroborates_once_an_account_disputes_it(tmp_path):
    other = ("Harbour Wire", "Army blames blast inside Halden terminal\n4 March 2026\nThe Kesmarian army said the Varta grain "
             "terminal in Halden was blown up from the inside by explosives planted in the silo.")
    rels = _linked_relations(tmp_path, [other, _TOLD_TWICE])
    assert [r for r in rels if r["type"] == "corroborates" and "strike from outside" in r["reason"]], rels


def test_a_claim_denying_one_side_of_a_frame_shows_the_frame_disputed():
    from claimgraph.link.relations import claim_features

    f = claim_features("There was no defection. There was fog and a navigation failure")
    assert "course" in f.denied_sides and f.sides["course"][0] == 0   # it takes the mistaken landing, denying the planned one
    assert claim_features("The helicopter lost its bearings in fog").denied_sides == set()


@pytest.mark.parametrize("text", [
    "an airstrike destroyed the library", "an air raid hit the school", "two bombs dropped from a warplane hit the bridge",
    "one bomb was dropped onto the depot by a low-flying plane", "aerial bombs struck the market",
])
def test_a_strike_from_the_air_however_told(text):
    (v,) = S.means(text)
    assert v.value == "air" and v.asserted and not v.presupposed


def test_a_strike_from_the_air_named_in_passing_or_denied():
    (v,) = S.means("at least 30 people died in the Kesmarian airstrike on the cinema")
    assert v.presupposed
    (v,) = S.means("there was no airstrike on the town")
    assert not v.asserted
    assert S.means("a missile hit the library") == []   # other means are not compared
    r = relate("at least 30 people died in the airstrike on the Orlin cinema", "an airstrike destroyed the Orlin cinema's roof")
    assert r is None or r.type != "corroborates"


def test_the_doer_through_its_aircraft_and_a_weight_is_no_count():
    (v,) = S.agents("the depot was struck by two 250 kilogram bombs, launched from a Kesmarian bomber")
    assert v.value == S.agents("Kesmarian forces bombed the depot")[0].value and v.asserted
    assert S.counts("the depot was struck by two 250 kilogram bombs, launched from a Kesmarian bomber") == []
    assert S.agents("the station was hit by a Kesmarian air-defence missile") == []


def test_ground_held_by_a_side_is_not_its_act():
    launched = "radar showed the missile launched from ground held by Dravania"
    did = "Dravanian forces carried out the attack"
    (v,) = S.agents(launched)
    assert v.basis == "territory"
    assert relate(launched, did) is None or relate(launched, did).type != "corroborates"
    r = relate(launched, "Kesmarian forces carried out the attack")
    assert r is not None and r.type == "contradicts"   # the other side's act is still disputed


def test_one_figure_of_one_thing_in_any_construction():
    r = relate("the explosion cut power to 14,500 homes in Tarn", "power was cut to 14,500 homes")
    assert r is not None and r.type == "corroborates" and "14,500" in r.reason
    assert relate("the strike destroyed 12 houses", "12 houses were rebuilt by May") is None   # two acts
    assert relate("the explosion cut power to 14,500 homes", "power was cut to 9,000 homes") is None
    # people counted: what befell them is the fact
    r = relate("500 people were sheltering in the hospital", "500 people were killed at the hospital")
    assert r is None or r.type != "corroborates"
    r = relate("the soldiers took 58 children from the orphanage", "58 children were taken from the orphanage on Monday")
    assert r is not None and r.type == "corroborates"


def test_a_short_claim_all_of_whose_words_the_other_tells():
    r = relate("ferries ran late", "ferries from Tarn ran late")   # two words shared
    assert r is not None and r.type == "corroborates"
    r = relate("ferries ran late", "ferries were not late")
    assert r is None or r.type != "corroborates"


def test_one_denial_in_two_word_orders_corroborates():
    r = relate("the ferry could no longer reach the island harbour", "the island harbour could no longer be reached by the ferry")
    assert r is not None and r.type == "corroborates"


@pytest.mark.parametrize("a, b", [
    ("On 21 October the council closed the Vorn market", "On 21 October farmers protested outside the Vorn town hall"),
    ("the October 21 flood at Vorn was blamed on the dam", "engineers in Brisk studied the October 21 flood"),
    ("the ferry sailed at 12 midnight from Vorn", "at 12 midnight the curfew began in Vorn"),
    ("the repairs to the Vorn pier took 11 weeks", "the blockade of the pier lasted 11 weeks"),
    ("the storm left 15 million dollars in losses", "the bank lent Vorn 15 million dollars"),
    ("the flood cut water to 8,000 flats in Vorn", "the flood cut water to 8,000 flats in Brisk"),
])
def test_a_day_a_span_an_amount_or_another_place_is_no_same_count(a, b):
    r = relate(a, b)
    assert r is None or r.type != "corroborates", (a, b, r)


@pytest.mark.parametrize("a, b", [
    ("guards detained 18 journalists at the Vorn border post", "18 journalists were sent home from the Vorn border post"),
    ("the flood cut off 25 villagers", "a helicopter airlifted 25 villagers to safety"),
    ("the garrison kept 200 soldiers in reserve", "200 soldiers deserted overnight"),
    ("30 lorries were burned by rioters", "customs officers unloaded 30 lorries"),
    ("the fire gutted 45 shops in Vorn", "45 shops in Vorn stayed open"),
])
def test_one_count_of_one_thing_with_two_different_fates_is_two_facts(a, b):
    r = relate(a, b)
    assert r is None or r.type != "corroborates", (a, b, r)


@pytest.mark.parametrize("a, b", [
    ("the storm flooded 6,400 cellars in Brisk", "6,400 cellars were flooded in the storm"),
    ("border guards detained 18 journalists", "18 journalists were arrested by border guards"),
])
def test_one_count_with_the_same_fate_told_two_ways_still_corroborates(a, b):
    r = relate(a, b)
    assert r is not None and r.type == "corroborates", (a, b, r)


def test_a_framing_disputed_by_a_later_page_corroborates_whatever_the_order(tmp_path):
    other = ("Harbour Wire", "Army blames blast inside Halden terminal\n4 March 2026\nThe Kesmarian army said the Varta grain "
             "terminal in Halden was blown up from the inside by explosives planted in the silo.")
    told_first = _linked_relations(tmp_path / "told-first", [_TOLD_TWICE, other])
    disputing_first = _linked_relations(tmp_path / "disputing-first", [other, _TOLD_TWICE])
    key = lambda rels: sorted((r["type"], *sorted((r["a"], r["b"]))) for r in rels)  # noqa: E731
    assert [r for r in told_first if r["type"] == "corroborates" and "strike from outside" in r["reason"]], told_first
    assert key(told_first) == key(disputing_first)


@pytest.mark.parametrize("short, longer", [
    ("the ferry capsized", "claims that the ferry capsized are unfounded"),
    ("the ferry capsized", "rumours the ferry capsized are baseless"),
    ("the shell struck the clinic", "the shell narrowly missed the clinic"),
    ("the governor quit", "the governor offered to quit"),
    ("the levee burst", "the levee almost burst"),
])
def test_a_short_claim_told_within_a_denial_a_hedge_or_a_near_miss_is_not_corroborated(short, longer):
    r = relate(short, longer)
    assert r is None or r.type != "corroborates", (short, longer, r)


def test_a_short_claim_told_within_with_where_and_when_added_corroborates():
    r = relate("the ferry capsized", "the ferry capsized near Orlin")
    assert r is not None and r.type == "corroborates"


def test_one_denial_in_two_word_orders_keeps_who_did_what():
    r = relate("the wardens did not search the visitors", "the visitors did not search the wardens")
    assert r is None or r.type != "corroborates"
    r = relate("the tugboat could no longer tow the barge", "the barge could no longer tow the tugboat")
    assert r is None or r.type != "corroborates"
    r = relate("the tugboat could no longer tow the barge", "the barge could no longer be towed by the tugboat")
    assert r is not None and r.type == "corroborates"


@pytest.mark.parametrize("a, b", [
    ("the co-driver of the lorry was unhurt", "the driver of the lorry was unhurt"),
    ("Brisk shipped non-lethal equipment to Vorn", "Brisk shipped lethal equipment to Vorn"),
    ("ex-rebels guarded the Vorn depot", "rebels guarded the Vorn depot"),
])
def test_a_prefix_before_a_hyphen_makes_another_word(a, b):
    r = relate(a, b)
    assert r is None or r.type != "corroborates", (a, b, r)
    from claimgraph.link.relations import claim_features

    assert claim_features("a Grad-M rocket").words == claim_features("a Grad M rocket").words   # a name's hyphen still splits
    # two verbs, one fact told from either side
    r = relate("the old ramp could no longer hold loaded trucks", "loaded trucks could no longer use the old ramp")
    assert r is not None and r.type == "corroborates"


def test_an_air_raid_warning_or_a_bomb_squad_is_no_strike_from_the_air():
    assert S.means("an air raid warning sounded over Vorn at dawn") == []
    assert S.means("families in Vorn ran to the air raid shelters") == []
    assert S.means("the bomb disposal team cleared the road to Vorn") == []
    assert S.means("the bomb squad released the bridge after an hour") == []
    r = relate("the ministry said no airstrike took place in Vorn", "families in Vorn ran to an air raid shelter")
    assert r is None or r.type != "contradicts"


def test_a_strike_from_the_air_denied_of_one_target_and_told_of_another_is_no_contradiction():
    r = relate("an airstrike hit the grain silo in Vorn", "there was no airstrike on the school in Vorn")
    assert r is None or r.type != "contradicts"
    r = relate("there was no airstrike on Vorn", "an airstrike hit Vorn at dawn")
    assert r is not None and r.type == "contradicts"


def test_the_wounded_as_a_noun_and_a_distance_are_no_count():
    assert figures("medics drove the wounded 35 kilometres to Brisk") == {}
    assert figures("the shelling wounded 35 miles of road") == {}
    assert figures("the shelling wounded 35 people near Brisk") == {"wounded": 35}
    r = relate("medics drove the wounded 35 kilometres to Brisk", "the shelling wounded 9 people")
    assert r is None or r.type != "contradicts"


def test_people_taken_away_told_as_a_verb_or_as_a_noun_are_one_act():
    r = relate("a militia took 34 pupils away by lorry", "the removal of 34 pupils was condemned by Brisk")
    assert r is not None and r.type == "corroborates"
    r = relate("34 pupils were taken away from Brisk on Friday", "34 pupils were hurt in Brisk on Friday")
    assert r is None or r.type != "corroborates"
    # taking shelter, part or cover is no taking away
    from claimgraph.link.relations import acts_of

    assert acts_of("families took refuge in the Brisk library") == set()
    assert acts_of("the crowd took cover behind the lorries") == set()
    assert acts_of("a militia took 34 pupils away") == {"taking away"}

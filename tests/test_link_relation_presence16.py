"""People under arms at the struck site, a yes-no proposition (issue 12 item 2, session 16): one side says troops were
quartered in the school, the other that no soldiers were ever there; a contested point with a reason a person can
read. Not when both say the same in other words, when the two name two different sites, or when what is said of the
soldiers is another fact (killed, arrived later) or of weapons, not people. Sentences of our own."""

from __future__ import annotations

from claimgraph.link import slots as S
from claimgraph.link.relations import point_label, relate


def _rel(a: str, b: str):
    return relate(a, b)


def test_presence_is_read_asserted_and_denied_in_its_usual_constructions():
    asserted = ["the artillery hit Marran troops quartered in the Belo school",
                "the drone struck a gathering of armed terrorists at the Sarko market",
                "the strike destroyed a deployment point of Marran troops set up in the library",
                "rebel fighters were hiding in the Korvel school",
                "the strike hit a militant staging camp at Orrin"]
    denied = ["the Belo school had never housed soldiers", "no fighters were in the Sarko market",
              "the front had no fighters in Tullen", "there is no military here, only children",
              "no militants had ever been inside the warehouse"]
    for text in asserted:
        values = S.presences(text)
        assert [v.asserted for v in values] == [True], text
    for text in denied:
        values = S.presences(text)
        assert [v.asserted for v in values] == [False], text


def test_other_facts_about_soldiers_are_no_presence():
    for text in ["no soldiers were killed in the strike on Gerrow", "troops arrived in Fenn two days after the shelling",
                 "the front had no missiles in the town of Kesh", "he would not say whether troops were based in the town"]:
        assert S.presences(text) == [], text


def test_presence_asserted_and_denied_contradicts_with_a_readable_reason():
    r = _rel("The ministry said its artillery hit Marran troops quartered in the Belo school.",
             "The headmistress said the Belo school had never housed soldiers.")
    assert r is not None and r.type == "contradicts"
    assert r.key == "slot:presence:armed"
    assert "people under arms there" in r.reason and "no people under arms there" in r.reason
    assert point_label(r.key) == "whether people under arms were at the site"
    r = _rel("The army said its drone struck a gathering of armed terrorists near Sarko.",
             "The elders said no fighters were in the Sarko market.")
    assert r is not None and r.type == "contradicts"


def test_the_same_denial_in_other_words_and_two_assertions_do_not_contradict():
    r = _rel("The headmistress said no soldiers were at the Belo school.",
             "The teachers said the Belo school had never housed troops.")
    assert r is None or r.type != "contradicts"
    r = _rel("The army said militants were hiding in the Brast depot.", "A local official said fighters were based in the Brast depot.")
    assert r is None or r.type != "contradicts"


def test_two_sites_are_two_facts():
    r = _rel("The mayor of Pell said there were no soldiers in the hospital.", "The army said troops were based in the barracks of Pell.")
    assert r is None or r.type != "contradicts"
    r = _rel("The front said it had no fighters in Tullen.", "The air force said militants were based in Darsk.")
    assert r is None or r.type != "contradicts"


# Review of session 16 (M1): what the presence slot must not read as a contested point.

def _not_contradicts(a: str, b: str) -> None:
    r = _rel(a, b)
    assert r is None or r.type != "contradicts", (a, b, r and r.reason)


def test_presence_after_the_act_is_no_answer_to_presence_before_it():
    _not_contradicts("The traders said no fighters were in the Tavi bazaar before the strike.",
                     "The police said troops were at the Tavi bazaar after the blast, sealing it off.")
    _not_contradicts("A nurse said soldiers were at the scene within an hour.",
                     "The director said no soldiers were in the Orvo clinic when the rocket hit.")


def test_the_adjective_military_and_fates_of_soldiers_are_no_presence():
    for text in ["the envoy said there is no military answer in Brisk", "no soldiers died in the raid on Kelm",
                 "no troops perished in the shelling of Kelm", "the hall had hosted military concerts for years"]:
        assert S.presences(text) == [], text
    _not_contradicts("The envoy said there is no military answer in Brisk.", "The army said its troops were stationed in Brisk.")
    _not_contradicts("The army said no soldiers died in the raid on Kelm.", "The mayor said soldiers were based in Kelm.")


def test_idioms_of_in_and_at_are_no_presence():
    for text in ["the military is in control of Sarn", "the soldiers were in charge of the evacuation",
                 "the fighters were at odds with the elders", "the troops were at war with the clans"]:
        assert S.presences(text) == [], text
    _not_contradicts("The mayor said no soldiers were in Sarn.", "The governor said the military is in control of Sarn.")


def test_two_parties_forces_at_one_place_are_two_facts():
    _not_contradicts("The army said no rebels were hiding in Fosk.", "The rebels said government troops were based in Fosk.")
    _not_contradicts("The militia said it had no fighters in Lask.", "The militia said enemy troops were stationed in Lask.")

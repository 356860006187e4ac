"""A government line is one origin: the organs and office holders of one state speak with one voice."""

from __future__ import annotations

from functools import partial

import linkdata
import pytest

from claimgraph.link.origins import country_key, government_of
from claimgraph.store import links as db

add = partial(linkdata.add, published="2026-06-09")

SELVA = [("Selva", "GPE", []), ("Selvan", "NORP", [])]
KORVIA = [("Korvia", "GPE", []), ("Korvian", "NORP", [])]


def origins(store, *doc_ids):
    """The origin row of each document's first claim."""
    out = []
    for d in doc_ids:
        cid = store.claims(d)[0]["id"]
        out.append(dict(store.conn.execute("SELECT * FROM link_claim_origins WHERE claim_id = ?", (cid,)).fetchone()))
    return out


def test_two_ministries_of_one_country_are_one_origin(store):
    one = add(store, "The Selvan Ministry of Water said the Brenn dam was sabotaged by divers overnight. Selva is on alert.",
              [*SELVA, ("Selvan Ministry of Water", "ORG", [])],
              [("Selvan Ministry of Water", "the Brenn dam was sabotaged by divers overnight", "indirect")])
    two = add(store, "Selva's Ministry of Health said the Brenn dam was sabotaged by divers before dawn. Selvan hospitals were ready.",
              [*SELVA, ("Ministry of Health", "ORG", ["Selva's Ministry of Health"])],
              [("Ministry of Health", "the Brenn dam was sabotaged by divers before dawn", "indirect")])
    a, b = origins(store, one, two)
    assert a["origin"] == b["origin"] and a["origin"].startswith("gov:")
    assert a["origin_name"] == "the Selvan government"
    rels = [r for r in db.relations(store) if {r["claim_a"], r["claim_b"]} == {a["claim_id"], b["claim_id"]}]
    assert rels and rels[0]["type"] == "corroborates" and not rels[0]["independent"]


@pytest.mark.parametrize("other", ["Marlow Human Rights Centre", "Selva State University", "Supreme Court of Selva",
                                   "Selvan Evening Gazette", "Selvan Workers Party",
                                   "Selvan State University Government Relations Office"])
def test_a_ministry_and_an_independent_body_of_its_country_are_not_one_origin(store, other):
    one = add(store, "The Selvan Ministry of Water said the Brenn dam was sabotaged by divers overnight.",
              [*SELVA, ("Selvan Ministry of Water", "ORG", [])],
              [("Selvan Ministry of Water", "the Brenn dam was sabotaged by divers overnight", "indirect")])
    two = add(store, f"The {other}, based in Selva, said the Brenn dam was sabotaged by divers at night.",
              [*SELVA, (other, "ORG", [])],
              [(other, "the Brenn dam was sabotaged by divers at night", "indirect")])
    a, b = origins(store, one, two)
    assert a["origin"].startswith("gov:")
    assert a["origin"] != b["origin"] and not b["origin"].startswith("gov:")


def test_a_minister_of_one_country_and_a_ministry_of_another_are_not_one_origin(store):
    one = add(store, "Selvan Defence Minister Ona Ritter said the Brenn dam was hit by two missiles from the sea.",
              [*SELVA, ("Ona Ritter", "PERSON", ["Selvan Defence Minister Ona Ritter"])],
              [("Ona Ritter", "the Brenn dam was hit by two missiles from the sea", "indirect")])
    two = add(store, "Korvia's foreign ministry said the Brenn dam was hit by two missiles fired from the sea.",
              [*KORVIA, ("Korvian Foreign Ministry", "ORG", ["Korvia's foreign ministry"])],
              [("Korvian Foreign Ministry", "the Brenn dam was hit by two missiles fired from the sea", "indirect")])
    a, b = origins(store, one, two)
    assert a["origin"].startswith("gov:") and b["origin"].startswith("gov:") and a["origin"] != b["origin"]
    assert a["via"] == "state organ" and a["origin_name"] == "the Selvan government"


def test_an_office_holder_named_beside_the_name_speaks_for_the_government(store):
    one = add(store, "Selva's water minister, Ona Ritter, said the Brenn dam was sabotaged by divers overnight.",
              [*SELVA, ("Ona Ritter", "PERSON", [])],
              [("Ona Ritter", "the Brenn dam was sabotaged by divers overnight", "indirect")])
    two = add(store, "The Selvan Ministry of Water said the Brenn dam was sabotaged by divers in the night.",
              [*SELVA, ("Selvan Ministry of Water", "ORG", [])],
              [("Selvan Ministry of Water", "the Brenn dam was sabotaged by divers in the night", "indirect")])
    a, b = origins(store, one, two)
    assert a["origin"] == b["origin"] and a["origin"].startswith("gov:")


def test_a_plain_spokesman_still_speaks_for_his_organisation(store):
    text = "Harbour Authority spokesman Tomas Lind said the cranes at Kelm were intact. Selva sent engineers."
    d = add(store, text, [*SELVA, ("Harbour Authority", "ORG", []), ("Tomas Lind", "PERSON", [])],
            [("Tomas Lind", "the cranes at Kelm were intact", "indirect")])
    (row,) = origins(store, d)
    assert row["via"] == "speaks for" and row["origin_name"] == "Harbour Authority" and row["origin"].startswith("e:")


def test_a_ministry_spokeswoman_speaks_for_the_government(store):
    text = "The Selvan Ministry of Water closed the canal. Ministry spokeswoman Irma Voss said the lock at Kelm was mined."
    d = add(store, text, [*SELVA, ("Selvan Ministry of Water", "ORG", ["Ministry of Water"]), ("Irma Voss", "PERSON", [])],
            [("Irma Voss", "the lock at Kelm was mined", "indirect")])
    (row,) = origins(store, d)
    assert row["via"] == "speaks for" and row["origin"] == "gov:" + country_key("Selva")


PLACES = [{"name": "Selva", "type": "GPE", "mentions": ["Selva", "Selva’s"]},
          {"name": "Selvan", "type": "NORP", "mentions": ["Selvan"]}]


def ent(name, type_="ORG", mentions=()):
    return {"name": name, "type": type_, "mentions": list(mentions)}


@pytest.mark.parametrize("body, source", [
    ("", ent("Ministry of Finance of the Selvan Republic")),
    ("", ent("Office of the Selvan Ombudsman")),
    ("He wrote to Selva’s State Committee for Ports (SCP) in May.", ent("State Committee for Ports", mentions=["SCP"])),
    ("", ent("Selva", "GPE")),
    ("", "anonymous: senior Selvan security officials"),
    ("Ona Ritter, the minister of water of Selva, said", ent("Ona Ritter", "PERSON")),
    ("Selva’s human-rights ombudsman, Piet Abel, said", ent("Piet Abel", "PERSON")),
])
def test_state_organs(body, source):
    found = government_of(body, source, PLACES)
    assert found is not None and found[0] == country_key("Selva")


@pytest.mark.parametrize("body, source", [
    ("", ent("Ministry of Finance")),                            # no country: its own origin
    ("", ent("Selva State University")),
    ("", ent("Selvan Supreme Court")),
    ("", ent("Selvan Government Watch")),                        # an NGO watching the government
    ("", "anonymous: Selvan state media"),                       # relays, but is an outlet
    ("Ana Berg, the president of the Selvan Football Federation, said", ent("Ana Berg", "PERSON")),
    ("Selvan soldiers told the minister Ana Berg", ent("Ana Berg", "PERSON")),
    ("Ana Berg, an analyst at the Selvan Institute, said", ent("Ana Berg", "PERSON")),
])
def test_not_state_organs(body, source):
    assert government_of(body, source, PLACES) is None


def test_a_country_and_its_adjective_have_one_key():
    assert country_key("Selva") == country_key("Selvan") == country_key("Selva’s") == country_key("the Selvan Republic")
    assert country_key("Korvia") == country_key("Korvian") != country_key("Selva")


def test_one_person_is_one_source_whoever_they_speak_for_in_each_article(store):
    """Named as the state's commissioner in one article and by name alone in another: her two
    claims are still one source, so their agreement is not independent corroboration."""
    one = add(store, "Selva's children's commissioner Ona Ritter said 40 pupils were evacuated from the shelling near Brenn.",
              [*SELVA, ("Ona Ritter", "PERSON", ["Selva's children's commissioner Ona Ritter"])],
              [("Ona Ritter", "40 pupils were evacuated from the shelling near Brenn", "indirect")])
    two = add(store, "Ona Ritter told reporters that 40 pupils had been evacuated from the shelling around Brenn.",
              [("Ona Ritter", "PERSON", [])],
              [("Ona Ritter", "40 pupils had been evacuated from the shelling around Brenn", "indirect")])
    a, b = origins(store, one, two)
    assert a["origin"] != b["origin"] and a["speaker_id"] == b["speaker_id"] is not None
    rels = [r for r in db.relations(store) if {r["claim_a"], r["claim_b"]} == {a["claim_id"], b["claim_id"]}]
    assert rels and rels[0]["type"] == "corroborates" and not rels[0]["independent"]


# ------------------------------------------------------------------ review: false positives (P2)
def places(*specs):
    return [{"name": n, "type": t, "mentions": [n]} for n, t in specs]


UKRAINE = places(("Ukraine", "GPE"), ("Ukrainian", "NORP"))


@pytest.mark.parametrize("body, source, where", [
    ("Real Madrid president Florentino Perez said the club would appeal.", ent("Florentino Perez", "PERSON"),
     places(("Madrid", "GPE"))),
    ("Barcelona president Joan Laporta said the club would appeal.", ent("Joan Laporta", "PERSON"),
     places(("Barcelona", "GPE"))),
    ("Russian Olympic Committee president Stanislav Pozdnyakov said athletes would compete.",
     ent("Stanislav Pozdnyakov", "PERSON"), places(("Russia", "GPE"), ("Russian", "NORP"))),
    ("Ivan Horak, president of Ukraine’s biggest private bank, said deposits were safe.", ent("Ivan Horak", "PERSON"),
     UKRAINE),
    ("Tom Odhiambo, commissioner of Kenya's football league, said the season would resume.",
     ent("Tom Odhiambo", "PERSON"), places(("Kenya", "GPE"))),
    ("Anna Kowalska, president of Poland’s largest steel company, said output fell.", ent("Anna Kowalska", "PERSON"),
     places(("Poland", "GPE"))),
    ("Guests at Ireland's Embassy Suites said the power was cut.", ent("Embassy Suites"), places(("Ireland", "GPE"))),
    ("", "anonymous: American Airlines officials", places(("American", "NORP"), ("United States", "GPE"))),
    ("", "anonymous: Syrian rebel officials", places(("Syrian", "NORP"), ("Syria", "GPE"))),
    ("", "anonymous: Kenyan football officials", places(("Kenyan", "NORP"), ("Kenya", "GPE"))),
    ("", "anonymous: Israeli hospital officials", places(("Israeli", "NORP"), ("Israel", "GPE"))),
    ("", "anonymous: Chinese airline officials", places(("Chinese", "NORP"), ("China", "GPE"))),
    ("Liverpool said the match would go ahead.", ent("Liverpool", "GPE"), places(("Liverpool", "GPE"))),
    ("Texas says the border is closed.", ent("Texas", "GPE"), places(("Texas", "GPE"))),
    ("Toyota Motor North America president Ted Ogawa said sales rose.", ent("Ted Ogawa", "PERSON"),
     places(("North America", "GPE"))),
    ("Toyota Motor North America president Ted Ogawa said sales rose in the US.", ent("Ted Ogawa", "PERSON"),
     places(("North America", "GPE"), ("US", "GPE"))),
])
def test_not_a_government(body, source, where):
    assert government_of(body, source, where) is None


@pytest.mark.parametrize("body, source, where, key, readable", [
    ("", "anonymous: US officials", places(("US", "GPE")), "us", "the US government"),
    ("", "anonymous: U.S. defense officials", places(("U.S.", "GPE")), "us", "the US government"),
    ("", "anonymous: senior American officials", places(("American", "NORP")), "us", "the US government"),
    ("The UK Ministry of Defence said two drones were shot down.", ent("UK Ministry of Defence"), places(("UK", "GPE")),
     "gb", "the British government"),
    ("Britain's defence ministry said two drones were shot down.", ent("defence ministry", mentions=["Britain's defence ministry"]),
     places(("Britain", "GPE")), "gb", "the British government"),
    ("Ukraine’s Defence Ministry said two drones were shot down.", ent("Defence Ministry"), UKRAINE, "ua",
     "the Ukrainian government"),
    ("Ukrainian Defence Minister Olek Zaren said two drones were shot down.", ent("Olek Zaren", "PERSON"), UKRAINE, "ua",
     "the Ukrainian government"),
    ("", "anonymous: Ukrainian officials", UKRAINE, "ua", "the Ukrainian government"),
    ("France says it will send jets.", ent("France", "GPE"), places(("France", "GPE")), "fr", "the French government"),
    ("The French Ministry of Sport said the games would go ahead.", ent("French Ministry of Sport"),
     places(("French", "NORP")), "fr", "the French government"),
    ("Selvan Sports Minister Ona Ritter said the games would go ahead.", ent("Ona Ritter", "PERSON"), PLACES,
     country_key("Selva"), "the Selvan government"),
])
def test_real_countries_still_speak(body, source, where, key, readable):
    assert government_of(body, source, where) == (key, readable)


def test_an_invented_country_without_a_demonym_partner_is_only_a_place():
    # "Selva" alone (no "Selvan" anywhere, no state form) is a place, maybe a city: not a state
    assert government_of("Selva says the dam is safe.", ent("Selva", "GPE"), places(("Selva", "GPE"))) is None
    # its adjective written anywhere in the text makes it a country
    assert government_of("Selva says the dam is safe. Selvan troops moved in.", ent("Selva", "GPE"),
                         places(("Selva", "GPE")))[0] == country_key("Selva")
    # so does its state form
    assert government_of("Selva says the dam is safe, the Republic of Selva announced.", ent("Selva", "GPE"),
                         places(("Selva", "GPE")))[0] == country_key("Selva")


# ------------------------------------------------------------------ review: country keys (P4)
@pytest.mark.parametrize("a, b", [
    ("Niger", "Nigeria"), ("Niger", "Nigerian"), ("Dominica", "Dominican Republic"), ("Mali", "Malaysia"),
    ("Malian", "Malaysian"), ("Mali", "Malaysian"), ("Mauritania", "Mauritian"), ("India", "Indiana"),
    ("Albania", "Albany"), ("Romania", "Rome"), ("Romania", "Roman"), ("Austria", "Australia"),
])
def test_different_countries_have_different_keys(a, b):
    assert country_key(a) != country_key(b)


@pytest.mark.parametrize("forms", [
    ("France", "French", "France’s", "the French Republic"), ("Netherlands", "the Netherlands", "Dutch", "Holland"),
    ("United Kingdom", "UK", "U.K.", "British", "Britain", "Britain's", "Great Britain"),
    ("Philippines", "the Philippines", "Filipino"), ("Spain", "Spanish", "spain"),
    ("United States", "US", "U.S.", "American", "the United States"), ("Russia", "Russian", "the Russian Federation"),
    ("Selva", "Selvan", "the Selvan Republic"), ("Dravania", "Dravanian", "Dravania’s"), ("Varkosh", "Varkoshi"),
    ("Ostrela", "Ostrelan", "Ostrelans"),
])
def test_a_countrys_names_and_adjectives_have_one_key(forms):
    assert len({country_key(f) for f in forms}) == 1, {f: country_key(f) for f in forms}


def test_an_invented_nationality_alone_is_a_country_but_a_group_is_not():
    # the demo corpus has articles that write only "Kesmarian", never "Kesmaria"
    kes = places(("Kesmarian", "NORP"))
    assert government_of("", "anonymous: Kesmarian authorities", kes) == (country_key("Kesmaria"), "the Kesmarian government")
    for group in ("Republican", "Christian", "European"):
        assert government_of("", f"anonymous: {group} officials", places((group, "NORP"))) is None


def test_local_officials_of_a_town_are_not_a_government():
    assert government_of("", "anonymous: local officials in Novyi Veles", places(("Novyi Veles", "GPE"))) is None


@pytest.mark.parametrize("text,org", [
    ("The Russian Defence Ministry said its forces had taken the village near Brenn.", "Russian Defence Ministry"),
    ("The US State Department said the aid to Brenn would continue.", "US State Department"),
])
def test_a_known_country_inside_an_organisations_name_is_found(store, text, org):
    """The tagger often takes the country into the organisation's name and tags no place: the
    country table still knows "Russian" and "US"."""
    doc = add(store, text, [(org, "ORG", [])], [(org, text.split(" said ")[1].rstrip("."), "indirect")])
    origin, = origins(store, doc)
    assert origin["origin"].startswith("gov:") and origin["origin_name"] in ("the Russian government", "the US government")


@pytest.mark.parametrize("seat,name", [("the Kremlin", "the Russian government"), ("the White House", "the US government")])
def test_a_seat_of_government_named_alone_is_its_government(store, seat, name):
    text = f"{seat[0].upper()}{seat[1:]} said the talks in Brenn had failed."
    doc = add(store, text, [(seat.replace("the ", ""), "ORG", [])], [(seat.replace("the ", ""), "the talks in Brenn had failed", "indirect")])
    origin, = origins(store, doc)
    assert origin["origin_name"] == name


def test_a_person_named_like_a_seat_is_not_a_government():
    # her surname alone is a mention of her, not the Kremlin
    person = {"name": "Ann Kremlin", "type": "PERSON", "mentions": ["Kremlin"]}
    assert government_of("Ann Kremlin said the talks had failed. Kremlin added more.", person, []) is None

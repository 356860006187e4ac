"""Canonical entities of real reporting: a capital that stands for its state, and the same
place or body named in varied ways across documents. Sentences written for these tests
(invented events; real state and city names, since the gazetteer is what is under test)."""

from __future__ import annotations

import linkdata

from claimgraph.store import links as db


def _canon(store, doc_id: int, name: str) -> int:
    (e,) = [e for e in db.document_entities(store, doc_id) if e["name"] == name]
    return db.canonical_of_entities(store, [e["id"]])[e["id"]]


def test_a_capital_speaking_is_its_state_and_the_capital_as_a_place_is_the_city(store):
    state = linkdata.add(store, "Vienna denied on Monday that the convoy had crossed its border. Austria called the report false.",
                         [("Vienna", "ORG", []), ("Austria", "GPE", [])])
    city = linkdata.add(store, "Hundreds of people gathered in Vienna on Monday evening to mourn the drivers.",
                        [("Vienna", "GPE", [])])
    speaker = linkdata.add(store, "Vienna said the border would stay open.", [("Vienna", "GPE", [])],
                           [("Vienna", "the border would stay open", "indirect")])
    assert _canon(store, state, "Vienna") == _canon(store, state, "Austria") == _canon(store, speaker, "Vienna")
    assert _canon(store, city, "Vienna") != _canon(store, state, "Austria")


def test_a_capital_in_another_script_speaking_is_its_state(store):
    en = linkdata.add(store, "Austria said the convoy had not crossed.", [("Austria", "GPE", [])])
    ru = linkdata.add(store, "Вена заявила, что колонна не пересекала границу.", [("Вена", "GPE", [])],
                      [("Вена", "колонна не пересекала границу", "indirect")])
    assert _canon(store, ru, "Вена") == _canon(store, en, "Austria")


def test_a_town_that_is_no_capital_is_never_a_state(store):
    town = linkdata.add(store, "Graz said the roads were closed.", [("Graz", "ORG", [])],
                        [("Graz", "the roads were closed", "indirect")])
    state = linkdata.add(store, "Austria said the roads were closed.", [("Austria", "GPE", [])])
    assert _canon(store, town, "Graz") != _canon(store, state, "Austria")


def test_a_big_city_the_tagger_calls_a_body_or_a_nationality_is_the_city(store):
    body = linkdata.add(store, "Authorities in Rotterdam said the port was closed.", [("Rotterdam", "ORG", [])])
    adjective = linkdata.add(store, "Rotterdam officials said two ships were held.", [("Rotterdam", "NORP", [])])
    place = linkdata.add(store, "Two ships were held in Rotterdam on Friday.", [("Rotterdam", "GPE", [])])
    assert _canon(store, body, "Rotterdam") == _canon(store, adjective, "Rotterdam") == _canon(store, place, "Rotterdam")


def test_a_city_named_like_a_person_of_the_document_keeps_the_taggers_type(store):
    person = linkdata.add(store, "Defence Secretary Lloyd Austin arrived on Monday. Austin met the ministers.",
                          [("Lloyd Austin", "PERSON", []), ("Austin", "ORG", [])])
    place = linkdata.add(store, "Floods closed roads in Austin on Friday.", [("Austin", "GPE", [])])
    assert _canon(store, person, "Austin") != _canon(store, place, "Austin")


def test_a_body_with_its_states_abbreviation_is_found_in_another_document(store):
    dotted = linkdata.add(store, "The U.N. Security Council met on Friday.", [("U.N. Security Council", "ORG", [])])
    plain = linkdata.add(store, "The UN Security Council met again on Monday.", [("UN Security Council", "ORG", [])])
    full = linkdata.add(store, "The United Nations Security Council adopted no text.", [("United Nations Security Council", "ORG", [])])
    other = linkdata.add(store, "The UN General Assembly will debate the text.", [("UN General Assembly", "ORG", [])])
    assert _canon(store, dotted, "U.N. Security Council") == _canon(store, plain, "UN Security Council") \
        == _canon(store, full, "United Nations Security Council")
    assert _canon(store, other, "UN General Assembly") != _canon(store, full, "United Nations Security Council")


def test_a_person_with_a_bodys_words_glued_before_the_name_is_the_person(store):
    glued = linkdata.add(store, "Border Service Oksen Varvaruk said the crossing was shut.",
                         [("Border Service Oksen Varvaruk", "PERSON", [])])
    plain = linkdata.add(store, "Oksen Varvaruk said the crossing would reopen.", [("Oksen Varvaruk", "PERSON", [])])
    namesake = linkdata.add(store, "Mirela Varvaruk said the crossing would reopen.", [("Mirela Varvaruk", "PERSON", [])])
    assert _canon(store, glued, "Border Service Oksen Varvaruk") == _canon(store, plain, "Oksen Varvaruk")
    assert _canon(store, namesake, "Mirela Varvaruk") != _canon(store, plain, "Oksen Varvaruk")


def test_a_republic_is_one_entity_whatever_the_tagger_called_it(store):
    words = linkdata.add(store, "Leaders of the Luhansk People's Republic said the road was shelled.",
                         [("Luhansk People's Republic", "PERSON", [])])
    acronym = linkdata.add(store, "The LPR said the road was shelled.", [("LPR", "ORG", [])])
    russian = linkdata.add(store, "В ЛНР заявили об обстреле дороги.", [("ЛНР", "GPE", [])])
    assert _canon(store, words, "Luhansk People's Republic") == _canon(store, acronym, "LPR") == _canon(store, russian, "ЛНР")


def test_how_the_text_uses_a_capital_decides_state_or_city(store):
    state = linkdata.add(store, "The talks stalled after Lisbon's troops crossed the river, and officials accused Lisbon of delay.",
                         [("Lisbon", "GPE", [])])
    country = linkdata.add(store, "Portugal said the talks would resume.", [("Portugal", "GPE", [])])
    city = linkdata.add(store, "The delegates met in Lisbon on Friday and flew to Lisbon again on Monday.", [("Lisbon", "GPE", [])])
    assert _canon(store, state, "Lisbon") == _canon(store, country, "Portugal")
    assert _canon(store, city, "Lisbon") != _canon(store, country, "Portugal")


def test_a_persons_name_with_an_apposition_or_a_states_body_glued_on_is_the_person():
    from claimgraph.link import names as N

    assert N.match("PERSON", "Oksen Varvaruk, head of the border crossing department", "Oksen Varvaruk").rule == "exact"
    assert N.match("PERSON", "Ukraine's Border Service Oksen Varvaruk", "Oksen Varvaruk").rule == "exact"
    assert N.blocking_keys("PERSON", "Oksen Varvaruk, head of the border crossing department") & \
        N.blocking_keys("PERSON", "Oksen Varvaruk")
    assert N.match("PERSON", "Ukraine's Border Service Oksen Varvaruk", "Mirela Varvaruk") is False


def test_a_body_glued_before_a_persons_name_and_tagged_a_body_is_the_person(store):
    glued = linkdata.add(store, "A spokesman for the Border Service Oksen Varvaruk said so. Oksen Varvaruk added more.",
                         [("Border Service Oksen Varvaruk", "ORG", []), ("Oksen Varvaruk", "PERSON", [])])
    later = linkdata.add(store, "Varvaruk said the crossing would reopen.", [("Varvaruk", "PERSON", [])])
    body = linkdata.add(store, "The Border Service said the crossing would reopen.", [("Border Service", "ORG", [])])
    assert _canon(store, glued, "Border Service Oksen Varvaruk") == _canon(store, glued, "Oksen Varvaruk") \
        == _canon(store, later, "Varvaruk")
    assert _canon(store, body, "Border Service") != _canon(store, glued, "Oksen Varvaruk")


def test_a_capital_named_with_a_compound_or_its_supporters_is_the_state(store):
    state = linkdata.add(store, "The Lisbon-backed council met, and Lisbon's supporters cheered.", [("Lisbon", "GPE", [])])
    country = linkdata.add(store, "Portugal said the council would meet.", [("Portugal", "GPE", [])])
    assert _canon(store, state, "Lisbon") == _canon(store, country, "Portugal")


def test_a_body_named_with_and_without_its_country_is_one_body():
    from claimgraph.link import names as N

    assert N.match("ORG", "Northern Border Command", "Northern Border Command of Ukraine")
    assert N.match("ORG", "Сили оборони півночі", "Northern Defence Forces of Ukraine")
    assert not N.match("ORG", "Northern Border Command of Ukraine", "Northern Border Command of Romania")


def test_a_generic_body_cut_from_its_state_meets_that_states_body_only(store):
    ours = linkdata.add(store, "The Portuguese Ministry of Health said two clinics were shut. The Spanish Ministry of Health denied it.",
                        [("Portuguese Ministry of Health", "ORG", []), ("Spanish Ministry of Health", "ORG", [])])
    cut = linkdata.add(store, "Portugal's Ministry of Health published the list.",
                       [("Portugal", "GPE", []), ("Ministry of Health", "ORG", [])])
    assert _canon(store, cut, "Ministry of Health") == _canon(store, ours, "Portuguese Ministry of Health")
    assert _canon(store, cut, "Ministry of Health") != _canon(store, ours, "Spanish Ministry of Health")


def test_a_capital_left_inflected_and_tagged_a_person_is_the_capital(store):
    ru = linkdata.add(store, "Делегация Лиссабона прибыла на переговоры.", [("Лиссабона", "PERSON", [])])
    en = linkdata.add(store, "The delegates arrived in Lisbon on Friday.", [("Lisbon", "GPE", [])])
    person = linkdata.add(store, "Иванова заявила, что переговоры продолжатся.", [("Иванова", "PERSON", [])])
    assert _canon(store, ru, "Лиссабона") == _canon(store, en, "Lisbon")
    (e,) = db.document_entities(store, person)
    assert store.conn.execute("SELECT c.type FROM link_entities c JOIN link_entity_members m ON m.canonical_id = c.id "
                              "WHERE m.entity_id = ?", (e["id"],)).fetchone()[0] == "PERSON"

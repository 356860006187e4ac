"""Known equivalents (link/equivalents.py): bodies whose Russian, Ukrainian and English names do not
transliterate into one another are one canonical entity; two bodies the table tells apart never
are. Every sentence here is our own."""

from __future__ import annotations

from functools import partial

import linkdata
import pytest

from claimgraph.link import names as N
from claimgraph.link.equivalents import known_equivalent
from claimgraph.store import links as db

add = partial(linkdata.add, published="2026-05-20")


@pytest.mark.parametrize("names", [
    ("Минобороны России", "Министерства обороны РФ", "Міноборони Росії", "Russian Ministry of Defence",
     "Russia's Defence Ministry", "the Ministry of Defence of the Russian Federation"),
    ("ВСУ", "ЗСУ", "Вооружённые силы Украины", "Збройних сил України", "Armed Forces of Ukraine",
     "Ukraine's armed forces"),
    ("Генштаб ВСУ", "Генштабі ЗСУ", "Генеральному штабі ЗСУ", "General Staff of the Armed Forces of Ukraine",
     "Ukrainian General Staff"),
    ("ГУР", "ГУР МО України", "Главное управление разведки Минобороны Украины", "HUR",
     "Ukrainian military intelligence"),
    ("СБУ", "Служба безпеки України", "Службы безопасности Украины", "SBU", "Security Service of Ukraine"),
    ("МККК", "Міжнародному комітеті Червоного Хреста", "International Committee of the Red Cross", "ICRC"),
    ("Повітряні сили ЗСУ", "Воздушные силы ВСУ", "Ukrainian Air Force", "Air Force of Ukraine"),
    # the troops by their country, as the text names them
    ("Украинские войска", "Українські військові", "Ukrainian forces", "ЗСУ"),
    ("Российские оккупанты", "Російські війська", "Russian troops", "Вооружённые силы России"),
    ("Ставки Верховного Головнокомандувача", "Ставка Верховного главнокомандующего", "Stavka"),
    # a region's body: the region's adjective in Russian and Ukrainian, its noun in English
    ("Херсонской областной военной администрации", "Херсонська ОВА", "Kherson Regional Military Administration",
     "Kherson Oblast Military Administration"),
    ("Харьковской областной государственной администрации", "Харківської ОДА", "Kharkiv Regional State Administration"),
])
def test_every_form_of_one_body_is_one_entity(names):
    assert len({known_equivalent(n) for n in names}) == 1 and known_equivalent(names[0])
    for a in names:
        for b in names:
            m = N.match("ORG", a, b)
            assert m, (a, b)
            assert N.lookup_keys("ORG", a) & N.blocking_keys("ORG", b), (a, b)


@pytest.mark.parametrize("a, b", [
    ("Минобороны России", "Міноборони України"),          # either side has a ministry of defence
    ("ВСУ", "Генштаб ВСУ"),                               # the army is not its general staff
    ("Russian Ministry of Defence", "Ukrainian Ministry of Defence"),
    ("СБУ", "ФСБ"),
    ("Чернігівська ОВА", "Chernivtsi Regional Military Administration"),   # two regions, one prefix
    ("Херсонская ОВА", "Kherson Regional State Administration"),            # two kinds of one region
])
def test_bodies_the_table_tells_apart_are_never_merged(a, b):
    assert N.match("ORG", a, b) is False


@pytest.mark.parametrize("name", ["Минобороны", "Генштаб", "Ministry of Defence", "Министерство транспорта",
                                  "Служба доставки"])
def test_a_name_without_its_country_has_no_entry(name):
    # "Минобороны" alone may be either side's: only the ordinary name rules apply
    assert known_equivalent(name) is None


def test_one_canonical_body_across_russian_ukrainian_and_english_documents(store):
    ru = add(store, "Министерство обороны России заявило, что учения у переправы завершены.",
             [("Министерство обороны России", "ORG", [])])
    uk = add(store, "Міноборони Росії повідомило, що навчання біля переправи завершено.",
             [("Міноборони Росії", "ORG", [])])
    en = add(store, "Russia's Defence Ministry said the exercise near the crossing had ended.",
             [("Russia's Defence Ministry", "ORG", [])])
    other = add(store, "Міноборони України повідомило, що переправу відновлено.", [("Міноборони України", "ORG", [])])

    def canon(doc_id):
        (e,) = db.document_entities(store, doc_id)
        return db.canonical_of_entities(store, [e["id"]])[e["id"]]

    assert canon(ru) == canon(uk) == canon(en)
    assert canon(other) != canon(ru)
    m = store.conn.execute("SELECT rule, evidence FROM link_entity_members WHERE entity_id = ?",
                           (db.document_entities(store, en)[0]["id"],)).fetchone()
    assert m["rule"] == "known equivalent" and "Russian Ministry of Defence" in m["evidence"]


@pytest.mark.parametrize("name,entry", [
    # the extractor's normalisation may leave the state in the nominative after the body's name
    ("ГУР Украина", "Defence Intelligence of Ukraine"),
    ("Министерство обороны Россия", "Russian Ministry of Defence"),
    ("Міністерство оборони Україна", "Ukrainian Ministry of Defence"),
])
def test_a_body_with_its_state_in_the_nominative_has_its_entry(name, entry):
    assert known_equivalent(name) == entry

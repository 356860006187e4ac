"""A count and what befell what it counts, read in Russian and Ukrainian as in English (session 17, issue 13 item 4):
"двоих сотрудников увезли в больницу", "двоє працівників потрапили до лікарні" and "two workers were hospitalised"
are one fact told in three languages; the same number of two fates is not. Our own sentences, fictional places."""

from __future__ import annotations

from claimgraph.link.relations import claim_features, relate, relation_keys
from claimgraph.link.relations.counts import cyrillic_count_fates, cyrillic_counted_values


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_fates_of_counts_read_in_russian_and_ukrainian():
    assert cyrillic_count_fates("над районом Ярна сбиты 12 беспилотников") == {12: frozenset({"downed"})}
    assert cyrillic_count_fates("у ніч на 5 березня над Тарновою знищили 12 ударних дронів") == {12: frozenset({"downed"})}
    assert cyrillic_count_fates("троих грузчиков склада «Велта» госпитализировали") == {3: frozenset({"wounded"})}
    assert cyrillic_count_fates("семеро моряків траулера «Оскар» вважаються зниклими безвісти") == {7: frozenset({"missing"})}
    # a day of the month, a time of day and a share are no counts
    assert cyrillic_count_fates("задержание произошло 12 марта") == {}
    assert cyrillic_count_fates("около 3 часов ночи загорелся склад, двое погибли") == {2: frozenset({"killed"})}
    # number words count as the digits do
    assert cyrillic_counted_values("двоих сотрудников увезли в больницу, ещё трьох оглянули на місці") == frozenset({2, 3})


def test_one_count_of_one_fate_corroborates_across_the_three_languages():
    ru = "двоих рабочих котельной «Линта» увезли в больницу с отравлением"
    uk = "двоє працівників котельні «Лінта» потрапили до лікарні"
    en = "two workers of the Linta boiler house were hospitalised"
    assert _type(ru, uk) == "corroborates"
    assert _type(uk, en) == "corroborates"
    assert _type("над областью сбиты 12 беспилотников", "над регіоном збили 12 дронів") == "corroborates"
    assert _type("над регіоном збили 12 дронів", "air defences shot down 12 drones over the region") == "corroborates"
    # the linker compares only pairs that share a key: the count with its fate is one in any language
    assert relation_keys(claim_features(ru)) & relation_keys(claim_features(uk)) & relation_keys(claim_features(en))


def test_one_number_of_two_fates_or_two_numbers_do_not_corroborate():
    # the same number, two fates: two facts (two hospitalised, two detained)
    assert _type("двоє працівників котельні потрапили до лікарні", "двоих рабочих котельной задержали") is None
    # the same fate, two numbers: not one count told twice
    assert _type("над областью сбиты 12 беспилотников", "над регіоном збили 9 дронів") != "corroborates"
    # a number with no fate told of it ("у ніч на 12 березня") is no count of the same thing
    assert _type("у ніч на 12 березня дрони атакували склад", "над областью сбиты 12 беспилотников") is None

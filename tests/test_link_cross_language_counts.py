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
    assert cyrillic_count_fates("у ніч на 5 березня над Тарновою збили 12 ударних дронів") == {12: frozenset({"downed"})}
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


def test_one_count_of_one_fate_over_two_places_or_two_sides_does_not_corroborate():
    # two regions, one toll each: two facts (Russian, Ukrainian, and across the scripts)
    assert _type("вечером над Ярненской областью сбиты 11 беспилотников",
                 "вечером над Тарновской областью сбиты 11 беспилотников") != "corroborates"
    assert _type("над Тарнівщиною збили 6 дронів", "six drones were shot down over the Lisk region") != "corroborates"
    assert _type("Eleven drones were shot down above Yarna overnight.",
                 "Air defences intercepted 11 UAVs over Lisk on Sunday.") != "corroborates"
    # two armies' tolls of the other's drones
    assert _type("штаб Велтии: сбиты 11 марговских беспилотников",
                 "штаб Марговії: збито 11 велтійських дронів") != "corroborates"
    # one more count added to another ("ещё", "також") is a second count
    assert cyrillic_count_fates("ПВО сбила ещё 11 беспилотников") == {}
    assert cyrillic_count_fates("над регіоном також збили 6 дронів") == {}
    # one region named alike in both scripts stays one fact
    assert _type("над Тарнівщиною збили 6 дронів", "six drones were shot down over the Tarniv region") == "corroborates"


def test_destroyed_is_no_downed_fate():
    # "уничтожили"/"знищили" is said of tanks, depots and soldiers alike: not the fate of a drone shot down
    assert cyrillic_count_fates("бригада уничтожила 4 бронемашины противника") == {}
    assert cyrillic_count_fates("артилерія знищила 4 склади пального") == {}
    assert _type("бригада уничтожила 4 бронемашины противника", "бригада противника уничтожила 4 бронемашины") is None
    assert _type("уничтожены 4 склада", "сбиты 4 беспилотника") is None


def test_days_and_times_are_no_counts():
    # the first day of a night range is a day, as the second is
    assert cyrillic_count_fates("в ночь с 21 на 22 августа над Ярной сбиты 22 беспилотника") == {22: frozenset({"downed"})}
    assert cyrillic_count_fates("у ніч з 21 на 22 серпня збили дрони") == {}
    assert _type("в ночь с 21 на 22 августа над Ярной сбиты 22 беспилотника",
                 "в ночь с 21 на 22 августа над Ярной сбиты 21 беспилотник") != "corroborates"
    # a day, an hour or a span of hours beside the count no longer keeps one count told twice apart
    assert _type("в ночь на 22 августа сбиты 16 беспилотников", "16 drones were shot down overnight") == "corroborates"
    assert _type("за 24 часа сбиты 30 беспилотников", "за добу збито 30 дронів") == "corroborates"


def test_rescuers_are_not_the_rescued():
    assert cyrillic_count_fates("трое спасателей пострадали при разборе руин") == {3: frozenset({"wounded"})}

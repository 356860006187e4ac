"""Russian and Ukrainian claims related by value (session 14, issue 13 item 4): counts in digits and words,
bounds, dates, places through the gazetteer, an act asserted and denied — and the guards that keep two values
that can both hold from contradicting. Our own sentences, fictional firms, ships and people."""

from __future__ import annotations

from claimgraph.link.numbers import cyrillic_number_value
from claimgraph.link.relations import claim_features, cyrillic_figures, relate, relation_keys
from claimgraph.link.slots import days, places


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_cyrillic_number_words_in_their_cases():
    assert [cyrillic_number_value(w) for w in ("трое", "трьох", "двоих", "п’ятеро", "сорока двох", "двадцать три")] == \
        [3, 3, 2, 5, 42, 23]
    assert cyrillic_number_value("семья") is None
    assert cyrillic_number_value("три пять") is None


def test_figures_in_words_bounds_and_none():
    assert cyrillic_figures("при обрушении кровли цеха «Мирта» погибли трое")[0] == {"killed": 3}
    assert cyrillic_figures("кількість загиблих унаслідок вибуху на складі «Бреза» зросла до чотирьох")[0] == {"killed": 4}
    figs, bounds, _approx = cyrillic_figures("при аварии автобуса пострадали более 60 человек")
    assert figs == {"wounded": 60} and bounds == {"wounded": "lo"}
    assert cyrillic_figures("пострадавших нет, движение восстановлено")[0] == {"wounded": 0}
    # "no data on the injured" says nothing of how many
    assert cyrillic_figures("о пострадавших нет данных")[0] == {}
    # a number counting houses is no evacuation of people
    assert cyrillic_figures("эвакуированы 60 домов поселка Ярн")[0] == {}


def test_a_toll_disputed_across_russian_and_ukrainian():
    a = "при обрушении кровли цеха «Мирта» погибли двое рабочих"
    b = "внаслідок обвалу покрівлі цеху «Мирта» загинули шестеро працівників"
    assert _type(a, b) == "contradicts"
    assert _type("при аварии автобуса «Орвен» погибли 7 человек", "внаслідок аварії автобуса «Орвен» загинули семеро людей") == "corroborates"
    assert _type("никто не погиб при аварии автобуса «Орвен»", "при аварии автобуса «Орвен» погибли 3 человека") == "contradicts"


def test_counts_that_can_both_hold_do_not_contradict():
    # a bound and a figure inside it; a vague "tens" and a figure; a group and everyone; two slots
    assert _type("при пожаре на складе «Бреза» пострадали более 60 человек", "при пожаре на складе «Бреза» пострадали 75 человек") != "contradicts"
    assert _type("внаслідок вибуху постраждали понад 60 людей", "внаслідок вибуху постраждали 64 людини") != "contradicts"
    assert _type("при обрушении моста пострадали десятки человек", "при обрушении моста пострадали 38 человек") != "contradicts"
    assert _type("при обрушении кровли погибли 2 рабочих", "при обрушении кровли погибли 5 человек") != "contradicts"
    assert _type("при аварии автобуса пострадали 9 человек", "при аварии автобуса погибли 2 человека") != "contradicts"


def test_days_in_russian_and_ukrainian():
    assert [v.value for v in days("кровля цеха обрушилась 12 апреля")] == ["-04-12"]
    assert days("станом на ранок 3 листопада з громади вивезли 86 людей") == []   # the day a count stands at
    assert _type("Кровлю цеха «Мирта» обрушило 12 апреля", "Покрівля цеху «Мирта» обвалилася 15 квітня") == "contradicts"
    assert _type("Бригадира Ольгу Лаврик задержали 3 мая", "Бригадирку Ольгу Лаврик затримали 3 травня") == "corroborates" or \
        _type("Бригадира Ольгу Лаврик задержали 3 мая", "Бригадирку Ольгу Лаврик затримали 3 травня") is None
    # two days of two acts (one of no known kind) are not two accounts of one day
    assert _type("кровля цеха «Мирта» обрушилась 12 апреля", "цех «Мирта» осматривали 3 апреля") != "contradicts"


def test_places_in_oblique_cases_through_the_gazetteer():
    assert [(v.slot, v.value) for v in places("поїзд зійшов з рейок поблизу Полтави")] == [("place:strike on a thing", "Poltava")]
    assert _type("товарный поезд сошел с рельсов под Полтавой", "товарний потяг зійшов з рейок поблизу Чернігова") == "contradicts"
    assert _type("мост обрушился в Харькове", "міст обвалився у Харкові") != "contradicts"
    # where it set out from and where it sank are two places of two acts
    assert _type("паром «Кайра» вышел из Новороссийска", "паром «Кайра» затонул у берегов Сочи") != "contradicts"


def test_an_act_asserted_and_denied():
    assert _type("директор шахты «Велна» был задержан", "его клиент, директор шахты «Велна», не был задержан") == "contradicts"
    # two people: nothing named in common
    assert _type("полиция задержала двоих участников драки", "директора завода не задерживали") != "contradicts"
    # an arrest and a plea are two acts
    assert _type("директор шахты «Велна» был задержан", "директор шахты «Велна» не признает вину") != "contradicts"


def test_cyrillic_claims_have_keys_to_be_paired_by():
    assert "act:arrest" in relation_keys(claim_features("бригадира Ольгу Лаврик задержали"))
    assert relation_keys(claim_features("the crew was detained")) == relation_keys(claim_features("the crew was detained"))

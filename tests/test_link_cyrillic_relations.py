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
    assert _type("Пожежа на складі «Тиса» почалася 7 червня", "Пожар на складе «Тиса» начался 9 июня") == "contradicts"
    # two steps of one kind of act, each with its day (a fire starts and is put out; a detention, then a court's arrest)
    assert _type("Склад «Тиса» загорелся 7 июня", "Пожар на складе «Тиса» ликвидировали 9 июня") != "contradicts"
    assert _type("Бухгалтера фирмы «Кварта» задержали 2 октября", "Суд арестовал бухгалтера фирмы «Кварта» 4 октября") != "contradicts"
    assert _type("Пожежа на складі «Тиса» почалася 7 червня", "Пожежу на складі «Тиса» загасили 9 червня") != "contradicts"
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
    # an English claim gets no key of a Cyrillic act
    assert not any(k.startswith("act:") for k in relation_keys(claim_features("the crew was detained")))


# ---------------------------------------------------------------------------------- mend of review cyrlink14
def test_bounds_and_groups_with_short_i_and_yi_read_through_claim_features():
    # "щонайменше", "принаймні", "дітей", "евакуйовано": й and ї survive the reading (M1)
    assert claim_features("Внаслідок вибуху постраждали щонайменше четверо людей.").bounds == {"wounded": "lo"}
    assert _type("Внаслідок вибуху на складі «Тиса» постраждали щонайменше четверо людей.",
                 "Внаслідок вибуху на складі «Тиса» постраждали шестеро людей.") != "contradicts"
    assert _type("Під час аварії маршрутки постраждали принаймні 3 людини.", "Під час аварії маршрутки постраждали 8 людей.") != "contradicts"
    assert claim_features("Під час обстрілу постраждали двоє дітей.").figures == {"wounded": 2}
    assert claim_features("Евакуйовано 40 людей.").figures == {"evacuated": 40}
    # the bound still disputes a figure below it
    assert _type("Внаслідок вибуху на складі «Тиса» постраждали щонайменше четверо людей.",
                 "Внаслідок вибуху на складі «Тиса» постраждали двоє людей.") == "contradicts"


def test_civilians_are_a_group_not_anyone():
    assert _type("При обстреле села Кверн погибли 4 военнослужащих.", "При обстреле села Кверн погибли 3 мирных жителя.") != "contradicts"
    assert _type("Під час обстрілу села Кверн загинули 6 військовослужбовців.", "Під час обстрілу села Кверн загинули 2 мирних мешканці.") != "contradicts"
    assert claim_features("При обстреле погибли 3 мирных жителя.").groups == {"killed": "civilian"}


def test_the_injured_taken_to_hospital_are_not_the_injured_total():
    assert _type("При пожаре на рынке «Вега» пострадали 6 человек.", "В больницу доставлены четверо пострадавших при пожаре на рынке «Вега».") != "contradicts"
    assert _type("Госпитализированы двое раненых.", "При пожаре на рынке «Вега» ранены 5 человек.") != "contradicts"


def test_a_possible_or_future_act_is_neither_asserted_nor_denied():
    denied = "Владелец фабрики «Ирма» не был задержан."
    assert _type("Следователь не исключил, что владелец фабрики «Ирма» будет задержан.", denied) != "contradicts"
    assert _type("Владельца фабрики «Ирма» могут задержать.", "Владельца фабрики «Ирма» не задерживали.") != "contradicts"
    assert _type("Нельзя исключать, что жителей села Вильх эвакуируют.", "Жителей села Вильх не эвакуировали.") != "contradicts"
    assert _type("Мешканців села Вільх можуть евакуювати.", "Мешканців села Вільх не евакуювали.") != "contradicts"
    assert _type("Владелец фабрики «Ирма» якобы был задержан.", denied) != "contradicts"
    # the act told as done still disputes its denial
    assert _type("Владелец фабрики «Ирма» был задержан.", denied) == "contradicts"


def test_an_act_denied_of_one_thing_and_asserted_of_another():
    assert _type("Плотина у поселка Дарн не была повреждена во время паводка.",
                 "Во время паводка в поселке Дарн повреждены дома.") != "contradicts"
    assert _type("Будівля ліцею «Арніка» не постраждала під час обстрілу.",
                 "Під час обстрілу ліцею «Арніка» постраждали двоє учнів.") != "contradicts"
    assert _type("Здание лицея «Арника» не пострадало при обстреле.", "При обстреле лицея «Арника» пострадали трое детей.") != "contradicts"


def test_a_person_after_u_is_no_city():
    assert places("Задержали у Артема.") == []
    assert places("Полиция задержала Глеба Рота у Ивана Кузина дома.") == []
    assert _type("Полиция задержала Глеба Рота у Романа Гриня на даче.", "Полиция задержала Глеба Рота в Самаре.") != "contradicts"
    assert _type("Поліція затримала Гліба Рота у Івана Петренка вдома.", "Поліція затримала Гліба Рота в Києві.") != "contradicts"


def test_a_destination_is_not_the_place_of_the_act():
    assert places("Задержанный Глеб Рот был доставлен в Самару.") == []
    assert _type("Задержанный Глеб Рот доставлен в Киев.", "Задержанного Глеба Рота перевезли в Харьков.") != "contradicts"
    assert _type("Затриманого Гліба Рота доставили в Київ.", "Затриманого Гліба Рота доставили в Харків.") != "contradicts"
    # where the act was done is still read
    assert [v.value for v in places("Глеба Рота задержали в Самаре.")] == ["Samara"]

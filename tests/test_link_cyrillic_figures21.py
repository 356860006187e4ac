"""A casualty figure told in Russian or Ukrainian as the number before the word of its fate ("о двенадцати погибших",
"десятки загиблих", "понад 100 поранено", "сотне раненых"), read into the same figure slots as English "twelve people
were killed", so that the one comparison decides across the scripts (session 21, issue 13 item 4). Our own sentences,
fictional places."""

from __future__ import annotations

from claimgraph.link.relations import relate
from claimgraph.link.relations.figures import cyrillic_figures


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_the_number_before_the_participle_of_its_fate_is_a_figure():
    assert cyrillic_figures("в полиции Тарновы сообщили о двенадцати погибших")[0] == {"killed": 12}
    assert cyrillic_figures("мер Лісни повідомив про 14 постраждалих")[0] == {"wounded": 14}
    assert cyrillic_figures("за оперативними даними, на вокзалі понад 100 поранено")[:2] == ({"wounded": 100}, {"wounded": "lo"})
    # a plural of tens is at least twenty, a lower bound, never one exact figure
    assert cyrillic_figures("рятувальники повідомляють про десятки загиблих")[:2] == ({"killed": 20}, {"killed": "lo"})


def test_one_ten_one_hundred_one_thousand_in_the_singular_are_numbers():
    assert cyrillic_figures("на вокзале Лисны сотне раненых оказали помощь")[0] == {"wounded": 100}
    # after a bound, "сотни" is the genitive singular: about a hundred, not hundreds
    figs, _bounds, approx = cyrillic_figures("в результате обстрела Ярны около сотни раненых")
    assert figs == {"wounded": 100} and approx == {"wounded"}
    assert cyrillic_figures("в Ярне более десятка погибших")[:2] == ({"killed": 10}, {"killed": "lo"})


def test_wounds_and_years_are_no_figures_of_people():
    assert "wounded" not in cyrillic_figures("солдат из Ярны получил 2 ранения")[0]
    assert "wounded" not in cyrillic_figures("боєць отримав 3 поранення")[0]
    assert cyrillic_figures("в 2019 погибли два человека")[0] == {"killed": 2}


def test_one_figure_corroborates_and_two_contradict_across_the_scripts():
    ru = "в полиции Тарновы сообщили о двенадцати погибших на рынке"
    assert _type(ru, "twelve people were killed at the Tarnova market") == "corroborates"
    assert _type(ru, "відомо про 12 загиблих на ринку в Тарнові") == "corroborates"
    assert _type(ru, "nine people were killed at the Tarnova market") == "contradicts"
    assert _type("мэр Лисны сообщил о 14 пострадавших", "мер Лісни повідомив про 9 постраждалих") == "contradicts"


def test_a_bound_or_an_estimate_does_not_contradict_a_figure_inside_it():
    assert _type("в результате обстрела Ярны около сотни раненых", "a hundred people were wounded in the Yarna shelling") != "contradicts"
    assert _type("в Ярне более десятка погибших", "eleven people were killed in Yarna") != "contradicts"
    assert _type("рятувальники Лісни повідомляють про десятки загиблих", "at least 40 people were killed in Lisna") != "contradicts"
    # a bound and a figure below it do
    assert _type("в Ярне более десятка погибших", "five people were killed in Yarna") == "contradicts"


# Mend of review cyrel21 M1: a number before a word of harm counts people only when that word is plural (or the
# impersonal form), is not denied after it, stands after no house number or clock time, and qualifies no thing.

def test_a_house_number_or_a_clock_time_before_the_fate_is_no_count():
    # "no one was hurt in house No. 8": the number is the house's, and the sentence says none
    assert cyrillic_figures("по словам спасателей Ярны, в доме № 8 раненых нет")[0].get("wounded") in (None, 0)
    assert cyrillic_figures("в ДСНС Лісни кажуть, що у будинку №3 постраждалих немає")[0].get("wounded") in (None, 0)
    assert cyrillic_figures("в МЧС Ярны уточнили, что в доме 8 раненых нет")[0].get("wounded") in (None, 0)
    # the minutes of a clock time, or of a day and month, are no count
    assert cyrillic_figures("на 16:45 погибших в Ярне нет, сообщила полиция")[0].get("killed") in (None, 0)
    assert cyrillic_figures("станом на 11.20 загиблих у Лісні не виявлено")[0].get("killed") in (None, 0)


def test_things_that_suffered_are_no_count_of_people():
    assert "wounded" not in cyrillic_figures("инженеры Ярны обследовали 25 пострадавших зданий")[0]
    assert "wounded" not in cyrillic_figures("инженеры обследовали 35 пострадавших многоквартирных домов")[0]
    assert "wounded" not in cyrillic_figures("у 4 постраждалих селищах громади відновили водопостачання")[0]
    assert "wounded" not in cyrillic_figures("гуманитарную помощь получат 3 пострадавших поселка")[0]
    assert "wounded" not in cyrillic_figures("власникам 15 постраждалих будинків виплатять компенсацію")[0]
    # a later count of people in the same claim is still read
    assert cyrillic_figures("осмотрели 30 пострадавших домов и сообщили о 4 пострадавших")[0] == {"wounded": 4}
    # an adjective before the people is no thing
    assert cyrillic_figures("в полиции сообщили о 16 погибших мирных жителях")[0] == {"killed": 16}
    # a conjunction joins more of the harmed, also in a short Ukrainian claim with no letter only Ukrainian has
    assert cyrillic_figures("понад 20 загиблих та поранених на ринку")[:2] == ({"killed": 20}, {"killed": "lo"})


def test_one_dead_person_and_a_memorial_are_no_count():
    # one dead man's flat, not fourteen dead
    assert "killed" not in cyrillic_figures("по словам соседей, дверь квартиры 14 погибшего была открыта")[0]
    # "семью" is the family here, not the instrumental of seven
    assert "killed" not in cyrillic_figures("мэр Ярны обещал помочь семью погибшего пожарного")[0]
    assert "killed" not in cyrillic_figures("мэр Ярны обещал поддержать семью погибших шахтёров")[0]
    assert "killed" not in cyrillic_figures("у памятника 11 погибшим защитникам Ярны возложили венки")[0]


def test_spaced_thousands_are_still_one_number():
    assert cyrillic_figures("в Ярне более 1 500 раненых")[:2] == ({"wounded": 1500}, {"wounded": "lo"})


def test_numbers_that_count_no_people_do_not_contradict_a_toll():
    assert _type("в МЧС Ярны сообщили, что в доме № 8 раненых нет", "Three people were wounded in the Yarna shelling") != "contradicts"
    assert _type("в полиции Ярны сообщили, что на 16:45 погибших нет", "Four people were killed in the Yarna shelling") != "contradicts"
    assert _type("глава Ярны сообщил, что после обстрела обследовали 25 пострадавших зданий",
                 "Eight people were wounded in the Yarna shelling") != "contradicts"
    assert _type("мер Лісни повідомив, що після обстрілу у 4 постраждалих селищах немає світла",
                 "мер Лісни повідомив, що внаслідок обстрілу постраждали 9 людей") != "contradicts"
    assert _type("губернатор Ярны обещал поддержать семью погибшего водителя после обстрела",
                 "Two people were killed in the Yarna shelling, the governor said") != "contradicts"

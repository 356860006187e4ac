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

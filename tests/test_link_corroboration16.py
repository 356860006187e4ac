"""Session 16: one count of people of one fate, told alike by two claims whatever else either tells, corroborates
(link/relations/values.py); the counter-cases must not. Our own sentences, fictional places."""

from claimgraph.link.relations import relate


def _type(a: str, b: str) -> str | None:
    r = relate(a, b)
    return r.type if r else None


def test_same_missing_count_with_more_told_corroborates():
    r = relate("31 were missing", "A hillside slid onto the Varrow camp early on Tuesday, killing at least 12 people and leaving 31 missing")
    assert r is not None and r.type == "corroborates" and "31" in r.reason


def test_same_missing_count_in_a_longer_account_corroborates():
    assert _type("six sailors are still missing",
                 "the freighter Orla sank off Cape Dunn with two dead and six sailors missing") == "corroborates"


def test_same_number_of_another_fate_does_not_corroborate():
    assert _type("31 were missing", "the landslide at the Varrow camp killed at least 12 people and 31 were rescued") != "corroborates"


def test_another_count_of_the_same_fate_does_not_corroborate():
    assert _type("23 were missing", "the mudslide killed nine people and left 30 missing") != "corroborates"


def test_one_fate_counted_alike_and_another_apart_does_not_corroborate():
    assert _type("the mudslide killed four people and left 23 missing",
                 "the mudslide killed nine people and left 23 missing") != "corroborates"


def test_a_bound_is_no_exact_figure():
    assert _type("more than 31 were missing", "the slide killed 12 people and left 31 missing") != "corroborates"


def test_the_same_count_in_two_places_does_not_corroborate():
    assert _type("23 people were missing after the mudslide at Orvelle",
                 "nine people were killed and 23 people were missing after the flood at Cambry") != "corroborates"


def test_the_same_count_of_two_groups_does_not_corroborate():
    assert _type("four guards were missing after the fire at the Tallow depot",
                 "four firemen were missing and two guards dead after the fire at the Tallow depot") != "corroborates"

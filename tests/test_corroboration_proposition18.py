"""One proposition told within a longer account or in two languages (task cor18, issue #12 item 3): a count and
its fate the shorter claim states and the longer states too; one act told in Russian and in Ukrainian of what
both name. Sentences of our own writing, fictional names."""

from claimgraph.link.relations import claim_features, relate


def _rel(a, b, same_origin=False):
    return relate(a, b, claim_features(a), claim_features(b), same_origin=same_origin)


def test_a_count_and_its_fate_told_within_a_longer_account_corroborate():
    r = _rel("nine fishermen were missing",
             "The storm capsized two trawlers off Varel on Friday, killing four crew and leaving nine fishermen missing")
    assert r is not None and r.type == "corroborates"
    assert "9 missing" in r.reason   # the reason names the count and its fate


def test_the_same_number_of_another_fate_is_no_corroboration():
    r = _rel("nine fishermen were missing",
             "The storm capsized two trawlers off Varel on Friday, killing four crew and injuring nine fishermen")
    assert r is None or r.type != "corroborates"


def test_a_count_the_longer_account_does_not_give_is_no_corroboration():
    # every count of the shorter claim must be one the longer gives
    r = _rel("nine fishermen were missing and three were rescued",
             "The storm capsized two trawlers off Varel on Friday, killing four crew and leaving nine fishermen missing")
    assert r is None or r.type != "corroborates"


def test_one_strike_told_in_russian_and_in_ukrainian_corroborates():
    r = _rel("Дроны атаковали складской комплекс компании «Тарвел»",
             "дрони атакували складський комплекс компанії «Тарвел»")
    assert r is not None and r.type == "corroborates"
    assert "strike on a thing" in r.reason


def test_one_act_told_and_denied_across_the_languages_is_no_corroboration():
    r = _rel("Дроны атаковали складской комплекс компании «Тарвел»",
             "дрони не атакували складський комплекс компанії «Тарвел»")
    assert r is None or r.type != "corroborates"


def test_two_kinds_of_act_of_one_thing_are_no_corroboration():
    # a strike on the depot and a fire at it share the depot, not the act
    r = _rel("Дроны атаковали складской комплекс компании «Тарвел»",
             "у складському комплексі компанії «Тарвел» спалахнула пожежа")
    assert r is None or r.type != "corroborates"


def test_a_bound_that_leaves_its_number_out_is_no_count_told_within():
    # "more than nine" does not state nine
    r = _rel("nine fishermen were missing",
             "The storm capsized two trawlers off Varel on Friday, killing four crew and leaving more than nine fishermen missing")
    assert r is None or r.type != "corroborates"

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


# Mend after review (cor18): the reviewer's false pairs, told in our own words.

_RU = "Беспилотники атаковали нефтебазу компании «Сорвен» под Брянском"
_UK = "Безпілотники атакували нафтобазу компанії «Сорвен»"


def _cued(a, b, cue_a=None, cue_b=None):
    return relate(a, b, claim_features(a, cue=cue_a), claim_features(b, cue=cue_b))


def test_one_act_told_alike_in_russian_and_ukrainian_still_corroborates():
    r = _cued(_RU, _UK, None, "повідомили")   # a cue that reports, not one that denies
    assert r is not None and r.type == "corroborates"


def test_a_russian_claim_cued_by_a_verb_of_denial_does_not_corroborate_the_act():
    # the Russian reader gives no stance: the cue's verb ("отрицает") makes the claim a denial (M1)
    r = _cued("Беспилотники атаковали нефтебазу компании «Сорвен»", _UK, "отрицает")
    assert r is None or r.type != "corroborates"


def test_a_ukrainian_claim_cued_by_a_verb_of_denial_does_not_corroborate_the_act():
    r = _cued(_RU, _UK, None, "спростували")
    assert r is None or r.type != "corroborates"


def test_a_claim_dismissed_as_fake_or_untrue_does_not_corroborate_the_act():
    for dismissed, told in (("Сообщения, что беспилотники атаковали нефтебазу компании «Сорвен», — фейк", _UK),
                            (_RU, "Інформація про те, що безпілотники атакували нафтобазу компанії «Сорвен», не відповідає дійсності")):
        r = _cued(dismissed, told)
        assert r is None or r.type != "corroborates", (dismissed, told, r)


def test_two_companies_named_in_guillemets_are_two_targets_not_one_act():
    # M2: «Сорвен» / «Ладога» share no word; the stems the two claims share are the warehouse's, not the target's
    r = _rel("Беспилотники атаковали складской комплекс компании «Сорвен»",
             "Безпілотники атакували складський комплекс компанії «Ладога»")
    assert r is None or r.type != "corroborates"
    # one company in two cases is one target
    r = _rel("Беспилотники атаковали складской комплекс компании «Сорвен»",
             "Безпілотники атакували складський комплекс компанії «Сорвена»")
    assert r is not None and r.type == "corroborates"


def test_two_different_counts_in_the_two_languages_are_no_corroboration():
    # M2: two depots / four depots share no count
    r = _rel("Беспилотники атаковали две нефтебазы компании «Сорвен»",
             "Безпілотники атакували чотири нафтобази компанії «Сорвен»")
    assert r is None or r.type != "corroborates"
    r = _rel("Беспилотники атаковали две нефтебазы компании «Сорвен»",
             "Безпілотники атакували дві нафтобази компанії «Сорвен»")
    assert r is not None and r.type == "corroborates"


def test_a_count_said_not_to_be_so_is_no_count_told_within_a_longer_account():
    # S1: "not true that …", "no evidence that …" negate the count; the longer account still corroborates the plain one
    longer = "A mudslide buried the village of Orsk on Sunday, killing two herders and leaving six climbers missing"
    assert _rel("six climbers were missing", longer).type == "corroborates"
    for denied in ("Rescuers said it was not true that six climbers were missing",
                   "Police said there was no evidence that six climbers were missing"):
        r = _rel(denied, longer)
        assert r is None or r.type != "corroborates", (denied, r)

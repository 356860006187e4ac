"""Corroboration of one fact told in other words (task cor8): a quoted denial and its reported
paraphrase, blame in opposite directions, two denials of different things by one speaker.
Sentences of our own writing, fictional names."""

from claimgraph.link.relations import claim_features, relate


def _rel(a, b, sa=("asserts", "said"), sb=("asserts", "said"), same_origin=False):
    return relate(a, b, claim_features(a, *sa), claim_features(b, *sb), same_origin=same_origin)


def test_quoted_denial_corroborates_its_reported_paraphrase():
    r = _rel("Our ships did not sink the trawler Merle", "its ships had sunk the trawler Merle",
             sb=("denies", "denied"), same_origin=True)
    assert r is not None and r.type == "corroborates"


def test_two_parties_denials_are_not_one_denial_told_twice():
    # review of session 8: one navy's quoted denial and another navy's reported denial (two sources)
    r = _rel("Our ships did not sink the trawler Merle", "its ships had sunk the trawler Merle",
             sb=("denies", "denied"), same_origin=False)
    assert r is None or r.type != "corroborates"


def test_two_short_denials_of_one_thing_still_corroborate():
    # review of session 8: a denied part of two content words told alike is one denial
    r = _rel("The ministry denied that the dam cracked", "The ministry denied that the dam had cracked")
    assert r is not None and r.type == "corroborates"


def test_rejecting_claims_that_a_party_had_no_involvement_keeps_its_share():
    # review of session 8: a denial of "no involvement" is no denial of the share
    r = _rel("claims that Varnia had no involvement in the sabotage of the Orno pipeline",
             "Varnia was behind the sabotage of the Orno pipeline", sa=("denies", "rejected"))
    assert r is not None and r.type == "corroborates"


def test_quoted_denial_and_reported_denial_of_one_speaker_corroborate():
    r = _rel("Our gunners did not shell the Varo bridge", "its gunners had shelled the Varo bridge",
             sb=("denies", "denied"), same_origin=True)
    assert r is not None and r.type == "corroborates"


def test_quoted_denial_against_a_report_that_asserts_the_act_still_contradicts():
    # counter-case: the other claim asserts the act (no denial cue): a dispute, not one denial told twice
    r = _rel("Our ships did not sink the trawler Merle", "its ships had sunk the trawler Merle")
    assert r is not None and r.type == "contradicts"


def test_reported_denial_of_a_negation_is_not_the_quoted_denial():
    # counter-case: "denied that its ships had not sunk …" is no paraphrase of "did not sink"
    r = _rel("Our ships did not sink the trawler Merle", "its ships had not sunk the trawler Merle",
             sb=("denies", "denied"))
    assert r is None or r.type != "corroborates"


def test_blame_in_opposite_directions_is_no_corroboration():
    r = _rel("the Osk mill owner for the closure of the Harl mill",
             "the Harl workers' union was responsible for the closure of the mill", sa=("asserts", "blamed"))
    assert r is None or r.type != "corroborates"


def test_blame_of_one_party_in_two_constructions_still_corroborates():
    # counter-case: the same party held responsible, blamed / was responsible
    r = _rel("the Red Dawn militia for the attack on the Kessa fuel depot",
             "the Red Dawn militia was responsible for the attack on the fuel depot in Kessa", sa=("asserts", "blamed"))
    assert r is not None and r.type == "corroborates"


def test_two_denials_of_different_things_by_one_ministry_do_not_corroborate():
    r = _rel("The energy ministry denied that petrol stations in Harl had run out of fuel",
             "The energy ministry denied that petrol prices in Harl would rise next month")
    assert r is None or r.type != "corroborates"


def test_one_denial_reworded_still_corroborates():
    # counter-case: the same denied fact in two word orders by two outlets
    r = _rel("The energy ministry denied that petrol stations in Harl had run out of fuel on Monday",
             "The energy ministry denied reports that petrol stations in Harl had run out of fuel on Monday")
    assert r is not None and r.type == "corroborates"


def test_a_party_denying_its_involvement_agrees_with_a_rejection_of_claims_it_was_behind():
    # "Morlavia denied any involvement" is not by Morlavia: no dispute with "rejected claims that Morlavia was behind"
    r = _rel("The government of Morlavia denied any involvement in the sabotage of the Orno pipeline",
             "claims that Morlavia was behind the sabotage of the Orno pipeline", sb=("denies", "rejected"))
    assert r is None or r.type != "contradicts"


def test_a_party_admitting_its_involvement_still_disputes_a_denial():
    # counter-case: "Morlavia admitted its involvement" against a rejection of claims Morlavia was behind it
    r = _rel("The government of Morlavia admitted Morlavia involvement in the sabotage of the Orno pipeline",
             "claims that Morlavia was behind the sabotage of the Orno pipeline", sb=("denies", "rejected"))
    assert r is not None and r.type == "contradicts"

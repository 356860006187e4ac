"""Two claims about one happening that state the same value on one slot, in other words (task cor20, issue #12
item 3): one act denied by both, and one clock time of the happening told by both. Sentences of our own writing,
fictional names."""

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.candidates import relation_keys


def _rel(a, b, stance_a=None, stance_b=None, same_origin=False):
    return relate(a, b, claim_features(a, stance=stance_a), claim_features(b, stance=stance_b), same_origin=same_origin)


def _corroborates(r):
    return r is not None and r.type == "corroborates"


# one act denied by both

def test_one_act_denied_by_both_in_other_words_corroborates():
    r = _rel("the cutter did not fire a single round during the chase", "No gun was fired at any point.")
    assert _corroborates(r)
    assert "denied by both" in r.reason


def test_an_act_denied_by_a_cue_and_one_of_its_kind_denied_in_words_corroborate():
    # [the navy denied that] its gunboats shelled the harbour at Ostrel / in Ostrel there were no strikes: one kind of
    # act, of a place both name (a kind alone in common needs a thing in common: mend of review cor20, M1 b)
    r = _rel("its gunboats shelled the harbour at Ostrel on Sunday", "In Ostrel, there were no strikes", stance_a="denies")
    assert _corroborates(r)


def test_two_denials_share_a_relation_key_with_no_word_in_common():
    # the linker only relates pairs that share a key: two denials of one act told in other words must meet
    a, b = claim_features("the cutter did not fire a single round"), claim_features("No gun was fired.")
    assert not a.words & b.words
    assert relation_keys(a) & relation_keys(b)


def test_an_act_denied_and_the_same_act_asserted_is_no_corroboration():
    r = _rel("the cutter did not fire a single round during the chase", "the cutter fired warning rounds during the chase")
    assert not _corroborates(r)


def test_two_different_acts_denied_are_no_corroboration():
    r = _rel("the cutter did not fire a single round during the chase", "the trawler was never boarded")
    assert not _corroborates(r)


def test_a_share_in_the_act_denied_is_no_denial_of_the_act():
    # "was not involved in the shelling" says who did not do it and tells the shelling; "there was no shelling" denies it
    r = _rel("the Ostrel garrison was not involved in the shelling of the harbour", "there was no shelling of the harbour")
    assert not _corroborates(r)


def test_a_denial_put_as_a_question_is_no_corroboration():
    r = _rel("did the cutter not fire a single round?", "No gun was fired at any point.")
    assert not _corroborates(r)


def test_two_denials_of_acts_on_different_counts_are_no_corroboration():
    r = _rel("the patrol did not fire on the 12 boats", "the patrol did not fire on the 30 boats")
    assert not _corroborates(r)


# denials of different facts (review of cor20, M1/M2): each must not corroborate

def test_two_parties_each_denying_the_act_is_no_corroboration():
    # the commonest pair in a war: each side says "not us"; two doers, two denials, not one fact told twice
    r = _rel("We never fired on the ferry.", "Our gunners did not fire at the ferry.")
    assert not _corroborates(r)


def test_two_named_doers_each_denying_the_same_act_is_no_corroboration():
    r = _rel("The coastguard did not fire on the trawler.", "The smugglers never fired at the trawler, a crewman said.")
    assert not _corroborates(r)


def test_one_verb_denied_of_two_things_is_no_corroboration():
    r = _rel("The flooding did not halt the grain exports.", "The strike never halted the ferry crossings to the island.")
    assert not _corroborates(r)


def test_one_kind_of_act_denied_of_two_things_at_one_time_is_no_corroboration():
    # a strike on the clinic and one on the pumping station, both denied "last night": a time is no thing in common
    r = _rel("The clinic was not shelled last night.", "The pumping station was not bombed last night.")
    assert not _corroborates(r)


def test_an_act_told_after_a_denied_verb_is_not_denied():
    # "did not warn … before it shelled" tells the shelling; only the warning is denied
    r = _rel("The navy did not evacuate the quay before it shelled the harbour.", "There was no shelling of the harbour.")
    assert not _corroborates(r)
    assert "shell" not in claim_features("The navy did not evacuate the quay before it shelled the harbour.").denied_acts


def test_a_denied_role_in_the_act_is_no_denial_of_the_act():
    # [rejected] "any role in the shelling" denies who did it, not that the shelling happened
    assert not claim_features("any role in the shelling of the depot", stance="denies").denied_acts
    assert not claim_features("The garrison had nothing to do with the shelling of the depot.").denied_acts
    assert not claim_features("The garrison had no hand in the shelling of the depot.").denied_acts


def test_two_denials_of_different_contents_are_no_corroboration():
    # one ministry denying two closures, or a closure and a price rise: the denier and the verb are not the fact
    for a, b in [("The ministry denied that the bakeries had closed.", "The ministry denied that the price of bread had gone up."),
                 ("The ministry denied that the bakeries had closed.", "The ministry denied that the flour mills were closed.")]:
        assert not _corroborates(_rel(a, b, "denies", "denies")), (a, b)


# one clock time of the happening

def test_two_acts_at_one_clock_time_are_no_corroboration_when_one_act_is_unread():
    # an arrival and a blast at one hour: one act read ("struck"), the other unread ("arrived"), no noun in common
    for a, b in [("The ambulances arrived at 3 a.m.", "A drone struck the ferry terminal at 3 a.m."),
                 ("The lights went out across Ostrel at 23:10.", "The governor spoke to reporters at 23:10."),
                 ("The night train pulled out at 5:20.", "The viaduct collapsed at 5:21.")]:
        assert not _corroborates(_rel(a, b)), (a, b)



def test_two_responses_or_two_reports_at_one_clock_time_are_no_corroboration():
    # a response's or a statement's time is not the happening's: with no noun in common, two of them at one minute
    # are two facts (cor20's time rule met pts20's single "response" kind: found by the session-20 sweep review)
    for a, b in [("Lifeguards pulled the swimmer out at 11:45.", "The coastal road reopened at 11:45."),
                 ("Crews doused the warehouse blaze at 04:20.", "Gas supplies were restored to Ostrel at 04:20."),
                 ("The harbour office reported the losses at 10:00.", "The governor announced a curfew at 10:00.")]:
        assert not _corroborates(_rel(a, b)), (a, b)


def test_one_clock_time_of_the_happening_in_other_words_corroborates():
    # (two acts of one kind: "crumbled" / "caved in"; with no noun in common an unread act would not do)
    r = _rel("the quay crumbled at about 3 a.m.", "the harbour wall caved in at around 3 a.m. after a week of gales")
    assert _corroborates(r)
    assert "same time" in r.reason


def test_two_clock_times_hours_apart_do_not_corroborate():
    r = _rel("the quay crumbled at about 3 a.m.", "the harbour wall caved in at around 5 a.m. after a week of gales")
    assert not _corroborates(r)


def test_one_clock_time_of_two_kinds_of_act_is_no_corroboration():
    # a fire and a rescue at one hour are two facts (figures.same_timed_act)
    r = _rel("the warehouse burned at 22:40", "the crew was rescued at 22:40 by a lifeboat")
    assert not _corroborates(r)

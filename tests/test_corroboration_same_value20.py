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
    # [the navy denied that] its gunboats shelled the harbour / there were no strikes on the quays: one kind of act
    r = _rel("its gunboats shelled the harbour at Ostrel on Sunday", "there were no strikes on the quays",
             stance_a="denies")
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


# one clock time of the happening

def test_one_clock_time_of_the_happening_in_other_words_corroborates():
    r = _rel("the quay collapsed shortly after 3 a.m.", "the harbour wall gave way at around 3 a.m. after a week of gales")
    assert _corroborates(r)
    assert "same time" in r.reason


def test_two_clock_times_hours_apart_do_not_corroborate():
    r = _rel("the quay collapsed shortly after 3 a.m.", "the harbour wall gave way at around 5 a.m. after a week of gales")
    assert not _corroborates(r)


def test_one_clock_time_of_two_kinds_of_act_is_no_corroboration():
    # a fire and a rescue at one hour are two facts (figures.same_timed_act)
    r = _rel("the warehouse burned at 22:40", "the crew was rescued at 22:40 by a lifeboat")
    assert not _corroborates(r)

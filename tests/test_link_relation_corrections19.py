"""Corrective contrasts (issue 12 item 2, session 19): "X, not Y" sets an account straight, whatever it counts, dates
or places, and contradicts a claim that asserts Y. Each slot it touches has a pair that must contradict and a pair that
must not. Sentences of our own."""

from __future__ import annotations

from claimgraph.link.relations import claim_features, relate
from claimgraph.link.relations.negation import corrections


def _type(a: str, b: str, same_origin: bool = False) -> str | None:
    r = relate(a, b, claim_features(a), claim_features(b), same_origin=same_origin)
    return r.type if r else None


def test_the_rejected_phrase_is_read_up_to_its_clause_or_who_told_it():
    got = corrections("the ferry left Dornholm on Monday, not on Sunday as the harbour office first said")
    assert [(c.phrase, c.head) for c in got] == [("on Sunday", "sunday")]
    assert corrections("the convoy carried twelve trucks, not twenty")[0].numbers == {20}
    # not a correction: a degree, a limiter, a verb's own negation
    assert corrections("a hamlet not far from the ridge") == ()
    assert corrections("the guards did not open the gate") == ()
    assert corrections("the river rose, not only in Velka but downstream") == ()


def test_a_count_corrected_contradicts_the_count_told():
    told = "Customs officers at Lissa impounded twenty trucks of timber in March"
    corrected = "the March seizure of timber trucks at Lissa involved twelve trucks, not twenty"
    assert _type(told, corrected) == "contradicts"
    # the correction's own count told by the other: no dispute
    agreeing = "Customs officers at Lissa impounded twelve trucks of timber in March"
    assert _type(agreeing, corrected) != "contradicts"


def test_a_day_corrected_contradicts_the_day_told():
    told = "the grain silo at Harvik collapsed on Sunday evening"
    corrected = "the silo at Harvik collapsed late on Saturday, not on Sunday as first reported"
    assert _type(told, corrected) == "contradicts"
    # two reports that both set the day straight reject one day: they agree on it, they do not dispute it
    also_corrected = "the silo collapse at Harvik came on Saturday night, not on Sunday"
    assert _type(also_corrected, corrected) != "contradicts"


def test_a_place_corrected_contradicts_the_place_told():
    told = "the leak was traced to the Orrin pumping station, which feeds the eastern wards"
    corrected = "the valve failed at the Tessel reservoir, not at the Orrin pumping station"
    assert _type(told, corrected) == "contradicts"
    # nothing in common but one word of the rejected phrase: not shown to be about one thing
    unrelated = "the mayor opened a new station on the tram line"
    assert _type(unrelated, corrected) != "contradicts"


def test_what_a_thing_was_corrected_contradicts_what_was_told():
    told = "the lorry stopped at the Vell crossing was carrying rifles for the militia"
    corrected = "the lorry at the Vell crossing was carrying flour, not rifles"
    assert _type(told, corrected) == "contradicts"
    # one source correcting itself tells two parts of its story (claims of one origin never dispute by a denial)
    assert _type(told, corrected, same_origin=True) != "contradicts"


def test_a_mention_of_the_site_or_of_the_head_alone_is_no_account_of_the_rejected_value():
    corrected = "the army said its rocket strike hit a depot outside Kessa, not the granary"
    # the strike on the granary told with the act and the town: the account the correction rejects
    assert _type("a rocket strike on the old granary in Kessa killed nine people", corrected) == "contradicts"
    # the granary named as the setting of something else: every account of the event names its site
    assert _type("the granary was crowded with traders on market day", corrected) != "contradicts"
    # a phrase of several words needs more than its head: "the work of vandals" is no mention of the Dell works
    works = "the pump was stolen at the Farrow booster plant, not at the main Dell works"
    assert _type("the outbreak is the work of vandals who stole a pump", works) != "contradicts"
    assert _type("samples traced the bacteria to water from the Dell works", works) == "contradicts"


def test_a_contrast_set_against_a_wish_an_appeal_or_a_plan_corrects_no_account():
    # an option turned down, not another's account set straight: no claim that the thing came or happened is disputed
    assert _type("We want teachers, not police, in the camps at Brask, the aid chief said",
                 "Police reached the camps at Brask on Tuesday, the aid chief said") != "contradicts"
    assert _type("The governor of Brask told farmers to sell their grain, not burn it",
                 "Farmers near Brask burn their grain in protest at the prices") != "contradicts"
    assert _type("The board of Brask hopes to build a clinic, not a stadium, on the old barracks ground",
                 "A stadium was built on the old barracks ground in Brask in the 1990s") != "contradicts"
    # what is still to come set against what was done: a plan, no dispute of it
    assert _type("The council of Brask will build a library, not a car park, on the old market site",
                 "A car park opened on the old market site in Brask last year") != "contradicts"
    # an account set straight, told in the future, is still an account: the vote's day disputed
    assert _type("The vote in Brask will be held on Monday, not on Sunday as the council first said",
                 "The vote in Brask will be held on Sunday, the council said") == "contradicts"


def test_a_rejected_day_disputes_only_the_day_of_the_same_act():
    # two acts told, each with its day: the rescuers' day is no account of when the roof fell
    assert _type("Rescuers reached the Brask mine on Friday, not on Thursday, the union said",
                 "The roof of the Brask mine collapsed on Thursday, the union said") != "contradicts"
    sealed = "The Brask mine was sealed in October, not in September, the union said"
    assert _type(sealed, "The roof of the Brask mine collapsed in September, the union said") != "contradicts"
    assert _type(sealed, "The Brask mine was sealed in September, the union said") == "contradicts"
    # a day of what is still to come against a day of what was done: two acts too
    corrected = "The inquiry into the Brask fire will open in June, not in July, the minister said"
    assert _type(corrected, "The Brask fire broke out in July, the minister said") != "contradicts"
    assert _type(corrected, "The inquiry into the Brask fire will open in July, the minister said") == "contradicts"


def test_a_single_digit_rejected_and_what_it_counts():
    assert corrections("guards shot four prisoners at Brask, not 7")[0].numbers == {7}
    told = "Guards shot 7 prisoners at Brask during the riot"
    assert _type(told, "Guards at Brask shot four prisoners during the riot, not 7") == "contradicts"
    # a number rejected as a time of day disputes no count of something the claim never names
    assert _type("The Brask checkpoint opened at 8, not 7, the guards said",
                 "The guards said 7 drivers were turned back at the Brask checkpoint") != "contradicts"


def test_not_far_from_and_not_until_deny_nothing_in_the_older_negation_rules_either():
    # the forms the corrective pattern leaves out are no denial for the negation rules: a place near the depot, a
    # check made before the sailing, a find told as late
    assert _type("Families sheltered in a school not far from the Brask depot, the mayor said",
                 "Families sheltered at the Brask depot, the mayor said") != "contradicts"
    assert _type("The Brask ferry sailed on Friday, not until the harbour master had checked the hull",
                 "The harbour master checked the hull of the Brask ferry on Thursday") != "contradicts"
    assert _type("It was not until Friday that divers found the wreck near Brask",
                 "Divers found the wreck near Brask on Friday") == "corroborates"
    # a verb's own negation is still one, "not even" included ("did not even open": the gate stayed shut)
    assert _type("Divers did not find the wreck near Brask", "Divers found the wreck near Brask on Friday") == "contradicts"
    assert _type("The guards did not even open the gate at Brask",
                 "The guards opened the gate at Brask at dawn") == "contradicts"

"""The nature of a harmful happening, read from the cause a claim gives it (issue 12 item 2, session 22): an act meant
to harm (a strike from outside, sabotage, arson) or one nobody meant (an accident, a technical failure, the weather,
neglect, munitions kept at the site going off). Two accounts of one happening that give it natures of the two kinds
contradict, with a point a person can read; two kinds of one nature, a cause denied only as the sole one, two effects,
and a delay's cause are no dispute. Sentences of our own, fictional places."""

from __future__ import annotations

from claimgraph.link import slots as S
from claimgraph.link.relations import point_label, relate


def _nature(text: str) -> list[tuple[str, bool]]:
    return [(v.value, v.asserted) for v in S.natures(text)]


def test_the_nature_is_read_from_the_usual_constructions_of_a_cause():
    assert _nature("The blaze at the Orvel mill was an accident") == [("unintended:accident", True)]
    assert _nature("The Orvel mill fire was arson") == [("intended:sabotage", True)]
    assert _nature("The freighter was brought down by anti-aircraft fire over Lusk") == [("intended:attack", True)]
    assert _nature("The freighter crashed near Lusk because of an engine failure") == [("unintended:technical", True)]
    assert _nature("The embankment gave way after four days of torrential rain") == [("unintended:natural", True)]
    assert _nature("The Tarn bus depot was destroyed by a rocket strike") == [("intended:attack", True)]
    # stored munitions going off is the counter-claim to a strike only where the account denies the strike
    assert _nature("There was no missile strike; the blasts were caused by shells that the militia had stored in the "
                   "cellar") == [("unintended:stored munitions", True)]
    assert _nature("The pipeline rupture was the result of years of neglect") == [("unintended:neglect", True)]


def test_a_cause_denied_in_its_clause_is_denied():
    assert _nature("This was not an act of God") == [("unintended:natural", False)]
    assert _nature("The outage in Brenn was not caused by the storm") == [("unintended:natural", False)]
    # ruled out, the way an inquiry says it
    assert _nature("Inspectors ruled out sabotage at the Brenn signal box") == [("intended:sabotage", False)]
    assert _nature("The rail board said there was no sign of foul play") == [("intended:sabotage", False)]


def test_no_cause_stated_no_nature():
    for text in ["The ferry was delayed by bad weather",            # what slowed it, not what harmed
                 "The army said it had fired 40 rockets last week",  # a kind word, no cause of a harm
                 "Rain is forecast for the weekend in Brenn",
                 "The refinery is near the river",
                 "The pupils were living under shelling for a month",   # where people lived, not what a happening was
                 "Inspectors found no evidence of any airstrike on the Vorn school"]:   # whether a strike happened, not its nature
        assert S.natures(text) == [], text


def test_intended_against_unintended_contradicts_with_a_readable_point():
    r = relate("The fire at the Orvel grain mill was arson.", "The fire at the Orvel grain mill was an accident.")
    assert r is not None and r.type == "contradicts"
    assert r.key == "slot:nature"
    assert point_label(r.key) == "what kind of act: meant or not"
    r = relate("The cargo plane was shot down near Lusk on Monday.",
               "The cargo plane crashed near Lusk on Monday because of an engine failure.")
    assert r is not None and r.type == "contradicts"
    r = relate("The signal box fire in Brenn was deliberate sabotage.",
               "The signal box fire in Brenn was caused by a short circuit.")
    assert r is not None and r.type == "contradicts"


def test_asserted_against_denied_contradicts():
    r = relate("The slope above the Darro camp gave way after days of heavy rain, a natural disaster.",
               "The hill above the Darro camp had been cut away for sand; this was not an act of God.")
    assert r is not None and r.type == "contradicts"


def test_ruled_out_against_asserted_contradicts():
    r = relate("The derailment at Brenn junction was sabotage.", "Inspectors ruled out sabotage in the Brenn junction derailment.")
    assert r is not None and r.type == "contradicts"


def test_one_nature_in_two_kinds_two_effects_and_a_sole_cause_are_no_dispute():
    # a storm and neglect: both unintended (both read), the dispute (if any) is left to the words
    assert _nature("The Brenn dam failed because of a storm.") == [("unintended:natural", True)]
    assert _nature("The Brenn dam failed because of years of neglect.") == [("unintended:neglect", True)]
    r = relate("The Brenn dam failed because of a storm.", "The Brenn dam failed because of years of neglect.")
    assert r is None or r.type != "contradicts"
    # what caused the fire and what caused the explosion before it: two effects
    assert [v.group for v in S.natures("The explosion at the Tarn depot was an accident.")] == ["explosion"]
    r = relate("The fire at the Tarn depot was caused by a missile.", "The explosion at the Tarn depot was an accident.")
    assert r is None or r.type != "contradicts"
    # "not the rain alone": the rain is still a cause
    r = relate("The Darro slide was caused by heavy rain.", "The Darro slide was not caused by the rain alone.")
    assert r is None or r.type != "contradicts"
    # the same nature told twice is no contradiction and, by this slot, no corroboration either
    r = relate("The Orvel mill fire was arson.", "The Orvel mill fire was deliberate.")
    assert r is None or r.type != "contradicts"


# ---------------------------------------------------------------- after review (session 22 mend)
def test_the_subject_of_an_act_of_harm_gives_no_nature():
    # what did the harm named as its subject tells what happened, not a cause set against the cause of another effect
    for text in ["A rocket strike on the Tarn bus depot killed nine people",
                 "An air raid on the Selm airfield destroyed two hangars",
                 "Shelling killed three people in Ostra on Friday"]:
        assert S.natures(text) == [], text


def test_a_sequence_told_by_two_accounts_is_no_dispute():
    pairs = [
        # a strike, then a fire the wind spread
        ("A missile strike hit the Harlo oil terminal on Sunday and set it ablaze, the mayor said.",
         "The fire at the Harlo oil terminal on Sunday spread because of high winds, firefighters said."),
        # a strike, then a death by illness during it
        ("Shelling killed two people in Morvik on Thursday, the mayor said.",
         "A third man died of a heart attack in Morvik during the shelling on Thursday, his family said."),
        # shelling, then a gas leak that blew up
        ("The shelling of Morvik on Thursday caused a gas leak that later exploded, the mayor said.",
         "The explosion in Morvik on Thursday was caused by a gas leak, the gas company said."),
        # a raid, then a crash by pilot error during it
        ("The air raid on the Selm airfield on Monday destroyed two hangars, the air force said.",
         "A transport plane crashed at the Selm airfield during the air raid on Monday because of pilot error, "
         "the air force said."),
    ]
    for a, b in pairs:
        r = relate(a, b)
        assert r is None or r.type != "contradicts", (a, b, r)


def test_a_sequence_told_in_one_sentence_is_no_side():
    # a reduced passive ("started by") unread, the wind's "because of" after "spread": the cause of the spreading
    r = relate("The fire at the Harlo terminal, started by a missile strike, spread because of high winds.",
               "The fire at the Harlo terminal was caused by a missile strike.")
    assert r is None or r.type != "contradicts"
    # stored ammunition set off by a strike: a chain, not a counter-claim
    assert S.natures("The blasts at the Harlo depot were caused by ammunition stored there, set off by a drone strike") == []
    r = relate("The blasts at the Harlo depot were caused by ammunition stored there, set off by a drone strike.",
               "The Harlo depot was destroyed by a drone strike.")
    assert r is None or r.type != "contradicts"


def test_a_cause_connective_after_any_other_verb_gives_no_nature():
    for text in ["Ferries to Harlo were cancelled due to bad weather",
                 "The Morvik school was closed because of the shelling",
                 "The fire at the Harlo terminal spread because of high winds"]:
        assert S.natures(text) == [], text
    # after the harm itself, or its effect noun and copula, it is read
    assert _nature("The Harlo ferry sank because of a storm") == [("unintended:natural", True)]
    assert _nature("The explosion in Morvik was due to a gas leak") == [("unintended:technical", True)]


def test_a_nature_not_ruled_out_is_an_open_question():
    assert S.natures("Detectives have not ruled out sabotage at the Harlo substation") == []
    assert S.natures("Investigators were not ruling out foul play") == []
    r = relate("The coroner said she had not ruled out foul play in the death of the Harlo harbour master.",
               "The Harlo harbour master was murdered, his brother said.")
    # (the older asserted-vs-denied rule still reads "not ruled out" as a denial: not this slot's point)
    assert r is None or r.key != "slot:nature"


def test_a_coal_mine_a_bomb_shelter_and_a_company_called_shell_are_no_attack():
    assert S.natures("Nine miners died in the mine at Velt") == []
    assert S.natures("Five people were killed in a bomb shelter in Velt when its roof caved in") == []
    assert _nature("Shell said the leak was caused by a faulty valve") == [("unintended:technical", True)]
    r = relate("Nine miners died in the mine at Velt on Monday, the union said.",
               "The mine at Velt flooded on Monday because of heavy rain, the owners said.")
    assert r is None or r.type != "contradicts"
    # a mine as a weapon is still one
    assert _nature("The trawler was sunk by a naval mine off Velt") == [("intended:attack", True)]

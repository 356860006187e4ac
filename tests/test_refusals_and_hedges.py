"""Refusals and absences of comment, and hedges nobody named stands behind, on sentences we wrote.

A refusal is a ``no_comment`` claim whose content is the whole clause, and a non-confirmation is never
shown as an assertion; a hedge is ``unattributed``, with no speaker, never a sourced claim."""

from __future__ import annotations

import pytest

from test_attribution import nlp, only, run  # noqa: F401  (the session's one model)


@pytest.mark.parametrize(
    "body, speaker, content",
    [
        ("The harbour police have not publicly confirmed the identity of the drowned sailor.",
         "harbour police", "The harbour police have not publicly confirmed the identity of the drowned sailor"),
        ("Russian authorities have yet to officially comment.",
         "Russian authorities", "Russian authorities have yet to officially comment"),
        ("The coroner did not specify the cause of death.",
         "coroner", "The coroner did not specify the cause of death"),
        ("The garrison commander hasn't released the names of the wounded.",
         "garrison commander", "The garrison commander hasn't released the names of the wounded"),
        ("The port authority could not be immediately reached for comment.",
         "port authority", "The port authority could not be immediately reached for comment"),
        ("Mayor Irena Dovzhyk declined to disclose the size of the ransom.",
         "Irena Dovzhyk", "Mayor Irena Dovzhyk declined to disclose the size of the ransom"),
        ("The foreign ministry would not confirm the arrests.",
         "foreign ministry", "The foreign ministry would not confirm the arrests"),
        ("The brigade refused to say how many soldiers were missing.",
         "brigade", "The brigade refused to say how many soldiers were missing"),
        ("Governor Pavlo Serhin did not want to comment on who ordered the strike.",
         "Pavlo Serhin", "Governor Pavlo Serhin did not want to comment on who ordered the strike"),
        ("The harbour police gave no details about the wounded.",
         "harbour police", "The harbour police gave no details about the wounded"),
        ("The garrison would neither confirm nor deny the report.",
         "garrison", "The garrison would neither confirm nor deny the report"),
        ("The coast guard has remained silent on the collision.",
         "coast guard", "The coast guard has remained silent on the collision"),
        ("The prosecutor's office declined requests for comment.",
         "prosecutor's office", "The prosecutor's office declined requests for comment"),
        ("The Orlivka council has made no comment on the fire.",
         "Orlivka council", "The Orlivka council has made no comment on the fire"),
        ("The port authority has not confirmed or commented on the report.",
         "port authority", "The port authority has not confirmed or commented on the report"),
        ("The harbour office is yet to comment on the report.",
         "harbour office", "The harbour office is yet to comment on the report"),
        ("The garrison has so far not commented on the strike.",
         "garrison", "The garrison has so far not commented on the strike"),
        ("The Orlivka council has issued no statement.", "Orlivka council", "The Orlivka council has issued no statement"),
        # unable to confirm; a breakdown or a list withheld or unpublished
        ("The Veltran Red Cross has not been able to confirm the toll.",
         "Veltran Red Cross", "The Veltran Red Cross has not been able to confirm the toll"),
        ("The port authority was unable to confirm the sinking.",
         "port authority", "The port authority was unable to confirm the sinking"),
        ("The health office has not provided a breakdown of the casualties.",
         "health office", "The health office has not provided a breakdown of the casualties"),
        ("The garrison has not published a list of the dead.",
         "garrison", "The garrison has not published a list of the dead"),
        ("The coast guard has kept silent about the losses.",
         "coast guard", "The coast guard has kept silent about the losses"),
        # the outlet's attempt: the silence is the one it tried to reach
        ("The Herald could not immediately reach the port authority for comment.",
         "port authority", "The Herald could not immediately reach the port authority for comment"),
        ("It was not immediately possible to reach the garrison for comment.",
         "garrison", "It was not immediately possible to reach the garrison for comment"),
    ],
)
def test_refusal_forms(nlp, body, speaker, content):
    c = only(run(nlp, body), "no_comment")
    assert (c.speaker, c.content, c.stance) == (speaker, content, None)


@pytest.mark.parametrize("body", ["There was no immediate comment from the Veltran Defence Ministry.",
                                  "There has been no official confirmation from the Veltran Defence Ministry."])
def test_no_comment_from_names_its_source(nlp, body):
    c = only(run(nlp, body), "no_comment")
    assert c.speaker == "Veltran Defence Ministry"
    assert c.content == body.rstrip(".")


def test_silence_reported_by_its_keeper_is_theirs(nlp):
    body = "The Kalvar government said it had not yet given details of who carried out the raid."
    c = only(run(nlp, body), "no_comment")
    assert c.speaker == "Kalvar government"
    assert c.content.startswith("it had not yet given details")


@pytest.mark.parametrize(
    "body",
    [
        # a refusal that is no one's: a general statement, a relative clause, a quoted silence
        "It is wrong to refuse to release the casualty lists.",
        "Charities that don't disclose their donors face new rules.",
        "The Veltran courts could not independently verify the footage.",
        "The ruling is not universally shared among the judges.",
        "He said the weather made no difference to the crossing.",
        "The crew could not reach the harbour before dark.",
        "The reserve brigade has yet to be deployed.",
        # a question put to someone is no claim of theirs, nor a silence
        "Asked about the sinking, the harbour master said the crew were safe.",
        # being unable to do something, or not returning home, is no silence of a source
        "Thousands of islanders were unable to return to their homes after the storm.",
        "The rescuers were unable to identify the drowned sailors.",
        "Residents of Orlivka did not return to their homes.",
    ],
)
def test_not_refusals(nlp, body):
    assert [c for c in run(nlp, body).claims if c.kind == "no_comment"] == []


@pytest.mark.parametrize(
    "body, hidden",
    [
        ("The harbour police have not publicly confirmed the identity of the drowned sailor.", "identity"),
        ("The minister did not say that the convoy had crossed the border.", "convoy"),
        ("The spokesman never claimed that the depot held ammunition.", "depot"),
    ],
)
def test_non_statement_is_never_an_assertion(nlp, body, hidden):
    """What a source did not confirm or did not say is never listed as what it asserts."""
    ext = run(nlp, body)
    assert not [c for c in ext.claims if c.kind != "no_comment" and hidden in c.content], ext.claims


@pytest.mark.parametrize(
    "body, content",
    [
        ("The convoy was reportedly hit by two drones near the bridge.",
         "The convoy was reportedly hit by two drones near the bridge"),
        ("It is understood that the prisoners were moved to the northern camp.",
         "the prisoners were moved to the northern camp"),
        ("The body found on the beach is believed to be that of the missing captain.",
         "The body found on the beach is believed to be that of the missing captain"),
        ("The colonel was declared a traitor.", "The colonel was declared a traitor"),
    ],
)
def test_hedges_are_unattributed(nlp, body, content):
    c = only(run(nlp, body))
    assert c.kind == "unattributed" and c.speaker is None
    covered = " ".join(body[a:b] for a, b in c.parts) if c.parts else c.content
    assert all(w in covered for w in content.replace("is believed", "").replace("was declared", "").split() if len(w) > 3)


def test_sourced_claim_stays_sourced(nlp):
    body = "The harbour master said the convoy was reportedly hit by two drones."
    ext = run(nlp, body)
    assert [c.kind for c in ext.claims] == ["indirect"]
    assert ext.claims[0].speaker == "harbour master"


def test_a_quote_reporting_a_third_partys_silence_is_both_claims(nlp):
    body = "“Veltran officials declined to disclose how the footage was obtained,” the report added."
    claims = run(nlp, body).claims
    kinds = sorted(c.kind for c in claims)
    assert kinds == ["direct", "no_comment"]
    silence = next(c for c in claims if c.kind == "no_comment")
    # the officials' own silence, unnamed ("Veltran" may be read as the body they speak for)
    assert silence.speaker_text == "Veltran officials" and silence.anonymous and silence.nested_in is not None


def test_a_quoted_speakers_own_silence_is_only_the_quote(nlp):
    claims = run(nlp, "“We will not comment on the talks,” the minister said.").claims
    assert [c.kind for c in claims] == ["direct"]


def test_a_refusal_takes_its_whole_list_of_what_was_withheld(nlp):
    body = "Veltran officials declined to disclose the nature of the intelligence, how it was obtained or who saw it."
    c = only(run(nlp, body), "no_comment")
    assert c.content == body.rstrip(".")
    kept = only(run(nlp, "The ministry declined to comment, but a source said the talks were over."), "no_comment")
    assert kept.content == "The ministry declined to comment"


def test_a_refusal_keeps_a_subject_with_its_bracketed_acronym(nlp):
    body = "The Veltran Border Service (VBS) has not commented."
    assert only(run(nlp, body), "no_comment").content == body.rstrip(".")


@pytest.mark.parametrize("body, said", [
    ("A senior official, speaking on condition of anonymity because he was not authorised to discuss the "
     "operation, said the crew was killed.", "the crew was killed"),
    ("The officials, who were not authorized to speak publicly about the matter, said the depot was empty.",
     "the depot was empty"),
    ("An official who asked not to be named because she was not permitted to comment on the probe said it had "
     "stalled.", "it had stalled"),
])
def test_why_a_source_is_unnamed_is_no_claim(nlp, body, said):
    claims = run(nlp, body).claims
    assert [c.content for c in claims] == [said]
    assert claims[0].kind == "indirect"


@pytest.mark.parametrize("body", [
    "Neither side has commented on the report.",
    "Neither the Veltran nor the Kesmarian military has commented.",
    "No official has responded to the allegations.",
    "Kyiv has not claimed responsibility for the strike on the bridge.",
    "Neither the Brask Legion nor the army has claimed responsibility for the blast.",
    "Officials declined to be interviewed.",
])
def test_silences_with_a_negated_subject_or_owning_up(nlp, body):
    claims = run(nlp, body).claims
    assert [c.kind for c in claims] == ["no_comment"]


@pytest.mark.parametrize("body", [
    "The army has confirmed that three soldiers died.",
    "The Brask Legion has claimed responsibility for the attack.",
    # no one named: the writer's account of what is known, no source's silence (GUIDE: a claim has a source)
    "No group has claimed responsibility for the blast.",
])
def test_the_same_verbs_said_outright_are_no_silence(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims)


def test_a_reported_refusal_is_not_also_an_assertion(nlp):
    body = "A spokesperson for the ministry said they could not comment on an ongoing investigation."
    claims = run(nlp, body).claims
    assert [c.kind for c in claims] == ["no_comment"]


def test_a_question_put_to_a_speaker_is_no_claim_of_theirs(nlp):
    claims = run(nlp, "Asked about the sinking, the harbour master said the crew were safe.").claims
    assert [(c.cue, c.content) for c in claims] == [("said", "the crew were safe")]


@pytest.mark.parametrize("body, speaker", [
    ("The Velesian army had no immediate comment on the video.", "Velesian army"),
    ("Requests for comment to the harbour authority went unanswered.", "harbour authority"),
    ("Neither the army nor the police commented on the fire.", "Neither the army nor the police"),
])
def test_silences_held_by_a_subject_an_addressee_or_a_negated_pair(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", speaker)]


@pytest.mark.parametrize("body", [
    "No comment is needed on a storm this size.",
    "Requests for comment piled up on the desk.",
    "Both harbour masters commented on the storm.",
])
def test_the_same_words_keeping_no_ones_silence(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims)


@pytest.mark.parametrize("body, speaker, silence", [
    ("The harbour authority, which has not commented on the video, said last week that the pier was safe.",
     "harbour authority", "has not commented on the video"),
    ("The coast guard, which did not respond to a request for comment, has denied the reports before.",
     "coast guard", "did not respond to a request for comment"),
])
def test_a_silence_in_an_aside_about_the_speaker_is_theirs_and_no_assertion(nlp, body, speaker, silence):
    claims = run(nlp, body).claims
    assert [(c.speaker, c.content) for c in claims if c.kind == "no_comment"] == [(speaker, silence)]
    assert not [c for c in claims if c.kind != "no_comment" and c.cue in ("commented", "respond")]


def test_a_restrictive_relative_clause_keeps_no_ones_silence(nlp):
    body = "Ferry firms that do not respond to the survey will be fined, the council said."
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims)


@pytest.mark.parametrize("body, said, silence", [
    ("The operator said the ferry was safe and declined to comment further.",
     "the ferry was safe", "declined to comment further"),
    ("The harbour master said two boats had sunk but would not say whose they were.",
     "two boats had sunk", "would not say whose they were"),
    ("The coast guard confirmed the rescue but declined further comment.", "the rescue", "declined further comment"),
])
def test_a_statement_then_a_refusal_by_one_subject_are_two_claims(nlp, body, said, silence):
    claims = run(nlp, body).claims
    assert sorted((c.kind == "no_comment", c.content) for c in claims) == [(False, said), (True, silence)]


def test_a_refusal_joined_to_a_reported_clause_with_its_own_agent_stays_that_agents(nlp):
    claims = run(nlp, "The mayor said the harbour board had seen the report and had not commented since.").claims
    assert [(c.kind, c.speaker) for c in claims if c.kind == "no_comment"] == [("no_comment", "harbour board")]


def test_requests_from_an_outlet_to_a_body_are_the_bodys_silence(nlp):
    claims = run(nlp, "Requests for comment from the Orsund Herald to the harbour board went unanswered.").claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", "harbour board")]


@pytest.mark.parametrize("body, speaker", [
    ("Messages left with the harbour board were not returned.", "harbour board"),
    ("Phone calls to the port authority went unanswered on Monday.", "port authority"),
    ("Questions sent to the coast guard were not answered.", "coast guard"),
    ("The harbour board has been contacted for comment.", "harbour board"),
    ("The Orsund Herald has approached the coast guard for comment.", "coast guard"),
])
def test_unreturned_messages_and_a_pending_request_are_the_asked_ones_silence(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", speaker)]


@pytest.mark.parametrize("body", [
    "When contacted for comment, the harbour board said the pier was safe.",
    "The harbour board, contacted for comment, said the pier was safe.",
])
def test_contacted_and_answering_is_no_silence(nlp, body):
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", "harbour board")]


@pytest.mark.parametrize("body, speaker", [
    ("The port authority said it had nothing further to add.", "port authority"),
    ("The harbour board has yet to issue a statement.", "harbour board"),
    ("The coast guard said it had no information about the missing trawler.", "coast guard"),
])
def test_nothing_to_add_no_statement_yet_and_no_information_are_silences(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", speaker)]


def test_what_a_source_did_not_mention_is_its_silence_never_its_assertion(nlp):
    claims = run(nlp, "The harbour master spoke for an hour but did not mention the missing trawler.").claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", "harbour master")]


def test_people_lacking_information_is_no_ones_silence(nlp):
    claims = run(nlp, "Fishermen had no information about the curfew, the harbour master said.").claims
    assert [c.kind for c in claims] == ["indirect"]


def test_a_silence_back_in_the_reporting_tense_is_the_reporting_subjects(nlp):
    body = "The coast guard said its cutters had towed two boats to port but did not mention the trawler."
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", "coast guard"), ("no_comment", "coast guard")]


@pytest.mark.parametrize("body, speaker", [
    ("The harbour board declined an interview request.", "harbour board"),
    ("The port authority did not make anyone available for an interview.", "port authority"),
    ("There has been no word from the harbour board.", "harbour board"),
    ("The coast guard has not publicly addressed the allegations.", "coast guard"),
    ("The harbour master has not spoken publicly about the collision.", "harbour master"),
    ("The port authority refused to be drawn on the cause of the fire.", "port authority"),
    ("The harbour board stayed silent on the dismissals.", "harbour board"),
    ("The port authority has been silent about the collision.", "port authority"),
    ("The harbour board has given no timeline for the repairs.", "harbour board"),
    ("The coast guard would not be drawn on whether the trawler had been rammed.", "coast guard"),
    ("It was not possible to reach the harbour board's press office.", "harbour board"),
    ("The Orsund Herald was unable to reach the port authority.", "port authority"),
    ("The port authority has so far kept quiet on the matter.", "port authority"),
    ("The harbour master was not available to comment on Monday.", "harbour master"),
])
def test_silences_in_further_words(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", speaker)]


@pytest.mark.parametrize("body", [
    "No group has yet claimed the ferry bombing.",
    "The harbour master has not spoken publicly about the collision.",
])
def test_an_act_nobody_owned_up_to_or_a_silence_about_a_topic_is_never_an_assertion(nlp, body):
    assert [c.kind for c in run(nlp, body).claims] == ["no_comment"]


@pytest.mark.parametrize("body", [
    "The harbour master spoke publicly about the collision on Monday.",
    "The mayor said he did not speak on behalf of the council.",
    "The streets have been silent since the curfew.",
])
def test_speaking_and_quiet_streets_are_no_silence(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims)


def test_a_place_out_of_reach_is_no_ones_silence(nlp):
    assert run(nlp, "Rescuers could not reach the flooded village.").claims == []


def test_a_clause_subjects_own_silence_stays_theirs_in_another_tense(nlp):
    claims = run(nlp, "Fishermen said the harbour board had received their letters but did not respond.").claims
    assert [(c.kind, c.speaker) for c in claims if c.kind == "no_comment"] == [("no_comment", "harbour board")]


@pytest.mark.parametrize("body", [
    "Questions from reporters about the cost went unanswered.",
    "Calls from the fishermen's union for a strike went unanswered.",
    "The journalist was approached for a comment by the harbour board.",
    "Fishermen said they had no information about the curfew.",
])
def test_unanswered_calls_of_a_sender_and_an_asker_are_no_silence(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims)


@pytest.mark.parametrize("body, said", [
    ("The harbour board was contacted for comment and said the pier was safe.", "the pier was safe"),
    ("Calls to the port authority went unanswered, and the mayor said the pier was safe.", "the pier was safe"),
])
def test_a_silence_leaves_the_claims_beside_it(nlp, body, said):
    claims = run(nlp, body).claims
    assert said in [c.content for c in claims if c.kind == "indirect"]


def test_a_silence_bounded_to_its_clause_and_told_once(nlp):
    claims = run(nlp, "The ferry company was approached for comment but did not respond.").claims
    assert [c.kind for c in claims] == ["no_comment"]


@pytest.mark.parametrize("body", [
    "The ferry company has not disputed the findings.",
    "The harbour master did not blame the crew for the collision.",
])
def test_a_stance_not_taken_is_never_an_assertion(nlp, body):
    assert run(nlp, body).claims == []


def test_stopping_short_of_confirming_is_a_silence(nlp):
    claims = run(nlp, "The coast guard stopped short of confirming the deaths.").claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", "coast guard")]


@pytest.mark.parametrize("body, speaker", [
    ('The harbour board said it was "not in a position to comment" on the collision.', "harbour board"),
    ("The coast guard said it would not speculate on the cause of the fire.", "coast guard"),
    ("The port authority said it was aware of the reports but had no further information.", "port authority"),
    ("A spokesperson for the harbour board said it would respond in due course.", "harbour board"),
])
def test_silences_a_source_says_it_keeps(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims if c.kind == "no_comment"] == [speaker]


@pytest.mark.parametrize("body", [
    "The Orsund Herald was unable to confirm the figure.",
    "The newspaper could not confirm the toll.",
])
def test_an_outlets_own_check_is_no_sources_silence(nlp, body):
    assert run(nlp, body).claims == []


@pytest.mark.parametrize("body", [
    "The Orsund Herald has reached out to the harbour board for comment.",
    "The Orsund Herald has asked the harbour board for comment.",
])
def test_a_body_asked_for_comment_keeps_silent_so_far(nlp, body):
    assert [(c.kind, c.speaker) for c in run(nlp, body).claims] == [("no_comment", "harbour board")]


@pytest.mark.parametrize("body", [
    "The harbour board asked residents for comments on the new pier plan.",
    "The front line has been quiet over the past week.",
    "The harbour stayed quiet overnight.",
    "Families have no further information about the missing sailors.",
    "The harbour master has not spoken on the phone with the mayor since March.",
])
def test_quiet_places_surveys_and_phone_calls_are_no_silence(nlp, body):
    claims = run(nlp, body).claims
    assert all(c.kind != "no_comment" for c in claims)


@pytest.mark.parametrize("body, speaker", [
    ('The mayor said the harbour master "would not speculate" on the cause.', "harbour master"),
    ('The harbour board said the coast guard "had declined to comment".', "coast guard"),
])
def test_a_quoted_silence_of_a_reported_subject_keeps_the_subject_whole(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims if c.kind == "no_comment"] == [speaker]


def test_an_outlets_silence_about_itself_is_still_a_silence(nlp):
    claims = run(nlp, "The Orsund Herald has not confirmed whether its editor will return.").claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", "Orsund Herald")]


# -- session 9: silences in forms the rules missed (each class: cases and counter-cases) -------------
@pytest.mark.parametrize("body, speaker", [
    ("The harbour board has stayed mum about the grounding.", "harbour board"),
    ("The coast guard refrained from commenting on the search.", "coast guard"),
    ("Attempts to reach the harbour board for comment were unsuccessful.", "harbour board"),
    ("The port authority has not reacted to the findings.", "port authority"),
    ("The coast guard said it would not be commenting on the rescue.", "coast guard"),
    ("The harbour master left the hearing without comment.", "harbour master"),
    ("The coast guard gave no indication of when the search would end.", "coast guard"),
])
def test_session9_silence_forms(nlp, body, speaker):
    claims = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert [c.speaker for c in claims] == [speaker], [(c.kind, c.speaker, c.content) for c in run(nlp, body).claims]


@pytest.mark.parametrize("body", [
    "The coast guard responded to the distress call with two boats.",
    "The fishermen reacted with relief to the forecast.",
    "The harbour board refrained from raising the fees.",
    "Attempts to reach the stranded trawler were unsuccessful until dawn.",
    "The pupils kept quiet during the assembly.",
    "The trawler left the harbour without its nets.",
])
def test_session9_silence_counter_cases(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims)


# -- session 9 mend: the new silence forms only for a source, and only about saying ------------------
@pytest.mark.parametrize("body", [
    "The bylaw passed without comment from the opposition.",
    "The parcel arrived at the depot without comment.",
    "The trawler crew watched without comment as the hull sank.",
    "The fish market has not reacted to the news.",
    "The patient has not reacted to the new drug.",
    "The ministry did not react to the shelling of the quay.",
    "The crowd did not react when the mayor arrived.",
    "The pilot gave no indication of trouble before the landing.",
    "The forecast gave no indication of rain.",
    "Dovzhyk gave no indication that he was unwell.",
    "The ministry will not be releasing the detainees.",
    "The club will not be naming its new stadium after the mayor.",
    "Attempts to contact the captain by radio were unsuccessful.",
    "The child kept mum about the broken window.",
])
def test_session9_mend_no_silence_of_a_non_source_or_of_an_act(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims), [(c.kind, c.speaker) for c in run(nlp, body).claims]


@pytest.mark.parametrize("body, speaker, content", [
    ("The harbour police said the suspect left without comment.", "harbour police", "the suspect left without comment"),
    ("The coast army said it would not be releasing the hostages.", "coast army", "it would not be releasing the hostages"),
])
def test_session9_mend_a_silence_form_inside_a_claim_leaves_the_claim(nlp, body, speaker, content):
    assert [(c.kind, c.speaker, c.content) for c in run(nlp, body).claims if c.kind != "unattributed"] == [
        ("indirect", speaker, content)]


@pytest.mark.parametrize("body, speaker", [
    ("The regulator has not reacted to the request for comment.", "regulator"),
    ("The ministry gave no indication of when the bridge would reopen.", "ministry"),
    ("The police will not be releasing the names of the victims.", "police"),
])
def test_session9_mend_the_silence_forms_still_fire_for_a_source(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims if c.kind == "no_comment"] == [speaker]


# session 13: one test over a negated verb of telling used of an act or of a telling that came later
@pytest.mark.parametrize("body", [
    "The water board did not confirm the merger until March, when it said the talks were over.",
    "The goalkeeper did not answer the bell.",
    "The farmers did not respond to the drought by selling their herds.",
    "The plant did not release any gas during the leak.",
    "The missing fisherman could not be reached by the coastguard boats before dark.",
    "Nobody has claimed responsibility for the fire at the Dravik warehouse.",
    "The storm left many questions unanswered.",
    "The streets were silent on Sunday.",
    "Calls for Tarvia's withdrawal went unanswered.",
])
def test_session13_an_act_or_a_later_telling_is_no_silence(nlp, body):
    assert all(c.kind != "no_comment" for c in run(nlp, body).claims), [(c.kind, c.content) for c in run(nlp, body).claims]


@pytest.mark.parametrize("body, speaker", [
    ("Calls left for the Dravik port operator were not returned on Monday.", "Dravik port operator"),
    ("Messages sent for the union's leader were not returned.", "union's leader"),
    ("Our requests for comment were not answered by the ministry.", "ministry"),
    ("A message left with the Orsund police was not immediately returned.", "Orsund police"),
    ("The prime minister dodged questions about the budget.", "prime minister"),
    ("The agency left our questions unanswered.", "agency"),
    ("The defence ministry has not publicly responded to the video.", "defence ministry"),
    ("The Marlin Group did not respond to the Orsund Courier's questions.", "Marlin Group"),
])
def test_session13_silences_in_more_forms(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims if c.kind == "no_comment"] == [speaker]


def test_session13_a_silence_since_a_statement_keeps_the_statement(nlp):
    claims = run(nlp, "The agency has not commented since it said last week that the dam was safe.").claims
    assert [(c.kind, c.content) for c in claims if c.kind != "unattributed"] == [
        ("no_comment", "The agency has not commented"), ("indirect", "the dam was safe")]


# session 13 mend: a negated verb of telling stays a silence unless there is positive evidence of an act
# (a deny-list of non-message objects), never an allow-list of message nouns
@pytest.mark.parametrize("body, speaker", [
    ("The Halden Group did not respond to a list of written questions.", "Halden Group"),
    ("The Tarvia ministry has not responded to the lawsuit.", "Tarvia ministry"),
    ("The port authority has not responded to the ruling.", "port authority"),
    ("The club did not respond to the Orsund Courier.", "club"),
    ("The embassy did not respond to texts or voicemails.", "embassy"),
    ("The port authority has not answered the allegations.", "port authority"),
    ("The mayor did not answer a series of questions sent by the Courier.", "mayor"),
    ("The senator's office did not return texts seeking comment.", "senator's office"),
    ("The council did not return inquiries on Monday.", "council"),
    ("The Dravik police would not release the names until Monday.", "Dravik police"),
    ("The Marlin Group has not commented until now.", "Marlin Group"),
    ("Kelvar Mining could not be reached by press time.", "Kelvar Mining"),
    ("The Orsund governor could not be reached by deadline.", "Orsund governor"),
    ("The company could not be reached by the time of publication.", "company"),
    ("The caretaker did not answer the phone.", "caretaker"),
])
def test_session13_mend_ordinary_refusals_stay_silences(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims if c.kind == "no_comment"] == [speaker]


@pytest.mark.parametrize("body", [
    "The council did not respond to the flooding.",
    "The caretaker did not answer the door.",
    "The hamlet could not be reached by road.",
    "The mayor never dodged questions from the press.",
    "Unlike her rival, the senator has not ignored requests for comment.",
    "The firm has been accused of ignoring questions about its accounts.",
    "The assembly was silent on Monday as members remembered the miners.",
    "Questions were not answered by the deadline.",
    "The police did not release the detainees.",
])
def test_session13_mend_acts_negated_evasions_and_times_are_no_silence(nlp, body):
    claims = run(nlp, body).claims
    assert all(c.kind != "no_comment" for c in claims), [(c.kind, c.speaker, c.content) for c in claims]


@pytest.mark.parametrize("body, speaker", [
    ("Critics say the governor dodged questions about the contract.", "Critics"),
    ("He has not said a word, his lawyer said.", "his lawyer"),
])
def test_session13_mend_a_reported_evasion_is_the_reporter_s_claim(nlp, body, speaker):
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", speaker)]


def test_session13_mend_silent_since_a_statement_keeps_the_clause_whole(nlp):
    claims = run(nlp, "The ministry has been silent since it announced the inquiry.").claims
    assert [c.content for c in claims if c.kind == "no_comment"] == ["The ministry has been silent"]

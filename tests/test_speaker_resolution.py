"""Speakers resolved to the person or body the text names with them, on sentences we wrote."""

from __future__ import annotations

import pytest

from test_attribution import nlp, only, run  # noqa: F401  (the session's one model)


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a role or a body's name before a full name: the person
        ("Orlivka Mayor Taras Hnatiuk said the shelters were full.", "Taras Hnatiuk"),
        ("Kelm city mayor Oksana Dzyuba said the water was rising.", "Oksana Dzyuba"),
        ("Veltran Presidential Spokesman Ilya Serov said the strike was an accident.", "Ilya Serov"),
        ("Major-General Pyotr Vasko said the depot was never a target.", "Pyotr Vasko"),
        ("A spokesman for Veltran's Border Service Marko Lysenko said the bridge was closed.", "Marko Lysenko"),
        # a document speaks for its owner
        ("The Veltran Defence Ministry's statement said the system was not in service.", "Veltran Defence Ministry"),
        ("The United Nations' report said 14 people had died.", "United Nations"),
        ("Twelve people died, according to evidence from an Associated Press investigation.", "Associated Press"),
        # a spokesperson of a named body, with no name of their own: the body
        ("A spokeswoman for the Veltran foreign ministry said talks would resume.", "Veltran foreign ministry"),
        # whole names of outlets, and a body's title word kept
        ("The New York Times reported that the convoy turned back.", "New York Times"),
        ("The Wall Street Journal reported that the plan was approved in May.", "Wall Street Journal"),
        ("The General Staff said the brigade withdrew.", "General Staff"),
    ],
)
def test_speaker_named_with_the_subject(nlp, body, speaker):
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert len(claims) == 1, claims
    assert claims[0].speaker == speaker


def test_a_states_organ_and_its_later_short_name(nlp):
    body = ("Russia's defence ministry said on Friday that the bridge had been mined. "
            "The ministry said two sappers were detained.")
    ext = run(nlp, body)
    assert [c.speaker for c in ext.claims] == ["Russia's defence ministry"] * 2


def test_an_unnamed_source_of_a_named_body_is_that_body_and_stays_anonymous(nlp):
    body = "A source at the Veltran General Staff said the operation took months."
    (c,) = run(nlp, body).claims
    assert c.speaker == "Veltran General Staff" and c.anonymous


def test_a_spokesman_of_an_unnamed_body_stays_as_written(nlp):
    body = "A spokesman for the company said the plant would reopen."
    (c,) = run(nlp, body).claims
    assert c.speaker == "spokesman for the company"


@pytest.mark.parametrize(
    "body, speaker_type",
    [
        ("Mayor Ivan Petrenko said the shelter was hit twice.", "person"),
        ("The nurse said the ward was full.", "person"),
        ("The Veltran defence ministry said the bridge was mined.", "state organ"),
        ("The Kalvar Times reported that the convoy turned back.", "media outlet"),
        ("Reuters reported that the talks had failed.", "media outlet"),
        ("The report said 14 people died.", "document"),
        ("Human Rights Watch said the strike was deliberate.", "organisation"),
        ("A source at the Veltran General Staff said the operation took months.", "anonymous source"),
    ],
)
def test_speaker_type(nlp, body, speaker_type):
    (c,) = run(nlp, body).claims
    assert c.speaker_type == speaker_type


def test_no_speaker_no_type(nlp):
    (c,) = run(nlp, "The colonel was declared a traitor.").claims
    assert c.speaker is None and c.speaker_type is None


def test_a_body_named_again_by_its_description(nlp):
    body = ("The rights group Amnesty International published a report on Thursday. "
            "The rights group said the strike was deliberate.")
    (c,) = run(nlp, body).claims
    assert c.speaker == "Amnesty International" and c.speaker_text == "The rights group"


def test_the_newspaper_is_the_outlet_named_last(nlp):
    body = ("The Kalvar Times reported on Tuesday that a group was behind the attack. "
            "The newspaper said there was no evidence of state involvement.")
    ext = run(nlp, body)
    assert [c.speaker for c in ext.claims] == ["Kalvar Times", "Kalvar Times"]


def test_a_document_word_names_an_outlet_only_capitalised(nlp):
    (c,) = run(nlp, "The intelligence review said the group acted alone.").claims
    assert c.speaker_type == "document"
    (c,) = run(nlp, "The Kalvar Post reported that the group acted alone.").claims
    assert c.speaker_type == "media outlet"


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a name in apposition to a generic head: the name
        ("The port was shelled at dawn, the rights group Amnesty International said on Tuesday.", "Amnesty International"),
        ("The news agency Reuters reported that the ferry had sunk.", "Reuters"),
    ],
)
def test_a_name_in_apposition_to_a_generic_head(nlp, body, speaker):
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [c.speaker for c in claims] == [speaker]
    assert claims[0].speaker_text.lower().startswith("the ")   # the words as written are kept


def test_the_document_named_earlier_speaks_for_its_owner(nlp):
    body = ("The Orlivka city council said in a statement on Telegram that the library was destroyed. "
            "Volunteers cleared the road. "
            "“No words can describe this cruelty,” the official statement read.")
    claims = run(nlp, body).claims
    direct = [c for c in claims if c.kind == "direct"]
    assert len(direct) == 1
    # the verb the tagger called a noun ("… the statement read.") still signs the quote
    assert direct[0].cue == "read"
    assert direct[0].speaker == next(c.speaker for c in claims if c.cue == "said")
    assert "council" in direct[0].speaker


def test_a_report_published_earlier_and_its_researchers(nlp):
    body = ("Amnesty International published a report on Monday. "
            "The report found that 40 people were detained at the depot. "
            "According to the researchers, the guards used the cellar as a cell.")
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims] == ["Amnesty International", "Amnesty International"]


def test_a_report_with_no_owner_in_the_text_stays_itself(nlp):
    claims = run(nlp, "The report said the bridge was closed on Friday.").claims
    assert [c.speaker for c in claims] == ["report"]


def test_blame_is_a_claim_of_its_subject(nlp):
    body = "The Veltran government blamed Kesmarian saboteurs for the explosions at the dam."
    claims = [c for c in run(nlp, body).claims]
    assert [(c.kind, c.speaker, c.cue) for c in claims] == [("indirect", "Veltran government", "blamed")]
    assert claims[0].content.startswith("Kesmarian saboteurs for the explosions")


def test_evidence_inside_a_named_sources_claim_is_that_sources(nlp):
    body = "Evidence suggests the depot was struck twice, the rights group Amnesty International said on Monday."
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", "Amnesty International")]
    # alone, nobody is named for it: the writer's hedge
    alone = run(nlp, "Evidence suggests the depot was struck twice.").claims
    assert [(c.kind, c.speaker) for c in alone] == [("unattributed", None)]


@pytest.mark.parametrize(
    "body, speaker, content",
    [
        # a sentence-final signature the parser hangs on the last noun
        ("The Orlivka ferry terminal was hit by a drone, port authority head Ivan Petrenko reported on Friday.",
         "Ivan Petrenko", "The Orlivka ferry terminal was hit by a drone"),
        # "head" taken for the verb of the sentence: the signature read from the surface
        ("The pumping station in northern Orlivka was hit by a drone strike, regional water company head Marta "
         "Kovalenko reported on Monday.", "Marta Kovalenko", "The pumping station in northern Orlivka was hit by a drone strike"),
        # a relative clause whose pronoun stands before the cue
        ("The ministry denied striking a depot in Orlivka, which local authorities said had killed 12 people.",
         "local authorities", "had killed 12 people"),
    ],
)
def test_signatures_the_parser_hangs_elsewhere(nlp, body, speaker, content):
    claims = run(nlp, body).claims
    assert any(c.speaker == speaker and c.content == content for c in claims), [(c.speaker, c.content) for c in claims]


def test_a_relative_clause_without_a_cue_is_no_claim(nlp):
    assert run(nlp, "The soldiers walked to the river, which they crossed at night.").claims == []


def test_the_organization_is_the_body_named_last(nlp):
    body = "Amnesty International said the camp was shelled. The group said 12 people died."
    assert [c.speaker for c in run(nlp, body).claims] == ["Amnesty International", "Amnesty International"]


def test_an_acronyms_expansion_stays_in_its_sentence(nlp):
    body = "ORLIVKA, June 10. The Kesmarian Seismic Service (KSS) said it had registered two blasts."
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims] == ["Kesmarian Seismic Service (KSS)"]


def test_a_citing_participle_is_where_the_claim_comes_from(nlp):
    body = "The Orlivka Herald reported that the plan was approved in May, citing officers involved in the plot."
    claims = run(nlp, body).claims
    assert [(c.cue, c.content) for c in claims] == [("reported", "the plan was approved in May")]


def test_called_on_an_addressee_to_act(nlp):
    body = "Veltra has called on the United Nations Security Council to independently investigate."
    claims = run(nlp, body).claims
    assert [(c.cue, c.content) for c in claims] == [
        ("called on", "the United Nations Security Council to independently investigate")]


def test_it_continues_the_state_that_was_the_subject(nlp):
    body = ("Veltra, isolated since the invasion, has previously blamed Kesmaria for the explosions that "
            "ruptured the Nord Stream pipelines. But it had not previously given specifics on who was responsible.")
    silence = only(run(nlp, body), "no_comment")
    assert silence.speaker == "Veltra"


def test_an_acronym_names_the_words_whose_initials_it_spells(nlp):
    body = ("The Council for Safety and Reconstruction in Orlivka (CSRO) said the bridge was hit. "
            "The CSRO said 150 people were sheltering.")
    speakers = [c.speaker for c in run(nlp, body).claims]
    assert speakers == ["Council for Safety and Reconstruction in Orlivka (CSRO)"] * 2


def test_a_short_name_is_the_companys_whole_name(nlp):
    body = ("Satellite images from Kestrel Technologies were published on Monday. "
            "The word children was visible, according to Kestrel. Kestrel said the roof collapsed later.")
    speakers = {c.speaker for c in run(nlp, body).claims if c.kind != "unattributed"}
    assert speakers == {"Kestrel Technologies"}


def test_ownerless_information_inside_a_quote_is_the_speakers(nlp):
    body = '"According to available information, the unit took part in the planning," Colonel Pyotr Vasko said.'
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("direct", "Pyotr Vasko")]


def test_a_source_inside_a_quote_ends_with_the_quote(nlp):
    body = '"According to the mayor, the depot burned for two days," Colonel Pyotr Vasko said.'
    nested = only(run(nlp, body), "according_to")
    assert nested.speaker == "mayor" and nested.content == "the depot burned for two days"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The United States and NATO have called the attacks an act of sabotage.", "United States and NATO"),
        ("Mayor Taras Hnatiuk and Governor Ilya Serov said the bridge was closed.", "Taras Hnatiuk and Ilya Serov"),
        # not names: the subject as it stands
        ("Residents and officials said the water rose overnight.", "Residents and officials"),
    ],
)
def test_names_joined_by_and_speak_together(nlp, body, speaker):
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize("role", ["A senior aide to President Ilya Serov", "A spokesman for President Ilya Serov",
                                  "An adviser to President Ilya Serov"])
def test_the_person_a_role_serves_is_not_the_speaker(nlp, role):
    claims = run(nlp, f"{role} said the talks were over.").claims
    assert len(claims) == 1 and claims[0].speaker != "Ilya Serov"


def test_a_person_described_by_a_role_is_the_one_named_next(nlp):
    lead = "A senior aide to President Ilya Serov said on Tuesday that Veltra was not involved."
    quote = '"Without a doubt, Veltra is not involved," Marko Lysenko said in a statement.'
    assert [c.speaker for c in run(nlp, f"{lead} {quote}").claims] == ["Marko Lysenko", "Marko Lysenko"]
    # a person named before the description is someone else
    earlier = run(nlp, f"Marko Lysenko met the press. {lead} {quote}").claims
    assert earlier[0].speaker != "Marko Lysenko"


def test_a_definite_role_continues_the_person_who_just_spoke(nlp):
    body = ("Ilya Serov said Kesmarian forces had mined the plant. Addressing the summit in Orlivka, "
            "the Ukrainian president said the plant could not have been blown up from the outside.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Ilya Serov", "Ilya Serov"]


def test_a_role_the_person_does_not_hold_is_someone_else(nlp):
    body = "Minister Ilya Serov said the bridge was closed. The president said it would reopen."
    assert [c.speaker for c in run(nlp, body).claims] == ["Ilya Serov", "president"]


def test_an_indefinite_role_brings_in_someone_new(nlp):
    body = ("Pilot Pyotr Vasko said the helicopter was hit. "
            "A pilot from another crew said the weather was too bad to fly.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Pyotr Vasko", "pilot from another crew"]


@pytest.mark.parametrize(
    "body, speaker, anonymous",
    [
        ("The Veltran Border Service (VBS) has not said how the men crossed. "
         "A VBS source told the newspaper that the men were detained.", "Veltran Border Service (VBS)", True),
        ("A Pentagon official said the drone was shot down.", "Pentagon", True),
        ("A White House spokesman said the talks were over.", "White House", False),
    ],
)
def test_a_source_or_spokesman_named_with_a_body_before_the_role(nlp, body, speaker, anonymous):
    said = run(nlp, body).claims[-1]
    assert (said.speaker, said.anonymous) == (speaker, anonymous)


def test_a_bare_spokesperson_speaks_for_the_body_that_just_spoke(nlp):
    body = ("The Veltran border agency said the pilot had crossed on foot. "
            "A spokesperson said the agency had confirmed his identity.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Veltran border agency"] * 2
    # after a person, a spokesperson is nobody's in particular
    other = run(nlp, "Ilya Serov said the bridge was closed. A spokesperson said it would reopen.").claims
    assert other[-1].speaker == "spokesperson"


def test_the_role_of_a_named_holder_is_that_person_not_the_body(nlp):
    body = ('"It was sabotage," Veltran Kremlin spokesman Ilya Serov said. '
            "The Veltran Kremlin spokesman said the dam had been mined.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Ilya Serov", "Ilya Serov"]


def test_a_nationality_before_a_body_keeps_it_whole_for_later(nlp):
    body = ("The Russian defence ministry accused Kesmaria of the attack. "
            "The ministry claimed in a statement that the missile was launched from Orlivka.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Russian defence ministry"] * 2


@pytest.mark.parametrize("body, speaker", [
    ("According to data published by the Veltran Health Ministry, 12 people died.", "Veltran Health Ministry"),
    ("According to a tally kept by the Kesmarian ombudsman's office, 40 people died.", "Kesmarian ombudsman's office"),
    ("The Ministry of Defence of Dravania said the crew was lost. "
     "According to information received by the ministry, the crew were shot.", "Ministry of Defence of Dravania"),
])
def test_information_put_out_or_kept_by_a_body_is_that_bodys(nlp, body, speaker):
    claim = only(run(nlp, body), "according_to")
    assert claim.speaker == speaker


def test_data_a_reporter_reviewed_stays_the_datas_not_the_reporters(nlp):
    body = "Flight-tracking data reviewed by the Lantern Wire show the signal was lost at 06:49."
    assert all(c.speaker != "Lantern Wire" for c in run(nlp, body).claims)


@pytest.mark.parametrize("second", ["The ministry said the crew were shot.", "A ministry spokesman said the crew were shot."])
def test_the_ministry_after_a_ministry_of_x_is_that_ministry(nlp, second):
    body = f"The Ministry of Defence of Dravania said the crew was lost. {second}"
    claims = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert [c.speaker for c in claims] == ["Ministry of Defence of Dravania"] * 2


def test_a_ministry_spokesman_after_a_national_ministry_is_that_ministry(nlp):
    body = "The Velesian Interior Ministry opened an inquiry. A ministry spokesman said the suspect had fled."
    claim = only(run(nlp, body), "indirect")
    assert claim.speaker == "Velesian Interior Ministry"


@pytest.mark.parametrize("body, speaker, content", [
    ("Interfax quoted Deputy Foreign Minister Oleg Varkin as saying that the talks were over.", "Oleg Varkin",
     "the talks were over"),
    ('"The talks are over," Interfax quoted Oleg Varkin as saying.', "Oleg Varkin", "The talks are over"),
    ("The Brask Courier reported, citing the defence ministry, that 20 drones were downed.", "defence ministry",
     "20 drones were downed"),
    ("The Brask Courier reported that 20 drones were downed, citing the Kelm Coast Guard.", "Kelm Coast Guard",
     "20 drones were downed"),
    # an unnamed source cited: the outlet that cites it keeps the claim
    ("The Brask Courier quoted a security source as saying the gunmen had fled.", "Brask Courier",
     "the gunmen had fled"),
    ("The Brask Courier reported that 20 drones were downed, citing unnamed officials.", "Brask Courier",
     "20 drones were downed"),
    ("The Brask Courier reported that the dam had burst, citing U.S. officials.", "Brask Courier",
     "the dam had burst"),
])
def test_a_source_cited_by_name_speaks(nlp, body, speaker, content):
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize("body, speaker", [
    ("Rear Admiral Tomas Lenko said the rocket misfired.", "Tomas Lenko"),
    ("Sergeant Ivan Petrov said the post fell.", "Ivan Petrov"),
    ("The Brask Courier newspaper reported that the bridge fell.", "Brask Courier"),
    ("The Kelm Front claimed the attack, according to the group's Vostar news agency.", "Vostar"),
    # an outlet word with no name stays as written
    ("The state news agency said the bridge fell.", "state news agency"),
])
def test_ranks_and_outlet_words_are_not_part_of_the_name(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims if c.kind != "unattributed"] == [speaker]


def test_officials_in_a_place_are_not_the_place(nlp):
    [claim] = run(nlp, "Health officials in Brask said the blast killed 12 people.").claims
    assert claim.speaker != "Brask" and claim.anonymous


def test_a_relative_clause_carrying_single_quotes_is_the_speakers(nlp):
    body = "Varkin said the attackers had tried to flee toward the border, where a 'window' had been prepared for them."
    [claim] = run(nlp, body).claims
    assert claim.content.endswith("prepared for them")


def test_a_hyphenated_rank_is_no_part_of_the_name_nor_makes_a_body(nlp):
    ext = run(nlp, "Defence spokesman Major-General Ivo Kren said the depot was hit. Kren added that it burned.")
    persons = [e for e in ext.entities if e.type == "PERSON"]
    assert [e.name for e in persons] == ["Ivo Kren"]
    assert not [e for e in ext.entities if "Major" in e.name]


def test_a_body_named_with_its_seat_keeps_it(nlp):
    body = "The Ministry of Health in Gaza said 40 people were killed. The ministry did not give a breakdown."
    assert [c.speaker for c in run(nlp, body).claims] == ["Ministry of Health in Gaza"] * 2


def test_the_committee_after_a_states_committee_is_named_as_written(nlp):
    body = "Russia's Investigative Committee said four men were held. The committee said they had fled north."
    assert [c.speaker for c in run(nlp, body).claims] == ["Russia's Investigative Committee"] * 2


def test_an_acronym_of_a_plants_kind_keeps_the_plants_name(nlp):
    ext = run(nlp, "Water from the Serin Hydroelectric Power Plant (HPP) flooded the valley, the operator said.")
    assert "Serin Hydroelectric Power Plant (HPP)" in [e.name for e in ext.entities]


def test_the_body_a_later_generic_stands_for_need_not_be_a_tagged_name(nlp):
    body = ("The Velesian interior ministry published a statement on Monday. In it, the ministry said eleven "
            "people were detained.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Velesian interior ministry"]


def test_the_company_is_the_body_named_just_before(nlp):
    body = "Images from Halvik Space showed the depot burned out, the company said."
    assert set(c.speaker for c in run(nlp, body).claims) == {"Halvik Space"}


@pytest.mark.parametrize("body, speaker", [
    ("A Velesian army spokesperson said the unit withdrew.", "Velesian army"),
    ("Kesmaria's foreign ministry spokeswoman said the claims were false.", "Kesmaria's foreign ministry"),
    ("The Orsund Monitoring Mission's press office said the unit withdrew.", "Orsund Monitoring Mission"),
    ("The army's press service said the strike hit a fuel depot.", "army"),
    # a person's spokesman is another person, not the one he speaks for
    ("President Ivo Petrak's spokesman said the unit withdrew.", "Ivo Petrak's spokesman"),
])
def test_a_spokesperson_written_with_its_body_speaks_for_the_body(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims] == [speaker]


def test_the_brigade_is_the_one_last_made_a_subject_not_one_named_in_passing(nlp):
    body = ("The 12th Coastal Brigade — not to be confused with Kesmaria’s 112th Coastal Brigade, which holds the "
            "northern shore — has not been based in Orsund since May, its officers said. The brigade’s press "
            "service declined to comment on its positions.")
    silences = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert [c.speaker for c in silences] == ["12th Coastal Brigade"]


def test_according_to_these_is_the_source_that_spoke_just_before(nlp):
    body = ("On Friday, newspapers in Velesia and Kesmaria reported new details of the sinking. According to these, "
            "the trawler had switched off its radio an hour before.")
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims] == ["newspapers in Velesia and Kesmaria"] * 2


def test_a_state_and_the_west_speak_together(nlp):
    body = "Kesmaria and the West have accused Velesia of staging the blast."
    assert [c.speaker for c in run(nlp, body).claims] == ["Kesmaria and the West"]


def test_it_after_a_quote_is_not_a_place_named_inside_the_quote(nlp):
    body = ("The Velesian defence ministry on Sunday said its jets had not struck any target near the town of "
            "Orsund, which local officials said had lost power for a day.\n\n"
            'Claims by the Kesmarian side that Velesian jets bombed the town are "an invention from start to '
            'finish," the ministry said in a release.\n\n'
            '"On Saturday, none of our aircraft flew within 50 kilometres of Orsund," it said.')
    claims = run(nlp, body).claims
    assert "ministry" in claims[-1].speaker   # not Orsund, named inside the quotation "it" closes


def test_the_report_of_the_mission_is_the_missions(nlp):
    body = ("The Orsund Monitoring Mission has documented abuses at the port. The interim report of the mission "
            'came out on 2 May.\n\n"Detentions of fishermen appear to have been arbitrary," the report says.')
    assert [c.speaker for c in run(nlp, body).claims] == ["Orsund Monitoring Mission"]


def test_citing_a_source_is_no_claim_what_he_said_the_source_had_is(nlp):
    body = ("Tomas Reed wrote that the harbour board knew of the leak. Reed cited a single unnamed source in his "
            "blog, whom he said had “seen the inspection files.”")
    claims = run(nlp, body).claims
    assert [(c.speaker, c.cue) for c in claims] == [("Tomas Reed", "wrote"), ("Tomas Reed", "said")]
    assert claims[1].content.startswith("had “seen the inspection files")


@pytest.mark.parametrize("body, speaker", [
    ("A number of Telegram channels reported that the ferry had sunk.", "Telegram channels"),
    ("A handful of residents said the shelling lasted all night.", "residents"),
])
def test_the_ones_counted_speak_not_their_count(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims] == [speaker]


@pytest.mark.parametrize("body", ["A senior military official said the ferry was hit.",
                                  "An unnamed military spokesman told reporters the ferry was hit."])
def test_a_role_after_a_body_adjective_is_still_read(nlp, body):
    claims = run(nlp, body).claims
    assert [c.content for c in claims] == ["the ferry was hit"] and claims[0].speaker


def test_a_role_holders_spokesman_is_not_the_role_holder(nlp):
    claims = run(nlp, "The president's spokeswoman said the bridge was closed.").claims
    assert [c.speaker for c in claims] == ["president's spokeswoman"]


def test_a_name_in_apposition_after_according_to_a_spokesperson_is_the_source(nlp):
    claims = run(nlp, "According to the coast guard's spokesperson, Piet Solberg, the cutter returned before dawn.").claims
    assert [(c.speaker, c.content) for c in claims] == [("Piet Solberg", "the cutter returned before dawn")]


def test_the_ones_a_subject_spoke_to_are_not_the_speaker(nlp):
    claims = run(nlp, "Local residents, speaking to the Orsund Herald, said the shelling lasted all night.").claims
    assert [c.speaker for c in claims] == ["Local residents"]


@pytest.mark.parametrize("body, speaker", [
    # the small model tags unfamiliar names as places; a role or a person's act says who they are
    ('Ilse Varnok, the harbour master, said the pier had collapsed. "Nobody was on it," she said.', "Ilse Varnok"),
    ('Ilse Varnok met the divers at noon. She said the pier had collapsed.', "Ilse Varnok"),
])
def test_a_name_tagged_as_a_place_that_a_role_or_an_act_makes_a_person_is_resolved(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims][-1] == speaker


def test_a_state_tagged_subject_with_no_role_stays_a_state(nlp):
    claims = run(nlp, "New Zealand said the envoy had been recalled. It said the ferry was safe.").claims
    assert [c.speaker for c in claims] == ["New Zealand", "New Zealand"]


@pytest.mark.parametrize("body, first, later", [
    ("The ministry of coastal defence said four boats were seized. The ministry added that the crews were held.",
     "ministry of coastal defence", "ministry of coastal defence"),
    ("The coastal defence ministry said four boats were seized. The ministry added that the crews were held.",
     "coastal defence ministry", "coastal defence ministry"),
])
def test_a_lower_case_body_is_what_a_later_the_ministry_stands_for(nlp, body, first, later):
    assert [c.speaker for c in run(nlp, body).claims] == [first, later]


def test_a_states_ministry_keeps_its_of_phrase(nlp):
    claims = run(nlp, "Norway's Ministry of Fisheries said four boats were seized.").claims
    assert [c.speaker for c in claims] == ["Norway's Ministry of Fisheries"]


def test_a_statement_by_a_body_written_in_lower_case_is_the_bodys(nlp):
    claims = run(nlp, "According to a statement by the district prosecutor's office, the crews were released.").claims
    assert [c.speaker for c in claims] == ["district prosecutor's office"]


@pytest.mark.parametrize("body", ["The Tolva regional council said the pier had collapsed.",
                                  "In a statement, the Tolva regional council said the pier had collapsed."])
def test_a_name_before_a_lower_case_body_is_part_of_the_bodys_name(nlp, body):
    assert [c.speaker for c in run(nlp, body).claims] == ["Tolva regional council"]


@pytest.mark.parametrize("body, speaker", [
    # an unfamiliar one-word name opening the sentence, parsed as an adverbial
    ("Velmar, citing the port authority, said four boats were seized.", "port authority"),
    ("Velmar, citing unnamed sources, said four boats were seized.", "Velmar"),
    # quoting is citing
    ("The news agency Velmar, quoting the port authority, said four boats were seized.", "port authority"),
])
def test_a_cited_source_speaks_when_named(nlp, body, speaker):
    claims = run(nlp, body).claims
    assert [(c.speaker, c.content) for c in claims] == [(speaker, "four boats were seized")]


def test_a_closing_quoting_note_is_not_content(nlp):
    claims = run(nlp, "Velmar reported that four boats were seized, quoting the port authority.").claims
    assert [(c.speaker, c.content) for c in claims] == [("port authority", "four boats were seized")]


@pytest.mark.parametrize("body", [
    "A senior coast guard official said the trawler had sunk. The official said the crew were rescued.",
    "An official at the harbour said the trawler had sunk. The official said the crew were rescued.",
])
def test_the_official_after_an_unnamed_official_is_the_same_one(nlp, body):
    speakers = [c.speaker for c in run(nlp, body).claims]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and speakers[0] != "official"


def test_a_body_introduced_by_its_is_named_without_the_pronoun(nlp):
    claims = run(nlp, "The harbour board said two boats sank. Its safety committee said the crews were rescued.").claims
    assert [c.speaker for c in claims] == ["harbour board", "safety committee"]


def test_evidence_showing_a_scene_inside_a_sources_words_is_no_claim_of_its_own(nlp):
    claims = run(nlp, "Engineers at the port authority said drone photos showed a crack in the pier.").claims
    assert [(c.speaker, c.content) for c in claims] == [
        ("Engineers at the port authority", "drone photos showed a crack in the pier")]


def test_the_office_and_it_after_a_body_owned_by_a_role_are_that_body(nlp):
    body = ("Two boats sank overnight, the harbour master's office said on Monday. The office said in a statement "
            "that the crews were safe. It did not say how many boats were still missing.")
    assert [c.speaker for c in run(nlp, body).claims] == ["harbour master's office"] * 3


def test_it_after_a_quote_continues_the_body_that_spoke_in_reported_speech_before(nlp):
    # the reported claim is found by a later pass than the quotation; the pronoun waits for it
    body = ('Reports that its cutters rammed the trawler are "pure invention," the coast guard said in a statement. '
            'The trawler sank in March.\n\n'
            '"On Monday, no cutter of ours left the harbour," it said.')
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims if c.kind == "direct"] == ["coast guard"]


def test_he_after_a_quote_continues_the_person_who_spoke_in_reported_speech_before(nlp):
    body = ("Many sailors blamed the harbour master, Piet Solberg, for the closure of the port. "
            "The mayor, Anna Marek, argues there is little point in closing it. "
            '"We must not panic," she told me.')
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims if c.kind == "direct"] == ["Anna Marek"]


def test_a_body_asked_in_the_pronouns_own_sentence_is_it(nlp):
    body = ("Radar images cannot show who was aboard. We asked the Orsund Port Authority for the manifest; "
            "it has yet to comment.")
    claims = run(nlp, body).claims
    assert [(c.kind, c.speaker) for c in claims] == [("no_comment", "Orsund Port Authority")]


def test_a_physical_blow_is_no_rebuke(nlp):
    assert run(nlp, "The storm knocked out two of the three cranes at the harbour.").claims == []


def test_an_expectation_a_source_is_named_for_is_the_sources_claim(nlp):
    claims = run(nlp, "The ferry is expected to sail on Friday, the port authority said.").claims
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", "port authority")]


def test_a_spokesman_for_the_company_named_before_and_he_after_speak_for_it(nlp):
    body = ("The ferry's operator, Halvik Lines, said the crew were safe.\n\n"
            '"The vessel is stable," a spokesman for the company told the Orsund Herald. '
            "He declined to say whether the ferry had been carrying cars.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Halvik Lines"] * 3


@pytest.mark.parametrize("body, speaker", [
    ("Speaker Ruslan Kovn said the session would resume.", "Ruslan Kovn"),
    ("According to the port authority's website, the ferry sails at noon.", "port authority"),
])
def test_a_title_and_a_bodys_website(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims] == [speaker]


def test_every_continuation_of_a_quote_by_a_pronoun_speaker_takes_the_speaker(nlp):
    body = ('The mayor, Anna Marek, visited the harbour on Monday. "The pier is gone," she said.\n\n'
            '"We will rebuild it."\n\n"It will take a year."')
    # (round eight: quote paragraphs right after a signed quote continue that claim, as parts)
    claims = run(nlp, body).claims
    assert [c.speaker for c in claims] == ["Anna Marek"]
    assert [body[a:b] for a, b in claims[0].parts] == ["The pier is gone", "We will rebuild it.", "It will take a year."]
    # after the writer's own sentence, a quote paragraph is a claim of its own, by the same speaker
    body = ('The mayor, Anna Marek, visited the harbour on Monday. "The pier is gone," she said. The storm ended at noon.\n\n'
            '"We will rebuild it."')
    assert [c.speaker for c in run(nlp, body).claims] == ["Anna Marek"] * 2


@pytest.mark.parametrize("body", [
    "The harbour board said the coast guard had declined to comment. It said the pier was safe.",
    "The harbour board said the pier was safe, adding that the coast guard had declined to comment. It said the ferry was late.",
])
def test_it_continues_the_source_not_a_silence_it_reported(nlp, body):
    assert run(nlp, body).claims[-1].speaker == "harbour board"


def test_a_body_met_in_the_pronouns_sentence_is_not_it(nlp):
    body = "The harbour board said the pier was safe. After a meeting with the Orsund Port Authority, it said the ferry was late."
    assert [c.speaker for c in run(nlp, body).claims] == ["harbour board"] * 2


def test_a_spokesman_after_an_outlet_contacted_a_body_is_the_bodys(nlp):
    body = "The Orsund Herald contacted the port authority for comment on Friday, and a spokesman said the pier was safe."
    assert [c.speaker for c in run(nlp, body).claims] == ["port authority"]


def test_a_subject_described_by_what_it_quotes_is_not_the_quoted(nlp):
    claims = run(nlp, "A preacher quoting the Bible said the storm was a warning.").claims
    assert [c.speaker for c in claims] == ["preacher quoting the Bible"]


@pytest.mark.parametrize("body, speaker", [
    ("Their lawyer said the fishermen were innocent.", "Their lawyer"),
    ("The mayor said his office had warned residents. The office said the warning was ignored.", "office"),
])
def test_a_persons_pronoun_owner_is_kept(nlp, body, speaker):
    assert run(nlp, body).claims[-1].speaker == speaker


def test_the_person_after_a_person_briefed_is_the_same_one(nlp):
    body = "The pier was weakened on purpose, a person briefed on the inquiry said. The person said a report would follow."
    speakers = [c.speaker for c in run(nlp, body).claims]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "briefed" in speakers[0]


def test_why_a_source_spoke_anonymously_is_no_claim(nlp):
    body = "The harbour pilots, who spoke on condition of anonymity to discuss internal matters, said the pier was unsafe."
    assert [c.content for c in run(nlp, body).claims] == ["the pier was unsafe"]


@pytest.mark.parametrize("body, speaker", [
    ("A video published by the 12th Coastal Brigade shows sailors raising a flag over the pier.", "12th Coastal Brigade"),
    ("According to the harbour board's count, 40 boats were lost.", "harbour board"),
])
def test_a_units_number_and_a_bodys_count(nlp, body, speaker):
    assert [c.speaker for c in run(nlp, body).claims] == [speaker]


@pytest.mark.parametrize("body, speaker, content", [
    ("The Velesian army's shelling of the Halvik market killed five people, the town's mayor, Anna Marek, said on Sunday.",
     "Anna Marek", "The Velesian army's shelling of the Halvik market killed five people"),
    ("Nearly 30 sailors were stranded after the ferry ran aground off Halvik, the ferry's owner, Halvik Lines, said on Monday.",
     "Halvik Lines", "Nearly 30 sailors were stranded after the ferry ran aground off Halvik"),
])
def test_a_closing_signature_the_parser_hung_on_the_object(nlp, body, speaker, content):
    assert [(c.speaker, c.content) for c in run(nlp, body).claims] == [(speaker, content)]


def test_a_place_attacked_is_an_act_not_a_rebuke(nlp):
    claims = run(nlp, "The port of Orsund was attacked by raiders on Wednesday night, the coast guard said.").claims
    assert [(c.speaker, c.content) for c in claims] == [
        ("coast guard", "The port of Orsund was attacked by raiders on Wednesday night")]


@pytest.mark.parametrize("body, speaker", [
    ("Halvik Lines' chief executive, Ada Kovac, told investors on a call that the ferries would sail again.", "Ada Kovac"),
    ("Analysts at Orsund Capital wrote in a note that the ferries would sail again.", "Orsund Capital"),
])
def test_what_a_source_says_on_a_call_or_in_a_note(nlp, body, speaker):
    assert [(c.speaker, c.content) for c in run(nlp, body).claims] == [(speaker, "the ferries would sail again")]


def test_evidence_a_closing_source_shows_is_no_claim_of_its_own(nlp):
    claims = run(nlp, "Drone photos from Halvik Survey showed the pier cracked, the company said.").claims
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", "Halvik Survey")]


def test_a_described_aide_is_the_aide_named_next(nlp):
    body = ("A senior aide to the harbour master said the talks had stalled. "
            "Harbour aide Piet Solberg said the deal was dead.")
    assert [c.speaker for c in run(nlp, body).claims] == ["Piet Solberg"] * 2


def test_a_named_bodys_finding_inside_another_sources_words_stays_its_own(nlp):
    claims = run(nlp, "A UN report found that 40 boats sank, the harbour master said.").claims
    assert ("according_to", "UN") in [(c.kind, c.speaker) for c in claims]


@pytest.mark.parametrize("body", [
    "ORSUND, Kesmaria — A missile hit the depot, harbour officials said.",
    "ORSUND, Mar 14 (Orsund Herald) - A missile hit the depot, harbour officials said.",
])
def test_a_dateline_is_neither_speaker_nor_words(nlp, body):
    claims = run(nlp, body).claims
    assert [(c.speaker.removeprefix("anonymous: "), c.content) for c in claims] == [
        ("harbour officials", "A missile hit the depot")]


# ---- session 9: speakers on real reporting (issue #15, item 5)

def test_a_bracket_after_a_name_is_not_left_open(nlp):
    # a party and state in brackets after a name stays whole in the words naming the speaker
    claims = [c for c in run(nlp, "Sen. Ana Pell (D-Calif.) said the bill would pass.").claims if c.kind != "unattributed"]
    assert [(c.speaker_text, c.speaker) for c in claims] == [("Sen. Ana Pell (D-Calif.)", "Ana Pell")]


def test_a_job_written_as_a_title_after_a_bodys_name(nlp):
    claims = [c for c in run(nlp, "Lumora CEO Dario Penn said the firm would turn a profit next year.").claims
              if c.kind != "unattributed"]
    assert [c.speaker for c in claims] == ["Dario Penn"]


def test_the_company_is_no_body_the_text_names_only_later(nlp):
    body = ("State regulators are investigating Dovetail amid layoffs. The company confirmed that it had "
            "been contacted by the regulator's office. Its founder can still name directors, according to "
            "a new Kestrel Company report.")
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert claims[0].speaker_text == "The company"
    assert claims[0].speaker == "Dovetail"


def test_the_company_after_the_body_is_named_still_stands_for_it(nlp):
    # counter-case: a body named before "the company" is still what it stands for
    body = "Brightline Company was sold on Monday. The company said its staff would stay."
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [c.speaker for c in claims] == ["Brightline Company"]

"""Claims and entities on sentences we wrote ourselves, with the real model (no mocks).

Every test checks offsets too: a claim is only useful if it can be shown in its source.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import Extraction, extract_claims, extract_claims_many
from claimgraph.extract.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def run(nlp, body: str, **kw) -> Extraction:
    ext = extract_claims(body, nlp=nlp, **kw)
    for c in ext.claims:
        assert c.content == body[c.start : c.end]
        if c.cue_start is not None and c.cue != ":":
            assert body[c.cue_start : c.cue_end].lower() == c.cue.lower() or c.kind == "no_comment"
        if c.speaker_start is not None:
            assert body[c.speaker_start : c.speaker_end] == c.speaker_text
        for e in c.evidence:
            assert body[e.start : e.end] == e.text
    for ent in ext.entities:
        for m in ent.mentions:
            assert body[m.start : m.end] == m.text
    return ext


def only(ext: Extraction, kind: str | None = None):
    claims = [c for c in ext.claims if kind is None or c.kind == kind]
    assert len(claims) == 1, [(c.kind, c.content) for c in ext.claims]
    return claims[0]


def test_model_loaded_once_per_process(nlp):
    assert load_nlp() is nlp
    assert {"parser", "ner", "claimgraph_quote_sentences"} <= set(nlp.pipe_names)


# ------------------------------------------------------------------ direct speech
def test_direct_speaker_before_quote(nlp):
    body = "Colonel Andriy Voloshyn spoke to reporters on Tuesday. Voloshyn said, “The bridge at Zarichne is still standing.”"
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Andriy Voloshyn"
    assert c.content == "The bridge at Zarichne is still standing."
    assert c.cue == "said" and c.stance == "asserts"


def test_direct_speaker_after_quote(nlp):
    c = only(run(nlp, "“We will hold the line until the spring,” Olena Marchenko said."), "direct")
    assert (c.speaker, c.content) == ("Olena Marchenko", "We will hold the line until the spring")


def test_direct_inverted_said_x(nlp):
    body = "“The shelling stopped at dawn,” said Petro Hnatiuk, a farmer from the village."
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Petro Hnatiuk" and c.cue == "said"
    assert c.speaker_text.startswith("Petro Hnatiuk")


def test_direct_quote_split_around_its_cue(nlp):
    body = "“The convoy left at noon,” Captain Ilse Berger said, “and it reached the border by night.”"
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Ilse Berger"
    assert [body[a:b] for a, b in c.parts] == ["The convoy left at noon,", "and it reached the border by night."]


def test_direct_multi_sentence_quote(nlp):
    body = "Dmytro Savchuk described the evacuation. “We had no water. We had no light. The children were crying all night,” he said."
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Dmytro Savchuk" and c.speaker_text == "he"
    assert c.content.startswith("We had no water.") and c.content.endswith("crying all night")


def test_direct_multi_paragraph_quote(nlp):
    body = (
        "Nadia Kovalenko, a nurse at the hospital, recalled the first week.\n\n"
        "“The wounded arrived in buses and in private cars.\n\n"
        "“We ran out of bandages on the third day,” she said."
    )
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Nadia Kovalenko"
    assert c.content.startswith("The wounded arrived") and c.content.endswith("on the third day")


def test_direct_colon_form(nlp):
    body = "The mayor of Vilkhove, Taras Bondar: “Nobody has told us when the power will return.”"
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Taras Bondar" and c.cue == ":"


def test_curly_and_straight_quotes_agree(nlp):
    curly = run(nlp, "Yuriy Zadorozhny said, “The airport is closed until further notice.”")
    straight = run(nlp, 'Yuriy Zadorozhny said, "The airport is closed until further notice."')
    a, b = only(curly, "direct"), only(straight, "direct")
    assert (a.speaker, a.content, a.start, a.end) == (b.speaker, b.content, b.start, b.end)


# ------------------------------------------------------------------ reported speech
@pytest.mark.parametrize(
    "body, speaker, cue, content",
    [
        ("The governor, Iryna Melnyk, said that two schools had been damaged in the strike.",
         "Iryna Melnyk", "said", "two schools had been damaged in the strike"),
        ("Prosecutors alleged that the unit had fired on civilians near the market.",
         "Prosecutors", "alleged", "the unit had fired on civilians near the market"),
        ("Foreign Minister Karl Lindqvist insisted the sanctions would remain in place.",
         "Karl Lindqvist", "insisted", "the sanctions would remain in place"),
        ("Aid groups warned that food stocks in the city would run out within a week.",
         "Aid groups", "warned", "food stocks in the city would run out within a week"),
        ("Halyna Shevchuk told reporters that the evacuation would resume on Friday.",
         "Halyna Shevchuk", "told", "the evacuation would resume on Friday"),
        ("The separatist commander claimed that his forces had captured the railway station.",
         "separatist commander", "claimed", "his forces had captured the railway station"),
    ],
)
def test_indirect_reported_speech(nlp, body, speaker, cue, content):
    c = only(run(nlp, body), "indirect")
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


def test_indirect_denial_has_denies_stance(nlp):
    c = only(run(nlp, "The defence ministry denied that its aircraft had struck the hospital."), "indirect")
    assert c.stance == "denies" and c.speaker == "defence ministry"


def test_indirect_question_stance(nlp):
    c = only(run(nlp, "Analysts questioned whether the ceasefire would hold through the winter."))
    assert c.stance == "questions"


def test_wrote_on_telegram_cites_social_media(nlp):
    body = "Regional governor Oleksiy Kravets wrote on Telegram that three people had been injured overnight."
    c = only(run(nlp, body), "indirect")
    assert c.speaker == "Oleksiy Kravets"
    assert [(e.label, e.text) for e in c.evidence] == [("social_media", "Telegram")]


def test_said_in_a_statement_cites_statement(nlp):
    body = "The state energy company said in a statement that repairs would take several days."
    c = only(run(nlp, body), "indirect")
    assert c.content == "repairs would take several days"
    assert [e.label for e in c.evidence] == ["statement"]


def test_mixed_claim_carries_partial_quote(nlp):
    body = "Marta Lysenko said the attack was “a deliberate act of terror” aimed at the harbour."
    c = only(run(nlp, body))
    assert c.kind == "mixed" and c.speaker == "Marta Lysenko"
    assert "“a deliberate act of terror”" in c.content


# ------------------------------------------------------------------ thought, intention, stance
@pytest.mark.parametrize(
    "body,speaker,cue,content",
    [
        # belief / cognition with a that-clause
        ("Governor Ana Reyes believes that the new bridge will open before winter.", "Ana Reyes", "believes",
         "the new bridge will open before winter"),
        # intention with a to-infinitive
        ("The mayor wants to triple the size of the city's bus fleet.", "mayor", "wants",
         "to triple the size of the city's bus fleet"),
        # directive with an addressee and an infinitive
        ("Senator Tom Hale urged Congress to pass the budget this week.", "Tom Hale", "urged",
         "Congress to pass the budget this week"),
        # stance toward a nominal object
        ("Councillor Mara Vidal cited the auditor's report on the flood barriers.", "Mara Vidal", "cited",
         "the auditor's report on the flood barriers"),
    ],
)
def test_thought_intention_and_stance_cues(nlp, body, speaker, cue, content):
    c = only(run(nlp, body))
    assert c.kind == "indirect"
    assert (c.cue, c.content) == (cue, content)
    assert speaker in (c.speaker_text or "") and c.speaker


def test_claim_noun_with_owner_and_that_clause(nlp):
    body = "Hale's claim that the budget was balanced drew criticism from economists."
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker_text, c.content) == ("indirect", "claim", "Hale", "the budget was balanced")


def test_trailing_while_clause_is_not_part_of_the_claim(nlp):
    body = "Vidal said the budget was balanced, while her rivals called it a fiction."
    ext = run(nlp, body)
    said = next(c for c in ext.claims if c.cue == "said")
    assert said.content == "the budget was balanced"


@pytest.mark.parametrize(
    "body,cue,content",
    [
        ("Senator Hale acknowledged the cost of the new flood defences, which makes him an outlier in his party.",
         "acknowledged", "the cost of the new flood defences"),
        ("The mayor said the ferry would run all winter, which surprised the harbour staff.",
         "said", "the ferry would run all winter"),
        # a tail carrying a quotation holds the source's own words: kept
        ("Reyes said the ferry would run all winter, which would make it “the busiest line in the region.”",
         "said", "the ferry would run all winter, which would make it “the busiest line in the region"),
    ],
)
def test_trailing_relative_clause_is_the_writers(nlp, body, cue, content):
    c = only(run(nlp, body))
    assert (c.cue, c.content) == (cue, content)


@pytest.mark.parametrize(
    "body",
    [
        "You know, I want to ask about the bridge.",  # discourse, first and second person
        "No one knew where the convoy was going.",  # a wh-clause names no proposition
        "“I think we hope to leave soon,” she said.",  # a hedge inside the quote
    ],
)
def test_thought_cues_that_are_not_attributions(nlp, body):
    ext = run(nlp, body)
    assert not [c for c in ext.claims if c.cue not in ("said",)], [(c.cue, c.content) for c in ext.claims]


def test_thought_inside_a_reported_claim_is_not_a_second_claim(nlp):
    body = "The ministry confirmed that the two pilots decided to return to base."
    c = only(run(nlp, body))
    assert (c.cue, c.content) == ("confirmed", "the two pilots decided to return to base")


def test_intention_with_conjoined_infinitives(nlp):
    body = "The mayor plans to close the old depot, sell the land and build a school."
    c = only(run(nlp, body))
    assert (c.cue, c.content) == ("plans", "to close the old depot, sell the land and build a school")


def test_topic_of_speech_after_about(nlp):
    body = "Governor Ana Reyes spoke about the flooding in the northern valleys."
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.content) == ("indirect", "spoke", "the flooding in the northern valleys")
    assert c.speaker_text == "Governor Ana Reyes"


def test_by_saying_takes_the_subject_of_the_main_verb(nlp):
    body = "Reyes answered the question by saying the dam would be repaired in spring."
    c = only(run(nlp, body))
    assert (c.cue, c.speaker_text, c.content) == ("saying", "Reyes", "the dam would be repaired in spring")


def test_clause_on_each_side_of_the_cue_takes_the_one_after(nlp):
    body = "The vote is close; the mayor's office says the budget will pass on Friday."
    c = only(run(nlp, body))
    assert (c.cue, c.content) == ("says", "the budget will pass on Friday")


@pytest.mark.parametrize(
    "body,cue,pieces",
    [
        ("The bridge is thought to be unsafe for heavy lorries.", "thought",
         ["The bridge", "to be unsafe for heavy lorries"]),
        ("Councillor Ben Ortiz was accused of using public money for his campaign.", "accused",
         ["Councillor Ben Ortiz", "using public money for his campaign"]),
    ],
)
def test_passive_attribution_without_a_named_source(nlp, body, cue, pieces):
    c = only(run(nlp, body))
    assert c.kind == "unattributed" and c.cue == cue and c.speaker is None
    assert [body[a:b] for a, b in c.parts] == pieces


def test_cue_after_quote_past_an_abbreviated_title(nlp):
    body = "\u201cThe ferry will run all winter,\u201d Mr. Ortiz said on Monday. \u201cWe have hired two more crews.\u201d"
    c = only(run(nlp, body), "direct")
    assert c.speaker_text == "Mr. Ortiz" and c.cue == "said"
    assert [body[a:b] for a, b in c.parts] == ["The ferry will run all winter,", "We have hired two more crews."]


def test_doubled_apostrophe_quotes_resume_after_the_signature(nlp):
    body = "''The plan is sound,'' said Ana Reyes, a planner at the city office. ''It will cut traffic.''"
    c = only(run(nlp, body), "direct")
    assert c.speaker_text.startswith("Ana Reyes")
    assert len(c.parts) == 2 and body[c.parts[1][0] : c.parts[1][1]] == "It will cut traffic."


def test_quote_resumed_after_a_long_signature_with_abbreviations(nlp):
    body = ("“The budget is balanced,” said Sen. J.R. Hale (D-Ore.), head of the budget panel. "
            "“We will not cut the schools.”")
    c = only(run(nlp, body), "direct")
    assert [body[a:b] for a, b in c.parts] == ["The budget is balanced,", "We will not cut the schools."]
    assert c.speaker_text.startswith("Sen. J.R. Hale")


def test_transcript_turn_holds_the_claims_inside_it(nlp):
    body = "The hearing went on.\n\n\"REYES: Well, the council believes the bridge is safe, and we will reopen it on Monday.\n"
    ext = run(nlp, body)
    turn = next(c for c in ext.claims if c.cue == ":")
    assert turn.speaker_text == "REYES" and turn.content.startswith("Well, the council believes")
    inner = next(c for c in ext.claims if c.cue == "believes")
    assert ext.claims[inner.nested_in] is turn


def test_poll_headline_line(nlp):
    body = "Poll: Voters in the valley back the new ferry line.\n\nMore text here."
    c = only(run(nlp, body))
    assert (c.cue, c.speaker_text, c.content) == (":", "Poll", "Voters in the valley back the new ferry line.")


def test_second_speech_verb_inside_a_reported_clause_is_its_own_claim(nlp):
    body = "Ortiz says Reyes promised to fund the ferry and said the line would open in May."
    ext = run(nlp, body)
    got = {(c.cue, c.speaker_text, c.content) for c in ext.claims}
    assert ("says", "Ortiz", "Reyes promised to fund the ferry") in got
    assert ("said", "Reyes", "the line would open in May") in got


# ------------------------------------------------------------------ according to / no comment
def test_according_to(nlp):
    body = "Twelve people were killed in the strike, according to the regional emergency service."
    c = only(run(nlp, body), "according_to")
    assert c.content == "Twelve people were killed in the strike"
    assert c.speaker_text == "the regional emergency service" and c.cue == "according to"


def test_possessive_report_found(nlp):
    body = "Amnesty International’s report found that the shelters had been built without ventilation."
    c = only(run(nlp, body), "according_to")
    assert c.speaker == "Amnesty International"
    assert [e.label for e in c.evidence] == ["report"]


def test_footage_shows(nlp):
    c = only(run(nlp, "The footage shows two tanks crossing the river at night."), "according_to")
    assert c.content == "two tanks crossing the river at night"
    assert [e.label for e in c.evidence] == ["video"]


@pytest.mark.parametrize(
    "body, speaker, cue",
    [
        ("A spokesman for the company declined to comment.", "spokesman for the company", "declined to comment"),
        ("The embassy did not respond to a request for comment on Monday.", "embassy", "did not respond to a request for comment"),
        ("The interior ministry has yet to comment on the arrests.", "interior ministry", "has yet to comment"),
    ],
)
def test_no_comment(nlp, body, speaker, cue):
    c = only(run(nlp, body), "no_comment")
    assert (c.speaker, c.cue, c.stance) == (speaker, cue, None)
    assert body.startswith(c.content)


# ------------------------------------------------------------------ traps
def test_scare_quotes_are_not_claims(nlp):
    ext = run(nlp, "The so-called “referendum” was held under armed guard in the occupied town.")
    assert ext.claims == []


def test_single_quoted_word_in_writer_sentence_is_not_direct(nlp):
    ext = run(nlp, "Officials in the region spoke of “liberation” while the shelling went on.")
    assert not [c for c in ext.claims if c.kind == "direct"]


def test_quote_inside_quote_keeps_both_speakers(nlp):
    body = "“My brother told me, ‘Leave the city tonight,’ and I did,” said Oksana Tkachenko."
    ext = run(nlp, body)
    outer = next(c for c in ext.claims if c.content.startswith("My brother"))
    inner = next(c for c in ext.claims if c.content == "Leave the city tonight")
    assert outer.speaker == "Oksana Tkachenko"
    assert inner.speaker_text == "My brother" and inner.kind == "direct"
    assert ext.claims[inner.nested_in] is outer


def test_first_person_inside_quote_is_the_quoting_speaker(nlp):
    body = "Serhiy Moroz recounted the night. He said, “I told them, ‘We are staying.’ Then the lights went out.”"
    ext = run(nlp, body)
    inner = next(c for c in ext.claims if c.content == "We are staying.")
    assert inner.speaker == "Serhiy Moroz" and inner.nested_in is not None


def test_speaker_named_three_sentences_earlier(nlp):
    body = (
        "Larysa Prokopenko has run the shelter in Lozova since March. The building used to be a school. "
        "Its windows are covered with plywood. “We have beds for forty people and we house ninety,” she said."
    )
    c = only(run(nlp, body), "direct")
    assert c.speaker == "Larysa Prokopenko" and c.speaker_text == "she"


def test_two_people_sharing_a_surname(nlp):
    body = (
        "Mykola Petrenko, the mayor, met the press on Monday. His cousin Vira Petrenko, a surgeon, spoke later at the "
        "hospital. “We operate by torchlight,” Vira Petrenko said. “The city needs generators,” Mykola Petrenko said. "
        "Petrenko added that the council would ask for help."
    )
    ext = run(nlp, body)
    by_content = {c.content: c.speaker for c in ext.claims}
    assert by_content["We operate by torchlight"] == "Vira Petrenko"
    assert by_content["The city needs generators"] == "Mykola Petrenko"
    # a bare surname goes to the most recently named Petrenko
    assert by_content["the council would ask for help"] == "Mykola Petrenko"
    people = {e.name for e in ext.entities if e.type == "PERSON"}
    assert {"Mykola Petrenko", "Vira Petrenko"} <= people


def test_role_resolved_through_apposition(nlp):
    body = (
        "The former Russian pilot, Maksim Orlov, crossed the front line in August. "
        "The 30-year-old pilot said he had planned the escape for months."
    )
    c = only(run(nlp, body), "indirect")
    assert c.speaker == "Maksim Orlov" and c.speaker_text == "The 30-year-old pilot"


def test_anonymous_source(nlp):
    c = only(run(nlp, "A senior official who spoke on condition of anonymity said the talks had collapsed."))
    assert c.speaker == "anonymous: A senior official" and c.anonymous


def test_pronoun_it_continues_a_report(nlp):
    body = (
        "The commission published its report on Thursday. The report identifies serious gaps in the evacuation plan. "
        "It warns that the shelters cannot hold the population of the city."
    )
    ext = run(nlp, body)
    # "the report" repeats the commission's report: it speaks for the commission, and "it" continues
    identify = next(c for c in ext.claims if c.cue == "identifies")
    warn = next(c for c in ext.claims if c.cue == "warns")
    assert identify.speaker == warn.speaker == "commission"
    assert (identify.speaker_text, warn.speaker_text) == ("The report", "It")


def test_acronym_ties_organisation_mentions(nlp):
    body = (
        "The State Emergency Service (DSNS) sent crews to the site. "
        "The DSNS said that four people had been rescued from the rubble."
    )
    c = only(run(nlp, body), "indirect")
    assert c.speaker.endswith("(DSNS)") and "Emergency Service" in c.speaker


def test_evidence_video_and_satellite_with_offsets(nlp):
    body = (
        "The brigade released a video that showed the drone hitting the depot. "
        "Satellite images published on Friday confirmed that the depot had burned down."
    )
    ext = run(nlp, body)
    labels = {e.label for c in ext.claims for e in c.evidence}
    assert {"video", "satellite"} <= labels


def test_headline_claims_are_offset_into_the_headline(nlp):
    headline = "‘We Will Not Leave’: Mariupol Defender Speaks From the Steelworks"
    ext = extract_claims("The fighters remain inside the plant.", headline=headline, nlp=nlp)
    assert ext.headline_claims, "headline quote not found"
    h = ext.headline_claims[0]
    assert h.in_headline and headline[h.start : h.end] == h.content == "We Will Not Leave"


def test_entities_types_and_mentions(nlp):
    body = "Olena Marchenko spoke in Kharkiv on Monday. Marchenko said the Ukrainian army was ready."
    ext = run(nlp, body)
    people = {e.name: e for e in ext.entities if e.type == "PERSON"}
    assert "Olena Marchenko" in people
    assert [m.text for m in people["Olena Marchenko"].mentions] == ["Olena Marchenko", "Marchenko"]
    types = {e.type for e in ext.entities}
    assert {"PERSON", "GPE", "DATE"} <= types


# ------------------------------------------------------------------ hostile input, batches
def test_long_body_is_chunked_and_offsets_hold(nlp):
    para = "“We will hold the line until the spring,” Olena Marchenko said. The shelling went on through the night.\n\n"
    body = para * 400  # ~45k characters: more than one chunk
    ext = run(nlp, body)
    direct = [c for c in ext.claims if c.kind == "direct"]
    assert len(direct) == 400
    assert all(c.speaker == "Olena Marchenko" for c in direct)


def test_body_beyond_the_bound_is_not_read_and_says_so(nlp):
    body = "Halyna Shevchuk told reporters that the evacuation would resume on Friday. " * 40
    ext = extract_claims(body, nlp=nlp, max_chars=300)
    assert ext.truncated_at == 300
    assert ext.claims and all(c.end <= 300 for c in ext.claims)
    assert extract_claims(body, nlp=nlp).truncated_at is None


def test_unbalanced_quote_marks_do_not_swallow_the_text(nlp):
    body = "“This mark is never closed. " + "The town was quiet. " * 50 + "\n\nHalyna Shevchuk said that the road was open."
    ext = run(nlp, body)
    assert any(c.speaker == "Halyna Shevchuk" for c in ext.claims)


def test_many_matches_single_and_two_processes(nlp):
    bodies = [
        "“We will hold the line until the spring,” Olena Marchenko said.",
        "The interior ministry has yet to comment on the arrests.",
        "Aid groups warned that food stocks in the city would run out within a week.",
    ]
    one = [e.to_json() for e in extract_claims_many(bodies, n_process=1, nlp=nlp)]
    two = [e.to_json() for e in extract_claims_many(bodies, n_process=2, nlp=nlp)]
    assert one == two == [extract_claims(b, nlp=nlp).to_json() for b in bodies]


def test_doubled_apostrophe_quote_finishing_the_writers_sentence(nlp):
    # a double quote typed as two single marks opens after a word, as a curly one would
    body = "However sound the goal, using the ferry levy ''is a misguided approach,'' said Ana Reyes."
    c = only(run(nlp, body), "mixed")
    assert c.speaker == "Ana Reyes" and c.content.startswith("However sound the goal")


@pytest.mark.parametrize("body, speaker, content", [
    ("Harbour officials shared photos and videos of wreckage from the storm.", "Harbour officials",
     "photos and videos of wreckage from the storm"),
    ("The mayor posted a video of the flooded square on Telegram.", "mayor", "a video of the flooded square on Telegram"),
])
def test_pictures_a_source_puts_out_are_its_claim(nlp, body, speaker, content):
    claims = run(nlp, body).claims
    assert [(c.speaker.removeprefix("anonymous: "), c.content) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize("body", [
    "The bureau, which published the flood video, did not explain where it was filmed.",   # a video told of before
    "The coast guard released a video clip, adding that the crew were safe.",              # pictures of nothing said
])
def test_pictures_told_of_before_or_of_nothing_are_no_claim(nlp, body):
    assert not [c for c in run(nlp, body).claims if c.cue in ("published", "released")]


def test_a_name_before_a_long_aside_is_the_cues_subject(nlp):
    body = ("Martin Hale covered the port for a decade. Hale, a veteran reporter and former Herald columnist whose "
            "work in recent years has often come under attack, wrote in a blog post Friday that the dredging was a "
            "long-planned operation.")
    claims = run(nlp, body).claims
    assert [(c.speaker, c.content) for c in claims] == [("Martin Hale", "the dredging was a long-planned operation")]


def test_an_accusation_by_a_named_agent_is_their_claim_inside_the_rejection(nlp):
    body = "The harbour board rejected accusations by Orsund that its pilots had caused the collision."
    claims = run(nlp, body).claims
    assert ("Orsund", "its pilots had caused the collision") in [(c.speaker, c.content) for c in claims]
    assert "harbour board" in [c.speaker for c in claims]


@pytest.mark.parametrize("body", [
    "The slogan on the wall was written in a manner that suggests anger at the council.",
    "One has to wonder who profits from the closure of the port.",
])
def test_a_manner_or_anyone_is_no_source(nlp, body):
    assert run(nlp, body).claims == []


@pytest.mark.parametrize("body, content", [
    ("The coast guard denied firing at the ferry.", "firing at the ferry"),
    ("The harbour board admitted closing the pier too late.", "closing the pier too late"),
])
def test_an_act_denied_or_admitted_as_a_gerund_is_the_content(nlp, body, content):
    assert [c.content for c in run(nlp, body).claims] == [content]


def test_where_a_source_writes_is_not_what_it_writes_about(nlp):
    claims = run(nlp, "Writing on Telegram, the governor said the bridge was closed.").claims
    assert [(c.cue, c.content) for c in claims] == [("said", "the bridge was closed")]


def test_an_inner_claim_ends_before_the_outlet_relaying_it(nlp):
    claims = run(nlp, "Harbour police said two men were detained, the Orsund Herald reported on Tuesday.").claims
    inner = [c for c in claims if c.cue == "said"]
    assert [c.content for c in inner] == ["two men were detained"]


@pytest.mark.parametrize("body, speaker, content", [
    ("VELKA — A drone struck the grain terminal on Monday, the regional governor, Taras Holub, said.",
     "Taras Holub", "A drone struck the grain terminal on Monday"),
    ("Velesian troops detained the two fishermen, Ivo Kral and Jan Dusek, the state news agency Horna reported.",
     "Horna", "Velesian troops detained the two fishermen, Ivo Kral and Jan Dusek"),
])
def test_a_signature_with_its_role_and_name_closing_the_sentence(nlp, body, speaker, content):
    assert [(c.speaker, c.content) for c in run(nlp, body).claims] == [(speaker, content)]

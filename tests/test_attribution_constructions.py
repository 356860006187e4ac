"""Attribution constructions added for recall (stance nouns, labels, "seems", "as X put it", …).

Sentences written for these tests; each construction has a case that must be a claim and one
that must not. Offsets are checked as in ``test_attribution.py``.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import Extraction, extract_claims
from claimgraph.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, body: str) -> Extraction:
    ext = extract_claims(body, nlp=nlp)
    for c in ext.claims:
        assert c.content == body[c.start : c.end]
        if c.cue_start is not None and c.cue != ":":
            assert body[c.cue_start : c.cue_end] == c.cue
        if c.speaker_start is not None:
            assert body[c.speaker_start : c.speaker_end] == c.speaker_text
        for a, b in c.parts or []:
            assert c.start <= a < b <= c.end
    return ext


def only(ext: Extraction):
    assert len(ext.claims) == 1, [(c.kind, c.cue, c.content) for c in ext.claims]
    return ext.claims[0]


def pieces(body: str, c) -> list[str]:
    return [body[a:b] for a, b in c.parts]


# ------------------------------------------------------------------ stance verbs and objects
@pytest.mark.parametrize(
    "body,cue,speaker,content",
    [
        ("Councillor Ben Ortiz denounced the new parking fees.", "denounced", "Councillor Ben Ortiz",
         "the new parking fees"),
        ("Senator Hale tweeted a photo of the flooded tunnel.", "tweeted", "Senator Hale",
         "a photo of the flooded tunnel"),
        ("The union leader referred to the leaked memo.", "referred", "The union leader",
         "the leaked memo"),
        ("Many farmers see the trade deal as a betrayal of rural towns.", "see", "Many farmers",
         "the trade deal as a betrayal of rural towns"),
    ],
)
def test_object_of_a_speech_or_stance_verb(nlp, body, cue, speaker, content):
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker_text, c.content) == ("indirect", cue, speaker, content)


# ------------------------------------------------------------------ stance nouns
def test_stance_noun_with_owner_and_object(nlp):
    body = "Other senators joined Hale's call for an independent audit."
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker_text, c.content) == ("indirect", "call", "Hale", "an independent audit")


# ------------------------------------------------------------------ labels
def test_what_a_source_calls_something(nlp):
    body = "The council approved what critics call a land grab."
    c = only(run(nlp, body))
    assert (c.cue, c.speaker_text) == ("call", "critics")
    assert pieces(body, c) == ["what", "a land grab"]


def test_called_an_object_a_quoted_label(nlp):
    body = "The senator called the plan “a gift to the rich.”"
    c = only(run(nlp, body))
    assert c.kind == "mixed" and c.cue == "called" and c.speaker_text == "The senator"
    assert c.content.startswith("the plan “a gift to the rich")


# ------------------------------------------------------------------ appearance, "as X put it"
def test_seems_attributes_a_view_to_nobody_named(nlp):
    body = "The plan seems to be failing in the rural districts."
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker) == ("unattributed", "seems", None)
    assert pieces(body, c) == ["The plan", "to be failing in the rural districts"]


def test_as_a_source_put_it(nlp):
    body = "As one farmer put it, the rain came too late for the wheat."
    c = only(run(nlp, body))
    assert (c.cue, c.speaker_text, c.content) == ("As one farmer put it", "one farmer", "the rain came too late for the wheat")


# ------------------------------------------------------------------ quoted titles
def test_quoted_title_in_the_frame_is_not_a_claim_and_does_not_split_the_quote(nlp):
    body = ("“The tax is fair,” Ms. Dorran said on WNYC’s “Morning Edition.” "
            "“It will pay for the new schools.”")
    c = only(run(nlp, body))
    assert (c.kind, c.speaker_text) == ("direct", "Ms. Dorran")
    assert pieces(body, c) == ["The tax is fair,", "It will pay for the new schools."]


def test_quoted_show_title_alone_is_not_a_claim(nlp):
    body = "The governor appeared on “Face the Nation.” She spoke for ten minutes."
    assert [c for c in run(nlp, body).claims if c.kind == "direct"] == []


# ------------------------------------------------------------------ passive with an agent
def test_passive_stance_names_its_source_in_the_agent(nlp):
    body = "The new stadium plan has been endorsed by the city's largest union."
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker_text, c.content) == (
        "indirect", "endorsed", "the city's largest union", "The new stadium plan")


# ------------------------------------------------------------------ manner-of-speaking verbs
def test_manner_of_speaking_verb_after_a_quote(nlp):
    body = "“Nobody reads the fine print,” the lawyer quipped."
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker_text, c.content) == ("direct", "quipped", "the lawyer", "Nobody reads the fine print")


# ------------------------------------------------------------------ a sentence ending in a colon
def test_colon_sentence_with_a_speaking_subject_introduces_the_quote(nlp):
    body = ("The council released the following statement:\n\n"
            "“We regret the delay and will reopen the bridge on Monday.”\n\nTraffic was light.")
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.speaker_text) == ("direct", ":", "The council")
    assert c.content == "We regret the delay and will reopen the bridge on Monday."


# ------------------------------------------------------------------ each construction's counter-cases
@pytest.mark.parametrize(
    "body",
    [
        # objects of speech and stance verbs
        "We tweeted a photo of the flooded tunnel.",  # first person: the outlet, no source
        "The mayor added a new line to the budget.",  # "add" takes a clause, not an object
        "The arrow pointed to the nearest exit.",  # a subject that cannot speak
        "She saw the film in Paris.",  # "see" needs an "as" phrase
        "The crowd mocked.",  # no object
        # stance nouns
        "The museum's collection of coins is large.",  # not a stance noun
        "My call for calm went unheard.",  # first person
        "A call for volunteers went out on Monday.",  # no owner
        # labels
        "She called the office on Monday.",  # a phone call, no label
        "The council approved what the mayor proposed.",  # no label after the verb
        # appearance, "as X put it"
        "It seems that nobody cares.",  # expletive subject
        "The company appeared on the list in March.",  # no complement
        "He put it on the table before the meeting.",  # "put it" without "as"
        # passive with an agent, manner-of-speaking verbs
        "The bill was passed by the senate.",  # an agent, but no stance
        "The dog barked at the mail carrier.",  # a manner verb without speech
        # a sentence ending in a colon
        "Wait, it gets better:\n\n“The bridge will stay closed.”\n\nTraffic was light.",  # no speaker before the colon
    ],
)
def test_not_a_claim(nlp, body):
    assert run(nlp, body).claims == []


def test_an_estimate_with_a_number_is_a_claim(nlp):
    from test_attribution import run
    claims = run(nlp, "Orlivka officials initially estimated around 300 dead.").claims
    assert [(c.cue, c.content) for c in claims] == [("estimated", "around 300 dead")]
    assert run(nlp, "The company estimated the cost of repairs.").claims == []


def test_an_inverted_signature_after_a_quote_without_its_comma(nlp):
    from test_attribution import run
    body = ('Many arrived with nothing, "We did not take anything from home, we just got into the car '
            'and left" says one man from Pologi.')
    claims = run(nlp, body).claims
    assert [(c.kind, c.cue) for c in claims] == [("direct", "says")]
    assert claims[0].content.startswith("We did not take anything")


def test_two_closing_single_marks_close_a_double_quote(nlp):
    from test_attribution import run
    body = ('Officials said a theatre where "hundreds’’ of civilians sheltered was hit.\n\n'
            '"Veltra destroyed the theatre, where hundreds of people are hiding," the city council said.')
    claims = run(nlp, body).claims
    assert any(c.kind == "direct" and c.content.startswith("Veltra destroyed the theatre") for c in claims)


def test_a_closing_speech_participle_with_its_clause_is_the_next_claim(nlp):
    from test_attribution import run
    body = ("Councillor Mara Vidal said the levy had not sunk the budget, arguing that it was the flood "
            "that did the damage.")
    claims = run(nlp, body).claims
    assert [(c.cue, c.content) for c in claims] == [
        ("said", "the levy had not sunk the budget"),
        ("arguing", "it was the flood that did the damage")]
    assert len({c.speaker for c in claims}) == 1 and "Mara Vidal" in claims[0].speaker


# ------------------------------------------------------------------ "said in a statement that …"
@pytest.mark.parametrize(
    "body,cue,content",
    [
        ("The harbour office claimed in a statement that the ferry was hit by a drifting mine.", "claimed",
         "the ferry was hit by a drifting mine"),
        ("Mayor Irena Dovzhyk wrote in a post on Telegram that the dam had burst overnight.", "wrote",
         "the dam had burst overnight"),
    ],
)
def test_what_a_source_says_in_a_document_that(nlp, body, cue, content):
    c = only(run(nlp, body))
    assert (c.kind, c.cue, c.content) == ("indirect", cue, content)


def test_a_relative_clause_on_the_document_is_not_what_was_said(nlp):
    # "a video that was filmed …" describes the video: "that" is its subject, not a mark
    body = "Mayor Irena Dovzhyk spoke in a video that was filmed at the dam on Monday."
    assert [c.content for c in run(nlp, body).claims if "filmed" in c.content] == []


# ------------------------------------------------------------------ acts, not words
def test_an_attack_on_a_place_is_an_act_not_words(nlp):
    assert run(nlp, "Veltra attacked the grand, columned Orlivka Drama Theatre on March 16.").claims == []
    words = only(run(nlp, "Senator Hale attacked Ilona Varga over the budget."))
    assert (words.cue, words.content) == ("attacked", "Ilona Varga")


def test_a_signature_repeating_the_speaker_adds_no_claim(nlp):
    body = ("The Kesmarian Seismic Service (KSS) said it had registered signals indicating an explosion at "
            "the dam of the Orlivka Hydroelectric Power Plant (HPP) early on June 6, the organization said on its website.")
    c = only(run(nlp, body))
    assert c.speaker == "Kesmarian Seismic Service (KSS)"
    assert c.content.startswith("it had registered signals")


@pytest.mark.parametrize("lead, speaker", [
    ("Here is the harbour authority's spokesman, Oleg Dravin.", "Oleg Dravin"),
    ("Listen to Mayor Ana Ruiz of Velmora.", "Ana Ruiz"),
])
def test_a_sentence_presenting_a_speaker_attributes_the_next_paragraphs_quote(nlp, lead, speaker):
    # video scripts present the speaker in one line and quote them in the next paragraph
    quote = "According to available information, the convoy left the depot on Monday and was hit near the bridge."
    body = f"The harbour was closed on Sunday.\n\n{lead}\n\n\u201c{quote}\u201d"
    claims = run(nlp, body).claims
    assert [(c.kind, c.content) for c in claims] == [("direct", quote)]
    assert speaker in claims[0].speaker
    # the information the quote cites is the speaker's: no ownerless "according to" beside it


def test_a_sentence_presenting_no_one_attributes_nothing(nlp):
    body = "This is what happened next in the harbour.\n\n\u201cWe ran to the cellar and waited until morning.\u201d"
    assert [c for c in run(nlp, body).claims if c.kind == "direct"] == []


# -- session 9: claims missed on real reporting ---------------------------------------------------
@pytest.mark.parametrize("body, speaker, content", [
    # a quote closed by its own full stop, then a sentence that is only a signature
    ("“The pier will be rebuilt by spring.” Irena Dovzhyk said.", "Irena Dovzhyk", "The pier will be rebuilt by spring."),
    ("“The pier will be rebuilt by spring.” The harbour master said on Tuesday.", "harbour master",
     "The pier will be rebuilt by spring."),
    # a that-clause the parser hangs on a noun of an adjunct between the cue and the clause
    ("Dovzhyk said on Friday during a visit to the pier that the repairs would start in May.", "Dovzhyk",
     "the repairs would start in May"),
    ("Dovzhyk told reporters at a briefing in the harbour office that the pier was safe.", "Dovzhyk",
     "the pier was safe"),
])
def test_session9_missed_constructions(nlp, body, speaker, content):
    claims = [c for c in run(nlp, body).claims if c.kind not in ("unattributed",)]
    assert [(c.speaker, c.content) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize("body", [
    "“The pier will be rebuilt by spring.” Dovzhyk said nothing more.",
    "The slogan was “Spring is coming.” Dovzhyk said it was his.",
])
def test_session9_signature_sentence_counter_cases(nlp, body):
    claims = run(nlp, body).claims
    assert not any(c.kind == "direct" and c.content.startswith(("The pier", "Spring")) and c.speaker == "Dovzhyk"
                   for c in claims)


def test_session9_a_relative_that_is_no_stray_clause(nlp):
    claims = run(nlp, "Dovzhyk spoke at the meeting that the council held in May.").claims
    assert all("council held" not in c.content for c in claims)


def test_session9_a_quote_opened_in_reported_speech_runs_on_past_its_sentence(nlp):
    body = "Dovzhyk said the delay “was the council's fault. They ignored every warning.” The council disagreed."
    claims = [c for c in run(nlp, body).claims if c.speaker == "Dovzhyk"]
    assert [(c.kind, c.content) for c in claims] == [
        ("mixed", "the delay “was the council's fault. They ignored every warning.")]


def test_session9_a_quote_closed_in_its_sentence_stays_there(nlp):
    body = "Dovzhyk said the pier was “safe enough.” The council disagreed."
    claims = [c for c in run(nlp, body).claims if c.speaker == "Dovzhyk"]
    assert [c.content for c in claims] == ["the pier was “safe enough"]


@pytest.mark.parametrize("body, speaker, content", [
    ("Dovzhyk was quick to point out that the pier had been inspected twice.", "Dovzhyk",
     "the pier had been inspected twice"),
    ("The harbour board was careful to stress that no one had been hurt.", "harbour board", "no one had been hurt"),
])
def test_session9_said_promptly_or_with_care(nlp, body, speaker, content):
    assert [(c.speaker, c.content) for c in run(nlp, body).claims] == [(speaker, content)]


@pytest.mark.parametrize("body", [
    "Dovzhyk was reluctant to say that the council had lied.",
    "Dovzhyk was eager to say that the council had lied.",
])
def test_session9_a_wish_or_reluctance_to_say_is_no_claim(nlp, body):
    assert [c for c in run(nlp, body).claims if c.kind != "unattributed"] == []


def test_session9_a_claim_nouns_own_that_clause_is_not_the_cues(nlp):
    body = "Responding to claims by the council that the pier had collapsed, Dovzhyk said it was safe."
    claims = run(nlp, body).claims
    assert not any(c.speaker == "Dovzhyk" and "collapsed" in c.content for c in claims)


# -- session 9 mend: the signature sentence signs only a quote that opens its own sentence -----------
@pytest.mark.parametrize("body, gone", [
    ("The harbour board called the ferry plan “a reckless gamble.” Irena Dovzhyk disagreed.", "Irena Dovzhyk"),
    ("The harbour board called the ferry plan “a reckless gamble.” Irena Dovzhyk said on Monday.", "Irena Dovzhyk"),
    ("“We had no warning.” Nobody said.", "Nobody"),
    ("“It is finished,” Vance said. “We sail at dawn.” Dovzhyk agreed.", "Dovzhyk"),
])
def test_session9_mend_a_bare_signature_signs_no_other_quote(nlp, body, gone):
    assert not any(c.kind == "direct" and c.speaker == gone for c in run(nlp, body).claims)


def test_session9_mend_a_label_in_narration_stays_the_narrated_speakers(nlp):
    body = "The council called the plan “a reckless waste of money.” Marek Olsen disagreed."
    assert [(c.kind, c.speaker) for c in run(nlp, body).claims if c.kind != "unattributed"] == [("mixed", "council")]


# -- session 9 mend: the stray that-clause only through a closed set of adjunct frames ---------------
@pytest.mark.parametrize("body", [
    "Dovzhyk testified under an agreement that he would not be prosecuted.",
    "Dovzhyk complained to the point that the clerk called the guards.",
])
def test_session9_mend_a_nouns_own_that_clause_is_no_claim(nlp, body):
    assert [c for c in run(nlp, body).claims if c.kind != "unattributed"] == []


# -- session 9 mend: a quote run on past its sentence stops where another speaker speaks -------------
@pytest.mark.parametrize("body, content", [
    ("Dovzhyk said the pier was “unsafe. Vance, who runs the ferry, disagreed.” The council met on Monday.",
     "the pier was “unsafe"),
    ("Dovzhyk said the quay was “rotten. Vance told the board it was fine. The board agreed.” Nobody listened.",
     "the quay was “rotten"),
])
def test_session9_mend_a_run_on_quote_does_not_swallow_another_speaker(nlp, body, content):
    assert [c.content for c in run(nlp, body).claims if c.speaker == "Dovzhyk"] == [content]


# -- session 9 mend: "quick/careful to say" only when said: not negated, not modal, not "keen" -------
@pytest.mark.parametrize("body", [
    "Any minister would be careful to say that the talks continue.",
    "Dovzhyk was not quick to point out that the pier was unsafe.",
    "Dovzhyk was keen to say that the ferry was safe.",
    "Dovzhyk will be careful to say that the dam is sound.",
])
def test_session9_mend_a_negated_or_hypothetical_prompt_saying_is_no_claim(nlp, body):
    assert [c for c in run(nlp, body).claims if c.kind != "unattributed"] == []

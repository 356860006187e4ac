"""Round eight: constructions the blind zyte-claims set showed, on sentences we wrote (fictional names)."""

from __future__ import annotations

from test_attribution import nlp, run  # noqa: F401  (the session's one model)


def _speakers(ext):
    return [(c.speaker, c.content) for c in ext.claims if c.kind != "unattributed" and c.nested_in is None]


def test_a_quote_resumed_in_the_next_paragraph_is_the_same_claim(nlp):
    body = ("Lena Dorn, a singer from Kelm, spoke on Monday.\n\n"
            "“I only want to sing my own songs,” she said.\n\n"
            "“That is all. I tried to settle this quietly but could not.”\n\nThe label denied it.")
    quotes = [c for c in run(nlp, body).claims if c.kind == "direct"]
    assert len(quotes) == 1
    assert [body[a:b] for a, b in quotes[0].parts] == [
        "I only want to sing my own songs", "That is all. I tried to settle this quietly but could not."]
    assert quotes[0].speaker == "Lena Dorn"


def test_counter_after_the_writers_own_sentence_the_quote_is_a_claim_of_its_own(nlp):
    body = ("“I only want to sing my own songs,” Lena Dorn said. The dispute began in March.\n\n"
            "“That is all. I tried to settle this quietly but could not.”")
    quotes = [c for c in run(nlp, body).claims if c.kind == "direct"]
    assert len(quotes) == 2 and all(c.speaker == "Lena Dorn" for c in quotes)


def test_no_other_details_and_no_estimate_are_silences(nlp):
    body = ("Kelm police said a man was hurt on the platform. Officials did not immediately provide any other details.")
    nc = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert [c.content for c in nc] == ["Officials did not immediately provide any other details"]
    body = ("The Kelm police reported at least 900 people entered the hall, "
            "but the agency did not estimate how many stood outside.")
    nc = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert [c.content for c in nc] == ["the agency did not estimate how many stood outside"]


def test_counter_an_estimate_given_is_no_silence(nlp):
    body = "Engineers at the Kelm depot estimated how many rails had cracked and provided other details of the repair."
    assert not [c for c in run(nlp, body).claims if c.kind == "no_comment"]


def test_told_someone_somewhere_that_takes_the_clause(nlp):
    body = ("Acting Harbour Chief Ed Varga told reporters at a news conference that officials began receiving "
            "calls about a fight aboard a ferry.")
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert (c.speaker, c.content) == ("Ed Varga", "officials began receiving calls about a fight aboard a ferry")


def test_tells_the_paper_that_is_no_part_of_the_content(nlp):
    body = "Clerk Dan Roth tells the paper that he fought with the driver before the bus left."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.content == "he fought with the driver before the bus left"


def test_as_someone_was_showing_a_thing_is_no_parenthetical_cue(nlp):
    body = "Dan Roth said a man grabbed the keys from his hand as he was showing the van to a buyer."
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [c.cue for c in claims] == ["said"]


def test_counter_as_he_said_is_still_a_parenthetical_cue(nlp):
    body = "The bridge, as the mayor said on Monday, was closed before the storm."
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert len(claims) == 1 and claims[0].speaker == "mayor"


def test_a_job_written_as_a_title_is_not_part_of_the_name(nlp):
    for body, name in [("CEO Vera Lind said the phones sold well.", "Vera Lind"),
                       ("Employee Dan Roth said he chased the thief.", "Dan Roth")]:
        (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
        assert c.speaker == name


def test_counter_a_bodys_name_keeps_its_first_word(nlp):
    body = "The General Staff said the brigade withdrew."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.speaker == "General Staff"


def test_a_body_named_in_apposition_after_its_relative_clause_and_the_company_later(nlp):
    body = ("The firm that owns her early records, Silver Harrow, says she may sing them at the Kelm Music Awards on "
            "Sunday. Lena Dorn had accused it of blocking her. But the company says she never needed its permission.")
    got = {c.content: c.speaker for c in run(nlp, body).claims if c.kind == "indirect"}
    assert got["she may sing them at the Kelm Music Awards on Sunday"] == "Silver Harrow"
    assert got["she never needed its permission"] == "Silver Harrow"


def test_the_agency_is_the_body_that_just_reported(nlp):
    body = ("The Kelm State Police reported at least 900 people entered the hall, "
            "but the agency did not estimate how many stood outside.")
    (nc,) = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert nc.speaker == "Kelm State Police"


def test_counter_a_person_after_a_bodys_role_stays_a_person(nlp):
    body = "The company's founder, Vera Lind, said the phones sold well."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.speaker == "Vera Lind"


def test_found_a_man_bleeding_is_a_scene_not_a_finding(nlp):
    body = ("Chief Ed Varga spoke on Tuesday. He says guards boarded the ferry at the next pier and found a man "
            "bleeding, who was possibly the victim of a robbery.")
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [(c.speaker, c.content) for c in claims] == [
        ("Ed Varga", "guards boarded the ferry at the next pier and found a man bleeding, "
                     "who was possibly the victim of a robbery")]


def test_counter_found_that_is_still_a_finding(nlp):
    body = "The Kelm inspectors found that the bridge was unsafe."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.content == "the bridge was unsafe"


def test_a_quote_finished_by_a_few_words_of_the_writer_then_signed(nlp):
    body = ("“The mayor wants the option of a bigger bridge. Bigger than just the little bridge” approved in May, "
            "said Ivo Marek, a planner with the Kelm Institute.")
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [(c.kind, c.speaker, c.content) for c in claims] == [
        ("mixed", "Ivo Marek",
         "The mayor wants the option of a bigger bridge. Bigger than just the little bridge” approved in May")]


def test_counter_a_quote_inside_the_writers_sentence_is_not_opened_by_it(nlp):
    body = "The council called the plan “a bridge too far for the town” approved in May, said Ivo Marek."
    claims = [c for c in run(nlp, body).claims if c.kind == "mixed" and c.content.startswith("a bridge")]
    assert not claims

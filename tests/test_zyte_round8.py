"""Round eight: constructions the blind zyte-claims set showed, on sentences we wrote (fictional names)."""

from __future__ import annotations

from test_attribution import nlp, run  # noqa: F401  (the session's one model)

from claimgraph.extract.speakers import clean_name


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
    body = ("The Tarn fire brigade put out a blaze at the depot on Sunday. "
            "Its chief would not provide additional details of the damage.")
    nc = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert [c.content for c in nc] == ["Its chief would not provide additional details of the damage"]
    body = ("The Kelm police reported at least 900 people entered the hall, "
            "but the agency did not estimate how many stood outside.")
    nc = [c for c in run(nlp, body).claims if c.kind == "no_comment"]
    assert [c.content for c in nc] == ["the agency did not estimate how many stood outside"]


def test_counter_an_estimate_given_is_no_silence(nlp):
    body = "Engineers at the Kelm depot estimated how many rails had cracked and provided other details of the repair."
    assert not [c for c in run(nlp, body).claims if c.kind == "no_comment"]


def test_told_someone_somewhere_that_takes_the_clause(nlp):
    body = ("Fire Marshal Nadia Roos told journalists outside the depot on Sunday that the blaze started in a "
            "storeroom full of paint.")
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert (c.speaker, c.content) == ("Nadia Roos", "the blaze started in a storeroom full of paint")


def test_tells_the_paper_that_is_no_part_of_the_content(nlp):
    body = "Baker Oskar Pelt tells the paper that he shouted at the thief before the shop shut."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.content == "he shouted at the thief before the shop shut"


def test_as_someone_was_describing_a_thing_is_no_parenthetical_cue(nlp):
    body = "Tomas Brek said a stranger snatched his wallet as he was describing the flat to a tenant."
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [c.cue for c in claims] == ["said"]


def test_counter_as_he_said_is_still_a_parenthetical_cue(nlp):
    body = "The bridge, as the mayor said on Monday, was closed before the storm."
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert len(claims) == 1 and claims[0].speaker == "mayor"


def test_counter_as_someone_told_the_board_is_still_a_parenthetical_cue(nlp):
    body = "The ferry will stop running in June, as Mira Olsen told the board on Friday."
    claims = [(c.speaker, c.content) for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert claims == [("Mira Olsen", "The ferry will stop running in June")]


def test_a_job_written_as_a_title_is_not_part_of_the_name(nlp):
    for body, name in [("CEO Vera Lind said the phones sold well.", "Vera Lind"),
                       ("Employee Dan Roth said he chased the thief.", "Dan Roth")]:
        (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
        assert c.speaker == name


def test_counter_a_bodys_name_keeps_its_first_word(nlp):
    body = "The General Staff said the brigade withdrew."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.speaker == "General Staff"


def test_counter_a_bodys_name_that_opens_with_a_job_keeps_it():
    for name in ("Coach Builders Guild", "Teacher Exchange Fellowship", "Witness Support Line"):
        assert clean_name(name) == name
    assert clean_name("CEO Mara Quill", person=True) == "Mara Quill"


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


def test_the_label_is_a_record_label_not_the_guild_that_spoke_last(nlp):
    body = ("Bellweather Records signed Ola Venn in 2017. The Marrow Painters Guild said the deal was unfair. "
            "The label said it would put out her next album in August.")
    got = {c.content: c.speaker for c in run(nlp, body).claims if c.kind == "indirect"}
    assert got["it would put out her next album in August"] == "Bellweather Records"
    body = "The Dorsk Weavers Union said the mill shut early. The agency said it had no record of the closure."
    got = {c.content: c.speaker for c in run(nlp, body).claims if c.kind == "indirect"}
    assert got["it had no record of the closure"] != "Dorsk Weavers Union"


def test_counter_the_agency_and_the_company_still_take_a_body_of_their_kind(nlp):
    for body, speaker in [
            ("The Dorsk Port Authority said the mill shut early. The agency said it had no record of the fire.",
             "Dorsk Port Authority"),
            ("Brightwater said its phones sold well. The company said sales rose in May.", "Brightwater")]:
        assert {c.speaker for c in run(nlp, body).claims if c.kind == "indirect"} == {speaker}


def test_counter_a_person_after_a_bodys_role_stays_a_person(nlp):
    body = "The company's founder, Vera Lind, said the phones sold well."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.speaker == "Vera Lind"


def test_rangers_who_found_a_boy_crying_came_upon_a_scene_not_a_finding(nlp):
    body = ("Captain Ida Holm spoke on Monday. She says two rangers climbed to the hut before dark and found a boy "
            "crying, who was apparently the son of a fisherman.")
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [(c.speaker, c.content) for c in claims] == [
        ("Ida Holm", "two rangers climbed to the hut before dark and found a boy crying, "
                     "who was apparently the son of a fisherman")]


def test_counter_an_audit_that_found_someone_doing_wrong_is_a_finding(nlp):
    for body, speaker, content in [
            ("The audit found the water board ignoring leak reports for a decade.", "audit",
             "the water board ignoring leak reports for a decade"),
            ("The inquiry found the shipyard lying about its welding checks.", "inquiry",
             "the shipyard lying about its welding checks")]:
        claims = [(c.kind, c.speaker, c.content) for c in run(nlp, body).claims if c.kind != "unattributed"]
        assert claims == [("according_to", speaker, content)]


def test_counter_found_that_is_still_a_finding(nlp):
    body = "The Kelm inspectors found that the bridge was unsafe."
    (c,) = [c for c in run(nlp, body).claims if c.kind == "indirect"]
    assert c.content == "the bridge was unsafe"


def test_a_quote_finished_by_a_few_words_of_the_writer_then_signed(nlp):
    body = ("“Our town cannot live on one ferry. Certainly not on the rusty one” the council leased in 2019, "
            "said Ivo Marek, a planner with the Kelm Institute.")
    claims = [c for c in run(nlp, body).claims if c.kind != "unattributed"]
    assert [(c.kind, c.speaker, c.content) for c in claims] == [
        ("mixed", "Ivo Marek",
         "Our town cannot live on one ferry. Certainly not on the rusty one” the council leased in 2019")]


def test_counter_a_quote_inside_the_writers_sentence_is_not_opened_by_it(nlp):
    body = "The council called the plan “a bridge too far for the town” approved in May, said Ivo Marek."
    claims = [c for c in run(nlp, body).claims if c.kind == "mixed" and c.content.startswith("a bridge")]
    assert not claims

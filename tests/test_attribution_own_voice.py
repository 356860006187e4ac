"""A channel post's own voice: its unattributed declarative sentences are its author's claims.

Posts written for these tests (invented channel, places and units)."""

from __future__ import annotations

import json

import pytest

from claimgraph.extract.attribution import OWN_VOICE_CUE, extract_claims, extract_claims_many
from claimgraph.extract.nlp import load_nlp

POST = ("🔥 Dam at Brask hit overnight\n\n"
        "Our drones hit a fuel depot of the 9th Coastal Brigade near Brask last night. "
        "Locals write that the fire burned until dawn.\n\n"
        "The enemy is already spreading a story about a 'school'. There was no school there. "
        "Subscribe and share! Who is paying for these lies?")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_declarative_sentences_are_the_authors_claims(nlp):
    ext = extract_claims(POST, nlp=nlp, author="Kelm Front")
    own = [c for c in ext.claims if c.cue == OWN_VOICE_CUE]
    assert [c.content for c in own] == [
        "Our drones hit a fuel depot of the 9th Coastal Brigade near Brask last night",
        "The enemy is already spreading a story about a 'school'",
        "There was no school there",
    ]
    for c in own:
        assert c.kind == "according_to" and c.speaker == c.speaker_text == "Kelm Front"
        assert POST[c.start:c.end] == c.content
    assert [c.stance for c in own] == ["asserts", "asserts", "denies"]
    # what the post relays stays with its source, not with the channel
    relayed = [c for c in ext.claims if c.cue != OWN_VOICE_CUE]
    assert any("the fire burned until dawn" in c.content for c in relayed)
    assert not any("fire burned" in c.content for c in own)


def test_headings_questions_and_calls_to_action_are_not_claims(nlp):
    contents = " ".join(c.content for c in extract_claims(POST, nlp=nlp, author="Kelm Front").claims)
    assert "Dam at Brask hit overnight" not in contents   # the post's title line
    assert "Who is paying" not in contents and "Subscribe" not in contents


def test_an_article_has_no_own_voice(nlp):
    assert not [c for c in extract_claims(POST, nlp=nlp).claims if c.cue == OWN_VOICE_CUE]


def test_the_batch_path_reads_the_author_too(nlp):
    one = extract_claims(POST, nlp=nlp, author="Kelm Front")
    many = extract_claims_many([(POST, None, "Kelm Front"), POST], nlp=nlp)
    assert [c.to_json() for c in many[0].claims] == [c.to_json() for c in one.claims]
    assert not [c for c in many[1].claims if c.cue == OWN_VOICE_CUE]


def test_ingest_gives_a_telegram_post_its_channels_claims(cli, tmp_path):
    export = {"name": "Kelm Front", "type": "public_channel", "id": 1, "messages": [
        {"id": 7, "type": "message", "date": "2026-05-02T08:00:00", "text": POST},
        {"id": 8, "type": "message", "date": "2026-05-02T09:00:00", "forwarded_from": "Coastal Command",
         "text": "Statement. Our air defence shot down two drones over Brask at dawn. Nobody was hurt."},
    ]}
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "result.json").write_text(json.dumps(export), encoding="utf-8")
    assert cli("ingest", str(folder)).returncode == 0
    claims = [json.loads(line) for line in cli("claims", "--json").stdout.decode().splitlines()]
    by = {(c["speaker"], c["content"]) for c in claims}
    assert ("Kelm Front", "There was no school there") in by
    # a forwarded statement speaks in the voice of where it was forwarded from
    assert ("Coastal Command", "Our air defence shot down two drones over Brask at dawn") in by


# ---------------------------------------------------------------- a city the model calls a person
def test_a_name_written_as_a_place_is_a_place(nlp):
    body = ("KELMORA, Selva — Missiles struck a school in Vardo Brisk on Saturday. The town of Vardo Brisk lost power, "
            "and families from Vardo Brisk slept in the metro. Colonel Ivan Dorn said the school was hit.")
    types = {e.name: e.type for e in extract_claims(body, nlp=nlp).entities}
    assert types.get("Vardo Brisk") in ("GPE", "LOC")
    assert types.get("Ivan Dorn") == "PERSON"   # a speaker with a title stays a person


def test_lower_case_words_surnames_and_papers_keep_their_kind(nlp):
    body = ("Commissioner Irma Voss said on Friday the pupils were safe. “They are warm, fed and happy,” Voss said. "
            "Experts consulted by the Courier said the footage was genuine. The ministry did not respond to the Courier.")
    types = {e.name: e.type for e in extract_claims(body, nlp=nlp).entities}
    assert "fed" not in types                       # a name has a capital letter
    assert types.get("Irma Voss") == "PERSON" and types.get("Voss") in (None, "PERSON")
    assert types.get("Courier") in (None, "ORG")    # "the Courier" is a paper, not a person


def test_the_author_about_itself_is_no_claim(nlp):
    post = ("Our drones hit a fuel depot near Brask last night. We do not know. We thank the crews of the 9th battery. "
            "We know that the enemy moved its launchers to the school.")
    contents = [c.content for c in extract_claims(post, nlp=nlp, author="Front Channel").claims]
    assert "Our drones hit a fuel depot near Brask last night" in contents
    assert not any(c.startswith(("We do not know", "We thank")) for c in contents)
    assert any(c.startswith("We know that the enemy moved") or c.startswith("the enemy moved") for c in contents)


def test_ownerless_information_in_a_post_is_its_authors(nlp):
    post = ("Statement of the harbour command\n\n"
            "According to available information, two patrol boats of the Kelm flotilla were sunk near Brask.")
    ext = extract_claims(post, nlp=nlp, author="Brask Harbour Command")
    [claim] = [c for c in ext.claims if c.kind == "according_to"]
    assert claim.speaker == "Brask Harbour Command"
    assert claim.speaker_text == "available information"   # the words as written stay
    assert claim.content == "two patrol boats of the Kelm flotilla were sunk near Brask"
    # the same sentence with no author to own it is the writer's hedge: nobody is named for it
    [plain] = [c for c in extract_claims(post, nlp=nlp).claims if "patrol boats" in c.content]
    assert (plain.kind, plain.speaker) == ("unattributed", None)


def test_we_in_the_writers_own_sentences_is_the_writer():
    from claimgraph.pipeline import AnalysisInput, analyse

    text = ('We found that the depot had been empty for weeks. "We saw smoke all night," '
            'said Irena Kovac, a nurse at the Brask clinic.')
    post = AnalysisInput(text, "telegram", metadata={"channel": "Brask Monitor", "message_id": 1})
    [result] = analyse([post], n_process=1)
    by_content = {c.content: c for c in result.extraction.claims}
    assert by_content["the depot had been empty for weeks"].speaker == "Brask Monitor"
    # inside a quote "we" is the quoted speaker's
    assert by_content["We saw smoke all night"].speaker == "Irena Kovac"

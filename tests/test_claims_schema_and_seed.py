"""The published JSON Schema validates real output; the seed article's key claims are found.

The seed article lives in ../shared (never copied into the repo); its tests skip when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp

from conftest import needs_shared

REPO = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((REPO / "docs" / "claims.schema.json").read_text(encoding="utf-8"))

OWN_TEXT = (
    "Nadia Kovalenko, a nurse at the hospital, recalled the first week.\n\n"
    "“The wounded arrived in buses. We ran out of bandages,” she said. The regional governor, Oleksiy Kravets, "
    "wrote on Telegram that a video showed the strike. The defence ministry declined to comment. "
    "According to the State Emergency Service (DSNS), six people were injured."
)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def seed_body() -> tuple[str, dict]:
    gold = json.loads(needs_shared("samples", "defector-article.gold.json").read_text(encoding="utf-8"))
    text = gold["text"]
    start = text.index(gold["body_start"])
    end = text.index(gold["body_end"]) + len(gold["body_end"])
    return text[start:end], gold


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_real_output_validates_against_schema(nlp):
    out = extract_claims(OWN_TEXT, headline="‘We Ran Out’: Nurse Recalls First Week", nlp=nlp).to_json()
    jsonschema.Draft202012Validator(SCHEMA).validate(out)
    assert out["claims"] and out["entities"]
    for c in out["claims"]:
        assert OWN_TEXT[c["start"] : c["end"]] == c["content"]


def test_schema_rejects_broken_output(nlp):
    out = extract_claims(OWN_TEXT, nlp=nlp).to_json()
    out["claims"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(out)


def test_seed_output_validates(nlp):
    body, gold = seed_body()
    out = extract_claims(body, headline=gold["headline"], nlp=nlp).to_json()
    jsonschema.Draft202012Validator(SCHEMA).validate(out)


@pytest.fixture(scope="module")
def seed(nlp):
    body, gold = seed_body()
    return body, extract_claims(body, nlp=nlp)


def find(seed, text: str):
    body, ext = seed
    for c in ext.claims:
        assert body[c.start : c.end] == c.content
    hits = [c for c in ext.claims if text in c.content]
    assert hits, f"no claim containing {text!r}"
    return hits[0]


def test_seed_defector_quotes(seed):
    c = find(seed, "I feel sorry for what is happening right now")
    assert c.kind == "direct" and c.speaker == "Maksim Kuzminov"
    c = find(seed, "No one really knew where I was.")
    assert c.kind == "direct" and c.speaker == "Maksim Kuzminov"
    assert c.content.startswith("I said, ‘Let’s try it.")


def test_seed_agency_assertion_cites_video(seed):
    c = find(seed, "Kuzminov arrived in Ukraine on August 9th")
    assert c.kind == "mixed" and "GUR" in c.speaker and c.cue == "asserting"
    assert "video" in {e.label for e in c.evidence}


def test_seed_budanov_disclosure(seed):
    c = find(seed, "family had been extracted from Russia")
    assert c.speaker == "Kyrylo Budanov" and c.cue == "disclosed" and c.kind == "indirect"


def test_seed_telegram_channel_claim(seed):
    c = find(seed, "landing in Ukraine was a mistake")
    assert c.cue == "claimed" and "Telegram channel" in c.speaker_text
    assert c.content == "Kuzminov’s landing in Ukraine was a mistake"


def test_seed_ministry_no_comment(seed):
    c = find(seed, "has yet to comment")
    assert c.kind == "no_comment" and c.speaker_text == "Russia’s defense ministry"
    assert c.content == "Russia’s defense ministry has yet to comment on the matter"


def test_seed_report_findings(seed):
    body, ext = seed
    report = [c for c in ext.claims if c.speaker == "report"]
    contents = " | ".join(c.content for c in report)
    assert "a serious risk of genocide" in contents or "Russia’s actions have escalated in this regard" in contents
    assert "Russia’s actions encompass all five acts" in contents
    assert all("report" in {e.label for e in c.evidence} or c.speaker_text == "It" for c in report)

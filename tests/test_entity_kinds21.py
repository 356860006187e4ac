"""Session 21, English entities: a DATE that is a length or frequency of time is no entity (a point
in time is), and a nation's or a place's collective that speaks ("Kesmarian forces said") is an ORG
entity of the page. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp
from claimgraph.extract.speakers.names import names_a_point_in_time


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _date_span(nlp, text: str, words: str) -> Span:
    """``words`` of ``text`` as a DATE span set by hand: the rule is tested, not the tagger."""
    doc = nlp(text)
    k = text.index(words)
    span = doc.char_span(k, k + len(words), label="DATE")
    assert span is not None, words
    return span


@pytest.mark.parametrize("text,words", [
    ("The ferry stayed idle for two days.", "two days"),
    ("For months the crews waited.", "months"),
    ("The council met weekly in the hall.", "weekly"),
    ("Repairs took at least nine days to finish.", "at least nine days"),
    ("The line carried 20-kilovolt power.", "20-kilovolt"),
])
def test_a_length_or_frequency_of_time_names_no_point(nlp, text, words):
    assert not names_a_point_in_time(_date_span(nlp, text, words))


@pytest.mark.parametrize("text,words", [
    ("The port reopened on Friday.", "Friday"),
    ("The ferry sank on March 9.", "March 9"),
    ("The bridge fell two days ago.", "two days ago"),
    ("The crews left last week.", "last week"),
    ("The plant was built in 2014.", "2014"),
    ("The flood came a week earlier than feared.", "a week earlier"),
    ("The harbour silted up in the 1990s.", "the 1990s"),
    ("The dam burst on 24/02 at dawn.", "24/02"),
])
def test_a_point_in_time_is_named(nlp, text, words):
    assert names_a_point_in_time(_date_span(nlp, text, words))


def test_no_duration_among_the_entities_end_to_end(nlp):
    text = ("The Orvel ferry was idle for two days, port official Arno Selk said on Friday. "
            "For three weeks the crews had met weekly in Velna.")
    ext = extract_claims(text, nlp=nlp)
    dates = {m.text for e in ext.entities if e.type == "DATE" for m in e.mentions}
    assert "Friday" in dates
    assert not dates & {"two days", "three weeks", "weekly"}, dates


def _orgs(ext) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in ext.entities if e.type == "ORG"}


@pytest.mark.parametrize("text,name,written", [
    ("Kesmarian forces said they had left the bridge at Velna.", "Kesmarian forces", "Kesmarian forces"),
    ("The Kesmarian military said it had shot down two drones over Velna.", "Kesmarian military",
     "The Kesmarian military"),
    ("The convoy was hit near Velna, Ukraine's armed forces said on Monday.", "Ukraine's armed forces",
     "Ukraine's armed forces"),
    ("Two drones were downed over the port, according to the Kesmarian police.", "Kesmarian police",
     "Kesmarian police"),
])
def test_a_speaking_collective_of_a_nation_or_place_is_an_org(nlp, text, name, written):
    ext = extract_claims(text, nlp=nlp)
    assert [c.speaker for c in ext.claims] == [name]   # the claim's speaker is unchanged: read after it
    orgs = _orgs(ext)
    assert orgs.get(name) == [written], orgs
    for e in ext.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", [
    # not one collective: a clause, a list
    "The Kesmarian police who guard the port said the ferry had left.",
    "Kesmarian and Valdoran officials said the ferry had left.",
    # a collective that does not speak is left to the tagger
    "Kesmarian forces shelled the port of Velna, port official Arno Selk said.",
])
def test_no_org_for_what_is_not_a_speaking_collective(nlp, text):
    ext = extract_claims(text, nlp=nlp)
    assert not any(n.startswith("Kesmarian") for n in _orgs(ext)), _orgs(ext)

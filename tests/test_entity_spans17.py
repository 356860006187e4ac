"""A mention records the name as written (session 17): without the sentence's lower-case article or a
trailing possessive, with a person's capitalised title, and no mention at all for a nationality
written as an adjective. The tagger's labels are set by hand (the parse is the model's), so each
case tests the rule, not the tagger. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp
from claimgraph.extract.speakers import Registry


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _mentions(nlp, text: str, ents: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    """Entity name -> (type, mention texts) after feeding ``text`` tagged with ``ents``; each
    mention's text is checked against the characters it points to."""
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        i = text.index(surface)
        span = doc.char_span(i, i + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    reg = Registry()
    reg.feed(doc, 0)
    out = {}
    for name, type_, mentions in reg.entities():
        for written, start, end in mentions:
            assert text[start:end] == written, (written, start, end)
        out[name] = (type_, [m[0] for m in mentions])
    return out


@pytest.mark.parametrize("text,surface,label,written", [
    ("Relief convoys crossed into the Valdoran Republic on Monday.", "the Valdoran Republic", "GPE", "Valdoran Republic"),
    ("Engineers inspected the Orlov Bridge after the flood.", "the Orlov Bridge", "FAC", "Orlov Bridge"),
    ("The board rejected the Harlow Institute's findings.", "the Harlow Institute's", "ORG", "Harlow Institute"),
])
def test_the_sentences_article_and_a_possessive_are_not_the_name(nlp, text, surface, label, written):
    found = _mentions(nlp, text, [(surface, label)])
    assert [m for _, ms in found.values() for m in ms] == [written]


@pytest.mark.parametrize("text,person,written", [
    ("Interior Minister Vela Orsk said the bridge was closed.", "Vela Orsk", "Interior Minister Vela Orsk"),
    ("Residents met Mayor Ilse Brandt at the school.", "Ilse Brandt", "Mayor Ilse Brandt"),
    # a role in lower case describes the person: it is no title ("Fire" is capitalised by the sentence)
    ("Fire chief Tomas Brenn said the blaze was out.", "Tomas Brenn", "Tomas Brenn"),
    ("The convoy was stopped, port official Arno Selk said.", "Arno Selk", "Arno Selk"),
])
def test_a_persons_capitalised_title_is_written_with_the_name(nlp, text, person, written):
    found = _mentions(nlp, text, [(person, "PERSON")])
    assert person in found, found   # the entity keeps the name without its title
    assert found[person] == ("PERSON", [written])


def test_a_nationality_adjective_names_no_entity(nlp):
    text = "Kesmarian troops left the town, and the Kesmarians living there stayed."
    found = _mentions(nlp, text, [("Kesmarian", "NORP"), ("Kesmarians", "NORP")])
    assert "Kesmarian" not in found
    assert found.get("Kesmarians") == ("NORP", ["Kesmarians"])   # the people, named as a noun, stay


def test_mentions_point_at_their_characters_end_to_end(nlp):
    body = ("Kesmarian Defence Minister Ivo Dran told reporters on Tuesday that the Valdoran Republic's army had "
            "withdrawn. The Orlov Bridge was reopened, Mayor Ilse Brandt said.")
    ext = extract_claims(body, nlp=nlp)
    assert ext.entities
    for e in ext.entities:
        for m in e.mentions:
            assert body[m.start:m.end] == m.text, (e.name, m)
            assert not m.text.startswith("the ") and not m.text.endswith(("'s", "’s")), m.text


@pytest.mark.parametrize("text,written", [
    ("Shells fell on the Harnova district overnight.", "Harnova district"),
    ("Aid reached Velt province by road.", "Velt province"),
    ("Harnova farmers said the harvest was lost.", "Harnova"),     # not a unit of land: the name alone
])
def test_a_place_keeps_the_unit_it_names(nlp, text, written):
    surface = written.split()[0]
    found = _mentions(nlp, text, [(surface, "GPE")])
    assert found[surface] == ("GPE", [written])

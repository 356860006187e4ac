"""A mention records the name as written (session 17): without the sentence's lower-case article or a
trailing possessive, with a person's capitalised title (not a date or a kicker before it); a
nationality written as an adjective keeps its mention (the linker's government origin reads it).
The tagger's labels are set by hand (the parse is the model's), so each case tests the rule, not
the tagger. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp
from claimgraph.link.origins import Governments

from test_entity_fragments import fed_registry  # one way to feed forced labels, shared


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _mentions(nlp, text: str, ents: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    """Entity name -> (type, mention texts) after feeding ``text`` tagged with ``ents``; each
    mention's text is checked against the characters it points to."""
    reg = fed_registry(nlp, text, ents)
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


def test_a_nationality_adjective_keeps_its_mention(nlp):
    # the linker reads a nation its country table does not know from this NORP entity (mend of session 17)
    text = "Kesmarian troops left the town, and the Kesmarians living there stayed."
    found = _mentions(nlp, text, [("Kesmarian", "NORP"), ("Kesmarians", "NORP")])
    assert found.get("Kesmarian") == ("NORP", ["Kesmarian"])
    assert found.get("Kesmarians") == ("NORP", ["Kesmarians"])


@pytest.mark.parametrize("text,speaker", [
    ("Kesmarian Defence Minister Ivo Dran said the unit had left.", "Ivo Dran"),
    ("Dravanian authorities said the dam was safe.", None),
])
def test_an_unknown_nations_official_keeps_its_government_origin_end_to_end(nlp, text, speaker):
    """Extraction, then the linker's government rule over the GPE/NORP entities, as the linker
    builds it: the only evidence for an invented nation is its adjective's NORP entity."""
    ext = extract_claims(text, nlp=nlp)
    ents = [{"name": e.name, "type": e.type, "mentions": [m.text for m in e.mentions]} for e in ext.entities]
    governments = Governments(text, [e for e in ents if e["type"] in ("GPE", "NORP")])
    assert ext.claims
    claim = ext.claims[0]
    if speaker is not None:
        assert claim.speaker == speaker
    named = next((e for e in ents if e["name"] == claim.speaker), None)
    found = governments.of(named or claim.speaker)
    nation = text.split()[0]
    assert found is not None and found[1] == f"the {nation} government", (claim.speaker, found)


def test_mentions_point_at_their_characters_end_to_end(nlp):
    body = ("Kesmarian Defence Minister Ivo Dran told reporters on Tuesday that the Valdoran Republic's army had "
            "withdrawn. The Orlov Bridge was reopened, Mayor Ilse Brandt said.")
    ext = extract_claims(body, nlp=nlp)
    assert ext.entities
    for e in ext.entities:
        for m in e.mentions:
            assert body[m.start:m.end] == m.text, (e.name, m)
            assert not m.text.startswith("the ") and not m.text.endswith(("'s", "’s")), m.text


def test_a_district_is_not_written_into_the_towns_mention(nlp):
    # "the Harnova district" and the town of Harnova are two places: the town's entity gets no
    # "Harnova district" alias (the place-unit rule was dropped in the mend of session 17)
    found = _mentions(nlp, "Shells fell on the Harnova district overnight.", [("Harnova", "GPE")])
    assert found["Harnova"] == ("GPE", ["Harnova"])


@pytest.mark.parametrize("text,ents,person,written", [
    # a date before the title is the sentence's, not the name's
    ("On Monday Mayor Ilse Brandt said the school would reopen.", [("Monday", "DATE")], "Ilse Brandt",
     "Mayor Ilse Brandt"),
    ("In March Governor Tomas Lind said the dam was safe.", [("March", "DATE")], "Tomas Lind",
     "Governor Tomas Lind"),
    # an all-caps kicker names nothing
    ("BREAKING Defence Minister Ivo Dran resigned, officials said.", [], "Ivo Dran", "Defence Minister Ivo Dran"),
    ("UPDATE Interior Minister Vela Orsk resigned, officials said.", [], "Vela Orsk", "Interior Minister Vela Orsk"),
])
def test_a_title_reaches_back_over_no_date_or_kicker(nlp, text, ents, person, written):
    found = _mentions(nlp, text, [*ents, (person, "PERSON")])
    assert found[person] == ("PERSON", [written])
    for surface, label in ents:
        assert found[surface] == (label, [surface])


@pytest.mark.parametrize("text,person,written", [
    ("On Monday Mayor Ilse Brandt said the school would reopen.", "Ilse Brandt", "Mayor Ilse Brandt"),
    ("In March Governor Tomas Lind said the dam was safe.", "Tomas Lind", "Governor Tomas Lind"),
])
def test_a_title_after_a_date_end_to_end(nlp, text, person, written):
    ext = extract_claims(text, nlp=nlp)
    mentions = {e.name: [m.text for m in e.mentions] for e in ext.entities}
    assert mentions.get(person) == [written], mentions

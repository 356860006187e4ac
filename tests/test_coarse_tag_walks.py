"""Walks that only a verb, a noun or a proper noun can pass step only the tokens with that coarse
tag, read once from the Doc's tag array (``nlp.with_coarse_tags``, issue #15), instead of a
``pos_`` look-up on every token of the chunk. The shortcut picks exactly the tokens the tag test
picks, in order; a token list of another parse is refused; and what each shortened walk finds (a
negative subject's silence, a lack to tell, reported speech, a body named after its common noun, a
thing that a later "it" continues, a repeated surname) is still found."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims
from claimgraph.extract.nlp import load_nlp, with_coarse_tags
from claimgraph.extract.speakers import Registry

# our own sentences: each paragraph gives one of the shortened walks something to find
TEXT = (
    "No one at the Velmora port authority was available for comment on Monday.\n\n"
    "The harbour master, Ilse Brandvik, said it was too early to say whether the crew had survived.\n\n"
    "The operator's claim that the ferry was overloaded drew anger in the town. "
    "The rights group Lantern Watch said the crossing was unsafe. The rights group added that two boats had sunk.\n\n"
    "Brandvik said the crew would be found. The ministry of coastal affairs said the ferry was inspected. "
    "It said no fault was found.\n\n"
    "Harbour pilot Tomas Quill told reporters the fog was thick. Quill said the radar failed."
)

OTHER = (
    "\u201cWe will not be silenced,\u201d the statement read. Is it true? Perhaps, said Mira Ostrova, "
    "who runs the Kelby Courier, a daily newspaper, since 2019 - and 40 % of readers agree!"
)

# things the registry's noun walks note: an evidence subject a later "it" continues, a body named
# after its common noun
NOTED = TEXT + (
    "\n\nThe report by the Kelby Institute identifies three faults in the hull. It warns that the ferry is unsafe.\n\n"
    "The broadcaster, Kanal Sever, aired the footage on Monday."
)

# the tag sets the walks use (reported; negative_subjects; lacks_to_tell; the registry's four passes)
TAG_SETS = [("NOUN", "VERB", "AUX"), ("VERB", "AUX"), ("VERB",), ("NOUN", "PROPN"), ("PROPN",), ("NOUN",)]


@pytest.mark.parametrize("text", [TEXT, OTHER, ""])
@pytest.mark.parametrize("tags", TAG_SETS)
def test_the_shortcut_picks_what_the_tag_test_picks(text, tags):
    doc = load_nlp()(text)
    tokens = list(doc)
    picked = with_coarse_tags(doc, tokens, tags)
    assert [t.i for t in picked] == [t.i for t in tokens if t.pos_ in tags]
    assert all(p is tokens[p.i] for p in picked)   # the caller's Token objects, none built again


def test_every_tag_of_a_text_is_picked_by_its_own_name():
    doc = load_nlp()(TEXT + " " + OTHER)
    tokens = list(doc)
    tags = sorted({t.pos_ for t in tokens})
    assert len(tags) >= 8
    for tag in tags:
        assert [t.i for t in with_coarse_tags(doc, tokens, (tag,))] == [t.i for t in tokens if t.pos_ == tag]
    assert len(with_coarse_tags(doc, tokens, tuple(tags))) == len(tokens)


def test_a_token_list_of_another_parse_is_refused():
    nlp = load_nlp()
    doc, other = nlp(TEXT), nlp(OTHER)
    with pytest.raises(ValueError):
        with_coarse_tags(doc, list(other), ("VERB",))
    with pytest.raises(ValueError):
        with_coarse_tags(doc, list(doc)[:-1], ("VERB",))
    same_length = nlp(" ".join(t.text for t in reversed(list(doc))))
    assert len(same_length) == len(doc)
    with pytest.raises(ValueError):
        with_coarse_tags(doc, list(same_length), ("VERB",))


def test_the_shortened_walks_still_find_what_they_read():
    claims = [(c.kind, c.speaker, c.cue, c.content) for c in extract_claims(TEXT).claims]
    assert claims == [
        # negative_subjects, on an auxiliary ("was available for comment")
        ("no_comment", "Velmora port authority", "was",
         "No one at the Velmora port authority was available for comment on Monday"),
        # lacks_to_tell
        ("no_comment", "Ilse Brandvik", "said",
         "The harbour master, Ilse Brandvik, said it was too early to say whether the crew had survived"),
        # reported; "the rights group" is Lantern Watch (the registry's described bodies)
        ("indirect", "Lantern Watch", "said", "the crossing was unsafe"),
        ("indirect", "Lantern Watch", "added", "two boats had sunk"),
        # a repeated surname (the registry's surname mentions)
        ("indirect", "Ilse Brandvik", "said", "the crew would be found"),
        # "It" continues the ministry the registry's noun walk noted as a subject
        ("indirect", "ministry of coastal affairs", "said", "the ferry was inspected"),
        ("indirect", "ministry of coastal affairs", "said", "no fault was found"),
        ("indirect", "Tomas Quill", "told", "the fog was thick"),
        ("indirect", "Tomas Quill", "said", "the radar failed"),
    ]


def test_the_registrys_noun_walks_still_note_what_they_read():
    reg = Registry()
    reg.feed(load_nlp()(NOTED), 0)
    # feed's own walk over nouns and proper nouns: subjects a later "it" or "the ministry" continues
    assert [name for _, name in reg.thing_subjects] == [
        "rights group", "ministry of coastal affairs", "report by the Kelby Institute", "broadcaster"]
    assert reg.thing_subjects[2][0] == NOTED.index("report by")
    # _described_bodies, over nouns: "The broadcaster, Kanal Sever"
    assert reg.described == {"broadcaster": [(NOTED.index("Kanal Sever"), "Kanal Sever")]}

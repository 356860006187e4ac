"""A parsed chunk's text is read once (spaCy's ``Doc.text`` rebuilds the string from every token on
each access) and handed to the registry and the claim reader: what they find with the caller's copy
is what they find reading ``doc.text`` themselves."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution.document import ClaimReader
from claimgraph.extract.nlp import load_nlp
from claimgraph.extract.quotes import find_quotes
from claimgraph.extract.speakers import Registry

TEXT = (
    "The mayor of Velmora, Ilse Brandvik, said on Tuesday that the ferry would run again by June.\n\n"
    "\u201cWe have found the fault,\u201d she told reporters. The Harbour Authority (HA) declined to comment.\n\n"
    "According to the ministry, repairs will cost about 2 million euros. Port engineer Tomas Quill, "
    "a spokesman for the HA, said the hull was sound."
)


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def _state(reg: Registry) -> str:
    return repr(sorted((k, repr(v)) for k, v in vars(reg).items() if not k.startswith("_")))


def test_registry_fed_the_text_learns_what_it_learns_from_the_doc(doc):
    given, own = Registry(), Registry()
    given.feed(doc, 0, doc.text)
    own.feed(doc, 0)
    assert _state(given) == _state(own)
    assert "Ilse Brandvik" in _state(given)


def test_reader_given_the_text_finds_the_same_claims(doc):
    text = doc.text
    reg_a, reg_b = Registry(), Registry()
    reg_a.feed(doc, 0, text)
    reg_b.feed(doc, 0)
    given = ClaimReader(doc, 0, reg_a, quotes=find_quotes(text), text=text).run()
    own = ClaimReader(doc, 0, reg_b, quotes=find_quotes(text)).run()
    assert given == own
    assert {c.kind for c in given} >= {"no_comment"}
    assert any(c.speaker and "Brandvik" in c.speaker for c in given)

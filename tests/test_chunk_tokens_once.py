"""One list of a chunk's tokens and the parsed string, handed by ``_read`` to the registry and to
every whole-chunk walk of the claim reader (issue #15: iterating a spaCy ``Doc`` builds a new Token
object per token on every pass, and ``Doc.text`` rebuilds the string the same way). What they find
with the shared list and string is what they find walking the ``Doc`` themselves, and on a body of
several chunks each chunk is read with its own text."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims, extract_claims_many
from claimgraph.extract.attribution.document import ClaimReader, chunk_text
from claimgraph.extract.nlp import CHUNK_CHARS, load_nlp
from claimgraph.extract.quotes import find_quotes
from claimgraph.extract.speakers import Registry

TEXT = (
    "No one at the Velmora port authority would comment on the figures.\n\n"
    "The harbour master, Ilse Brandvik, said it was too early to say whether the crew had survived.\n\n"
    "\u201cThe hull is sound,\u201d said Tomas Quill, an engineer for the Velmora Ferry Company. "
    "Neither the navy nor the coast guard would confirm the number of passengers."
)

# neutral paragraphs with no claim in them, enough to push TEXT into a second chunk
FILLER = "\n\n".join(
    f"The ferry crossed the bay in the morning fog on day {i}, and the gulls followed it home." for i in range(260)
)


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def _state(reg: Registry) -> str:
    return repr(sorted((k, repr(v)) for k, v in vars(reg).items() if not k.startswith("_")))


def test_registry_fed_the_token_list_learns_what_it_learns_walking_the_doc(doc):
    shared, own = Registry(), Registry()
    shared.feed(doc, 0, TEXT, list(doc))
    own.feed(doc, 0)
    assert _state(shared) == _state(own)
    assert "Ilse Brandvik" in _state(shared)


def test_reader_given_the_shared_list_finds_the_claims_of_its_own_walks(doc):
    tokens = list(doc)
    reg_shared, reg_own = Registry(), Registry()
    reg_shared.feed(doc, 0, TEXT, tokens)
    reg_own.feed(doc, 0)
    shared = ClaimReader(doc, 0, reg_shared, quotes=find_quotes(TEXT), text=TEXT, tokens=tokens).run()
    own = ClaimReader(doc, 0, reg_own, quotes=find_quotes(TEXT)).run()
    assert shared == own
    # the walks that now read the shared list: a negative subject's silence, a lack to tell,
    # a coordinated "neither … nor" silence
    silences = [c for c in shared if c.kind == "no_comment"]
    assert any("port authority" in (c.speaker or "") for c in silences)
    assert any("Brandvik" in (c.speaker or "") for c in silences)
    assert any("navy" in (c.speaker or "") and "coast guard" in (c.speaker or "") for c in silences)


def test_each_chunk_of_a_long_body_is_read_with_its_own_text():
    body = FILLER + "\n\n" + TEXT
    chunks = chunk_text(body)
    assert len(chunks) >= 2 and len(body) > CHUNK_CHARS   # the claims sit in a later chunk
    alone = extract_claims(TEXT)
    shift = len(body) - len(TEXT)
    for ext in (extract_claims(body), extract_claims_many([FILLER, body], n_process=1)[1]):
        assert ext.claims, "the later chunk's claims were found"
        for c in ext.claims:
            assert body[c.start : c.end] == c.content
            if c.speaker_start is not None:
                assert body[c.speaker_start : c.speaker_end] == c.speaker_text
        assert [(c.kind, c.start - shift, c.end - shift, c.speaker) for c in ext.claims] == \
            [(c.kind, c.start, c.end, c.speaker) for c in alone.claims]


def test_headline_read_with_its_own_text():
    headline = "Port Authority Declines To Comment On Ferry Figures"
    ext = extract_claims(TEXT, headline=headline)
    assert ext.headline_claims
    for c in ext.headline_claims:
        assert headline[c.start : c.end] == c.content

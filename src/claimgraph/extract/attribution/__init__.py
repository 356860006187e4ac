"""Entities and attributed claims of an article body, each with character offsets into it.

The extractor reads the parse, not the NER alone: quote marks are paired first (``quotes.py``),
then every claim is anchored on a cue — a speech verb from the lexicon (``cues.py``), a colon, the
phrase "according to", or a no-comment construction — and its speaker is the cue's grammatical
subject, resolved to a document entity (``speakers/``). Evidence phrases come from the claim's
own sentence (``evidence.py``).

Claim kinds:

* ``direct``: a quotation standing as a clause, attributed by a cue before it ("X said, “…”"),
  after it ("“…,” X said", "“…,” said X"), around it ("“A,” he said, “B.”" — one claim, the two
  parts in ``parts``), by a colon ("X: “…”"), by a colon-ended sentence before it, or continuing
  the previous speaker's quote in the next paragraph;
* ``indirect``: a cue verb with a that-clause, a clause without "that", or (for verbs like
  "deny", "urge", "identify … as") a nominal object; also what a source believes, intends or
  takes a stance on ("believes that …", "wants to …", "urged X to …", "cited the remarks",
  "spoke about …", "Hale's claim that …", "Hale's call for …", "referred to …", "tweeted a
  photo of …", "sees X as Y", "called X “Y”", "as X put it", "X was endorsed by Y") and a
  passive or "seems" attribution naming no source is ``unattributed`` (below);
* ``mixed``: an indirect claim whose content carries a partial quotation;
* ``according_to``: "according to X", "X's report found …", "the footage shows …";
* ``no_comment``: "declined to comment", "has yet to comment", "did not respond to a request …",
  "has not confirmed the identity …" (the whole clause; never shown as an assertion);
* ``unattributed``: what the writer passes on from nobody named — "X is believed to …", "X was
  declared a traitor", "X seems to …", "reportedly", "allegedly", "it is understood that …".
  Speaker ``None``; shown as such and never a source of corroboration.

A quotation embedded in the writer's own sentence ("appeared on “Face the Nation”") is never a
direct claim by itself; "what he calls “genocide”" is a label claim ("what" + the label). Claims
found inside a quotation keep a ``nested_in`` link to the claim that quotes them, and a
first-person speaker inside a quote is the quoting speaker.

The package is split by construction, the way spaCy splits a pipeline into components: ``reader``
(the parsed chunk and the helpers every construction shares), ``direct``, ``reported``,
``unattributed``, ``refusals`` and ``colon_lines`` (one construction each), ``model`` (the
dataclasses) and ``document`` (a whole body: chunks, the constructions in order, headline, batches).
"""

from .document import (OWN_VOICE_CUE, chunk_text, extract_claims, extract_claims_many, extract_entities,
                       first_person_is_the_writer)
from .model import KINDS, MAX_BODY_CHARS, MAX_SPEAKER_TOKENS, STANCES, Claim, Entity, EvidenceRef, Extraction, Mention

__all__ = [
    "KINDS", "MAX_BODY_CHARS", "MAX_SPEAKER_TOKENS", "OWN_VOICE_CUE", "STANCES",
    "Claim", "Entity", "EvidenceRef", "Extraction", "Mention",
    "chunk_text", "extract_claims", "extract_claims_many", "extract_entities", "first_person_is_the_writer",
]

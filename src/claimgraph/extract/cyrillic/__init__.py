"""Russian and Ukrainian: entities (natasha NER, names in the nominative) and attributed claims.

The English extractor (the ``attribution`` package) reads a spaCy parse; these languages go through
:func:`extract_claims_cyrillic` instead, which returns the same ``Extraction``/``Claim``/``Entity``
dataclasses. ``pipeline.analyse`` dispatches on the article's language.

Claims are read from the word order of reporting. Russian and Ukrainian news attribute in a
small number of fixed shapes, which these rules read on razdel's tokens and sentences, natasha's
NER spans and pymorphy3's lemmas (no parse of the whole body: the syntax model is trained on Russian
only and costs more than the rest together; one sentence is parsed only to tell a coordinated
second reporting clause from a verb of what the first one reports, ``reported.py``):

* a quotation standing as a clause: «…», — сказал X; "…", - написал он; X: «…»; X заявил: «…»;
  «…», — говорится в сообщении (the statement's author is the speaker);
* a cue verb with a clause: X заявил(а/и), что …; … , — сообщил X (no quotes); как заявил X, …;
  X не исключил, что …; a second reporting clause coordinated with the first (…, а в прокуратуре
  добавили, что …; …, и добавил: «…»), a claim of its own with its own subject or the first one's;
  a verb whose object is the claim (X отрицал …, назвал …, сообщил о …); "Об этом сообщил X"
  (the claim is the sentence before, or the paragraph before when it opens a paragraph);
* according_to: по словам X, …; по данным X, …; со ссылкой на X (the one cited speaks);
  за словами X; за даними X; "Джерело: X" lines (one claim per source named);
* no_comment: отказался комментировать, не прокомментировал, пока не подтвердил, не стал
  говорить, відмовився коментувати … (the content is the whole clause; "ни X, ни Y не комментируют":
  one refusal each).

Hedges with no source (предположительно, якобы, нібито, как сообщается …) are ``unattributed``
claims with no speaker, as in English, in a sentence no attributed claim holds. A pronoun or a word
standing for a body ("он", "в ведомстве", "там") takes the last person or body that spoke or
was named before it.

The claim reader is split by construction, as ``extract/attribution`` is: ``reader`` (sentences,
tokens, claims so far and the helpers all constructions share), ``mentions`` and ``mention_passes``
(the entity mentions), ``speakers`` (speaker choice, sole holders of a role, pending speakers
resolved), ``quotes``, ``refusals`` (refusals and hedges) and ``reported`` (cue verbs and
according-to), and ``document`` (a whole body, its headline, a channel's own statements). The other
modules: ``entities`` (names, types and nominatives of one mention; split by construction in session
12 into ``entity_types``, ``nominative``, ``places`` and ``spans``, every name still importable from
``entities``), ``lexicon`` (the word lists),
``models`` (natasha and pymorphy3, loaded once).

Each construction module is a class on the one before it (``CyrillicChunk`` ← ``MentionPasses`` ←
``Mentions`` ← ``Speakers`` ← ``Quotations`` ← ``Refusals`` ← ``ReportedSpeech`` ←
``CyrillicReader``), not sibling mixins as in ``extract/attribution``: every construction chooses its
speaker with ``speakers`` and a sentence's reading calls refusals, quotes and cues in turn, so a
chain lets mypy check each of those calls where it is made; functions taking the reader would pass
the same state through ~80 calls for nothing.
"""

LANGUAGES = ("ru", "uk")


def extract_claims_cyrillic(body, language, **kwargs):
    from .document import extract_claims_cyrillic as run

    return run(body, language, **kwargs)

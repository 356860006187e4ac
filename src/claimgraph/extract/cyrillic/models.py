"""The Russian/Ukrainian models, loaded once per process; all ship inside pinned wheels.

* ``natasha`` 1.6.0 carries the navec news embeddings and the slovnet NER, morphology and
  syntax models in its wheel (``natasha/data``); razdel segments. Trained on Russian news; on
  Ukrainian text NER still finds most names (measured in docs/benchmarks.md), syntax less so,
  which is why the claim rules read the parse only where the word order leaves a choice.
* ``pymorphy3`` with ``pymorphy3-dicts-ru`` and ``pymorphy3-dicts-uk`` gives lemmas (cue verbs)
  and inflection (names to the nominative). natasha's own ``MorphVocab`` wraps ``pymorphy2``,
  which does not run on Python 3.11, so it is never used.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def natasha_models():
    """(segmenter, NER tagger, syntax parser) sharing one embedding."""
    from natasha import NewsEmbedding, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsNERTagger(emb), NewsSyntaxParser(emb)


@functools.lru_cache(maxsize=2)
def morph(language: str):
    """The pymorphy3 analyser of ``language`` ("ru" or "uk")."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk" if language == "uk" else "ru")


@functools.lru_cache(maxsize=200_000)
def parses(language: str, word: str):
    """pymorphy3's analyses of one word (cached: news repeats its words)."""
    return morph(language).parse(word)


def lemma(language: str, word: str) -> str:
    """The most likely normal form of ``word``, lower-case."""
    p = parses(language, word)
    return p[0].normal_form if p else word.lower()


def syntax_heads(words: list[str]) -> list[int]:
    """natasha's dependency parse of one sentence's words: each word's head, as an index into
    ``words`` (-1 for the root). One model call (~45 ms a sentence): callers bound how often."""
    _, _, syntax = natasha_models()
    markup = next(iter(syntax.map([words])))
    return [int(t.head_id) - 1 for t in markup.tokens]

"""Russian and Ukrainian: entities (natasha NER, names in the nominative) and attributed claims.

The English extractor (the ``attribution`` package) reads a spaCy parse; these languages go through
:func:`extract_claims_cyrillic` instead, which returns the same ``Extraction``/``Claim``/``Entity``
dataclasses. ``pipeline.analyse`` dispatches on the article's language.
"""

LANGUAGES = ("ru", "uk")


def extract_claims_cyrillic(body, language, **kwargs):
    from .claims import extract_claims_cyrillic as run

    return run(body, language, **kwargs)

"""Extraction stages: the article (``article``), then entities and claims (``attribution``).

Kept import-light: the CLI, the API, the web UI and the import read :data:`CLAIM_KINDS`, :data:`CLAIM_STANCES` and
:data:`MENTION_FIELDS`, :data:`ENTITY_TYPES` and :data:`MAX_HTML_CHARS` without loading spaCy.
"""

#: The kinds of claim in the extraction contract (docs/claims.schema.json).
CLAIM_KINDS = ("direct", "indirect", "mixed", "according_to", "no_comment", "unattributed")
#: A speaker's stance towards the claim's content (docs/claims.schema.json).
CLAIM_STANCES = ("asserts", "denies", "questions")
#: Where a mention's offsets point: the article's body, its headline (``articles.headline``), or
#: the page's whole decoded text ("page": a name in the page's furniture outside the article, a
#: byline or a photo credit; see ``extract/furniture.py``). The store's CHECK on ``mentions.field``.
MENTION_FIELDS = ("body", "headline", "page")
#: The tagger's labels the registry keeps as entities (``speakers/state.py``), and so the only types
#: an entity is stored with.
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE")
#: Work bound: HTML past this many characters is not read for its article (``html.py``; a prefix
#: keeps offsets valid). Ingest says so of a page over it.
MAX_HTML_CHARS = 5_000_000


def html_reading_notes(metadata: dict, chars: int) -> list[str]:
    """What the article reading left of an HTML page of ``chars`` characters, said aloud (``ingest``,
    ``show`` and the document page): the bound is stored with the document at ingest
    (``html_chars_read``), so a page read only in part stays marked wherever it is shown."""
    read = metadata.get("html_chars_read")
    if not isinstance(read, int) or isinstance(read, bool) or read <= 0 or chars <= read:
        return []
    return [f"read only in part: the article is looked for in the first {read:,} of its {chars:,} characters"]

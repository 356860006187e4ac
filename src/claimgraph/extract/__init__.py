"""Extraction stages: the article (``article``), then entities and claims (``attribution``).

Kept import-light: the CLI, the API and the web UI read :data:`CLAIM_KINDS` without loading spaCy.
"""

#: The kinds of claim in the extraction contract (docs/claims.schema.json).
CLAIM_KINDS = ("direct", "indirect", "mixed", "according_to", "no_comment", "unattributed")

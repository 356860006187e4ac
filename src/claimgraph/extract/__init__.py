"""Extraction stages: the article (``article``), then entities and claims (``attribution``).

Kept import-light: the CLI, the API and the web UI read :data:`CLAIM_KINDS` and :data:`CLAIM_STANCES` without loading spaCy.
"""

#: The kinds of claim in the extraction contract (docs/claims.schema.json).
CLAIM_KINDS = ("direct", "indirect", "mixed", "according_to", "no_comment", "unattributed")
#: A speaker's stance towards the claim's content (docs/claims.schema.json).
CLAIM_STANCES = ("asserts", "denies", "questions")

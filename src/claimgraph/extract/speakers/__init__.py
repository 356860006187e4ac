"""Entities of an English document and the resolution of a speaker's text to one of them.

The small model's NER misses surnames and mislabels places as people, so resolution does not trust
it alone. It keeps, in document order:

* person names (NER PERSON, plus capitalised tokens that repeat the last word of a known name) —
  a full name is canonical, a surname resolves to the most recent full name ending in it;
* roles tied to a name by the parse: appositions ("Kyrylo Budanov, head of intelligence",
  "the former pilot, Maksim Kuzminov"), title compounds ("pilot Maksim Kuzminov") and copulas
  ("X is a pilot"), so "the 28-year-old pilot" finds Kuzminov;
* organisations, with acronyms tied to the phrase they abbreviate ("military intelligence (GUR)");
* the subjects of earlier sentences, for pronouns.

Preference follows the issue: full name over surname over role; unnamed sources become
``anonymous: <description>``.

The package is split by construction, as ``extract/attribution`` and ``extract/cyrillic`` are:
``lexicon`` (the word lists only speaker resolution reads), ``names`` (names read from the parse
and from strings, no state), ``state`` (the document's entities, mentions and claims so far, and
the queries that need nothing else), ``persons`` (full names, surnames, pronouns), ``roles``
(roles tied to names, unnamed roles), ``organisations`` (acronyms, owned organs, generic body
nouns, the nearest body of a kind), ``mentions`` (one parsed chunk read in, with the names a body's
common noun describes: "the rights group X"), ``generic`` (documents, spokespeople and sources
standing for a body) and ``resolution`` (the order in which a subject is resolved).

Each construction module is a class on the one before it (``RegistryState`` ← ``Persons`` ←
``Roles`` ← ``Organisations`` ← ``Mentions`` ← ``GenericSpeakers`` ← ``Registry``), as in
``extract/cyrillic``: they share one document's state and call each other's lookups, so a chain
lets mypy check each call where it is made (``resolve``, which the generic speakers call back, is
declared on the state). Callers use :class:`Registry` and the names below.
"""

from .lexicon import DOCUMENT_NOUNS, SPEAKER_TYPES, SPOKES_ROLES
from .names import _owner_key, clean_name
from .generic import document_sender
from .resolution import Registry
from .roles import _MAX_ROLE_MENTIONS

__all__ = [
    "DOCUMENT_NOUNS", "SPEAKER_TYPES", "SPOKES_ROLES",
    "Registry", "clean_name", "document_sender",
    # private names tests read
    "_MAX_ROLE_MENTIONS", "_owner_key",
]

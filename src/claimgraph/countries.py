"""The project's table of known countries (data/countries.json), read once, for every layer.

Each country has a short key ("fr"), its names and short forms ("France", "the French Republic"),
its adjectives ("French") and, for a few, seats of government that stand for the government when
named alone ("the Kremlin"). ``extract/`` reads it for the owner of a state's organ, ``link/`` for
a speaker's government and the sides of a happening; it lives below both so that neither imports
the other for it. Stems of countries the table does not know are ``link.origins.country_key``'s.
States' names in other languages are CLDR's (:func:`cldr_state_names`), read here once for both layers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

#: Words of a state's form, dropped when looking a name up ("the French Republic" -> "french").
STATE_GENERIC = frozenset({"the", "of", "federation", "republic", "kingdom", "confederation", "emirates"})


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A country form as the table holds it: no accents, no "the", no possessive, lower case."""
    t = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    t = t.replace("’", "'").strip()
    t = re.sub(r"(?:'s|')$", "", t)
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    return " ".join(t.lower().split())


@lru_cache(maxsize=1)
def _countries() -> tuple[dict, ...]:
    data = json.loads((resources.files("claimgraph") / "data" / "countries.json").read_text(encoding="utf-8"))
    return tuple(data["countries"])


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """(form -> key, key -> every written form, key -> readable name) of the known countries."""
    keys: dict[str, str] = {}
    forms: dict[str, tuple[str, ...]] = {}
    readable: dict[str, str] = {}
    for c in _countries():
        written = [*c["names"], *c.get("adjectives", [])]
        for f in written:
            keys.setdefault(normalise(f), c["key"])
        forms[c["key"]] = tuple(sorted(set(written), key=len, reverse=True))
        readable[c["key"]] = (f"the {c['adjectives'][0]} government" if c.get("adjectives")
                              else f"the government of {c['names'][0]}")
    return keys, forms, readable


def known(name: str) -> str | None:
    """The table's key of a known country's name or adjective ("the French Republic" too), else None."""
    keys = _table()[0]
    n = normalise(name)
    return keys.get(n) or keys.get(" ".join(w for w in n.split() if w not in STATE_GENERIC))


def written_forms(key: str) -> tuple[str, ...]:
    """Every name and adjective of a known country, longest first."""
    return _table()[1][key]


def government_name(key: str) -> str:
    """A known country's government, readable: "fr" -> "the French government"."""
    return _table()[2][key]


@lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Seats of government that stand for their country's government when named alone ("the
    Kremlin", "the White House"): normalised name -> the country's key."""
    return {normalise(seat): c["key"] for c in _countries() for seat in c.get("seats", [])}


@lru_cache(maxsize=1)
def common_names() -> dict[str, str]:
    """Country key -> its common name ("ru" -> "Russia")."""
    return {c["key"]: c["names"][0] for c in _countries()}


@lru_cache(maxsize=4)
def cldr_state_names(language: str) -> tuple[tuple[str, str], ...]:
    """(territory code, name in lower case) of each state CLDR (babel's locale data) names in ``language``
    ("ru": ("PL", "польша"), …): the one derivation of states' names from CLDR, read by ``extract.cyrillic.places``
    (does a word name a state) and ``link.glossary`` (a state's stem and its country key)."""
    from babel import Locale

    return tuple((code, name.lower()) for code, name in Locale(language).territories.items() if code.isalpha())

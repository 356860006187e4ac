"""Names: normalisation, transliteration folding, acronyms, and the rules that decide two names
of the same type name one entity. Pure functions over strings; no store, no model.

Every rule returns a :class:`Match` (confidence, rule, readable evidence) or a veto, so a merge
can always say why it happened, and a non-merge why it did not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from .. import countries as C
from ..extract.cues import TITLES as _CUE_TITLES   # plain sets, no model: extract comes before link
from .equivalents import known_equivalent
from .glossary import in_english
from .translit import to_latin

#: Titles, ranks and honorifics dropped from the front of a name ("Colonel Yaroslav Kravets") when a
#: name is keyed. One source of truth: the extractor's titles (``extract.cues.TITLES``, words that
#: stand before a person's name in a sentence) less the few the key keeps, plus what only a key drops.
#: Kept: words that begin an office's own name ("Secretary of State", "Speaker of the Rada", "Rear
#: Admiral") and the abbreviations "Gov", "Rep", "Sen" the linker never dropped (dropping them would
#: be a linking change, unmeasured). Added: offices and departments written before a name in an
#: entity's mention ("Defence Minister", "Children's Rights Commissioner"), clergy, and ranks the
#: extractor reads as roles (``cues.PERSON_ROLES``: "Spokesman", "Chief", "Pilot").
_KEY_KEEPS = frozenset({"brigadier", "commodore", "gov", "marshal", "rear", "rep", "secretary", "sen", "speaker"})
TITLES = set(_CUE_TITLES - _KEY_KEEPS) | {
    "dame", "doctor", "professor", "rev", "reverend", "deputy", "prime", "defence", "defense", "foreign",
    "interior", "health", "commissioner", "ombudsman", "ombudswoman", "justice", "cpt", "cpl", "private", "pvt",
    "senior", "junior", "lieutenant-colonel", "lieutenant-general", "major-general", "commander", "chief", "head",
    "spokesman", "spokeswoman", "spokesperson", "pilot", "officer", "st", "father", "patriarch", "metropolitan",
    "children's", "rights",
}
_TITLE_PHRASES = ("children's rights commissioner", "human rights commissioner", "defence minister", "defense minister")

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "i", "me", "you",
            "who", "which", "this", "that", "these", "those"}
DETERMINERS = {"the", "a", "an"}
STOP = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "la", "le", "der", "von", "van"}
#: Words too common in organisation and unit names to block or match on by themselves.
GENERIC = {
    "ministry", "ministries", "department", "office", "agency", "service", "services", "bureau", "directorate",
    "main", "general", "state", "national", "federal", "federation", "republic", "central", "regional", "region",
    "city", "council", "committee", "commission", "administration", "military", "army", "armed", "forces", "force",
    "brigade", "regiment", "battalion", "division", "corps", "unit", "group", "company", "troops", "guard", "guards",
    "press", "news", "channel", "telegram", "media", "institute", "centre", "center", "university", "association",
    "union", "organisation", "organization", "international", "human", "rights", "defence", "defense", "security",
    "intelligence", "police", "border", "health", "foreign", "affairs", "interior", "emergency", "emergencies",
    "staff", "command", "headquarters", "hq", "party", "government", "authorities", "official", "officials",
    "rifle", "motorised", "motorized", "mechanised", "mechanized", "tank", "air", "aviation", "naval", "navy",
    "special", "operations", "district", "oblast", "province", "village", "town", "river", "hospital", "school",
    "senior", "people", "public", "world", "united", "nations", "un", "ngo", "report", "monitor", "independent",
    "cruise", "missile", "missiles", "helicopter", "transport", "drone", "rocket", "aircraft", "jet", "launcher", "system",
    "checkpoint",
}
UNIT_WORDS = {"brigade", "regiment", "battalion", "division", "corps", "company", "squadron", "detachment", "army",
              "fleet", "platoon", "unit", "group"}
#: Words that mean the same in organisation names, folded to one form.
SYNONYMS = {"orphanage": "children home", "defense": "defence", "organization": "organisation", "center": "centre", "theater": "theatre", "ministry": "ministry",
            "mod": "ministry defence", "motorized": "motorised", "mechanized": "mechanised",
            # dotted abbreviations of states ("U.N. Security Council")
            "u.n": "united nations", "u.s": "united states", "u.k": "united kingdom",
            "un": "united nations", "uk": "united kingdom",
            # a compass point and its adjective ("Southern Defence Forces", "Сили оборони півдня")
            "southern": "south", "northern": "north", "eastern": "east", "western": "west",
            # ministries' English names in two wordings ("Ministry of Internal Affairs", "Interior
            # Ministry"; "Emergencies Ministry", "Ministry of Emergency Situations"), the Rada's own word
            "internal": "interior", "emergencies": "emergency situations", "verkhovna": "supreme",
            # the Rada is the council its name says (glossary.py glosses "рада" so)
            "rada": "council"}

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_POSS = re.compile(r"'s?$")
_PAREN = re.compile(r"\(([^()]{1,40})\)")
_TOKEN = re.compile(r"[\w'][\w'.-]*")
_NUMBER = re.compile(r"\b(\d+)(?:st|nd|rd|th)?\b", re.I)

PERSON = "PERSON"
PLACE_TYPES = {"GPE", "LOC", "FAC"}
#: Places matched word by word (transliteration); facilities are named like organisations.
NAMED_PLACES = {"GPE", "LOC"}
ORG_TYPES = {"ORG", "NORP", "MILITARY_UNIT", "UNIT", "OUTLET"}


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Surface clean-up: quotes, accents, possessives, surrounding punctuation."""
    # Cyrillic names are romanised first, so that fold/skeleton match them across scripts
    text = strip_accents(to_latin(text).translate(_QUOTES)).strip(" \t\n,;:.\"[]")
    if text.startswith("(") and ")" not in text:
        text = text[1:]
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    return " ".join(_POSS.sub("", w) if w.endswith(("'s", "'")) else w for w in text.split())


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    return tuple(t.strip(".'-") for t in _TOKEN.findall(clean(text)) if t.strip(".'-"))


def strip_titles(words: list[str] | tuple[str, ...]) -> list[str]:
    """Drop determiners and leading titles ("the Defence Minister Olena Marchenko" -> Olena Marchenko)."""
    out = list(words)
    while len(out) > 1 and (out[0].lower() in DETERMINERS or out[0].lower().rstrip(".") in TITLES):
        out = out[1:]
    return out


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The normalised name used for exact matches and for user decisions: lowercase, accents,
    determiners, titles and parentheses removed."""
    base = _PAREN.sub(" ", clean(name))
    words = strip_titles(tokens(base))
    return " ".join(w.lower() for w in words)


# ------------------------------------------------------------------------- transliteration
_FOLD_STEPS = (
    ("shch", "sc"), ("sch", "sc"), ("kh", "h"), ("zh", "z"), ("tsch", "c"), ("tch", "c"), ("ts", "c"), ("tz", "c"),
    ("ch", "c"), ("sh", "s"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("q", "k"), ("ck", "k"), ("g", "h"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"), ("ye", "e"), ("je", "e"),
    ("yo", "o"), ("jo", "o"), ("yi", "i"), ("iy", "i"), ("yy", "i"), ("ii", "i"), ("ij", "i"), ("y", "i"),
    ("j", "i"), ("ie", "e"), ("ei", "e"), ("ff", "v"),
)
_VOWELS = set("aeiou")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A romanisation-neutral spelling: Maksim/Maxim, Novyi/Novy, Hlynsk/Glinsk, HUR/GUR, Kyiv/Kyyiv fold alike."""
    w = strip_accents(to_latin(word)).lower()
    w = re.sub(r"[^a-z0-9]", "", w)
    if w.endswith("ff"):
        w = w[:-2] + "v"
    for a, b in _FOLD_STEPS:
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The folded word without its vowels after the first letter (Orlivka/Orlovka, Kharkiv/Kharkov)."""
    f = fold(word)
    return f[:1] + "".join(ch for ch in f[1:] if ch not in _VOWELS) if f else ""


def _edit(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_word(a: str, b: str) -> str | None:
    """'exact', 'transliteration' or None: do two words spell the same name?"""
    if a.lower() == b.lower():
        return "exact"
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "transliteration"
    if len(fa) >= 4 and len(fb) >= 4 and skeleton(a) == skeleton(b) and _edit(fa, fb) <= 1 + (min(len(fa), len(fb)) >= 8):
        return "transliteration"
    return None


# ------------------------------------------------------------------------------ acronyms
@lru_cache(maxsize=65536)
def acronyms_in(name: str) -> frozenset[str]:
    """Acronyms a name carries: a parenthesised one, or the name itself when it is one."""
    out = set()
    for inner in _PAREN.findall(clean(name)):
        if is_acronym(inner.strip()):
            out.add(inner.strip().replace(".", "").upper())
    bare = clean(name).replace(".", "")
    if is_acronym(bare):
        out.add(bare.upper())
    return frozenset(out)


def is_acronym(text: str) -> bool:
    t = text.replace(".", "")
    return 2 <= len(t) <= 7 and t.isalpha() and sum(ch.isupper() for ch in t) >= max(2, len(t) - 1)


@lru_cache(maxsize=65536)
def acronym_of(name: str) -> str | None:
    """Initials of an expansion: "State Bureau of Verification" -> SBV (skipping of/the/and)."""
    words = [w for w in tokens(_PAREN.sub(" ", clean(name))) if w.lower() not in STOP]
    words = [w for w in words if w[:1].isalpha()]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


@lru_cache(maxsize=65536)
def _bag_tokens(name: str) -> tuple[str, ...]:
    """The words of a body's name, a compound joined by a function word split into its words
    ("Commander-in-Chief" is "Commander in Chief", as a Cyrillic name glossed word by word reads)."""
    out = []
    for w in tokens(_PAREN.sub(" ", clean(in_english(name)))):
        parts = w.split("-")
        out.extend(parts if len(parts) > 2 and any(p.lower() in STOP for p in parts[1:-1]) else [w])
    return tuple(out)


@lru_cache(maxsize=65536)
def org_bag(name: str) -> frozenset[str]:
    """Content words of an organisation name, stemmed so "Dravanian", "Dravania's" agree."""
    out = set()
    # Russian and Ukrainian institutional words in English, so that the words of one body's
    # names in two scripts can meet (glossary.py)
    for w in _bag_tokens(name):
        lw = w.lower()
        if lw in STOP or lw in DETERMINERS:
            continue
        country = _country_word(w)
        if country:   # "Portugal", "Portuguese", "Portugal's": one word of the name, the country's
            out.add(country)
            continue
        for part in SYNONYMS.get(lw, lw).split():
            out.add(skeleton(stem(part)) if not part.isdigit() else part)
    return frozenset(out)


def _sk_folded(key: str) -> str:
    return key[:-2] if key.endswith("sk") and len(key) >= 5 else key


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """One word of a body's name as the blocking keys file it: its skeleton, a final -sk dropped,
    so that a Latin name with it and a Cyrillic reading without it share a block (glossary.py reads
    "Луганская" as "Лугана": lhn; "Luhansk": lhn). Blocks only: the bags compare the -sk apart
    within one script (see :func:`_fold_sk_across`)."""
    return _sk_folded(skeleton(stem(word)))


def _fold_sk_across(latin: frozenset[str], cyrillic: frozenset[str]) -> frozenset[str]:
    """The Latin name's bag with a word's final -sk dropped where the Cyrillic name's bag has the
    word without it and not with it ("Luhansk" / "Лугана": lhn); never within one script, where
    two places may differ only by it ("Pokrovsk" / "Pokrov", "Gdansk" / "Gdynia")."""
    return frozenset(_sk_folded(k) if k not in cyrillic and _sk_folded(k) in cyrillic else k for k in latin)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = strip_accents(word).lower()
    for suf in ("ians", "ian", "ese", "ish", "ia", "an", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return fold(w)


@lru_cache(maxsize=65536)
def numbers_in(name: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _NUMBER.finditer(name))


# ------------------------------------------------------------------------------ profiles
@dataclass(frozen=True)
class Name:
    """One surface name, parsed."""

    text: str
    words: tuple[str, ...]       # titles and determiners stripped
    key: str

    @property
    def surname(self) -> str:
        return self.words[-1] if self.words else ""

    @property
    def given(self) -> tuple[str, ...]:
        return self.words[:-1]


@lru_cache(maxsize=65536)
def parse(text: str) -> Name:
    low = clean(text).lower()
    for phrase in _TITLE_PHRASES:
        if low.startswith(phrase + " "):
            text = clean(text)[len(phrase) + 1:]
            break
    words = tuple(strip_titles(tokens(_PAREN.sub(" ", clean(text)))))
    # "Commissioner for Children's Rights Svetlana Gordeeva": the name is the trailing run of
    # capitalised words that are not titles
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() and w.lower().rstrip(".") not in TITLES and w.lower() not in STOP:
            run.insert(0, w)
        else:
            break
    if run and len(run) < len(words) and any(w.lower().rstrip(".") in TITLES or w.lower() in STOP for w in words[: len(words) - len(run)]):
        words = tuple(run)
    return Name(text=text, words=words, key=" ".join(w.lower() for w in words))


@lru_cache(maxsize=65536)
def is_specific(text: str, type_: str) -> bool:
    """A mention that names something (not "he", not "the defector pilot") and may link documents."""
    words = strip_titles([w for w in tokens(text)])
    if not words or all(w.lower() in PRONOUNS for w in words):
        return False
    if is_acronym(clean(text).replace(".", "")):
        return True
    if words[0].lower() in DETERMINERS:
        words = words[1:]
    caps = [w for w in words if w[:1].isupper() and w.lower() not in PRONOUNS]
    if not caps:
        return False
    if type_ == PERSON:
        # a person's name is mostly capitalised words ("Maksim Kuzminov", not "a senior officer")
        return len(caps) * 2 >= len(words)
    return True


@dataclass
class Match:
    confidence: float
    rule: str
    evidence: str


#: Given names that are one name in Ukrainian and Russian (and common English) spellings.
GIVEN_EQUIV = [
    {"olena", "yelena", "elena", "helen", "helena", "alena", "alyona"}, {"oleksandr", "aleksandr", "alexander", "alexandr"},
    {"andriy", "andrii", "andrei", "andrey", "andrew"}, {"mykola", "nikolai", "nikolay", "nicholas"},
    {"serhiy", "serhii", "sergei", "sergey"}, {"yuriy", "yurii", "yuri", "yury", "iurii"}, {"hennadiy", "hennadii", "gennady", "gennadiy", "gennadii"},
    {"tymur", "timur"}, {"petro", "pyotr", "petr", "peter"}, {"iryna", "irina"}, {"oleksiy", "oleksii", "aleksei", "alexei", "alexey"},
    {"volodymyr", "vladimir"}, {"dmytro", "dmitry", "dmitri", "dmitriy"}, {"mykhailo", "mikhail", "michael"},
    {"hryhoriy", "grigory", "grigoriy"}, {"vasyl", "vasily", "vasiliy"}, {"yevhen", "yevgeny", "evgeny", "evgeniy"},
    {"maksym", "maksim", "maxim"}, {"kyrylo", "kirill"}, {"anatoliy", "anatoly"}, {"valeriy", "valery"}, {"ihor", "igor"},
    {"pavlo", "pavel", "paul"}, {"illia", "ilya", "ilia"}, {"yaroslav", "iaroslav"}, {"tetiana", "tatiana", "tatyana"},
    {"nataliia", "natalia", "natalya"}, {"svitlana", "svetlana"}, {"oksana", "oxana"}, {"halyna", "galina"},
]
_GIVEN = {n: i for i, group in enumerate(GIVEN_EQUIV) for n in group}


def same_given(a: str, b: str) -> str | None:
    x, y = strip_accents(a).lower().rstrip("."), strip_accents(b).lower().rstrip(".")
    if x in _GIVEN and _GIVEN.get(x) == _GIVEN.get(y):
        return "exact" if x == y else "transliteration"
    return same_word(a, b)


def _feminine_pair(a: str, b: str) -> bool:
    """Belousov / Belousova: a surname and its feminine form name two people (son and mother)."""
    x, y = fold(a), fold(b)
    if len(x) > len(y):
        x, y = y, x
    return y == x + "a" or (x.endswith("i") and y == x[:-1] + "a") or (x.endswith("ii") and y == x[:-2] + "a")


#: A state's abbreviation in a body's name, as written (upper case: "US" is not the pronoun "us").
STATE_ABBREVIATIONS = {"U.N": "united nations", "UN": "united nations", "U.S": "united states", "US": "united states",
                       "U.K": "united kingdom", "UK": "united kingdom"}


def _body_words(words: tuple[str, ...]) -> list[str]:
    """A body's name words with a state's abbreviation written out ("U.N. Security Council" and
    "UN Security Council" read as "united nations security council"), lower case."""
    return [part for w in words for part in STATE_ABBREVIATIONS.get(w, w.lower()).split()]


@lru_cache(maxsize=65536)
def _person_name(text: str) -> Name:
    """A person's name without what the tagger took in with it: an apposition after a comma
    ("Ida Sawyer, head of the … department" is Ida Sawyer, when the part before the comma is a
    name of two words or more) and a body's or a state's words glued before it ("Ukraine's
    Security Service Artem Dekhtyarenko" is Artem Dekhtyarenko: leading words of institutions'
    vocabulary and countries' names go while two words or more remain)."""
    head = text.split(",", 1)[0]
    if head != text and len([w for w in parse(head).words if w[:1].isupper()]) >= 2:
        text = head
    p = parse(text)
    words = p.words
    while len(words) > 2 and (words[0].lower() in GENERIC or C.known(words[0])):
        words = words[1:]
    return p if words == p.words else Name(text=p.text, words=words, key=" ".join(w.lower() for w in words))


def person_match(a: str, b: str) -> Match | None | bool:
    """Do two person names name one person? A Match, None (no evidence), or False (a veto:
    same surname, different given names — "Taras Marchenko" is not "Olena Marchenko")."""
    na, nb = _person_name(a), _person_name(b)
    if not na.words or not nb.words:
        return None
    if _feminine_pair(na.surname, nb.surname):
        return False
    sur = same_word(na.surname, nb.surname)
    if not sur:
        # "Kuzminov Maksim" order, or a one-word name that is the other's given name: no evidence
        return None
    ga, gb = na.given, nb.given
    if ga and gb:
        if len(ga[0].rstrip(".")) == 1 or len(gb[0].rstrip(".")) == 1:
            if fold(ga[0])[:1] == fold(gb[0])[:1] or ga[0][:1].lower() == gb[0][:1].lower():
                return Match(0.8, "initials", f"initial and surname agree: {a!r} ~ {b!r}")
            return False
        g = same_given(ga[0], gb[0])
        if not g:
            return False
        kind = "exact" if g == "exact" and sur == "exact" else "transliteration"
        if kind == "exact":
            return Match(0.99, "exact", f"same name: {a!r} = {b!r}")
        return Match(0.92, "transliteration", f"transliteration variants: {a!r} ~ {b!r}")
    if ga or gb:
        return Match(0.7, "surname", f"surname {na.surname!r} matches {b if gb else a!r}")
    return Match(0.75 if sur == "exact" else 0.7, "surname", f"same surname: {a!r} ~ {b!r}")


def org_match(a: str, b: str, type_: str) -> Match | None | bool:
    """Organisations, units, outlets and groups: exact key, acronym <-> expansion, acronym
    transliteration (GUR/HUR), content words; unit numbers must agree (41st is not 141st)."""
    ka, kb = name_key(a), name_key(b)
    na, nb = numbers_in(a), numbers_in(b)
    if na and nb and na != nb:
        return False
    ua = {w for w in ka.split() if w in UNIT_WORDS}
    ub = {w for w in kb.split() if w in UNIT_WORDS}
    if (na or nb) and ua and ub and not (ua & ub):
        return False
    if ka and ka == kb:
        return Match(0.99, "exact", f"same name: {a!r} = {b!r}")
    aa, ab = acronyms_in(a), acronyms_in(b)
    for x in aa:
        for y in ab:
            if x == y:
                return Match(0.95, "acronym", f"same acronym {x}")
            if fold(x) == fold(y) and len(x) >= 3:
                return Match(0.9, "acronym", f"acronym transliteration {x} ~ {y}")
    exp_a, exp_b = acronym_of(a), acronym_of(b)
    for x in aa:
        if exp_b and x == exp_b and not ab:
            return Match(0.9, "acronym", f"{x} abbreviates {b!r}")
    for y in ab:
        if exp_a and y == exp_a and not aa:
            return Match(0.9, "acronym", f"{y} abbreviates {a!r}")
    ba, bb = org_bag(a), org_bag(b)
    cyr_a, cyr_b = bool(_CYRILLIC_WORD.search(a)), bool(_CYRILLIC_WORD.search(b))
    if cyr_b and not cyr_a:
        ba = _fold_sk_across(ba, bb)
    elif cyr_a and not cyr_b:
        bb = _fold_sk_across(bb, ba)
    if not ba or not bb:
        return None
    if ba == bb:
        return Match(0.9, "alias", f"same words: {a!r} ~ {b!r}")
    small, big = (ba, bb) if len(ba) <= len(bb) else (bb, ba)
    generic = _generic_bag()
    specific = {w for w in small if w not in generic}
    ga, gb = ba & generic, bb & generic
    sa, sb = ba - generic, bb - generic
    if ga and ga == gb and sa and sb and not (sa & sb):
        # same kind of body, different qualifier: the Kesmarian ministry is not the Dravanian one
        return False
    if na and na == nb and small <= big and (ua & ub or not (ua or ub)):
        return Match(0.85, "alias", f"same number {'/'.join(sorted(na))} and kind: {a!r} ~ {b!r}")
    if len(small) == 1 and _owner_only(a if small is ba else b, b if small is ba else a):
        return None   # "Kesmaria" is the owner in "Kesmaria’s Ministry of Health", not the ministry
    if small <= big and specific and big - small <= generic:
        return Match(0.8 if len(small) >= 2 else 0.75, "alias", f"{a!r} and {b!r} differ only in generic words")
    if small <= big and specific and len(small) >= 2 and not (small & _country_bag(a if small is ba else b)) \
            and big - small <= generic | _country_bag(b if small is ba else a) \
            and not _bare_organ_across_scripts(a if small is ba else b, b if small is ba else a):
        # "Southern Defence Forces" / "Southern Defence Forces of Ukraine": the body's own country
        # added to its name (a name with another country is vetoed above, as a different qualifier);
        # not a bare state organ and the other script's stated one (``_bare_organ_across_scripts``)
        return Match(0.8, "alias", f"{a!r} and {b!r} differ only in generic words and the country")
    if small is ba and small < big and not specific and len(small) >= 2:
        # "the Ministry of Defence", "the MoD": a generic name; weak, and ambiguous when several fit
        return Match(0.7, "generic", f"generic name {a if small is ba else b!r} fits {b if small is ba else a!r}")
    return None


#: Words of a state organ's name as the glossary renders it ("МОЗ" -> "Ministry Health"): the
#: same words name that organ in every state.
ORGAN_WORDS = frozenset("ministry committee prosecutor cabinet bank service staff".split())


def _bare_organ_across_scripts(bare: str, stated: str) -> bool:
    """A state organ's name with no state ("Investigative Committee", "Energy Ministry") and a
    name in the other script that adds one ("Следственный комитет Беларуси"): the words gloss alike,
    but the bare organ may be any state's (as ``entities._state_clash`` keeps a bare Cyrillic organ
    apart). A page that writes the state before its bare organ has it added by
    ``entities.as_owned`` first, and so still meets that state's organ."""
    return (bool(_CYRILLIC_WORD.search(bare)) != bool(_CYRILLIC_WORD.search(stated))
            and bool(ORGAN_WORDS & {w.lower() for w in in_english(bare).split()}))


def is_bare_organ(name: str) -> bool:
    """An English state organ's name with no state in it ("Investigative Committee", "Energy
    Ministry"): the same words name that organ in every state, so ``entities.as_owned`` gives it
    the state its page writes before it ("Russia's")."""
    return (not _CYRILLIC_WORD.search(name) and not _country_bag(name)
            and bool(ORGAN_WORDS & {w.lower() for w in tokens(name)}))


def is_generic_body(name: str) -> bool:
    """A body's name of generic words only ("the Ministry of Defence"): it names no one body."""
    bag = org_bag(name)
    return bool(bag) and bag <= _generic_bag()


@lru_cache(maxsize=65536)
def _country_word(word: str) -> str | None:
    """A country's key ("country:pt") for a word of a name that names a known country or its
    people ("Portugal", "Portuguese"), else None."""
    code = C.known(word) if word[:1].isupper() else None
    return f"country:{code}" if code else None


def _country_bag(name: str) -> frozenset[str]:
    """The words of a body's name (as :func:`org_bag` keys them) that name a country or its
    people ("Ukraine", "Ukrainian", "України")."""
    return frozenset(k for w in tokens(_PAREN.sub(" ", clean(in_english(name)))) if (k := _country_word(w)))


def _owner_only(word: str, name: str) -> bool:
    """Does the one-word name ``word`` stand in ``name`` only as an owner ("X’s Ministry of
    Health") or after "of" at its end ("Ministry of Health of X")?"""
    w = re.escape(word.strip())
    return bool(re.search(r"(?i)\b" + w + r"(?:’s|'s|’|')(?!\w)", name)
                or re.search(r"(?i)\bof (?:the )?" + w + r"$", name.strip()))


@lru_cache(maxsize=1)
def _generic_bag() -> frozenset[str]:
    return frozenset(skeleton(stem(g)) for g in GENERIC)


#: Exonyms no spelling rule reaches.
EXONYMS = {"kiev": "kyiv", "odessa": "odesa", "lvov": "lviv", "nikolaev": "mykolaiv", "nikolayev": "mykolaiv",
           "zaporozhye": "zaporizhzhia", "zaporozhe": "zaporizhzhia", "artemovsk": "bakhmut", "kharkov": "kharkiv"}


#: Words that do not change which place is meant ("Zarichne checkpoint", "the Dravanian Federation").
PLACE_GENERIC = {"checkpoint", "district", "raion", "village", "town", "city", "settlement", "federation", "republic",
                 "kingdom", "oblast", "region", "of", "the"}


def _place_words(name: str) -> tuple[str, ...]:
    words = [EXONYMS.get(w.lower(), w) for w in parse(name).words]
    kept = [w for w in words if w.lower() not in PLACE_GENERIC]
    return tuple(kept or words)


REGION_WORDS = frozenset({"oblast", "region", "province", "krai", "governorate"})


def _is_region(name: str) -> bool:
    return any(w.lower() in REGION_WORDS for w in tokens(name))


#: A state's dotted abbreviation: "U.S.", "U.K", "U.A.E."
_DOTTED = re.compile(r"^(?:the\s+)?((?:[A-Z]\.){1,3}[A-Z]?)\.?$", re.I)


def _place_initials(name: str) -> str | None:
    """The letters a state's dotted abbreviation and its full name share ("U.S." and "United
    States": "us"), so each finds the other (:func:`place_match` decides). Only these two forms: a
    country's every name under one key merged Britain with a London standing for it (f0f2594)."""
    dotted = _DOTTED.match(name.strip())
    if dotted:
        return dotted[1].replace(".", "").lower()
    words = [w for w in name.split() if w.lower() not in ("the", "of")]
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
        return "".join(w[0] for w in words).lower()
    return None


@lru_cache(maxsize=65536)
def country_of(name: str) -> str | None:
    """The gazetteer's country code of a country's name in any of its forms ("Britain", "UK",
    "United Kingdom" -> "gb"), a dotted abbreviation read as its letters ("U.S." -> "us"), else None."""
    from . import places   # names is imported by places

    found = places.resolve(name)
    dotted = _DOTTED.match(name.strip())
    if found is None and dotted:
        found = places.resolve(dotted[1].replace(".", ""))
    return found.country if found is not None and found.kind == "country" else None


def place_match(a: str, b: str) -> Match | None | bool:
    from . import places   # names is imported by places

    ca, cb = country_of(a), country_of(b)
    if ca is not None and ca == cb and name_key(a) != name_key(b):
        # "Britain" / "United Kingdom" / "UK": one country by the gazetteer, not by its words
        return Match(0.95, "gazetteer", f"one country: {a!r} = {b!r}")
    if _is_region(a) != _is_region(b):
        bare = b if _is_region(a) else a
        found = places.resolve(bare)
        if found is not None and found.kind == "city":
            return None   # "Kherson Oblast" is not the city of Kherson ("Donbas region" is Donbas)
    wa, wb = _place_words(a), _place_words(b)
    if len(wa) == len(wb) == 1 and wa != wb and stem(wa[0]) == stem(wb[0]) and len(stem(wa[0])) >= 4:
        return Match(0.85, "alias", f"same name, adjective form: {a!r} ~ {b!r}")
    if not wa or not wb:
        return None
    if [w.lower() for w in wa] == [w.lower() for w in wb]:
        return Match(0.99, "exact", f"same name: {a!r} = {b!r}")
    if len(wa) != len(wb):
        return None
    kinds = [same_word(x, y) or (len(skeleton(x)) >= 4 and skeleton(x) == skeleton(y)) for x, y in zip(wa, wb)]
    if all(kinds):
        return Match(0.9, "transliteration", f"transliteration variants: {a!r} ~ {b!r}")
    return None


_ADJ_SUFFIX = re.compile(r"(?:sk(?:yi|iy|ij|ii|y|i|a|e|oye|oe|aya)|zk(?:yi|iy|y|a|e))$", re.I)


#: The Arabic article glued to a name ("al-Rashid", "el-Sisi").
ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az)[-‑](?=[A-Za-z])", re.I)


def _fac_parts(name: str) -> tuple[str, frozenset[str], tuple[str, ...]] | None:
    """(head noun, descriptive words, proper words) of a facility name: "Serinsky hydroelectric dam"
    -> ("dam", {"hydroelectric"}, ("Serin",)); the Slavic adjective ending is dropped ("Serinsky" -> "Serin")."""
    words = [w for w in parse(name).words if w.lower() not in DETERMINERS]
    if len(words) < 2 or not words[-1][:1].islower() and not words[-1].istitle():
        return None
    head = words[-1].lower()
    proper = tuple(_ADJ_SUFFIX.sub("", w) if len(_ADJ_SUFFIX.sub("", w)) >= 4 else w for w in words[:-1] if w[:1].isupper())
    desc = frozenset(w.lower() for w in words[:-1] if not w[:1].isupper())
    return (head, desc, proper) if proper else None


def fac_match(a: str, b: str) -> Match | None | bool:
    """Two names of one facility: the same kind ("dam"), the same proper name (transliteration and
    adjective form allowed: "Serin" / "Serinsky"), and one name's descriptive words a subset of the
    other's ("Serin dam" ~ "Serin hydroelectric dam"). Two kinds of one place ("Kelm bus station" /
    "Kelm railway station") are a veto, so that "Kelm station" cannot chain them into one."""
    pa, pb = _fac_parts(a), _fac_parts(b)
    if not pa or not pb or SYNONYMS.get(pa[0], pa[0]) != SYNONYMS.get(pb[0], pb[0]) or len(pa[2]) != len(pb[2]):
        return None
    if not all(x.lower() == y.lower() or same_word(x, y) or (len(skeleton(x)) >= 4 and skeleton(x) == skeleton(y))
               for x, y in zip(pa[2], pb[2])):
        return None
    if not (pa[1] <= pb[1] or pb[1] <= pa[1]):
        return False
    return Match(0.85, "alias", f"one facility: {a!r} ~ {b!r}")


@lru_cache(maxsize=65536)
def match(type_: str, a: str, b: str) -> Match | None | bool:
    """The merge rule for two names of one type (a merge never crosses types)."""
    if type_ == PERSON:
        return person_match(a, b)
    known_a, known_b = known_equivalent(a), known_equivalent(b)
    if known_a and known_b and known_a != known_b:
        return False   # two bodies the table tells apart ("ВСУ", "Генштаб ВСУ")
    found = _match_by_type(type_, a, b)
    if known_a and known_a == known_b and not (isinstance(found, Match) and found.rule in ("exact", "acronym")):
        # names that do not transliterate ("Минобороны России", "Russian Ministry of Defence"); the
        # table is stronger evidence than word-for-word agreement (glossary.py) and says which body
        return Match(0.88, "known equivalent", f"{a!r} and {b!r} both name the {known_a} (link/equivalents.py)")
    return found


def with_acronym(name: str) -> str | None:
    """"Kakhovka Hydroelectric Power Plant (HPP)" -> "Kakhovka HPP": the name with the words its
    bracketed acronym stands for replaced by the acronym, or None."""
    match = re.search(r"\(([A-Z]{2,6})\)\s*$", name)
    if not match:
        return None
    words = name[: match.start()].split()
    acr = match[1]
    if len(words) <= len(acr) or "".join(w[:1].upper() for w in words[-len(acr):]) != acr:
        return None
    return " ".join([*words[: -len(acr)], acr])


def _match_by_type(type_: str, a: str, b: str) -> Match | None | bool:
    if type_ in NAMED_PLACES:
        return place_match(a, b)
    short_a, short_b = with_acronym(a), with_acronym(b)
    if (short_a and name_key(short_a) == name_key(b)) or (short_b and name_key(short_b) == name_key(a)):
        return Match(0.9, "acronym", f"{a!r} and {b!r}: the acronym stands for the words it replaces")
    if type_ == "FAC":
        found = fac_match(a, b)
        if found is not None:
            return found
    return org_match(a, b, type_)


def _acro_key(acr: str) -> str:
    """Acronyms compare with a light fold only (GUR/HUR), never collapsing letters (DD is not D)."""
    return acr.lower().replace("g", "h").replace("w", "v")


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=65536)
def blocking_keys(type_: str, name: str) -> frozenset[str]:
    """Index keys under which a canonical entity with this name is found (type-prefixed)."""
    keys: set[str] = set()
    p = _person_name(name) if type_ == PERSON else parse(name)
    if p.key:
        words = p.words if type_ == PERSON or type_ in NAMED_PLACES else _body_words(p.words)
        keys.add(f"{type_}|n:{' '.join(fold(w) for w in words)}")
    if type_ == PERSON:
        if p.words:
            keys.add(f"{type_}|s:{skeleton(p.surname)}")
        return frozenset(keys)
    known = known_equivalent(name)
    if known:
        keys.add(f"{type_}|k:{known.lower()}")
    if type_ in NAMED_PLACES:
        if p.words:
            keys.add(f"{type_}|s:{' '.join(skeleton(w) for w in _place_words(name))}")
            keys.add(f"{type_}|st:{' '.join(stem(w) for w in _place_words(name))}")
        initials = _place_initials(name)
        if initials:
            keys.add(f"{type_}|i:{initials}")
        return frozenset(keys)
    for acr in acronyms_in(name):
        keys.add(f"{type_}|a:{_acro_key(acr)}")
    generic = _generic_bag()
    bag = org_bag(name)
    exp = acronym_of(name)
    if exp and len(exp) >= 2 and not {w for w in bag if not w.isdigit()} <= generic:
        # the initials of an expansion ("State Bureau of Verification" -> x:sbv), kept apart from
        # acronyms a name carries (a:): an expansion only ever matches by its initials a name that
        # carries them ("SBV"), never another expansion with the same initials (every "...
        # Rifle Brigade" is an RB), so expansions must not meet each other under this key
        keys.add(f"{type_}|x:{_acro_key(exp)}")
    # distinctive words: capitalised ones, not the generic vocabulary of institutions; in a
    # Cyrillic name every word ("Міністерство енергетики України": Russian and Ukrainian write
    # an organ's field in lower case, so "energy" must meet the "Energy" of "Energy Ministry")
    lower_too = _CYRILLIC_WORD.search(name) is not None
    for w in tokens(_PAREN.sub(" ", clean(in_english(name)))):
        if (lower_too or w[:1].isupper()) and w.lower() not in STOP:
            k = _country_word(w) or word_key(w)
            if k not in generic and len(k) >= 2:
                keys.add(f"{type_}|w:{k}")
    for n in numbers_in(name):
        keys.add(f"{type_}|u:{n}")
    gen = sorted(bag & generic)
    if 2 <= len(gen) <= 6:
        # so that a generic name ("the Ministry of Defence") finds the specific ones it may stand for
        for size in (2, 3):
            for combo in combinations(gen, size):
                keys.add(f"{type_}|g:{' '.join(combo)}")
    if type_ == "FAC":
        parts = _fac_parts(name)
        if parts:   # "Serin dam" meets "Serinsky hydroelectric dam" (see fac_match)
            keys.add(f"{type_}|f:{skeleton(parts[2][0])}:{parts[0]}")
    return frozenset(keys)


@lru_cache(maxsize=65536)
def lookup_keys(type_: str, name: str) -> frozenset[str]:
    """Keys to look candidates up by: the index keys, but generic-word keys only for a generic name."""
    keys = set()
    for k in blocking_keys(type_, name):
        if "|g:" in k:
            continue
        # an expansion looks for names carrying its initials; an acronym for both its carriers
        # and the expansions it may stand for (see blocking_keys)
        keys.add(k.replace("|x:", "|a:", 1) if "|x:" in k else k)
        if "|a:" in k:
            keys.add(k.replace("|a:", "|x:", 1))
    if type_ not in NAMED_PLACES and type_ != PERSON:
        bag = org_bag(name)
        generic = _generic_bag()
        if bag and bag <= generic and 2 <= len(bag) <= 3:
            keys.add(f"{type_}|g:{' '.join(sorted(bag))}")
    return frozenset(keys)

"""Institutional words of Russian and Ukrainian body names, in English: "Оперативное командование
«Юг»" reads "operational command south", so that its content words meet "Operational Command
South" where transliteration cannot ("komandovanie" is not "command"). Our own list, written by
hand from the words state bodies, armies and services use in the three languages; proper names
(Укрзалізниця, ГУР) are left to transliteration, and whole names that are not word-for-word
translations ("Минобороны России") to ``equivalents.py``.

Used only to compare organisation names (``names.org_bag`` and the linker's blocking keys): a
name's own key, which user decisions are stored under, is never translated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import countries as C

#: (Russian or Ukrainian word stem, as a regular expression over one lower-case word; English).
_WORDS: tuple[tuple[str, str], ...] = (
    # bodies and their parts
    (r"министерств\w*|міністерств\w*", "ministry"),
    (r"минобороны|міноборони", "ministry defence"),
    (r"мид|мзс", "ministry foreign affairs"),
    # ministries by their short names and abbreviations; whose ministry it is, the words around
    # it say ("МВД России", "МВС України"), so no state is read into them
    (r"мвд|мвс", "ministry interior affairs"),
    (r"минфин\w*|мінфін\w*", "ministry finance"),
    (r"минюст\w*|мін[’'ʼ]?юст\w*", "ministry justice"),
    (r"минздрав\w*|моз", "ministry health"),
    (r"минэнерго|міненерго", "ministry energy"),
    (r"минкульт\w*|мінкульт\w*", "ministry culture"),
    (r"минцифр\w*|мінцифр\w*", "ministry digital transformation"),
    (r"минэкономики|минэкономразвития|мінекономіки|мінекономрозвитку", "ministry economy"),
    (r"минобрнауки|мон", "ministry education science"),
    (r"мчс", "ministry emergency situations"),
    (r"кабмин\w*|кабмін\w*", "cabinet ministers"),
    (r"нацбанк\w*", "national bank"),
    (r"генпрокурор\w*|генпрокуратур\w*", "prosecutor general"),
    # ministries' fields and other bodies' words
    (r"финанс\w*|фінанс\w*", "finance"),
    (r"юстици\w*|юстиці\w*", "justice"),
    (r"энергетик\w*|енергетик\w*", "energy"),
    (r"культур\w*", "culture"),
    (r"экономик\w*|экономическ\w*|економік\w*|економічн\w*", "economy"),
    (r"образовани\w*|освіт\w*", "education"),
    (r"наук\w*", "science"),
    (r"цифров\w*", "digital"),
    (r"трансформаци\w*|трансформаці\w*", "transformation"),
    (r"кабинет\w*|кабінет\w*", "cabinet"),
    (r"министр\w*|міністр\w*", "ministers"),
    (r"центральн\w*", "central"),
    (r"следственн\w*|слідч\w*", "investigative"),
    (r"комитет\w*|комітет\w*", "committee"),
    (r"внешн\w*|зовнішн\w*", "foreign"),
    (r"прокурор\w*", "prosecutor"),
    (r"офис\w*|офіс\w*", "office"),
    (r"антикоррупционн\w*|антикорупційн\w*", "anti-corruption"),
    (r"оборон\w*", "defence"),
    (r"иностранн\w*|закордонн\w*", "foreign"),
    (r"внутренн\w*|внутрішн\w*", "interior"),
    (r"дел|справ", "affairs"),
    (r"вооруж[её]нн\w*|збройн\w*", "armed"),
    (r"сил|силы|силам\w*|силах|сили|силами|силою", "forces"),
    (r"генеральн\w*", "general"),
    (r"генштаб\w*", "general staff"),
    (r"штаб\w*", "staff"),
    (r"оперативн\w*", "operational"),
    (r"командовани\w*|командуванн\w*", "command"),
    (r"верховн\w*", "supreme"),
    (r"главнокомандующ\w*|головнокомандувач\w*", "commander chief"),
    (r"национальн\w*|національн\w*", "national"),
    (r"полици\w*|поліці\w*", "police"),
    (r"гварди\w*|гварді\w*", "guard"),
    (r"государственн\w*|державн\w*", "state"),
    (r"служб\w*", "service"),
    (r"чрезвычайн\w*|надзвичайн\w*", "emergency"),
    (r"ситуаци\w*|ситуаці\w*", "situations"),
    (r"пограничн\w*|прикордонн\w*", "border"),
    (r"безопасност\w*|безпек\w*", "security"),
    (r"разведк\w*|разведывательн\w*|розвідк\w*|розвідувальн\w*", "intelligence"),
    (r"главн\w*|головн\w*", "main"),
    (r"управлени\w*|управлінн\w*", "directorate"),
    (r"воздушн\w*|повітрян\w*", "air"),
    (r"военно-морск\w*|військово-морськ\w*", "navy"),
    (r"военн\w*|військов\w*", "military"),
    (r"администраци\w*|адміністраці\w*", "administration"),
    (r"областн\w*|обласн\w*", "regional"),
    (r"городск\w*|міськ\w*", "city"),
    (r"правительств\w*|уряд\w*", "government"),
    (r"прокуратур\w*", "prosecutor"),
    # courts, councils and agencies, and the words that say which ("апелляционный суд": court of
    # appeal; "горрайонный": a city-and-district court; "рада", "совет": council)
    (r"суд|суда|суду|судом|суде|суді", "court"),
    (r"апелляционн\w*|апеляційн\w*", "appeal"),
    (r"конституционн\w*|конституційн\w*", "constitutional"),
    (r"административн\w*|адміністративн\w*", "administrative"),
    (r"окружн\w*|районн\w*", "district"),
    (r"горрайонн\w*|міськрайонн\w*", "city district"),
    (r"селищн\w*|поселков\w*", "settlement"),
    (r"совет|совета|совете|советом|рада|ради|раді|радою", "council"),
    (r"агентств\w*|агенці\w*", "agency"),
    (r"статистик\w*", "statistics"),
    (r"предотвращени\w*|запобіганн\w*", "prevention"),
    (r"коррупци\w*|корупці\w*", "corruption"),
    (r"беспилотн\w*|безпілотн\w*", "unmanned"),
    (r"систем\w*", "systems"),
    (r"здравоохранени\w*", "health"),
    (r"территориальн\w*|територіальн\w*", "territorial"),
    (r"красн\w*|червон\w*", "red"),
    (r"крест\w*|хрест\w*", "cross"),
    (r"организаци\w*|організаці\w*", "organisation"),
    (r"объедин[её]нн\w*|об[’'ʼ]?єднан\w*", "united"),
    (r"наци[йия]\w*|націй\w*", "nations"),
    # the compass points that name commands ("«Юг»", "«Південь»")
    (r"юг|южн\w*|південь|півдня|південн\w*", "south"),
    (r"север|северн\w*|північ|півночі|північн\w*", "north"),
    (r"восток|восточн\w*|схід|сходу|східн\w*", "east"),
    (r"запад|западн\w*|захід|заходу|західн\w*", "west"),
    # whose body it is
    (r"российск\w*|россии|російськ\w*|росії|рф", "russian"),
    (r"украинск\w*|украины|українськ\w*|україни", "ukrainian"),
)
#: The glosses of fields alone (above): one such word is a name of its own, not a ministry's field.
_FIELDS = frozenset("finance justice energy culture economy education science digital transformation".split())
_PATTERNS = tuple((re.compile(rf"(?:{stem})$"), english) for stem, english in _WORDS)
#: Phrases whose words would gloss apart ("охорони здоров'я" is health, not "protection of health").
_PHRASES = ((re.compile(r"(?i)\bохорон\w* здоров[’'ʼ]?я\b"), "здравоохранения"),
            (re.compile(r"(?i)\b(?:сельск\w* хозяйств\w*|сільськ\w* господарств\w*)"), "agriculture"))
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ][А-Яа-яЁёІіЇїЄєҐґ’'ʼ-]*")
#: Words that carry nothing in a name ("и", "по", "з").
_FUNCTION = frozenset("и в во по на с со к о об для і й та у з із до від при".split())


@lru_cache(maxsize=1)
def _state_stems() -> tuple[tuple[str, str, bool], ...]:
    """(stem, country key) of each state CLDR (babel's locale data) names in one Russian or
    Ukrainian word that the project's country table knows: the name less a final vowel or soft
    sign, so that its case forms share it ("Польша", "Польши", "Польщі": польш-, польщ-), and
    whether the name is longer than its stem (then the bare stem is no form of it: "кита" is a
    whale's, not "Китай")."""
    known = C.common_names()
    out = set()
    for language in ("ru", "uk"):
        for code, low in C.cldr_state_names(language):
            if code.lower() in known and " " not in low:
                stem = low[:-1] if low[-1] in "аяоеиіыьйу" else low
                if len(stem) >= 4:
                    out.add((stem, code.lower(), stem != low))
    return tuple(sorted(out))


#: A Russian or Ukrainian adjective in -ский / -цкий / -ський / -цький, any case: its stem before
#: the suffix ("одесская": одес-, "донецька": донец-, "польское": поль-).
_ADJECTIVE = re.compile(r"(\w{3,}?)(?:сь?к|(?<=ц)ь?к)(?:ий|ый|ой|ая|ое|ого|ому|ом|ую|ие|их|ым|ыми|ими|им|а|е|і|ої|ій|у|ою)")
_VOWELS = frozenset("аеёиоуыэюяіїє")


def adjective_stem(word: str) -> str | None:
    """The stem of a Cyrillic adjective of a place or state ("Одесская" -> "одес", "Сумська" ->
    "сум"), else None; Ukrainian writes one с where the name ends in one ("Одеська", "Черкаська":
    одес-, черкас-)."""
    m = _ADJECTIVE.fullmatch(word.lower())
    if not m:
        return None
    stem = m.group(1)
    return stem + "с" if stem[-1] in _VOWELS else stem


def place_of_adjective(word: str) -> str | None:
    """The place a Cyrillic adjective names, as a word transliteration can meet the English name
    with: a city of GeoNames the adjective begins with ("Луганская", "Донецька": Луганск,
    Донецьк; "Київський": Київ), else the adjective's stem with a noun's ending ("Одесская",
    "Одеська": Одеса; "Сумская": Сума; "Вінницька": Вінница); None for no such adjective."""
    from ..extract.cyrillic.places import _city_names   # extract comes before link

    low = word.lower()
    m = _ADJECTIVE.fullmatch(low)
    if not m:
        return None
    cities = _city_names()
    stem = adjective_stem(low) or ""
    for city in (low[: m.end(1)] + low[m.end(1):].split("к", 1)[0] + "к", stem):
        if city in cities:
            return city[:1].upper() + city[1:]
    return stem[:1].upper() + stem[1:] + "а"


@lru_cache(maxsize=1)
def _state_stems_by_start() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """:func:`_state_stems` by their first two letters (a word is compared with a few, not ~400)."""
    by: dict[str, list[tuple[str, str, bool]]] = {}
    for entry in _state_stems():
        by.setdefault(entry[0][:2], []).append(entry)
    return {k: tuple(v) for k, v in by.items()}


@lru_cache(maxsize=65536)
def state_key(word: str) -> str | None:
    """The country key of a Russian or Ukrainian word that names a state in any case ("Польши",
    "Грузії": CLDR's name less its ending, at most three letters of case ending after it) or is
    its adjective ("польское", "естонський": the adjective's stem begins the name of one state
    only), else None."""
    low = word.lower()
    if not _CYRILLIC_WORD.fullmatch(low):
        return None
    stems = _state_stems_by_start().get(low[:2], ())
    found = {key for stem, key, cut in stems
             if low.startswith(stem) and (0 if cut else -1) < len(low) - len(stem) <= 3}
    if not found:
        adj = adjective_stem(low)
        if adj and len(adj) >= 4:
            found = {key for stem, key, _cut in stems if stem.startswith(adj)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=65536)
def in_english(name: str) -> str:
    """``name`` with each Cyrillic word the list knows put in English (capitalised as written) and
    its function words dropped; other words, and Latin names, unchanged."""
    if not _CYRILLIC_WORD.search(name):
        return name
    for phrase, gloss in _PHRASES:
        name = phrase.sub(gloss, name)

    def word(m: re.Match) -> str:
        w = m.group()
        low = w.lower()
        if low in _FUNCTION:
            return ""
        for pattern, english in _PATTERNS:
            if pattern.match(low):
                return english.title() if w[:1].isupper() else english
        state = state_key(low)
        if state:   # "Польши", "Грузії", "эстонское": the state's English name
            return C.common_names()[state]
        # a place's adjective read as its place, so that transliteration meets the English noun;
        # only a capitalised one, as a place's adjective in a body's name is ("Одесская", not the
        # "морской" of "государственный морской университет")
        return (place_of_adjective(low) if w[:1].isupper() else None) or w

    out = " ".join(_CYRILLIC_WORD.sub(word, name).split())
    # a field's word alone is no ministry: a journal «Наука», a magazine «Финансы» stay as written
    return name if out.lower() in _FIELDS else out

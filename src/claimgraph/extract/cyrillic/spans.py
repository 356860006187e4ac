"""Name spans mended: natasha's spans trimmed of what they ran into (verbs, a body before a
person's name, a group, a title, the words of a reporting frame), a PERSON span fixed or retyped
(``fix_person``), spans cut in two (``split_span``), and names read from their shape where the NER
misses or cuts them (``pattern_spans``, ``water_name_spans``)."""

from __future__ import annotations

import re

from .lexicon import RESIDENT_NOUNS
from .models import morph, parses
from .entity_types import (
    abbreviation_type,
    _adjective,
    _common_person_noun,
    demonym,
    EntitySpan,
    _group_word,
    _head_kind,
    _HEAD_TITLES,
    INITIAL_BEFORE,
    INITIALED_NAME,
    initialed_names,
    _is_name_reading,
    _NAME_TAGS,
    _person_word,
    _PROPER,
    _readings,
    spokesman_word,
    _thing_not_person,
    _TITLE_STEM,
    _title_word,
)
from .nominative import canonical, head_nominative
from .places import (
    adjective_city,
    after_place_preposition,
    after_water_noun,
    _city_names,
    hromada_adjective,
    _LOCATIVE_PREP,
    _named_person_stem,
    not_a_waters_name,
    _noun_before,
    oblique_place,
    _PLACE_LOCATIVE,
    place_word,
    settlement_shaped,
    _sentence_start,
    _water_noun,
    water_or_region_word,
)


#: Lower-case particles of names ("Шарль де Голль", "Абу Бакр аль-Багдади").
_NAME_PARTICLES = frozenset("де да ди дю ла ле ван фон дер бен бин ибн ібн аль ель эль".split())


def trim_person(language: str, text: str) -> int:
    """How many characters to drop from the front of a PERSON span that swallowed the body
    before the name ("України Володимир Зеленський", "Укрзалізниці Олександр Камишин")."""
    words = text.split()
    drop = 0
    while drop < len(words) - 1 and not _person_word(language, words[drop]):
        drop += 1
    # "Кесмарії Андрій Гайдук": a word before a first name is not part of the name
    firsts = [i for i, w in enumerate(words) if i >= drop and "Name" in parses(language, w)[0].tag.grammemes]
    if firsts and firsts[0] > drop and len(words) - firsts[0] >= 2:
        drop = firsts[0]
    if drop == 0 or not any(_person_word(language, w) for w in words[drop:]):
        return 0
    return text.index(words[drop], sum(len(w) for w in words[:drop]))


def trim_verbs(language: str, text: str) -> int:
    """The length of a name span without the verbs the NER ran on into ("Міністерства енергетики
    повідомила": on Ukrainian respelt for the Russian model a span can swallow its verb)."""
    words = list(re.finditer(r"\S+", text))
    while len(words) > 1 and words[-1].group()[:1].islower() and (ps := parses(language, words[-1].group())) \
            and ps[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS"):
        words.pop()
    return words[-1].end() if words else len(text)


def lead_verbs(language: str, text: str) -> int:
    """How many characters of verbs a name span opens with ("обстріляли Нікополь")."""
    words = list(re.finditer(r"\S+", text))
    k = 0
    while k < len(words) - 1 and words[k].group()[:1].islower() and (ps := parses(language, words[k].group())) \
            and ps[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS"):
        k += 1
    return words[k].start() if k else 0


def lead_cue_words(language: str, text: str) -> tuple[int, int]:
    """(characters to cut at the start, at the end) of a name span that ran over the words of a
    reporting frame: "Як пише Reuters", "Как сообщает РБК со" → Reuters, РБК (a conjunction,
    adverb or verb before the name, a preposition after it)."""
    words = list(re.finditer(r"\S+", text))
    k = 0
    for i, w in enumerate(words[:3]):
        # the frame ends at its verb: "Як пише", "Как сообщает", "Об этом пишет"
        if i < len(words) - 1 and w.group().islower() and (ps := parses(language, w.group())) and ps[0].tag.POS == "VERB":
            k = i + 1
    cut_end = 0
    if len(words) - k > 1 and (ps := parses(language, words[-1].group().lower())) and ps[0].tag.POS == "PREP" \
            and words[-1].group().islower():
        cut_end = len(text) - len(text[:words[-1].start()].rstrip())
    return (words[k].start() if k else 0), cut_end


def _name_case_agrees(language: str, word: str, name: list[str]) -> bool:
    """Whether ``word`` can read in a case that the first name and surname ``name`` share (any case when
    ``name`` is no first name and surname, so nothing is cut on a guess)."""
    first, surname = name
    cases = {p.tag.case for p in parses(language, first) if "Name" in p.tag.grammemes
             and any(_is_name_reading(q) and q.tag.case == p.tag.case and q.tag.gender in (p.tag.gender, None)
                     for q in parses(language, surname))}
    if not cases or any("Name" in p.tag.grammemes for p in parses(language, word)):
        return True
    return any(p.tag.case in cases for p in parses(language, word))


def fix_person(language: str, body: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A PERSON span from natasha, mended: trimmed of a body before the name, grown by a
    surname it left out ("Юрія" + "Ігната"), retyped or dropped when no word of it can be a
    name (on Ukrainian text the Russian model tags "Укрзалізниця" or "Донецької" as persons)."""
    start += trim_person(language, body[start:end])
    initialed = next(iter(initialed_names(body, language, start, end)), None)
    if initialed is not None and re.search(r"(?:^|\s)[a-zа-яіїєґё]", body[start:initialed.start()]):
        start = initialed.start()   # "Начальник штабу В. Гончарук": the name is the initials and surname
    while (before := INITIAL_BEFORE.search(body, max(0, start - 4), start)) is not None:
        start = before.start()      # "С. П. Мельник" the NER began at "П."
    # a name has no lower-case word but its particles: the span ran over a verb and what is
    # around it ("Окупанти обстріляли Нікополь", "Ірина Верещук відвідала Запоріжжя")
    lead = re.match(r"(?:[a-zа-яіїєґё][\w'’ʼ-]*\s+)+(?=[A-ZА-ЯІЇЄҐЁ])", body[start:end])
    if lead is not None:
        start += lead.end()
    lower = next((m for m in re.finditer(r"\S+", body[start:end]) if m.start() and m.group()[:1].islower()
                  and m.group() not in _NAME_PARTICLES), None)
    if lower is not None:
        end = start + len(body[start:start + lower.start()].rstrip())
    words = body[start:end].split()
    while len(words) > 2 and _TITLE_STEM.search(words[0].lower()) and not any(_is_name_reading(p) and "Name" in p.tag.grammemes
                                                                              for p in parses(language, words[0])):
        # "Віцепрем'єрка Ірина Верещук": a title the dictionary lacks before a first name and surname
        start = body.index(words[1], start + len(words[0]))
        words = words[1:]
    words = body[start:end].split()
    while len(words) > 2 and _common_person_noun(language, words[0]) and any(
            _is_name_reading(p) for p in parses(language, words[1])):
        # "Вчителька Надія Гаврилюк", "Експерт Богдан Лелека": a common noun for a person (an
        # occupation, in the dictionary, never a name) before a first name and surname
        start = body.index(words[1], start + len(words[0]))
        words = words[1:]
    if len(words) == 3 and not _name_case_agrees(language, words[0], words[1:]):
        # "Міська голова Лозової Зоряна Мельник": a person's name words share one case, so a word
        # before the first name and surname in no case of theirs is the title's genitive (a town,
        # a body), not a part of the name
        start = body.index(words[1], start + len(words[0]))
        words = words[1:]
    if len(words) == 1 and len(words[0].rstrip(".")) == 1 or INITIALED_NAME.fullmatch(body, start, end) \
            and not initialed_names(body, language, start, end):
        return None   # a lone initial ("корпус Д."), a letter and a common word ("В. Нові"): no one's name
    if len(words) == 1 and any(p.tag.POS == "NPRO" for p in parses(language, words[0].lower())[:3]):
        return None   # "Вона", "Он" opening a sentence: a pronoun, resolved as a speaker elsewhere
    if len(words) == 1 and demonym(language, words[0]):
        return start, end, "NORP"   # "Росіяни", "Украинцы": a people, no one's name
    if len(words) == 1 and _group_word(language, words[0]):
        return None   # "Представники", "Рятувальники": a group, no one's name
    if len(words) == 1:
        m = re.match(r"\s+([А-ЯІЇЄҐЁ][\w'’ʼ-]+)", body[end:end + 40])
        if m and _person_word(language, m.group(1)) and any("Name" in p.tag.grammemes or _is_name_reading(p) for p in parses(language, words[0])):
            return start, end + m.end(), "PERSON"
        w = words[0]
        nxt = re.match(r" ([а-яіїєґё][\w'’ʼ-]*)", body[end:end + 40])
        adj = next((p for p in parses(language, w.lower()) if p.tag.POS == "ADJF"), None)
        if adj is not None and nxt and any(p.tag.POS == "NOUN" and p.tag.case == adj.tag.case and p.tag.number == adj.tag.number
                                           for p in parses(language, nxt.group(1))[:3]):
            return None   # "Українська розвідка": an adjective of a common noun, no one's name
        if water_or_region_word(language, w, body, start):
            return start, end, "LOC"   # "на Дніпрі" read as a person on Ukrainian respelt: the river
        after_preposition = after_place_preposition(body, start)
        if place_word(language, w, after_preposition=after_preposition) and (after_preposition or not any(
                "Name" in p.tag.grammemes or "Surn" in p.tag.grammemes for p in parses(language, w)[:2])):
            # "Краматорськ" read as a person on Ukrainian respelt; "у Києві" is where, whatever
            # else the dictionary reads in the word (the name Кий)
            return start, end, "GPE"
        ending = _PLACE_LOCATIVE.search(w.lower()) if _LOCATIVE_PREP.search(body, max(0, start - 4), start) else None
        if ending and not any(t in p.tag.grammemes for p in parses(language, w) for t in _NAME_TAGS) \
                and not _named_person_stem(language, body, start, w[:ending.start()]):
            # "у Ївженці": after в / у / на the locative of a settlement's suffix (-івка → -івці)
            # is where, not who; a surname's locative ("у Висоцькому", "у Мартинюках") ends otherwise
            return start, end, "GPE"
        if oblique_place(language, body, start, w):
            # "у Зеленоборі", "поблизу Каменобродська": a town too small for GeoNames, in the case
            # its preposition of place governs, with no person's name in the case (see there)
            return start, end, "GPE"
        if after_preposition and adjective_city(language, w) and not _named_person_stem(language, body, start, w[:-3]):
            # "у Кропивницькому": a city named by an adjective, after a preposition of place, that
            # no person on the page is named by ("Олег Кропивницький" … "у Кропивницькому")
            return start, end, "GPE"
        if morph(language).word_is_known(w.lower()) and not any(_is_name_reading(p) for p in parses(language, w)):
            top = parses(language, w)[0]
            if "Geox" in top.tag.grammemes:
                return start, end, "GPE"
            if top.tag.POS == "NOUN":
                return start, end, "ORG"
            return None
    elif words and (not any(_person_word(language, w) for w in words) or _thing_not_person(language, words)):
        # "Уряд Польщі": a body and a place, no word of a name (the Russian model on Ukrainian)
        cut = trim_group(language, body, start, end)
        rest = body[cut:end]
        group = body[start:cut].split()
        # a group in an oblique case names a place after it only when it is its residents
        # ("Мешканців Авдіївки"); any other group names a body ("Бійців Азову", "Працівників Запоріжсталі")
        of_body = bool(group) and _oblique_group_word(language, group[-1]) and not _resident_word(language, group[-1])
        if " " not in rest and not of_body and (
                place_word(language, rest, after_preposition=after_place_preposition(body, cut))
                or cut > start and settlement_shaped(language, rest)):
            # "Жителі Херсона": the group cut, a city is left; "Мешканці Оленівки": a village too
            # small for GeoNames, by its make, where people live (no body is "lived in")
            return cut, end, "GPE"
        start = cut
        return start, end, "ORG"
    return start, end, "PERSON"


def lead_common_noun(language: str, text: str) -> int:
    """How many characters of common words a place or facility span opens with before the name
    ("Заяви Варшави", "Внаслідок підриву Каховської ГЕС"): they govern the name, no part of it."""
    words = list(re.finditer(r"[\w'’ʼ-]+", text))
    k = 0
    while k < len(words) - 1:
        w = words[k].group()
        if _head_kind(language, w) is not None or _adjective(language, w) or not morph(language).word_is_known(w.lower()) \
                or any(t in p.tag.grammemes for p in parses(language, w) for t in _PROPER):
            break
        k += 1
    if k == 0 or not words[k].group()[:1].isupper():
        return 0
    return words[k].start()


def place_of_common_words(language: str, text: str) -> bool:
    """A place or facility span that opens with a common noun, no place's head, with nothing
    capitalised after it ("Ватажок бойовиків", "Обстріл порту"): no name at all. A place's name
    opens with its adjective ("Донецкой народной республики") or its head ("Вокзал Краматорська")."""
    words = re.findall(r"[\w'’ʼ-]+", text)
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return False
    first = words[0]
    head = _head_kind(language, first)
    return morph(language).word_is_known(first.lower()) and not _adjective(language, first) \
        and (head is None or head[0] == "ORG") and not any(t in p.tag.grammemes for p in parses(language, first) for t in _PROPER)


def trim_group(language: str, body: str, start: int, end: int) -> int:
    """Where a name starts once the group or spokesman before it is left out ("Фахівці
    Укргідроенерго", "Пресслужба Нацполіції")."""
    words = list(re.finditer(r"\S+", body[start:end]))
    k = 0
    while k < len(words) - 1 and (_group_word(language, words[k].group()) or _oblique_group_word(language, words[k].group())
                                  or spokesman_word(language, words[k].group())
                                  or _title_word(language, words[k].group())
                                  or k == 0 and words[k].group().lower() in _HEAD_TITLES and words[k + 1].group()[:1].isupper()):
        k += 1
    return start + words[k].start() if words else start


def _oblique_group_word(language: str, word: str) -> bool:
    """A plural common noun for people in an oblique case, read so first ("Мешканців",
    "Жителям", "Представників"): a group governing the name after it, never part of it."""
    ps = parses(language, word)
    return bool(ps) and morph(language).word_is_known(word.lower()) and ps[0].tag.POS == "NOUN" \
        and ps[0].tag.animacy == "anim" and ps[0].tag.number == "plur" and ps[0].tag.case not in ("nomn", None) \
        and not any(t in p.tag.grammemes for p in ps for t in _PROPER)


def _resident_word(language: str, word: str) -> bool:
    """A noun for the residents of a place ("Мешканців", "Жителей", "Уроженцев")."""
    return any(p.tag.POS == "NOUN" and p.normal_form in RESIDENT_NOUNS for p in parses(language, word)[:2])


def _person_title(language: str, word: str) -> bool:
    """A capitalised word that reads as a common noun for a person ("Староста", "Мешканці") and
    never as a place: a title or a group opening a sentence, no name."""
    low = word.lower()
    return low.isalpha() and morph(language).word_is_known(low) and not place_word(language, word) and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and not {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in parses(language, low))


#: Facility heads that are common nouns of every town (a bridge, a hospital, a combine): after
#: a common, comparable adjective at a sentence's start ("Новий міст", "Старый мост") no name.
_COMMON_FAC_HEADS = frozenset("міст мост лікарня больница комбінат комбинат".split())


def pattern_spans(language: str, body: str, toks: list[tuple[str, int, int]]) -> list[EntitySpan]:
    """Names read from their shape where the NER misses or cuts them: a capitalised adjective,
    lower-case adjectives, then a head noun of a facility, a water or a body ("Каховської
    греблі", "Повітряних силах", "Российские оккупанты"), with a quoted name after it
    ('Украинское оперативное командование "Юг"'); a water's name after its common noun
    (``water_name_spans``)."""
    out: list[EntitySpan] = water_name_spans(language, body, toks)
    i = 0
    while i < len(toks):
        w = toks[i][0]
        capital = w[:1].isupper() and w.isalpha() and not w.isupper()
        lone_head = _head_kind(language, w) if capital else None
        field_end = _genitive_words(language, body, toks, i + 1) if lone_head is not None and lone_head[0] == "ORG" else None
        if field_end is not None:
            # a body's head noun with its name in the genitive after it: "Міністерстві енергетики",
            # "Сил оборони півдня" (a head with nothing after it is a common noun: "Штаб працює")
            text = body[toks[i][1]:toks[field_end - 1][2]]
            out.append(EntitySpan(toks[i][1], toks[field_end - 1][2], "ORG", text, canonical(language, "ORG", text)))
            i = field_end
            continue
        if not (capital and _adjective(language, w)):
            i += 1
            continue
        cases = {p.tag.case for p in parses(language, w.lower()) if p.tag.POS in ("ADJF", "PRTF")}
        j, found = i + 1, None
        while j < len(toks) and body[toks[j - 1][2]:toks[j][1]] == " ":
            word = toks[j][0]
            head = _head_kind(language, word)
            if head and cases & head[1]:
                found = head[0]
                break
            if word.isupper() and abbreviation_type(language, word) == "ORG":
                if j == i + 1 and _group_word(language, w):
                    break   # "Слідчі СБУ": people of the body (an adjective used as a noun), not its place
                found = "ORG"   # "Херсонської ОВА", "Сумська ОВА": a body's abbreviation after its place's adjective
                break
            if not (word.islower() and word.isalpha() and _adjective(language, word)):
                break
            j += 1
        if found is None or (found == "GPE" and toks[j][0].lower().startswith("громад") and not hromada_adjective(w)) \
                or (found == "FAC" and j == i + 1 and _sentence_start(body, toks[i][1])
                    and any(p.normal_form in _COMMON_FAC_HEADS for p in _readings(language, toks[j][0]))
                    and any({"compb", "Qual"} & p.tag.grammemes for p in parses(language, w.lower())[:2])):
            # "Єврейської громади": a community, no place; "Новий міст з'єднав …": a common
            # adjective and a common noun of a facility open a sentence, no name
            i += 1
            continue
        start, end = toks[i][1], toks[j][2]
        quoted = re.match(r"\s+([«\"“])([А-ЯІЇЄҐЁA-Z][\w'’ -]{0,40}?)([»\"”])", body[end:end + 50])
        if quoted and found == "ORG":
            end += quoted.end()
        elif found == "ORG" and not toks[j][0].isupper():
            after = _genitive_words(language, body, toks, j + 1)
            if after:   # "Державної служби з надзвичайних ситуацій"
                j = after - 1
                end = toks[j][2]
        text = body[start:end]
        out.append(EntitySpan(start, end, found, text, canonical(language, found, text)))
        i = j + 1
    return out


_WORD_LETTERS = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")


def _genitive_words(language: str, body: str, toks: list[tuple[str, int, int]], k: int) -> int | None:
    """Where the lower-case genitive words naming a body's field end, after its head noun at
    ``k - 1`` ("енергетики", "оборони півдня", "з надзвичайних ситуацій"); None when there are none."""
    j = k
    while j < len(toks) and j - k < 5 and body[toks[j - 1][2]:toks[j][1]] == " ":
        word = toks[j][0]
        if word in ("з", "із") and j + 1 < len(toks):
            j += 1   # "служби з надзвичайних ситуацій": the preposition of a fixed name
            continue
        if j > k and toks[j - 1][0] in ("з", "із") and any(p.tag.case == "ablt" for p in _readings(language, word)) \
                and word.islower():
            j += 1   # "поводження з військовополоненими"
            continue
        if j == k and word.isupper() and abbreviation_type(language, word) in ("ORG", "GPE"):
            return j + 1   # "Генштабі ЗСУ", "Министерства обороны РФ": the owner's abbreviation ends the name
        if word[:1].isupper() and not word.isupper() and place_word(language, word) and any(
                p.tag.case == "gent" for p in _readings(language, word)):
            return j + 1   # "Нацгвардія України", "Міністерстві енергетики України": the state ends the name
        rs = _readings(language, word)
        if not (_WORD_LETTERS.fullmatch(word) and word.islower()) or rs[0].tag.POS not in ("NOUN", "ADJF", "PRTF") or not any(
                p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in rs):
            break   # a preposition ("Украинские войска в …") or a word in another case ends the name
        j += 1
    while j > k and toks[j - 1][0] in ("з", "із"):
        j -= 1
    return j if j > k else None


#: Words for a spokesman or head between two names the NER ran together ("Радіо Свобода речниця Сил оборони").
_ROLE_SPLIT = frozenset("""речник речниця спікер представник представниця голова глава президент міністр
    представитель представительница пресс-секретарь министр начальник командувач командующий""".split())


def _plural_genitive(language: str, word: str) -> bool:
    """A noun read first in the genitive plural ("міністрів", "министров"): a complement of the
    noun before it, never the nominative title of a person named after it."""
    ps = _readings(language, word)
    return bool(ps) and ps[0].tag.POS == "NOUN" and ps[0].tag.number == "plur" and ps[0].tag.case == "gent"


def trim_trailing_role(language: str, text: str) -> int:
    """How long a name span is once a spokesman's or head's title it ran into is cut off its end
    ("Укрінформу речниця" before "ДПСУ Олена Волошин"). A title in the genitive plural is no one's
    title but the head noun's complement, part of the name ("Кабінет міністрів", "Совет министров")."""
    words = list(re.finditer(r"\S+", text))
    while len(words) > 1 and words[-1].group().islower() and not _plural_genitive(language, words[-1].group()) and (
            words[-1].group() in _ROLE_SPLIT or any(p.normal_form in _ROLE_SPLIT for p in _readings(language, words[-1].group()))
            or spokesman_word(language, words[-1].group())):
        words.pop()
    return words[-1].end() if words else len(text)


def water_name_spans(language: str, body: str, toks: list[tuple[str, int, int]]) -> list[EntitySpan]:
    """A water's or an island's name after its common noun ("річки Сейм", "река Луга",
    "річка Сіверський Донець"): LOC, the noun left out as the GUIDE writes the name."""
    out = []
    for i in range(len(toks) - 1):
        w, nxt = toks[i][0], toks[i + 1][0]
        if body[toks[i][2]:toks[i + 1][1]] != " " or not (nxt[:1].isupper() and nxt.isalpha() and not nxt.isupper()) \
                or not _water_noun(language, w) or not after_water_noun(language, body, toks[i + 1][1]):
            continue
        end = toks[i + 1][2]
        if not_a_waters_name(language, body, toks[i][1], nxt, end):
            continue
        if i + 2 < len(toks) and body[end:toks[i + 2][1]] == " " and toks[i + 2][0][:1].isupper() \
                and toks[i + 2][0].isalpha() and _adjective(language, nxt) \
                and not any({"Name", "Surn"} & p.tag.grammemes for p in parses(language, toks[i + 2][0])[:3]):
            end = toks[i + 2][2]   # "річка Сіверський Донець": an adjective and a noun, no person's name
        out.append(EntitySpan(toks[i + 1][1], end, "LOC", body[toks[i + 1][1]:end],
                              canonical(language, "LOC", body[toks[i + 1][1]:end])))
    return out


#: Nouns of a region after a place's adjective ("Донецької області"): where a place span is cut in two.
_REGION_NOUNS = frozenset("область район край округ громада республіка республика".split())
#: Compass words in the genitive that finish a body's name ("Сил оборони півдня", "группировки войск «Юг»").
_COMPASS = frozenset("півдня півночі сходу заходу юга севера востока запада".split())


def split_span(language: str, body: str, span: EntitySpan) -> list[EntitySpan]:
    """A span the NER ran over two names, cut in two: a place and its region ("Краматорську
    Донецької області"), two bodies around a spokesman's title ("Радіо Свобода речниця Сил
    оборони"); a body's name finished by a compass word after it ("Сил оборони півдня"). A
    water's name after its common noun is a LOC, the noun cut off ("Річка Інгулець", "річки Сейм")."""
    words = list(re.finditer(r"\S+", span.text))
    if len(words) in (2, 3) and _water_noun(language, words[0].group()) and words[1].group()[:1].isupper() \
            and span.type != "PERSON" and not not_a_waters_name(
                language, body, span.start, words[1].group(), span.start + words[1].end()) \
            and not (len(words) == 3 and any({"Name", "Surn"} & p.tag.grammemes
                                             for p in parses(language, words[2].group())[:3])):
        start = span.start + words[1].start()
        text = body[start:span.end]
        return [EntitySpan(start, span.end, "LOC", text, canonical(language, "LOC", text))]
    if len(words) <= 2 and span.type != "LOC" and not (span.type == "PERSON" and len(words) == 2) \
            and after_water_noun(language, body, span.start) \
            and not not_a_waters_name(language, body, _noun_before(body, span.start), words[0].group(),
                                      span.start + words[0].end()):
        span.type, span.name = "LOC", canonical(language, "LOC", span.text)
        return [span]
    if len(words) in (2, 3) and span.type in ("ORG", "PERSON") and after_place_preposition(body, span.start) \
            and " ".join(head_nominative(language, span.text.split())).lower() in _city_names():
        # "у Білій Церкві", "у Кривому Розі": a city of two words the NER calls a body or a person
        span.type, span.name = "GPE", canonical(language, "GPE", span.text)
        return [span]
    parts: list[tuple[int, int, str]] = []
    if span.type in ("GPE", "LOC"):
        for k in range(1, len(words) - 1):
            a, b = words[k].group(), words[k + 1].group()
            if a[:1].isupper() and _adjective(language, a) and any(
                    p.normal_form in _REGION_NOUNS for p in _readings(language, b)) \
                    and not (b.lower().startswith("громад") and not hromada_adjective(a)):
                parts = [(0, words[k - 1].end(), span.type), (words[k].start(), len(span.text), "GPE")]
                if k == 1 and _person_title(language, words[0].group()):
                    parts = parts[1:]   # "Староста Ставищенської громади": a title before the place, no name
                break
    elif span.type == "ORG":
        for k in range(1, len(words) - 1):
            w = words[k].group()
            if w.islower() and (w in _ROLE_SPLIT or any(p.normal_form in _ROLE_SPLIT for p in _readings(language, w))) \
                    and words[k + 1].group()[:1].isupper():
                parts = [(0, words[k - 1].end(), "ORG"), (words[k + 1].start(), len(span.text), "ORG")]
                break
    if not parts:
        parts = [(0, len(span.text), span.type)]
    out = []
    for left, right, type_ in parts:
        start, end = span.start + left, span.start + right
        if type_ == "ORG":
            tail = re.match(r" (\w+)", body[end:end + 20])
            if tail and tail.group(1) in _COMPASS:
                end += tail.end()
        if (start, end, type_) == (span.start, span.end, span.type):
            out.append(span)
            continue
        text = body[start:end]
        out.append(EntitySpan(start, end, type_, text, canonical(language, type_, text)))
    return out

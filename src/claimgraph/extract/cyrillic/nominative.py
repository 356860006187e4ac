"""Names in the nominative (pymorphy3): a person's name, whose first name fixes case and gender
("Павла Кириленко" → "Павел Кириленко"), a surname alone in the case its sentence gives it, the
head phrase of a body's or a place's name ("Министерстве обороны России" → "Министерство обороны
России"); ``canonical`` names a mention by them, ``surname_of_full_name`` joins a surname to the
person named in full."""

from __future__ import annotations

import functools
import re
from typing import Any

from .models import morph, parses
from .entity_types import _is_name_reading, _PLURAL_HEADS


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

        def fits(r: Any) -> bool:
            # the surname after the first name must read in the same case and gender
            return all(any(_is_name_reading(q) and q.tag.case == r.tag.case
                           and q.tag.gender in (r.tag.gender, None) for q in parses(language, x)) for x in rest)
        good = [r for r in readings if fits(r)]
        if not good and "Name" not in readings[0].tag.grammemes and all(
                any(_is_name_reading(q) and q.tag.case == "nomn" for q in parses(language, x)) for x in rest):
            # a first name the dictionary lacks ("Кадрі", read as the locative of кадр) before a
            # surname that reads only as it stands: no case is shown, so the name is as written
            return list(words)
        good = good or readings
        # "Александра Камышина" reads as a woman in the nominative or a man in the genitive, and
        # "Алла Пименова" as a woman in the nominative or a man "Алл" in the genitive: the
        # dictionary's corpus score of each first name decides (Александр 0.92 against Александра
        # 0.08; Алла 0.90 against Алл 0.10). The Ukrainian dictionary scores every reading alike,
        # and news names more men, so there the masculine reading wins the tie as before.
        weight = _first_name_weights(readings)
        good.sort(key=lambda r: (-weight.get(r.normal_form, 0.0), r.tag.gender != "masc"))
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


def first_name_sexes(language: str, word: str) -> set[str | None]:
    """The sexes ``word`` has read as a first name in the nominative ("Валентина": femn; "Саша":
    "ms-f", the dictionary's common gender; "Коваля": none). The one test of a first name's sex: the speaker resolver's
    (``Speakers.name_sex``, ``name_as_subject``) and the mention pass's (``women_by_verb``)."""
    return {p.tag.gender for p in parses(language, word) if "Name" in p.tag.grammemes and p.tag.case == "nomn"}


def past_verb_sex(language: str, word: str) -> str | None:
    """"masc" or "femn" where ``word``'s first reading is a verb in the past, not plural, whose
    ending shows its subject's sex ("сказал", "заявила", "повідомила"); None otherwise. "Not
    plural", not "singular": the Ukrainian dictionary gives a past verb a gender and no number."""
    ps = parses(language, word.lower())
    if not ps:
        return None
    tag = ps[0].tag
    if tag.POS == "VERB" and "past" in tag.grammemes and tag.number != "plur" and tag.gender in ("masc", "femn"):
        return str(tag.gender)
    return None


def _first_name_weights(readings: list[Any]) -> dict[str, float]:
    """Each first name a word may be (its normal form) with the corpus score of its readings;
    empty when the dictionary gives every reading the same score (no evidence either way)."""
    scores = {round(r.score, 6) for r in readings}
    if len(scores) <= 1:
        return {}
    weight: dict[str, float] = {}
    for r in readings:
        weight[r.normal_form] = weight.get(r.normal_form, 0.0) + r.score
    return weight


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
    if not cands and case and case != "nomn" and gender == "femn":
        # the same for a woman ("Натальей Ивиной" → "Ивина", "Ганни Лісової" → "Лісова")
        return _femn_surname_nominative(w, case)
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


#: A woman's surname in -ов / -ев / -ин / -ын (Russian; -ов / -ев / -ін / -ин Ukrainian) in an oblique
#: case, by the case the first name before it shows: genitive, dative, instrumental, prepositional
#: "-ой" / "-ою" / "-ої" / "-ій", accusative "-у". No such form ends in "-ей": "Анны Соловей" is an
#: undeclinable surname and stays as written.
_FEMN_OBLIQUE = re.compile(r"(?<=[оеёиыі][вн])(?:ой|ою|ої|ій|у)$", re.IGNORECASE)
_FEMN_ENDING_CASES = {"ой": {"gent", "datv", "ablt", "loct"}, "ою": {"ablt"}, "ої": {"gent"},
                      "ій": {"datv", "loct"}, "у": {"accs"}}


def _femn_surname_nominative(word: str, case: str | None = None) -> str:
    m = _FEMN_OBLIQUE.search(word)
    if m is None or m.start() < 3:
        return word
    if case is not None and case not in _FEMN_ENDING_CASES[m.group(0).lower()]:
        return word   # the ending is no form of that case: the surname does not decline
    return word[: m.start()] + ("А" if word.isupper() else "а")


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

    def plural_body(p: Any) -> bool:
        return body and p.tag.number == "plur" and p.normal_form not in _PLURAL_HEADS

    def agreeing(p: Any, w: str) -> list:
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


def _inflected(p: Any, tags: set, like: str) -> str | None:
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

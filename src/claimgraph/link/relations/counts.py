"""Counts of anything a claim gives, beyond the casualty figures of :mod:`.figures`: "20,000 homes",
"80 passengers on board", a count given as an update ("the toll rose to 143"), and the fate told of what
a number counts ("eight missing" / "eight dead" are two facts).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import slots as S
from ..numbers import CYRILLIC_NUMBER, NUMBER, number_value, range_low_before
from ..when import day_expressions
from ..translit import to_latin
from .figures import (_ANY_PEOPLE, _CHILD, _COMBATANT, _CYR_ABOUT, _CYR_LOWER, _CYR_NUM, _CYR_SLOTS, _CYR_UPPER, _GROUP_SYNONYMS,
                      _OTHER_CLAUSE, _SET_APART, _cyr_value)
from .words import _SMALL_STOP, _STOP, _stem

if TYPE_CHECKING:
    from .features import ClaimFeatures

#: A count given as an update of an earlier one ("the toll rose to 143", "has climbed to 36", "now stands
#: at 212", "increased to 19"): a later figure of a count that changes, not a rival account of it.
UPDATE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grown|"
                    r"went up|gone up|has reached|had reached|now stands?|now stood|now totals?|now at)\b"
                    r"(?:\s+(?:to|at|by))?\s+(?:at least\s+|more than\s+|over\s+|nearly\s+|almost\s+)?" + NUMBER + r"\b", re.I)


#: Words an update or a count is told with that name one quantity ("the death toll" / "were killed",
#: "injured" / "wounded"); the generic words of a count ("the number of people") name none.
_QUANTITY_WORD = ((re.compile(r"(?:death|dead|die|toll|kill|fatalit|live)"), "kill"), (re.compile(r"(?:injur|wound|hurt)"), "wound"))
_GENERIC_COUNT = frozenset({"number", "people", "person", "persons", "total", "figure", "count", "now", "also", "still"})


def _quantity_word(w: str) -> str:
    low = w.lower()
    for rx, to in _QUANTITY_WORD:
        if rx.match(low):
            return to
    return _stem(low)


def _clause_words(text: str) -> list[str]:
    """The lowercase content words of a piece of a claim, as :func:`_quantity_word` reads them."""
    return [_quantity_word(w) for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’]{2,}", text)
            if w not in _SMALL_STOP and w not in _STOP and w not in _GENERIC_COUNT
            and w not in _NOT_PREDICATE]


def _clause_before(head: str, start: int, width: int = 80) -> str:
    """The text of the clause before ``start`` (back to a comma, a stop or an "and"), at most ``width`` characters."""
    piece = head[max(0, start - width): start]
    cut = max(piece.rfind(","), piece.rfind(";"), piece.rfind(":"), piece.rfind(". "), piece.rfind(" and "))
    return piece[cut + 1:] if cut >= 0 else piece


def _clause_after(head: str, end: int, width: int = 50) -> str:
    piece = head[end: end + width]
    m = re.search(r"[,;:]|\. | and ", piece)
    return piece[: m.start()] if m else piece


def update_counts(text: str) -> dict[int, frozenset[str]]:
    """{figure given as an update ("the number of people rescued rose to 45"): what it counts, as the words
    of its clause before the update (:func:`_clause_words`: {"rescu"}; "the death toll" is {"kill"})}.
    Only that figure is an update, not every count of the claim ("the injured rose to 85, and 12 were killed")."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[int, frozenset[str]] = {}
    for m in UPDATE.finditer(head):
        v = number_value(m.group(1))
        if v is not None:
            out.setdefault(v, frozenset(_clause_words(_clause_before(head, m.start()))))
    return out


def counted_numbers(text: str) -> frozenset[tuple[int, str, frozenset[str]]]:
    """(number, stem of the word after it, what the claim says of it) for every number of two or more the
    claim gives as a count, of anything ("Forty miners were killed" -> (40, "miner", {"kill"}), "risen to
    143" -> (143, "", …)): not a year, a day of a month, a time of day or a decimal. What it says of it is
    the content word just before the number in its clause ("flooded 300 homes") and the first two after
    the thing counted ("300 homes were flooded", "4,000 homes without power")."""
    head = text[:S.SLOT_TEXT_CHARS]
    days = [(start, end) for *_d, start, end in day_expressions(head)]
    out = set()
    for m in re.finditer(r"(?<![\w.,:-])" + NUMBER + r"(?![\w-]|[.,:]\d)", head, re.I):
        v = number_value(m.group(1))
        if v is None or v < 2 or 1900 <= v <= 2100 or any(a <= m.start() < b for a, b in days):
            continue
        after = head[m.end(): m.end() + 24]
        if re.match(r"\s*(?:a\.?m\b|p\.?m\b|o'clock|hours?\b|h\b|%|per ?cent)", after, re.I):
            continue
        word = re.match(r"\s+([A-Za-z][A-Za-z'’]{2,})", after)
        thing = _stem(word.group(1)) if word and word.group(1).lower() not in _SMALL_STOP else ""
        before = _clause_words(_clause_before(head, m.start(), 40))[-1:]
        rest = _clause_after(head, m.end() + (word.end() if thing and word else 0))
        out.add((v, thing, frozenset(before + [w for w in _clause_words(rest) if w != thing][:2])))
    return frozenset(out)


def numbers_apart(fa: "ClaimFeatures", fb: "ClaimFeatures") -> bool:
    """Do two claims give counts that cannot be one figure: no number in common, where one gives as an
    update a count the other gives ("Forty miners were killed" / "the number killed has risen to 143";
    not "80 passengers on board" / "the number rescued rose to 45") or both count the same thing with
    the same words ("flooded 300 homes" / "flooded 4,000 homes"; not "tore the roofs off 300 homes" /
    "left 4,000 homes without power")?"""
    if not fa.numbers or not fb.numbers or {v for v, _w, _p in fa.numbers} & {v for v, _w, _p in fb.numbers}:
        return False
    for f, g in ((fa, fb), (fb, fa)):
        for what in f.updates.values():
            if not what or any(what & (said | {thing}) for _v, thing, said in g.numbers):
                return True
    return any(wa == wb and pa & pb for _va, wa, pa in fa.numbers if wa for _vb, wb, pb in fb.numbers)


#: Words next to a count that make it a bound or an estimate ("about 80", "at least 80"): not one exact figure.
_NEAR_BOUND = re.compile(r"\b(?:at least|more than|over|in excess of|upwards of|as many as|up to|fewer than|less than|at most|"
                         r"no more than|about|around|roughly|nearly|almost|some|approximately|an estimated|estimated|"
                         r"of the|of its|of their)\s*$", re.I)
#: The same before a Russian or Ukrainian count ("понад 30", "около 30", "до 40"): no exact figure.
_CYR_NEAR_BOUND = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _CYR_LOWER + _CYR_UPPER + _CYR_ABOUT), key=len, reverse=True))
                             + r")\s*$", re.I)


def bounded_values(text: str) -> frozenset[int]:
    """The numbers a claim gives as a bound or an estimate, or picked from a whole ("more than nine", "about 80",
    "five of the six", "понад 30"): each count with :data:`_NEAR_BOUND` or :data:`_CYR_NEAR_BOUND` right before it."""
    head = text[:S.SLOT_TEXT_CHARS]
    out = set()
    for m in re.finditer(r"(?<![\w'’-])" + NUMBER + r"(?![\w'’])", head, re.I):
        v = number_value(m.group(1))
        if v is not None and _NEAR_BOUND.search(head[max(0, m.start() - 24): m.start()]):
            out.add(v)
    for m in re.finditer(_CYR_NUM, head, re.I):
        v, _vague = _cyr_value(m.group("n"))
        if v is not None and _CYR_NEAR_BOUND.search(head[max(0, m.start() - 24): m.start()]):
            out.add(v)
    return frozenset(out)


#: Words that make a count a part added to others or a running total ("a further 25 miners", "another 12",
#: "40 flights so far"): not the one count of the thing at one moment.
_INCREMENT_BEFORE = re.compile(r"\b(?:a further|further|another|an additional|additional|more|a total of|total of|"
                               r"the remaining|remaining|the last|the first|the latest|latest)\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"\b(?:so far|to date|in total|in all|altogether|since|by then|more)\b", re.I)
#: Verbs of a count of things on board, told in other words ("was carrying 80" / "had 120 … on board").
_ON_BOARD = frozenset({"carri", "carry", "carrying", "had", "has", "have", "aboard", "board", "transport"})
_NOT_HOLDER = frozenset({"the", "a", "an", "it", "its", "this", "that", "there", "they", "he", "she", "we", "our", "their"})


def _fate_verb(head: str, start: int, end: int) -> str | None:
    """The verb a count is the object or the subject of: the participle after it ("120 passengers were
    rescued"), else the word just before it ("was carrying 80 passengers", "Rescuers have pulled 40");
    the verbs of things on board are one ("carry")."""
    m = re.match(r"\s+(?:(?:were|was|had been|have been|has been|are|is)\s+)(?:\w+ly\s+)?([a-z]{3,})", head[end: end + 40])
    if m:
        w = m.group(1).lower()
    else:
        b = re.search(r"([a-z]{3,})\s+$", head[max(0, start - 20): start])
        if not b:
            return None
        w = b.group(1).lower()
    st = _stem(w)
    return "carry" if w in _ON_BOARD or st in _ON_BOARD else st


def exact_counts(text: str, numbered: dict[tuple[int, str], set[str]],
                 updates: dict[int, frozenset[str]] | None = None) -> dict[str, dict[int, tuple[frozenset[str], str | None, frozenset[str]]]]:
    """{thing counted: {exact figure: (what the claim says befell it after the count, the verb it is
    counted by, the names next before it)}} of :func:`numbered_things` ("The ferry Lirra was carrying 80
    passengers when it capsized" -> {"people:passenger": {80: ({"capsiz"}, "carry", {"lirra"})}}),
    leaving out figures given as a bound or an estimate ("about 80 passengers"), picked from a whole
    ("one of the 80 passengers"), added to others or a running total ("a further 25 miners", "40 so
    far") or given as an update (``updates``, :func:`update_counts`)."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[str, dict[int, tuple[frozenset[str], str | None, frozenset[str]]]] = {}
    for m in _NUMBERED.finditer(head):
        v = number_value(m.group(1))
        if v is None or v in (updates or {}):
            continue
        thing = ("people:" if _people(m.group(2)) else "") + _stem(m.group(2))
        before = head[max(0, m.start() - 24): m.start()]
        if ((v, thing) in numbered and not _NEAR_BOUND.search(before) and not _INCREMENT_BEFORE.search(before)
                and range_low_before(before) is None   # one end of a span, not the count
                and not _INCREMENT_AFTER.search(_clause_after(head, m.end(), 40))):
            after = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]{2,}", head[m.end(): m.end() + 50]) if w[0].islower()
                     and w.lower() not in _SMALL_STOP and w.lower() not in _STOP and w.lower() not in _NOT_PREDICATE]
            clause = _clause_before(head, m.start(), 60)
            off = m.start() - len(clause)
            holders = frozenset(_stem(h.group()) for h in re.finditer(r"(?<![\w'’-])[A-Z][a-z'’]{2,}", clause)
                                if off + h.start() > 0 and h.group().lower() not in _NOT_HOLDER
                                and not re.search(r"[.!?]\s*$", head[max(0, off + h.start() - 3): off + h.start()]))
            out.setdefault(thing, {})[v] = (frozenset(_stem(w) for w in after[:2]), _fate_verb(head, m.start(), m.end()), holders)
    return out


#: A number of 10 or more and the word after it ("20,000 homes", "45 wagons"); not a year, a time or a unit.
_NUMBERED = re.compile(r"(?<![\w.,:-])(\d{1,3}(?:,\d{3})+|\d{2,7})(?![\w.,:-])\s+([A-Za-z]{3,})")
#: (a span of time, a unit, a large number's word or an amount of money is no thing counted: "lasted 10
#: weeks", "at 12 noon", "20 million euros")
_NOT_A_THING = frozenset({"years", "year", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "second", "weeks",
                          "week", "months", "month", "nights", "night", "noon", "midnight", "km", "kilometres", "kilometers",
                          "metres", "meters", "miles", "percent", "kilograms", "tonnes", "tons", "thousand", "million", "millions",
                          "billion", "billions", "trillion", "euros", "euro", "dollars", "dollar", "pounds", "roubles", "rubles",
                          "hryvnias", "hryvnia", "yuan", "francs", "and", "the", "of", "in", "on", "at", "to", "from", "was", "were",
                          "had", "have", "has", "per", "times"})


#: People counted beyond the groups of :data:`_ANY_PEOPLE`, :data:`_SET_APART`, :data:`_GROUP_SYNONYMS`,
#: :data:`_COMBATANT` and :data:`_CHILD`: what befell them is the fact ("500 people were inside" / "500
#: people were killed" are two).
_MORE_PEOPLE = frozenset({"resident", "villager", "protester", "demonstrator", "refugee", "migrant", "famil", "pupil",
                          "fishermen", "women", "men", "kid", "official", "volunteer", "teacher", "wife", "husband"})


def _people(word: str) -> bool:
    """Does the plural after a number count people ("protesters", "inmates", "police")?"""
    w = word.lower()
    one = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
    return (bool(re.fullmatch(_COMBATANT + "|" + _CHILD, w)) or w in _ANY_PEOPLE or one in _ANY_PEOPLE
            or one in _SET_APART or w in _SET_APART or one in _GROUP_SYNONYMS or w in _GROUP_SYNONYMS
            or one in _MORE_PEOPLE or w.removesuffix("ies") in _MORE_PEOPLE)


#: Words around a count that say nothing of what befell the thing counted.
_NOT_PREDICATE = frozenset("was were had has have been being are is be also some about nearly almost more than least "
                           "over under around roughly near outside inside without within across along behind".split())


def _predicate_words(text: str, start: int, end: int) -> set[str]:
    """Stems of the two lower-case words before a count ("cut power to 20,000 homes") and the two after
    the thing counted ("20,000 homes were left without power"), auxiliaries and names aside: what the
    claim says of what it counts."""
    def words(s: str) -> list[str]:
        return [w for w in re.findall(r"[A-Za-z][A-Za-z'’]{2,}", s) if w[0].islower() and w.lower() not in _SMALL_STOP
                and w.lower() not in _STOP and w.lower() not in _NOT_PREDICATE]
    return {_stem(w) for w in words(text[max(0, start - 40): start])[-2:] + words(text[end: end + 50])[:2]}


def numbered_things(text: str) -> dict[tuple[int, str], set[str]]:
    """{(number, stem of the word after it): what the claim says of it (:func:`_predicate_words`)} for
    each number of 10 or more that counts something: one exact figure of one thing, told in any
    construction ("the blast cut power to 20,000 homes" / "power was cut to 20,000 homes"); people
    (:func:`_people`) are marked "people:<stem>"."""
    out: dict[tuple[int, str], set[str]] = {}
    head = text[:S.SLOT_TEXT_CHARS]
    days = [(start, end) for *_d, start, end in day_expressions(head)]   # "12 March", "March 12": a day, not a count
    for m in _NUMBERED.finditer(head):
        v = number_value(m.group(1))
        if (v is None or v < 10 or 1900 <= v <= 2100 or m.group(2).lower() in _NOT_A_THING
                or any(a <= m.start(1) < b for a, b in days)):
            continue
        thing = ("people:" if _people(m.group(2)) else "") + _stem(m.group(2))
        out.setdefault((v, thing), set()).update(_predicate_words(head, m.start(), m.end()))
    return out


#: What befalls people or things counted: one number of two fates is two facts ("eight missing" / "eight dead").
_FATES = (("killed", r"kill\w*|dead|died|die|deaths?|perish\w*|drown\w*|lost their lives"),
          ("wounded", r"injur\w*|wound\w*|hurt|hospitali[sz]ed"), ("missing", r"missing|unaccounted"),
          ("held", r"arrest\w*|detain\w*|held|captured|abducted|kidnapped|taken hostage"),
          ("rescued", r"rescued|saved|evacuated|freed|released"), ("trapped", r"trapped|stranded|blocked"),
          ("downed", r"shot down|downed|intercepted"))
_FATE_RES = [(fate, re.compile(r"\b(?:" + rx + r")\b", re.I)) for fate, rx in _FATES]
#: The same fates told in Russian and Ukrainian, keyed as the English ones, so that a count and its fate meet
#: across the three languages ("двоих сотрудников увезли в больницу" / "двоє працівників потрапили до лікарні" /
#: "two workers were hospitalised"; "сбиты 14 дронов" / "збили 14 дронів" / "14 drones were shot down"). Stems of
#: the verbs, participles and nouns of each fate, written from the languages (not from one page).
_CYR_HARM = dict(_CYR_SLOTS)   # the killed and wounded stems of the Cyrillic figures, with the verbs and nouns a fate adds
_CYR_FATES = (("killed", _CYR_HARM["killed"] + r"|убил\w*|вбил\w*|смерт\w*|мертв\w*|утонул\w*|потонул\w*"),
              ("wounded", _CYR_HARM["wounded"] + r"|ранил\w*|поранил\w*|травм\w*|госпитализ\w*|госпіталіз\w*|больниц\w*|"
                                                 r"лікарн\w*|госпитал\w*|шпитал\w*"),
              ("missing", r"пропал\w*|пропавш\w*|безвест\w*|безвіст\w*|зникл\w*|зник"),
              ("held", r"задерж\w*|затрим\w*|арестова\w*|арештова\w*|заарештова\w*|плен\w*|полон\w*|похищ\w*|"
                       r"похитил\w*|викрад\w*|захвачен\w*|захоплен\w*"),
              # (not "спасатели", "спасательный": the rescuers, not the rescued)
              ("rescued", r"спас(?!ател)\w*|врятува\w*|врятован\w*|эвакуир\w*|эвакуаци\w*|евакуйов\w*|евакуюва\w*|евакуац\w*|"
                          r"освобожд\w*|освободил\w*|звільн\w*"),
              ("trapped", r"заблокир\w*|заблокова\w*|завал\w*"),
              # shot down or intercepted, as English "downed"; not "уничтожены"/"знищено" (destroyed, said of anything:
              # tanks, depots, soldiers)
              ("downed", r"сбит\w*|сбил\w*|сбива\w*|збит\w*|збил\w*|збива\w*|перехват\w*|перехвач\w*|перехопл\w*|"
                         r"перехопи\w*"))
_CYR_FATE_RES = [(fate, re.compile(r"(?<![\w-])(?:" + rx + r")(?![\w-])", re.I)) for fate, rx in _CYR_FATES]
#: The outcomes of people that set two counts apart: killed, wounded, missing, held (arrested, detained,
#: captured) and brought out (rescued, evacuated, freed). "Trapped" is no outcome but a stage ("nine miners
#: trapped …" / "nine miners rescued …" is one group's story), and so are held -> freed and missing -> rescued.
_OUTCOMES = frozenset({"killed", "wounded", "missing", "held", "rescued"})
_STAGES = frozenset({("held", "rescued"), ("rescued", "held"), ("missing", "rescued"), ("rescued", "missing")})
#: a number that says what a thing can hold, not what it held: "built to carry 140", "can seat 300", "a capacity of 50"
_CAPACITY = re.compile(r"\b(?:built|designed|made|able|licensed|certified|rated|meant)\s+(?:to\s+)?(?:carry|hold|take|seat|accommodate|house|for)\b|"
                       r"\b(?:can|could|to)\s+(?:carry|hold|seat|accommodate|house)\b|\bcapacity\b", re.I)


def count_fates(text: str) -> dict[int, frozenset[str]]:
    """{number: the fates told of what it counts, in its clause ("eight people were missing after …" -> {8: {"missing"}})}."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[int, frozenset[str]] = {}
    for m in re.finditer(r"(?<![\w.,:-])" + NUMBER + r"(?![\w-]|[.,:]\d)", head, re.I):
        v = number_value(m.group(1))
        if v is None or v < 2 or 1900 <= v <= 2100:
            continue
        clause = _clause_before(head, m.start(), 40)[-30:] + " " + _clause_after(head, m.end(), 60)
        fates = frozenset(fate for fate, rx in _FATE_RES if rx.search(clause))
        if fates:
            out[v] = out.get(v, frozenset()) | fates
    return out


#: A word that adds a count to another ("сбиты ещё 14", "також знищили 9", "another 14"): a second count, not the same one.
_CYR_ADDED = re.compile(r"(?<![\w-])(?:ещё|еще|ще|также|тоже|також|теж|дополнительно|додатково)(?![\w-])", re.I)


def _cyrillic_numbers(head: str) -> list[tuple[re.Match[str], bool]]:
    """Each number of a Russian or Ukrainian text (digits or words, :data:`figures._CYR_NUM`) and whether it counts
    something: not a day of a month (:data:`slots._CYR_DAY`, the first day of a night range too), a time ("в 3 часа",
    "за 24 часа", "о 5 годині") or a share ("40 %")."""

    days = [(m.start(), m.end()) for m in S._CYR_DAY.finditer(head)]
    out = []
    for m in re.finditer(r"(?<![\w'’.,:-])" + _CYR_NUM + r"(?![\w'’-]|[.,:]\d)", head, re.I):
        on = re.match(r"\s+на\s+", head[m.end(): m.end() + 8])
        dated = any(a <= m.start() < b for a, b in days) or bool(
            on and re.search(r"(?<![\w-])[сз]\s+$", head[max(0, m.start() - 3): m.start()], re.I)
            and S._CYR_DAY.match(head, m.end() + on.end()))   # "с 13 на 14 октября": 13 is a day too
        timed = bool(re.match(r"\s*(?:час\w*|год\w*|мин\w*|хв\w*|сут\w*|%|процент\w*|відсот\w*)", head[m.end(): m.end() + 12], re.I))
        out.append((m, not dated and not timed))
    return out


def cyrillic_count_fates(text: str) -> dict[int, frozenset[str]]:
    """{number: the fates told of what it counts} of a Russian or Ukrainian claim, as :func:`count_fates` reads an
    English one: each count of two or more (:func:`_cyrillic_numbers`: not a day, a year, a time or a share) not
    added to another (:data:`_CYR_ADDED`), and the fates of :data:`_CYR_FATES` in its clause (back to a stop or a
    comma, at most 80 characters before it and 60 after it)."""
    head = text[:S.SLOT_TEXT_CHARS]
    out: dict[int, frozenset[str]] = {}
    for m, counts in _cyrillic_numbers(head):
        v, vague = _cyr_value(m.group("n"))
        if not counts or v is None or vague or v < 2 or 1900 <= v <= 2100:
            continue
        before = head[max(0, m.start() - 80): m.start()]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind(". "))
        after = head[m.end(): m.end() + 60]
        stop = re.search(r"[,;:]|\. ", after)
        clause = (before[cut + 1:] if cut >= 0 else before) + " " + (after[: stop.start()] if stop else after)
        if _CYR_ADDED.search(before[cut + 1:] if cut >= 0 else before):
            continue   # "над Белгородской сбиты ещё 14": 14 more, not the 14 another claim tells
        fates = frozenset(fate for fate, rx in _CYR_FATE_RES if rx.search(clause))
        if fates:
            out[v] = out.get(v, frozenset()) | fates
    return out


def cyrillic_counted_values(text: str) -> frozenset[int]:
    """The counts of two or more a Russian or Ukrainian claim gives in words ("двоих", "трьох", "двадцать три"):
    digits are read by :func:`counted_numbers` in any script."""
    out = set()
    for m, counts in _cyrillic_numbers(text[:S.SLOT_TEXT_CHARS]):
        if counts and not m.group("n")[:1].isdigit():
            v, vague = _cyr_value(m.group("n"))
            if v is not None and not vague and v >= 2:
                out.add(v)
    return frozenset(out)


def cyrillic_not_counted(text: str) -> frozenset[int]:
    """The numbers a Russian or Ukrainian claim gives only as a day, a time or a share (:func:`_cyrillic_numbers`):
    "в ночь с 13 на 14 октября", "за 24 часа" count nothing, so :func:`counted_numbers` (which reads digits in
    any script but days only in English) must not keep them."""
    found = _cyrillic_numbers(text[:S.SLOT_TEXT_CHARS])
    counted = {_cyr_value(m.group("n"))[0] for m, counts in found if counts}
    return frozenset(v for m, counts in found if not counts and (v := _cyr_value(m.group("n"))[0]) is not None
                     and v not in counted)


#: A name: a capitalised word (Latin or Cyrillic), or a Russian or Ukrainian adjective made from one ("курской",
#: "украинских", "російських": the suffix -ск-/-цк-/-ськ-/-цьк-/-зьк- makes adjectives of places and peoples).
_CAPITAL = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][\w'’-]{2,}")
_NAME_ADJECTIVE = re.compile(r"(?<![\w'’-])[а-яёіїєґ]{2,}(?:ск|цк|ськ|цьк|зьк)(?:ий|ый|ой|ая|ое|ие|ые|их|ых|ого|ому|ом|ым|ими|ыми|ую|"
                             r"ої|а|е|і|у|им|ому|ою|ій)(?![\w'’-])", re.I)


def place_stems(text: str) -> frozenset[str]:
    """The names a claim gives (:data:`_CAPITAL` but the first word of the claim, :data:`_NAME_ADJECTIVE`), romanised
    (:func:`translit.to_latin`) and cut to four letters, so that one name meets itself across scripts and cases
    ("Курской", "Kursk"; "Харківщиною", "Kharkiv")."""
    head = text[:S.SLOT_TEXT_CHARS]
    out = set()
    for m in [*_CAPITAL.finditer(head), *_NAME_ADJECTIVE.finditer(head)]:
        if m.start() == 0 and m.group()[0].isupper():
            continue   # the claim's first word is capitalised whatever it is
        latin = re.sub(r"[^a-z]", "", to_latin(m.group()).lower())
        if len(latin) >= 4:
            out.add(latin[:4])
    return frozenset(out)


def places_or_sides_apart(a: str, b: str) -> bool:
    """Do both claims name something (:func:`place_stems`) and share no name? Then one count of one fate is told of
    two places or two sides ("над Курской областью сбиты 14" / "над Белгородской … 14"): two facts, not one."""
    na, nb = place_stems(a), place_stems(b)
    if na and nb and not na & nb:
        return True
    # whose things were counted: the name or name adjective right after the number ("14 украинских беспилотников" /
    # "14 російських дронів", "14 Ukrainian drones"), two owners are two tolls even where both claims name both
    oa, ob = _owners(a), _owners(b)
    return bool(oa and ob and not oa & ob)


def _owners(text: str) -> frozenset[str]:
    head = text[:S.SLOT_TEXT_CHARS]
    out = set()
    for m in re.finditer(r"(?<![\w.,:-])(?:\d+|" + CYRILLIC_NUMBER + r"|" + NUMBER + r")\s+", head, re.I):
        word = re.match(r"[\w'’-]+", head[m.end(): m.end() + 40])
        if word and (word.group()[0].isupper() or _NAME_ADJECTIVE.fullmatch(word.group())):
            latin = re.sub(r"[^a-z]", "", to_latin(word.group()).lower())
            if len(latin) >= 4:
                out.add(latin[:4])
    return frozenset(out)


def fates_apart(fa: "ClaimFeatures", fb: "ClaimFeatures") -> int | None:
    """A number both claims give, each of a fate the other does not tell of it ("eight were missing" /
    "eight died"): the same number of two different things, neither one figure nor two accounts of it."""
    for v in sorted(set(fa.fates) & set(fb.fates)):
        oa, ob = fa.fates[v] & _OUTCOMES, fb.fates[v] & _OUTCOMES
        if oa and ob and not oa & ob and not any((x, y) in _STAGES for x in oa for y in ob):
            return v
    return None


#: A count of what one hospital, morgue or team took in ("her staff received 22 bodies", "the hospital admitted 40
#: wounded"): a part of the toll, which a larger toll of the whole happening does not dispute.
_INTAKE = re.compile(r"\b(?:received|admitted|treated|took in|taken in|brought in)\s+(?:some |about |at least |nearly |"
                     r"more than |over )?" + NUMBER + r"\b", re.I)


def intake_counts(text: str) -> frozenset[int]:
    """The numbers a claim gives as one place's intake (:data:`_INTAKE`), in its first ``SLOT_TEXT_CHARS``."""
    out = set()
    for m in _INTAKE.finditer(text[:S.SLOT_TEXT_CHARS]):
        v = number_value(m.group(1))
        if v is not None:
            out.add(v)
    return frozenset(out)


#: A count of children ("31 children", "five young pupils' ... ": up to two words between) and the fate words read at it.
_CHILD_COUNT = re.compile(r"(?<![\w-])" + NUMBER + r"\s+(?:[\w'’-]+\s+){0,2}?" + _CHILD + r"\b", re.I)
_CHILD_HURT = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt)\b", re.I)
_CHILD_MOVED = re.compile(r"\b(?:evacuated|taken|moved|relocated|brought|sent|transferred|bussed|carried)\b", re.I)
#: Words after a count of children that end the stretch its fate is read in: another clause, or another phrase.
_FATE_STRETCH_END = _OTHER_CLAUSE | {"and", "but"}


def child_count_fates(text: str) -> dict[int, str]:
    """{count: "hurt" | "moved"} for the counts of children a claim gives, read at each count: the first fate word in
    the ten words after it in its sentence (up to a word that opens another clause), else the last one before it in
    its sentence ("eight people were hurt ..., among them three children"). A count with no fate word is left out."""
    out: dict[int, str] = {}
    text = text[:S.SLOT_TEXT_CHARS]
    for m in _CHILD_COUNT.finditer(text):
        v = number_value(m.group(1))
        if v is None or v in out:
            continue
        after = re.split(r"[.;:]", text[m.end(): m.end() + 100], maxsplit=1)[0]
        words = re.findall(r"[\w'’-]+", after)[:10]
        fate = None
        for w in words:
            if w.lower() in _FATE_STRETCH_END:
                break
            if _CHILD_HURT.fullmatch(w) or _CHILD_MOVED.fullmatch(w):
                fate = "hurt" if _CHILD_HURT.fullmatch(w) else "moved"
                break
        if fate is None:
            before = re.split(r"[.;:]", text[max(0, m.start() - 100): m.start()])[-1]
            last = list(re.finditer(_CHILD_HURT.pattern + "|" + _CHILD_MOVED.pattern, before, re.I))
            if last:
                fate = "hurt" if _CHILD_HURT.fullmatch(last[-1].group(0)) else "moved"
        if fate is not None:
            out[v] = fate
    return out

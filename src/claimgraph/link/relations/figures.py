"""Casualty and evacuation figures (the dead, the wounded, combatants and children killed, the evacuated),
with their bounds ("at least 87"), estimates ("about 500"), ranges ("from 12 to 40"), the group each counts
("40 prisoners") and the territory it counts over; figures in Russian and Ukrainian; times of day.
"""

from __future__ import annotations

import re

from .. import slots as S
from ..numbers import CYRILLIC_NUMBER, NUMBER, cyrillic_number_value, number_value
from .frames import acts_of
from .words import predicate_kinds, predicate_stem

_KILLED = r"(?:killed|dead|died|deaths?|lives|bodies|eliminated|destroyed|perished|fatalities)"
_WOUNDED = r"(?:wounded|injured|hurt|injuries)"
_COMBATANT = r"(?:militants?|soldiers?|servicemen|fighters?|troops|combatants?|mercenaries)"
_CHILD = r"(?:children|kids|orphans|minors|boys|girls)"
_FIG = re.compile(r"(?<![\w-])" + NUMBER + r"\b(?=((?:\s+[\w'’-]+,?){0,8}))", re.I)
_TOLL = re.compile(r"\b(?:death )?toll\b[^.;:]{0,90}?\b(?:of|to|at|rose to|rises to|has risen to|reached|stands at)\s+(?:at least |up to )?"
                   + NUMBER + r"\b(?![.,:]\d)(?!\s*(?:%|(?:per ?cent|percent|years?|days?|hours?|km|kilomet\w*|metres?|meters?)\b))", re.I)
#: Another's figure restated ("disputed the ministry's toll of 40"): a possessive source before the
#: toll, or a verb questioning it; a place's own toll ("Kyiv's death toll rose to 9") is the claim's.
_OTHERS_TOLL = re.compile(
    r"(?:\b(?:ministry|authorities|officials?|government|police|army|military|agency|council|administration|service|"
    r"office|commission|committee|mission|un|kremlin)['’]s?"
    r"|\b(?:disputed?|disputing|question(?:ed|ing)?|reject(?:ed|ing)?|dismiss(?:ed|ing)?|challeng(?:ed|ing)?|doubt(?:ed|ing)?)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)"
    r"\s+(?:(?:official|initial|earlier|own|latest)\s+)?(?:death\s+)?$", re.I)
SLOT_LABEL = {"killed": "casualty figure", "wounded": "wounded figure", "combatants killed": "combatants killed",
              "evacuated": "number evacuated",
              "children": "number of children", "children killed": "children killed"}


#: The largest count a claim is read to give; longer digit runs are identifiers, not counts.
MAX_COUNT = 100000


def _too_large(v: int, written: str) -> bool:
    """A digit run above :data:`MAX_COUNT` is an identifier; a number in words ("five hundred thousand") is a
    count however large, read whole (:data:`numbers.NUMBER`), so it is compared, not dropped."""
    return v > MAX_COUNT and written[:1].isdigit()


#: A figure said to be a bound: "at least 87 injured" is compatible with "over 100", not with "60".
_BOUND = re.compile(r"\b(?P<b>at least|more than|over|in excess of|upwards of|as many as|up to|fewer than|less than|"
                    r"at most|no more than)\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
_LOWER_BOUNDS = {"at least", "more than", "over", "in excess of", "upwards of"}


#: Bounds that leave their own number out: "more than 30" is not 30.
_STRICT_BOUNDS = {"more than", "over", "in excess of", "upwards of", "fewer than", "less than"}


def strict_bounds(text: str, figs: dict[str, int]) -> set[str]:
    """The slots of :func:`figures` that the claim gives as a bound leaving the number out ("more than 30")."""
    said: dict[int, bool] = {}
    for m in _BOUND.finditer(text):
        v = number_value(m.group("n"))
        if v is not None:
            said.setdefault(v, m.group("b").lower() in _STRICT_BOUNDS)
    return {slot for slot, v in figs.items() if said.get(v)}


def one_figure(bx: str | None, by: str | None, strict: bool) -> bool:
    """Do two equal figures, each exact or a bound, state one fact? The same bound twice, or an exact
    figure and a bound that includes it ("killed 16" / "at least 16"); not "more than 30" and "30",
    nor "more than 30" and "as many as 30"."""
    return bx == by or ((bx is None or by is None) and not strict)


#: Casualty and evacuation figures in Russian and Ukrainian ("пострадали 14 человек", "23 людини
#: загинули", "погибли трое", "кількість загиблих зросла до трьох", "пострадавших нет"): the number is
#: language-free, so a count told in two languages is one figure, and two counts of one slot differ as in English.
_CYR_SLOTS = (("killed", r"погиб\w*|убит\w*|загинул\w*|загинув|загибл\w*|вбит\w*|жертв\w*"),
              ("wounded", r"ранен\w*|пострадал\w*|пострадавш\w*|поранен\w*|постраждал\w*|постраждав|травмирован\w*|травмован\w*"),
              ("evacuated", r"эвакуирова\w*|евакуйова\w*|евакуюва\w*|вывезл\w*|вывезен\w*|вивезл\w*|вивез|вивезен\w*"))
#: Who a count counts: anyone (people, residents), or a group of them by role (the English group it is, for
#: the guards of :func:`decision._relate`: fewer of a group than of anyone both hold; two groups are two counts).
_CYR_GROUPS = (("civilian", r"мирн\w+\s+(?:жител\w*|мешкан\w*|люд\w*)|цивільн\w*|мирн\w+"),
               ("", r"человек\w*|люд\w*|осіб|особи|особа|жител\w*|мешкан\w*|горожан\w*"),
               ("passenger", r"пассажир\w*|пасажир\w*"), ("miner", r"горняк\w*|шахт[её]р\w*|шахтар\w*|гірник\w*"),
               ("worker", r"сотрудник\w*|працівник\w*|рабоч\w+|робітник\w*"), ("children", r"дет(?:и|ей|ям|ьми)|діт(?:и|ей|ям|ьми)"),
               ("soldier", r"военнослужащ\w*|військовослужбов\w*|солдат\w*|бойц\w*|бійц\w*"),
               ("rescuer", r"спасател\w*|рятувальник\w*"), ("police", r"полицейск\w*|поліцейськ\w*"))
_CYR_PEOPLE = r"(?P<who>" + "|".join(rx for _g, rx in _CYR_GROUPS) + r")"
#: A bound or an estimate before the number: lower ("более 60", "понад 60", "не менее"), upper ("до 40", "не более"),
#: about ("около", "близько"). "более"/"свыше"/"понад" leave their number out ("more than 60" is not 60).
_CYR_LOWER = ("более", "больше", "свыше", "не менее", "не меньше", "по меньшей мере", "как минимум", "понад", "більше",
              "щонайменше", "не менше", "принаймні", "як мінімум")
_CYR_UPPER = ("до", "не более", "не больше", "не більше", "менее", "меньше", "менше", "максимум")
_CYR_ABOUT = ("около", "примерно", "приблизно", "близько", "порядка", "почти", "майже")
_CYR_STRICT = {"более", "больше", "свыше", "понад", "більше", "менее", "меньше", "менше"}
_CYR_QUAL = (r"(?P<q>" + "|".join(sorted(map(re.escape, _CYR_LOWER + _CYR_UPPER + _CYR_ABOUT), key=len, reverse=True))
             + r")?\s*")
#: A count: digits (with spaced thousands, never begun at a later group of a number: a head of spaced digit groups
#: would otherwise be tried from each group, a quadratic search), number words (numbers.CYRILLIC_NUMBER), or a
#: vague plural of tens, hundreds, thousands ("десятки человек": at least 20, never one exact figure).
_CYR_VAGUE = {"десятк": 20, "сотн": 200, "сотен": 200, "тысяч": 2000, "тисяч": 2000}
#: The singular of those nouns is one ten, one hundred, one thousand ("сотне раненых", "более десятка погибших",
#: "тысячу человек"): a number, as English "a hundred" is. "сотни"/"тысячи" after a bound or an estimate is that
#: singular in the genitive ("около сотни": about a hundred, :func:`_cyr_value`); without one it is the plural, vague.
_CYR_ONE_SCALE = re.compile(r"(?:десят(?:ок|ка|ку|ком)|сотн(?:я|ю|е|ей|ею)|тысяч(?:а|у|е|ей|ею)|тисяч(?:а|у|ею))", re.I)
_CYR_ONE_SCALE_VALUE = {"д": 10, "с": 100, "т": 1000}
_CYR_NUM = (r"(?P<n>(?<!\d[ \u00a0])\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?![\d.,:]\d)|" + CYRILLIC_NUMBER
            + r"|(?:десятк|сотн|сотен|тысяч|тисяч)\w*)")
#: A word between a figure and its verb: never another number, a conjunction or another slot's verb
#: ("погибли 3 и пострадали 14 человек": 14 is the injured, not the dead).
_CYR_CONJ = r"и|і|й|та|а|но|але|или|або"
_CYR_GAP = (r"\s+(?!(?:" + _CYR_CONJ + r")(?![\w-]))(?!(?:" + "|".join(v for _, v in _CYR_SLOTS) + r"))(?![\w-]*\d)[\w'’-]+")
#: Wounds, not the wounded ("получил 2 ранения", "отримав 3 поранення"): never a figure of people.
_CYR_WOUNDS = r"(?:ранени[йяеюи]\w*|поранен(?:ня|нь|ням|нями|нях)(?![\w-]))"
#: Collective numbers ("двое", "троих", "п'ятеро"): they count people, with no noun of their own.
_CYR_COLLECTIVE = r"(?:дво|тро)(?:е|є|их)|(?:четвер|пятер|п['’]ятер|шестер|семер|восьмер|девятер|дев['’]ятер|десятер)(?:о|ых)"
#: A number right after its verb with no noun of its own ("погибли 4 и …", "загинули троє"): it counts people.
_CYR_BARE_END = r"(?=\s*(?:$|[,.;:!?)»—–]|\s(?:и|і|й|та|а|ещё|еще|ще)\s))"
_CYR_FIGURES = [(slot, rx) for slot, verb in _CYR_SLOTS for rx in (
    re.compile(r"(?<![\w-])(?:" + verb + r")(?:" + _CYR_GAP + r"){0,3}?\s+" + _CYR_QUAL + _CYR_NUM + r"\s+" + _CYR_PEOPLE, re.I),
    re.compile(r"(?<![\w-])" + _CYR_QUAL + _CYR_NUM + r"\s+(?:[\w'’-]+\s+)?" + _CYR_PEOPLE + r"(?:" + _CYR_GAP + r"){0,2}?\s+(?:" + verb + r")", re.I),
    re.compile(r"(?<![\w-])(?:" + verb + r")\s+" + _CYR_QUAL + _CYR_NUM + _CYR_BARE_END, re.I),
    # a collective number before its verb ("п'ятеро поранені", "трое погибли"): it counts people
    re.compile(r"(?<![\w'’-])(?P<q>)(?P<n>" + _CYR_COLLECTIVE + r")\s+(?:" + verb + r")", re.I),
    # the toll as a number reached ("число погибших возросло до 8", "кількість загиблих … зросла до трьох")
    re.compile(r"(?<![\w-])(?:число|количество|кількість|число)\s+(?:" + verb + r")[^.;:]{0,80}?\s(?:возросл\w*|вырос\w*|увеличил\w*|"
               r"достигл\w*|составил\w*|составляет|зросл\w*|зріс|збільшил\w*|сягнул\w*|становить|склал\w*)\s+(?:до\s+)?"
               + _CYR_QUAL.replace("(?P<q>", "(?P<q>(?!до\\s)") + _CYR_NUM + r"(?![\w'’])", re.I))]
#: The number right before the word of its fate, which names the people itself ("о 30 погибших", "десятки загиблих",
#: "понад 100 поранено", "сотне раненых"): Russian and Ukrainian make the participle a noun, where English writes
#: "30 dead". Tried after the patterns above, and only where :func:`_fate_counts_people` holds. Never a year ("в 2022
#: погибли") nor wounds ("2 ранения"); never a number inside another (the minutes of "14:30", "9.08", a later group
#: of digits) nor a house's ("№ 5"); never the fate denied after it ("№ 5 пострадавших нет": no one, read by
#: :data:`_CYR_NONE` where the noun opens its clause).
_CYR_BEFORE_FATE = [(slot, re.compile(
    r"(?<![\w'’-])" + _CYR_QUAL + r"(?!(?:19|20)\d\d(?!\d))(?<!\d[:.,\s])(?<!№)(?<!№\s)" + _CYR_NUM
    + r"\s+(?!" + _CYR_WOUNDS + r")(?P<fate>" + verb + r")(?![\w'’-])(?!\s+(?:нет|немає|нема|не)(?![\w'’-]))", re.I))
    for slot, verb in _CYR_SLOTS]
_CYR_FIGURES += _CYR_BEFORE_FATE   # each slot keeps its first figure, so the order across slots does not matter
_BEFORE_FATE_RX = {rx for _slot, rx in _CYR_BEFORE_FATE}
#: No one of a slot ("никто не погиб", "ніхто не постраждав", "пострадавших нет", "загиблих немає"): the figure 0
#: (not "о пострадавших нет данных": the noun opens its clause).
_CYR_NONE = [(slot, re.compile(r"(?:(?<![\w-])(?:никто|ніхто)\s+(?:не\s+)(?:" + verb + r")"
                               r"|(?:^|[,.;:—–]\s*|(?<![\w-])(?:и|і|та|а|но|але)\s+)(?:" + verb + r")\s+(?:нет|немає|нема|не было|не було)(?![\w-]))", re.I))
             for slot, verb in _CYR_SLOTS]


#: Civilians, however the count names them ("мирных жителей", "мирних мешканців", "цивільних").
_CYR_CIVILIAN = re.compile(r"(?<![\w-])(?:мирн|цивільн)\w*", re.I)
#: The injured named as a noun ("пострадавших", "раненых", "постраждалих"), and being taken to hospital: a count
#: of the injured taken somewhere is not the count of the injured (mend of review cyrlink14 M3).
_CYR_INJURED_NOUN = re.compile(r"(?<![\w-])(?:пострадавш\w*|постраждал(?:их|им|ими|і)|ранен(?:ых|ым|ыми|ые)|поранен(?:их|им|ими))(?![\w-])", re.I)
_CYR_TAKEN = re.compile(r"(?<![\w-])(?:госпитализ\w*|госпіталізов\w*|доставл\w*|достав(?:или|лено|или|ить)|доправ\w*|"
                        r"больниц\w*|лікарн\w*|госпитал[ьея]\w*|госпітал[ьюі]\w*|медучрежд\w*|медзаклад\w*)(?![\w-])", re.I)


_NEXT_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,3}")


def _fate_counts_people(head: str, m: re.Match[str]) -> bool:
    """Does a match of :data:`_CYR_BEFORE_FATE` count people? Its word of fate must be plural or the impersonal
    form ("погибших", "загиблих", "поранено"; not one man's "квартиры 14 погибшего"), and must not qualify a thing
    or others after it ("40 пострадавших домов", "у 3 постраждалих районах", "к 9 погибшим героям"): the first
    word after it and its adjectives (pymorphy3) is a noun only if it is people (:data:`_CYR_PEOPLE`); a
    conjunction joins more of the harmed ("загиблих та поранених"). The language is the one the letters say,
    both where they say neither (a short Ukrainian claim may have no і); a word is read in the languages that
    know it, and is a noun if one of them reads it so. "семью" is a number only where the fate agrees with it in
    the instrumental ("семью погибшими"); otherwise it is the family ("поддержать семью погибших")."""
    from ...extract.cyrillic.models import parses   # extract comes before link
    from ...extract.language import RUSSIAN_LETTERS, UKRAINIAN_LETTERS
    ru, uk = bool(RUSSIAN_LETTERS.search(head)), bool(UKRAINIAN_LETTERS.search(head))
    langs = ("ru",) if ru and not uk else ("uk",) if uk and not ru else ("ru", "uk")
    fate = m.group("fate").lower()
    if not any("plur" in p.tag or "Impe" in p.tag or ("neut" in p.tag and p.tag.POS in ("PRTS", "VERB"))
               for lang in langs for p in parses(lang, fate)):
        return False
    if m.group("n").lower() == "семью" and not fate.endswith(("ими", "ыми")):
        return False
    after = _NEXT_WORDS.match(head, m.end())
    for word in after.group().split() if after else ():
        if re.fullmatch(_CYR_CONJ, word, re.I) or re.fullmatch(_CYR_PEOPLE, word, re.I):
            return True
        firsts = [read[0] for lang in langs if (read := parses(lang, word.lower()))]
        pos = {p.tag.POS for p in firsts if p.is_known} or {p.tag.POS for p in firsts}
        if "NOUN" in pos:
            return False
        if not pos <= {"ADJF", "PRTF"}:
            return True
    return True


def _cyr_value(n: str, bounded: bool = False) -> tuple[int | None, bool]:
    """(value, vague) of a count :data:`_CYR_NUM` matched; ``bounded``: a bound or an estimate stands before it,
    which governs the genitive singular ("около сотни", "более тысячи", "понад сотні": about a hundred)."""
    low = n.lower()
    if _CYR_ONE_SCALE.fullmatch(low) or (bounded and low in ("сотни", "тысячи", "сотні", "тисячі")):
        return _CYR_ONE_SCALE_VALUE[low[0]], False
    for stem, v in _CYR_VAGUE.items():
        if low.startswith(stem):
            return v, True
    return cyrillic_number_value(n), False


def cyrillic_figures(text: str, groups: dict[str, str] | None = None,
                     strict: set[str] | None = None) -> tuple[dict[str, int], dict[str, str], set[str]]:
    """({slot: value}, {slot: "lo" | "hi"}, slots given as estimates) for the casualty and evacuation figures
    of a Russian or Ukrainian claim: the first per slot, the number next to its people and its verb; 0 where
    the claim says no one was ("пострадавших нет"). ``groups`` and ``strict``, when given, are filled with the
    group a figure counts ("worker") and the slots whose bound leaves its number out ("более 60")."""
    figs: dict[str, int] = {}
    bounds: dict[str, str] = {}
    approx: set[str] = set()
    head = text[:S.SLOT_TEXT_CHARS]
    for slot, rx in _CYR_FIGURES:
        if slot in figs:
            continue   # the first per slot: its other pattern is not searched
        if rx in _BEFORE_FATE_RX:
            m = next((m for m in rx.finditer(head) if _fate_counts_people(head, m)), None)
        else:
            m = rx.search(head)
        if m is None:
            continue
        if slot == "wounded" and _CYR_INJURED_NOUN.search(m.group()) and _CYR_TAKEN.search(head):
            continue   # "трое пострадавших доставлены в больницу": how many of the injured were taken, not how many
        value, vague = _cyr_value(m.group("n"), bool(m.group("q")))
        if value is None:
            continue
        figs[slot] = value
        q = " ".join((m.group("q") or "").lower().split())
        if q in _CYR_ABOUT:
            approx.add(slot)
        elif q or vague:
            bounds[slot] = "hi" if q in _CYR_UPPER else "lo"
            if strict is not None and q in _CYR_STRICT:
                strict.add(slot)
        who = (m.groupdict().get("who") or "").lower()
        group = next((g for g, grx in _CYR_GROUPS if who and re.fullmatch(grx, who, re.I)), "")
        if _CYR_CIVILIAN.search(m.group()):
            group = "civilian"   # "2 мирных жителя": civilians, a group of their own, not anyone (mend of review cyrlink14 M2)
        if group and groups is not None:
            groups[slot] = group
    for slot, rx in _CYR_NONE:
        if slot not in figs and rx.search(head):
            figs[slot] = 0
    return figs, bounds, approx


_CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]{3}")


#: An estimate: "about 500", "roughly 300", "an estimated 2,000", "close to 40".
_APPROX = re.compile(r"\b(?:about|around|roughly|approximately|some|an estimated|estimated|close to|nearly|almost|"
                     r"just (?:over|under))\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", re.I)
#: Two figures one of which is an estimate: within this share of the larger, one figure told twice
#: ("about 500" / "480"); within APPROX_WIDE, neither one figure nor two ("about 500" / "420").
APPROX_SAME = 0.1
APPROX_WIDE = 0.25


def approximate(text: str, figs: dict[str, int]) -> set[str]:
    """The slots of :func:`figures` that the claim gives as an estimate ("about 500 were evacuated"):
    the marker governs the number right after it only, so a figure whose number the claim also gives
    unmarked ("about 40 homes were destroyed and 40 people died") is not taken as an estimate."""
    marked: set[int] = set()   # where a marked number starts
    said: set[int] = set()
    for m in _APPROX.finditer(text):
        v = number_value(m.group("n"))
        if v is not None:
            said.add(v)
            marked.add(m.start("n"))
    plain = {v for m in re.finditer(r"(?<![\w,.])\d[\d,]*\b", text)
             if m.start() not in marked and (v := number_value(m.group())) is not None}
    return {slot for slot, v in figs.items() if v in said and v not in plain}


def figure_bounds(text: str, figs: dict[str, int]) -> dict[str, str]:
    """{slot: "lo" | "hi"} for the figures of :func:`figures` that the claim gives as a bound."""
    said: dict[int, str] = {}
    for m in _BOUND.finditer(text):
        v = number_value(m.group("n"))
        if v is not None:
            said.setdefault(v, "lo" if m.group("b").lower() in _LOWER_BOUNDS else "hi")
    return {slot: said[v] for slot, v in figs.items() if v in said}


def _compatible(x: int, bx: str | None, y: int, by: str | None) -> bool:
    """Can two figures, each exact or a bound, count the same thing? ("at least 87" and "over 100": yes)."""
    lx, hx = (x, float("inf")) if bx == "lo" else (0, x) if bx == "hi" else (x, x)
    ly, hy = (y, float("inf")) if by == "lo" else (0, y) if by == "hi" else (y, y)
    return max(lx, ly) <= min(hx, hy)


_RANGE = re.compile(r"\b(?:rang(?:ing|ed|e) )?(?:from|between) " + NUMBER + r" (?:to|and) " + NUMBER + r"\b", re.I)


def ranges(text: str) -> dict[str, tuple[int, int]]:
    """{slot: (low, high)} for figures given as a range ("tolls ranging from 12 to 40 dead")."""
    out: dict[str, tuple[int, int]] = {}
    for m in _RANGE.finditer(text):
        lo, hi = number_value(m.group(1)), number_value(m.group(2))
        if lo is None or hi is None or lo >= hi or hi > MAX_COUNT:
            continue
        slot = figures(m.group(2) + text[m.end():]).keys()
        for k in slot:
            out.setdefault(k, (lo, hi))
            break
    return out


#: A verb of killing or wounding before the count: "killed up to 60 fighters", "injured more than 30" ("left
#: 12 people dead" is handled by the count-first pattern; this is the verb-first one); not "the wounded"
#: (a noun: "took the wounded 40 kilometres").
_COUNT_AFTER_VERB = re.compile(r"(?<!\bthe )(?<!\ba )\b(?P<verb>killed|killing|kills|eliminated|eliminating|destroyed|injured|"
                               r"injuring|injures|wounded|wounding|wounds)\s+(?:up to |at least |about |some |more than |nearly |"
                               r"almost |around |over |close to |closer to |roughly |approximately |an estimated )?"
                               + NUMBER.replace("(", "(?P<n>", 1) + r"\b(?!-)(?=(?P<what>(?:\s+[\w'’-]+,?){0,3}))", re.I)
#: A unit after a number: a distance, a duration or a share, not a count.
_UNIT_AFTER = re.compile(r"\s*(?:st|nd|rd|th|km|kilomet\w*|metres?|meters?|miles?|percent|%|per cent|:\d|am|pm|hours?|days?|months?|years?|"
                         r"minutes?)\b", re.I)


_HHMM = r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])"
#: A time of day only where the words say so: "at 02:50", "reading 02:48", "04:10 local time",
#: "the 04:10 timing" — not a scale ("1:50") or a score.
_CLOCK = re.compile(r"(?:\b(?:at|around|about|by|until|till|before|after|since|reading)\s+(?:about\s+|around\s+)?" + _HHMM + r")"
                    r"|(?:" + _HHMM + r"(?=\s*(?:local time|gmt|utc|[ap]\.?m\b|hours\b|hrs\b|timing\b|time\b)))", re.I)


#: An hour written as reporters say it: "3 am", "11 p.m.", "two o'clock in the morning".
_HOUR_WORDS = re.compile(r"(?<![\w:.])(?P<h>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                         r"(?:\s*(?P<ampm>[ap])\.?m\b\.?|\s+o['’]clock(?:\s+(?P<part>in the morning|at night|in the afternoon|"
                         r"in the evening))?)", re.I)


def _clock_matches(text: str) -> list[tuple[int, int]]:
    """(minutes after midnight, end offset) of each time of day in the text."""
    return [(t, end) for t, _start, end in _clock_spans(text)]


def _clock_spans(text: str) -> list[tuple[int, int, int]]:
    """(minutes after midnight, start offset, end offset) of each time of day in the text."""
    out = []
    for m in _CLOCK.finditer(text):
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append((int(h) * 60 + int(mi), m.start(), m.end()))
    for m in _HOUR_WORDS.finditer(text):
        h = number_value(m.group("h"))
        if h is None:
            continue
        later = (m.group("ampm") or "").lower() == "p" or (m.group("part") or "").lower() in ("in the afternoon", "in the evening")
        night = (m.group("part") or "").lower() == "at night"
        h = h % 12 + (12 if later or (night and h >= 6) else 0)
        out.append((h * 60, m.start(), m.end()))
    return out


def clock_times(text: str) -> list[int]:
    """Times of day, in minutes after midnight ("at 02:50", "04:10 local time", "shortly before 3 am",
    "at two o'clock in the morning")."""
    return [t for t, _end in _clock_matches(text)]


#: After a time, in its clause: the time is someone else's, or the claim says it does not hold
#: ("the 04:10 timing given by Dagor is not supported by the seismic record").
_DISOWNED_TIME = re.compile(r"^[^.;,]{0,40}?\b(?:(?:given|claimed|cited|stated|announced) by|is not supported|"
                            r"(?:is|was) (?:false|wrong|incorrect|untrue))\b", re.I)


def own_times(text: str) -> list[int]:
    """The times of day the claim itself gives (:func:`clock_times` without those it attributes to
    another or says do not hold)."""
    return [t for t, end in _clock_matches(text) if not _DISOWNED_TIME.match(text[end: end + 80])]


#: A verb in the past, regular ("was detected", "raided") or of the common irregular ones ("cut", "struck"), read in
#: the claim's own case (a capitalised name, "Dresden", is no verb) and in "-en" only as a known participle (not
#: "children", "garden", "eleven").
_PAST_VERB = re.compile(r"(?<![\w-])(?:[a-z]{2,}ed|taken|broken|fallen|driven|stolen|beaten|shaken|frozen|hidden|"
                        r"written|given|ridden|sunken|begun|began|struck|hit|cut|sank|sunk|fell|broke|took|went|came|shot|"
                        r"blew|left|set|burst|caught|flew|lost|ran|sent|shut|spread|swept|threw|tore|stood|rose|led|put|lit|"
                        r"made|held|found|seen|saw|heard|brought)(?![\w-])")
#: Verbs that date a report or the finding of the act, not the act ("the fire was reported at 01:10", "the leak was
#: detected at 03:20"): such a time is compared only with another of its kind.
_REPORT_VERBS = frozenset({"reported", "announced", "confirmed", "notified", "alerted", "detected", "discovered",
                           "noticed", "spotted"})
#: Where a time's clause begins or ends.
_CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:said|says|that|and|but|after|before|when|while|until)\b", re.I)


def _clause_before(text: str, start: int, reach: int = 80) -> str:
    """The words of ``start``'s clause before it: the ``reach`` characters before ``start``, from the last clause
    edge (:data:`_CLAUSE_EDGE`) among them."""
    before = text[max(0, start - reach): start]
    edges = list(_CLAUSE_EDGE.finditer(before))
    return before[edges[-1].end():] if edges else before


def timed_acts(text: str) -> list[tuple[int, str | None]]:
    """(minutes after midnight, the kinds of act done at that time, "/"-joined) of each time of day the claim itself
    gives (:func:`own_times`): the past verb nearest before the time in its clause, else the first after it, told as
    the kinds of act it is of (:func:`frames.acts_of` and the synonym groups of :data:`words.PREDICATE_KINDS`:
    "struck" / "hit" are one strike, "collapsed" / "burst" one collapse); None (any act) where the verb has no known
    kind ("stormed", "went down", "was detected"), where the clause has none, or where the verb read is no verb.
    Two times are told apart as the times of two acts only where both acts are known and share no kind
    ("the dam collapsed at 14:10" / "the town was flooded at 16:30"); an unknown act never splits them, so a
    misread verb can only leave a dispute over when one act happened in place, never turn it into agreement."""
    out: list[tuple[int, str | None]] = []
    for t, start, end in _clock_spans(text):
        if _DISOWNED_TIME.match(text[end: end + 80]):
            continue
        verb = _verb_at(text, start, end)
        kinds = (acts_of(verb) | predicate_kinds(frozenset({predicate_stem(verb)}))) if verb else set()
        if verb in _REPORT_VERBS:
            kinds = {"report"}
        elif verb and _responds(text, verb):
            kinds = {"response"}
        out.append((t, "/".join(sorted(kinds)) if kinds else None))
    return out


#: What may stand before a phrase that opens its clause: nothing, or its preposition ("On 25 August, …").
_OPENING = re.compile(r"\W*(?:(?:early|late|on|at|in|since|from|by|and)\W+)*", re.I)


def _verb_at(text: str, start: int, end: int, opening: bool = False) -> str | None:
    """The past verb that dates [start, end) of ``text``: the nearest before it in its clause, else the first after it.
    With ``opening``, a comma right after a phrase that opens its clause ("On 25 August, a court charged …") does not
    end the clause the phrase dates."""
    before = _clause_before(text, start)
    after = text[end: end + 80]
    if opening and _OPENING.fullmatch(before):
        after = re.sub(r"^[^,;:.]{0,20}?,\s*", " ", after, count=1)   # ("On 25 August, …", "Friday night, …")
    cut = _CLAUSE_EDGE.search(after)
    after = after[: cut.start()] if cut else after
    verbs = _PAST_VERB.findall(before)
    return verbs[-1] if verbs else next(iter(_PAST_VERB.findall(after)), None)


#: A progressive verb (or a noun of action) before a day in its clause, where no past verb dates it ("have been
#: coughing since Tuesday", "the shelling on Sunday").
_ING = re.compile(r"(?<![\w-])([a-z]{3,}ing)(?![\w-])")


def _dated(text: str, day_words: str) -> tuple[str, frozenset[str]] | None:
    """(the verb that dates the day ``day_words`` of ``text``, its kinds of act): what :func:`dated_act` and
    :func:`dated_step` both read, found once."""
    at = text.find(day_words) if day_words else -1
    if at < 0:
        return None
    if re.search(r"\bsince\s+(?:the\s+)?$", text[max(0, at - 12): at], re.I):
        return None   # "held since 2 June" dates the act that began a state (seized): any act
    text = re.sub(r"(?<=\d):(?=\d)", ".", text)   # (a clock's colon, "came at 23:50 on Saturday", ends no clause)
    verb = _verb_at(text, at, at + len(day_words), opening=True)
    if verb is None:
        progressive = _ING.findall(_clause_before(text, at))
        verb = progressive[-1] if progressive else None
    if verb is None:
        return None
    if verb in _REPORT_VERBS:
        return verb, frozenset({"report"})
    return verb, _verb_kinds(verb)


def dated_act(text: str, day_words: str) -> frozenset[str] | None:
    """What was done on the day ``day_words`` of ``text`` names (the "day" slot's words): the kinds of act of the past
    verb that dates it (:func:`_verb_at`: :func:`frames.acts_of` and :data:`words.PREDICATE_KINDS`), else that verb's
    own stem ("boarded" -> "board", "docked" -> "dock"); a report's day is "report" ("reported on Sunday"). None where
    the day is not found or no verb dates it: an unknown act. Two days are the days of two acts where both acts are
    known and share nothing ("the trawler was boarded on Tuesday" / "was towed into port on Thursday" / "the skipper
    was charged on 19 May"): when each step of a story happened, not two accounts of when one did."""
    found = _dated(text, day_words)
    return found[1] if found else None


#: The response to a happening, a step of its own after it, whatever the happening: a fire put out, bodies or wreckage
#: recovered, people rescued, power or a service restored, a road or a station reopened, work resumed. The day or the
#: time it is told for dates the response, not the happening ("the bridge fell at 06:40" / "divers recovered the body
#: at 15:00"); two responses of one kind are still compared.
_RESPONSE = re.compile(r"(?:extinguished|doused|recovered|retrieved|rescued|restored|repaired|reopened|resumed)")


def _responds(text: str, verb: str) -> bool:
    """Is ``verb`` (a past verb of ``text``) a response to the happening (:data:`_RESPONSE`, or "put out")?"""
    return bool(_RESPONSE.fullmatch(verb) or (verb == "put" and re.search(r"\bput\s+(?:it\s+|them\s+)?out\b", text)))


#: Steps taken after an act, against it or its doers, that are clearly not the act itself: a court's or the police's
#: (charged, arrested, sentenced), a release, a report, and the response (:func:`_responds`). Only these split two
#: days (:func:`dated_step`): synonyms,
#: phrasal and light verbs ("sank" / "went down", "seized" / "captured", "happened" / "exploded") date one act.
_FOLLOW_UP_STEPS = (("charge", re.compile(r"(?:charged|indicted|fined|sentenced|convicted|jailed|prosecuted|tried)")),
                    ("custody", re.compile(r"(?:arrested|detained)")),
                    ("release", re.compile(r"(?:released|freed)")),
                    ("report", re.compile("|".join(sorted(_REPORT_VERBS)))))


def dated_step(text: str, day_words: str) -> str | None:
    """Which step the day ``day_words`` of ``text`` dates: a step after the act (:data:`_FOLLOW_UP_STEPS`: "charge",
    "custody", "release", "report"; :func:`_responds`: "response"), "act" for any other verb that dates it, None where no verb dates it or the day
    follows "since" (:func:`dated_act`). Two days are the days of two steps only where these differ."""
    found = _dated(text, day_words)
    if found is None:
        return None
    verb, kinds = found
    if kinds == frozenset({"report"}):
        return "report"
    # (a progressive verb, read where no past verb dates the day, is no follow-up step: "act")
    for step, pattern in _FOLLOW_UP_STEPS:
        if pattern.fullmatch(verb):
            return step
    if _responds(text, verb):
        return "response"
    return "act"


#: Words that join two verbs as acts done together, one subject's, on one day ("was seized and towed on Thursday"):
#: the day then dates both.
_JOINED = re.compile(r"\b(?:and|or|then|nor)\b", re.I)


#: An auxiliary right before a past verb, with an optional -ly adverb ("was seized", "had quietly left"), and the
#: relative pronoun that may stand right before it ("that was seized"): ``rel`` set where one does.
_AUXILIARY_BEFORE = re.compile(r"(?:\b(?P<rel>that|which|who)\s+)?\b(?:was|were|been|being|is|are|be|has|have|had)\s+"
                               r"(?:\w+ly\s+)?$", re.I)


def _verb_kinds(verb: str) -> frozenset[str]:
    """The kinds of act of a past verb, as :func:`_dated` reads them: :func:`frames.acts_of` and
    :data:`words.PREDICATE_KINDS`, else the verb's own stem."""
    stem = predicate_stem(verb)
    return frozenset(acts_of(verb) | predicate_kinds(frozenset({stem})) or {"verb:" + stem})


def tells_other_act_undated(text: str, day_words: str, act: frozenset[str]) -> bool:
    """Does ``text`` tell an act of the kinds ``act`` undated, beside the other act its day ``day_words`` dates? ("The
    ferry impounded off Dornes reached Velt on Wednesday", "the pipeline that ruptured near Sarn was sealed on
    Tuesday": the day dates the reaching, the sealing; the impounding, the rupture are told without one.) The claim's
    own words then set the two acts apart, so its day is no account of when ``act`` happened, whatever the verbs.
    False where the day's verb is of ``act``'s kinds, where no verb dates the day (:func:`_dated`), and where the
    verb of ``act`` is joined to the dated verb by "and", "or", "then" (:data:`_JOINED`: "was impounded and towed
    on Wednesday" dates both). An auxiliary right before the verb of ``act`` makes it the claim's own finite
    predicate, which the dated clause hangs on ("was seized when commandos boarded it on Wednesday" dates the
    seizure), so it tells nothing undated, unless a relative pronoun stands right before that auxiliary
    (:data:`_AUXILIARY_BEFORE`: "the ferry that was seized off Dornes reached Velt on Wednesday")."""
    found = _dated(text, day_words)
    if found is None or found[1] & act or found[1] == frozenset({"report"}):
        return False
    day_at = text.find(day_words)
    verb_at = text.rfind(found[0], 0, day_at)
    verb_at = verb_at if verb_at >= 0 else text.find(found[0], day_at)
    for m in _PAST_VERB.finditer(text):
        if m.start() == verb_at or not _verb_kinds(m.group(0)) & act:
            continue
        # (the act's own finite verb, "was seized when commandos boarded it on Wednesday", governs the dated clause:
        # the day dates the seizure too; not a relative clause's, "the ferry that was seized … reached Velt on …")
        aux = _AUXILIARY_BEFORE.search(text[max(0, m.start() - 30): m.start()])
        if aux and not aux.group("rel"):
            continue
        lo, hi = sorted((m.end(), verb_at))
        if not _JOINED.search(text[lo:hi]):
            return True
    return False


def same_timed_act(a: str | None, b: str | None) -> bool:
    """May two acts :func:`timed_acts` read be one act: either unknown, or sharing a kind; the time a thing was
    reported is no time of the act itself, so it is compared only with another report's, and the time of a response
    (:func:`_responds`: "divers recovered the body at 15:00") only with another response's."""
    if "report" in (a, b) or "response" in (a, b):
        return a == b
    return a is None or b is None or bool(set(a.split("/")) & set(b.split("/")))


#: The territory a count is over: "on the Ukrainian-controlled territory", "in the territory it controls",
#: "in occupied areas".
_SCOPE = re.compile(r"\b(?:on|in|across)\s+(?:the\s+)?(?P<s>(?:[\w-]+\s+){0,2}?(?:territory|territories|areas?|parts?)"
                    r"(?:\s+(?:it|they|\w+)\s+(?:controls?|holds?|occupies|occupy|held|controlled|occupied))?)\b", re.I)


def count_scope(text: str) -> str | None:
    """The territory a claim's figures count over, when it says ("ukrainian-controlled territory"), else None."""
    for m in _SCOPE.finditer(text):
        words = m.group("s").lower().split()
        if any(w.endswith(("controlled", "held", "occupied")) or w in ("controls", "holds", "occupies", "occupy") for w in words):
            return " ".join(words)
    return None


#: Who a count counts when it names no group of its own: any of these can be the same people as a
#: count of prisoners, patients or workers ("53 prisoners died" / "53 people died").
_ANY_PEOPLE = frozenset({"people", "person", "persons", "civilian", "victim", "dead", "individual", "live", "bodie",
                         "body", "casualtie", "casualty", "men", "women", "other", "soul"})
_NOT_NOUN = frozenset({"was", "has", "is", "as", "this", "its", "his", "were", "have", "had", "also", "reportedly",
                       "more", "less", "times", "percent", "bus", "gas"})


#: Groups a story sets apart ("40 prisoners" / "eight guards", "12 firefighters" / "30 residents"
#: are two counts); two other plurals ("residents" / "villagers") may be the same people.
_SET_APART = frozenset({"prisoner", "guard", "patient", "nurse", "doctor", "worker", "miner", "sailor", "soldier",
                        "children", "police", "crew", "staff", "firefighter", "rescuer", "journalist", "passenger",
                        "student", "pilot", "officer", "fighter", "hostage"})
_GROUP_SYNONYMS = {"inmate": "prisoner", "detainee": "prisoner", "pow": "prisoner", "captive": "prisoner",
                   "serviceman": "soldier", "servicemen": "soldier", "troop": "soldier", "child": "children",
                   "medic": "doctor", "employee": "worker"}


def _counted_noun(words: list[str]) -> str | None:
    """The group a count names, from the words after its number ("prisoners were killed" ->
    "prisoner"; "people" and the like -> None: any group), or None when it names none."""
    for w in words[:3]:
        w = w.lower()
        if re.fullmatch(_KILLED + "|" + _WOUNDED, w) or w in _NOT_NOUN or w in _ANY_PEOPLE or w[:-1] in _ANY_PEOPLE:
            return None
        if w in ("children", "police", "personnel", "staff", "crew") or (len(w) > 3 and w.endswith("s")) or w in ("men", "women"):
            stem = w[:-1] if w.endswith("s") else w
            return None if stem in _ANY_PEOPLE or w in _ANY_PEOPLE else stem
    return None


def counted_groups(text: str) -> dict[str, str]:
    """{slot of :func:`figures`: the group its count names} ("40 prisoners were killed" -> {"killed":
    "prisoner"}); a slot whose count names no group of its own ("40 people") is left out."""
    groups: dict[str, str] = {}
    figures(text, groups)
    return groups


#: Words of fate said of things as readily as of people ("four houses were destroyed", "destroyed six tanks"): they
#: give no casualty figure where the count names a thing (:data:`_THINGS`).
_FATE_OF_THINGS = frozenset({"destroyed"})

#: What war and disaster reports say is destroyed when it is not people: buildings and what stands, vehicles and
#: weapons, land (singular forms; "houses", "lorries", "buses" are read by :func:`_thing`). Only these make a
#: "destroyed" count one of things: any other noun ("terrorists", "insurgents", "enemy personnel") is read as before.
_THINGS = frozenset("""house home building apartment flat shop store school hospital church mosque barn shed hut farm
    warehouse depot factory plant station bridge tower road bunker dugout position checkpoint shelter
    vehicle car truck lorry bus tank carrier apc ifv artillery gun howitzer mortar launcher system piece drone uav
    aircraft plane jet helicopter boat ship vessel radar battery train wagon tent ammunition equipment hectare acre crop
    field""".split())

#: A preposition or "and" ends what a count names: "destroyed 40 in the raid" names nothing.
_ENDS_NAME = frozenset("in at on near by of from with during after before around across outside inside over under "
                       "into to for since and".split())


def _thing(word: str) -> bool:
    """Is ``word`` (plural or not) one of :data:`_THINGS`?"""
    w = word.lower()
    return w in _THINGS or w[:-1] in _THINGS or w[:-2] in _THINGS or (w.endswith("ies") and w[:-3] + "y" in _THINGS)


def _fate_of_people(fate: str, words: list[str]) -> bool:
    """Does a count whose word of fate is ``fate`` count people, ``words`` being what the count names (the words
    between the number and its verb, or after the verb's number)? Always, but for a fate said of things as well
    (:data:`_FATE_OF_THINGS`): then not where one of the words it names, up to three before a preposition, is a thing
    (:data:`_THINGS`: "four houses were destroyed", "destroyed six armoured vehicles"). "destroyed 40 terrorists",
    "destroyed 20 enemy personnel" and "destroyed 40 in the raid" are read as before."""
    if fate.lower() not in _FATE_OF_THINGS:
        return True
    cut = next((i for i, w in enumerate(words) if w.lower() in _ENDS_NAME), len(words))
    return not any(_thing(w) for w in words[:cut][:3])


#: "one" after a determiner or an ordinal is a pronoun ("a second one", "the first one", "another one"), no count;
#: "only one" is a count ("only one person was killed"), as is "no one" nobody.
_ONE_PRONOUN = re.compile(r"\b(?:a|the|this|that|another|each|every|no|first|second|third|last|next|other)\s+$",
                          re.I)
#: Words that open another clause after a count ("four after a wounded pupil died", "six when the roof fell").
_OTHER_CLAUSE = frozenset({"after", "when", "before", "because", "until", "while", "since"})


def figures(text: str, groups: dict[str, str] | None = None) -> dict[str, int]:
    """{slot: value} for what the claim counts; the first figure per slot. A number that is the
    size of a group picked from ("one of the two crew members") or part of a range ("from 12 to
    40 dead", see :func:`ranges`) is not a count. ``groups``, when given, receives the group each
    slot's count names (:func:`counted_groups`)."""
    out: dict[str, int] = {}
    groups = {} if groups is None else groups

    def put(slot: str, v: int, words: list[str]) -> None:
        if slot not in out:
            out[slot] = v
            noun = _counted_noun(words) if slot in ("killed", "wounded") else None   # the others name their group
            if noun:
                groups[slot] = noun

    spans = [(m.start(), m.end()) for m in _RANGE.finditer(text)]
    counted: set[int] = set()   # where a number the verb before it counts starts
    for m in _TOLL.finditer(text):
        if _OTHERS_TOLL.search(text[max(0, m.start() - 40): m.start()]):
            continue   # someone else's figure restated ("disputed the ministry's toll of 40"), not the claim's own
        v = number_value(m.group(1))
        if v is not None and not _too_large(v, m.group(1)):
            out.setdefault("killed", v)
    # (bounded as the slots are: the offsets of what the verbs count are looked up for every number after)
    for m in _COUNT_AFTER_VERB.finditer(text[:S.SLOT_TEXT_CHARS]):
        v = number_value(m.group("n"))
        if v is None or _too_large(v, m.group("n")) or 1900 <= v <= 2100 or _UNIT_AFTER.match(m.group("what")):
            continue
        # a number counted by the verb before it ("killed 47 villagers and wounded more than 110") is
        # not read again by what follows it
        counted.add(m.start("n"))
        what = m.group("what").lower()
        if not _fate_of_people(m.group("verb"), re.findall(r"[\w'’-]+", what)):
            continue   # "destroyed six tanks": a count of things, no casualty figure (counts.py reads it)
        if re.match(r"(?i)injur|wound", m.group("verb")):   # "killed 47 villagers and wounded more than 110"
            put("wounded", v, re.findall(r"[\w'’-]+", what))
            continue
        slot = ("combatants killed" if re.search(r"\b" + _COMBATANT + r"\b", what) else "children killed" if re.search(_CHILD, what)
                else "killed")
        put(slot, v, re.findall(r"[\w'’-]+", what))
    for m in _FIG.finditer(text):
        v = number_value(m.group(1))
        if v is None or _too_large(v, m.group(1)):
            continue
        if m.start() in counted or any(a <= m.start() < b for a, b in spans) or re.search(r"\bof (?:the |those |these )?$", text[max(0, m.start() - 12): m.start()], re.I):
            continue
        after = m.group(2).lower()
        # a year, a time, a unit number or a distance is not a count
        if _UNIT_AFTER.match(after):
            continue
        if 1900 <= v <= 2100:
            continue
        if m.group(1).lower() == "one" and _ONE_PRONOUN.search(text[max(0, m.start() - 12): m.start()]):
            continue   # "a second one fell on those carrying the wounded": a pronoun, no count
        words = re.findall(r"[\w'’-]+", after)[:8]
        # (what a count counts is told in its own clause: "the toll had risen to four after a wounded pupil died"
        # counts no wounded)
        cut = next((i for i, w in enumerate(words) if w.lower() in _OTHER_CLAUSE), len(words))
        if cut < len(words) and not re.search(r"\b(?:" + _KILLED + "|" + _WOUNDED + r")\b", " ".join(words[:cut])):
            # the count's own clause names nothing after it: what it counts stands before it ("the number of dead
            # rose to six after two more died"), else the words after it are read as before the cut
            head = _clause_before(text, m.start(), 40)
            if re.search(r"\b(?:" + _KILLED + r"|toll)\b", head, re.I):
                put("killed", v, [])
                continue
            if re.search(r"\b" + _WOUNDED + r"\b", head, re.I):
                put("wounded", v, [])
                continue
        else:
            words = words[:cut]
        joined = " ".join(words)
        killed = re.search(r"\b" + _KILLED + r"\b", joined)
        wounded = re.search(r"\b" + _WOUNDED + r"\b", joined)
        subj = " ".join(words[:2])
        if killed and not _fate_of_people(killed.group(), words[: len(joined[: killed.start()].split())]):
            continue   # "four houses were destroyed": a count of things, no casualty figure (counts.py reads it)
        if killed and (not wounded or killed.start() < wounded.start()):
            if re.search(r"\b" + _COMBATANT + r"\b", subj):   # not "firefighters"
                put("combatants killed", v, words)
            elif re.search(_CHILD, subj):
                put("children killed", v, words)
            else:
                put("killed", v, words)
        elif wounded:
            put("wounded", v, words)
        elif re.match(r"\s*" + _CHILD, after):
            out.setdefault("children", v)
        elif re.match(r"\s*(?:\w+ ){0,3}(?:had |have |has |were |was )?(?:now |been )*(?:evacuated|relocated|displaced)\b",
                      after, re.I):
            out.setdefault("evacuated", v)
    return out


#: Counts that only grow as a story goes on (the dead, the hurt, the evacuated): a higher one told days
#: later is the count since, not a rival account of it.
_GROWING = frozenset({"killed", "wounded", "evacuated", "children killed"})


#: Groups counted that are a part of the people of a place by what they do or are (workers, miners,
#: passengers, children, soldiers): fewer of them than of anyone can both hold. Residents, villagers,
#: civilians are the people of the place, not a part of them.
_ROLE_GROUPS = _SET_APART | {"engineer", "technician", "teacher", "volunteer", "employee", "medic"}

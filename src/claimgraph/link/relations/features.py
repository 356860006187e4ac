"""What :func:`.decision.relate` compares of one claim, read once per claim (:func:`claim_features`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .. import names as N
from .. import slots as S
from .counts import (_CAPACITY, count_fates, counted_numbers, cyrillic_count_fates, cyrillic_counted_values, cyrillic_not_counted,
                     exact_counts, numbered_things, update_counts)
from .figures import (_CYRILLIC, approximate, count_scope, cyrillic_figures, figure_bounds, figures, ranges, strict_bounds,
                      timed_acts)
from .frames import _CYR_ACT_RES, cyrillic_act_polarity, cyrillic_steps
from .frames import _DISPUTED, _NOT_YET, _SET_ASIDE, _STRUCK, FRAMES, acts_of, frame_polarity
from .guards import responsibility
from .negation import _BLANKET, _NEG, _ONLY_AFTER, DENIAL, Correction, claim_mood, corrections, negated_at, negated_before, plain_negation
from .words import _CONTENT, _STOP, _WHERE_WHEN_WORD, _short, _stem, predicate_kinds, predicate_stem, predicates


@dataclass
class ClaimFeatures:
    sides: dict[str, tuple[int, str]] = field(default_factory=dict)   # frame -> (side index, matched text)
    frame_words: set[str] = field(default_factory=set)
    figures: dict[str, int] = field(default_factory=dict)
    bounds: dict[str, str] = field(default_factory=dict)   # slot -> "lo" ("at least 87") or "hi" ("as many as 30")
    strict: set[str] = field(default_factory=set)   # slots whose bound leaves its number out ("more than 30")
    approx: set[str] = field(default_factory=set)   # slots whose figure is an estimate ("about 500")
    foreign: set[str] = field(default_factory=set)   # slots whose figure was read in Russian or Ukrainian (cyrillic_figures)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)   # slot -> the group its count names ("prisoner"), see counted_groups
    times: list[int] = field(default_factory=list)   # hh:mm in minutes after midnight
    timed: list[tuple[int, str | None]] = field(default_factory=list)   # each time with the act done at it (timed_acts)
    struck: set[str] = field(default_factory=set)    # frames whose side is named as what a strike hit
    negated_sides: set[str] = field(default_factory=set)   # frames whose side the claim takes by denying the other
    denied_sides: set[str] = field(default_factory=set)   # frames one of whose sides the claim denies ("There was no defection")
    blanket: bool = False   # a denial of everything of a kind ("Nobody deported anybody"): about the whole event
    words: set[str] = field(default_factory=set)
    negated: set[str] = field(default_factory=set)
    asserted: set[str] = field(default_factory=set)
    denial: bool = False
    reported_denial: bool = False   # its content is what the speaker denied, by the reporting cue ("denied that …")
    blamed: tuple[frozenset[str], frozenset[str]] | None = None   # who it holds responsible, and for what (responsibility)
    sites: frozenset[tuple[str, str]] = frozenset()   # the structures it names (slots.sites): ("theatre", "civil")
    scope: str | None = None   # the territory the claim's figures count over: "ukrainian-controlled territory"
    slots: list[S.SlotValue] = field(default_factory=list)   # who did it, where, how many
    acts: set[str] = field(default_factory=set)   # what the claim says was done, by kind (see acts_of)
    preds: frozenset[str] = frozenset()   # the stems of its words that tell what happened (predicates): "rob", "erupt"
    numbered: dict[tuple[int, str], set[str]] = field(default_factory=dict)   # (number, the thing it counts): what befell it
    named_words: set[str] = field(default_factory=set)   # its words that name a place, a person or a time ("Tarn", "Monday")
    updates: dict[int, frozenset[str]] = field(default_factory=dict)   # figures it gives as updates, with what they count (update_counts)
    numbers: frozenset[tuple[int, str, frozenset[str]]] = frozenset()   # every count it gives, of anything, with the word after it (counted_numbers)
    # its exact counts of things (exact_counts)
    exact: dict[str, dict[int, tuple[frozenset[str], str | None, frozenset[str]]]] = field(default_factory=dict)
    ref: date | None = None   # the day of the page that tells it (its publication date), when known
    mood: str = "asserted"   # how it is put (claim_mood): asserted, hedged, or not asserted at all (question, conditional, reported)
    fates: dict[int, frozenset[str]] = field(default_factory=dict)   # number -> what befell the things it counts (count_fates)
    # Russian or Ukrainian: each kind of act it tells, asserted or denied (frames.cyrillic_act_polarity), and the
    # romanised stems of its words, that two languages can share ("Велна", "дамбы" / "дамби"): cyrillic_stems
    cyr_acts: dict[str, bool] = field(default_factory=dict)
    cyr_stems: frozenset[str] = frozenset()
    cyr_steps: frozenset[str] = frozenset()   # the steps of act a Russian or Ukrainian day may date (frames.cyrillic_steps)
    capacity: bool = False   # it says what a thing can hold ("built to carry 140"): no load, no count (_CAPACITY)
    corrected: tuple[Correction, ...] = ()   # what it rejects by a corrective contrast ("nine, not ten": negation.corrections)
    # the acts it denies (denied_acts): the predicate stems of its negated verbs ("did not fire" -> "fir") and their
    # kinds ("kind:strike on a thing"); every act it tells, where its cue denies the whole ("denied that …")
    denied_acts: frozenset[str] = frozenset()
    # its proposition, read alike in any of our languages (:func:`proposition`): the stems of what it is about, less
    # days and times, and those of its acts (English predicates; Russian and Ukrainian verb and participle forms), and
    # whether anything in it is negated
    prop_words: frozenset[str] = frozenset()
    prop_acts: frozenset[str] = frozenset()
    prop_negated: bool = False
    # the values it tells in Russian or Ukrainian words: counts, days, times of day (cyrillic_value): compared as
    # values, never as stems (mend of review corro22 M2)
    prop_values: frozenset[str] = frozenset()
    # those of its Russian or Ukrainian acts read only by an ending a noun has too ("задержал" / "персонал", "охрана",
    # "институт"): an act in common only where the other claim reads it as an act too (mend of review corro22 S1)
    prop_weak_acts: frozenset[str] = frozenset()
    # Russian or Ukrainian told in the active voice ("бригада уничтожила 4 бронемашины противника"): the stem of its
    # first active act, with the stems before it and after it. Case tells the roles, and word order mostly the doer
    # first: the same stems on two sides of one active act are two roles (decision._roles_apart)
    prop_active: tuple[str, frozenset[str], frozenset[str]] | None = None


#: Words of a Russian or Ukrainian claim that tell nothing of what it is about: reporting, pronouns, particles.
_CYR_STOP = re.compile(r"(?:сообщ|заяв|повідом|сказа|отмет|зазнач|наголос|говор|каже|котор|якого|якої|також|также|своег|свого|"
                       r"этого|цього|после|після|перед|внаслід|результ|словам|даним|данны|будет|може|могут|тому|поэтом)", re.I)


#: Prepositions that open the setting of an act (where, when, in what: "при обстреле школы", "в поселке Ярн",
#: "під час повені"): the words after them name no one the act befell.
_CYR_PREPOSITIONS = frozenset("""в во на при у под під после після до з із зі из от від через за над перед біля возле
                              около поблизу внаслідок вследствие во время час время результате от с со по об о про
                              між между среди серед для""".split())


#: A share in an act or the blame for it, beside :data:`slots._JOINT_ACT` ("took part", "involved", "behind"): what a
#: denial of who did it denies ("rejected any role in the attack", "had no hand in it", "nothing to do with it").
_SHARE_DENIED = re.compile(r"responsib|\b(?:role|part|hand)\s+in\b|nothing\s+to\s+do\s+with", re.I)


def denied_acts(preds: frozenset[str], negated_words: list[str], denied_by_cue: bool,
                directly_negated: list[str]) -> frozenset[str]:
    """The acts a claim denies, from its predicate stems (:func:`words.predicates`): those of the words a negation
    governs directly, ``directly_negated`` ("the patrol did not fire a single shot", "no weapon was fired": "fir"; not
    "shelled" in "did not warn residents before it shelled the town", negated only by its clause), or all of them where
    its cue denies what it tells ("denied that its forces bombed the city") but those it negates itself anywhere in
    their clause, ``negated_words`` (a denial of "had not sunk" asserts the sinking); each with its kinds,
    "kind:"-prefixed (:func:`frames.acts_of`, :func:`words.predicate_kinds`: "no such strikes" / "bombed" are one kind
    of act, a strike on a thing)."""
    negated = {s for s in map(predicate_stem, directly_negated) if s in preds}
    stems = set(preds) - {s for s in map(predicate_stem, negated_words) if s in preds} if denied_by_cue else negated
    kinds = set(predicate_kinds(frozenset(stems)))
    for w in (preds if denied_by_cue else directly_negated):
        if predicate_stem(w) in stems or w in stems:
            kinds |= acts_of(w)
    return frozenset(stems | {"kind:" + k for k in kinds})


def cyrillic_stems(text: str) -> frozenset[str]:
    """The romanised stems (first five letters, :func:`names.fold` of :func:`translit.to_latin`) of the words of
    five letters or more of a Russian or Ukrainian claim, less its words of act (:data:`frames.CYRILLIC_ACT_KINDS`),
    of reporting, and the words of its setting (up to four words after a preposition, :data:`_CYR_PREPOSITIONS`):
    what two claims in the two languages can be seen to tell the act of ("директор шахты «Велна»" / "директор шахти
    «Велна»"), not where or when ("мост в поселке Ярн" / "в поселке Ярн повреждены дома": mend of review cyrlink14 M5)."""
    out = set()
    setting = 0   # words left of a prepositional phrase being skipped
    for m in re.finditer(r"[\w'’ʼ-]+|[^\w\s«»\"']", text[:S.SLOT_TEXT_CHARS]):
        w = m.group()
        low = w.lower()
        if not (w[0].isalnum() or w[0] == "_"):
            setting = 0   # punctuation closes the phrase
            continue
        if low in _CYR_PREPOSITIONS:
            setting = 4
            continue
        act = any(rx.fullmatch(w) for rx in _CYR_ACT_RES.values())
        if act and setting == 4:
            setting = 3   # the noun of the setting itself ("при обстреле", "під час обстрілу")
            continue
        if act or low in ("не", "ни", "ні", "был", "была", "было", "были", "був", "була", "було", "були"):
            setting = 0   # the act or its negation ends the setting before it ("при обстреле школы пострадали …")
            continue
        if setting:
            setting -= 1
            continue
        if len(w) < 5 or not re.match(r"[\u0400-\u04ff]", w) or _CYR_STOP.match(w):
            continue
        out.add(cyrillic_fold(w)[:5])
    return frozenset(out)


def cyrillic_fold(word: str) -> str:
    """A Russian or Ukrainian word romanised and folded (:func:`translit.to_latin`, :func:`names.fold`): the one
    folding :func:`cyrillic_stems` and :func:`proposition` cut their stems from, so that "дамбы" / "дамби" and
    "заблокированы" / "заблоковано" meet in both. (The two cut them by two policies for two rules: the stems of
    :func:`cyrillic_stems` leave out the acts and the setting, as rule 6 compares an act of a known kind on them; a
    proposition keeps both, its acts are what it compares (mend of review corro22 S3).)"""
    from ..translit import to_latin

    return N.fold(to_latin(word).lower())


#: A Russian or Ukrainian word in the form of an act: a past tense ("сожгли", "закрыло", "пошкодив"), a passive
#: participle ("заблокированы", "пошкоджено", "затримано"), a present or an infinitive, reflexive or not. A grammar
#: ending, not a list of acts: the stem before it is what two claims must share.
_CYR_ACT_FORM = re.compile(r"[\u0400-\u04ff'’ʼ]{2,}(?:(?<=[аяиыіеу])(?:ли|ла|ло|л)|ил|ал|ел|ыл|ив|ав|ено|ано|ято|ена|ана|ены|аны|"
                           r"ені|ані|ать|ить|ять|ути|ити|ати|ют|ят|ут)(?:ся|сь)?", re.I)
#: An ending of :data:`_CYR_ACT_FORM` that a noun has too ("задержал" / "персонал", "генерал", "канал"; "охрана",
#: "цены", "стены"; "институт"): an act read by it alone is a weak one (:attr:`ClaimFeatures.prop_weak_acts`).
_CYR_NOUN_LIKE_ACT = re.compile(r"[\u0400-\u04ff'’ʼ]{2,}(?:ал|ел|ана|ена|ены|ут)", re.I)
#: A negation in Russian or Ukrainian: "не", "ни", "нет", "ні", "немає", "ніхто", "никто", "жодних", "никаких".
_CYR_NEGATION = re.compile(r"(?<![\w'’ʼ])(?:не|ни|нет|ні|немає|нема|ніхто|никто|ніколи|никогда|жодн\w*|никак\w*)(?![\w'’ʼ])", re.I)
#: Words of a day or a time of day in Russian and Ukrainian, each read as its value ("во вторник" / "у вівторок" 2,
#: "ночью" / "вночі" night): the whole word, from its start ("сотрудников", "внутрішні", "средства" are none of them).
#: A count in words is read as its value by :func:`numbers.cyrillic_number_value` (mend of review corro22 M2).
_CYR_WHEN_VALUE = [(value, re.compile(rx, re.I)) for value, rx in (
    ("day:1", r"понедельник\w*|понеділ(?:ок|ка|ку)"), ("day:2", r"вторник\w*|вівтор(?:ок|ка|ку)"),
    ("day:3", r"сред[аеуы]|серед[аиуі]"), ("day:4", r"четверг\w*|четвер"), ("day:5", r"пятниц\w*|п'ятниц\w*"),
    ("day:6", r"суббот\w*|субот[аиуі]"), ("day:7", r"воскресень\w*|неділ[яіюе]"),
    ("time:morning", r"утр(?:о|ом|а|у)|утренн\w*|вранці|зранку|ранок|ранку|ранков\w*"),
    ("time:evening", r"вечер(?:ом|а|у)?|вечерн\w*|ввечері|увечері|вечора|вечір|вечірн\w*"),
    ("time:night", r"ноч(?:ью|и|ь)|ночн\w*|вночі|уночі|ніч|ночі|нічн\w*"),
    ("time:day", r"днем|днём|вдень|удень"), ("time:yesterday", r"вчера|вчора|вчерашн\w*|вчорашн\w*"),
    ("time:today", r"сегодня|сьогодні|сегодняшн\w*|сьогоднішн\w*"))]


def cyrillic_value(word: str) -> str | None:
    """The value a Russian or Ukrainian word tells, if it tells one: a count in words ("пяти" / "п'яти" "#5"), a day
    ("вторник" / "вівторок" "day:2") or a time of day ("утром" / "вранці" "time:morning"); else None. Compared as a
    value by :func:`decision._values_apart`, never as a stem."""
    from ..numbers import cyrillic_number_value

    w = word.lower().replace("ʼ", "'").replace("’", "'").replace("ё", "е")
    n = cyrillic_number_value(w)
    if n is not None:
        return f"#{n}"
    return next((value for value, rx in _CYR_WHEN_VALUE if rx.fullmatch(w)), None)


#: The verb "to be" as an auxiliary ("было сожжено", "було затримано"): no act of its own.
_CYR_AUXILIARY = frozenset("был была было были був була було були будет буде будут будуть есть".split())


#: A passive participle or an impersonal form ("сожжено", "заблокированы", "пошкоджено", "затримано"): no doer first.
_CYR_PASSIVE_FORM = re.compile(r"[\u0400-\u04ff'’ʼ]+(?:ено|ано|ято|ена|ана|ены|аны|ені|ані|ен|ан|то|та|ты|ті)", re.I)


class Proposition(NamedTuple):
    """A claim's proposition (:func:`proposition`); see the ``prop_*`` fields of :class:`ClaimFeatures`."""
    words: frozenset[str]
    acts: frozenset[str]
    negated: bool
    values: frozenset[str]
    weak_acts: frozenset[str]
    active: tuple[str, frozenset[str], frozenset[str]] | None


def proposition(f: ClaimFeatures, tc: str) -> Proposition:
    """What a claim is about, its acts, whether anything is negated, and the values it tells, compared alike in any of
    our languages. English: its content stems (``f.words``) less the words of a day or a time (a day is context, not a
    participant: :data:`words._WHEN_WORD`), and its predicate stems (``f.preds``). Russian and Ukrainian: the first
    five letters of its words of four letters or more, romanised and folded (:func:`cyrillic_fold`), less reporting
    and function words (:data:`_CYR_STOP`), and those of them in the form of an act (:data:`_CYR_ACT_FORM`): "закрыли"
    / "закрыло", "задержала" / "задержание", "пошкодив" / "пошкоджено" each meet on one stem, and a Russian and a
    Ukrainian cognate ("заблокированы" / "заблоковано") on theirs. A count, a day or a time of day in words is read as
    its value (:func:`cyrillic_value`), not as a stem; and the first act in the active voice is given with the stems
    before and after it."""
    from .words import _WHEN_WORD

    about = {w for w in f.words if not _WHEN_WORD.fullmatch(w)}
    acts = set(f.preds)
    weak: set[str] = set()
    strong: set[str] = set()
    values: set[str] = set()
    negated = bool(f.negated) or f.denial
    order: list[str] = []   # its Russian or Ukrainian stems in the order told
    active: tuple[str, int] | None = None   # its first act in the active voice, and where
    if _CYRILLIC.search(tc):
        head = tc[:S.SLOT_TEXT_CHARS]
        negated = negated or bool(_CYR_NEGATION.search(head))
        for m in re.finditer(r"\d+(?:[ \u00a0]\d{3})*(?![\d.,:]\d)|[\u0400-\u04ff][\u0400-\u04ff'’ʼ-]*", head):
            w = m.group()
            value = cyrillic_value(w) if len(w) <= 12 else None
            if value is not None:
                values.add(value)
                continue
            if len(w) < 4 or not w[0].isalpha() or _CYR_STOP.match(w) or w.lower() in _CYR_PREPOSITIONS:
                continue
            if w.lower() in _CYR_AUXILIARY:
                continue
            folded = cyrillic_fold(w)
            stem = folded[:5] if len(folded) > 5 else folded[:4]   # (a short word's last letter is its case: "трассу" / "трассы")
            about.add(stem)
            if _CYR_ACT_FORM.fullmatch(w) and not w[0].isupper():   # (a name is no act: "Измаила")
                acts.add(stem)
                (weak if _CYR_NOUN_LIKE_ACT.fullmatch(w) else strong).add(stem)
                if active is None and not _CYR_PASSIVE_FORM.fullmatch(w):
                    active = (stem, len(order))
            order.append(stem)
    weak -= strong | set(f.preds)   # (a stem also read by another ending of an act is no weak act)
    told = (active[0], frozenset(order[:active[1]]), frozenset(order[active[1] + 1:])) if active is not None else None
    return Proposition(frozenset(about), frozenset(acts), negated, frozenset(values), frozenset(weak), told)


def cyrillic_plain(text: str) -> str:
    """``text`` with its stress marks (combining acute and grave) dropped and nothing else: "й", "ї", "ё" kept."""
    return unicodedata.normalize("NFC", re.sub("[\u0300\u0301]", "", unicodedata.normalize("NFD", text)))


def cyrillic_denial(tc: str, cue: str | None) -> bool:
    """Is a Russian or Ukrainian claim a denial? Its reader gives no stance, so the claim is read here: cued by a verb
    of denial ("опровергла, что …", "заперечили, що …": :data:`extract.cyrillic.lexicon.DENIAL_VERBS`, by the cue's
    lemma in either language), or told with a predicate that dismisses it ("…, — фейк", "… не соответствует
    действительности": :data:`extract.cyrillic.lexicon.DISMISSAL`) (mend of review cor18 M1)."""
    from ...extract.cyrillic.lexicon import DENIAL_VERBS, DISMISSAL   # extract comes before link
    from ...extract.cyrillic.models import lemma
    if DISMISSAL.search(tc[:S.SLOT_TEXT_CHARS]):
        return True
    word = (cue or "").split()[0].lower() if (cue or "").strip() else ""
    return bool(word and _CYRILLIC.search(word) and any(lemma(lang, word) in DENIAL_VERBS for lang in ("ru", "uk")))


@lru_cache(maxsize=32768)
def claim_features(text: str, stance: str | None = None, cue: str | None = None,
                   speaker_party: str | None = None, ref: date | None = None) -> ClaimFeatures:
    """What :func:`relate` compares, read once per claim. ``cue`` ("accused") and
    ``speaker_party`` (the country a speaker speaks for: "it did not launch" is that country)
    let the slots read who the claim says did the act; ``ref``, the page's date, the day it
    tells relative to it ("on Tuesday")."""
    capacity = bool(_CAPACITY.search(text[:S.SLOT_TEXT_CHARS]))   # (as written, before plain_negation)
    text = plain_negation(text)
    t = " ".join(N.strip_accents(text.translate(str.maketrans("’‘“”", "''\"\""))).split())
    # the Russian and Ukrainian readers read the text with only its stress marks dropped: strip_accents would
    # take the breve of "й" and the diaeresis of "ї" ("щонайменше", "дітей", "евакуйовано") (mend of review
    # cyrlink14 M1)
    tc = " ".join(cyrillic_plain(text.translate(str.maketrans("’‘“”", "''\"\""))).split())
    low = t.lower()
    f = ClaimFeatures(capacity=capacity)
    # a denial reported by its cue carries the denied proposition ("denied that any children were deported")
    flip_all = stance == "denies" and bool(re.search(r"\b(?:any|anybody|anyone|anything|ever|at all)\b", low))
    for frame in FRAMES:
        hits: dict[int, str] = {}
        negs: set[int] = set()
        words: dict[int, str] = {}   # the frame word itself (not the negation before it)
        struck: set[int] = set()     # sides named as what a strike hit
        for i, (_label, pats) in enumerate(frame["sides"]):
            for p in pats:
                for m in re.finditer(p, low):
                    before = t[max(0, m.start() - 160): m.start()]
                    pol = frame_polarity(before, t[m.end(): m.end() + 1])
                    if pol is None:
                        continue
                    neg = not pol
                    if not neg and flip_all:
                        neg = True
                    side = (1 - i) if neg else i
                    if neg:
                        f.denied_sides.add(frame["name"])
                    if side not in hits:
                        near = before[-40:]
                        nm = (_NEG.search(near) or _SET_ASIDE.search(near)) if neg and not flip_all else None
                        start = m.start() - len(near) + nm.start() if nm else m.start()
                        dm = _DISPUTED.search(before) if neg and not nm else None
                        if dm:
                            start = m.start() - len(before) + dm.start()
                        hits[side] = _short(t[start: m.end()])
                        words[side] = m.group()
                        if neg:
                            negs.add(side)
                        if _STRUCK.search(before[-70:]):
                            struck.add(side)
        if len(hits) == 1:
            (side, matched), = hits.items()
            f.sides[frame["name"]] = (side, matched)
            if side in negs:
                f.negated_sides.add(frame["name"])
            if side in struck:
                f.struck.add(frame["name"])
            f.frame_words.update(_stem(w) for w in _CONTENT.findall(words[side]))
    f.figures = figures(t, f.groups)
    f.bounds = figure_bounds(t, f.figures)
    f.strict = strict_bounds(t, f.figures)
    f.approx = approximate(t, f.figures)
    if _CYRILLIC.search(t):
        cyr_groups: dict[str, str] = {}
        cyr_strict: set[str] = set()
        cf, cb, ca = cyrillic_figures(tc, cyr_groups, cyr_strict)
        f.foreign = {k for k in cf if k not in f.figures}
        f.figures = {**cf, **f.figures}
        f.bounds = {**{k: v for k, v in cb.items() if k in f.foreign}, **f.bounds}
        f.approx |= ca & f.foreign
        f.strict |= cyr_strict & f.foreign
        f.groups.update({k: v for k, v in cyr_groups.items() if k in f.foreign and k not in f.groups})
    f.ranges = ranges(t)
    f.timed = timed_acts(t)
    f.times = [m for m, _act in f.timed]   # own_times(t), read once: timed_acts keeps the same times in order
    f.scope = count_scope(t)
    f.sites = S.sites(t)
    f.blanket = bool(f.negated_sides) and (flip_all or bool(_BLANKET.search(low)))
    negated_words: list[str] = []
    directly_negated: list[str] = []   # (negated just before the word, not only by its clause: denied_acts)
    for m in _CONTENT.finditer(t):
        s = _stem(m.group())
        if s in _STOP:
            continue
        f.words.add(s)
        if (m.group()[0].isupper() and m.start() > 0) or _WHERE_WHEN_WORD.fullmatch(m.group()):
            f.named_words.add(s)
        if _NOT_YET.search(low[max(0, m.start() - 40): m.start()]):
            continue   # not so yet: neither asserted nor denied
        if negated_at(low, m.start()):
            if _ONLY_AFTER.match(low[m.end(): m.end() + 40]):
                continue   # "not caused by the storm alone": the storm is not denied, only its being all
            f.negated.add(s)
            negated_words.append(m.group().lower())
            if negated_before(low[max(0, m.start() - 30): m.start()]):
                directly_negated.append(m.group().lower())
        else:
            f.asserted.add(s)
    f.denial = bool(DENIAL.search(t)) or stance == "denies" or (bool(_CYRILLIC.search(t)) and cyrillic_denial(tc, cue))
    f.reported_denial = stance == "denies"
    f.blamed = responsibility(t, cue)
    f.acts = acts_of(t) | (acts_of(tc) if _CYRILLIC.search(t) else set())
    f.preds = predicates(t)
    # (a share in the act or the blame for it denied, "not involved in the attack", "his involvement", "was not
    # behind it", "not responsible", "no role in it", "nothing to do with it": a denial of who did it, the agent
    # slot's point, not of the act)
    if not S._JOINT_ACT.search(low) and not _SHARE_DENIED.search(low):
        f.denied_acts = denied_acts(f.preds, negated_words, stance == "denies", directly_negated)
    f.numbered = numbered_things(t)
    f.updates = update_counts(t)
    f.numbers = counted_numbers(t)
    f.exact = exact_counts(t, f.numbered, f.updates)
    f.ref = ref
    f.mood = claim_mood(t, stance)
    f.fates = count_fates(t)
    f.corrected = corrections(t)
    if _CYRILLIC.search(t):
        # a count and its fate told in Russian or Ukrainian, keyed as in English (counts.cyrillic_count_fates): the
        # same count of the same fate meets across the languages; its number words count as its digits do
        # (and a day, a time or a share in it, "в ночь с 13 на 14 октября", "за 24 часа", counts nothing)
        not_counted = cyrillic_not_counted(tc)
        f.numbers = frozenset(n for n in f.numbers if n[0] not in not_counted) | {(v, "", frozenset()) for v in cyrillic_counted_values(tc)}
        for v, fates in cyrillic_count_fates(tc).items():
            f.fates[v] = f.fates.get(v, frozenset()) | fates
        f.cyr_acts = cyrillic_act_polarity(tc)
        f.cyr_stems = cyrillic_stems(tc)
        f.cyr_steps = cyrillic_steps(tc)
    p = proposition(f, tc)
    f.prop_words, f.prop_acts, f.prop_negated, f.prop_values, f.prop_weak_acts, f.prop_active = p
    f.slots = [*S.agents(text, cue, stance, speaker_party), *S.places(text, stance), *S.weapons(text, stance), *S.days(text, stance, ref),
               *S.counts(text), *S.holdings(text, stance), *S.identities(text, stance), *S.causes(text, stance), *S.means(text, stance), *S.natures(text, stance),
               *S.presences(text, stance)]
    return f

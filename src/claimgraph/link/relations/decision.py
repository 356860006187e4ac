"""The pair decision: the relation between two claims (:func:`relate`), its reason and point
(:class:`Relation`, :func:`point_label`), and which relations each claim keeps (:func:`select`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .. import slots as S
from ...extract.dates import WEEKDAYS
from ..when import _MONTHS
from .counts import bounded_values, child_count_fates, fates_apart, intake_counts, places_or_sides_apart, numbers_apart
from .features import ClaimFeatures, claim_features
from .figures import (_CYRILLIC, dated_act, dated_step, _GROUP_SYNONYMS, _GROWING, _ROLE_GROUPS, _SET_APART, APPROX_SAME, APPROX_WIDE, SLOT_LABEL,
                      _compatible, one_figure, same_timed_act, tells_other_act_undated)
from .frames import FRAMES, side_label
from .negation import AHEAD, presupposed_words
from .guards import (_blamed_apart, _denial_told_twice, _denied_apart, _doers_apart, _means_disputed, _risen_since,
                     _roles_swapped, _told_apart, named_apart, quoted_apart)
from .words import _WHEN_WORD, _prefixed_apart, _shared_nouns, _short, _stem, predicate_kinds

#: A second clause in a claim ("…; they detained", "… but shelled …").
_TWO_CLAUSES = re.compile(r";|\b(?:but|while|whereas)\b|,\s+and\b", re.I)


@dataclass
class Relation:
    type: str
    reason: str
    score: float  # ranking score: the rule's base weight plus word overlap (may exceed 1)
    key: str = ""  # what the two claims disagree or agree about: "figure:killed", "frame:course", "negation:deport", "words"
    sides: tuple[str, str] = ("", "")  # what each claim states on that point (first claim, second): "casualty figure 12", "by Russia"
    side_keys: tuple[str, str] | None = None  # the sides compared ("+ru" for "by Russia" and "by Russian forces"); else ``sides``

    @property
    def side_values(self) -> tuple[str, str]:
        """What tells two claims' sides apart: one value written two ways ("Russia", "Russian") is one side."""
        return self.side_keys or self.sides

    @property
    def confidence(self) -> float:
        """The score as shown to people: within [0, 1]."""
        return round(min(self.score, 1.0), 3)


#: The doer of a denied act that is the speaker's own side: a pronoun, or a noun its possessive owns ("their
#: fighters", "its own troops", "our navy"), as the subject of an active verb (a passive's subject is the one the act
#: was done to: "its soldiers were killed" denies the act).
_OWN_SIDE_DOER = re.compile(r"\s*(?:(?:their|its|our|his|her)\s+(?:own\s+)?[a-z][\w-]*|they|we|it|he|she)\s+"
                            r"(?:had\s+|has\s+|have\s+|did\s+)?(?:not\s+|never\s+)?(?!been\b)[a-z]+(?:ed|wn|ot|uck|ew|ank|unk)\b")
#: A doer's own denial told in the active ("we did not shell the market", "the rebels never fired on the convoy"): the
#: denial of one doer's act, whoever that doer is (not "was never fired": a passive tells no doer).
_DOER_DENIED = re.compile(r"\b(?:did|does|do|had|has|have)\s*(?:not|n't)\s+(?!been\b|be\b)\w+|"
                          r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bnever\s+\w+ed\b", re.I)
#: An act told in the passive ("a plane was shot down by a missile"): told without a doer when no agent slot names one.
_PASSIVE_ACT = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|wn|ot|uck|ew|ank|unk)\b", re.I)
#: Words whose negation in one claim and assertion in another is a contradiction.
KEY_PREDICATES = {"genocid", "defection", "defect", "deport", "deportation", "execut", "evacuat", "kill", "strike",
                  "struck", "attack", "shell", "hospital", "civilian", "children", "interceptor", "launch", "torture",
                  "rape", "abduct", "massacre", "bomb", "occupi", "surrender", "land", "crash", "shot", "hit"}


#: A toll of non-combatants by name ("two civilians were killed"): a group of its own, not the fighters.
_CIVILIAN_TOLL = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                            r"[a-z]+ty)\s+(?:\w+\s+)?(?:civilians|non-combatants|bystanders)\b", re.I)


def _doer_told(text: str, f: ClaimFeatures) -> bool:
    """Does a denial tell who did not do the act: an agent slot, a doer's own denial in the active
    (:data:`_DOER_DENIED`), or, under a denial cue, the speaker's own side (:data:`_OWN_SIDE_DOER`)?"""
    return (any(v.slot == "agent" for v in f.slots) or bool(_DOER_DENIED.search(text))
            or (f.reported_denial and bool(_OWN_SIDE_DOER.match(text))))


def relate(a: str, b: str, fa: ClaimFeatures | None = None, fb: ClaimFeatures | None = None,
           same_origin: bool = False, quiet_frames: frozenset[str] = frozenset()) -> Relation | None:
    """The relation between two claims (:func:`_relate`), kept only where both assert what it rests on:
    a question, a conditional or a report under investigation asserts nothing, so it neither corroborates
    nor contradicts; a hedge shares no account with an assertion by words alone; one number of two fates ("eight missing" / "eight
    dead") is two facts, not one told twice."""
    fa = fa or claim_features(a)
    fb = fb or claim_features(b)
    unasserted = {"question", "conditional", "reported"}
    if fa.mood in unasserted or fb.mood in unasserted:
        return None
    r = _relate(a, b, fa, fb, same_origin, quiet_frames)
    if r is None or r.type != "corroborates":
        return r
    if fa.mood != fb.mood and (r.key == "words" or r.key.startswith("slot:")):
        # "may have been started by arsonists" / "arsonists started it": words shared by a possibility and
        # the fact are not one account, nor is a value of what happened both name ("might have been started
        # by a campfire" / "was started by a campfire": the one is open, the other told). (A figure both give
        # is: "may have killed close to 600" / "close to 600 died" agree on the toll, as the real-news gold
        # reads them; so is a side of a contested point: "might be holding civilians hostage" takes the side
        # of an accusation that they were.)
        return None
    if fates_apart(fa, fb) is not None:
        return None
    return r


#: Kinds of act whose time is not the happening's own: a statement's, a response's (session 20 sweep review).
_NO_HAPPENING_TIME = frozenset({"report", "response"})


def _relate(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures,
            same_origin: bool, quiet_frames: frozenset[str]) -> Relation | None:
    """The relation between two claims' contents about one event, or None.

    A contradiction needs a point of disagreement (different figures for the same count, opposite
    sides of a frame, a negation of what the other asserts) *and*, for frames about a thing (what
    was hit, how people were moved), something the two talk about in common or an explicit denial.
    A corroboration needs the same count, the same side of a contested point with no point on which
    the two differ (again with shared words for frames about a thing), or largely the same words.
    ``score`` ranks candidates so that each claim keeps only its best relations. Claims of one
    origin (``same_origin``) never contradict each other by a frame or a denial: one source that
    names a depot and a hospital is telling two parts of its story, not disputing itself.
    Agreeing on a frame in ``quiet_frames`` (frames nobody disputes, for two claims of one article)
    is no corroboration.
    """
    if S.distinct_sites(fa.sites, fb.sites):
        return None   # a theatre and a maternity hospital, pipelines and ships: two acts, not two accounts of one
    if (fa.sites and fb.sites and not {k for k, _c in fa.sites} & {k for k, _c in fb.sites}
            and "killed" in fa.figures and "killed" in fb.figures and fa.figures["killed"] != fb.figures["killed"]
            and (same_origin or _told_apart(fa, fb))):
        # a depot and a school struck, each with its own toll, by one source or at different times or
        # places: two strikes. From two sides about one strike ("our missile hit a depot, killing two" /
        # "the missile hit a school, killing 17"), the classic dispute of target and toll: read on
        return None
    inter = fa.words & fb.words
    union = fa.words | fb.words
    jac = len(inter) / len(union) if union else 0.0
    anchor = inter - fa.frame_words - fb.frame_words
    if same_origin and _denial_told_twice(fa, fb, inter, jac) and not named_apart(a, b) and not _roles_swapped(a, b):
        # (one source's denial only: "our ships did not sink it" from one navy and another navy's
        # denial that its ships sank it are two parties' denials, not one told twice)
        return Relation("corroborates", "the same denial, quoted and reported: " + ", ".join(sorted(inter)[:5]), 0.6 + jac, "words")
    if _blamed_apart(fa, fb):
        return None   # "blamed the builder for the collapse" / "the city was responsible for the collapse"
    # Agreement on a count or a time is kept aside: it stands only if no point below sets the two
    # claims against each other ("12 killed when missiles struck the hospital" / "12 killed when
    # our missiles hit a depot" disagree on the target).
    agreed: Relation | None = None
    neutral_count = False   # a count told as an estimate 10-25 % off the other's: the point is open
    # 1. figures for the same thing
    # two counts over different territories ("on the Ukrainian-controlled territory" / "in the
    # territory it controls") are two tolls, not two accounts of one
    scoped_apart = fa.scope is not None and fb.scope is not None and fa.scope != fb.scope
    for slot in ("killed", "combatants killed", "children killed", "wounded", "evacuated", "children"):
        growing = slot in _GROWING
        ga, gb = _GROUP_SYNONYMS.get(fa.groups.get(slot, ""), fa.groups.get(slot)), \
            _GROUP_SYNONYMS.get(fb.groups.get(slot, ""), fb.groups.get(slot))
        if ga is not None and gb is not None and ga != gb and (ga in _SET_APART or gb in _SET_APART):
            continue   # two groups ("40 prisoners" / "eight guards"): two counts, not two accounts of one
        if slot in fa.figures and slot in fb.figures and not scoped_apart:
            x, y = fa.figures[slot], fb.figures[slot]
            if x != y and _compatible(x, fa.bounds.get(slot), y, fb.bounds.get(slot)):
                continue   # bounds that can count the same ("at least 87" / "over 100"): neither agree nor differ
            if x != y and (slot in fa.approx or slot in fb.approx) and abs(x - y) <= APPROX_WIDE * max(x, y):
                # an estimate and a figure near it: one figure told twice when close ("about 500" / "480"),
                # else neither one figure nor two ("about 500" / "420")
                if abs(x - y) <= APPROX_SAME * max(x, y) and not (fa.bounds.get(slot) or fb.bounds.get(slot)):
                    agreed = agreed or Relation("corroborates", f"{SLOT_LABEL[slot]} {x} / {y}, one an estimate", 0.85 + jac,
                                                f"figure:{slot}")
                else:
                    neutral_count = True   # neither agree nor differ: no frame may then make them agree
                continue
            if x != y and slot in ("killed", "wounded"):
                ia, ib = intake_counts(a), intake_counts(b)
                if (x < y and x in ia and y not in ib) or (y < x and y in ib and x not in ia):
                    # one hospital's intake ("received 22 bodies") and the toll of the whole ("27 killed"): a part,
                    # neither the same figure nor a rival one (two intakes of one ward still dispute)
                    neutral_count = True
                    continue
            if x != y and slot == "children" and _fates_of_children(a, x, b, y):
                neutral_count = True   # children hurt and children moved ("five children wounded" / "31 children
                continue               # taken to the city"): two counts, read at each count
            if x != y and growing and _risen_since(fa, x, fb, y, same_origin):
                continue   # a toll that has risen since ("rose to 143"): a later figure, not a rival one
            if (x != y and (ga is None) != (gb is None) and (ga or gb) in _ROLE_GROUPS
                    and (x < y if ga is not None else y < x)):
                continue   # fewer of one group than of anyone ("two workers" / "five people"): both can hold
            if x != y:
                return Relation("contradicts", f"{SLOT_LABEL[slot]} {x} vs {y}", 0.9 + jac, f"figure:{slot}",
                                (f"{SLOT_LABEL[slot]} {x}", f"{SLOT_LABEL[slot]} {y}"))
            if one_figure(fa.bounds.get(slot), fb.bounds.get(slot), slot in fa.strict or slot in fb.strict):
                agreed = agreed or Relation("corroborates", f"same {SLOT_LABEL[slot]}: {x}", 0.9 + jac, f"figure:{slot}")
    # one side's toll against the other's count of combatants killed ("12 dead" vs "up to 60 fighters
    # eliminated"): two accounts of who died in one event, when neither claim gives both figures
    # — not where the toll is larger than the count of combatants, who may be among the dead ("eleven people
    # killed" / "three servicemen killed", "five civilians killed" / "two soldiers killed": a part and the
    # whole, or two groups). (A smaller toll of civilians against more fighters eliminated is kept: "40
    # patients killed" / "up to 60 fighters eliminated" is the dispute of who died that the demo gold reads.)
    # A toll that names its own group ("three villagers", "two civilians", "40 patients") counts other dead than
    # the fighters: two groups, in either order, no rival figures (mend of review ctr13 M4).
    for fr, ff, tr in ((fa, fb, a), (fb, fa, b)):
        if ("killed" in fr.figures and "combatants killed" not in fr.figures and "combatants killed" in ff.figures
                and "killed" not in ff.figures and fr.figures["killed"] < ff.figures["combatants killed"]
                and fr.groups.get("killed") is None and not _CIVILIAN_TOLL.search(tr[:S.SLOT_TEXT_CHARS])):
            x, y = fr.figures["killed"], ff.figures["combatants killed"]
            return Relation("contradicts", f"casualty figure {x} killed vs {y} combatants killed", 0.8 + jac,
                            "figure:killed", _ordered(fr is fa, f"{SLOT_LABEL['killed']} {x}", f"{y} combatants killed"))
    for fr, ff in ((fa, fb), (fb, fa)):
        if "killed" in fr.ranges and "combatants killed" in ff.figures and "killed" not in ff.figures:
            lo, hi = fr.ranges["killed"]
            y = ff.figures["combatants killed"]
            if not lo <= y <= hi:
                return Relation("contradicts", f"casualty figures {lo}–{hi} vs {y} combatants killed", 0.8 + jac, "figure:killed",
                                _ordered(fr is fa, f"{SLOT_LABEL['killed']} {lo}–{hi}", f"{y} combatants killed"))
    # a figure within the other's range ("from 12 to 40 dead" vs "40 killed") agrees with it
    for slot in SLOT_LABEL:
        for fr, ff in ((fa, fb), (fb, fa)):
            if slot in fr.ranges and slot in ff.figures:
                lo, hi = fr.ranges[slot]
                if lo <= ff.figures[slot] <= hi:
                    return Relation("corroborates", f"{SLOT_LABEL[slot]} {ff.figures[slot]} within the range {lo}–{hi}",
                                    0.85 + jac, f"figure:{slot}")
                return Relation("contradicts", f"{SLOT_LABEL[slot]} {ff.figures[slot]} outside the range {lo}–{hi}",
                                0.85 + jac, f"figure:{slot}", _ordered(fr is fa, f"{SLOT_LABEL[slot]} {lo}–{hi}", f"{SLOT_LABEL[slot]} {ff.figures[slot]}"))
    # one exact count of one thing at one moment, told differently ("was carrying 80 passengers when it
    # capsized" / "had 120 passengers on board when it capsized"): what befell the things counted is the
    # same, the two share what they are about besides the count, and neither gives it as an update
    # (the casualty counts above have their own rules: bounds, groups, territories, updates)
    # (counts that grow, told on two different days, are two moments: "pulled 40 survivors" / "pulled 95")
    one_day = fa.ref is None or fb.ref is None or fa.ref == fb.ref
    if (not same_origin and one_day and not (fa.acts ^ fb.acts) and not scoped_apart
            and not set(fa.figures) & set(fb.figures)):
        ea, eb = fa.exact, fb.exact
        for thing in sorted(set(ea) & set(eb)):
            xs, ys = ea[thing], eb[thing]
            if len(xs) != 1 or len(ys) != 1 or xs.keys() == ys.keys():
                continue
            (x, (after_x, verb_x, holders_x)), = xs.items()
            (y, (after_y, verb_y, holders_y)), = ys.items()
            # (the same said after the count: "… passengers when it capsized"; not "flooded 300 homes" /
            # "left 4,000 homes without power"), by the same verb ("was carrying 80" / "had 120 on board";
            # not "120 were rescued"), of one holder ("the trawler Hesta" / "the cargo ship Norra" are two)
            other_holder = (holders_x and holders_y and not holders_x & fb.named_words and not holders_y & fa.named_words)
            if (after_x & after_y and verb_x == verb_y and not other_holder
                    and len(anchor - {_stem(thing.removeprefix("people:"))}) >= 2):
                what = thing.removeprefix("people:")
                return Relation("contradicts", f"count of {what}: {x} vs {y}", 0.75 + jac, f"slot:count:{what}", (f"{x} {what}", f"{y} {what}"))
    # the time of day of what both describe (claims of one event): minutes apart is one moment told
    # twice, half an hour or more apart is two accounts of when it happened — of something both
    # name ("the dam"), not a curfew and a strike
    # (the times of one act: "the leak was detected at 03:20" / "the flow was stopped at 05:05" date two)
    timed = [(abs(x - y), x, y) for x, act_x in fa.timed for y, act_y in fb.timed
             if same_timed_act(act_x, act_y)]
    # (with no noun in common, only the time of one known act agrees: an unknown act may be any other, "the blast
    # tore through the depot at 2 a.m." / "police arrived at 2 a.m."; nor a report's or a response's time, which is
    # no time of the happening: "divers recovered the body at 15:00" / "the ferry service resumed at 15:00")
    timed_known = [(abs(x - y), x, y) for x, act_x in fa.timed for y, act_y in fb.timed
                   if act_x and act_y and not {act_x, act_y} & _NO_HAPPENING_TIME and same_timed_act(act_x, act_y)]
    if timed_known and not _shared_nouns(a, b):
        gap, ta, tb = min(timed_known)
        if gap <= TIME_SAME_MINUTES:
            agreed = agreed or Relation("corroborates", f"same time: {ta // 60:02d}:{ta % 60:02d} / {tb // 60:02d}:{tb % 60:02d}", 0.7 + jac, "figure:time")
    if timed and _shared_nouns(a, b):
        gap, ta, tb = min(timed)
        hhmm = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
        if gap <= TIME_SAME_MINUTES:
            agreed = agreed or Relation("corroborates", f"same time: {hhmm(ta)} / {hhmm(tb)}", 0.7 + jac, "figure:time")
        elif gap >= TIME_APART_MINUTES:
            return Relation("contradicts", f"time {hhmm(ta)} vs {hhmm(tb)}", 0.7 + jac, "figure:time", (f"at {hhmm(ta)}", f"at {hhmm(tb)}"))
    # 2. what each account states about the happening, slot by slot: who did it, where, how many
    met = S.compare(fa.slots, fb.slots)
    if met is not None and met[0] == "contradicts" and met[1].slot == "means" and not _means_disputed(a, b, fa, fb, met[1], met[2]):
        met = S.compare([v for v in fa.slots if v.slot != "means"], [v for v in fb.slots if v.slot != "means"])
    if met is not None and met[0] == "contradicts" and met[1].slot == "day" and _no_day_dispute(a, b, fa, fb, met[1], met[2]):
        met = S.compare([v for v in fa.slots if v.slot != "day"], [v for v in fb.slots if v.slot != "day"])
    if met is not None:
        kind, va, vb = met
        if kind == "contradicts" and not same_origin:
            return Relation("contradicts", f"{S.describe(va)} (“{_short(va.text)}”) vs {S.describe(vb)} (“{_short(vb.text)}”)",
                            0.8 + jac, f"slot:{va.slot}", (S.describe(va), S.describe(vb)),
                            (f"{'+' if va.asserted else '-'}{va.value}", f"{'+' if vb.asserted else '-'}{vb.value}"))
        # one weapon named by both is the same fact only if the two tell much the same (a Grom-M
        # on a depot and a Grom-M's fragments at a hospital are not)
        # and a day or a place both name is context, not a fact they share
        # (a strike from the air likewise: "an airstrike hit the depot" and "… the hospital" are not one fact)
        if (kind == "corroborates" and va.slot != "day" and not va.slot.startswith("place:")
                and (va.slot not in ("weapon", "means") or jac >= 0.15)):
            agreed = agreed or Relation("corroborates", f"both: {S.describe(va)} (“{_short(va.text)}” / “{_short(vb.text)}”)",
                                        0.75 + jac, f"slot:{va.slot}")
    # 3. opposed sides of a frame
    for frame in FRAMES:
        name = frame["name"]
        if name in fa.sides and name in fb.sides:
            (sa, side_a), (sb, side_b) = fa.sides[name], fb.sides[name]
            la, lb = side_label(frame, fa), side_label(frame, fb)
            # an anchored frame ("a hospital" vs "a depot") needs the two to be about the same thing:
            # shared words, a blanket denial, or a claim that takes its side by denying the other's
            about_same = (not frame.get("anchor") or len(anchor) >= 2 or fa.blanket or fb.blanket
                          or name in fa.negated_sides or name in fb.negated_sides
                          or (name in fa.struck and name in fb.struck))
            if sa != sb and not same_origin and about_same:
                return Relation("contradicts", f"{la} (“{side_a}”) vs {lb} (“{side_b}”)", 0.75 + jac, f"frame:{name}", (la, lb))
    # 3a. a corrective contrast ("twelve trucks, not twenty", "at the Farrow booster plant, not at the old Dell works as
    # some papers had said") against a claim that asserts what it rejects: the standard form of setting one account
    # straight, whatever the slot (a count, a day, a place, what a thing was). Numbers compared as values, words as
    # stems: the rejected phrase's head asserted by the other, and one more word both share (the rejected phrase's or
    # another) so that the two are about one thing.
    if not same_origin:
        for fr, fo, first in ((fa, fb, True), (fb, fa, False)):
            hit = _rejected_told(fr, fo, inter, b if first else a)
            if hit is not None:
                value, told = hit
                return Relation("contradicts", f"told vs corrected: “{_short(told)}” vs “not {_short(told)}”", 0.7 + jac,
                                f"negation:{value}", _ordered(not first, told, f"not {told}"),
                                _ordered(not first, f"+{value}", f"-{value}"))
    # 3b. an act told in Russian or Ukrainian, asserted by one and denied by the other ("директор был задержан" /
    # "его клиент не был задержан", "их эвакуировали" / "жителей не эвакуировали"), of something both name (two
    # romanised stems in common: "шахты «Велна»" / "шахти «Велна»"): the words of the two languages are not
    # compared, so the act's kind and the things around it stand for them. A toll has its own rule (the figure 0).
    if not same_origin and fa.cyr_acts and fb.cyr_acts and len(fa.cyr_stems & fb.cyr_stems) >= 2:
        for kind in sorted(set(fa.cyr_acts) & set(fb.cyr_acts)):
            if kind == "harm to people" and (set(fa.figures) | set(fb.figures)) & {"killed", "wounded"}:
                continue
            # (one act set against the other's: every other kind both tell, both tell alike)
            if fa.cyr_acts[kind] != fb.cyr_acts[kind] and all(
                    fa.cyr_acts[k] == fb.cyr_acts[k] for k in set(fa.cyr_acts) & set(fb.cyr_acts) if k != kind):
                return Relation("contradicts", f"asserted vs denied: “{kind}”", 0.7 + jac, f"negation:{kind}",
                                _ordered(fa.cyr_acts[kind], "asserted", "denied"))
    # 4. negation or denial of what the other asserts — unless both say who did it and the slots
    # found those compatible ("the US was not behind it" and "a pro-Ukrainian group was")
    if any(v.slot == "agent" for v in fa.slots) and any(v.slot == "agent" for v in fb.slots):
        return agreed
    # A denial that names who did it ("Kyiv was not involved in the attacks", "it did not launch any
    # attack", a report that the US was behind the attacks called false) disputes the agent, which
    # the slots compare, not that the act happened.
    # (a side's absence, "had no units there", is said and unsaid like any statement)
    # So does a denial whose doer is the speaker's own side ("[denied that] their fighters had shot down the plane",
    # "[denied that] it had shelled the market"): it denies who did it, not that it happened.
    # Only against a claim that tells the act without a doer (in the passive, no agent named): against one that names
    # a doer ("the army shelled the market") the denial still disputes the act.
    disputes_act = lambda f: (not any(v.slot == "agent" and v.basis != "presence" for v in f.slots)  # noqa: E731
                              and not (f.denial and _OWN_SIDE_DOER.match(a if f is fa else b)
                                       and _told_without_doer(b if f is fa else a, fb if f is fa else fa)))
    # Both negated in two word orders ("the bridge could no longer carry heavy vehicles" / "heavy
    # vehicles could no longer cross the bridge"): each has words the other's negation governs, so
    # the opposition runs both ways and is word order, not one asserting what the other denies.
    if (fa.negated & fb.asserted & inter) and (fb.negated & fa.asserted & inter) \
            and not _TWO_CLAUSES.search(a) and not _TWO_CLAUSES.search(b):
        # (one clause each: "did not shell the school but shelled the hospital" / "shelled the
        # school but did not shell the hospital" deny each other's act, and still contradict)
        # — and with largely the same words, it is one denial told twice
        # (with its roles kept: "the police did not beat the miners" / "the miners did not beat the police" are two denials)
        if (agreed is None and len(inter) >= 3 and jac >= 0.3 and not named_apart(a, b) and fa.denial == fb.denial
                and not ((fa.acts or fb.acts) and not (fa.acts & fb.acts)) and not _roles_swapped(a, b)):
            return Relation("corroborates", "the same denial in two word orders: " + ", ".join(sorted(inter)[:5]), 0.6 + jac, "words")
        return agreed
    opposite = ((fa.negated & fb.asserted) | (fb.negated & fa.asserted)) & inter
    shared_neg = {w for w in ((fa.negated & fb.asserted) if disputes_act(fa) else set())
                  | ((fb.negated & fa.asserted) if disputes_act(fb) else set()) if any(w.startswith(k) for k in KEY_PREDICATES)}
    if shared_neg and len(inter) >= 2 and not same_origin:
        w = sorted(shared_neg)[0]
        return Relation("contradicts", f"asserted vs denied: “{w}…”", 0.7 + jac, f"negation:{w}",
                        _ordered(w in fa.asserted and w in fb.negated, "asserted", "denied"))
    # the same statement said and unsaid ("the guards did not open fire" / "the guards opened fire
    # on the crowd"): most words shared and two or more of them negated in one, asserted in the other
    if len(opposite) >= 2 and jac >= 0.3 and not same_origin and disputes_act(fa) and disputes_act(fb):
        w = sorted(opposite)[0]
        return Relation("contradicts", f"asserted vs denied: “{' '.join(sorted(opposite)[:3])}”", 0.65 + jac, f"negation:{w}",
                        _ordered(w in fa.asserted and w in fb.negated, "asserted", "denied"))
    if fa.denial != fb.denial and len(anchor) >= 2 and not same_origin and disputes_act(fa if fa.denial else fb):
        # (not what the denial tells in a relative clause of a thing it names: "denied that its fighters shot down the
        # plane that crashed" presupposes the crash, and denies the shooting down)
        shared = {w for w in inter if any(w.startswith(k) for k in KEY_PREDICATES)} - presupposed_words(a if fa.denial else b)
        if shared:
            w = sorted(shared)[0]
            return Relation("contradicts", f"alleged vs called false: “{w}…”", 0.65 + jac, f"negation:{w}",
                            _ordered(not fa.denial, "asserted", "denied"))
    if agreed is not None:
        return agreed
    # 5. agreement: the same side of a contested point, with no point on which they differ
    opposed = [n for n in fa.sides if n in fb.sides and fa.sides[n][0] != fb.sides[n][0]]
    # (nor two counts of one thing that differ: "residents of seven villages evacuated" / "forced the evacuation of
    # four villages" take one side of how people left, and tell two counts of it: two moments or a dispute, not one fact)
    if not opposed and not neutral_count and not numbers_apart(fa, fb):
        for frame in FRAMES:
            name = frame["name"]
            if (name in fa.sides and name in fb.sides and fa.sides[name][0] == fb.sides[name][0]
                    and (not frame.get("anchor") or (len(anchor) >= 2 and jac >= 0.12)) and name not in quiet_frames
                    and not ("killed" in fa.figures and "killed" in fb.figures and fa.figures["killed"] != fb.figures["killed"])):
                # (two tolls that differ tell two acts of one kind, or a count disputed: no corroboration)
                label = side_label(frame, fa)
                return Relation("corroborates", f"both describe {label} (“{fa.sides[name][1]}” / “{fb.sides[name][1]}”)", 0.65 + jac,
                                f"frame:{name}")
    # two counts of different things ("39 killed" / "87 injured"), or of one thing that are not one
    # figure ("more than 30" / "as many as 30"), are two facts, however many words they share
    shared_counts = set(fa.figures) & set(fb.figures)
    counted_apart = bool(fa.figures) and bool(fb.figures) and (not shared_counts or any(
        fa.figures[k] != fb.figures[k] or not one_figure(fa.bounds.get(k), fb.bounds.get(k), k in fa.strict or k in fb.strict)
        for k in shared_counts))
    # (and any two counts with no number in common, of whatever they count: "Forty miners were killed" /
    # "the number of miners killed has risen to 143", "80 passengers" / "120 passengers")
    counted_apart = counted_apart or numbers_apart(fa, fb)
    # the same fact tells the same kind of act: none in either, or one kind in common (not an act in
    # one that the other does not tell at all: "struck the power station" / "the power station supplies")
    acted_apart = (fa.acts or fb.acts) and not (fa.acts & fb.acts)
    # (or a short claim every word of which the other tells, adding only where, who or when: "trains would
    # run with delays" / "trains in Vinnytsia would run with delays" — not "the reactor nearly exploded",
    # "the strike missed the school", "the mayor threatened to resign")
    short, long_ = (fa, fb) if len(fa.words) <= len(fb.words) else (fb, fa)
    told_within = (len(inter) >= 2 and len(short.words) == len(inter) and jac >= 0.5
                   and long_.words - short.words <= long_.named_words)
    # (or one act told in other words with the names around it: the same kind of act, two or more shared
    # names among four shared words, and no doer named in one that the other names otherwise: "rebels of the
    # Sarn front set fire to the Oska granary during the harvest fair" / "the Oska granary burned in a raid
    # the Sarn front staged under cover of the harvest fair"; a name each gives and the other does not, or two
    # different parties said to have done it, may be two doers, and who did it is left to the agent slot)
    same_named_act = (bool(fa.acts & fb.acts) and len(inter) >= 4 and jac >= 0.15
                      and len(inter & fa.named_words & fb.named_words) >= 2 and not fa.negated and not fb.negated
                      and not _doers_apart(a, b, fa, fb))
    # (nothing denied in either: "the upper part was destroyed, the dam itself was not" shares the plant's
    # name with "the dam burst", not the account)
    # (a capacity is no load: "built to carry 140 passengers" / "sank with 140 passengers aboard" share words, not a fact)
    if (fa.denial == fb.denial and ((len(inter) >= 3 and jac >= 0.3) or told_within or same_named_act) and not counted_apart and not opposite
            and not predicated_apart(fa, fb)
            and fa.capacity == fb.capacity
            and not acted_apart and not named_apart(a, b) and not _prefixed_apart(fa, fb) and not _denied_apart(a, b)):
        return Relation("corroborates", "largely the same account: " + ", ".join(sorted(inter)[:5]), 0.6 + jac, "words")
    # one exact figure of one thing in any construction ("the blast cut power to 20,000 homes" / "power was
    # cut to 20,000 homes"), nothing above setting the two apart, where the two tell the same of it: the
    # same kind of act, or the same words next to the count ("15 protesters were arrested" / "15 protesters
    # were released" are two facts). Of a thing, an act in one and none in the other is no clash; people
    # counted are the same fact only where what befell them is ("500 people were inside" / "500 were killed").
    shared_act = bool(fa.acts & fb.acts)
    same_number = {(n, w) for (n, w), said in fa.numbered.items() if (n, w) in fb.numbered
                   and (shared_act or (said & fb.numbered[(n, w)] and (not w.startswith("people:") or fa.acts == fb.acts)))}
    capacity = fa.capacity or fb.capacity   # (a capacity is no load, and two capacities are no count of a happening)
    if (same_number and not capacity and not counted_apart and not opposite and not (fa.acts and fb.acts and not fa.acts & fb.acts)
            and fa.denial == fb.denial and not named_apart(a, b)):   # (20,000 homes in Tarn / in Lisk: two facts)
        n, what = max(same_number)
        return Relation("corroborates", f"same count: {n:,} {what.removeprefix('people:')}", 0.6 + jac, "words")
    # one count told in other words: the same numbers and no other in both ("14 protesters were arrested" /
    # "fourteen demonstrators were detained"), each of the same fate, or of the same thing held by what both
    # name ("the Saint Kestrel … with 140 passengers aboard" / "the Saint Kestrel … carrying 140 passengers")
    values_a, values_b = {v for v, _w, _p in fa.numbers}, {v for v, _w, _p in fb.numbers}
    if values_a and values_a == values_b and _counts_comparable(a, b, fa, fb, bool(capacity or counted_apart or opposite)):
        for v in sorted(values_a, reverse=True):
            fate = sorted(fa.fates.get(v, frozenset()) & fb.fates.get(v, frozenset()))
            if fate and not places_or_sides_apart(a, b):   # (14 shot down over Kursk / over Belgorod: two facts)
                return Relation("corroborates", f"same count in other words: {v:,} {fate[0]}", 0.55 + jac, "words")
            things = {w for x, w, _p in fa.numbers if x == v and w} & {w for x, w, _p in fb.numbers if x == v and w}
            if things and len(fa.named_words & fb.named_words) >= 2:
                return Relation("corroborates", f"same count of {sorted(things)[0]} of the "
                                + " ".join(sorted(fa.named_words & fb.named_words)[:3]) + f": {v:,}", 0.55 + jac, "words")
    # 6. one proposition, an act and one more value, told in other words (session 18, issue #12 item 3).
    # One count told within a longer account ("nine fishermen were missing" / "killing four crew and leaving nine
    # fishermen missing"): every count the shorter claim gives is one the longer gives, each of the same fate (the act
    # done to what is counted), nothing above setting the two apart. The count and its fate are the proposition the
    # short claim states; the longer one states it too, with more besides (not "nine injured": another fate).
    # Nothing negated in either, as for same_named_act above ("it was not true that nine fishermen were missing" is
    # no account of nine missing: mend of review cor18 S1).
    if (values_a and values_b and values_a != values_b and (values_a < values_b or values_b < values_a)
            and _counts_comparable(a, b, fa, fb, bool(capacity or counted_apart or opposite)) and fa.mood == fb.mood and not fa.negated and not fb.negated
            and not places_or_sides_apart(a, b) and not values_a & values_b & (bounded_values(a) | bounded_values(b))):
        # ("more than nine were missing" does not state nine, nor "about nine": a bound or an estimate is no count told
        # within)
        fated = {v: sorted(fa.fates.get(v, frozenset()) & fb.fates.get(v, frozenset())) for v in values_a & values_b}
        if all(fated.values()):
            told = ", ".join(f"{v:,} {fate[0]}" for v, fate in sorted(fated.items(), reverse=True))
            return Relation("corroborates", f"same count within a longer account: {told}", 0.55 + jac, "words")
    # One act denied by both ("the patrol did not fire a single shot" / "no weapon was fired", "there have been no
    # such strikes on the city" / [denied that] "its forces bombed the city"): the mirror of 4's dispute, where one
    # asserts what the other denies. The act's stem or its kind stands for the act (features.denied_acts), and
    # nothing above set the two apart: no doer named by both (4 left those to the agent slot), no two counts, no
    # word said and unsaid, no names or doers apart, no two denied contents apart. Two denials that each tell a doer
    # are two doers' denials ("we did not shell the market" / "our artillery did not shell the market"): the same
    # fact only if the doers are one, which nothing here reads; a denial without a doer ("no shots were fired")
    # denies it of all. A kind of act alone in common is one act only of a thing both name, not of a time both tell
    # ("the hospital was not shelled overnight" / "the depot was not bombed overnight").
    both_denied = fa.denied_acts & fb.denied_acts
    if (both_denied and all(x.startswith("kind:") for x in both_denied)
            and not {w for w in _shared_nouns(a, b) if not _WHEN_WORD.fullmatch(w)}):
        both_denied = frozenset()
    if (both_denied and not counted_apart and not opposite and not capacity and not named_apart(a, b)
            and not (_doer_told(a, fa) and _doer_told(b, fb)) and not _denied_apart(a, b)
            and not _doers_apart(a, b, fa, fb) and not _prefixed_apart(fa, fb)):
        act = sorted(both_denied, key=lambda x: (x.startswith("kind:"), x))[0].removeprefix("kind:")
        return Relation("corroborates", f"the same act denied by both: “{act}”", 0.55 + jac, "words")
    # One act told in Russian or Ukrainian by both, the same way, of what both name ("Дроны атаковали складской
    # комплекс «Тарвел»" / "дрони атакували складський комплекс «Тарвел»"): the mirror of 3b's dispute, the act's
    # kind and two romanised stems in common standing for the words the two languages do not share. Every kind both
    # tell is told alike (told in one and denied in the other is 3b's dispute), and a toll has its own rule (the
    # figures above).
    shared_kinds = set(fa.cyr_acts) & set(fb.cyr_acts)
    if (shared_kinds and all(fa.cyr_acts[k] == fb.cyr_acts[k] for k in shared_kinds)
            and len(fa.cyr_stems & fb.cyr_stems) >= 2 and fa.denial == fb.denial and not counted_apart and not opposite
            and not capacity and not (set(fa.figures) | set(fb.figures)) & {"killed", "wounded"}
            and not places_or_sides_apart(a, b) and not named_apart(a, b)
            # two counts with none in common ("три складских комплекса" / "п'ять складських комплексів") or two
            # «quoted» names with no word in common: two things, not one act told twice (mend of review cor18 M2)
            and not (values_a and values_b and not values_a & values_b) and not quoted_apart(a, b)):
        kind = sorted(shared_kinds)[0]
        return Relation("corroborates", f"the same act, {'told' if fa.cyr_acts[kind] else 'denied'} by both: “{kind}” of "
                        + ", ".join(sorted(fa.cyr_stems & fb.cyr_stems)[:3]), 0.55 + jac, "words")
    # 7. one proposition told by both (session 22, issue #12 item 3): the same act of the same things, with the same
    # polarity, in any words. The shorter claim's proposition is told within the longer: every act it tells the other
    # tells too (a verb and its noun meet on one stem: "attacked" / "the attack on", "задержала" / "задержание"), and
    # all that it is about besides (every stem of it, two at least beyond the act: one participant changed by a common
    # noun, "больницу" / "школу", is another fact); nothing in either is negated (a denial of it is another
    # proposition); no count, day, time of day, name, place, doer, thing counted or quoted name sets the two apart.
    # Values, not surface words: stems, romanised Cyrillic stems, numbers, days and times as values.
    if _one_proposition(a, b, fa, fb, bool(capacity or counted_apart or opposite)):
        act = sorted((fa.prop_acts & (fb.prop_acts | fb.prop_words)) | (fb.prop_acts & (fa.prop_acts | fa.prop_words)))[0]
        about = sorted((fa.prop_words & fb.prop_words) - {act})[:3]
        return Relation("corroborates", f"the same proposition: “{act}” of " + ", ".join(about), 0.5 + jac, "words")
    return None


def _one_proposition(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures, set_apart: bool) -> bool:
    """Do two claims tell one proposition (:data:`features.proposition`): the same act of the same things, the same
    polarity? See rule 7 of :func:`_relate`."""
    if set_apart or fa.prop_negated or fb.prop_negated or fa.mood != fb.mood or fa.capacity or fb.capacity:
        return False
    short, long_ = (fa, fb) if len(fa.prop_words) <= len(fb.prop_words) else (fb, fa)
    told_a, told_b = fa.prop_acts | fa.prop_words, fb.prop_acts | fb.prop_words
    # a verb and its noun meet on one stem; an act read only by an ending a noun has too ("персонал", "гигиены") is no
    # act in common unless the other claim tells it by another form (mend of review corro22 S1)
    acts = ((fa.prop_acts - fa.prop_weak_acts) & told_b) | ((fb.prop_acts - fb.prop_weak_acts) & told_a)
    if not acts or not short.prop_acts <= (long_.prop_acts | long_.prop_words):
        return False   # an act the other does not tell: another proposition ("freed" / "seized", "began" / "ended")
    shared = fa.prop_words & fb.prop_words
    if len(shared - acts) < 2 or not short.prop_words <= long_.prop_words:
        return False   # a stem of the shorter the longer does not tell: another participant (mend of review corro22 M1)
    if _values_apart(fa.prop_values, fb.prop_values):
        return False   # "во вторник" / "в пятницу", "к пяти" / "к восьми годам" (mend of review corro22 M2)
    values_a, values_b = {v for v, _w, _p in fa.numbers}, {v for v, _w, _p in fb.numbers}
    if values_a and values_b and values_a != values_b:
        return False   # counts told by both must be the same counts
    if _things_counted_apart(fa, fb):
        return False   # "three protesters" / "three journalists": one number of two things
    if _roles_apart(fa, fb):
        return False   # "бригада уничтожила … противника" / "бригада противника уничтожила …": two doers
    return not (named_apart(a, b) or _doers_apart(a, b, fa, fb) or _prefixed_apart(fa, fb) or predicated_apart(fa, fb)
                or places_or_sides_apart(a, b) or quoted_apart(a, b) or _denied_apart(a, b) or fates_apart(fa, fb) is not None
                or (fa.acts and fb.acts and not fa.acts & fb.acts)
                or any(fa.cyr_acts[k] != fb.cyr_acts[k] for k in set(fa.cyr_acts) & set(fb.cyr_acts)))


def _values_apart(va: frozenset[str], vb: frozenset[str]) -> bool:
    """Do two claims tell values of one kind (counts "#5", days "day:2", times of day "time:night":
    :func:`features.cyrillic_value`) where neither's are among the other's? One that tells no value of a kind is not
    set apart by it (a day left out is no other day)."""
    for kind in ("#", "day:", "time:"):
        a, b = {v for v in va if v.startswith(kind)}, {v for v in vb if v.startswith(kind)}
        if a and b and not (a <= b or b <= a):
            return True
    return False


def _roles_apart(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Do two Russian or Ukrainian claims told in the active voice with one act put a stem they share on two sides of
    it (:attr:`features.ClaimFeatures.prop_active`)? Then it has two roles: the doer in one, what was done to in the
    other."""
    if fa.prop_active is None or fb.prop_active is None or fa.prop_active[0] != fb.prop_active[0]:
        return False
    (_x, before_a, after_a), (_y, before_b, after_b) = fa.prop_active, fb.prop_active
    return bool((before_a & after_b) or (after_a & before_b))


def _things_counted_apart(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Does one number count a thing in one claim that the other does not name at all, where the other counts something
    else by it ("three protesters were arrested" / "three journalists were arrested")?"""
    for v, wa, _pa in fa.numbers:
        for u, wb, _pb in fb.numbers:
            if v == u and wa and wb and _stem(wa) != _stem(wb) and _stem(wa) not in fb.words and _stem(wb) not in fa.words:
                return True
    return False


def _rejected_told(fr: ClaimFeatures, fo: ClaimFeatures, inter: set[str], other: str) -> tuple[str, str] | None:
    """(the value, the phrase) of what ``fr`` rejects by a corrective contrast (:func:`negation.corrections`) that
    ``fo`` (whose text is ``other``) asserts, or None. Not where ``fo`` rejects it too (two corrections of one report agree). What ``fo`` must
    tell of it:

    - a rejected number: that number among ``fo``'s counts of a thing ``fr`` names too, and two words in common (the
      thing counted, the act);
    - a phrase of two or more content words ("the old Dell works"): its head and one more of its words, not the
      head alone ("the work of vandals" is no mention of the Dell works);
    - one word that names a value ("Sunday", "Orrin"): that word and one more word in common;
    - one word for a kind of thing ("not the granary"): that word and two more in common. Every account of an event
      names its site ("the granary was crowded on market day"), so a mention of it is no account of the target.

    Within one event two claims nearly always share the place's name and the act's word, so the counts of shared
    words above do little; what keeps most unrelated mentions out is the several-word rule. Never a contrast set
    against a wish, an appeal or a plan ("we need nurses, not police": an option turned down, no account corrected),
    nor against what is still to come unless the other tells what is to come too ("the vote will be on Monday, not
    Sunday" is no dispute of "the shops shut on Sunday"), and a rejected day or month not against a claim that tells another act (two acts have two days: "the talks
    resume in March, not February" is no dispute of "the truce was signed in February"; as
    :func:`_no_day_dispute` does for the day slot, only where both tell what was done)."""
    rejected_by_other = {c.head for c in fo.corrected if c.head} | {n for c in fo.corrected for n in c.numbers}
    # each count of the other's, of a thing this claim names too (or of nothing named: "risen to 143"): "reopened at
    # 10, not 9" disputes no count of 9 people hurt
    counted = {v for v, w, _p in fo.numbers if not w or w in fr.words}
    for c in fr.corrected:
        if c.wished or (c.ahead and AHEAD.search(other) is None):
            continue
        if ((c.head in WEEKDAYS or c.head in _MONTHS) and fr.preds and fo.preds
                and not fr.acts & fo.acts and not fr.preds & fo.preds):
            continue
        if c.numbers and not c.stems:
            n = next((n for n in sorted(c.numbers) if n in counted and n not in rejected_by_other), None)
            if n is not None and len(inter) >= 2:
                return f"{n:,}", c.phrase
            continue
        told = c.stems & fo.asserted
        if c.head not in told or c.head in rejected_by_other:
            continue
        others = len(inter - c.stems)
        if len(told) >= 2 if len(c.stems) >= 2 else others >= (1 if c.named else 2):
            return c.head, c.phrase
    return None


def _counts_comparable(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures, set_apart: bool) -> bool:
    """What both count forms of :func:`_relate` (one count told in other words, and a count told within a longer
    account) require of two claims: nothing above set them apart (``set_apart``: a capacity, counts or sides apart),
    no two kinds of act (an act in one and none in the other is no clash: "sank" / "went down"), both denials or
    neither, no names apart and no fates apart (mend of review cor18 S3: one guard chain, not two copies)."""
    return (not set_apart and not (fa.acts and fb.acts and not fa.acts & fb.acts) and fa.denial == fb.denial
            and not named_apart(a, b) and fates_apart(fa, fb) is None)


def _told_without_doer(text: str, f: ClaimFeatures) -> bool:
    """A claim that tells its act in the passive (:data:`_PASSIVE_ACT`) and names no agent."""
    return (not any(v.slot == "agent" for v in f.slots)) and bool(_PASSIVE_ACT.search(text[:S.SLOT_TEXT_CHARS]))


def _fates_of_children(a: str, x: int, b: str, y: int) -> bool:
    """Two counts of children, one told hurt and the other moved, each read at its count (:func:`counts.child_count_fates`)."""
    fx, fy = child_count_fates(a).get(x), child_count_fates(b).get(y)
    return fx is not None and fy is not None and fx != fy



def _no_day_dispute(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures, va: S.SlotValue, vb: S.SlotValue) -> bool:
    """Two different "day" values that are not two accounts of when one thing happened; the claims are then compared on
    their other slots. Each reason in turn:"""
    cyrillic = bool(_CYRILLIC.search(va.text) or _CYRILLIC.search(vb.text))
    return bool(
        # two days of two kinds of act ("the levee broke on 28 March" / "14 people died …, 9 injured" dated later):
        # when each happened, not two accounts of when one did
        (fa.acts and fb.acts and not fa.acts & fb.acts)
        # one weekday named alike by both ("lit on Saturday evening" / "the first call came on Saturday"), read against
        # two different page dates: a weekday tells the day within a week, not which week
        or _one_weekday(va, vb, fa.ref, fb.ref)
        # a day after the page's own ("investigators will question the captain on Friday"): an act still to come,
        # which dates no account of what happened
        or _day_ahead(va, fa.ref) or _day_ahead(vb, fb.ref)
        # two days of two things: a dispute over when needs something both name that the day dates ("the dam burst on
        # Tuesday" / "the dam gave way on Thursday"), as two times of day do, or one kind of act both tell (one thing
        # named two ways: "the hospital was shelled on Monday" / "shells hit the clinic on Wednesday"), not "the bodies
        # were recovered on Thursday" / "my children have been coughing since Tuesday". (Words compared in the Latin
        # script: a day read in Russian or Ukrainian has its own gate below, one step of one act in both.)
        or (not _day_shared_nouns(a, b, va, vb) and not fa.acts & fb.acts and not cyrillic)
        # the days of two steps of one story ("boarded on Tuesday" / "towed into port on Thursday"): a contradiction
        # over a day needs the same act dated twice
        or _days_of_two_acts(a, b, va, vb)
        # the days of two acts one claim's own words set apart: it tells the act the other dates, undated, beside the
        # act its own day dates ("the ferry was impounded on Monday" / "the ferry impounded off Dornes reached Velt
        # on Wednesday"); two verbs one claim uses for two things are no synonyms, whatever the word lists know
        or _days_told_apart(a, b, fa, fb, va, vb)
        # a day read in Russian or Ukrainian disputes another only when both claims tell one step of an act, the
        # same (frames.CYRILLIC_STEPS): one kind of act has steps, each with its day ("пожар начался 3 мая" /
        # "пожар потушили 5 мая", "задержали 12 марта" / "суд арестовал 14 марта": mend of review cyrlink14 M8).
        # Two days alike still corroborate.
        or (cyrillic and not (len(fa.cyr_steps) == 1 and fa.cyr_steps == fb.cyr_steps)))


#: A day told by its weekday alone ("Saturday", "last Saturday", "early on Saturday"): the weekday's name.
_WEEKDAY_ONLY = re.compile(r"(?:(?:last|this|early on|late on|on)\s+)?(?:" + "|".join(WEEKDAYS) + ")", re.I)


def _one_weekday(va: S.SlotValue, vb: S.SlotValue, ref_a: date | None, ref_b: date | None) -> bool:
    """Two "day" values told by one weekday alike ("Saturday" / "Saturday", "last Saturday" / "last Saturday"), resolved
    against two different page dates: which week is the resolver's guess, the weekday is what the two say, and they say
    one. On one page date (or told "last Saturday" / "Saturday") the two resolve to two days the claims do tell."""
    la, lb = va.label.strip().lower(), vb.label.strip().lower()
    return (ref_a is not None and ref_b is not None and ref_a != ref_b and la == lb
            and _WEEKDAY_ONLY.fullmatch(la) is not None)


def _day_shared_nouns(a: str, b: str, va: S.SlotValue, vb: S.SlotValue) -> set[str]:
    """The words both claims use (:func:`words._shared_nouns`) besides the words of their days ("August", "Tuesday")."""
    return _shared_nouns(a, b) - set(re.findall(r"[a-z]{3,}", (va.text + " " + vb.text + " " + va.label + " " + vb.label).lower()))


def _day_ahead(v: S.SlotValue, ref: date | None) -> bool:
    """A "day" value (with its year) after the day following ``ref``, the day of the page that tells it: the day of a
    plan or a schedule. One day of slack, as :func:`when._on_or_before` allows (a page dated in another time zone, a
    live page dated by its first post)."""
    year, _, _ = v.value.partition("-")
    if ref is None or not year:
        return False
    try:
        return date.fromisoformat(v.value) > ref + timedelta(days=1)
    except ValueError:
        return False


def _days_of_two_acts(a: str, b: str, va: S.SlotValue, vb: S.SlotValue) -> bool:
    """Two "day" values that date two different steps of one story (:func:`figures.dated_step`: the act, a charge, an
    arrest, a release, a report; both known and different). Two verbs for one act never split."""
    xa, xb = dated_step(a[:S.SLOT_TEXT_CHARS], va.text), dated_step(b[:S.SLOT_TEXT_CHARS], vb.text)
    return xa is not None and xb is not None and xa != xb


def _days_told_apart(a: str, b: str, fa: ClaimFeatures, fb: ClaimFeatures, va: S.SlotValue, vb: S.SlotValue) -> bool:
    """Two "day" values where one claim, with no other day, tells the act the other's day dates without a day and dates
    another act (:func:`figures.tells_other_act_undated`): that claim says when the second act happened, not the
    first. Needs both dated acts known (:func:`figures.dated_act`)."""
    ka, kb = dated_act(a[:S.SLOT_TEXT_CHARS], va.text), dated_act(b[:S.SLOT_TEXT_CHARS], vb.text)
    if ka is None or kb is None or ka & kb:
        return False
    one_day = lambda f: sum(v.slot == "day" for v in f.slots) == 1  # noqa: E731
    return ((one_day(fb) and tells_other_act_undated(b[:S.SLOT_TEXT_CHARS], vb.text, ka))
            or (one_day(fa) and tells_other_act_undated(a[:S.SLOT_TEXT_CHARS], va.text, kb)))


#: What a slot's point asks, for people ("who did it", "where it landed").
_SLOT_POINTS = {"agent": "who did it", "nature": "what kind of act: meant or not", "day": "on which day", "weapon": "which weapon",
                "place:landed": "where it landed", "place:fired from": "where it was fired from",
                "place:took place in": "where it took place"}


def point_label(key: str) -> str:
    """The point two claims disagree on, for people, from a :class:`Relation`'s ``key``:
    "who did it", "how many shots", "casualty figure", "a mistaken landing or a planned operation"."""
    kind, _, what = key.partition(":")
    if kind == "slot":
        if what.startswith("count:"):
            return "how many " + what.split(":", 1)[1]
        if what.startswith("held:"):
            return "who has the " + what.split(":", 1)[1]
        if what.startswith("cause:"):
            return "what caused the " + what.split(":", 1)[1]
        if what.startswith("presence:"):
            return "whether people under arms were at the site"
        if what.startswith("identity:"):
            return "who the " + what.split(":", 1)[1] + " was"
        if what.startswith("place:") and what not in _SLOT_POINTS:
            return "where it " + what.split(":", 1)[1]
        return _SLOT_POINTS.get(what, what)
    if kind == "figure":
        return "at what time" if what == "time" else SLOT_LABEL.get(what, what)
    if kind == "frame":
        frame = next((f for f in FRAMES if f["name"] == what), None)
        return f"{frame['sides'][0][0]} or {frame['sides'][1][0]}" if frame else what
    if kind == "negation":
        return f"asserted or denied: “{what}…”"
    return key


def predicated_apart(fa: ClaimFeatures, fb: ClaimFeatures) -> bool:
    """Do two claims tell different acts of what they share, on positive evidence: each tells an act the
    lists know (a kind of :func:`acts_of`, or a stem of :data:`words.PREDICATE_KINDS`), no kind is shared and
    no predicate stem (:func:`predicates`) either ("the crane was installed in March" / "the crane collapsed
    in March", "the warehouse was sold on Friday" / "the warehouse burned on Friday")? An act told with a verb
    the lists do not know ("stepped down", "caved in") is no evidence: the gate stays off."""
    if not fa.preds or not fb.preds or fa.preds & fb.preds:
        return False
    ka, kb = fa.acts | predicate_kinds(fa.preds), fb.acts | predicate_kinds(fb.preds)
    return bool(ka and kb and not ka & kb)


def _ordered(first_is_a: bool, x: str, y: str) -> tuple[str, str]:
    """Sides (claim a's, claim b's) from a rule that read ``x`` in one claim and ``y`` in the other."""
    return (x, y) if first_is_a else (y, x)


#: Two clock times this close are one moment; this far apart, two accounts of when.
TIME_SAME_MINUTES = 2
TIME_APART_MINUTES = 30

#: Ranking bonus for two claims of one document: the article itself sets them against each other.
SAME_DOCUMENT_BONUS = 0.3

#: Each claim keeps at most this many relations of each type (its best ones): a bound on what one
#: claim can put in the contested view. Against the exhaustive gold (every true pair listed) a cap
#: of 2 cut contradiction recall to 0.19 at no gain in precision; 8 leaves room for a claim
#: disputed by several outlets.
PER_CLAIM = {"corroborates": 8, "contradicts": 8}


def select(candidates: list[tuple[int, int, Relation]], per_claim: dict[str, int] | None = None) -> list[tuple[int, int, Relation]]:
    """Keep, for each claim, only its best relations of each type (greedy, best first)."""
    caps = per_claim or PER_CLAIM
    used: dict[tuple[int, str], int] = {}
    out = []
    for a, b, r in sorted(candidates, key=lambda x: -x[2].score):
        cap = caps.get(r.type, 2)
        if used.get((a, r.type), 0) >= cap or used.get((b, r.type), 0) >= cap:
            continue
        used[(a, r.type)] = used.get((a, r.type), 0) + 1
        used[(b, r.type)] = used.get((b, r.type), 0) + 1
        out.append((a, b, r))
    return out

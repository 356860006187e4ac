"""A learned second opinion on the rule pair decision: two logistic regressions over a claim pair's features.

Where the rules (:func:`.decision.relate`) relate nothing, the ``corroborates`` model may say that two claims of
one happening state one fact ("learned: same fact, p=0.93"); a rule contradiction the ``veto`` model finds very
unlikely is dropped. Both were trained by ``benchmarks/train_pair_model.py`` on claim pairs of our own written
multi-outlet events (``benchmarks/data/pair-train``), labelled from their gold, and are shipped as plain JSON
(``data/pair_model.json``: one weight per feature, no pickle), evaluated here in plain Python. The file's sha256
is checked on load: a file that does not match :data:`MODEL_SHA256` is not used (the linker then relates by the
rules alone). Linking asks it only when switched on (``Settings.learned_pairs``; off by default: on the held-out
judges it did not help). The model card is ``docs/pair_model.md``.

:func:`pair_features` is the one place the pair's features are computed, for training and at run time alike.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..slots import speaker_side
from .counts import numbers_apart
from .decision import Relation, predicated_apart
from .features import ClaimFeatures

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "pair_model.json"
#: sha256 of :data:`MODEL_PATH` as trained (``benchmarks/train_pair_model.py`` prints it; docs/pair_model.md).
MODEL_SHA256 = "fc2609abdc9925f472f8be6bdd81f3bf53aaa3bf05263c81e13d1afbe9c44dc9"
#: Whether linking asks the model by default (``Settings.learned_pairs``; docs/pair_model.md says why).
DEFAULT_ON = False

_KINDS = ("figure", "frame", "negation", "slot", "words")
#: Slot kinds compared one by one (a slot "count:killed" is a "count"; other kinds are pooled with the totals).
_SLOT_KINDS = ("agent", "place", "day", "count", "weapon", "cause")
#: Two times of day at most this many minutes apart are one time told twice ("11:20" / "shortly after 11").
_CLOSE_MINUTES = 45
_NEG = re.compile(r"\b(?:not|no|never|nobody|none|denied|denies|deny|false)\b|n't\b", re.I)
_NUM = re.compile(r"\d[\d,.]*")

FEATURES = (
    "rule_contradicts", "rule_corroborates", "rule_score", *(f"rule_key_{k}" for k in _KINDS),
    "jaccard", "containment", "shared_words", "anchor_words", "named_shared", "named_only_one", "preds_shared", "preds_jaccard",
    "frames_opposed", "frames_same", "figures_equal", "figures_differ", "numbers_apart", "numbers_shared",
    "numbers_disjoint", "acts_shared", "acts_apart", "predicated_apart", "denial_one_side", "negated_vs_asserted",
    "negation_word_one_side", "mood_differs", "hedged_any", "slots_same", "slots_differ", "slot_kinds_shared",
    *(f"{k}_same" for k in _SLOT_KINDS), *(f"{k}_differ" for k in _SLOT_KINDS), "counts_shared", "counts_only_one",
    "counts_disjoint", "acts_jaccard", "times_close", "times_far",
    "same_document", "same_happening_id", "same_happening", "same_origin", "party_same", "party_differs",
    "dated_both", "days_apart", "denies_any", "direct_both", "words_min", "words_max",
)


def party_of(claim: dict) -> str | None:
    """The party a claim's speaker speaks for: the government of its origin, else a side's organ named as speaker.
    (What the linker passes to :func:`.features.claim_features` as ``speaker_party``.)"""
    origin = claim.get("origin") or ""
    return origin[4:] if origin.startswith("gov:") else speaker_side(claim.get("speaker_text") or claim.get("speaker"))


def _slot_kind(slot: str) -> str:
    return slot.split(":", 1)[0]


def kinds_values(va: set, vb: set) -> list[tuple[str, bool]]:
    """For each slot both claims fill (asserted values): whether they share a value."""
    out = []
    for k in sorted({s for s, _v in va} & {s for s, _v in vb}):
        out.append((k, bool({v for s, v in va if s == k} & {v for s, v in vb if s == k})))
    return out


def _jaccard(x: set | frozenset, y: set | frozenset) -> float:
    return len(x & y) / len(x | y) if x | y else 0.0


def _day_gap(x: date | None, y: date | None) -> float:
    return math.log1p(min(abs((x - y).days), 365)) if x and y else 0.0


def pair_features(a: dict, b: dict, fa: ClaimFeatures, fb: ClaimFeatures, r: Relation | None,
                  same_origin: bool, same_happening: bool) -> list[float]:
    """The features of one claim pair, in the order of :data:`FEATURES`. ``a``/``b``: the claims as the linker
    holds them (content, stance, kind, document and happening ids, origin); ``fa``/``fb`` their features (with the
    page's date as ``ref``); ``r`` the rules' decision (None: nothing); ``same_origin``/``same_happening`` as the
    linker judged them."""
    ta, tb = a.get("content") or "", b.get("content") or ""
    kind = r.key.partition(":")[0] if r else ""
    inter = fa.words & fb.words
    shared_slots = set(fa.figures) & set(fb.figures)
    na, nb = set(_NUM.findall(ta)), set(_NUM.findall(tb))
    va = {(v.slot, v.value) for v in fa.slots if v.asserted}
    vb = {(v.slot, v.value) for v in fb.slots if v.asserted}
    kinds = {s for s, _v in va} & {s for s, _v in vb}
    differ = sum(1 for k in kinds if not {v for s, v in va if s == k} & {v for s, v in vb if s == k})
    by_kind = [(_slot_kind(s), v) for s, v in kinds_values(va, vb)]
    ca, cb = {v for v, _w, _p in fa.numbers}, {v for v, _w, _p in fb.numbers}
    gaps = [abs(x - z) for x in fa.times for z in fb.times]
    pa, pb = party_of(a), party_of(b)
    ha, hb = a.get("happening_id"), b.get("happening_id")
    return [
        float(bool(r and r.type == "contradicts")), float(bool(r and r.type == "corroborates")), r.score if r else 0.0,
        *(float(kind == k) for k in _KINDS),
        _jaccard(fa.words, fb.words), len(inter) / (min(len(fa.words), len(fb.words)) or 1), float(len(inter)), float(len(inter - fa.frame_words - fb.frame_words)),
        float(len(fa.named_words & fb.named_words)), float(len(fa.named_words ^ fb.named_words)),
        float(len(fa.preds & fb.preds)), _jaccard(fa.preds, fb.preds),
        float(sum(1 for n in fa.sides if n in fb.sides and fa.sides[n][0] != fb.sides[n][0])),
        float(sum(1 for n in fa.sides if n in fb.sides and fa.sides[n][0] == fb.sides[n][0])),
        float(sum(fa.figures[k] == fb.figures[k] for k in shared_slots)),
        float(sum(fa.figures[k] != fb.figures[k] for k in shared_slots)),
        float(numbers_apart(fa, fb)), float(len(na & nb)), float(bool(na and nb and not na & nb)),
        float(bool(fa.acts & fb.acts)), float(bool((fa.acts or fb.acts) and not fa.acts & fb.acts)),
        float(predicated_apart(fa, fb)),
        float(fa.denial != fb.denial), float(len((fa.negated & fb.asserted) | (fb.negated & fa.asserted))),
        float(bool(_NEG.search(ta)) != bool(_NEG.search(tb))),
        float(fa.mood != fb.mood), float("hedged" in (fa.mood, fb.mood)),
        float(len(va & vb)), float(differ), float(len(kinds)),
        *(float(sum(1 for k, same in by_kind if k == kind and same)) for kind in _SLOT_KINDS),
        *(float(sum(1 for k, same in by_kind if k == kind and not same)) for kind in _SLOT_KINDS),
        float(len(ca & cb)), float(bool(ca) != bool(cb)), float(bool(ca and cb and not ca & cb)),
        _jaccard(fa.acts, fb.acts), float(bool(gaps) and min(gaps) <= _CLOSE_MINUTES),
        float(bool(gaps) and min(gaps) > _CLOSE_MINUTES),
        float(a.get("document_id") == b.get("document_id")), float(ha is not None and ha == hb), float(same_happening),
        float(same_origin), float(bool(pa and pa == pb)), float(bool(pa and pb and pa != pb)),
        float(bool(fa.ref and fb.ref)), _day_gap(fa.ref, fb.ref),
        float(a.get("stance") == "denies" or b.get("stance") == "denies"),
        float(a.get("kind") == "direct" and b.get("kind") == "direct"),
        math.log1p(min(len(fa.words), len(fb.words))), math.log1p(max(len(fa.words), len(fb.words))),
    ]


@dataclass(frozen=True)
class Logistic:
    """A logistic regression read from JSON: ``p = sigmoid(intercept + sum(weight * x))``, the scaling of training
    folded into the weights; ``threshold``: where it acts (see :class:`PairModel`)."""

    intercept: float
    weights: tuple[float, ...]
    threshold: float

    def probability(self, x: list[float]) -> float:
        raw = self.intercept + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, raw))))


@dataclass(frozen=True)
class PairModel:
    """Two logistic regressions over :func:`pair_features`: ``corroborates`` (same fact or not) asked about pairs the
    rules relate nothing, relating them from its threshold up; ``veto`` (opposite sides of one point or not) asked
    about the rules' contradictions, dropping those it gives less than its threshold."""

    corroborates: Logistic
    veto: Logistic


#: The thresholds a model may carry: a probability, or just above 1 for a part that never acts (the trainer's
#: "none reached").
_THRESHOLD_RANGE = (0.0, 1.01)


def _number(x: object, what: str, path: Path) -> float:
    """A finite JSON number (not a bool, a string or NaN/Infinity, which would make every probability 1.0)."""
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
        raise ValueError(f"{path}: {what} is not a finite number")
    return float(x)


def _logistic(d: object, path: Path) -> Logistic:
    if not isinstance(d, dict):
        raise ValueError(f"{path}: a part of the model is not an object")
    weights = d.get("weights")
    if not isinstance(weights, list):
        raise ValueError(f"{path}: weights are not a list")
    if len(weights) != len(FEATURES):
        raise ValueError(f"{path}: its features are not this code's (retrain: benchmarks/train_pair_model.py)")
    threshold = _number(d.get("threshold"), "a threshold", path)
    if not _THRESHOLD_RANGE[0] <= threshold <= _THRESHOLD_RANGE[1]:
        raise ValueError(f"{path}: threshold {threshold} outside {_THRESHOLD_RANGE}")
    return Logistic(_number(d.get("intercept"), "an intercept", path),
                    tuple(_number(w, "a weight", path) for w in weights), threshold)


def read_model(path: Path) -> PairModel:
    """The model in a JSON file (as ``benchmarks/train_pair_model.py`` writes it); no check of its hash. Every
    malformed file (bad JSON or UTF-8, missing parts, other features, a weight or threshold that is no finite
    number, a threshold out of range) raises ``ValueError``; an unreadable file raises ``OSError``."""
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, RecursionError) as e:   # (JSONDecodeError is a ValueError already)
        raise ValueError(f"{path}: not a JSON model ({type(e).__name__})") from e
    if not isinstance(d, dict) or not isinstance(d.get("features"), list) or tuple(d["features"]) != FEATURES:
        raise ValueError(f"{path}: its features are not this code's (retrain: benchmarks/train_pair_model.py)")
    return PairModel(_logistic(d.get("corroborates"), path), _logistic(d.get("veto"), path))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def shipped_model() -> PairModel | None:
    """The shipped model, or None (logged) when its file is absent or unreadable (a directory, no permission) or not
    the one recorded (:data:`MODEL_SHA256`): linking then relates by the rules alone."""
    try:
        digest = file_sha256(MODEL_PATH)
    except OSError as e:   # absent, a directory, unreadable: as if there were no model
        log.warning("learned pair model %s unreadable (%s): relations by the rules alone", MODEL_PATH, type(e).__name__)
        return None
    if digest != MODEL_SHA256:
        log.warning("learned pair model %s has sha256 %s, not the recorded %s: not used", MODEL_PATH, digest, MODEL_SHA256)
        return None
    return read_model(MODEL_PATH)


def second_opinion(model: PairModel, a: dict, b: dict, fa: ClaimFeatures, fb: ClaimFeatures, r: Relation | None,
                   same_origin: bool, same_happening: bool) -> Relation | None:
    """The relation the linker keeps for a pair the rules decided ``r``: where the rules relate nothing, in one
    happening, a ``corroborates`` relation when the model's probability reaches its threshold; a rule contradiction
    the veto model finds very unlikely, nothing; else ``r``."""
    if r is None:
        if not same_happening or not fa.words & fb.words:
            return None   # (no shared content word: never one fact in training; spares the model)
        p = model.corroborates.probability(pair_features(a, b, fa, fb, None, same_origin, same_happening))
        return Relation("corroborates", f"learned: same fact, p={p:.2f}", p, "learned") if p >= model.corroborates.threshold else None
    if r.type == "contradicts":
        p = model.veto.probability(pair_features(a, b, fa, fb, r, same_origin, same_happening))
        if p < model.veto.threshold:
            log.debug("learned veto (p=%.2f) on %s", p, r.reason)
            return None
    return r

"""A learned second opinion on corroboration: a small gradient-boosted tree ensemble over a claim pair.

Where the rules (:func:`.decision.relate`) relate nothing, the model may say that two claims of one event state
one fact ("learned: same fact, p=0.93"). It was trained by ``benchmarks/train_pair_model.py`` on claim pairs
of our own written multi-outlet events (``benchmarks/data/pair-train``), labelled from their gold, and is
shipped as plain JSON (``data/pair_model.json``: trees of thresholds and leaf values, no pickle); it is
evaluated here in plain Python. The file's sha256 is checked on load: a file that does not match
:data:`MODEL_SHA256` is not used (the linker then relates by the rules alone). The model card is
``docs/pair_model.md``.

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
MODEL_SHA256 = "0"
#: Whether linking asks the model by default (``Settings.learned_pairs``; docs/pair_model.md says why).
DEFAULT_ON = False

_KINDS = ("figure", "frame", "negation", "slot", "words")
_NEG = re.compile(r"\b(?:not|no|never|nobody|none|denied|denies|deny|false)\b|n't\b", re.I)
_NUM = re.compile(r"\d[\d,.]*")

FEATURES = (
    "rule_contradicts", "rule_corroborates", "rule_score", *(f"rule_key_{k}" for k in _KINDS),
    "jaccard", "shared_words", "anchor_words", "named_shared", "named_only_one", "preds_shared", "preds_jaccard",
    "frames_opposed", "frames_same", "figures_equal", "figures_differ", "numbers_apart", "numbers_shared",
    "numbers_disjoint", "acts_shared", "acts_apart", "predicated_apart", "denial_one_side", "negated_vs_asserted",
    "negation_word_one_side", "mood_differs", "hedged_any", "slots_same", "slots_differ", "slot_kinds_shared",
    "same_document", "same_happening_id", "same_happening", "same_origin", "party_same", "party_differs",
    "dated_both", "days_apart", "denies_any", "direct_both", "words_min", "words_max",
)


def party_of(claim: dict) -> str | None:
    """The party a claim's speaker speaks for: the government of its origin, else a side's organ named as speaker.
    (What the linker passes to :func:`.features.claim_features` as ``speaker_party``.)"""
    origin = claim.get("origin") or ""
    return origin[4:] if origin.startswith("gov:") else speaker_side(claim.get("speaker_text") or claim.get("speaker"))


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
    pa, pb = party_of(a), party_of(b)
    ha, hb = a.get("happening_id"), b.get("happening_id")
    return [
        float(bool(r and r.type == "contradicts")), float(bool(r and r.type == "corroborates")), r.score if r else 0.0,
        *(float(kind == k) for k in _KINDS),
        _jaccard(fa.words, fb.words), float(len(inter)), float(len(inter - fa.frame_words - fb.frame_words)),
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
        float(a.get("document_id") == b.get("document_id")), float(ha is not None and ha == hb), float(same_happening),
        float(same_origin), float(bool(pa and pa == pb)), float(bool(pa and pb and pa != pb)),
        float(bool(fa.ref and fb.ref)), _day_gap(fa.ref, fb.ref),
        float(a.get("stance") == "denies" or b.get("stance") == "denies"),
        float(a.get("kind") == "direct" and b.get("kind") == "direct"),
        math.log1p(min(len(fa.words), len(fb.words))), math.log1p(max(len(fa.words), len(fb.words))),
    ]


@dataclass(frozen=True)
class PairModel:
    """A binary gradient-boosted ensemble (corroborates vs not) read from JSON: ``p = sigmoid(init + rate *
    sum(tree leaf))``; each tree is parallel lists (feature, threshold, left, right, value; a leaf has left -1)."""

    features: tuple[str, ...]
    init: float
    rate: float
    trees: tuple[tuple[tuple[int, ...], tuple[float, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...]], ...]
    threshold: float

    def probability(self, x: list[float]) -> float:
        raw = self.init
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] != -1:
                node = left[node] if x[feature[node]] <= threshold[node] else right[node]
            raw += self.rate * value[node]
        return 1.0 / (1.0 + math.exp(-raw))


def read_model(path: Path) -> PairModel:
    """The model in a JSON file (as ``benchmarks/train_pair_model.py`` writes it); no check of its hash."""
    d = json.loads(path.read_text(encoding="utf-8"))
    if tuple(d["features"]) != FEATURES:
        raise ValueError(f"{path}: its features are not this code's (retrain: benchmarks/train_pair_model.py)")
    trees = tuple((tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"]), tuple(t["value"]))
                  for t in d["trees"])
    return PairModel(tuple(d["features"]), float(d["init"]), float(d["rate"]), trees, float(d["threshold"]))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def shipped_model() -> PairModel | None:
    """The shipped model, or None (logged) when its file is absent or not the one recorded (:data:`MODEL_SHA256`)."""
    if not MODEL_PATH.exists():
        log.warning("learned pair model %s absent: relations by the rules alone", MODEL_PATH)
        return None
    digest = file_sha256(MODEL_PATH)
    if digest != MODEL_SHA256:
        log.warning("learned pair model %s has sha256 %s, not the recorded %s: not used", MODEL_PATH, digest, MODEL_SHA256)
        return None
    return read_model(MODEL_PATH)


def second_opinion(model: PairModel, a: dict, b: dict, fa: ClaimFeatures, fb: ClaimFeatures,
                   same_origin: bool, same_happening: bool) -> Relation | None:
    """A ``corroborates`` relation where the model's probability reaches its threshold, for a pair the rules
    relate nothing (so ``r`` is None in its features), else None."""
    if not fa.words & fb.words:
        return None   # (no shared content word: never one fact in training; spares the trees)
    p = model.probability(pair_features(a, b, fa, fb, None, same_origin, same_happening))
    if p < model.threshold:
        return None
    return Relation("corroborates", f"learned: same fact, p={p:.2f}", p, "learned")

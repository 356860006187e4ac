"""The article-body metric of the Scrapinghub/Zyte article-extraction benchmark, reimplemented.

Described in ``shared/benchmarks/article-extraction/SOURCE.md``: word 4-gram shingles, per-page
tp/fp/fn normalised to sum to 1, precision and recall macro-averaged over pages, F1 from the two
means (not averaged per page). Standard library only, so tests can import it without the venv's
heavier packages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(tokens: list[str], n: int = SHINGLE) -> Counter:
    # A text shorter than n tokens still counts as one (shorter) shingle, as in evaluate.py;
    # an empty text has none.
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass
class PageCounts:
    """Normalised true/false positives and false negatives of one page (they sum to 1)."""

    tp: float
    fp: float
    fn: float
    exact: bool


def page_counts(gold: str, pred: str) -> PageCounts:
    gold_tokens, pred_tokens = tokenize(gold), tokenize(pred)
    g, p = shingles(gold_tokens), shingles(pred_tokens)
    tp = fp = fn = 0
    for key in g.keys() | p.keys():
        gc, pc = g.get(key, 0), p.get(key, 0)
        tp += min(gc, pc)
        fp += max(0, pc - gc)
        fn += max(0, gc - pc)
    total = tp + fp + fn
    if total:
        # Normalised so that long articles do not outweigh short ones.
        return PageCounts(tp / total, fp / total, fn / total, gold_tokens == pred_tokens)
    return PageCounts(0.0, 0.0, 0.0, gold_tokens == pred_tokens)


def _precision(c: PageCounts) -> float:
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fp) if (c.tp + c.fp) else 0.0


def _recall(c: PageCounts) -> float:
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return c.tp / (c.tp + c.fn) if (c.tp + c.fn) else 0.0


@dataclass
class Score:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def score(gold: dict[str, str], predicted: dict[str, str | None]) -> Score:
    """Score predicted bodies against gold bodies, both keyed by page id.

    A page missing from ``predicted`` (or predicted as None) counts as an empty prediction.
    """
    counts = [page_counts(gold[key], predicted.get(key) or "") for key in gold]
    # Means over the pages where the ratio is defined (tp+fp > 0 for precision, tp+fn > 0 for
    # recall), exactly as evaluate.py does: an empty prediction lowers recall, not precision.
    precisions = [_precision(c) for c in counts if (c.tp + c.fp) > 0]
    recalls = [_recall(c) for c in counts if (c.tp + c.fn) > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if (precision + recall) else 0.0
    accuracy = sum(c.exact for c in counts) / len(counts) if counts else 0.0
    return Score(f1, precision, recall, accuracy, len(counts))


def load_bodies(data: dict) -> dict[str, str | None]:
    """``{id: articleBody}`` from a benchmark JSON file (plain or ``{"version", "output"}``)."""
    if "output" in data and isinstance(data["output"], dict):
        data = data["output"]
    return {key: (value or {}).get("articleBody") for key, value in data.items()}

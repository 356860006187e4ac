"""The benchmark metric (benchmarks/scoring.py): its rules on small texts, and that it reproduces
the published figures of the article-extraction benchmark from the saved outputs."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO, needs_shared

sys.path.insert(0, str(REPO / "benchmarks"))
import scoring  # noqa: E402

GOLD = "The minister said the strike hit a depot.\nWitnesses said it hit the hospital wing."


def test_identical_texts_score_one_and_punctuation_is_ignored():
    result = scoring.score({"a": GOLD}, {"a": GOLD.replace(".", " ;")})
    assert (result.f1, result.precision, result.recall, result.accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_extra_text_lowers_precision_missing_text_lowers_recall():
    extra = scoring.score({"a": GOLD}, {"a": GOLD + "\nSubscribe to our newsletter for more news today"})
    assert extra.recall == 1.0 and extra.precision < 1.0
    missing = scoring.score({"a": GOLD}, {"a": GOLD.split("\n")[0]})
    assert missing.precision == 1.0 and missing.recall < 1.0


def test_a_duplicated_paragraph_counts_as_false_positives():
    counts = scoring.page_counts(GOLD, GOLD + "\n" + GOLD)
    assert counts.fp > 0 and counts.fn == 0
    assert abs(counts.tp + counts.fp + counts.fn - 1.0) < 1e-9  # normalised per page


def test_case_matters_and_short_texts_are_one_shingle():
    assert scoring.shingles(["a", "b"]) == {("a", "b"): 1}
    assert scoring.page_counts("Strike hit depot", "strike hit depot").tp == 0


def test_empty_prediction_counts_against_recall_only():
    # evaluate.py leaves a page out of the precision mean when nothing was predicted.
    result = scoring.score({"a": GOLD, "b": GOLD}, {"a": GOLD, "b": ""})
    assert result.precision == 1.0
    assert result.recall == 0.5
    assert result.f1 == pytest.approx(2 * 0.5 / 1.5)


def test_macro_average_gives_each_page_equal_weight():
    long_gold = " ".join(f"word{i}" for i in range(400))
    result = scoring.score({"short": GOLD, "long": long_gold}, {"short": "", "long": long_gold})
    assert result.recall == 0.5  # not weighted by the long page's many shingles


def test_load_bodies_reads_plain_and_versioned_outputs():
    plain = {"x": {"articleBody": "text"}}
    versioned = {"version": "1", "output": {"x": {"articleBody": "text"}}}
    assert scoring.load_bodies(plain) == scoring.load_bodies(versioned) == {"x": "text"}


@pytest.mark.parametrize(
    "output, f1, precision, recall, accuracy",
    [
        ("trafilatura.json", 0.958, 0.938, 0.978, 0.293),
        ("html-text.json", 0.665, 0.500, 0.994, 0.000),
        ("AutoExtract.json", 0.970, 0.984, 0.956, 0.470),
    ],
)
def test_reproduces_the_published_figures(output, f1, precision, recall, accuracy):
    bench = needs_shared("benchmarks", "article-extraction")
    gold = {k: v["articleBody"] for k, v in json.loads((bench / "ground-truth.json").read_text()).items()}
    predicted = scoring.load_bodies(json.loads((bench / "output" / output).read_text()))
    result = scoring.score(gold, predicted)
    assert result.pages == 181
    assert round(result.f1, 3) == f1
    assert round(result.precision, 3) == precision
    assert round(result.recall, 3) == recall
    assert round(result.accuracy, 3) == accuracy

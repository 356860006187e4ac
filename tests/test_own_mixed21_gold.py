"""The session-21 blind set (benchmarks/data/own-mixed-21) stays consistent with its pages and its README: the
loaders' guard passes on it and fails loudly on a broken copy. Reads the gold only, never the system's output."""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from own_events import BLIND, LANGUAGES21, OWN_MIXED21, check_gold, gold_files  # noqa: E402


def test_gold_is_consistent_with_its_pages() -> None:
    assert check_gold(OWN_MIXED21, LANGUAGES21) == [
        "boat-koshova-kherson", "dockers-strike-novorossiysk", "refinery-afipsky"]


def test_each_event_is_told_in_three_languages() -> None:
    pages = Counter()
    for event in check_gold(OWN_MIXED21, LANGUAGES21):
        langs = sorted(json.loads(p.read_text(encoding="utf-8"))["language"]
                       for p in (OWN_MIXED21 / event).glob("*.gold.json"))
        assert langs == ["en", "en", "ru", "uk"], event
        pages.update(langs)
    assert pages == {"en": 6, "ru": 3, "uk": 3}
    assert [len(gold_files(OWN_MIXED21, lang, LANGUAGES21)) for lang in LANGUAGES21] == [6, 3, 3]


def test_cyrillic_entities_carry_english_names() -> None:
    for path in gold_files(OWN_MIXED21, None, LANGUAGES21):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["language"] != "en":
            assert all(e.get("english") for e in gold["entities"]), path.name


def test_set_is_blind() -> None:
    assert OWN_MIXED21.name in BLIND


def test_guard_fails_on_a_broken_copy(tmp_path: Path) -> None:
    copy = tmp_path / "own-mixed-21"
    shutil.copytree(OWN_MIXED21, copy)
    path = copy / "refinery-afipsky" / "northwire-afipsky.gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["claims"][0]["content"] += " and nowhere in the page"
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(SystemExit, match="not verbatim"):
        check_gold(copy, LANGUAGES21)

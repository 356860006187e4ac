"""The session-19 blind Cyrillic gold (benchmarks/data/own-cyrillic-19) is consistent with its pages, and the
per-item diagnostics refuse it as they refuse the other blind sets (aggregates only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import own_events  # noqa: E402


def test_gold_is_consistent_and_has_six_pages_per_language():
    events = own_events.check_gold(own_events.OWN_CYRILLIC19, own_events.CYRILLIC)
    assert len(events) == 3
    for lang in own_events.CYRILLIC:
        files = own_events.gold_files(own_events.OWN_CYRILLIC19, lang, own_events.CYRILLIC)
        assert len(files) == 6
        for f in files:
            gold = json.loads(f.read_text(encoding="utf-8"))
            assert all(e.get("english") for e in gold["entities"])


def test_the_set_is_listed_as_blind():
    assert own_events.OWN_CYRILLIC19.name in own_events.BLIND


def test_claim_errors_refuses_it():
    import claim_errors

    with pytest.raises(SystemExit, match="blind set"):
        claim_errors.gold_files(own_events.OWN_CYRILLIC19)


def test_linking_refuses_verbose_on_it(capsys):
    import linking

    with pytest.raises(SystemExit):
        linking.main(["--own-cyrillic19", "--verbose"])
    assert "--verbose lists per-claim misses" in capsys.readouterr().err

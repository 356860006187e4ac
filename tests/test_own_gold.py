"""The blind own gold sets (benchmarks/data/own-events, own-cyrillic, own-events-16) hold together, and their guard
(``own_events.check_gold``) fails loudly on a gold that contradicts its page. Only consistency is
checked here: no system output is run on these sets in tests (report only; their READMEs)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import own_events as OE  # noqa: E402


def test_both_sets_hold_together():
    assert len(OE.check_gold(OE.OWN_EVENTS)) == 3
    assert len(OE.check_gold(OE.OWN_CYRILLIC, OE.CYRILLIC)) == 3
    assert [len(OE.gold_files(OE.OWN_CYRILLIC, lang, OE.CYRILLIC)) for lang in OE.CYRILLIC] == [6, 6]


def _broken_copy(tmp_path: Path, change) -> Path:
    root = tmp_path / "own-cyrillic"
    shutil.copytree(OE.OWN_CYRILLIC, root)
    path = sorted(root.glob("*/*.gold.json"))[0]
    gold = json.loads(path.read_text(encoding="utf-8"))
    change(gold)
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return root


def test_an_alias_not_on_the_page_fails_loudly(tmp_path):
    root = _broken_copy(tmp_path, lambda g: g["entities"][0]["aliases"].append("Нигдебург"))
    with pytest.raises(SystemExit, match="Нигдебург"):
        OE.check_gold(root, OE.CYRILLIC)


def test_a_page_language_outside_the_set_fails_loudly(tmp_path):
    root = _broken_copy(tmp_path, lambda g: g.update(language="be"))
    with pytest.raises(SystemExit, match="language 'be'"):
        OE.check_gold(root, OE.CYRILLIC)
    assert len(OE.check_gold(root)) == 3   # counter-case: without a language set the language is not checked


def test_a_content_not_verbatim_fails_loudly(tmp_path):
    root = _broken_copy(tmp_path, lambda g: g["claims"][0].update(content=g["claims"][0]["content"] + " и ещё"))
    with pytest.raises(SystemExit, match="not verbatim"):
        OE.check_gold(root, OE.CYRILLIC)


def test_own_events_16_holds_together_in_three_languages():
    assert OE.check_gold(OE.OWN_EVENTS16, OE.LANGUAGES16) == ["border-post-isfana", "port-leak-izmail", "stadium-crush-mbale"]
    assert [len(OE.gold_files(OE.OWN_EVENTS16, lang, OE.LANGUAGES16)) for lang in OE.LANGUAGES16] == [12, 2, 2]


def test_own_events_16_links_naming_no_gold_claim_fail_loudly(tmp_path):
    root = tmp_path / "own-events-16"
    shutil.copytree(OE.OWN_EVENTS16, root)
    path = root / "stadium-crush-mbale" / "links.json"
    links = json.loads(path.read_text(encoding="utf-8"))
    gone = sorted(links["claim_happening"])[0]
    del links["claim_happening"][gone]
    links["same_origin"].append(["eastline-mbale-c99"])
    path.write_text(json.dumps(links), encoding="utf-8")
    with pytest.raises(SystemExit, match=f"{gone} missing from claim_happening(.|\n)*same_origin names unknown claim eastline-mbale-c99"):
        OE.check_gold(root, OE.LANGUAGES16)

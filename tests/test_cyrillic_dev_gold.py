"""The cyrillic-dev gold (benchmarks/data/cyrillic-dev, our own ru/uk development set) stays consistent with its
pages, and its loader refuses a broken copy loudly instead of printing a figure from it."""

import json
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

from own_events import pages_by_language  # noqa: E402

ROOT = BENCH / "data" / "cyrillic-dev"


def test_the_set_loads_ten_pages_per_language():
    by_lang = pages_by_language(ROOT)
    assert sorted(by_lang) == ["ru", "uk"]
    assert len(by_lang["ru"]) == 10 and len(by_lang["uk"]) == 10


def _break(tmp_path: Path, edit) -> Path:
    root = tmp_path / "cyrillic-dev"
    shutil.copytree(ROOT, root)
    path = next(root.glob("*/*.gold.json"))
    gold = json.loads(path.read_text(encoding="utf-8"))
    edit(gold)
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return root


@pytest.mark.parametrize("edit, fault", [
    (lambda g: g["claims"][0].update(content=g["claims"][0]["content"] + " вымышленный хвост"), "not verbatim"),
    (lambda g: g["claims"][0].update(speaker_text="Нигде Не Написано"), "speaker_text not verbatim"),
    (lambda g: g["entities"][0]["aliases"].append("Нигде Не Написано"), "not verbatim"),
    (lambda g: g.update(language="be"), "language"),
])
def test_a_broken_copy_is_refused(tmp_path, edit, fault):
    with pytest.raises(SystemExit, match=fault):
        pages_by_language(_break(tmp_path, edit))

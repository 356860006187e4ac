"""`make test` runs pytest on several worker processes (pytest-xdist, tests/conftest.py). Workers must
collect the same test ids; ids that print a set follow the string hash, which differs per process
unless the run gives them one seed. Here a real nested pytest runs a small file of such ids on two
workers with our conftest loaded as a plugin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import usable_cores

TESTS = Path(__file__).resolve().parent

SET_IDS = '''
import pytest

@pytest.mark.parametrize("names", [
    {"harbour", "ferry", "bridge", "quay", "pier"},
    {"north", "south", "east", "west", "centre"},
    {"mayor", "council", "office", "clerk", "court"},
], ids=str)
def test_names(names):
    assert len(names) == 5
'''


def test_workers_collect_the_same_set_ids(tmp_path: Path) -> None:
    pytest.importorskip("xdist")
    (tmp_path / "test_set_ids.py").write_text(SET_IDS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHASHSEED", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "conftest", "-p", "no:cacheprovider", "-n", "2", "-q",
         "--rootdir", str(tmp_path), str(tmp_path / "test_set_ids.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "3 passed" in out
    assert "Different tests were collected" not in out


def test_auto_workers_follow_the_usable_cores(monkeypatch) -> None:
    from conftest import pytest_xdist_auto_num_workers

    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    cores = usable_cores()
    assert 1 <= cores <= (os.cpu_count() or 1)
    assert pytest_xdist_auto_num_workers(None) == cores
    monkeypatch.setenv("PYTEST_XDIST_AUTO_NUM_WORKERS", "3")
    assert pytest_xdist_auto_num_workers(None) == 3

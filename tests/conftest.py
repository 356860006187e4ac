"""Shared fixtures: a fresh home per test and the real CLI run as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = REPO / "examples" / "corpus"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def store(tmp_path: Path):
    """A real, empty store in the test's own directory."""
    from claimgraph.store import Store

    s = Store(tmp_path / "claimgraph.sqlite3")
    yield s
    s.close()


@pytest.fixture
def cli(home: Path):
    """Run ``claimgraph`` for real (``python -m claimgraph``) against the test's home."""

    def run(*args: str, input: bytes | None = None, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "CLAIMGRAPH_HOME": str(home), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "claimgraph", *args],
            input=input, capture_output=True, timeout=timeout, env=full_env,
        )

    return run


def needs_shared(*parts: str) -> Path:
    """Path into ../shared, skipping the test cleanly when that data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"public data not present: {path}")
    return path

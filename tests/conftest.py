"""Shared fixtures: a fresh home per test and the real CLI run as a subprocess."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = REPO / "examples" / "corpus"


# ---------------------------------------------------------------------------------------------
# Both stores. A module marked ``pytestmark = pytest.mark.both_stores`` runs each of its tests that
# use a store (the ``store``, ``cli`` or ``db`` fixture) twice: on SQLite and on a real PostgreSQL
# server, started once for the session in a temporary directory and stopped at its end
# (tests/pg_cluster.py). Each test gets a fresh database, copied from a migrated template.
# A test that checks SQLite itself is marked ``sqlite_only``.


# ---------------------------------------------------------------------------------------------
# Parallel runs. `make test` runs pytest with ``-n auto --dist loadfile`` (pytest-xdist): one worker
# per core, each taking whole test files. Every worker is a separate process with its own session
# fixtures (its own PostgreSQL server, its own loaded models); every test already writes only under
# its own temporary directory and serves on free ports, so files can run side by side.


def usable_cores() -> int:
    """The cores this process may run on: its CPU affinity, capped by a cgroup CPU quota (a
    container started with ``--cpus 2`` on a 64-core host sees 64 cores but may use 2)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]  # cgroup v2
        if quota != "max":
            cores = min(cores, max(1, int(quota) // int(period)))
    except (OSError, ValueError):
        pass
    return max(1, cores)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config) -> int:
    """``-n auto``: $PYTEST_XDIST_AUTO_NUM_WORKERS when set, else :func:`usable_cores` (xdist's own
    count ignores a CPU quota, and each worker loads its own models: too many would exhaust memory)."""
    forced = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "")
    return int(forced) if forced.isdigit() and int(forced) > 0 else usable_cores()


def pytest_configure(config) -> None:
    # Workers must collect the same test ids, and some ids print a set, whose order follows the
    # string hash: give every worker (and the CLI subprocesses they start) one hash seed, drawn at
    # random per run as Python would, and shown in the header so that a run can be repeated.
    if getattr(config.option, "numprocesses", None) and not os.environ.get("PYTHONHASHSEED"):
        os.environ["PYTHONHASHSEED"] = str(random.randint(1, 4294967295))
    config.addinivalue_line("markers", "both_stores: run the module's store tests on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: a test of SQLite itself (in a both_stores module)")


def pytest_generate_tests(metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_stores") \
            and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True, scope="module")


def pytest_report_header(config) -> str | None:
    seed = os.environ.get("PYTHONHASHSEED")
    return f"PYTHONHASHSEED={seed} (set it to repeat this run's hash order)" if seed else None


@pytest.fixture(scope="module")
def backend(request) -> str:
    """Which store the test runs on: "sqlite" unless its module is marked both_stores."""
    return getattr(request, "param", "sqlite")


_PG_TEMPLATE = "claimgraph_template"


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session, with a migrated template database."""
    import pg_cluster

    reason = pg_cluster.why_unavailable()
    if reason:
        pytest.skip(f"PostgreSQL variant skipped: {reason}")
    from claimgraph.store import Store

    with pg_cluster.Cluster() as cluster:
        import psycopg

        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {_PG_TEMPLATE}")
        Store(cluster.url(_PG_TEMPLATE)).close()
        yield cluster


def _pg_database(request):
    cluster = request.getfixturevalue("pg_server")
    url = cluster.new_database(template=_PG_TEMPLATE)
    request.addfinalizer(lambda: cluster.drop_database(url))
    return url


@pytest.fixture
def db(request, backend: str, tmp_path: Path) -> str | None:
    """The test's PostgreSQL database URL (a fresh one), or None on SQLite (the home's file)."""
    return _pg_database(request) if backend == "postgresql" else None


@pytest.fixture(scope="module")
def module_db(request, backend: str) -> str | None:
    """:func:`db` shared by a module's tests (for a sample built once per module)."""
    return _pg_database(request) if backend == "postgresql" else None


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def store(tmp_path: Path, db: str | None):
    """A real, empty store: a SQLite file in the test's own directory, or a fresh PostgreSQL database."""
    from claimgraph.store import Store

    s = Store(db or tmp_path / "claimgraph.sqlite3")
    yield s
    s.close()


@pytest.fixture
def cli(home: Path, db: str | None):
    """Run ``claimgraph`` for real (``python -m claimgraph``) against the test's home (and its
    PostgreSQL database, on that backend)."""

    def run(*args: str, input: bytes | None = None, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
        environ = {k: v for k, v in os.environ.items() if k != "CLAIMGRAPH_DB"}
        full_env = {**environ, "CLAIMGRAPH_HOME": str(home), **({"CLAIMGRAPH_DB": db} if db else {}), **(env or {})}
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


def add_text_document(store, n: int, title: str, body: str) -> int:
    """A plain-text document numbered ``n`` (its sha256 is ``n`` in hex) added to ``store``; its id."""
    from claimgraph.store import CaptureRecord, DocumentRecord

    sha = f"{n:064x}"
    cap = CaptureRecord(sha256=sha, origin=f"{n}.txt", media_type="text/plain", ingested_at="2026-03-01T00:00:00Z", tool_version="t")
    doc = DocumentRecord(sha256=sha, kind="text", origin=f"{n}.txt", body=body, source_text=body,
                         ingested_at="2026-03-01T00:00:00Z", title=title)
    doc_id, added = store.add_capture(cap, len(body.encode()), doc)
    assert added and doc_id is not None
    return doc_id

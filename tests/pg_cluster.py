"""A throw-away PostgreSQL server for the tests and benchmarks: initdb in a temporary directory,
started on a free port on 127.0.0.1 (trust authentication on loopback only), stopped and deleted
afterwards. PostgreSQL refuses to run as root: as root, the cluster belongs to the ``postgres``
system user (the Debian package creates it) and its commands run through ``runuser``."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def find_bindir() -> Path | None:
    """The directory of initdb and pg_ctl (Debian keeps them off PATH), newest version first."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def why_unavailable() -> str | None:
    """None when a cluster can be started here, else the reason (for a skip message)."""
    bindir = find_bindir()
    if bindir is None:
        return "PostgreSQL is not installed (no initdb; 'make test' installs postgresql and postgresql-contrib)"
    if not list(glob.glob("/usr/share/postgresql/*/extension/unaccent.control")) and not (bindir.parent / "share").exists():
        return "PostgreSQL's contrib extensions (unaccent) are not installed (apt-get install postgresql-contrib)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' system user to own the test cluster"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed (make venv)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """``with Cluster() as pg: pg.new_database()`` -> a ``postgresql://`` URL of an empty database."""

    def __init__(self, fsync: bool = False) -> None:
        self.fsync = fsync
        self.bindir = find_bindir()
        self.tmp = Path(tempfile.mkdtemp(prefix="claimgraph-pg-"))
        self.data = self.tmp / "data"
        self.sockets = self.tmp / "sockets"
        self.port = 0
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def start(self) -> "Cluster":
        self.sockets.mkdir()
        if self._as_postgres:
            user = pwd.getpwnam("postgres")
            os.chmod(self.tmp, 0o755)
            for path in (self.tmp, self.sockets):
                os.chown(path, user.pw_uid, user.pw_gid)
        # C collation: text sorts and compares byte by byte, as SQLite's does; C.UTF-8 character
        # classes, so that search folds the case of Cyrillic letters
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--lc-collate=C", "--lc-ctype=C.UTF-8", "--locale-provider=libc", "-E", "UTF8", "--no-sync")
        self.port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sockets} -c max_connections=100"
                   + ("" if self.fsync else " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"))
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.tmp / "server.log"), "-w", "-t", "60", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self, template: str | None = None) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> "Cluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

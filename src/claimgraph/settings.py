"""One documented settings object, passed down the pipeline (in the style of trafilatura's config).

Every knob has a default that works for a newcomer; the CLI overrides them from flags and
environment variables. Nothing else in the code reads the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: Where data lives when neither ``--home`` nor ``CLAIMGRAPH_HOME`` is given.
DEFAULT_HOME = Path("~/.local/share/claimgraph").expanduser()

#: A single document (a file, a WARC record payload, a Telegram message) larger than this is
#: rejected while it is being read, before it is all in memory.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

#: Container files (WARC, Telegram ``result.json``) are archived whole, streamed to disk; their
#: own bound is larger because one WARC often holds hundreds of pages.
DEFAULT_MAX_CONTAINER_BYTES = 4 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Where claimgraph keeps its data and how much it accepts.

    home: directory holding ``claimgraph.sqlite3`` (the store) and ``archive/`` (source bytes).
    db: where the store is when it is not ``<home>/claimgraph.sqlite3``: a ``postgresql://`` URL
        (a team's shared store; the archive stays under ``home``, a directory the team shares), or
        the path of a SQLite file.
    max_bytes: bound on one document's bytes.
    max_container_bytes: bound on one WARC or Telegram export file.
    learned_pairs: whether linking asks the learned pair model (True/False; None: the model's shipped default,
        off; docs/pair_model.md). With the shipped thresholds only its veto acts: it drops a rule contradiction
        it finds very unlikely; its corroboration part (for pairs the rules relate nothing) never reaches its
        threshold (1.01) and relates nothing.
    """

    home: Path = field(default_factory=lambda: DEFAULT_HOME)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_container_bytes: int = DEFAULT_MAX_CONTAINER_BYTES
    db: str | None = None
    learned_pairs: bool | None = None

    @property
    def db_path(self) -> Path:
        """The SQLite file (when the store is not a PostgreSQL database)."""
        if self.db and not self.uses_postgresql:
            return Path(self.db).expanduser()
        return self.home / "claimgraph.sqlite3"

    @property
    def uses_postgresql(self) -> bool:
        return bool(self.db) and self.db.startswith(("postgresql://", "postgres://"))  # type: ignore[union-attr]

    @property
    def store_location(self) -> str | Path:
        """What :class:`~claimgraph.store.Store` opens: the PostgreSQL URL, else the SQLite file."""
        return self.db if self.uses_postgresql and self.db else self.db_path

    def has_store(self) -> bool:
        """Whether there is a store to read (a PostgreSQL database is created by its administrator,
        and its schema by the first connection)."""
        return self.uses_postgresql or self.db_path.exists()

    @property
    def store_name(self) -> str:
        """The store, for messages (a URL without its password)."""
        from .store.backend import redact_url

        return redact_url(self.db) if self.uses_postgresql and self.db else str(self.home)

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def custody_path(self) -> Path:
        """The custody record (docs/custody.md): one signed, hash-chained entry per line."""
        return self.home / "custody.jsonl"

    @property
    def key_dir(self) -> Path:
        """The home's signing key (mode 0700; the private key 0600)."""
        return self.home / "keys"

    @classmethod
    def resolve(cls, home: str | os.PathLike | None = None, db: str | None = None, **overrides) -> "Settings":
        """Settings from an explicit home, else ``$CLAIMGRAPH_HOME``, else :data:`DEFAULT_HOME`; the
        store from an explicit ``db``, else ``$CLAIMGRAPH_DB``, else the SQLite file in the home."""
        chosen = home or os.environ.get("CLAIMGRAPH_HOME") or DEFAULT_HOME
        return cls(home=Path(chosen).expanduser(), db=db or os.environ.get("CLAIMGRAPH_DB") or None, **overrides)

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
    max_bytes: bound on one document's bytes.
    max_container_bytes: bound on one WARC or Telegram export file.
    """

    home: Path = field(default_factory=lambda: DEFAULT_HOME)
    max_bytes: int = DEFAULT_MAX_BYTES
    max_container_bytes: int = DEFAULT_MAX_CONTAINER_BYTES

    @property
    def db_path(self) -> Path:
        return self.home / "claimgraph.sqlite3"

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
    def resolve(cls, home: str | os.PathLike | None = None, **overrides) -> "Settings":
        """Settings from an explicit home, else ``$CLAIMGRAPH_HOME``, else :data:`DEFAULT_HOME`."""
        chosen = home or os.environ.get("CLAIMGRAPH_HOME") or DEFAULT_HOME
        return cls(home=Path(chosen).expanduser(), **overrides)

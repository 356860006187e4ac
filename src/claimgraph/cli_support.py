"""What every command module shares: the settings the arguments name, the store they open, and one
JSON line out. A module of its own so that the command modules (``cli.py``, ``link/cli.py``,
``team/cli.py``, ``export/cli.py``, ``api/cli.py``) import it rather than each other."""

from __future__ import annotations

import argparse
import json
import sys

from .settings import Settings
from .store import Store, StoreError


def settings_of(args, **overrides) -> Settings:
    """The settings of ``--home`` and ``--db`` (else the environment, else the defaults)."""
    return Settings.resolve(getattr(args, "home", None), getattr(args, "db", None), **overrides)


LEARNED_PAIRS_HELP = ("the learned pair model in linking: its veto on rule contradictions it finds very unlikely "
                      "(docs/pair_model.md; default: its shipped default, off). Not stored in the home: give it to "
                      "every command that links (ingest, reanalyse, relink, split, serve) to keep one regime")


def add_learned_pairs(parser: argparse.ArgumentParser) -> None:
    """``--learned-pairs on|off`` on a command that links (read back by :func:`learned_pairs_of`)."""
    parser.add_argument("--learned-pairs", choices=("on", "off"), default=None, help=LEARNED_PAIRS_HELP)


def learned_pairs_of(args) -> bool | None:
    """``Settings.learned_pairs`` from ``--learned-pairs`` (None when not given: the model's default)."""
    value = getattr(args, "learned_pairs", None)
    return None if value is None else value == "on"


def open_store(args) -> Store:
    """The store the arguments name, which must exist (a command that reads needs something to read)."""
    settings = settings_of(args)
    if not settings.has_store():
        raise StoreError(f"no store at {settings.home} (run 'claimgraph ingest' first, or pass --home)")
    return Store(settings.store_location)


def print_json(obj) -> None:
    """One JSON object on one line of standard output (``--json`` output: JSON Lines)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def positive_int(value: str) -> int:
    """An argparse type for counts and limits: a whole number above 0 (SQLite reads
    ``LIMIT -1`` as no limit at all, and PostgreSQL refuses it)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return n

"""The one way claimgraph writes a timestamp: UTC, ISO 8601, to the second."""

from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def parse_iso(value: object) -> datetime | None:
    """The moment an ISO 8601 date or date-time names (a trailing "Z" read as UTC), or None for
    anything else."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def is_iso_time(value: object) -> bool:
    """Whether ``value`` is an ISO 8601 date or date-time (what a WARC-Date, a Telegram date and
    :func:`now_iso` write); anything else is no moment a reader can order or a user trust."""
    return isinstance(value, str) and 10 <= len(value) <= 40 and parse_iso(value) is not None

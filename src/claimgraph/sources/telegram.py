"""Telegram Desktop channel exports (``result.json``): one document per message with text."""

from __future__ import annotations

import json
from typing import Any, Iterator

from .base import Rejection, SourceDocument, SourceError


def looks_like_telegram(head: bytes) -> bool:
    start = head.lstrip()[:1]
    return start == b"{" and b'"messages"' in head


def flatten_text(value: Any) -> str:
    """Telegram writes text either as a string or as a list of strings and entity objects
    (``{"type": "bold", "text": ...}``); the visible text is their concatenation."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        out = []
        for part in value:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                out.append(part["text"])
        return "".join(out)
    return ""


def _links(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [p["href"] for p in value if isinstance(p, dict) and isinstance(p.get("href"), str)]


def parse_export(data: bytes) -> dict:
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"Telegram export is not UTF-8: {exc.reason}") from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"malformed or truncated JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise SourceError("JSON nested too deeply to read") from None
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise SourceError("JSON without a 'messages' list: not a Telegram Desktop export")
    return export


def read_telegram(data: bytes, origin: str) -> Iterator[SourceDocument | Rejection]:
    """Yield one document per message that carries text; service and media-only messages are skipped.

    The archived bytes of a message are its JSON object, with the channel it belongs to,
    serialised canonically (sorted keys, UTF-8), so each message has a stable SHA-256 of its own
    while the whole export file is archived as the container.
    """
    export = parse_export(data)
    channel = {
        "name": export.get("name") if isinstance(export.get("name"), str) else None,
        "id": export.get("id"),
        "type": export.get("type"),
    }
    for index, message in enumerate(export["messages"]):
        if not isinstance(message, dict):
            yield Rejection(f"{origin}#{index}", "message is not a JSON object")
            continue
        if message.get("type", "message") != "message":
            continue
        text = flatten_text(message.get("text")).strip()
        if not text:
            continue
        msg_id = message.get("id")
        raw = json.dumps({"channel": channel, "message": message}, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        date = message.get("date") if isinstance(message.get("date"), str) else None
        forwarded = message.get("forwarded_from")
        yield SourceDocument(
            raw=raw,
            text=text,
            kind="telegram",
            origin=f"{origin}#message={msg_id}",
            media_type="application/vnd.telegram.message+json",
            encoding="utf-8",
            captured_at=date,
            metadata={
                "channel": channel["name"],
                "channel_id": channel["id"],
                "message_id": msg_id,
                "date": date,
                "forwarded_from": forwarded if isinstance(forwarded, str) else None,
                "author": message.get("author") if isinstance(message.get("author"), str) else None,
                "links": _links(message.get("text")),
            },
        )

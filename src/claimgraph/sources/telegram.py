"""Telegram Desktop channel exports (``result.json``): one document per message with text.

An export can be gigabytes, so it is never held whole: the file is read in chunks, decoded to
text incrementally, and the top-level ``"messages"`` array is decoded one message object at a
time (``json.JSONDecoder.raw_decode`` over a sliding buffer), so memory stays bounded by the
largest message, itself bounded by ``max_bytes``.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import re
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, ContextManager, Iterator

from ..clock import is_iso_time
from ..settings import DEFAULT_MAX_BYTES
from .base import Rejection, SourceDocument, SourceError

#: Bytes read from the export at a time.
CHUNK_BYTES = 1 << 20

_BOM = b"\xef\xbb\xbf"
_NON_WS = re.compile(r"[^ \t\n\r]")  # JSON white space is exactly these four
_STRUCT = re.compile(r'["{}\[\]]')  # outside a string: what changes the nesting
_IN_STRING = re.compile(r'["\\]')  # inside a string: its end, or an escape
_SCALAR_END = re.compile(r"[,\]} \t\n\r]")
_SKIPPED = object()  # a value larger than the bound, scanned past but not decoded


def looks_like_telegram(head: bytes) -> bool:
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    start = head.lstrip()[:1]
    return start == b"{" and b'"messages"' in head


def _text_shaped(value: Any) -> bool:
    """``text`` as Telegram writes it: absent, a string, or a list of strings and entity objects
    whose ``text`` is a string."""
    if value is None or isinstance(value, str):
        return True
    return isinstance(value, list) and all(
        isinstance(part, str) or (isinstance(part, dict) and isinstance(part.get("text", ""), str)) for part in value)


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


# -- reading the export incrementally -------------------------------------------------------

class _Text:
    """The export's text, decoded chunk by chunk, addressed by absolute character offsets.

    Only ``buf`` (the text from ``base`` on) is in memory; ``keep`` says how much of it the
    parser still needs, and text before it is dropped when the next chunk is read.
    """

    def __init__(self, fh: BinaryIO, limit: int | None, chunk: int) -> None:
        self.fh = fh
        self.limit = limit
        self.chunk = max(1, chunk)
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self.buf = ""
        self.base = 0  # absolute offset of buf[0]
        self.keep = 0
        self.eof = False
        self.nbytes = 0
        self.line = 1  # line number of buf[0]
        self.col0 = 0  # characters before buf[0] on its line

    def fill(self) -> bool:
        """Read one more chunk (dropping text before ``keep``); False at the end of the file."""
        if self.eof:
            return False
        cut = self.keep - self.base
        if cut > 0:
            n = self.buf.count("\n", 0, cut)
            if n:
                self.line += n
                self.col0 = cut - self.buf.rfind("\n", 0, cut) - 1
            else:
                self.col0 += cut
            self.buf = self.buf[cut:]
            self.base = self.keep
        size = self.chunk if self.limit is None else min(self.chunk, self.limit + 1 - self.nbytes)
        try:
            data = self.fh.read(size)
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror or exc}") from None
        try:
            if data:
                self.nbytes += len(data)
                if self.limit is not None and self.nbytes > self.limit:
                    raise SourceError(f"larger than the size limit of {self.limit:,} bytes")
                text = self.decoder.decode(data)
            else:
                self.eof = True
                text = self.decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            where = self.nbytes - len(data) + exc.start
            raise SourceError(f"Telegram export is not UTF-8: {exc.reason} near byte {where:,}") from None
        self.buf += text
        return True

    def char(self, p: int) -> str:
        """The character at ``p``, reading as needed; "" at the end of the file."""
        while p - self.base >= len(self.buf):
            if not self.fill():
                return ""
        return self.buf[p - self.base]

    def skip_ws(self, p: int) -> int:
        self.keep = max(self.keep, p)
        while True:
            m = _NON_WS.search(self.buf, p - self.base)
            if m:
                return self.base + m.start()
            p = self.keep = self.base + len(self.buf)
            if not self.fill():
                return p

    def error(self, p: int, msg: str) -> SourceError:
        i = p - self.base
        n = self.buf.count("\n", 0, i)
        col = i - self.buf.rfind("\n", 0, i) if n else self.col0 + i + 1
        return SourceError(f"malformed or truncated JSON at line {self.line + n} column {col}: {msg}")


class _Parser:
    def __init__(self, text: _Text, max_chars: int) -> None:
        self.t = text
        self.max_chars = max_chars
        self.decoder = json.JSONDecoder()

    def _decode(self, p: int) -> tuple[Any, int]:
        t = self.t
        try:
            value, end = self.decoder.raw_decode(t.buf, p - t.base)
        except json.JSONDecodeError as exc:
            raise t.error(t.base + exc.pos, exc.msg) from None
        except RecursionError:
            raise SourceError("JSON nested too deeply to read") from None
        return value, t.base + end

    def value(self, p: int) -> tuple[Any, int]:
        """Decode the value starting at ``p`` (not white space); returns it (or ``_SKIPPED`` when
        it is longer than the bound) and the offset just past it."""
        t = self.t
        t.keep = p
        c = t.buf[p - t.base]
        if c in '{["':
            # Usually the whole value is already buffered: decode it straight away.
            try:
                value, end = self.decoder.raw_decode(t.buf, p - t.base)
            except json.JSONDecodeError:
                pass  # incomplete so far, or malformed: find its end first
            except RecursionError:
                raise SourceError("JSON nested too deeply to read") from None
            else:
                end += t.base
                return (_SKIPPED if end - p > self.max_chars else value), end
        end, skipped = self._scan(p)
        if skipped:
            return _SKIPPED, end
        return self._decode(p)

    def _scan(self, p: int) -> tuple[int, bool]:
        """Find where the value at ``p`` ends, reading more as needed, without decoding it.

        Strings and nesting are followed lexically; a value longer than the bound is scanned to
        its end without being kept (its content is then checked only for balanced nesting).
        Raises the decoder's own error when the file ends inside the value.
        """
        t = self.t
        if t.buf[p - t.base] not in '{["':
            while True:
                m = _SCALAR_END.search(t.buf, p - t.base)
                if m or t.eof:
                    end = t.base + (m.start() if m else len(t.buf))
                    if end - p > self.max_chars:
                        return end, True
                    return end, False
                if t.base + len(t.buf) - p > self.max_chars:
                    t.keep = t.base + len(t.buf)  # drop an over-long scalar as it streams past
                t.fill()
        depth = 0
        in_string = False
        i = p
        skipped = False
        while True:
            buf, j = t.buf, i - t.base
            while True:
                if in_string:
                    m = _IN_STRING.search(buf, j)
                    if not m:
                        j = len(buf)
                        break
                    j = m.start()
                    if buf[j] == '"':
                        in_string = False
                        j += 1
                        if depth == 0:
                            return t.base + j, skipped
                    elif j + 1 < len(buf):
                        j += 2  # an escape; \uXXXX holds no quote or backslash
                    else:
                        break  # a backslash ending the buffer: wait for what it escapes
                else:
                    m = _STRUCT.search(buf, j)
                    if not m:
                        j = len(buf)
                        break
                    j = m.end()
                    c = buf[j - 1]
                    if c == '"':
                        in_string = True
                    elif c in "{[":
                        depth += 1
                    else:
                        depth -= 1
                        if depth <= 0:
                            return t.base + j, skipped
            i = t.base + j
            if not skipped and i - p > self.max_chars:
                skipped = True
            if skipped:
                t.keep = i
            if not t.fill():
                if not skipped:
                    self._decode(p)  # raises the decoder's message for the truncated value
                raise t.error(t.base + len(t.buf), "unexpected end of data")

    def events(self) -> Iterator[tuple]:
        """``("field", key, value)`` for each top-level member other than a messages list,
        ``("list", n)`` when the n-th ``"messages"`` list starts, then ``("message", index, value)``
        for each of its elements."""
        t = self.t
        p = t.skip_ws(0)
        c = t.char(p)
        if c == "":
            raise t.error(p, "Expecting value")
        if c != "{":
            raise SourceError("JSON without a 'messages' list: not a Telegram Desktop export")
        p += 1
        lists = 0
        first = True
        while True:
            p = t.skip_ws(p)
            c = t.char(p)
            if c == "}" and first:
                p += 1
                break
            if c != '"':
                raise t.error(p, "Expecting property name enclosed in double quotes")
            key, p = self.value(p)
            if key is _SKIPPED:
                raise SourceError(f"a top-level key is longer than the size limit of {self.max_chars:,} bytes")
            p = t.skip_ws(p)
            if t.char(p) != ":":
                raise t.error(p, "Expecting ':' delimiter")
            p = t.skip_ws(p + 1)
            c = t.char(p)
            if c == "":
                raise t.error(p, "Expecting value")
            if key == "messages" and c == "[":
                lists += 1
                yield ("list", lists)
                p = yield from self._elements(p)
            else:
                value, p = self.value(p)
                yield ("field", key, value)
            p = t.skip_ws(p)
            c = t.char(p)
            if c == ",":
                p += 1
                first = False
                continue
            if c == "}":
                p += 1
                break
            raise t.error(p, "Expecting ',' delimiter")
        p = t.skip_ws(p)
        if t.char(p) != "":
            raise t.error(p, "Extra data")

    def _elements(self, p: int):
        t = self.t
        p = t.skip_ws(p + 1)
        if t.char(p) == "]":
            return p + 1
        index = 0
        while True:
            if t.char(p) == "":
                raise t.error(p, "Expecting value")
            value, p = self.value(p)
            yield ("message", index, value)
            index += 1
            p = t.skip_ws(p)
            c = t.char(p)
            if c == ",":
                p = t.skip_ws(p + 1)
                continue
            if c == "]":
                return p + 1
            raise t.error(p, "Expecting ',' delimiter")


Source = bytes | bytearray | memoryview | str | os.PathLike | BinaryIO


def _opener(source: Source) -> Callable[[], ContextManager[BinaryIO]]:
    """A function giving the export's bytes from the start, each time it is called."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return lambda: io.BytesIO(source)
    if isinstance(source, (str, os.PathLike)):
        def _open() -> BinaryIO:
            try:
                return open(source, "rb")
            except OSError as exc:
                raise SourceError(f"cannot read: {exc.strerror or exc}") from None
        return _open
    start = source.tell()

    def _rewind() -> ContextManager[BinaryIO]:
        source.seek(start)
        return contextlib.nullcontext(source)  # the caller's file: read, left open
    return _rewind


def _events(opener: Callable[[], ContextManager[BinaryIO]], max_bytes: int, limit: int | None, chunk: int) -> Iterator[tuple]:
    with opener() as fh:
        yield from _Parser(_Text(fh, limit, chunk), max_bytes).events()


@dataclass(frozen=True)
class ExportInfo:
    """What a first pass over an export found: its channel, and which ``"messages"`` list counts
    (the last one, as for ``json.loads``, should the key be repeated)."""

    channel: dict
    messages_list: int


def _check_export(opener: Callable[[], ContextManager[BinaryIO]], max_bytes: int, max_container_bytes: int | None,
                  chunk_size: int) -> ExportInfo:
    """A first pass over the whole export, streaming: its channel, or the :class:`SourceError` that
    refuses it (malformed, truncated, not UTF-8, nested too deeply, not an export)."""
    fields: dict[str, Any] = {}
    last_list = 0
    for event in _events(opener, max_bytes, max_container_bytes, chunk_size):
        if event[0] == "list":
            last_list = event[1]
        elif event[0] == "field":
            _, key, value = event
            if key == "messages":
                last_list = 0  # a later non-list value replaces an earlier list
            elif key in ("name", "id", "type"):
                if value is _SKIPPED:
                    raise SourceError(f"channel {key} larger than the size limit of {max_bytes:,} bytes")
                fields[key] = value
    if not last_list:
        raise SourceError("JSON without a 'messages' list: not a Telegram Desktop export")
    channel = {
        "name": fields.get("name") if isinstance(fields.get("name"), str) else None,
        "id": fields.get("id"),
        "type": fields.get("type"),
    }
    return ExportInfo(channel, last_list)


def read_telegram(source: Source, origin: str, max_bytes: int = DEFAULT_MAX_BYTES,
                  max_container_bytes: int | None = None, chunk_size: int = CHUNK_BYTES) -> Iterator[SourceDocument | Rejection]:
    """Yield one document per message that carries text; service and media-only messages are skipped.

    ``source`` is the export: a path (read twice, streaming), an open binary file (rewound for
    the second read) or bytes. The whole export is checked first, before this returns, so that
    malformed JSON rejects the input before anything is archived for it; the messages are then
    read again one at a time as the iterator is consumed. Memory is bounded by the largest
    message: a message whose JSON is longer than ``max_bytes`` is rejected (a :class:`Rejection`
    for that message), never buffered whole. Channel fields (``name``, ``id``, ``type``) may
    come before or after ``messages``.

    The archived bytes of a message are its JSON object, with the channel it belongs to,
    serialised canonically (sorted keys, UTF-8), so each message has a stable SHA-256 of its own
    while the whole export file is archived as the container.
    """
    opener = _opener(source)
    info = _check_export(opener, max_bytes, max_container_bytes, chunk_size)
    return _documents(opener, origin, info, max_bytes, max_container_bytes, chunk_size)


def _documents(opener: Callable[[], ContextManager[BinaryIO]], origin: str, info: ExportInfo, max_bytes: int, max_container_bytes: int | None,
               chunk_size: int) -> Iterator[SourceDocument | Rejection]:
    channel = info.channel
    current = 0
    for event in _events(opener, max_bytes, max_container_bytes, chunk_size):
        if event[0] == "list":
            current = event[1]
        if event[0] != "message" or current != info.messages_list:
            continue
        _, index, message = event
        if message is _SKIPPED:
            yield Rejection(f"{origin}#{index}", f"message larger than the size limit of {max_bytes:,} bytes")
            continue
        if not isinstance(message, dict):
            yield Rejection(f"{origin}#{index}", "message is not a JSON object")
            continue
        if message.get("type", "message") != "message":
            continue
        msg_id = message.get("id")
        if not _text_shaped(message.get("text")):
            # not what Telegram writes: refused aloud, never dropped or read with a part missing
            shape = type(message.get("text")).__name__
            yield Rejection(f"{origin}#message={msg_id}",
                            f"message text is not a string or a list of strings and entities ({shape}); not read")
            continue
        if not flatten_text(message.get("text")).strip():
            continue
        try:
            raw = json.dumps({"channel": channel, "message": message}, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError as exc:
            # JSON's \uXXXX escapes can spell half a surrogate pair, which no UTF-8 text holds:
            # that message is refused alone, the rest of the export is read on.
            bad = exc.object[exc.start:exc.end].encode("unicode_escape").decode("ascii")
            yield Rejection(f"{origin}#message={msg_id}", f"message holds a lone surrogate ({bad}), not valid Unicode text")
            continue
        if len(raw) > max_bytes:
            yield Rejection(f"{origin}#message={msg_id}", f"message larger than the size limit of {max_bytes:,} bytes")
            continue
        yield _message_document(raw, channel, message, f"{origin}#message={msg_id}")


#: The media type of one archived message (its canonical JSON, with its channel).
MESSAGE_MEDIA_TYPE = "application/vnd.telegram.message+json"


def _message_document(raw: bytes, channel: dict, message: dict, origin: str) -> SourceDocument:
    date = message.get("date") if isinstance(message.get("date"), str) else None
    forwarded = message.get("forwarded_from")
    return SourceDocument(
        raw=raw,
        text=flatten_text(message.get("text")).strip(),
        kind="telegram",
        origin=origin,
        media_type=MESSAGE_MEDIA_TYPE,
        encoding="utf-8",
        captured_at=date if is_iso_time(date) else None,   # the metadata keeps what the export said
        metadata={
            "channel": channel.get("name"),
            "channel_id": channel.get("id"),
            "message_id": message.get("id"),
            "date": date,
            "forwarded_from": forwarded if isinstance(forwarded, str) else None,
            "author": message.get("author") if isinstance(message.get("author"), str) else None,
            "links": _links(message.get("text")),
        },
    )


def document_from_message(raw: bytes, origin: str) -> SourceDocument:
    """One message archived on its own (as this reader makes its bytes: ``{"channel": ...,
    "message": ...}``, canonical JSON), read back, e.g. from an evidence bundle's WARC; the same
    bytes, so the same SHA-256 and text. :class:`SourceError` when the bytes are not such a message."""
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SourceError("not a Telegram message: not UTF-8 JSON") from None
    if not (isinstance(value, dict) and set(value) == {"channel", "message"}
            and isinstance(value["channel"], dict) and isinstance(value["message"], dict)):
        raise SourceError("not a Telegram message: expected an object with 'channel' and 'message'")
    if value["message"].get("type", "message") != "message" or not flatten_text(value["message"].get("text")).strip():
        raise SourceError("Telegram message without text; nothing to read")
    return _message_document(raw, value["channel"], value["message"], origin)

"""Bytes to text: BOMs first, then strict UTF-8, then charset detection; binary is refused."""

from __future__ import annotations

import codecs

from .base import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never appear in real text (everything below 0x20 but tab, LF, FF, CR).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text in any single-byte or UTF-8 encoding.

    NUL bytes or more than 10% control characters in the first block mean binary; UTF-16/32
    with a BOM is handled before this is asked.
    """
    sample = head[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls / len(sample) > 0.10


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise :class:`SourceError` for binary.

    Order matters: a BOM is authoritative; strict UTF-8 is tried before guessing because a
    statistical detector can mistake short UTF-8 for something else; only then
    charset-normalizer picks among legacy encodings (cp1251, latin-1, ...).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise SourceError(f"starts with a {name} byte-order mark but does not decode: {exc.reason}") from None
    if looks_binary(data):
        raise SourceError("binary content, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:  # e.g. an HTTP Content-Type charset: trusted once UTF-8 has failed
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes  # imported lazily: only legacy-encoded inputs pay for it

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise SourceError("undecodable bytes: no text encoding fits")
    encoding = best.encoding
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        raise SourceError(f"undecodable bytes: detected {encoding} but decoding failed") from None

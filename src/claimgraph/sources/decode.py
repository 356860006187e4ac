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


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any single-byte or UTF-8 encoding.

    A NUL byte anywhere, or more than 10% control characters (in the first block, or in the
    whole), means binary; UTF-16/32 with a BOM is handled before this is asked. The whole is
    checked, not just a head, so a text prefix cannot smuggle a binary tail into the store
    (both checks run at C speed).
    """
    if not data:
        return False
    if b"\x00" in data:
        return True
    head = data[:8192]
    if _controls(head) > 0.10 * len(head):
        return True
    return _controls(data) > 0.10 * len(data)


def _controls(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL))


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise :class:`SourceError` for binary.

    Order matters: a BOM is authoritative; strict UTF-8 is tried before guessing because a
    statistical detector can mistake short UTF-8 for something else; only then a legacy
    single-byte encoding is guessed (see :func:`guess_legacy`). The encoding returned is the
    codec's canonical name (``utf-8``, ``utf-16``, ``cp1251``, ``iso8859-1``, ``cp1252`` ...).
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
    return guess_legacy(data)


_C1 = bytes(range(0x80, 0xA0))

# Single-byte Cyrillic encodings, most common first (ties go to the earlier one).
_CYRILLIC = ("cp1251", "koi8_r", "koi8_u", "cp866")
# The letters of Russian, Ukrainian and Belarusian; other Cyrillic letters (Serbian, Macedonian)
# are what the wrong table produces for a capital, so they count against a reading.
_COMMON_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў") | set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ")
# Punctuation that legitimately sits next to Cyrillic text in the 0x80-0xFF range.
_CYRILLIC_PUNCT = set("«»—–“”„‘’…№·•°±§©®™\xa0")
# Multi-byte encodings that need NUL bytes for ASCII text (refused as binary before we get
# here) or are never used for news text; a detector picks them for short texts by accident
# (it read "Grüße aus Köln" in latin-1 as UTF-16-BE).
_NEVER_GUESS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]


def guess_legacy(data: bytes) -> tuple[str, str]:
    """Pick a legacy encoding for bytes that are not UTF-8.

    Cyrillic is decided by letter case, which is what tells the Cyrillic code pages apart: real
    text is mostly lower case, and the same bytes read in the wrong Cyrillic table come out
    mostly upper case or as box-drawing symbols. (A statistical detector mistook the cp1251 bytes
    of "Привет, мир" for cp1125 and KOI8-R for cp1251.) Everything else goes to
    charset-normalizer; when its choice reads the bytes exactly as ISO-8859-1 or cp1252 would,
    the Western name is recorded (it reported German in latin-1 as cp1250): ``iso8859-1`` when
    no byte falls in 0x80-0x9F (C1 controls in latin-1, so the bytes are plain latin-1),
    ``cp1252`` otherwise.
    """
    sample = data[:65536]
    cyr = _guess_cyrillic(sample)
    if cyr is not None:
        try:
            return data.decode(cyr), codecs.lookup(cyr).name
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # imported lazily: only legacy-encoded inputs pay for it

    best = from_bytes(data[:1_000_000], cp_exclusion=_NEVER_GUESS).best()
    if best is None:
        raise SourceError("undecodable bytes: no text encoding fits")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise SourceError(f"undecodable bytes: detected {encoding} but decoding failed") from None
    has_c1 = len(data.translate(None, _C1)) != len(data)
    for western in (("cp1252",) if has_c1 else ("latin_1", "cp1252")):
        try:
            if data.decode(western) == text:
                return text, codecs.lookup(western).name
        except UnicodeDecodeError:
            continue
    return text, codecs.lookup(encoding).name


def _guess_cyrillic(sample: bytes) -> str | None:
    """The Cyrillic code page that reads ``sample`` as plausible text, or None.

    A reading is plausible when its non-ASCII letters are common Cyrillic letters, mostly lower
    case (a capital only at the start of a word), that form whole words: Latin text in latin-1
    read as cp1251 gives Cyrillic letters inside Latin words ("rйagi"), which rules it out.
    """
    best, best_score = None, 0
    for enc in _CYRILLIC:
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        lower = inner_upper = junk = mixed = 0
        prev = ""  # "c" after a Cyrillic letter, "l" after a Latin one, "" otherwise
        for ch in text:
            if ch in _COMMON_CYRILLIC:
                if ch.islower():
                    lower += 1
                elif prev == "c":
                    inner_upper += 1
                if prev == "l":
                    mixed += 1
                prev = "c"
            elif ch.isascii():
                if ch.isalpha():
                    if prev == "c":
                        mixed += 1
                    prev = "l"
                else:
                    prev = ""
            else:
                if ch not in _CYRILLIC_PUNCT:
                    junk += 1
                prev = ""
        if lower == 0 or junk > 0.02 * lower or mixed > 0.05 * lower or inner_upper > 0.2 * lower:
            continue
        score = lower - 2 * inner_upper - 4 * junk - 4 * mixed
        if score > best_score:
            best, best_score = enc, score
    return best

"""Bytes to text: BOMs first, UTF-16 without one, strict UTF-8, UTF-8 with a few stretches that
are not, then charset detection; binary is refused."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from .base import SourceError


class Decoded(NamedTuple):
    text: str
    encoding: str  # the codec's canonical name: encoding ``text`` with it gives back the bytes' offsets
    replaced: int = 0  # bytes that are not valid in ``encoding``, each read as one '?'


# One '?' per byte that is not UTF-8: a one-byte character for a one-byte hole, so that the
# UTF-8 length of the text before any character is still its byte offset in the archived bytes
# (api/source.py add_byte_offsets verifies a claim's bytes by that arithmetic). U+FFFD would be
# three bytes for one, and a single-byte code page's reading of the stretch (cp1251 for a pasted
# Russian paragraph) two or three for one: both would shift every offset after the stretch.
_SUBSTITUTE = "claimgraph-byte-as-question-mark"


def _question_marks(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "?" * (exc.end - exc.start), exc.end


codecs.register_error(_SUBSTITUTE, _question_marks)

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


#: Python's own text codecs that are no character set a page can be written in ("Python Specific
#: Encodings" in the codecs docs): a charset label naming one is ignored, else it would rewrite the
#: text (``unicode_escape`` turns the six characters ``\u202e`` into an override) or raise.
_NOT_CHARSETS = frozenset({"idna", "punycode", "raw-unicode-escape", "undefined", "unicode-escape"})


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`SourceError` for binary.

    Order matters: a BOM is authoritative; bytes with NULs are UTF-16 only when they read as plain
    text (:func:`utf16_without_bom`), else binary; strict UTF-8 is tried before guessing because a
    statistical detector can mistake short UTF-8 for something else; mostly-UTF-8 bytes with a few
    stretches that are not (a page pasted from two sources) stay UTF-8 with each such byte read as
    '?' (:func:`utf8_with_holes`); only then a legacy single-byte encoding is guessed (see
    :func:`guess_legacy`). The encoding returned is the codec's canonical name (``utf-8``,
    ``utf-16``, ``utf-16-le``, ``cp1251``, ``iso8859-1``, ``cp1252`` ...).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise SourceError(f"starts with a {name} byte-order mark but does not decode: {exc.reason}") from None
    if b"\x00" in data:
        found = utf16_without_bom(data)
        if found is not None:
            return found
    if looks_binary(data):
        raise SourceError("binary content, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:  # e.g. an HTTP Content-Type charset: trusted once UTF-8 has failed
        try:
            name = codecs.lookup(declared).name
            if name not in _NOT_CHARSETS:
                return Decoded(data.decode(name), name)
        except (UnicodeError, LookupError, ValueError):   # "undefined" raises UnicodeError; a NUL, ValueError
            pass
    return utf8_with_holes(data) or guess_legacy(data)


# Characters plain text never holds: C0 controls but tab, LF, FF, CR; DEL and C1 controls;
# private use; non-characters.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")


def utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 (little or big endian) without a byte-order mark, when the bytes plainly are.

    They are when they decode strictly and read as plain text: no control characters, at least
    half letters and a twentieth white space, and nearly all (95%) of the characters in at most
    three 256-code-point blocks (ASCII and Latin-1; Cyrillic; punctuation). Latin text in UTF-16
    has every other byte zero, Cyrillic mostly 0x04: one or two blocks. Binary read as UTF-16
    (integers, compressed data) gives control characters or characters scattered over many blocks;
    the wrong byte order puts every letter in a different block.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _NOT_TEXT.search(text):
            continue
        sample = text[:65536]
        blocks = Counter(ord(ch) >> 8 for ch in sample)
        in_blocks = sum(n for _block, n in blocks.most_common(3))
        letters = sum(ch.isalpha() for ch in sample)
        spaces = sum(ch.isspace() for ch in sample)
        if in_blocks >= 0.95 * len(sample) and letters >= 0.5 * len(sample) and spaces >= 0.05 * len(sample):
            return Decoded(text, codec)
    return None


_ASCII = bytes(range(128))


def decoding_notes(metadata: dict) -> list[str]:
    """What decoding lost of a document's bytes, said aloud (``ingest`` and ``show`` print it)."""
    replaced = int(metadata.get("undecodable_bytes") or 0)
    if not replaced:
        return []
    return [f"{replaced:,} byte{'' if replaced == 1 else 's'} not UTF-8 in a UTF-8 text, each read as '?' "
            "(a stretch in another encoding; the rest is exact, and offsets into the archived bytes hold)"]


def utf8_with_holes(data: bytes) -> Decoded | None:
    """UTF-8 with each byte that is not valid UTF-8 read as '?', when most of the bytes above
    ASCII are valid UTF-8 (at least as many in valid sequences as not); None otherwise.

    A whole file in a single-byte code page (cp1251, latin-1) forms few valid UTF-8 sequences by
    chance (a capital followed by 'і' in cp1251), far fewer than the bytes that are not; so it is
    left to :func:`guess_legacy`. A page pasted together from a UTF-8 and a cp1251 source keeps
    its UTF-8 text exactly, and the count of bytes lost is returned (``ingest`` and ``show`` say it).
    """
    if len(data) > _HEAD and _mostly_utf8(data[:_HEAD])[2] * 2 > len(data[:_HEAD].translate(None, _ASCII)):
        # decided on the first megabyte (a sequence cut at its end costs at most 3 bytes):
        # noise costs no more than that, at one error-handler call a byte
        return None
    ok, text, replaced = _mostly_utf8(data)
    return Decoded(text, "utf-8", replaced) if ok else None


_HEAD = 1 << 20


def _mostly_utf8(data: bytes) -> tuple[bool, str, int]:
    high = len(data.translate(None, _ASCII))  # bytes above ASCII
    text = data.decode("utf-8", _SUBSTITUTE)
    replaced = text.count("?") - data.count(b"?")  # '?' (0x3F) is never part of a multi-byte sequence
    return 0 < replaced and 2 * replaced <= high, text, replaced


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


def guess_legacy(data: bytes) -> Decoded:
    """Pick a legacy encoding for bytes that are not UTF-8.

    Cyrillic is decided by letter case, which is what tells the Cyrillic code pages apart: real
    text is mostly lower case, and the same bytes read in the wrong Cyrillic table come out
    mostly upper case or as box-drawing symbols. (A statistical detector mistook the cp1251 bytes
    of "Привет, мир" for cp1125 and KOI8-R for cp1251.) Everything else goes to
    charset-normalizer, whose choice is then weighed against the Western readings (ISO-8859-1,
    and cp1252 first when a byte falls in 0x80-0x9F, C1 controls in latin-1) by
    :func:`letter_score`: a few stray bytes made it read latin-1 "Café" as cp775 "Cafķ", because
    that table reads the strays as letters too ("üŹØ"), which make no plausible word. The detector's
    choice is kept only when it scores higher, or as high and its text fits a language better
    (charset-normalizer's coherence: Czech in cp1250 reads as letters in cp1252 too). A reading
    identical to a Western one is recorded under the Western name (it reported German in latin-1
    as cp1250).
    """
    sample = data[:65536]
    cyr = _guess_cyrillic(sample)
    if cyr is not None:
        try:
            return Decoded(data.decode(cyr), codecs.lookup(cyr).name)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # imported lazily: only legacy-encoded inputs pay for it
    from charset_normalizer.cd import coherence_ratio

    best = from_bytes(data[:1_000_000], cp_exclusion=_NEVER_GUESS).best()
    if best is None:
        raise SourceError("undecodable bytes: no text encoding fits")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise SourceError(f"undecodable bytes: detected {encoding} but decoding failed") from None
    has_c1 = len(data.translate(None, _C1)) != len(data)
    western: list[tuple[str, str]] = []
    for name in (("cp1252", "latin_1") if has_c1 else ("latin_1", "cp1252")):
        try:
            western.append((data.decode(name), codecs.lookup(name).name))
        except UnicodeDecodeError:
            continue
    for reading, name in western:
        if reading == text:
            return Decoded(text, name)
    head = len(sample)  # a byte of a single-byte code page is one character
    scores = [letter_score(reading[:head]) for reading, _name in western]
    top = max(scores)
    detected = letter_score(text[:head])
    if detected < top:
        return Decoded(*western[scores.index(top)])
    if detected == top:
        reading, name = western[scores.index(top)]

        def fit(t: str) -> float:
            return max((share for _lang, share in coherence_ratio(t[:8192])), default=0.0)

        if fit(text) <= fit(reading):
            return Decoded(reading, name)
    return Decoded(text, codecs.lookup(encoding).name)


_WORD = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN"
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def letter_score(text: str) -> int:
    """How plausibly the letters above ASCII in ``text`` make words, for comparing readings of the
    same bytes: +1 for each such letter in a word of the text's main script (by letter count,
    ASCII counting as Latin) whose capitals come only first or throughout ("Café", "DÉJÀ"); -1
    for each in a word that mixes scripts ("Cafщ") or puts a capital after a small letter ("üŹØ");
    0 for a word in another script (no evidence either way: stray bytes read as two Arabic letters
    in a Latin text); -1 each, too, for a Latin word of three letters or more without an ASCII
    letter. Not a list of letters: a table that reads the bytes as letters of the text's
    own script, placed as words place them, wins."""
    words = _WORD.findall(text)
    scripts: Counter[str] = Counter()
    for word in words:
        for ch in word:
            scripts[_script(ch)] += 1
    if not scripts:
        return 0
    main = scripts.most_common(1)[0][0]
    score = 0
    for word in words:
        foreign = sum(not ch.isascii() for ch in word)
        if not foreign:
            continue
        kinds = {_script(ch) for ch in word}
        cased = not any(b.isupper() and a.islower() for a, b in zip(word, word[1:]))
        # a Latin word of three letters or more has one of ASCII ("été", "Đức"); one without is
        # another script's bytes read in a Latin table ("çàÿâèë" for cp1251 "заявил")
        latin_without_ascii = kinds == {"LATIN"} and foreign == len(word) >= 3
        if len(kinds) > 1 or not cased or latin_without_ascii:
            score -= foreign
        elif kinds == {main}:
            score += foreign
    return score


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

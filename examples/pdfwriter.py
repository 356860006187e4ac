"""A minimal PDF writer, byte for byte, for the demo report and the tests (no PDF library needed).

It writes what the reader has to cope with in real reports: text in the standard Helvetica fonts
at chosen sizes and places, raised small footnote markers (text rise), pages that hold only an
image (a scan, no text layer), a document information dictionary, and the standard security
handler (RC4, revision 2) so that a password-protected file can be made. Deterministic: the same
call gives the same bytes.

    from pdfwriter import Line, Page, pdf_bytes
    pdf_bytes([Page([Line(72, 700, [("Hello", "F1", 12, 0)])])], info={"Title": "Hi"})
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field

#: Font resource names: regular and bold Helvetica (standard 14 fonts, not embedded).
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}

# The 32-byte padding of the standard security handler (ISO 32000-1, 7.6.3.3).
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


@dataclass
class Line:
    """One line of text at (x, y) in points from the bottom left: segments of
    (text, font resource, size, rise); a rise > 0 raises the segment (a footnote marker)."""

    x: float
    y: float
    segments: list[tuple[str, str, float, float]]


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    width: float = 612
    height: float = 792
    #: Draw a grey image over the page (a scanned page: pixels, no text).
    image: bool = False
    #: Extra content-stream operators appended as they are (for hostile test files).
    raw_ops: bytes = b""
    #: A ready-made FlateDecode content stream used instead of the page's lines (hostile files).
    flate_content: bytes | None = None


def _literal(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def content_stream(page: Page) -> bytes:
    ops: list[bytes] = []
    if page.image:
        ops.append(f"q {page.width:g} 0 0 {page.height:g} 0 0 cm /Im1 Do Q".encode())
    for line in page.lines:
        ops.append(f"BT {line.x:g} {line.y:g} Td".encode())
        for text, font, size, rise in line.segments:
            ops.append(f"/{font} {size:g} Tf {rise:g} Ts ".encode() + _literal(text) + b" Tj")
        ops.append(b"ET")
    if page.raw_ops:
        ops.append(page.raw_ops)
    return b"\n".join(ops) + b"\n"


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


class _Security:
    """Standard security handler, V1 R2 (40-bit RC4): enough for a file that needs a password."""

    def __init__(self, user_password: str, owner_password: str, file_id: bytes) -> None:
        user = (user_password.encode("latin-1") + _PAD)[:32]
        owner = (owner_password.encode("latin-1") + _PAD)[:32]
        self.owner_entry = _rc4(hashlib.md5(owner).digest()[:5], user)
        self.permissions = -44  # print and copy refused; any value works for the test
        self.key = hashlib.md5(user + self.owner_entry + self.permissions.to_bytes(4, "little", signed=True)
                               + file_id).digest()[:5]
        self.user_entry = _rc4(self.key, _PAD)

    def encrypt(self, number: int, data: bytes) -> bytes:
        key = hashlib.md5(self.key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]
        return _rc4(key, data)

    def dictionary(self) -> bytes:
        return (b"<< /Filter /Standard /V 1 /R 2 /O <" + self.owner_entry.hex().encode() + b"> /U <"
                + self.user_entry.hex().encode() + b"> /P " + str(self.permissions).encode() + b" >>")


def pdf_bytes(pages: list[Page], info: dict[str, str] | None = None, *, user_password: str | None = None,
              compress: bool = True) -> bytes:
    """A complete PDF file of ``pages``; ``info`` becomes the document information dictionary
    (Title, Author, Subject, CreationDate as ``D:YYYYMMDDHHMMSSZ`` ...); ``user_password`` encrypts it."""
    file_id = hashlib.md5(repr((info, [content_stream(p) for p in pages],
                                [hashlib.sha256(p.flate_content or b"").hexdigest() for p in pages])).encode()).digest()
    security = _Security(user_password, "owner:" + user_password, file_id) if user_password is not None else None
    objects: dict[int, bytes] = {}
    font_ids = {name: 3 + i for i, name in enumerate(FONTS)}
    info_id = 3 + len(FONTS)
    image_id = info_id + 1
    next_id = image_id + 1
    kids = []
    for page in pages:
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        kids.append(page_id)
        if page.flate_content is not None:
            data = security.encrypt(content_id, page.flate_content) if security else page.flate_content
            objects[content_id] = (f"<< /Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode() + data
                                   + b"\nendstream")
        else:
            objects[content_id] = _stream(content_id, content_stream(page), security, compress)
        resources = b"<< /Font << " + b" ".join(f"/{n} {font_ids[n]} 0 R".encode() for n in FONTS) + b" >>"
        if page.image:
            resources += f" /XObject << /Im1 {image_id} 0 R >>".encode()
        resources += b" >>"
        objects[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page.width:g} {page.height:g}] "
                            f"/Contents {content_id} 0 R /Resources ".encode() + resources + b" >>")
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    for name, base in FONTS.items():
        objects[font_ids[name]] = f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>".encode()
    entries = []
    for key, value in (info or {}).items():
        data = value.encode("latin-1") if key == "CreationDate" else b"\xfe\xff" + value.encode("utf-16-be")
        if security:
            data = security.encrypt(info_id, data)
        entries.append(f"/{key} <".encode() + data.hex().encode() + b">")
    objects[info_id] = b"<< " + b" ".join(entries) + b" >>"
    objects[image_id] = _stream(image_id, bytes([0x99]) * 64, security, compress,
                                b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                                b"/BitsPerComponent 8 ")
    encrypt_id = None
    if security:
        encrypt_id = next_id
        objects[encrypt_id] = security.dictionary()
        next_id += 1
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += (f"{offsets[number]:010d} 00000 n \n" if number in offsets else "0000000000 65535 f \n").encode()
    trailer = f"<< /Size {size} /Root 1 0 R /Info {info_id} 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>]"
    if encrypt_id:
        trailer += f" /Encrypt {encrypt_id} 0 R"
    out += f"trailer\n{trailer} >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def _stream(number: int, data: bytes, security: _Security | None, compress: bool, extra: bytes = b"") -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b"/Filter /FlateDecode "
    if security:
        data = security.encrypt(number, data)
    return b"<< " + extra + f"/Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def flate_of_spaces(mib: int) -> bytes:
    """A valid zlib stream that inflates to ``mib`` MiB of spaces from about 1 KiB per MiB: one
    fully flushed deflate block repeated (a decompression bomb, for hostile test files)."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    header, block = first[:2], first[2:]
    adler = 1
    for _ in range(mib):
        adler = zlib.adler32(chunk, adler)
    # b"\x03\x00": a final, empty block with fixed Huffman codes; then the Adler-32 of the whole.
    return header + block * mib + b"\x03\x00" + adler.to_bytes(4, "big")


# ---------------------------------------------------------------------------------------------
# Laying out a report: wrapped paragraphs, headings, running header and footer, footnotes.

#: Helvetica's average advance is about half the font size; wrapping at this many characters
#: per 10-point line keeps every line inside a 468-point text column.
CHARS_PER_LINE = 88


@dataclass
class Block:
    """A piece of a report: kind is "title", "meta", "heading", "para" or "break" (a new page); a para's footnotes are
    (marker, note text) pairs, the marker placed after the word that ends with ``anchor``."""

    kind: str
    text: str
    footnotes: list[tuple[str, str, str]] = field(default_factory=list)  # (anchor word, marker, note)


def _wrap(words: list[str], width: int) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    length = 0
    for word in words:
        if lines[-1] and length + 1 + len(word) > width:
            lines.append([])
            length = 0
        length += len(word) + (1 if lines[-1] else 0)
        lines[-1].append(word)
    return [ln for ln in lines if ln]


def layout_report(blocks: list[Block], header: str, footer: str, *, lines_per_page: int = 46) -> list[Page]:
    """Pages of a report: ``footer`` may hold ``{page}`` and ``{pages}``."""
    pages: list[list[Line]] = [[]]
    notes: list[list[tuple[str, str]]] = [[]]
    y = 720.0
    bottom = 110.0

    def new_page():
        nonlocal y
        pages.append([])
        notes.append([])
        y = 720.0

    for block in blocks:
        if block.kind == "break":
            new_page()
            continue
        size, font, gap, width = {"title": (20, "F2", 26, 44), "meta": (11, "F1", 16, 80),
                                  "heading": (13, "F2", 20, 70), "para": (10, "F1", 13.5, CHARS_PER_LINE)}[block.kind]
        markers = {anchor: (marker, note) for anchor, marker, note in block.footnotes}
        wrapped = _wrap(block.text.split(), width)
        if block.kind == "heading" and y - gap * 3 < bottom:
            new_page()
        y -= 8 if block.kind in ("para", "meta") else 14
        for words in wrapped:
            if y - gap < bottom + 10 * len(notes[-1]):
                new_page()
            y -= gap
            segments: list[tuple[str, str, float, float]] = []
            text = ""
            for i, word in enumerate(words):
                text += ("" if i == 0 else " ") + word
                if word in markers:
                    marker, note = markers.pop(word)
                    segments.append((text, font, size, 0))
                    segments.append((marker, font, 6, 4))
                    notes[-1].append((marker, note))
                    text = ""
            if text:
                segments.append((text, font, size, 0))
            pages[-1].append(Line(72, y, segments))
    out = []
    total = len(pages)
    for number, (lines, page_notes) in enumerate(zip(pages, notes), start=1):
        page = Page(list(lines))
        page.lines.insert(0, Line(72, 750, [(header, "F1", 8, 0)]))
        note_y = 60 + 10 * len(page_notes)
        for marker, note in page_notes:
            page.lines.append(Line(72, note_y, [(f"{marker} {note}", "F1", 7.5, 0)]))
            note_y -= 10
        page.lines.append(Line(72, 40, [(footer.format(page=number, pages=total), "F1", 8, 0)]))
        out.append(page)
    return out

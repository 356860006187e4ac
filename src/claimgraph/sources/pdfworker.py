"""Reads the text layer of PDFs in a child process: ``python -I .../pdfworker.py``.

PDFium is C++ and a hostile PDF (deep object nesting, huge pages, decompression bombs in its
streams) can make it take unbounded memory or time; in a child process with an address-space
and CPU limit it costs at most that, and the parent (``sources/pdf.py``) turns a kill into a
rejection. The process serves one PDF after another (starting one costs more than reading a
typical report, most of it loading PDFium): each request on stdin is an 8-byte big-endian
length and the PDF's bytes; each answer on stdout an 8-byte length and one JSON object:

    {"page_count": N, "info": {...}, "pages": [{"lines": [[text, x0, top, bottom, size, marks]],
     "images": k}], "truncated": bool}
    or {"error": "encrypted" | "unreadable" | "memory", "detail": "..."}

A line is what PDFium puts between line breaks; x0/top/bottom its box in points, size the font
size most of its characters have, marks the [start, end) runs of its characters set at a much
smaller size than the line (footnote markers and other superscripts).

Run as a script (not ``-m claimgraph...``) so that it imports nothing of claimgraph: the
package's other readers are not needed here and would slow every start.
"""

from __future__ import annotations

import json
import resource
import sys
from collections import Counter

#: Characters a superscript marker may be made of (footnote numbers, asterisks, daggers).
_MARK_CHARS = set("0123456789*†‡§abcdefghij")
_LINE_END_HYPHEN = ("\x02", "\ufffe")


def _limit_memory(memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def _limit_cpu(seconds: int) -> None:
    """Allow ``seconds`` more CPU time from now (SIGXCPU ends the process past it)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (used + seconds, resource.RLIM_INFINITY))


def _lines(textpage, raw, count: int) -> list[list]:
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        # Characters outside the BMP come back as two UTF-16 units for one index: keep the
        # text, give up on per-character facts for this page.
        return [[ln, 0.0, 0.0, 0.0, 0.0, []] for ln in text.replace("\r\n", "\n").split("\n")]
    # PDFium joins a line that ends in a hyphen to the next one and marks the hyphen (U+0002,
    # which reaches us as U+FFFE): put the hyphen back and end the line there, so each line
    # keeps its own box.
    hyphens = {i for i, ch in enumerate(text) if ch in _LINE_END_HYPHEN}
    if hyphens:
        text = "".join("-" if ch in _LINE_END_HYPHEN else ch for ch in text)
    out = []
    start = 0
    i = 0
    while i <= count:
        if i in hyphens:
            out.append(_line(textpage, raw, text, start, i + 1))
            start = i + 1
        elif i == count or text[i] in "\r\n":
            out.append(_line(textpage, raw, text, start, i))
            if i < count and text[i] == "\r" and i + 1 < count and text[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    return out


def _line(textpage, raw, text: str, start: int, end: int) -> list:
    sizes = []
    left = top = bottom = None
    for i in range(start, end):
        size = round(raw.FPDFText_GetFontSize(textpage.raw, i), 1)
        sizes.append(size)
        if not text[i].isspace():
            x0, y0, _x1, y1 = textpage.get_charbox(i)
            left = x0 if left is None else min(left, x0)
            top = y1 if top is None else max(top, y1)
            bottom = y0 if bottom is None else min(bottom, y0)
    visible = [s for s, ch in zip(sizes, text[start:end]) if not ch.isspace()]
    main = Counter(visible).most_common(1)[0][0] if visible else 0.0
    marks: list[list[int]] = []
    for offset, (size, ch) in enumerate(zip(sizes, text[start:end])):
        if main and size < 0.8 * main and ch in _MARK_CHARS:
            if marks and marks[-1][1] == offset:
                marks[-1][1] = offset + 1
            else:
                marks.append([offset, offset + 1])
    r = lambda v: round(float(v), 1) if v is not None else 0.0  # noqa: E731
    return [text[start:end], r(left), r(top), r(bottom), float(main), marks]


def read(data: bytes, max_pages: int, max_chars: int) -> dict:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        detail = str(exc)
        if "password" in detail.lower():
            return {"error": "encrypted", "detail": detail}
        return {"error": "unreadable", "detail": detail}
    info = {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
    page_count = len(pdf)
    pages = []
    chars = 0
    truncated = page_count > max_pages
    for index in range(min(page_count, max_pages)):
        page = pdf[index]
        textpage = page.get_textpage()
        count = textpage.count_chars()
        if chars + count > max_chars:
            truncated = True
            break
        chars += count
        images = sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4))
        pages.append({"lines": _lines(textpage, raw, count), "images": images})
        textpage.close()
        page.close()
    pdf.close()
    return {"page_count": page_count, "info": info, "pages": pages, "truncated": truncated}


def main() -> None:
    max_pages, max_chars, memory, cpu = (int(v) for v in sys.argv[1:5])
    _limit_memory(memory)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = stdin.read(8)
        if len(header) < 8:
            return  # the parent is done (or gone)
        data = stdin.read(int.from_bytes(header, "big"))
        _limit_cpu(cpu)
        try:
            result = read(data, max_pages, max_chars)
        except MemoryError:
            result = {"error": "memory", "detail": "out of memory"}
        del data
        out = json.dumps(result, ensure_ascii=True).encode("ascii")
        stdout.write(len(out).to_bytes(8, "big") + out)
        stdout.flush()


if __name__ == "__main__":
    main()

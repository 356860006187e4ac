"""Find a claim's exact characters in the archived source it was read from.

Claim offsets point into the extracted article body. The article keeps, per body paragraph,
where that paragraph sits in the decoded source (``spans["body"]``). A claim is located by:

1. ``paragraph``: the paragraph's source text equals the body paragraph, so offsets carry over
   exactly (plain text, Telegram); ``runs``: the article kept an exact map of body characters
   to source characters (a PDF, whose body joins lines and drops footnote markers);
2. ``verbatim``: the claim's text occurs verbatim inside the paragraph's source region (HTML
   whose paragraph has no markup inside the claim), else anywhere in the source if unique;
3. ``flexible``: the same words with any whitespace / markup between them in that region;
4. ``paragraph-only``: only the source region of the paragraph is known.

Then the character range is converted to byte offsets of the archived bytes and checked by
decoding those bytes again (``verified``); for a PDF, whose bytes are not its text, the range is
given as page N and the characters on that page instead (``page``, ``page_start``, ``page_end``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass

from ..archive import Archive, ArchiveError
from ..store import Store
from ..store import queries as Q


@dataclass
class SourceLocation:
    start: int  # character offsets into the decoded source text
    end: int
    method: str
    exact: bool
    byte_start: int | None = None
    byte_end: int | None = None
    verified: bool = False
    page: int | None = None  # 1-based page of a paged source (PDF) where the claim starts
    page_start: int | None = None  # character offsets into that page's text
    page_end: int | None = None

    def to_json(self) -> dict:
        return asdict(self)


def _paragraphs(body: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in body.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def locate(body: str, spans: dict | None, source_text: str, start: int, end: int) -> SourceLocation | None:
    if not source_text or end <= start:
        return None
    content = body[start:end]
    mapped = _through_runs(spans, start, end, len(source_text))
    if mapped is not None:
        return SourceLocation(mapped[0], mapped[1], "runs", True)
    regions = [(int(s.get("start", 0)), int(s.get("end", 0))) for s in (spans or {}).get("body") or []
               if s.get("locator") in (None, "html")]
    paras = _paragraphs(body)
    region = None
    if regions and len(regions) == len(paras):
        for (ps, pe), (rs, re_) in zip(paras, regions):
            if ps <= start <= pe:
                region = (rs, re_)
                if source_text[rs:re_] == body[ps:pe] and end <= pe:
                    return SourceLocation(rs + start - ps, rs + end - ps, "paragraph", True)
                break
    if region is None and regions:
        # Paragraph counts differ: find the region that holds the claim's first words.
        head = content[:40]
        region = next(((rs, re_) for rs, re_ in regions if head in source_text[rs:re_]), None)
    if region is not None:
        rs, re_ = region
        at = source_text.find(content, rs, max(re_, rs + len(content)))
        if at >= 0:
            return SourceLocation(at, at + len(content), "verbatim", True)
    if source_text.count(content) == 1:
        at = source_text.find(content)
        return SourceLocation(at, at + len(content), "verbatim", True)
    found = _flexible(source_text, content, region)
    if found:
        return SourceLocation(found[0], found[1], "flexible", False)
    if region is not None:
        return SourceLocation(region[0], region[1], "paragraph-only", False)
    return None


def _through_runs(spans: dict | None, start: int, end: int, limit: int) -> tuple[int, int] | None:
    """Source offsets of body[start:end] through the article's run map, when it has one."""
    body_runs = (spans or {}).get("body_runs") or []
    source_runs = (spans or {}).get("source_runs") or []
    if not body_runs or len(body_runs) != len(source_runs):
        return None
    starts = [int(r.get("start", 0)) for r in body_runs]

    def at(offset: int, closing: bool) -> int | None:
        # A claim's end may fall just past a run (a space the body inserted between lines).
        i = bisect.bisect_right(starts, offset - 1 if closing else offset) - 1
        if i < 0:
            return None
        b, s = body_runs[i], source_runs[i]
        if not int(b["start"]) <= offset <= int(b["end"]):
            return None
        return int(s["start"]) + offset - int(b["start"])

    a, z = at(start, False), at(end, True)
    if a is None or z is None or not 0 <= a < z <= limit:
        return None
    return a, z


def add_page(loc: SourceLocation, pages: list | None) -> SourceLocation:
    """Page N (1-based) of a paged source that holds the start of ``loc``, and the offsets on it."""
    for number, page in enumerate(pages or [], start=1):
        try:
            first, last = int(page[0]), int(page[1])
        except (TypeError, ValueError, IndexError):
            return loc
        if first <= loc.start < last or (first == loc.start == last):
            loc.page, loc.page_start, loc.page_end = number, loc.start - first, min(loc.end, last) - first
            break
    return loc


def _flexible(source_text: str, content: str, region: tuple[int, int] | None) -> tuple[int, int] | None:
    words = re.findall(r"\w+", content)
    if not words or len(words) > 400:
        return None
    gap = r"(?:\W|<[^>]{0,400}>|&\w{1,10};|&#\w{1,8};){1,60}?"
    pattern = re.compile(gap.join(re.escape(w) for w in words))
    lo, hi = (region[0], region[1] + 2000) if region else (0, len(source_text))
    m = pattern.search(source_text, lo, hi) or (pattern.search(source_text) if region else None)
    return (m.start(), m.end()) if m else None


def add_byte_offsets(loc: SourceLocation, source_text: str, raw: bytes | None, encoding: str | None) -> SourceLocation:
    """Convert character offsets to byte offsets in ``raw`` and verify by decoding them back."""
    if raw is None:
        return loc
    enc = encoding or "utf-8"
    try:
        prefix = 0
        if enc.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig") and raw.startswith(b"\xef\xbb\xbf"):
            prefix = 3
            enc = "utf-8"
        b0 = prefix + len(source_text[: loc.start].encode(enc))
        b1 = b0 + len(source_text[loc.start: loc.end].encode(enc))
        if raw[b0:b1].decode(enc) == source_text[loc.start: loc.end]:
            loc.byte_start, loc.byte_end, loc.verified = b0, b1, True
    except (LookupError, UnicodeError):
        pass
    return loc


def excerpt(source_text: str, start: int, end: int, context: int = 700) -> dict:
    """The source around [start, end): before / match / after, with ellipses when cut."""
    lo = max(0, start - context)
    hi = min(len(source_text), end + context)
    return {
        "before": ("…" if lo > 0 else "") + source_text[lo:start],
        "match": source_text[start:end],
        "after": source_text[end:hi] + ("…" if hi < len(source_text) else ""),
        "start": start,
        "end": end,
    }


def locate_claim(store: Store, settings, c: Q.ClaimRow) -> tuple[dict | None, dict | None]:
    """(source location, excerpt) of a claim in its archived source, or (None, None)."""
    detail = Q.document_detail_light(store, c.document_id)
    if detail is None or detail["body"] is None:
        return None, None
    loc = locate(detail["body"], detail["spans"], detail["source_text"], c.start, c.end)
    if loc is None:
        return None, None
    if detail.get("kind") == "pdf":
        # The archived bytes are the PDF, not its text: the place is a page and characters on it.
        add_page(loc, detail.get("pages"))
    else:
        try:
            raw = Archive(settings.archive_dir).read(c.document_sha256)
        except ArchiveError:
            raw = None
        add_byte_offsets(loc, detail["source_text"], raw, detail["encoding"])
    return loc.to_json(), excerpt(detail["source_text"], loc.start, loc.end)

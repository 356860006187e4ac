"""WACZ (Web Archive Collection Zipped, as ArchiveWeb.page and Browsertrix write it): read like a WARC.

A WACZ is a ZIP holding ``archive/*.warc.gz`` (the capture), ``pages/pages.jsonl`` (the pages
the user captured, one JSON object a line; Browsertrix lists its seeds there and the other pages
it crawled in ``pages/extraPages.jsonl``), ``indexes/`` and ``datapackage.json``, which lists
every file with its SHA-256. On the way in, before anything is archived:

* every ZIP entry name is checked (no absolute paths, no ``..``, no backslashes or control
  characters); nothing is ever extracted under an entry's own name;
* the entries' declared sizes are bounded, in total and in their compression ratio (a ZIP bomb
  is refused before a byte is inflated), and reads never go past the declared size;
* every file ``datapackage.json`` lists is hashed and compared with its recorded SHA-256 (and
  ``datapackage.json`` itself with ``datapackage-digest.json`` when present); a mismatch, a
  listed file that is missing, or a WARC that is not listed refuses the whole WACZ, saying which
  file and what was expected.

Then each WARC goes through the WARC reader (``warc.py``); the documents kept are the captured
pages that ``pages.jsonl`` and ``extraPages.jsonl`` list (embedded HTML such as frames is not a
page), each with the page's title and the WACZ file it came from in its metadata. A listed page that no record
answers with a document (or a rejection) is reported as rejected, not skipped in silence.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Iterator

from .base import Rejection, SourceDocument, SourceError
from .warc import looks_like_warc, read_warc

#: Bounds on one WACZ: entries, the size of its JSON files, the inflated/compressed ratio.
MAX_ENTRIES = 10_000
MAX_JSON_BYTES = 16 * 1024 * 1024
MAX_RATIO = 200
#: Captured pages one WACZ may list (its page lists are read a line at a time).
MAX_PAGES = 1_000_000
#: The page lists: Browsertrix puts its seeds in the first, every other page it crawled in the second.
PAGE_LISTS = ("pages/pages.jsonl", "pages/extraPages.jsonl")
_UNSAFE_NAME = re.compile(r"(^/|^[A-Za-z]:|\\|(^|/)\.\.(/|$)|[\x00-\x1f\x7f])")
_CHUNK = 1 << 20


def looks_like_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def read_wacz(path: Path, origin: str, max_bytes: int, max_container_bytes: int) -> Iterator[SourceDocument | Rejection]:
    """Check the package now (raises :class:`SourceError`), then stream its pages."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SourceError(f"not a readable ZIP/WACZ ({str(exc)[:120]})") from None
    try:
        entries = _check_entries(zf, max_container_bytes)
        if "datapackage.json" not in entries:
            raise SourceError("ZIP archive that is not a WACZ (no datapackage.json)")
        package_bytes = _read_small(zf, entries["datapackage.json"])
        resources = _check_hashes(zf, entries, package_bytes)
        warcs = sorted(name for name in entries if name.startswith("archive/") and name.endswith((".warc", ".warc.gz")))
        unlisted = [name for name in warcs if name not in resources]
        if unlisted:
            raise SourceError(f"WACZ holds {unlisted[0]} but datapackage.json does not list it (its hash cannot be checked)")
        if not warcs:
            raise SourceError("WACZ with no archive/*.warc.gz: nothing captured")
        pages = _pages(zf, entries)
    except BaseException:
        zf.close()
        raise
    return _documents(zf, entries, warcs, pages, origin, max_bytes)


def _check_entries(zf: zipfile.ZipFile, max_container_bytes: int) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise SourceError(f"WACZ with more than {MAX_ENTRIES:,} files; refused")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if _UNSAFE_NAME.search(name):
            raise SourceError(f"WACZ entry with an unsafe path ({name[:80]!r}): absolute, '..' or control characters; refused")
        if name in entries:
            raise SourceError(f"WACZ lists {name[:80]!r} twice; refused")
        if info.flag_bits & 0x1:
            raise SourceError(f"WACZ entry {name[:80]!r} is encrypted; refused")
        total += info.file_size
        if total > max_container_bytes:
            raise SourceError(f"WACZ inflates to more than the size limit of {max_container_bytes:,} bytes; refused")
        if info.file_size > _CHUNK and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SourceError(f"WACZ entry {name[:80]!r} inflates {info.file_size // max(info.compress_size, 1):,} times "
                              "its stored size (a ZIP bomb?); refused")
        if not name.endswith("/"):
            entries[name] = info
    return entries


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The entry's bytes in chunks; never more than its declared size (zipfile stops there) and
    checked against its CRC at the end."""
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    return
                yield chunk
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, NotImplementedError (method) ...
        raise SourceError(f"WACZ entry {info.filename[:80]!r} is damaged ({type(exc).__name__}: {str(exc)[:100]})") from None


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_JSON_BYTES:
        raise SourceError(f"WACZ {info.filename[:80]!r} is larger than {MAX_JSON_BYTES:,} bytes; refused")
    return b"".join(_stream(zf, info))


def _check_hashes(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], package_bytes: bytes) -> set[str]:
    """Check every listed file's SHA-256; returns the listed paths."""
    digest_info = entries.get("datapackage-digest.json")
    if digest_info is not None:
        try:
            recorded = json.loads(_read_small(zf, digest_info)).get("hash", "")
        except (ValueError, AttributeError):
            raise SourceError("WACZ datapackage-digest.json is not valid JSON") from None
        _compare("datapackage.json", "datapackage-digest.json", str(recorded), package_bytes)
    try:
        package = json.loads(package_bytes)
    except (ValueError, RecursionError):
        raise SourceError("WACZ datapackage.json is not valid JSON") from None
    resources = package.get("resources") if isinstance(package, dict) else None
    if not isinstance(resources, list):
        raise SourceError("WACZ datapackage.json has no 'resources' list")
    listed: set[str] = set()
    for res in resources:
        if not isinstance(res, dict) or not isinstance(res.get("path"), str):
            raise SourceError("WACZ datapackage.json has a resource without a 'path'")
        name = res["path"]
        info = entries.get(name)
        if info is None:
            raise SourceError(f"WACZ datapackage.json lists {name[:80]!r}, which is not in the package")
        hasher = hashlib.sha256()
        for chunk in _stream(zf, info):
            hasher.update(chunk)
        declared = res.get("bytes")
        sizes = (f" ({info.file_size:,} bytes; listed as {declared:,})"
                 if isinstance(declared, int) and declared != info.file_size else "")
        _compare(name, "datapackage.json", str(res.get("hash") or ""), digest=hasher.hexdigest(), note=sizes)
        listed.add(name)
    return listed


def _compare(name: str, where: str, recorded: str, data: bytes | None = None, digest: str | None = None,
             note: str = "") -> None:
    algo, _, expected = recorded.partition(":")
    if algo.lower() != "sha256" or not re.fullmatch(r"[0-9a-fA-F]{64}", expected):
        raise SourceError(f"WACZ {where} gives no SHA-256 for {name[:80]} ({recorded[:40]!r}); cannot check it")
    actual = digest or hashlib.sha256(data or b"").hexdigest()
    if actual != expected.lower():
        raise SourceError(f"WACZ hash check failed: {name[:80]} has sha256:{actual[:16]}…{note}, {where} says "
                          f"sha256:{expected.lower()[:16]}…; the package was altered or damaged")


def _pages(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> dict[str, dict] | None:
    """url -> page facts from the page lists (None when the WACZ has none). Browsertrix lists its
    seeds in pages/pages.jsonl and every other page it crawled in pages/extraPages.jsonl: both
    are captured pages. Read a line at a time (a large crawl lists hundreds of thousands)."""
    lists = [name for name in PAGE_LISTS if name in entries]
    if not lists:
        return None
    pages: dict[str, dict] = {}
    for name in lists:
        for number, line in enumerate(_lines(zf, entries[name]), start=1):
            if not line.strip():
                continue
            try:
                page = json.loads(line)
            except (ValueError, RecursionError):
                raise SourceError(f"WACZ {name} line {number} is not JSON") from None
            if isinstance(page, dict) and isinstance(page.get("url"), str):
                if page["url"] not in pages and len(pages) >= MAX_PAGES:
                    raise SourceError(f"WACZ lists more than {MAX_PAGES:,} pages; refused")
                facts = {k: page[k] for k in ("title", "ts", "id") if isinstance(page.get(k), str)}
                pages.setdefault(page["url"], {**facts, "list": name})
    return pages


def _lines(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The entry's lines, each bounded (a page is a small JSON object)."""
    pending = b""
    for chunk in _stream(zf, info):
        pending += chunk
        *done, pending = pending.split(b"\n")
        for line in done + [pending]:
            if len(line) > MAX_JSON_BYTES:
                raise SourceError(f"WACZ {info.filename[:80]!r} has a line longer than {MAX_JSON_BYTES:,} bytes; refused")
        yield from done
    if pending:
        yield pending


def _documents(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], warcs: list[str], pages: dict | None,
               origin: str, max_bytes: int) -> Iterator[SourceDocument | Rejection]:
    answered: set[str] = set()  # page URLs that gave a document or a rejection
    with zf, tempfile.TemporaryDirectory(prefix="claimgraph-wacz-") as tmp:
        for number, name in enumerate(warcs):
            # A fixed name of our own: the entry's name never becomes a path on disk.
            local = Path(tmp) / f"{number}.warc{'.gz' if name.endswith('.gz') else ''}"
            with open(local, "wb") as out:
                for chunk in _stream(zf, entries[name]):
                    out.write(chunk)
            with open(local, "rb") as fh:
                if not looks_like_warc(fh.read(4096)):
                    # warcio would read other bytes as an old ARC file and yield nonsense records
                    raise SourceError(f"WACZ {name[:80]} is not a WARC file (no WARC/ header); refused")
            try:
                for item in read_warc(local, origin, max_bytes):
                    if isinstance(item, SourceDocument):
                        uri = item.metadata.get("target_uri")
                        if pages is not None and uri not in pages:
                            continue  # a frame or other embedded HTML, not a captured page
                        item.metadata["wacz_file"] = name
                        page = (pages or {}).get(uri) or {}
                        if page.get("title"):
                            item.metadata["wacz_page_title"] = page["title"]
                        answered.add(str(uri))
                    else:
                        answered.add(item.origin)
                    yield item
            except SourceError as exc:
                raise SourceError(f"in {name}: {exc}") from None
            finally:
                local.unlink(missing_ok=True)
    # A listed page that no record answered (its record holds an image, say, or is missing) is
    # said aloud, never dropped unseen.
    for url, page in (pages or {}).items():
        if url not in answered:
            yield Rejection(url, f"listed in {page['list']}, but no record of it holds HTML, text, a PDF or a "
                                 "Telegram message; not read")

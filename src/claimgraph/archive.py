"""Content-addressed archive: exact bytes stored once under their SHA-256.

Layout: ``<home>/archive/sha256/ab/cd/<64 hex>``. Paths are derived from the digest alone,
never from an input's name, so no input can steer a write outside the archive. A file is
written to a temporary name in the archive, made durable, then renamed into place atomically
(and the rename made durable); an existing object is never rewritten. Many small objects (the
messages of a Telegram export) are written as one batch with one round of syncing.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from functools import lru_cache
from typing import Iterator, Sequence

from .sources.base import SourceError

_HEX64 = re.compile(r"[0-9a-f]{64}")


class ArchiveError(Exception):
    """The archive could not store or find an object."""


def is_sha256(value: object) -> bool:
    """Exactly 64 lower-case hex digits (the only names the archive ever builds paths from)."""
    return isinstance(value, str) and bool(_HEX64.fullmatch(value))


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    created: bool  # False when the same bytes were already archived


@dataclass(frozen=True)
class Problem:
    sha256: str
    problem: str  # "missing" or "mismatch: hashes to <digest>"


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.objects = self.root / "sha256"
        self.tmp = self.root / "tmp"

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ArchiveError(f"not a SHA-256 hex digest: {str(sha256)[:80]!r}")
        return self.objects / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        try:
            return self.path_for(sha256).read_bytes()
        except FileNotFoundError:
            raise ArchiveError(f"{sha256} is not in the archive") from None

    def put_bytes(self, data: bytes) -> Stored:
        return self.put_many([data])[0]

    def put_many(self, items: Sequence[bytes]) -> list[Stored]:
        """Archive each byte string (one :class:`Stored` per item, in order). When this returns,
        every object is durable under its digest, exactly as if each had been put alone."""
        stored: list[Stored] = []
        new: dict[str, bytes] = {}
        for data in items:
            digest = hashlib.sha256(data).hexdigest()
            created = digest not in new and not self.has(digest)
            if created:
                new[digest] = data
            stored.append(Stored(digest, len(data), created))
        if new:
            try:
                self._commit(new)
            except OSError as exc:
                raise ArchiveError(f"cannot write to the archive at {self.root}: {exc.strerror or exc}") from None
        return stored

    def put_file(self, path: Path, limit: int) -> Stored:
        """Stream a (possibly large) file into the archive, hashing as it is copied.

        Problems reading ``path`` are the input's (:class:`SourceError`); problems writing the
        archive are the archive's (:class:`ArchiveError`), so a full disk is never blamed on an input.
        """
        try:
            src = open(path, "rb")
        except OSError as exc:
            raise SourceError(f"cannot read: {exc.strerror or exc}") from None
        with src:
            try:
                return self._put_stream(src, limit)
            except OSError as exc:
                raise ArchiveError(f"cannot write to the archive at {self.root}: {exc.strerror or exc}") from None

    def _put_stream(self, src, limit: int) -> Stored:
        self.tmp.mkdir(parents=True, exist_ok=True)
        hasher = hashlib.sha256()
        size = 0
        tmp_name: str | None
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="in-")
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := _read_input(src, min(1 << 20, limit + 1 - size)):
                    size += len(chunk)
                    if size > limit:
                        raise SourceError(f"larger than the size limit of {limit:,} bytes")
                    hasher.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            digest = hasher.hexdigest()
            final = self.path_for(digest)
            if final.is_file():
                return Stored(digest, size, False)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_name, final)
            tmp_name = None
            _fsync_dir(final.parent)
            return Stored(digest, size, True)
        finally:
            if tmp_name is not None:
                _unlink_quietly(tmp_name)

    def _commit(self, objects: dict[str, bytes]) -> None:
        """Write ``{digest: bytes}`` to temporary files, make them durable, rename each into place,
        and make the renames durable. Syncing is done once for the lot: one file-system flush
        (syncfs) costs about what one fsync does, where a thousand fsyncs cost a thousand."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        pending: list[tuple[str, Path]] = []  # (temporary name, final path), not yet renamed
        try:
            for digest, data in objects.items():
                final = self.path_for(digest)
                if not final.parent.is_dir():   # a stat is cheaper than a mkdir that finds it there
                    final.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="obj-")
                pending.append((tmp_name, final))
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
            self._sync([name for name, _ in pending], [])
            parents = {final.parent for _, final in pending}
            # Two writers of the same bytes may race here; os.replace is atomic and both
            # files are identical, so whichever lands last is still correct.
            while pending:
                tmp_name, final = pending[-1]
                os.replace(tmp_name, final)
                pending.pop()
            self._sync([], sorted(parents))
        finally:
            for tmp_name, _ in pending:
                _unlink_quietly(tmp_name)

    def _sync(self, files: list[str], dirs: list[Path]) -> None:
        """Make ``files`` (their data) and ``dirs`` (their entries) durable."""
        if len(files) + len(dirs) > 1 and _syncfs(self.root):
            return
        for name in files:
            _fsync_file(name)
        for d in dirs:
            _fsync_dir(d)

    def check(self, sha256: str) -> Problem | None:
        """Re-hash one object; ``None`` when it is present and intact."""
        path = self.path_for(sha256)
        hasher = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    hasher.update(chunk)
        except FileNotFoundError:
            return Problem(sha256, "missing")
        actual = hasher.hexdigest()
        return None if actual == sha256 else Problem(sha256, f"mismatch: the file now hashes to {actual}")

    def iter_objects(self) -> Iterator[str]:
        if not self.objects.is_dir():
            return
        for dirpath, _dirs, files in os.walk(self.objects):
            for name in files:
                if is_sha256(name):
                    yield name


def _read_input(src, size: int) -> bytes:
    try:
        return src.read(size)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None


def _fsync_file(name: str) -> None:
    fd = os.open(name, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@lru_cache(maxsize=1)
def _libc_syncfs():
    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None  # not Linux: fsync each file instead


def _syncfs(path: Path) -> bool:
    """Flush the whole file system holding ``path`` (Linux syncfs(2)); False where unavailable."""
    syncfs = _libc_syncfs()
    if syncfs is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        return syncfs(fd) == 0
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    # Makes the rename itself durable; some file systems do not support it, which is harmless.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass

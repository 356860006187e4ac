"""Finding input files: walking directories safely and reading with a size bound."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .base import Rejection, SourceError


def display_name(path: str | os.PathLike) -> str:
    """A file name safe to print on one line and store as text.

    Undecodable bytes become ``\\xNN`` escapes and control characters (a newline in a name)
    become visible escapes, so one hostile name can never forge extra output lines.
    """
    return one_line(os.fsencode(path).decode("utf-8", errors="backslashreplace"))


def one_line(text: str) -> str:
    """``text`` with every non-printable character (newline, escape ...) made a visible escape."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace").decode("ascii") for ch in text)


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str  # display_name(path)


def walk_inputs(paths: list[str | os.PathLike]) -> Iterator[InputFile | Rejection]:
    """Every regular file under ``paths``, in a stable order.

    Symbolic links are followed only when their target stays inside the directory being
    walked; a link that leads out is reported, never read. Directory links are not descended
    (they could loop).
    """
    for given in paths:
        path = Path(given)
        name = display_name(path)
        if path.is_symlink() and not path.exists():
            yield Rejection(name, "broken symbolic link")
        elif path.is_dir():
            yield from _walk_dir(path)
        elif path.is_file():
            yield InputFile(path, name)
        elif not path.exists():
            yield Rejection(name, "no such file or directory")
        else:
            yield Rejection(name, "not a regular file (device, socket or pipe)")


def _walk_dir(root: Path) -> Iterator[InputFile | Rejection]:
    real_root = root.resolve()
    # os.walk skips a directory it cannot list unless told: each becomes a rejection, so that
    # files left unread are reported (and the exit status says so), never silently missing.
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append, followlinks=False):
        yield from _unreadable_dirs(unreadable)
        dirnames.sort()
        here = Path(dirpath)
        for d in dirnames:
            if (here / d).is_symlink():
                yield Rejection(display_name(here / d), "symbolic link to a directory; not followed")
        for fname in sorted(filenames):
            path = here / fname
            name = display_name(path)
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield Rejection(name, "broken symbolic link")
                    continue
                if not target.is_relative_to(real_root):
                    yield Rejection(name, "symbolic link pointing outside the input directory; not followed")
                    continue
            if path.is_file():
                yield InputFile(path, name)
            else:
                yield Rejection(name, "not a regular file (device, socket or pipe)")
    yield from _unreadable_dirs(unreadable)


def _unreadable_dirs(errors: list[OSError]) -> Iterator[Rejection]:
    while errors:
        exc = errors.pop(0)
        yield Rejection(display_name(exc.filename or "?"), f"cannot read the directory: {exc.strerror or exc}")


def read_bounded(path: Path, limit: int) -> bytes:
    """Read a whole file, refusing it as soon as more than ``limit`` bytes have arrived.

    The bound is enforced while reading (never trusting the size the file system reports),
    so a growing file or a named pipe cannot exhaust memory.
    """
    chunks: list[bytes] = []
    total = 0
    try:
        with open(path, "rb") as fh:
            while True:
                # Never ask for more than one byte past the limit: that byte is the proof.
                chunk = fh.read(min(1 << 20, limit + 1 - total))
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raise SourceError(f"larger than the size limit of {limit:,} bytes")
                chunks.append(chunk)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None
    return b"".join(chunks)


def read_head(path: Path, size: int = 65536) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None

"""Showing hostile text in a terminal.

Page text reaches ``ls``, ``show``, ``search`` and the linking commands. Escape sequences in it
(ESC, other C0/C1 controls, bidirectional overrides) could retitle, recolour or clear the
reader's terminal, or reorder what they see, so the CLI's standard output passes through
:class:`TerminalSafeWriter`. JSON output is unaffected: ``json.dumps`` already escapes controls.
"""

from __future__ import annotations

from typing import TextIO

_UNSAFE = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if c not in (0x09, 0x0A)}
_UNSAFE.update({c: f"\\u{c:04x}" for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]})


def make_safe(text: str) -> str:
    """``text`` with every control character but tab and newline made a visible escape."""
    return text.translate(_UNSAFE)


#: How the CLI shows a document whose outlet is not known (``ls``, ``search``, ``show``).
UNKNOWN_OUTLET = "(unknown)"


def shorten(text: str | None, width: int = 80) -> str:
    """One line of at most ``width`` characters: whitespace runs folded, an ellipsis when cut."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


class TerminalSafeWriter:
    """A text stream wrapper that escapes control characters on their way out."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(make_safe(text))

    def __getattr__(self, name):  # flush, isatty, fileno, encoding ...
        return getattr(self._stream, name)

"""NO_COMMENT's first-letters lookahead (``cues.NO_COMMENT_STARTS``) only speeds the scan: it must
let through every start the pattern's alternatives can have, so the matches stay the same."""

from __future__ import annotations

import re

try:
    import re._constants as C
    import re._parser as sre
except ImportError:  # Python < 3.11
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as sre  # type: ignore[no-redef]

from claimgraph.extract.cues import NO_COMMENT, NO_COMMENT_STARTS

K = 3
SPACE = " "   # stands for any character of \s
LOOKAHEAD = r"\b(?=" + NO_COMMENT_STARTS + r")"


def _unfiltered() -> re.Pattern:
    assert NO_COMMENT.pattern.startswith(LOOKAHEAD)
    return re.compile(r"\b" + NO_COMMENT.pattern[len(LOOKAHEAD):], NO_COMMENT.flags)


def _prefixes(items, k: int) -> set[tuple]:
    """Every sequence of up to ``k`` character sets a match of ``items`` can start with."""
    out: set[tuple] = {()}
    for op, av in items:
        nxt: set[tuple] = set()
        for p in out:
            if len(p) >= k:
                nxt.add(p)
                continue
            nxt.update(p + q for q in _node(op, av, k - len(p)))
        out = nxt
    return out


def _node(op, av, k: int) -> set[tuple]:
    if op is C.LITERAL:
        return {(frozenset(chr(av).lower()),)}
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                chars.add(chr(a).lower())
            elif o is C.RANGE:
                chars.update(chr(c).lower() for c in range(a[0], a[1] + 1))
            elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                chars.add(SPACE)
            else:
                raise AssertionError(f"a match may start with any {o} {a}: the lookahead cannot list it")
        return {(frozenset(chars),)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {()}   # zero width
    if op is C.SUBPATTERN:
        return _prefixes(av[-1], k)
    if op is C.BRANCH:
        return set().union(*(_prefixes(b, k) for b in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        res: set[tuple] = {()} if lo == 0 else set()
        cur: set[tuple] = {()}
        for n in range(1, k + 1):
            cur = {p if len(p) >= k else p + q for p in cur for q in (_prefixes(sub, k - len(p)) if len(p) < k else [()])}
            if n >= min(lo, k):   # a repeat of more than k keeps its first k characters
                res |= cur
            if n >= hi:
                break
        return res
    raise AssertionError(f"a match may start with {op}: the lookahead cannot list it")


def _strings(p: tuple) -> list[str]:
    out = [""]
    for chars in p:
        out = [s + c for s in out for c in sorted(chars)]
    return out


def test_the_lookahead_lets_every_possible_start_through():
    # the starts are folded to lower case below: sound only while the pattern ignores case
    assert NO_COMMENT.flags & re.I
    body = sre.parse(_unfiltered().pattern, NO_COMMENT.flags)
    starts = {s for p in _prefixes(list(body), K) for s in _strings(p)}
    assert len(starts) > 50
    look = re.compile(r"(?:" + NO_COMMENT_STARTS + r")", NO_COMMENT.flags)
    missing = sorted(s for s in starts if not look.match(s) and not look.match(s.upper()))
    assert missing == []


def test_a_start_left_out_would_be_caught():
    # the check above is able to fail: an alternative beginning with a word the list lacks
    body = sre.parse(r"\b(?:declined\s+to\s+comment|zebras\s+stayed\s+silent)", re.I)
    starts = {s for p in _prefixes(list(body), K) for s in _strings(p)}
    look = re.compile(r"(?:" + NO_COMMENT_STARTS + r")", re.I)
    assert sorted(s for s in starts if not look.match(s)) == ["zeb"]


def test_same_matches_with_and_without_the_lookahead():
    text = (
        "The ministry declined to comment on Tuesday. A spokesman did not respond to requests for comment, "
        "and calls to the governor's office went unanswered. Asked about the convoy, the general "
        "would not be drawn on whether it had crossed.\nNo comment was given by the port authority. "
        "Efforts by the Herald to reach the mayor were unsuccessful; a response was sought from the airline. "
        "IS NOT AVAILABLE FOR COMMENT, it DIDN'T SAY WHETHER the bridge was hit, and he has n't commented."
    )
    full = [(m.span(), m.groupdict()) for m in _unfiltered().finditer(text)]
    assert len(full) >= 8
    assert [(m.span(), m.groupdict()) for m in NO_COMMENT.finditer(text)] == full

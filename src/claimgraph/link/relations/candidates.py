"""Which claim pairs linking relates: every pair that shares a key (:func:`relation_keys`), or, past
:data:`PAIR_BUDGET`, each claim's partners sharing its rarest keys (:func:`blocked_pairs`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .features import ClaimFeatures

#: Linking one document relates at most this many claim pairs (its claims with each other and with
#: the event's other claims), or PARTNERS_MIN per claim of the document when that is more. Under
#: it every pair is related, as always; a document with more (thousands of quotes: every pair
#: would be millions) is blocked instead (:func:`candidate_pairs`). 100,000 pairs is about two
#: seconds of :func:`relate`; no document of the demo corpus comes near it.
PAIR_BUDGET = 100_000
PARTNERS_MIN = 20


def relation_keys(f: ClaimFeatures) -> set[str]:
    """What two claims must share for :func:`relate` to find any relation between them: a content
    word, a frame, a counted slot, a time of day, a kind of slot value, a count with its fate, an act it denies or, in Russian or
    Ukrainian, a kind of act (each rule of :func:`relate` needs one)."""
    keys = set(f.words)
    keys.update("frame:" + name for name in f.sides)
    slots = set(f.figures) | set(f.ranges)
    keys.update("figure:" + slot for slot in slots)
    if slots & {"killed", "combatants killed"}:
        keys.add("figure:toll")   # a toll against a count of combatants killed
    if f.times:
        keys.add("time")
    keys.update("slot:" + v.slot for v in f.slots)   # who did it, where, with what: compared slot by slot
    # a Russian or Ukrainian claim has no English content words: the kinds of act it asserts or denies stand for them
    keys.update("act:" + kind for kind in f.cyr_acts)
    # a Russian or Ukrainian claim's proposition stems (features.proposition: romanised, so that the two languages
    # meet): what the same act of the same things told in other words shares (decision rule 7)
    keys.update("prop:" + w for w in f.prop_words - f.words)
    # a count and its fate ("14 downed", "2 wounded"), in any of the three languages (counts.cyrillic_count_fates)
    keys.update(f"fate:{v}:{fate}" for v, fates in f.fates.items() for fate in fates)
    # an act it denies, by stem or kind ("did not fire" / "no weapon was fired": features.denied_acts)
    keys.update("denied:" + act for act in f.denied_acts)
    return keys


def candidate_pairs(mine: list[dict], others: list[dict], features: Callable[[dict], ClaimFeatures],
                    budget: int = PAIR_BUDGET) -> list[tuple[dict, dict]]:
    """The claim pairs to relate when linking a document: each of its claims (``mine``, in document
    order) with each later one and with each of the event's ``others``, in that order.

    When there are more than ``budget`` such pairs (and more than PARTNERS_MIN per claim), each
    claim of the document meets only ``budget / len(mine)`` partners (at least PARTNERS_MIN): those
    that share its rarest keys (:func:`relation_keys`) first, and among the holders of a key the
    nearest in the document first. ``features(claim)`` gives a claim's :class:`ClaimFeatures`.
    """
    n = len(mine)
    if n * len(others) + n * (n - 1) // 2 <= max(budget, PARTNERS_MIN * n):
        # every pair that could relate: two claims sharing no key (:func:`relation_keys`) never do
        keys = {id(c): relation_keys(features(c)) for c in (*mine, *others)}
        return [(a, b) for a in mine for b in others if not keys[id(a)].isdisjoint(keys[id(b)])] + [
            (a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if not keys[id(a)].isdisjoint(keys[id(b)])]
    return blocked_pairs(mine, others, features, max(PARTNERS_MIN, budget // n))


def blocked_pairs(mine: list[dict], others: list[dict], features: Callable[[dict], ClaimFeatures],
                  per_claim: int) -> list[tuple[dict, dict]]:
    """The pairs of :func:`candidate_pairs` when blocked: each claim of ``mine`` meets at most
    ``per_claim`` partners among the claims sharing a key with it (all of them when there are no
    more), in the order of the exhaustive enumeration."""
    n = len(mine)
    claims = mine + others
    keys = [sorted(relation_keys(features(c))) for c in claims]
    holders: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            holders.setdefault(k, []).append(i)   # in increasing i: the document's order, then the others
    chosen: set[tuple[int, int]] = set()
    for i in range(n):
        partners: set[int] = set()
        looked = 0
        for k in sorted(keys[i], key=lambda k: len(holders[k])):
            if len(partners) >= per_claim or looked >= 4 * per_claim:
                break
            for j in _nearest(holders[k], i, per_claim):
                looked += 1
                if j not in partners:
                    partners.add(j)
                    if len(partners) >= per_claim:
                        break
        chosen.update((min(i, j), max(i, j)) for j in partners)
    # the order of the exhaustive enumeration: with the others first, then within the document
    order = sorted(chosen, key=lambda p: (p[1] < n, p[0], p[1]))
    return [(claims[a], claims[b]) for a, b in order]


def _nearest(positions: list[int], i: int, limit: int) -> Iterator[int]:
    """Up to ``limit`` members of the sorted list ``positions`` other than ``i``, nearest to ``i`` first."""
    at = bisect_left(positions, i)
    before, after = at - 1, at + 1 if at < len(positions) and positions[at] == i else at
    for _ in range(limit):
        if before < 0 and after >= len(positions):
            return
        if after < len(positions) and (before < 0 or positions[after] - i <= i - positions[before]):
            yield positions[after]
            after += 1
        else:
            yield positions[before]
            before -= 1

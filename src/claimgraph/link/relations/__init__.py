"""Relations between two claims about the same event: ``corroborates`` or ``contradicts``.

Rules over the claim text, offline: figures with what they count ("12 killed" vs "40 killed"),
opposed frames ("strayed off course in fog" vs "a planned operation", "an ammunition depot" vs
"a hospital", "evacuated" vs "deported"), negation and denial ("there was no defection",
"fairy tale") of something the other claim asserts, and — for corroboration — the same figure,
the same side of a frame, or largely the same words. Each relation carries a reason a person can
read, and whether the two claims come from independent origins.

A frame side counts only when the claim itself asserts it: negated or set aside ("rather than any
interceptor") or disputed ("does not support the statement that …") it counts for the other side;
inside someone else's reported statement, after "has yet to comment on", or scare-quoted it does
not count at all. Site and transfer frames also need the two claims to share the thing they are
about; claims of one origin never contradict each other by a frame or a denial.

The package is split by what each module decides, the way ``extract/attribution`` is split by
construction: ``words`` (content words and stems every rule compares), ``negation`` (negation,
denial and the mood a claim is put in), ``frames`` (the opposed accounts and the kinds of act),
``figures`` (casualty and evacuation figures, their bounds, estimates, ranges and groups; times of
day), ``counts`` (counts of anything, updates, fates), ``features`` (a claim read once:
:class:`ClaimFeatures`), ``guards`` (what sets two claims apart although they share words: other
doers, other names, other parties blamed, other denials), ``decision`` (the pair decision and its
reason: :func:`relate`, :class:`Relation`, :func:`select`) and ``candidates`` (which pairs are
related at all). A package rather than sibling modules of ``link/``: the nine modules are one
component with one entry (:func:`relate` over :func:`claim_features`), and ``link/`` already holds
twenty modules of other concerns. Names with a leading underscore are private to the package (its
modules share them); the names below are its public ones. Number words live in ``link/numbers.py``,
below both this package and ``link/slots.py``, which read numbers alike.
"""

from .candidates import PAIR_BUDGET, PARTNERS_MIN, blocked_pairs, candidate_pairs, relation_keys
from .counts import count_fates, counted_numbers, numbers_apart
from .decision import PER_CLAIM, SAME_DOCUMENT_BONUS, Relation, point_label, relate, select
from .features import ClaimFeatures, claim_features
from .figures import clock_times, counted_groups, cyrillic_figures, figures, own_times
from .frames import FRAME_NAMES, FRAMES, acts_of
from .guards import named_apart
from .negation import DENIAL, claim_mood, negated_at, negated_before

__all__ = [
    "DENIAL", "FRAME_NAMES", "FRAMES", "PAIR_BUDGET", "PARTNERS_MIN", "PER_CLAIM", "SAME_DOCUMENT_BONUS",
    "ClaimFeatures", "Relation",
    "acts_of", "blocked_pairs", "candidate_pairs", "claim_features", "claim_mood", "clock_times", "count_fates",
    "counted_groups", "counted_numbers", "cyrillic_figures", "figures", "named_apart", "negated_at", "negated_before",
    "numbers_apart", "own_times", "point_label", "relate", "relation_keys", "select",
]

"""Legal-framework index: which claims (and which of a document's own sentences) allege acts that
fall under which provision, with the triggering text, its offsets and the speaker.

It is an index of allegations, never a verdict: :data:`DISCLAIMER` goes with every view and export.
The frameworks and their patterns are data (``claimgraph/data/legal_frameworks.json``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from .relations import DENIAL, negated_before


@dataclass(frozen=True)
class Provision:
    framework: str
    provision: str
    label: str
    patterns: tuple[re.Pattern, ...]
    requires: re.Pattern | None
    implies: tuple[str, ...]
    index_self: bool
    fallback: bool


@lru_cache(maxsize=1)
def load() -> tuple[str, tuple[Provision, ...]]:
    data = json.loads((resources.files("claimgraph") / "data" / "legal_frameworks.json").read_text(encoding="utf-8"))
    out = []
    for fw in data["frameworks"]:
        for p in fw["provisions"]:
            out.append(Provision(
                framework=fw["name"], provision=p["provision"], label=p["label"],
                patterns=tuple(re.compile(x, re.I) for x in p["patterns"]),
                requires=re.compile(p["requires"], re.I) if p.get("requires") else None,
                implies=tuple(p.get("implies", ())), index_self=p.get("index_self", True), fallback=bool(p.get("fallback")),
            ))
    return data["disclaimer"], tuple(out)


def disclaimer() -> str:
    return load()[0]


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def context_held(context: str | None) -> frozenset[tuple[str, str]]:
    """The provisions whose required context a whole document holds: searched once per document,
    then handed to :func:`scan` for each of its passages (searching the document again for each
    sentence made a long report cost the square of its length)."""
    if not context:
        return frozenset()
    return frozenset((p.framework, p.provision) for p in load()[1] if p.requires is not None and p.requires.search(context))


def scan(text: str, context: str | frozenset[tuple[str, str]] | None = None) -> list[dict]:
    """Provisions a passage invokes: [{framework, provision, label, trigger, start, end, polarity}].

    Offsets are into ``text``. A provision that requires context (the Genocide Convention's acts
    need genocide or intent language) finds it in ``text`` or in ``context`` (the whole document:
    a report that frames its findings as genocide frames each of them; or what
    :func:`context_held` found in it). A framework's fallback entry ("the Convention as a whole")
    is used only when none of its specific provisions matched.
    """
    _disc, provisions = load()
    held = context if isinstance(context, frozenset) else context_held(context)
    norm = text.translate(_QUOTES)
    by_label = {(p.framework, p.provision): p for p in provisions}
    found: dict[tuple[str, str], dict] = {}
    fallbacks: list[tuple[Provision, re.Match]] = []
    for p in provisions:
        if p.requires is not None and (p.framework, p.provision) not in held and not p.requires.search(norm):
            continue
        m = next((m for pat in p.patterns for m in [pat.search(norm)] if m), None)
        if m is None:
            continue
        if p.fallback:
            fallbacks.append((p, m))
            continue
        targets = ([p] if p.index_self else []) + [by_label[(p.framework, x)] for x in p.implies if (p.framework, x) in by_label]
        for t in targets:
            found.setdefault((t.framework, t.provision), _entry(t, norm, text, m))
    for p, m in fallbacks:
        if not any(k[0] == p.framework for k in found):
            found[(p.framework, p.provision)] = _entry(p, norm, text, m)
    return list(found.values())


def _entry(p: Provision, norm: str, text: str, m: re.Match) -> dict:
    before = norm[max(0, m.start() - 40): m.start()]
    denied = negated_before(before) or bool(DENIAL.search(norm))
    return {"framework": p.framework, "provision": p.provision, "label": p.label, "trigger": text[m.start(): m.end()],
            "start": m.start(), "end": m.end(), "polarity": "denies" if denied else "alleges"}


_SENT = re.compile(r"[^.!?\n]+[.!?]?")


def index_document(document_id: int, body: str, claims: list[dict], outlet: str | None) -> list[dict]:
    """Index rows for a document: one per (claim, provision), then the document's own sentences
    (outside every claim) in the outlet's voice."""
    rows = []
    context = context_held((body or "").translate(_QUOTES))
    inside = _SpanSet([(c["start"], c["end"]) for c in claims])
    for c in claims:
        start, end = c["start"], c["end"]
        passage = body[start:end] if 0 <= start < end <= len(body) else c["content"]
        offset = start if passage is not c["content"] else None
        for e in scan(passage, context):
            rows.append({"document_id": document_id, "claim_id": c["id"], "framework": e["framework"],
                         "provision": e["provision"], "label": e["label"], "trigger": e["trigger"],
                         "start": (offset or 0) + e["start"] if offset is not None else start,
                         "end": (offset or 0) + e["end"] if offset is not None else end,
                         "speaker": c.get("speaker"), "polarity": e["polarity"]})
    for m in _SENT.finditer(body or ""):
        s, t = m.start(), m.end()
        if inside.overlaps(s, t):
            continue
        for e in scan(m.group(), context):
            rows.append({"document_id": document_id, "claim_id": None, "framework": e["framework"],
                         "provision": e["provision"], "label": e["label"], "trigger": e["trigger"],
                         "start": s + e["start"], "end": s + e["end"], "speaker": outlet or "(the document)",
                         "polarity": e["polarity"]})
    return rows


class _SpanSet:
    """Claim spans, asked whether a sentence overlaps any of them in O(log n) (a pass over every
    claim for every sentence was quadratic in a long document)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _b in spans]
        self.reach = list(accumulate((b for _a, b in spans), max))   # furthest end among spans starting so far

    def overlaps(self, s: int, t: int) -> bool:
        """Does [s, t) overlap a span [a, b), i.e. a < t and s < b for some span?"""
        n = bisect_left(self.starts, t)   # spans with a < t
        return n > 0 and self.reach[n - 1] > s

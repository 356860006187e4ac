"""Canonical entities: link one document's entities to the store's canonical entities.

Candidates come from blocking keys (surname skeleton, acronym, name key, distinctive words, unit
numbers); each candidate is scored with the rules in :mod:`.names`; a veto (different given
names, different unit numbers, a user's split) always wins. User decisions are keyed by
normalised names, so they survive re-analysis and re-linking.
"""

from __future__ import annotations

import re

from ..store import Store
from ..store import links as db
from . import names as N

#: Entity types that are not linked across documents.
SKIP_TYPES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
#: A match below this confidence is not enough to merge.
THRESHOLD = 0.7
#: A match at or above this may bridge two existing canonical entities.
STRONG = 0.85


_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


def entity_names(ent: dict) -> list[str]:
    """The entity's name and its name-like mentions (not pronouns or descriptions), deduplicated."""
    out, seen = [], set()
    for text in [ent["name"], *ent.get("mentions", [])]:
        if text is None:
            continue
        # a quote the tagger took in ("Meridian '") or a possessive ("Meridian’s") is not the name
        text = text.strip(" \t\n\"'“”‘’,;:")
        if not _POSSESSIVE.search(ent["name"] or ""):   # "McDonald's" keeps its own apostrophe
            text = _POSSESSIVE.sub("", text).strip(" \t\n\"'“”‘’,;:")
        if not text:
            continue
        if text != ent["name"] and not N.is_specific(text, ent["type"]):
            continue
        key = N.name_key(text) or text.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(" ".join(text.split()))
    return out


def _score(type_: str, mine: list[str], theirs: list[str]) -> N.Match | None | bool:
    """Best rule over all name pairs; False if any pair vetoes."""
    best: N.Match | None = None
    for a in mine:
        for b in theirs:
            m = N.match(type_, a, b)
            if m is False:
                # a veto from a full name against a full name; a bare mention's quirk must not veto
                if a == mine[0] or len(N.parse(a).words) > 1:
                    return False
                continue
            if isinstance(m, N.Match) and (best is None or m.confidence > best.confidence):
                best = m
    return best


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def display(name: str, type_: str) -> str:
    """How a canonical entity is shown: a person without titles, anything without a leading "the"."""
    if type_ == N.PERSON:
        parsed = N.parse(name).words
        return " ".join(parsed) if parsed else name
    words = name.split()
    if len(words) > 1 and words[0].lower() in N.DETERMINERS:
        return " ".join(words[1:])
    return name


def _display_score(name: str, type_: str) -> tuple:
    shown = display(name, type_)
    words = N.parse(name).words
    capital = shown[:1].isupper()
    # a name in Latin letters is shown before a Cyrillic one (an oblique case as written: "Дравании")
    latin = not _CYRILLIC.search(shown)
    if type_ == N.PERSON:
        full = all(len(w.rstrip(".")) > 1 for w in words)
        return (latin, capital, full, len(words))
    if type_ in N.NAMED_PLACES:
        return (latin, capital, name.split()[0].lower() not in N.DETERMINERS, -len(words))
    return (latin, capital, not N.is_acronym(name), len(words))


def _display_better(new: str, old: str, type_: str) -> bool:
    return _display_score(new, type_) > _display_score(old, type_)


class EntityLinker:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- decisions ------------------------------------------------------------------------
    def _decisions(self, type_: str, keys: set[str]) -> tuple[set[str], set[str]]:
        """Name keys this entity must (merge) and must not (split) share a canonical entity with."""
        must: set[str] = set()
        never: set[str] = set()
        for d in db.decisions_about(self.store, type_, keys):
            other = d["name_b"] if d["name_a"] in keys else d["name_a"]
            (must if d["action"] == "merge" else never).add(other)
        return must, never

    def _name_keys(self, canonical_id: int) -> set[str]:
        return {N.name_key(n) for n in db.canonical_names(self.store, canonical_id)}

    # -- linking --------------------------------------------------------------------------
    def link(self, document_id: int, context: set[int] | None = None, entities: list[dict] | None = None) -> dict[int, int]:
        """Link the document's entities (``entities``: as :func:`.links.document_entities` reads
        them, when the caller has them already); returns {entity id: canonical id}."""
        out: dict[int, int] = {}
        for ent in db.document_entities(self.store, document_id) if entities is None else entities:
            if ent["type"] in SKIP_TYPES:
                continue
            cid = self.link_entity(document_id, ent, set(out.values()) | (context or set()))
            out[ent["id"]] = cid
        if set(out.values()) - db.existing_canonicals(self.store, out.values()):
            # a later entity of the document bridged canonical entities an earlier one was linked to
            out = db.canonical_of_entities(self.store, out)
        return out

    def link_entity(self, document_id: int, ent: dict, context: set[int]) -> int:
        type_ = ent["type"]
        names = entity_names(ent)
        keys = {k for n in names for k in N.blocking_keys(type_, n)}
        lookup = {k for n in names for k in N.lookup_keys(type_, n)}
        my_keys = {N.name_key(n) for n in names} - {""}
        must, never = self._decisions(type_, my_keys)
        scored: list[tuple[float, int, N.Match]] = []
        for cid, cand in sorted(db.canonical_profiles(self.store, db.canonical_candidates(self.store, lookup)).items()):
            if cand["type"] != type_:
                continue
            theirs = cand["names"]
            their_keys = {N.name_key(n) for n in theirs}
            if their_keys & never:
                continue
            if their_keys & must:
                scored.append((1.0, cid, N.Match(1.0, "user", "merged by a user decision")))
                continue
            m = _score(type_, names, theirs)
            if not isinstance(m, N.Match) or m.confidence < THRESHOLD:
                continue
            scored.append((m.confidence, cid, m))
        # user merges with canonical entities not found through the keys
        must_keys = {f"{type_}|n:{' '.join(N.fold(w) for w in key.split())}" for key in must}
        for cid in db.canonical_candidates(self.store, must_keys):
            if all(cid != s[1] for s in scored) and self._name_keys(cid) & must and not (self._name_keys(cid) & never):
                scored.append((1.0, cid, N.Match(1.0, "user", "merged by a user decision")))
        scored.sort(key=lambda s: (-s[0], s[1]))
        chosen: list[tuple[float, int, N.Match]] = []
        if scored:
            top = scored[0][0]
            tied = [s for s in scored if s[0] == top]
            if top < STRONG and len(tied) > 1:
                # ambiguous (a bare surname shared by two people): context decides, else no merge
                ctx = [s for s in tied if self._cooccurs(s[1], context)]
                tied = ctx if len(ctx) == 1 else []
            chosen = tied[:1]
            if chosen and top >= STRONG:
                # a strong match to several canonical entities bridges them when nothing vetoes it
                for s in scored[1:]:
                    if s[0] >= STRONG and s[1] != chosen[0][1] and self._compatible(type_, [c[1] for c in chosen], s[1]):
                        chosen.append(s)
        if not chosen:
            cid = db.new_canonical(self.store, type_, display(ent["name"], type_))
            db.add_member(self.store, ent["id"], cid, document_id, 1.0, "new", "first mention of this entity in the store")
        else:
            conf, cid, m = chosen[0]
            for _c, other, _m in chosen[1:]:
                db.merge_canonicals(self.store, cid, other)
            evidence = m.evidence + ("" if len(chosen) == 1 else f"; bridged {len(chosen)} entities")
            db.add_member(self.store, ent["id"], cid, document_id, conf, m.rule, evidence)
            cur = db.canonical(self.store, cid)
            if cur and _display_better(ent["name"], cur["name"], type_):
                db.rename_canonical(self.store, cid, display(ent["name"], type_))
        db.add_names(self.store, cid, names)
        db.add_keys(self.store, cid, keys)
        return cid

    def _compatible(self, type_: str, chosen: list[int], other: int) -> bool:
        theirs = db.canonical_names(self.store, other)
        their_keys = {N.name_key(n) for n in theirs}
        for c in chosen:
            mine = db.canonical_names(self.store, c)
            if _score(type_, mine, theirs) is False:
                return False
            _must, never = self._decisions(type_, {N.name_key(n) for n in mine})
            if their_keys & never:
                return False
        return True

    def _cooccurs(self, canonical_id: int, context: set[int]) -> bool:
        return bool(context) and db.cooccur(self.store, canonical_id, context)

    # -- user decisions -------------------------------------------------------------------
    def merge(self, a: int, b: int, made_at: str) -> int:
        """Merge canonical entity ``b`` into ``a`` and record the decision; returns the kept id."""
        ca, cb = db.canonical(self.store, a), db.canonical(self.store, b)
        if ca is None or cb is None:
            raise ValueError(f"no canonical entity {a if ca is None else b}")
        if ca["type"] != cb["type"]:
            raise ValueError(f"cannot merge a {ca['type']} with a {cb['type']}: a merge never crosses entity types")
        db.add_decision(self.store, "merge", ca["type"], N.name_key(ca["name"]), N.name_key(cb["name"]), made_at)
        keep, drop = min(a, b), max(a, b)
        db.merge_canonicals(self.store, keep, drop)
        best = ca["name"] if keep == a else cb["name"]
        other = cb["name"] if keep == a else ca["name"]
        if _display_better(other, best, ca["type"]):
            db.rename_canonical(self.store, keep, display(other, ca["type"]))
        return keep

    def split(self, canonical_id: int, names: list[str], made_at: str) -> list[int]:
        """Record that the members named ``names`` (entity names or mentions) are not the rest of
        canonical entity ``canonical_id``; returns the documents to re-link so it takes effect."""
        cur = db.canonical(self.store, canonical_id)
        if cur is None:
            raise ValueError(f"no canonical entity {canonical_id}")
        wanted = {N.name_key(n) for n in names}
        members = db.member_rows(self.store, canonical_id)
        moving = [m for m in members if N.name_key(m["name"]) in wanted or wanted & {N.name_key(x) for x in m["mentions"]}]
        if not moving:
            raise ValueError(f"none of {', '.join(map(repr, names))} names a member of entity {canonical_id}")
        move_keys = {N.name_key(m["name"]) for m in moving}
        stay_keys = {N.name_key(m["name"]) for m in members if m not in moving} - move_keys
        if not stay_keys:
            raise ValueError("every member has that name; nothing left to split from")
        for a in sorted(move_keys):
            for b in sorted(stay_keys):
                db.add_decision(self.store, "split", cur["type"], a, b, made_at)
        keys = sorted(move_keys)
        for a, b in zip(keys, keys[1:]):
            db.add_decision(self.store, "merge", cur["type"], a, b, made_at, note="split off together")
        return sorted({m["document_id"] for m in members})

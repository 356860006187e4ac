"""Links across documents: canonical entities, events, claim relations and the legal index.

Entry points:

* :func:`link_document` — link one analysed document against what the store already holds,
  incrementally (candidates come from indexes, never from a pass over the store). Call it after
  ``Store.save_analysis``; calling it again re-links the document.
* :func:`link_pending` — link every analysed document not linked yet (or re-analysed since).
* :func:`relink` — rebuild every link from scratch, honouring users' merge and split decisions.
* :func:`merge` / :func:`split` — a user's decision, recorded so it survives re-linking.

The stage reads plain data from the store (the per-document ``entities`` and ``claims`` of the
claims contract, and the article's metadata); :func:`claimgraph.link.plain.add_document` puts
such plain data (e.g. hand-written gold) into a store.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Callable

from ..clock import now_iso
from ..store import Store, StoreError
from ..store import links as db
from . import names as N
from .entities import EntityLinker, _display_better, display, entity_names
from .events import EventLinker, document_day, parse_date
from .happenings import STORY_KEYS, disputed_day, place_claims
from .legal import index_document
from .origins import Governments, NamedEntities, affiliation
from .relations import FRAME_NAMES, PAIR_BUDGET, SAME_DOCUMENT_BONUS, candidate_pairs, claim_features, relate, select
from .relations import learned

log = logging.getLogger(__name__)

#: Claim kinds that assert nothing a source stands behind: a refusal to comment, and what the
#: writer passes on from nobody named. They are listed, never related or counted as sources.
NOT_ASSERTED = frozenset({"no_comment", "unattributed"})

__all__ = ["link_document", "link_pending", "relink", "merge", "split", "LinkResult"]


@dataclass
class LinkResult:
    document_id: int
    entities: dict[int, int] = field(default_factory=dict)   # document entity id -> canonical id
    event_id: int | None = None
    relations: int = 0
    legal: int = 0
    pairs: int = 0   # claim pairs related (bounded: relations.candidate_pairs)


_CITED = re.compile(r"\b(?i:per|according to|citing|cited by|as reported by|reported by|quoting|said by)\s+(?i:the\s+)?"
                    r"((?:[A-Z][\w'’.-]*|of|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|the|and))*)")


_SOURCE_IN = re.compile(r"\b(?i:sources?|insiders?|officials?|people)\s+(?i:in|at|from|within|inside|close to|familiar with)\s+"
                        r"(?i:the\s+)?(?P<org>[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*)")
_ORG_SOURCE = re.compile(r"\b(?i:a|an|two|several|the)\s+(?P<org>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+(?i:sources?|insiders?)\b")


#: The same written in lower case, as a speaker phrase on its own: "a source in the intelligence
#: directorate", "a defence ministry official", "a spokesman for the army", "the army's press service".
_SOURCE_IN_LOWER = re.compile(
    r"^\W*(?:(?:an?|two|several|the)\s+)?(?:(?:sources?|insiders?|officials?|spokes(?:man|woman|person)|representatives?)\s+"
    r"(?:in|at|from|within|inside|for|of)\s+the\s+(?P<org>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
    r"|(?P<org3>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)['’]s?\s+(?:press (?:service|office)|spokes(?:man|woman|person))"
    r"|press (?:service|office)\s+of\s+the\s+(?P<org4>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
    r"|(?P<org2>(?!(?:an?|the|senior|junior|local|top|unnamed|anonymous|other|former|high-ranking|western|foreign|two|three|several|some)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,1})\s+(?:sources?|insiders?|officials?|spokes(?:man|woman|person)))\W*$")


def _source_in(text: str) -> str | None:
    """The body an unnamed source speaks from ("a source in the GUR", "a GUR source", "a defence
    ministry official"), else None."""
    m = _SOURCE_IN.search(text) or _ORG_SOURCE.search(text)
    if m:
        return m.group("org").strip()
    plain = re.sub(r"^anonymous:\s*", "", text)
    # only a determiner folded: a capitalised body ("Kesmarian officials") is a name, read elsewhere
    low = _SOURCE_IN_LOWER.match(re.sub(r"^(?:An?|The|Two|Several)\b", lambda m: m.group().lower(), plain))
    return next(g for g in low.group("org", "org2", "org3", "org4") if g).strip() if low else None


def _resolve(name: str | None, linked: NamedEntities, canon: dict[int, int]) -> int | None:
    """The canonical entity a name (a claim's speaker, a cited source) refers to in this document
    (``linked``: its entities that were linked)."""
    if not name:
        return None
    e = linked.named(name)
    return canon[e["id"]] if e is not None else None


def _resolve_anywhere(store: Store, name: str | None, linked: NamedEntities, canon: dict[int, int],
                      looked_up: dict[str, list[dict]] | None = None) -> int | None:
    """A name's canonical entity: in this document, else the one canonical entity of the store with
    that name (``looked_up``: the store's answers for names read beforehand)."""
    cid = _resolve(name, linked, canon)
    if cid is None and name:
        found = looked_up[name] if looked_up is not None and name in looked_up else db.find_canonicals(store, name)
        if len(found) == 1:
            cid = found[0]["id"]
    return cid


class _DocumentCache:
    """What :func:`_origin` works out once per document rather than once per claim: the document's
    countries and patterns (:class:`.origins.Governments`), the government each source speaks
    for, and the organisation each person speaks for. Made by :func:`_link` for one document's
    link pass and dropped with it."""

    def __init__(self, meta: dict, entities: list[dict], canon: dict[int, int], names: dict[int, list[str]] | None = None):
        self.names = names or {}   # canonical id -> its names, as the entity linker left them
        self.governments = Governments(meta.get("body") or "", [e for e in entities if e["type"] in ("GPE", "NORP")])
        self.government: dict = {}
        self.affiliation: dict = {}
        # names looked up through an index made once (a pass over every entity for each claim
        # made a page of thousands of speakers quadratic)
        self.named = NamedEntities(entities)
        self.linked = NamedEntities([e for e in entities if e["id"] in canon])
        self.orgs = [e for e in entities if e["type"] == "ORG" and e["id"] in canon]   # whom a person may speak for
        self.linked_by_canonical: dict[int, list[dict]] = {}
        for e in entities:
            if e["id"] in canon:
                self.linked_by_canonical.setdefault(canon[e["id"]], []).append(e)
        self.looked_up: dict[str, list[dict]] = {}   # name -> the store's canonical entities of that name

    def look_up(self, store: Store, claims: list[dict], meta: dict, canon: dict[int, int]) -> None:
        """Read, in one round trip, the store's canonical entities for every name the document's
        claims may resolve outside the document (speakers, cited and inside sources, a forward)."""
        names = {n for c in claims for n in _referents(c, meta)[1:] if isinstance(n, str) and n}
        self.looked_up = db.find_canonicals_by_names(store, [n for n in names if _resolve(n, self.linked, canon) is None])


def _referents(claim: dict, meta: dict) -> tuple[bool, str | None, str | None, str | None, str | None]:
    """(whether the speaker is the outlet itself, the speaker, the source the claim cites, the body
    an unnamed source speaks from, the channel a post was forwarded from): the names :func:`_origin`
    may resolve."""
    speaker = claim.get("speaker")
    outlet = meta.get("outlet") or ""
    forwarded = (meta.get("metadata") or {}).get("forwarded_from")
    # an outlet or channel passing on someone else's statement: the statement's author is the origin
    speaker_is_outlet = (not speaker) or bool(outlet and N.name_key(speaker) == N.name_key(outlet))
    cited = None
    # the claim's own words cite a source; for the outlet's own voice, so may the rest of the text
    short = len(meta.get("body") or "") <= 800   # a post, not an article
    for text in [claim.get("content") or ""] + ([meta.get("body") or ""] if speaker_is_outlet and short else []):
        m = _CITED.search(text)
        if m:
            cited = m.group(1).strip()
            break
    # "a source in the GUR", "a GUR source", "officials at the ministry": the body they speak from
    # is the origin, whoever relays them (the outlet, or the speaker the extractor settled on)
    inside = _source_in(claim.get("speaker_text") or "") or _source_in(speaker or "")
    return speaker_is_outlet, speaker, cited, inside, forwarded


def _origin(store: Store, claim: dict, meta: dict, entities: list[dict], canon: dict[int, int],
            cache: _DocumentCache | None = None) -> tuple[int | None, str, str, str | None]:
    """(speaker's canonical id, origin key, origin name, via): where a claim ultimately comes from.

    The organs and office holders of one state (its ministries, commissioner, security service,
    ministers) are one origin, ``gov:<country key>`` (see :func:`.origins.government_of`). What
    does not depend on the claim (the document's countries, each source's government, each
    person's organisation) is worked out once per document (:class:`_DocumentCache`)."""
    cache = cache or _DocumentCache(meta, entities, canon)
    speaker_is_outlet, speaker, cited, inside, forwarded = _referents(claim, meta)
    outlet = meta.get("outlet") or ""

    def anywhere(name: str | None) -> int | None:
        return _resolve_anywhere(store, name, cache.linked, canon, cache.looked_up)

    sid = anywhere(speaker)

    def government(source: dict | str | None) -> tuple[str, str] | None:
        """(origin key, name) of the government a source (an entity of this document, else a name) speaks for."""
        if not source:
            return None
        memo = ("e", source["id"]) if isinstance(source, dict) and "id" in source else ("n", str(source))
        if memo in cache.government:
            return cache.government[memo]
        if isinstance(source, str):
            source = cache.named.named(source) or source
        if isinstance(source, dict) and source.get("id") in canon:   # with its names in other documents
            cid = canon[source["id"]]
            names = cache.names[cid] if cid in cache.names else db.canonical_names(store, cid)
            source = {**source, "mentions": [*source.get("mentions", []), *names]}
        found = cache.governments.of(source)
        cache.government[memo] = (f"gov:{found[0]}", found[1]) if found else None
        return cache.government[memo]

    def affiliated(person: dict) -> dict | None:
        if person["id"] not in cache.affiliation:
            cache.affiliation[person["id"]] = affiliation(
                meta.get("body") or "", person, cache.orgs, cache.governments.where)
        return cache.affiliation[person["id"]]

    if inside:
        gov = government(inside)
        iid = anywhere(inside)
        return sid, (gov[0] if gov else f"e:{iid}" if iid else f"n:{N.name_key(inside)}"), inside, "a source inside"
    if speaker_is_outlet and forwarded:
        gov = government(forwarded)
        fid = anywhere(forwarded)
        return sid, (gov[0] if gov else f"e:{fid}" if fid else f"n:{N.name_key(forwarded)}"), forwarded, "forwarded from"
    if cited and (speaker_is_outlet or not sid):
        gov = government(cited)
        cid = anywhere(cited)
        return sid, (gov[0] if gov else f"e:{cid}" if cid else f"n:{N.name_key(cited)}"), cited, "cited by the outlet"
    if sid is not None:
        # a spokesman, commander or minister speaks for the organisation named with their role
        same = cache.linked_by_canonical.get(sid, [])   # this document's entities linked to the speaker
        person = next((e for e in same if e["type"] == "PERSON"), None)
        if person is not None:
            org = affiliated(person)
            if org is not None:
                gov = government(org)
                if gov:
                    return sid, gov[0], gov[1], "speaks for"
                return sid, f"e:{canon[org['id']]}", org["name"], "speaks for"
        own = person or next(iter(same), None)
        gov = government(own or speaker)
        if gov:
            return sid, gov[0], gov[1], "state organ"
        return sid, f"e:{sid}", speaker or "", None
    if speaker:
        gov = government(speaker)   # also "anonymous: Kesmarian officials"
        if gov:
            return None, gov[0], gov[1], "state organ"
    if speaker and not speaker.lower().startswith("anonymous"):
        return None, f"n:{N.name_key(speaker)}", speaker, None
    return None, f"doc:{claim['document_id']}:{claim['ordinal']}", speaker or outlet or "(unattributed)", None


#: How many of the claims that start inside a claim are looked at for the statement it relays.
RELAY_LOOKAHEAD = 4


def _relayed_origins(claims: list[dict], origins: list[tuple]) -> list[tuple]:
    """A claim that itself reports another's statement ("A spokesman for the army said 40 drones
    were shot down, the agency reported": the agency's claim holds the army's) comes from the
    inner speaker: it takes the inner claim's origin, via its own speaker. ``origins``: one
    (claim id, speaker id, origin, name, via) per claim, in the order of ``claims``; updated in
    ``claims`` too."""
    order = sorted(range(len(claims)), key=lambda i: (claims[i].get("start") or 0, -(claims[i].get("end") or 0)))
    out = list(origins)
    # innermost first: "A reported that B said C" takes C's origin through B's
    for n, i in reversed(list(enumerate(order))):
        outer = claims[i]
        if outer.get("stance") in ("denies", "questions"):
            continue   # "Moscow rejected accusations by Kyiv that …": a rejection relays nothing
        lo, hi = outer.get("start") or 0, outer.get("end") or 0
        for j in order[n + 1: n + 1 + RELAY_LOOKAHEAD]:
            inner = claims[j]
            if (inner.get("start") or 0) >= hi:
                break
            said_by = (inner.get("speaker_text") or inner.get("speaker") or "").strip()
            # (its end may run past the outer one's: ", the Baltic Wire reported" is often kept in the inner content)
            if len(said_by) > 2 and said_by in (outer.get("content") or "") and (inner.get("start") or 0) > lo:
                cid, sid, _origin, _name, _via = out[i]
                outer["origin"] = out[j][2]
                out[i] = (cid, sid, out[j][2], out[j][3], f"relayed by {outer.get('speaker') or 'the outlet'}")
                break
    return out


def _one_source(a: dict, b: dict) -> bool:
    """Two claims of one origin, or of one person (who may speak for a government in one article
    and as themself in another: still one source)."""
    if a.get("origin") is not None and a.get("origin") == b.get("origin"):
        return True
    return a.get("speaker_id") is not None and a.get("speaker_id") == b.get("speaker_id")


#: Claim kinds that never act as a source of corroboration: a refusal to comment, and a hedged
#: statement with no source ("is believed to", "reportedly": extraction's ``unattributed``).
NOT_SOURCES = frozenset({"no_comment", "unattributed"})


def _same_happening(a: dict, b: dict) -> bool:
    """Are two claims about one happening? Two events' main happenings are one once the events
    merge (the pairs of a merge are made before it), so only a recapped happening separates."""
    ha, hb = a.get("happening_id"), b.get("happening_id")
    if ha is None or hb is None or ha == hb:
        return True
    return bool(a.get("happening_main")) and bool(b.get("happening_main"))


def _disputed_frames(feats: list) -> set[str]:
    """The frames on which the event's accounts (this document's claims with them) take both sides,
    or one account takes its side by denying the other ("There was no defection")."""
    sides: dict[str, set[int]] = {}
    for f in feats:
        for name, (side, _text) in f.sides.items():
            sides.setdefault(name, set()).add(side)
    return {name for name, s in sides.items() if len(s) > 1} | {name for f in feats for name in f.denied_sides}


def _unquieted_pairs(others: list[dict], feat, undisputed: frozenset[str] | set[str]) -> list[tuple[dict, dict]]:
    """Pairs of one earlier document's own claims that take the same side of a frame now disputed (at most
    PAIR_BUDGET): linked before any account disputed it, that framing was its story told twice; now it is
    a point, and the pair is related as it would have been had the disputing page come first."""
    by_document: dict[int, list[dict]] = {}
    for c in others:
        if c["kind"] not in NOT_ASSERTED and any(name not in undisputed for name in feat(c).sides):
            by_document.setdefault(c["document_id"], []).append(c)
    out = []
    for claims in by_document.values():
        for i, a in enumerate(claims):
            fa = feat(a)
            for b in claims[i + 1:]:
                fb = feat(b)
                if any(name not in undisputed and name in fb.sides and fb.sides[name][0] == side for name, (side, _t) in fa.sides.items()):
                    out.append((a, b))
                    if len(out) >= PAIR_BUDGET:
                        return out
    return out


def place_claims_of(store: Store, event_id: int, claims: list[dict], meta: dict,
                    others: list[dict] | None = None) -> list[tuple[int | None, int]]:
    """(happening id, whether it is the event's main one) for each claim, in order (stored)."""
    placed, main = place_claims(store, event_id, claims, meta, others)
    # a claim is on the event's one main happening (merge_events keeps one) or on a recapped one
    return [(placed.get(c["id"]), int(placed.get(c["id"]) == main)) for c in claims]


def _link(store: Store, document_id: int, inputs: dict, learned_pairs: bool | None = None) -> LinkResult:
    """``inputs``: what :func:`.links.link_inputs` read (the document's meta, earlier links,
    entities and claims: tables the unlinking below does not touch). ``learned_pairs``: whether the
    learned pair model gives its second opinion (a corroboration the rules miss, a veto on a rule
    contradiction; None: its default,
    :data:`.relations.learned.DEFAULT_ON`; docs/pair_model.md)."""
    res = LinkResult(document_id)
    meta, previous = inputs["meta"], inputs["previous"]
    if previous is not None:   # linked before: its links go first
        old_event = previous["event_id"]
        events = EventLinker(store)
        events.forget(previous["features"])
        db.unlink_document(store, document_id)
        if old_event is not None:
            db.drop_empty_happenings(store, [old_event])
        for cid in previous["canonicals"]:
            _rebuild_names(store, cid)
        if old_event is not None and db.event(store, old_event) is not None:
            events.refresh(old_event)
    day = document_day(meta)
    db.mark_linked(store, document_id, meta.get("extracted_at") or "", now_iso(), day.isoformat() if day else None)
    entities = inputs["entities"]
    claims = inputs["claims"]
    linker = EntityLinker(store)
    speakers = {N.name_key(s) for c in claims for s in (c.get("speaker"), c.get("speaker_text")) if s}
    res.entities = linker.link(document_id, entities=entities, speakers=speakers)
    events = EventLinker(store)
    cache = _DocumentCache(meta, entities, res.entities, linker.names)
    cache.look_up(store, claims, meta, res.entities)
    origins = []
    for c in claims:
        sid, origin, name, via = _origin(store, c, meta, entities, res.entities, cache)
        c["origin"], c["speaker_id"] = origin, sid
        origins.append((c["id"], sid, origin, name, via))
    origins = _relayed_origins(claims, origins)
    db.add_origins(store, origins)
    res.event_id = events.link(document_id, meta, entities, res.entities, [c["id"] for c in claims])
    # relations with the event's other claims (and between this document's own speakers)
    others = db.event_claims(store, res.event_id, exclude_document=document_id)
    for c, h in zip(claims, place_claims_of(store, res.event_id, claims, meta, others)):
        c["happening_id"], c["happening_main"] = h
    feats = {}
    # the page's printed date only (not a capture date or a date in its body): the claims of the
    # other documents and the contested view have only that, and one pair must read alike either way
    own_time = parse_date(meta.get("published"))

    def feat(c):
        if c["id"] not in feats:
            # the page's date, against which the claim's "on Tuesday" is a day
            ref = own_time if c.get("document_id") == document_id else parse_date(c.get("published"))
            feats[c["id"]] = claim_features(c["content"], c.get("stance"), c.get("cue"), learned.party_of(c), ref)
        return feats[c["id"]]

    model = learned.shipped_model() if (learned.DEFAULT_ON if learned_pairs is None else learned_pairs) else None

    # a silence asserts nothing, and what nobody named says is no source: neither is related
    mine = [c for c in claims if c["kind"] not in NOT_ASSERTED]
    # every pair, or on a document with thousands of claims a bounded number of them (blocked on what they share)
    pairs = candidate_pairs(mine, [b for b in others if b["kind"] not in NOT_ASSERTED], feat)
    for left, right in events.cross:
        pairs += [(a, b) for a in left for b in right if a["kind"] not in NOT_ASSERTED and b["kind"] not in NOT_ASSERTED
                  and a["document_id"] != document_id and b["document_id"] != document_id]
    res.pairs = len(pairs)
    # (over the claims the pairs hold: on a huge event, the bounded candidates, not every claim)
    paired = {c["id"]: c for pair in pairs for c in pair}
    undisputed = FRAME_NAMES - _disputed_frames([feat(c) for c in mine] + [feat(c) for c in paired.values()])
    unquieted = _unquieted_pairs([b for b in others if b["id"] in paired], feat, undisputed)
    unquieted_ids = {(a["id"], b["id"]) for a, b in unquieted}
    found = []
    for a, b in pairs + unquieted:
        same_origin = _one_source(a, b)
        # one article framing its act alike twice ("hit by a missile" / "two missiles were fired at the
        # station"), where no account takes the frame's other side, is telling its story, not one fact twice
        quiet = undisputed if a["document_id"] == b["document_id"] else frozenset()
        r = relate(a["content"], b["content"], feat(a), feat(b), same_origin=same_origin, quiet_frames=quiet)
        if model is not None and (a["id"], b["id"]) not in unquieted_ids and (r is None or r.type == "contradicts"):
            # the learned second opinion (bounded: these pairs only): one fact told twice where the rules see
            # nothing, no contradiction where it finds one very unlikely
            r = learned.second_opinion(model, a, b, feat(a), feat(b), r, same_origin, _same_happening(a, b))
        if (a["id"], b["id"]) in unquieted_ids and (r is None or r.type != "corroborates" or not r.key.startswith("frame:")
                                                   or r.key.removeprefix("frame:") in undisputed):
            continue   # (what else the pair tells was related when its own document was linked)
        if (r is not None and r.key not in STORY_KEYS and not _same_happening(a, b)
                and not disputed_day(r.key, feat(a).slots, feat(b).slots, feat(a).words, feat(b).words)):
            continue   # what happened in a recapped happening is not set against the event's own
        if r is not None and r.type == "corroborates" and (a["kind"] in NOT_SOURCES or b["kind"] in NOT_SOURCES):
            continue   # a refusal to comment, or a hedge with no source, corroborates nothing
        if r is not None:
            if a["document_id"] == b["document_id"]:
                r.score += SAME_DOCUMENT_BONUS   # the article itself sets the two against each other
            found.append((a, b, r))
    byid = {c["id"]: c for pair in found for c in pair[:2]}
    kept = [(ida, idb, r.type, r.reason, not _one_source(byid[ida], byid[idb]), r.confidence, res.event_id)
            for ida, idb, r in select([(a["id"], b["id"], r) for a, b, r in found])]
    db.add_relations(store, kept)
    res.relations = len(kept)
    rows = index_document(document_id, meta.get("body") or "", claims, meta.get("outlet"))
    db.add_legal(store, rows)
    res.legal = len(rows)

    return res


def _rebuild_names(store: Store, canonical_id: int) -> None:
    """A canonical entity that lost members keeps only the names and keys of those that remain."""
    if db.canonical(store, canonical_id) is None:
        return
    db.reset_names_and_keys(store, canonical_id)
    best = None
    for m in db.member_rows(store, canonical_id):
        if best is None or _display_better(m["name"], best, m["type"]):
            best = m["name"]
        ns = entity_names({"name": m["name"], "type": m["type"], "mentions": m["mentions"]})
        db.add_names(store, canonical_id, ns)
        db.add_keys(store, canonical_id, {k for n in ns for k in N.blocking_keys(m["type"], n)})
    row = db.canonical(store, canonical_id)
    if best is not None and row is not None:
        db.rename_canonical(store, canonical_id, display(best, row["type"]))


def link_document(store: Store, document_id: int, learned_pairs: bool | None = None) -> LinkResult | None:
    """Link one analysed document (incremental; one transaction). None if it has no analysis yet.
    ``learned_pairs``: the learned pair model's second opinion on or off (None: its default; :func:`_link`)."""
    with db.transaction(store):
        inputs = db.link_inputs(store, document_id)
        if inputs is None:
            return None
        return _link(store, document_id, inputs, learned_pairs)


def _link_each(store: Store, document_ids, learned_pairs: bool | None = None) -> int:
    """Link documents one by one; one that breaks a rule is logged, left unlinked (its
    transaction rolled back) and marked failed, never blocking the others or every later ingest.
    Each is recorded as being linked first, so that one whose linking is killed is marked failed
    by the next run (Store.settle_attempts) rather than retried by every later ingest."""
    n = 0
    for doc_id in document_ids:
        store.begin_linking(doc_id, now_iso())
        try:
            if link_document(store, doc_id, learned_pairs) is not None:
                n += 1
        except StoreError:
            # the store itself failed (locked, disk full): stop, it is not this document's fault
            try:
                store.end_analysis(doc_id)   # so it stays pending, not failed
            except StoreError:
                pass
            raise
        except Exception as exc:
            reason = f"linking failed ({type(exc).__name__}: {str(exc)[:200]})"
            log.warning("document %s: %s; it stays unlinked until 'claimgraph reanalyse %s'", doc_id, reason, doc_id)
            store.fail_analysis(doc_id, reason, now_iso())
            continue
        store.end_analysis(doc_id)
    return n


def link_pending(store: Store, learned_pairs: bool | None = None) -> int:
    """Link every analysed document that is not linked, or was re-analysed since; returns how many."""
    return _link_each(store, db.unlinked_documents(store), learned_pairs)


def relink(store: Store, learned_pairs: bool | None = None) -> int:
    """Rebuild every link from scratch, honouring users' decisions; returns documents linked."""
    with db.transaction(store):
        db.clear_links(store)
    return _link_each(store, db.analysed_documents(store), learned_pairs)


def merge(store: Store, a: int, b: int, record: Callable[[int], object] | None = None) -> int:
    """A user's merge of two canonical entities (same type); recorded, so re-linking keeps it.
    ``record(kept id)`` runs inside the merge's transaction (the decision log's entry commits
    with the merge or not at all)."""
    with db.transaction(store):
        kept = EntityLinker(store).merge(a, b, now_iso())
        if record is not None:
            record(kept)
        return kept


def split(store: Store, canonical_id: int, names: list[str], record: Callable[[list[int]], object] | None = None,
          learned_pairs: bool | None = None) -> list[int]:
    """A user's split: the members named ``names`` are not the rest of the entity. Recorded, then
    the entity's documents are re-linked so it takes effect (``learned_pairs`` as :func:`link_document`);
    returns those documents. ``record(documents)`` runs inside the transaction that records the decision."""
    with db.transaction(store):
        docs = EntityLinker(store).split(canonical_id, names, now_iso())
        if record is not None:
            record(docs)
    for doc_id in docs:
        link_document(store, doc_id, learned_pairs)
    return docs

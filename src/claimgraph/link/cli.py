"""Commands of the linking stage: ``entities``, ``events``, ``claims``, ``merge``, ``split``, ``relink``.

Registered into the main parser by :func:`register`; each command takes ``--json`` (one object
per line) where it prints data.
"""

from __future__ import annotations

import argparse

from ..cli_support import add_learned_pairs, learned_pairs_of, open_store, positive_int, print_json, settings_of
from ..display import shorten
from ..extract import CLAIM_KINDS
from ..store import StoreError
from ..store import links as db
from . import views
from .contested import contested_points
from .legal import disclaimer

KINDS = CLAIM_KINDS


def register(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("entities", parents=[common], help="canonical entities across documents, with aliases",
                       description="Canonical entities across the whole store: each with its type, aliases and documents, "
                                   "and (with --json) every member with the confidence and evidence of its merge.")
    p.add_argument("--type", metavar="TYPE", help="only this type (PERSON, ORG, GPE, ...)")
    p.add_argument("--name", metavar="TEXT", help="only entities with a name containing TEXT")
    p.add_argument("--all", action="store_true", help="include entities seen in one document only")
    p.add_argument("--limit", type=positive_int, default=None, metavar="N")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser("events", parents=[common], help="events: documents grouped by what they report",
                       description="Events, each with its documents (and why each joined), claim count and relations.")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("claims", parents=[common], help="claims across documents, with relations and legal index",
                       description="Claims with their origin, event, corroborating and contradicting claims (with the reason "
                                   "and whether the sources are independent) and the legal provisions they invoke. The legal "
                                   "index lists allegations; it is never a verdict.")
    p.add_argument("--about", metavar="ENTITY", help="claims whose text mentions this entity (id or name)")
    p.add_argument("--by", metavar="SPEAKER", help="claims by this speaker (entity id or name)")
    p.add_argument("--event", type=_event_id, metavar="ID", help="claims of this event")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--contested", action="store_true",
                   help="contested points per happening, each with its sides (claims another claim contradicts); "
                        "with --relations, the contradicting pairs")
    p.add_argument("--framework", metavar="NAME", help="only claims indexed to this framework or provision "
                                                       "(e.g. 'Genocide Convention', 'Art. 8')")
    p.add_argument("--relations", action="store_true", help="print the relations among the selected claims instead")
    p.add_argument("--limit", type=positive_int, default=None, metavar="N")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("merge", parents=[common], help="merge two canonical entities (kept across re-linking)",
                       description="Merge entity B into entity A (ids or names; same type). The decision is recorded and "
                                   "re-linking honours it.")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("split", parents=[common], help="split names out of a canonical entity (kept across re-linking)",
                       description="Record that the members of ENTITY named NAME... are a different entity, and re-link "
                                   "the documents involved. Re-linking honours the decision.")
    p.add_argument("entity", metavar="ENTITY", help="canonical entity id or name")
    p.add_argument("names", nargs="+", metavar="NAME", help="member name(s) or mention(s) to split off")
    p.add_argument("--json", action="store_true")
    add_learned_pairs(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("relink", parents=[common], help="link documents not linked yet; --all rebuilds every link (user decisions kept)",
                       description="Link every analysed document not linked yet; with --all, rebuild all links from "
                                   "scratch, honouring merge and split decisions.")
    p.add_argument("--all", action="store_true", help="rebuild everything, not only documents not linked yet")
    add_learned_pairs(p)
    p.set_defaults(func=cmd_relink)


# ------------------------------------------------------------------------------- helpers

def _event_id(value: str) -> int:
    from ..store import MAX_ID

    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"not an event id: {value!r}")
    return int(value)


def _resolve(store, ref: str) -> list[dict]:
    from ..team.actions import entity_matches

    return entity_matches(store, ref)


# ------------------------------------------------------------------------------ commands
def cmd_entities(args) -> int:
    from .names import ORG_TYPES, PERSON, PLACE_TYPES

    with open_store(args) as store:
        type_ = args.type.upper() if args.type else None
        if type_:
            # the types linking keeps, and any other the store holds: an empty list for one of
            # them is an answer; for a name that is none of them, a typo to say
            known = sorted({PERSON, *PLACE_TYPES, *ORG_TYPES, *db.canonical_types(store)})
            if type_ not in known:
                raise StoreError(f"no entity type {args.type!r} (types: {', '.join(known)})")
        rows = db.list_canonicals(store, type_=type_, name_like=args.name)
        if not args.all:
            rows = [r for r in rows if r["documents"] > 1] or rows
        for r in rows[: args.limit]:
            v = views.entity_view(store, r, members=args.json)
            if args.json:
                print_json(v)
            else:
                aka = f"  aka {', '.join(v['aliases'][:8])}" if v["aliases"] else ""
                print(f"{r['id']:>5}  {r['type']:<13} {r['name']}  [{len(v['documents'])} doc(s): "
                      f"{', '.join(map(str, v['documents'][:10]))}]{shorten(aka, 110)}")
    return 0


def cmd_events(args) -> int:
    with open_store(args) as store:
        for r in db.list_events(store):
            v = views.event_view(store, r)
            if args.json:
                print_json(v)
                continue
            when = v["date_min"] if v["date_min"] == v["date_max"] else f"{v['date_min']} – {v['date_max']}"
            print(f"event {v['id']}: {v['label']}")
            print(f"  dates {when or '?'}; {len(v['documents'])} document(s), {v['claims']} claim(s), "
                  f"{v['corroborates']} corroboration(s), {v['contradicts']} contradiction(s)")
            for d in v["documents"]:
                print(f"    doc {d['id']:>4}  {shorten(d['outlet'], 24):<24}  {shorten(d['title'], 70)}")
    return 0


def cmd_claims(args) -> int:
    with open_store(args) as store:
        about = by = None
        if args.about:
            about = [e["id"] for e in _resolve(store, args.about)]
            if not about:
                raise StoreError(f"no entity {args.about!r} (see 'claimgraph entities')")
        by_text = None
        if args.by:
            by = [e["id"] for e in _resolve(store, args.by)]
            by_text = args.by
        if args.event is not None and not db.event_exists(store, args.event):
            raise StoreError(f"no event {args.event} (see 'claimgraph events')")
        rows = db.query_claims(store, about=about, by=by, by_text=by_text, event_id=args.event, kind=args.kind,
                               contested=args.contested, framework=args.framework, limit=args.limit)
        if args.contested and not args.relations:
            filtered = about is not None or by is not None or by_text or args.kind or args.framework or args.limit is not None
            _print_contested(contested_points(store, [r["id"] for r in rows] if filtered else None, args.event), args.json)
            return 0
        if args.relations:
            ids = {r["id"] for r in rows}
            rels = [r for r in db.relations(store, ids) if r["claim_a"] in ids or r["claim_b"] in ids]
            for r in rels:
                v = views.relation_view(r)
                if args.json:
                    print_json(v)
                else:
                    dep = "independent sources" if v["independent"] else "same origin"
                    print(f"{v['a']:>6} {v['type']:<12} {v['b']:<6} {v['reason']}  ({dep})")
            return 0
        shown_note = False
        for c in rows:
            v = views.claim_view(store, c)
            if args.json:
                print_json(v)
                continue
            if v.get("legal") and not shown_note:
                print(f"Note: {disclaimer()}\n")
                shown_note = True
            origin = f"  origin: {v['origin']} ({v['via']})" if v.get("via") else ""
            print(f"claim {v['id']} (doc {v['document']}, {v['outlet'] or '?'}, event {v['event'] or '-'}) "
                  f"{v['kind']} — {v['speaker'] or '(unattributed)'}{origin}")
            print(f"    “{shorten(v['content'], 150)}”")
            for r in v["relations"]:
                dep = "independent" if r["independent"] else "same origin"
                print(f"    {r['type']} claim {r['other']}: {r['reason']} ({dep})")
            for e in v.get("legal", []):
                verb = "alleges" if e["polarity"] == "alleges" else "denies"
                print(f"    legal index: {e['framework']} {e['provision']} ({e['label']}) — {verb}, trigger “{e['trigger']}”")
    return 0


def _print_contested(happenings: list[dict], as_json: bool) -> None:
    """Contested points per happening: its what, where and when; each point with its sides."""
    if not happenings and not as_json:
        print("no contradicting claims")
    for h in happenings:
        if as_json:
            print_json(h)
            continue
        head = h["happening"]
        kind = "" if head["main"] else "a later happening of the story: " if head.get("later") else "an earlier happening it recaps: "
        print(f"event {head['event'] or '-'}, {kind}{shorten(head['what'], 100)}")
        print(f"  where: {', '.join(head['where']) or '?'}; when: {head['when'] or '?'}")
        for p in h["points"]:
            print(f"  point: {p['point']} — {p['pairs']} contradicting pair(s), {p['independent_pairs']} between independent sources")
            for side in p["sides"]:
                print(f"    {side['value']}:")
                for c in side["claims"]:
                    print(f"      claim {c['id']} (doc {c['document']}, {c['outlet'] or '?'}) {c['speaker'] or '(unattributed)'}: "
                          f"“{shorten(c['content'], 110)}”")
            for r in p["relations"]:
                dep = "independent" if r["independent"] else "same origin"
                print(f"    why: claim {r['a']} vs claim {r['b']}: {shorten(r['reason'], 140)} ({dep})")


def cmd_merge(args) -> int:
    from ..team import cli_actor
    from ..team.actions import merge_entities

    with open_store(args) as store:
        done = merge_entities(store, args.a, args.b, cli_actor())
        v = done["entity"]
        _custody(args, store, "merged", {"kept_entity": v["id"], "merged": done["merged"]})
    if args.json:
        print_json(v)
    else:
        a, b = done["merged"]
        print(f"merged {b['name']} ({b['id']}) and {a['name']} ({a['id']}) into entity {v['id']}: {v['name']}; "
              f"the decision is kept across re-linking (decision log entry {done['decision']})")
    return 0


def cmd_split(args) -> int:
    from ..team import cli_actor
    from ..team.actions import split_entity

    with open_store(args) as store:
        done = split_entity(store, args.entity, args.names, cli_actor(), learned_pairs=learned_pairs_of(args))
        ent, docs, result = done["entity"], done["documents"], done["now"]
        _custody(args, store, "split", {"entity": {"id": ent["id"], "name": ent["name"]}, "names": list(args.names),
                                        "documents_relinked": len(docs)})
    if args.json:
        for v in result:
            print_json(v)
    else:
        print(f"split {', '.join(args.names)} from {ent['name']} ({ent['id']}); re-linked {len(docs)} document(s); "
              f"the decision is kept across re-linking (decision log entry {done['decision']})")
        for v in result:
            print(f"  now entity {v['id']}: {v['name']} ({v['type']})")
    return 0


def _custody(args, store, action: str, detail: dict) -> None:
    """A hand correction of the links is an action on the evidence: it goes in the custody record."""
    from ..custody import CustodyLog, Event

    log = CustodyLog(settings_of(args), store)
    log.record([Event(action, None, detail)])
    log.sync()


def cmd_relink(args) -> int:
    from . import link_pending, relink

    with open_store(args) as store:
        on = learned_pairs_of(args)
        n = relink(store, on) if args.all else link_pending(store, on)
        c = db.counts(store)
    print(f"linked {n} document(s): {c['canonical_entities']} entities, {c['events']} events, "
          f"{c['corroborates']} corroborations, {c['contradicts']} contradictions, {c['legal']} legal-index entries")
    return 0

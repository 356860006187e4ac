"""Admin commands of a team store: ``users``, ``tokens``, ``decisions`` (docs/users.md).

They act on the store file directly, so whoever may write it is the admin; the server's users
authenticate with the tokens made here.
"""

from __future__ import annotations

import argparse
import sys

from ..cli_support import open_store, print_json, settings_of
from ..display import shorten
from ..store import StoreError
from ..store import team as db
from . import ROLES, add_user, check_role, create_token


def register(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("users", parents=[common], help="team users and their roles (a store with users asks the server for tokens)",
                       description="Users of a team server. Once a store has a user, 'claimgraph serve' asks every "
                                   "request for a token. Roles: reader (reads), editor (also merges, splits, uploads, "
                                   "re-analyses), admin (as editor).")
    us = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    q = us.add_parser("add", help="add a user", description="Add a user with a role; then 'claimgraph tokens create NAME'.")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", required=True, choices=ROLES, help="reader, editor or admin")
    q.set_defaults(func=cmd_users_add)
    q = us.add_parser("list", help="list users", description="Users with their role, live tokens and last use.")
    q.add_argument("--json", action="store_true", help="one JSON object per line")
    q.set_defaults(func=cmd_users_list)
    q = us.add_parser("role", help="change a user's role", description="Change a user's role (takes effect at the next request).")
    q.add_argument("name", metavar="NAME")
    q.add_argument("role", metavar="ROLE", choices=ROLES, help="reader, editor or admin")
    q.set_defaults(func=cmd_users_role)

    p = sub.add_parser("tokens", parents=[common], help="API tokens: create (shown once), list, revoke",
                       description="Bearer tokens of team users. Only a token's SHA-256 is stored: it is printed once, "
                                   "when made. A revoked token is refused at once.")
    ts = p.add_subparsers(dest="tokens_command", metavar="ACTION", required=True)
    q = ts.add_parser("create", help="make a token for a user and print it once")
    q.add_argument("name", metavar="NAME", help="the user")
    q.add_argument("--label", default=None, metavar="TEXT", help="what the token is for (e.g. 'laptop')")
    q.set_defaults(func=cmd_tokens_create)
    q = ts.add_parser("list", help="list tokens (never the tokens themselves)")
    q.add_argument("--user", default=None, metavar="NAME", help="only this user's")
    q.add_argument("--json", action="store_true", help="one JSON object per line")
    q.set_defaults(func=cmd_tokens_list)
    q = ts.add_parser("revoke", help="revoke tokens by id, or all of a user's",
                      description="Revoke tokens by their id (see 'tokens list'), or every live token of --user NAME.")
    q.add_argument("ids", nargs="*", type=_token_id, metavar="ID", help="token id(s)")
    q.add_argument("--user", default=None, metavar="NAME", help="revoke every live token of this user")
    q.set_defaults(func=cmd_tokens_revoke)

    p = sub.add_parser("decisions", parents=[common], help="the decision log: who merged, split, uploaded, re-analysed what",
                       description="The append-only decision log, newest first: every merge, split, ingest, upload and "
                                   "re-analysis with its user, time and what it changed.")
    p.add_argument("--entity", metavar="ENTITY", help="only entries about this entity (id or name; any of its names)")
    p.add_argument("--doc", metavar="DOC", help="only entries about this document (id or SHA-256 prefix)")
    p.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N entries (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_decisions)


def _positive(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def _token_id(value: str) -> int:
    try:
        return _positive(value)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"a token is revoked by its id (a number, see 'claimgraph tokens list'), not {len(value)} other characters") from None


def cmd_users_add(args) -> int:
    from ..store import Store

    settings = settings_of(args)
    with Store(settings.store_location) as store:  # a team may start with its users, before any ingest
        add_user(store, args.name, args.role)
    print(f"added user {args.name.strip()} ({args.role}); make a token with: claimgraph tokens create {args.name.strip()}")
    return 0


def cmd_users_list(args) -> int:
    with open_store(args) as store:
        rows = db.users(store)
    for u in rows:
        if args.json:
            print_json(u)
        else:
            print(f"{u['name']:<24} {u['role']:<7} {u['tokens']} live token(s)   created {u['created_at']}"
                  f"   last used {u['last_used_at'] or 'never'}")
    if not rows and not args.json:
        print("no users: this store is single-user (the server asks for no token)", file=sys.stderr)
    return 0


def cmd_users_role(args) -> int:
    with open_store(args) as store:
        db.set_role(store, args.name, check_role(args.role))
    print(f"{args.name} is now {args.role}")
    return 0


def cmd_tokens_create(args) -> int:
    with open_store(args) as store:
        token_id, token = create_token(store, args.name, args.label)
    print(f"token {token_id} for {args.name} (shown once; keep it secret; revoke with 'claimgraph tokens revoke {token_id}'):",
          file=sys.stderr)
    print(token)  # alone on stdout, so that scripts can capture it
    return 0


def cmd_tokens_list(args) -> int:
    with open_store(args) as store:
        if args.user is not None and db.user(store, args.user) is None:
            raise StoreError(f"no user named {args.user!r} (see 'claimgraph users list')")
        rows = db.tokens(store, args.user)
    for t in rows:
        if args.json:
            print_json(t)
        else:
            state = f"revoked {t['revoked_at']}" if t["revoked_at"] else "live"
            print(f"{t['id']:>5}  {t['user']:<24} {shorten(t['label'] or '-', 24):<24} created {t['created_at']}"
                  f"  last used {t['last_used_at'] or 'never'}  {state}")
    return 0


def cmd_tokens_revoke(args) -> int:
    from ..clock import now_iso

    if not args.ids and args.user is None:
        raise StoreError("say which tokens to revoke: their ids (see 'claimgraph tokens list') or --user NAME")
    with open_store(args) as store:
        done = db.revoke_tokens(store, now_iso(), args.ids, args.user)
    print(f"revoked {len(done)} token(s)" + (f": {', '.join(map(str, done))}" if done else " (they were revoked already)"))
    return 0


def cmd_decisions(args) -> int:
    from .actions import entity_matches

    with open_store(args) as store:
        names = doc_id = None
        if args.entity:
            found = entity_matches(store, args.entity)
            from ..link.views import entity_view

            names = {args.entity}
            for e in found:
                v = entity_view(store, e, members=False)
                names |= {v["name"], *v["aliases"]}
        if args.doc:
            doc_id = store.document(args.doc).id
        rows = db.decisions(store, entity_names=names, document_id=doc_id, limit=args.limit)
    for d in rows:
        if args.json:
            print_json(d)
        else:
            print(f"{d['id']:>6}  {d['at']}  {d['user']:<16} {d['via']:<4} {d['action']:<10} {shorten(d['summary'], 110)}")
    if not rows and not args.json:
        print("no decisions recorded" + (" about that" if args.entity or args.doc else " yet"), file=sys.stderr)
    return 0

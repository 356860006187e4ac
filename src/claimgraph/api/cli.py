"""``claimgraph serve``: the JSON API and the web UI over a home, on 127.0.0.1:8765 by default."""

from __future__ import annotations

import json
import os
import secrets
import sys
from ..cli_support import add_learned_pairs, learned_pairs_of, settings_of

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
_ENV = "CLAIMGRAPH_SERVE_CONFIG"  # how the CLI hands its options to worker processes (--workers > 1)


def register(sub, common) -> None:
    p = sub.add_parser(
        "serve", parents=[common], help="serve the JSON API and the web UI (default http://127.0.0.1:8765)",
        description="Serve the web UI and the read-only JSON API (under /api; OpenAPI schema at /openapi.json, "
                    "reference at /api) over the store. Binds 127.0.0.1:8765 by default. Uploads (POST /api/ingest) "
                    "are accepted only with --allow-ingest, and then only with the bearer token.")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST}; only loopback by default)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--allow-ingest", action="store_true", help="accept uploads at POST /api/ingest (needs a token)")
    p.add_argument("--token", default=None,
                   help="bearer token for uploads (default: $CLAIMGRAPH_TOKEN, else a random one printed at start)")
    p.add_argument("--require-auth", action="store_true",
                   help="ask every request for a user's token even while the store has no users "
                        "(a store with users always asks; see 'claimgraph users')")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                   help="server log level (default warning)")
    add_learned_pairs(p)   # for what the server links: uploads, splits, re-analyses
    p.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    import uvicorn

    from ..store import StoreError

    settings = settings_of(args)
    if not settings.has_store() and not args.allow_ingest:
        raise StoreError(f"no store at {settings.home} (run 'claimgraph ingest' first, or pass --home)")
    from .app import store_has_users

    team = args.require_auth or store_has_users(settings)
    token = None
    generated = False
    if args.allow_ingest and not team:
        token = args.token or os.environ.get("CLAIMGRAPH_TOKEN")
        if not token:
            token, generated = secrets.token_urlsafe(24), True
    if not 0 < args.port < 65536:
        print("claimgraph: --port must be between 1 and 65535", file=sys.stderr)
        return 2
    config = {"home": str(settings.home), "db": settings.db, "allow_ingest": args.allow_ingest, "token": token,
              "host": args.host, "port": args.port, "require_auth": args.require_auth,
              "learned_pairs": learned_pairs_of(args)}
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"claimgraph serving {settings.home} at http://{shown}:{args.port}/  (API: /api, OpenAPI: /openapi.json)", flush=True)
    if team:
        print("users: every request needs a user's token ('Authorization: Bearer TOKEN', or sign in at /login); "
              "editors and admins may merge, split, re-analyse" + (" and upload" if args.allow_ingest else ""), flush=True)
        if not store_has_users(settings):
            print("no users yet: nobody can sign in until 'claimgraph users add NAME --role ROLE' and "
                  "'claimgraph tokens create NAME'", flush=True)
    elif args.allow_ingest:
        shown_token = token if generated else "<your token>"
        print(f"uploads enabled: POST /api/ingest?filename=NAME with 'Authorization: Bearer {shown_token}'", flush=True)
    else:
        print("read-only (start with --allow-ingest to accept uploads); Ctrl-C stops", flush=True)
    if args.workers > 1:
        os.environ[_ENV] = json.dumps(config)
        uvicorn.run("claimgraph.api.cli:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                    log_level=args.log_level, server_header=False, proxy_headers=False, access_log=False)
    else:
        uvicorn.run(_build(config), host=args.host, port=args.port, log_level=args.log_level, server_header=False,
                    proxy_headers=False, access_log=False)
    return 0


def _build(config: dict):
    from ..settings import Settings
    from .app import create_app, default_allowed_hosts

    settings = Settings.resolve(config["home"], config.get("db"), learned_pairs=config.get("learned_pairs"))
    return create_app(settings, allow_ingest=config["allow_ingest"], token=config["token"],
                      allowed_hosts=default_allowed_hosts(config["host"], config["port"]),
                      require_auth=config.get("require_auth", False))


def app_from_env():
    """uvicorn factory for --workers > 1 (each worker process builds its own app)."""
    return _build(json.loads(os.environ[_ENV]))

"""``claimgraph export --format ...`` and ``claimgraph import FILE`` (the JSONL round trip)."""

from __future__ import annotations

import sys
from pathlib import Path

from . import FORMATS


def register(sub, common) -> None:
    p = sub.add_parser(
        "export", parents=[common], help="export claims: jsonl, csv, parquet, jsonld (schema.org), prov (W3C PROV-O)",
        description="Export every claim. jsonl: a header line, then per document a 'document' record followed by its "
                    "'claim' records (re-importable with 'claimgraph import'); csv / parquet: one row per claim; jsonld: "
                    "schema.org Claim (and ClaimReview for linked claims); prov: W3C PROV-O provenance of each claim "
                    "(source bytes -> capture -> extraction -> claim) as JSON-LD. Writes to stdout unless --out is given "
                    "(parquet needs --out).")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", "-o", metavar="FILE", default=None, help="write here instead of stdout")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="load a 'claimgraph export --format jsonl' file into the home",
                       description="Load documents, articles, entities and claims from a JSONL export. Documents whose "
                                   "SHA-256 is already in the store are left as they are.")
    p.add_argument("file", metavar="FILE", help="the .jsonl export ('-' for stdin)")
    p.set_defaults(func=cmd_import)


def cmd_export(args) -> int:
    from ..custody import CustodyLog, Event
    from ..settings import Settings
    from ..store import Store, StoreError
    from . import write_csv, write_jsonl, write_jsonld, write_parquet, write_prov

    settings = Settings.resolve(args.home)
    if not settings.db_path.exists():
        raise StoreError(f"no store at {settings.home} (run 'claimgraph ingest' first, or pass --home)")
    if args.format == "parquet" and not args.out:
        print("claimgraph: --format parquet needs --out FILE", file=sys.stderr)
        return 2
    with Store(settings.db_path) as store:
        if args.format == "parquet":
            n = write_parquet(store, Path(args.out))
        else:
            out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
            try:
                if args.format == "jsonl":
                    n = write_jsonl(store, out)
                elif args.format == "csv":
                    n = write_csv(store, out)
                elif args.format == "jsonld":
                    n = write_jsonld(store, out)
                else:
                    n = write_prov(store, settings, out)
            finally:
                if args.out:
                    out.close()
        log = CustodyLog(settings, store)
        log.record([Event("exported", None, {"format": args.format, "claims": n, "out": args.out or "-"})])
        log.sync()
    print(f"exported {n} claim(s) as {args.format}" + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from ..custody import CustodyLog, Event
    from ..settings import Settings
    from ..store import Store
    from . import ImportError_, import_jsonl

    settings = Settings.resolve(args.home)
    src = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")
    try:
        with Store(settings.db_path) as store:
            log = CustodyLog(settings, store)
            origin = "stdin" if args.file == "-" else Path(args.file).name

            def added_one(sha256, document_id):
                # The bytes themselves are not in a JSONL export: the entry says where the document came from.
                log.record([Event("ingested", sha256, {"document_id": document_id, "imported_from": origin,
                                                       "bytes_archived": False})])

            added, present, claims = import_jsonl(store, src, on_added=added_one)
            log.sync()
    except ImportError_ as exc:
        print(f"claimgraph: {args.file}: {exc}", file=sys.stderr)
        return 1
    finally:
        if src is not sys.stdin:
            src.close()
    print(f"imported {added} document(s) with {claims} claim(s) into {settings.home}; {present} already present")
    return 0

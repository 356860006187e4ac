"""``claimgraph export --format ...`` and ``claimgraph import FILE`` (the JSONL round trip)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from . import FORMATS
from ..cli_support import settings_of


def register(sub, common) -> None:
    p = sub.add_parser(
        "export", parents=[common],
        help="export claims: jsonl, csv, parquet, jsonld (schema.org), prov (W3C PROV-O), wacz (a verifiable evidence bundle)",
        description="Export every claim. jsonl: a header line, then per document a 'document' record followed by its "
                    "'claim' records (re-importable with 'claimgraph import'); csv / parquet: one row per claim; jsonld: "
                    "schema.org Claim (and ClaimReview for linked claims); prov: W3C PROV-O provenance of each claim "
                    "(source bytes -> capture -> extraction -> claim) as JSON-LD; wacz: an evidence bundle of the chosen "
                    "documents (--doc, default all): their archived bytes as WARC records, pages, the claims as JSON-LD, "
                    "their custody record, SHA-256s of everything and the home's signature, optionally time-stamped "
                    "(--tsa); check it with 'claimgraph verify-bundle'. Writes to stdout unless --out is given "
                    "(parquet and wacz need --out).")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", "-o", metavar="FILE", default=None, help="write here instead of stdout")
    p.add_argument("--doc", action="append", metavar="DOC", default=None,
                   help="wacz: a document to bundle, by id or SHA-256 (prefix of 6+ hex digits); repeat for more (default: all)")
    p.add_argument("--tsa", metavar="URL", default=None,
                   help="wacz: ask this RFC 3161 time-stamping authority to stamp the bundle's digest (the one network "
                        "request claimgraph makes, and only when asked); without it the bundle says it is not time-stamped")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify-bundle", help="check a 'claimgraph export --format wacz' bundle without the home that made it",
                       description="Check a bundle from the file alone: datapackage.json against its digest, the Ed25519 "
                                   "signature over that digest, every file's SHA-256, every WARC payload against its stated "
                                   "SHA-256, each custody entry's hash and signature, and the RFC 3161 time stamp when there "
                                   "is one. Prints the signing key's fingerprint: compare it with the one the sender gave "
                                   "you. Exit 0 when everything checks, 1 with one line per problem.")
    p.add_argument("file", metavar="FILE", help="the .wacz bundle")
    p.add_argument("--tsa-ca", metavar="PEM", default=None,
                   help="certificates you trust for the time stamp (PEM, several allowed): the authority's root, and its own "
                        "certificate when the token does not carry it")
    p.add_argument("--key", metavar="PEM", default=None,
                   help="the sender's public key (from 'claimgraph custody --public-key'): fail unless the bundle is "
                        "signed by it")
    p.set_defaults(func=cmd_verify_bundle)

    p = sub.add_parser("import", parents=[common], help="load a 'claimgraph export --format jsonl' file into the home",
                       description="Load documents, articles, entities and claims from a JSONL export. Documents whose "
                                   "SHA-256 is already in the store are left as they are.")
    p.add_argument("file", metavar="FILE", help="the .jsonl export ('-' for stdin)")
    p.set_defaults(func=cmd_import)


def cmd_export(args) -> int:
    from ..custody import CustodyLog, Event
    from ..store import Store, StoreError
    from . import write_csv, write_jsonl, write_jsonld, write_parquet, write_prov

    settings = settings_of(args)
    if not settings.has_store():
        raise StoreError(f"no store at {settings.home} (run 'claimgraph ingest' first, or pass --home)")
    if args.format in ("parquet", "wacz") and not args.out:
        print(f"claimgraph: --format {args.format} needs --out FILE", file=sys.stderr)
        return 2
    if args.format != "wacz" and (args.doc or args.tsa):
        print("claimgraph: --doc and --tsa go with --format wacz", file=sys.stderr)
        return 2
    if args.format == "wacz":
        return _export_bundle(args, settings)
    with Store(settings.store_location) as store:
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


def _export_bundle(args, settings) -> int:
    from ..store import Store
    from .bundle import BundleError, write_bundle

    with Store(settings.store_location) as store:
        try:
            result = write_bundle(store, settings, args.doc, Path(args.out), tsa_url=args.tsa)
        except BundleError as exc:
            print(f"claimgraph: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {result.path}: {result.documents} document(s); datapackage.json sha256:{result.digest}, signed")
    if result.timestamp.get("status") == "rfc3161":
        print(f"time-stamped by {result.timestamp['tsa']} at {result.timestamp['genTime']}")
    else:
        print("not time-stamped" + (f": {result.tsa_problem}" if result.tsa_problem else " (no --tsa given)"))
    return 1 if result.tsa_problem else 0


def cmd_verify_bundle(args) -> int:
    from ..custody import load_public_key_pem
    from ..sources.files import one_line
    from .bundle import BundleError, verify_bundle

    tsa_ca = Path(args.tsa_ca).read_bytes() if args.tsa_ca else None
    expected_key = None
    if args.key:
        try:
            expected_key = load_public_key_pem(Path(args.key).read_bytes())
        except OSError as exc:
            print(f"claimgraph: {args.key}: cannot read it ({exc.strerror or exc})", file=sys.stderr)
            return 1
        except Exception:  # ValueError, cryptography's UnsupportedAlgorithm: a hostile file gets one line
            print(f"claimgraph: {args.key}: not an Ed25519 public key in PEM", file=sys.stderr)
            return 1
    try:
        report = verify_bundle(Path(args.file), tsa_ca=tsa_ca, expected_key=expected_key)
    except BundleError as exc:
        print(f"claimgraph: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a hostile file must give an answer, never a traceback
        print(f"claimgraph: {args.file}: not a readable bundle ({type(exc).__name__}: {str(exc)[:200]})", file=sys.stderr)
        return 1
    # One line each, whatever a hostile member name holds: a newline in it cannot forge a line.
    for line in report.problems:
        print(f"PROBLEM: {one_line(line)}")
    for line in report.notes:
        print(one_line(line))
    print(f"signed by key {report.key or '(none)'}")
    verdict = "intact" if not report.problems else f"NOT intact: {len(report.problems)} problem(s)"
    print(f"bundle {args.file}: {report.documents} document(s); {verdict}")
    return 1 if report.problems else 0


def cmd_import(args) -> int:
    from ..custody import CustodyLog, Event
    from ..store import Store
    from . import ImportError_, import_jsonl

    settings = settings_of(args)
    # an export is UTF-8 whatever the terminal's locale says (import_jsonl refuses other bytes aloud)
    src = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8") if args.file == "-" else open(args.file, encoding="utf-8")
    try:
        with Store(settings.store_location) as store:
            log = CustodyLog(settings, store)
            origin = "stdin" if args.file == "-" else Path(args.file).name

            def added_one(sha256, document_id):
                # The bytes themselves are not in a JSONL export: the entry says where the document came from.
                log.record([Event("ingested", sha256, {"document_id": document_id, "imported_from": origin,
                                                       "bytes_archived": False})])

            try:
                added, present, claims = import_jsonl(store, src, on_added=added_one)
            finally:  # a partial import keeps its documents: their custody entries must reach the disk too
                log.sync()
    except ImportError_ as exc:
        print(f"claimgraph: {args.file}: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.file != "-":
            src.close()
    print(f"imported {added} document(s) with {claims} claim(s) into {settings.home}; {present} already present")
    return 0

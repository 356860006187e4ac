"""The ``claimgraph`` command line.

Exit codes: 0 success; 1 the command ran but found a problem (an input rejected, a
verification failure, nothing found for a reference); 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import asdict

from . import __version__
from .cli_support import add_learned_pairs, learned_pairs_of, open_store, positive_int, print_json, settings_of
from .settings import DEFAULT_HOME, DEFAULT_MAX_BYTES, Settings
from .archive import ArchiveError
from .custody import CustodyError
from .display import UNKNOWN_OUTLET, TerminalSafeWriter, shorten
from .store import Store, StoreError

HOME_HELP = (f"data directory holding the store and the archive (default: $CLAIMGRAPH_HOME, else {DEFAULT_HOME})")


DB_HELP = ("the store: a PostgreSQL URL (postgresql://user@host/db, shared by a team; the archive stays in --home) "
           "or a SQLite file (default: $CLAIMGRAPH_DB, else claimgraph.sqlite3 in the home)")


def _home_arg(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--home", metavar="DIR", default=default, help=HOME_HELP)
    parser.add_argument("--db", metavar="URL", default=default, help=DB_HELP)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimgraph",
        description="Who claimed what, citing which evidence: ingest news pages, archive their exact bytes, search them.",
        epilog="Run 'claimgraph COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"claimgraph {__version__}")
    _home_arg(parser, None)
    # --home is accepted before or after the command name; SUPPRESS keeps the subcommand from
    # overwriting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    _home_arg(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("ingest", parents=[common], help="archive and store files, directories, PDFs, WARC and WACZ files and Telegram exports",
                       description="Archive each input's exact bytes under their SHA-256 and store its documents. "
                                   "Directories are walked recursively; the kind of each file (plain text, HTML, PDF, "
                                   "WARC/WARC.GZ, WACZ, Telegram Desktop result.json) is sniffed from its content. A WACZ's "
                                   "hashes are checked against its datapackage.json first. Exit 0 when everything was "
                                   "ingested, 1 when some input was rejected; a PDF read only in part (pages without a text "
                                   "layer) is stored and said on a 'read in part' line.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="file or directory to ingest")
    p.add_argument("--max-bytes", type=positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"reject a document larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on stderr: auto shows it when stderr is a terminal (default auto)")
    p.add_argument("--no-extract", action="store_true",
                   help="only archive and store; skip article extraction and claims (a later ingest without this flag catches up)")
    p.add_argument("--processes", type=positive_int, default=None, metavar="N",
                   help="worker processes for the language model on large batches (default 2; with --ray, "
                        "one per CPU of the Ray cluster)")
    p.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                   help="read, archive and analyse on Ray (docs/scaling.md); this process alone writes the store. "
                        "No ADDRESS (or 'local'): start a local Ray with this machine's CPUs (or --processes N); "
                        "'auto' or ray://HOST:10001: an existing cluster. Put PATHs before --ray, or give ADDRESS")
    add_learned_pairs(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="print article, entities and claims as JSON, without touching the store",
                       description="Read inputs like 'ingest' does and print, per document, one JSON object per line: "
                                   '{"source", "sha256", "article": {...}, "entities": [...], "claims": [...]}. '
                                   "Nothing is archived or stored. Schema: docs/claims.schema.json.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or directory")
    p.add_argument("--json", action="store_true", help="one JSON object per line (the only output format; accepted for clarity)")
    p.add_argument("--max-bytes", type=positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"reject a document larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ls", parents=[common], help="list stored documents", description="List stored documents, oldest first.")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--limit", type=positive_int, default=None, metavar="N", help="show at most N documents")
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser("show", parents=[common], help="show one document with its captures",
                       description="Show a document: its metadata, every capture of its bytes, and its text.")
    p.add_argument("doc", metavar="DOC", help="document id, or its SHA-256 (a unique prefix of 6+ hex digits will do)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", parents=[common], help="full-text search with snippets",
                       description="Full-text search (SQLite FTS5) over document titles and text. FTS5 syntax works "
                                   "(\"exact phrase\", AND, OR, NOT, prefix*); anything else is searched as plain words. A search "
                                   "that needs more than its time budget (docs/serving.md) is stopped (exit 1): add a "
                                   "rarer word or put the exact quote in double quotes.")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=positive_int, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("reanalyse", parents=[common], help="extract articles and claims again from the stored source text",
                       description="Run article extraction, entities and claims again on documents already stored (all of "
                                   "them, or the ids given), from the source text decoded at ingest, then rebuild the "
                                   "links: after an upgrade of claimgraph, so old documents get the new rules. The archive "
                                   "is not touched; your merge/split decisions are kept. It is also the only way to retry a "
                                   "document whose analysis failed or was killed (ls marks it [analysis failed]; ingest skips it).")
    p.add_argument("ids", nargs="*", type=positive_int, metavar="DOC", help="document ids (default: every document)")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on stderr: auto shows it when stderr is a terminal (default auto)")
    p.add_argument("--processes", type=positive_int, default=2, metavar="N",
                   help="worker processes for the language model on large batches (default 2)")
    add_learned_pairs(p)
    p.set_defaults(func=cmd_reanalyse)

    p = sub.add_parser("verify", parents=[common], help="check the custody record's chain and signatures, and re-hash every archived file",
                       description="Check the custody record (docs/custody.md): every entry's hash, its link to the entry "
                                   "before and its Ed25519 signature, saying at which line the chain breaks, and that the "
                                   "store's copy of the record matches the file. Then re-hash every archived object the "
                                   "store knows about. Exit 1 and one line per problem when an entry was edited, removed "
                                   "or forged, or a file is missing or its bytes no longer match their SHA-256.")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("custody", parents=[common], help="print the custody record (of one document, or of the whole home)",
                       description="Print the home's custody record: every capture, ingest, analysis, merge, split and export, "
                                   "with its time, user, claimgraph version and SHA-256, oldest first. With DOC, only the "
                                   "entries about that document's bytes. Each entry is hash-chained to the one before and "
                                   "signed with the home's Ed25519 key; 'claimgraph verify' checks the whole chain.")
    p.add_argument("doc", nargs="?", metavar="DOC",
                   help="document id, or a SHA-256 (a unique prefix of 6+ hex digits names a document; 64 digits name any archived bytes)")
    p.add_argument("--json", action="store_true", help="the entries as written, one JSON object per line")
    p.add_argument("--public-key", action="store_true",
                   help="print the home's public signing key (PEM) instead, to give whoever checks its bundles "
                        "('claimgraph verify-bundle --key'); the private key never leaves the home")
    p.set_defaults(func=cmd_custody)

    # -- commands of the linking and serving stages register below (keep each in its own module) --
    from .api.cli import register as register_serve
    from .export.cli import register as register_export
    register_serve(sub, common)  # claimgraph serve
    register_export(sub, common)  # claimgraph export, claimgraph import
    from .link.cli import register as register_link
    register_link(sub, common)  # claimgraph entities, events, claims, merge, split, relink
    from .team.cli import register as register_team
    register_team(sub, common)  # claimgraph users, tokens, decisions
    # (end of stage commands)

    p = sub.add_parser("summary", parents=[common], help="counts per outlet and per input kind",
                       description="A readable summary of the store: documents per outlet and per kind, captures, archive objects.")
    p.set_defaults(func=cmd_summary)
    return parser


def _ingest_paths(parser: argparse.ArgumentParser, args) -> None:
    """``ingest --ray corpus/``: the word after --ray is a path, not a Ray address; and at least one PATH."""
    if args.ray is not None:
        from .ray_ingest import is_ray_address

        if not is_ray_address(args.ray):
            args.paths, args.ray = [args.ray, *args.paths], "local"
    if not args.paths:
        parser.error("ingest: the following arguments are required: PATH")


def cmd_ingest(args) -> int:
    from .ingest import Ingestor
    from .sources.files import one_line

    settings = settings_of(args, max_bytes=args.max_bytes, learned_pairs=learned_pairs_of(args))
    show_bar = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    ingestor = Ingestor(settings)
    analysed = 0
    on_ray = None
    try:
        if args.ray is None:
            from .ingest import analyse_pending

            report = ingestor.run(args.paths, progress=show_bar)
            if not args.no_extract:
                analysed = analyse_pending(ingestor.store, progress=show_bar, n_process=args.processes or 2,
                                           custody=ingestor.custody, learned_pairs=settings.learned_pairs)
        else:
            from .ray_ingest import analyse_pending_on_ray, ray_session, read_on_ray

            with ray_session(args.ray, args.processes) as cpus:
                report = ingestor.run(args.paths, progress=show_bar, read=read_on_ray)
                if not args.no_extract:
                    on_ray = analyse_pending_on_ray(ingestor.store, args.processes or cpus, progress=show_bar,
                                                    custody=ingestor.custody, learned_pairs=settings.learned_pairs)
                    analysed = on_ray.analysed
        from .team import cli_actor
        from .team.actions import record_ingest

        record_ingest(ingestor.store, cli_actor(), "ingest", report, args.paths)
        failed = ingestor.store.failed_analyses()
    finally:
        ingestor.close()
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items()))
    print(f"ingested {report.inputs} input file(s) into {settings.home}")
    print(f"  added: {report.added}" + (f" ({kinds})" if kinds else ""))
    print(f"  already present: {report.present}")
    containers = list(report.containers.values())
    for origin, media_type, added, present in containers[:20]:
        label = CONTAINER_NAMES.get(media_type, media_type)
        print(f"    from {one_line(origin)} ({label}): {added} added, {present} already present")
    if len(containers) > 20:
        print(f"    from {len(containers) - 20} more WARC, WACZ or Telegram export file(s)")
    print(f"  rejected: {len(report.rejected)}")
    for r in report.rejected:
        print(f"  rejected {r.origin}: {r.reason}")
    if any("size limit" in r.reason for r in report.rejected):
        print(f"  (a larger document needs a larger --max-bytes N; this run's limit is {settings.max_bytes:,} bytes)")
    for origin, note in report.notes:
        print(f"  read in part {origin}: {note}")  # origins are made one line when read
    if analysed:
        print(f"  articles and claims extracted: {analysed} document(s)")
    if on_ray is not None and on_ray.analysed:
        # where the time went: the writer's share is what more workers cannot speed up (docs/scaling.md)
        print(f"  ray: analysed on {on_ray.workers} worker(s) in {on_ray.seconds:.1f} s; saving and linking here took "
              f"{on_ray.writing_seconds:.1f} s ({1000 * on_ray.writing_seconds / on_ray.analysed:.0f} ms a document)")
    if failed:
        print(f"  analysis failed, skipped: {len(failed)} document(s) ({_id_list(failed)}); "
              f"'claimgraph reanalyse ID' retries one, 'claimgraph show ID' says why")
    return 0 if report.ok else 1


#: How ingest names the files that hold many documents, by their media type.
CONTAINER_NAMES = {"application/warc": "WARC", "application/wacz": "WACZ", "application/json": "Telegram export"}


def _id_list(ids, at_most: int = 20) -> str:
    ids = sorted(ids)
    return ", ".join(map(str, ids[:at_most])) + (f" and {len(ids) - at_most} more" if len(ids) > at_most else "")


def cmd_extract(args) -> int:
    import hashlib

    from .pipeline import AnalysisInput, analyse, batched
    from .sources import Rejection, SourceError, open_input, walk_inputs
    from .sources.files import one_line

    settings = Settings(max_bytes=args.max_bytes)
    rejected = 0

    def reject(origin: str, reason: str) -> None:
        nonlocal rejected
        rejected += 1
        print(f"claimgraph: rejected {one_line(origin)}: {one_line(reason)}", file=sys.stderr)

    def documents():
        for item in walk_inputs(args.paths):
            if isinstance(item, Rejection):
                reject(item.origin, item.reason)
                continue
            try:
                for doc in open_input(item, settings).documents:
                    if isinstance(doc, Rejection):
                        reject(doc.origin, doc.reason)
                    else:
                        yield doc
            except SourceError as exc:
                reject(item.name, str(exc))
            except Exception as exc:  # a hostile input costs that input only, as in ingest
                reject(item.name, f"unreadable ({type(exc).__name__}: {str(exc)[:200]})")

    for batch in batched(documents(), 64):
        inputs = [AnalysisInput(d.text, d.kind, url=d.metadata.get("target_uri"), metadata=d.metadata) for d in batch]
        for doc, result in zip(batch, analyse(inputs)):
            print_json({"source": one_line(doc.origin), "sha256": hashlib.sha256(doc.raw).hexdigest(), **result.to_json()})
    return 1 if rejected else 0


def _doc_json(doc, with_text: bool = False) -> dict:
    out = {
        "id": doc.id, "sha256": doc.sha256, "kind": doc.kind, "origin": doc.origin, "outlet": doc.outlet,
        "title": doc.title, "size": doc.size, "encoding": doc.encoding, "captured_at": doc.captured_at,
        "ingested_at": doc.ingested_at, "metadata": doc.metadata,
    }
    if with_text:
        out["captures"] = [asdict(c) for c in doc.captures]
        out["text"] = doc.body
    return out


def _print_article(article: dict) -> None:
    print("article:")
    for key in ("headline", "author", "published", "section", "outlet", "language"):
        print(f"  {key + ':':<11}{article.get(key) or '-'}")
    if article.get("reprinted_from"):
        print(f"  {'reprinted from:':<11} {article['reprinted_from']}")
    for cap in article.get("captions") or []:
        credit = f"  (credit: {cap.get('credit')})" if cap.get("credit") else ""
        print(f"  caption:   {shorten(cap.get('text'), 90)}{credit}")


def _print_claims(entities: list[dict], claims: list[dict], headline_claims: Sequence[dict] = ()) -> None:
    if entities:
        print(f"\nentities ({len(entities)}):")
        for e in entities:
            print(f"  {e['type']:<8} {e['name']}  ({len(e.get('mentions', []))} mention(s))")
    if headline_claims:
        print(f"\nheadline claims ({len(headline_claims)}, offsets into the headline):")
        _print_claim_lines(headline_claims)
    print(f"\nclaims ({len(claims)}):")
    _print_claim_lines(claims)


def _print_claim_lines(claims: Sequence[dict]) -> None:
    for c in claims:
        who = c.get("speaker") or ("(nobody named)" if c.get("kind") == "unattributed" else "(unresolved)")
        if c.get("speaker_type"):
            who += f" ({c['speaker_type']})"
        said = f" [{c['speaker_text']}]" if c.get("speaker_text") and c.get("speaker_text") != c.get("speaker") else ""
        ev = f"  evidence: {', '.join(map(str, c['evidence']))}" if c.get("evidence") else ""
        stance = f"  stance: {c['stance']}" if c.get("stance") else ""
        print(f"  - {c.get('kind') or '?':<12} {who}{said} — {c.get('cue') or ''} @{c.get('start')}-{c.get('end')}{stance}{ev}")
        print(f"      “{shorten(c.get('content') or '', 150)}”")


def cmd_ls(args) -> int:
    with open_store(args) as store:
        failed = store.failed_analyses()
        for doc in store.documents(limit=args.limit):
            if args.json:
                print_json({**_doc_json(doc), **({"analysis_failed": failed[doc.id]} if doc.id in failed else {})})
            else:
                mark = "  [analysis failed]" if doc.id in failed else ""
                print(f"{doc.id:>6}  {doc.sha256[:12]}  {doc.kind:<8}  {shorten(doc.outlet or UNKNOWN_OUTLET, 24):<24}  {shorten(doc.title, 70)}{mark}")
    return 0


def cmd_show(args) -> int:
    from .extract import html_reading_notes
    from .sources.decode import decoding_notes
    from .sources.pdf import pdf_reading_notes

    with open_store(args) as store:
        doc = store.document(args.doc)
        assert doc.id is not None   # read from the store
        article = store.article(doc.id)
        entities = store.entities(doc.id)
        claims = store.claims(doc.id)
        failed = store.failed_analyses().get(doc.id)
    if args.json:
        out = _doc_json(doc, with_text=True)
        if failed:
            out["analysis_failed"] = failed
        if article is not None:
            out["article"] = {k: v for k, v in article.items() if k != "spans"}
            out["article_spans"] = article["spans"]
        out["entities"] = entities
        out["claims"] = claims
        print_json(out)
        return 0
    print(f"document {doc.id}  sha256 {doc.sha256}")
    print(f"  title:    {shorten(doc.title, 100)}")
    print(f"  outlet:   {doc.outlet or UNKNOWN_OUTLET}")
    print(f"  kind:     {doc.kind}   size: {doc.size:,} bytes   encoding: {doc.encoding}")
    print(f"  origin:   {doc.origin}")
    for note in (pdf_reading_notes(doc.metadata) if doc.kind == "pdf" else []):
        print(f"  pdf:      {note}")
    for note in (html_reading_notes(doc.metadata, len(doc.source_text)) if doc.kind == "html" else []):
        print(f"  html:     {note}")
    for note in decoding_notes(doc.metadata):
        print(f"  decoding: {note}")
    print(f"  captures: {len(doc.captures)}")
    for c in doc.captures:
        when = f"captured {c.captured_at}, " if c.captured_at else ""
        inside = f", in container {c.container_sha256[:12]}" if c.container_sha256 else ""
        print(f"    - {c.origin} ({when}ingested {c.ingested_at}, claimgraph {c.tool_version}{inside})")
    if failed:
        print(f"  analysis: FAILED (attempt of {failed['since']}): {failed['reason']}")
        print(f"            skipped by ingest; 'claimgraph reanalyse {doc.id}' retries it")
    if article is not None:
        _print_article(article)
        _print_claims(entities, claims, article.get("headline_claims") or [])
        print("\nbody:")
        print(article.get("body") or "")
    elif failed:
        print("\n(no article: its analysis failed)\n")
    else:
        print("\n(no article extracted yet: run 'claimgraph ingest' again without --no-extract)\n")
        print(doc.body)
    return 0


def cmd_search(args) -> int:
    query = " ".join(args.query)
    with open_store(args) as store:
        hits = store.search(query, limit=args.limit)
    for h in hits:
        if args.json:
            print_json({"id": h.id, "sha256": h.sha256, "title": h.title, "outlet": h.outlet, "kind": h.kind, "snippet": h.snippet})
        else:
            print(f"{h.id:>6}  {h.sha256[:12]}  {shorten(h.title, 70)}  [{h.outlet or UNKNOWN_OUTLET}]")
            print(f"        {shorten(h.snippet, 160)}")
    if not hits and not args.json:
        print(f"no matches for {query!r}", file=sys.stderr)
    return 0


def cmd_reanalyse(args) -> int:
    from .custody import CustodyLog
    from .team import cli_actor
    from .team.actions import reanalyse

    show_bar = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    with open_store(args) as store:
        for i in args.ids:
            store.document(str(i))   # an unknown id is one clear error before any work
        ids = list(dict.fromkeys(args.ids)) or store.document_ids()
        custody = CustodyLog(settings_of(args), store)
        result = reanalyse(store, ids, cli_actor(), n_process=args.processes, progress=show_bar, custody=custody,
                           learned_pairs=learned_pairs_of(args))
        custody.sync()
        done, failed = result["analysed"], result["failed"]
    print(f"analysed again and re-linked: {done} document(s)")
    if failed:
        print(f"  analysis failed again: {len(failed)} document(s) ({_id_list(failed)}); 'claimgraph show ID' says why")
    return 0


def cmd_verify(args) -> int:
    from .ingest import verify

    settings = settings_of(args)
    if not settings.has_store():
        raise StoreError(f"no store at {settings.home}")
    from .custody import CustodyLog

    # The custody record first, the archive's line last (scripts read the last line).
    with Store(settings.store_location) as store:
        custody = CustodyLog(settings, store).verify()
    for line in custody.problems + custody.notes:
        print(line)
    if custody.entries or custody.problems:
        key = f", signed by key {custody.key}" if custody.key else ""
        print(f"verified the custody record: {custody.entries} entr{'y' if custody.entries == 1 else 'ies'}{key}: "
              f"{len(custody.problems)} problem(s)")
    else:
        print("no custody record in this home yet")
    checked, problems = verify(settings)
    for p in problems:
        print(f"{p.sha256}: {p.problem}")
    print(f"verified {checked} archived object(s): {len(problems)} problem(s)")
    return 1 if problems or custody.problems else 0


def cmd_custody(args) -> int:
    from .archive import is_sha256
    from .custody import CustodyLog, entry_problems

    settings = settings_of(args)
    if args.public_key:
        from .custody import public_key_pem

        if args.doc is not None:
            print("claimgraph: --public-key takes no DOC", file=sys.stderr)
            return 2
        public_raw = CustodyLog(settings).public_key()
        if public_raw is None:
            print(f"claimgraph: no signing key in {settings.key_dir} yet (it is made by the first ingest)", file=sys.stderr)
            return 1
        sys.stdout.write(public_key_pem(public_raw).decode("ascii"))
        return 0
    with open_store(args) as store:
        sha = None
        if args.doc is not None:
            ref = args.doc.strip().lower()
            sha = ref if is_sha256(ref) else store.document(ref).sha256
        log = CustodyLog(settings, store)
        entries = log.for_sha(sha) if sha else list(log.entries())
        public_raw = log.public_key()
    if args.json:
        for e in entries:
            print_json(e.to_json())
        return 0
    if public_raw is not None:
        from .custody import public_key_fingerprint

        print(f"custody record of {settings.home}  (signing key {public_key_fingerprint(public_raw)})")
    for e in entries:
        bad = entry_problems(e, public_raw, "entry")
        mark = "  !! INVALID: run 'claimgraph verify'" if bad else ""
        detail = ", ".join(f"{k}={shorten(str(v), 60)}" for k, v in sorted(e.detail.items()))
        print(f"{e.seq:>6}  {e.at}  {e.action:<11}  {(e.sha256 or '-')[:16]:<16}  {e.user} / {e.tool}{mark}")
        if detail:
            print(f"        {detail}")
    if not entries:
        print("no custody entries" + (f" about {sha}" if sha else " in this home yet"), file=sys.stderr)
    return 0


def cmd_summary(args) -> int:
    with open_store(args) as store:
        s = store.summary()
    print(f"{s.documents} document(s), {s.captures} capture(s), {s.blobs} archived object(s)")
    print("\nDocuments per outlet:")
    for name, n in s.by_outlet:
        print(f"  {n:>5}  {name}")
    print("\nDocuments per input kind:")
    for name, n in s.by_kind:
        print(f"  {n:>5}  {name}")
    print(f"\n{s.entities} entities, {s.claims} claims")
    if s.claims_by_kind:
        print("\nClaims per kind:")
        for name, n in s.claims_by_kind:
            print(f"  {n:>5}  {name}")
    if s.top_speakers:
        print("\nMost frequent speakers:")
        for name, n in s.top_speakers:
            print(f"  {n:>5}  {name}")
    if s.claims:
        from .link.report import print_overview

        with open_store(args) as store:
            print()
            print_overview(store, link_first=False)  # a read command: ingest does the linking
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.func is cmd_ingest:
        _ingest_paths(parser, args)
    if not isinstance(sys.stdout, TerminalSafeWriter):
        sys.stdout = TerminalSafeWriter(sys.stdout)  # page text must never drive the terminal
    try:
        return args.func(args)
    except (StoreError, ArchiveError, CustodyError) as exc:
        print(f"claimgraph: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. an --out path in a missing directory, an unreadable import file
        if isinstance(exc, BrokenPipeError):
            return 0
        where = f": {exc.filename}" if exc.filename else ""
        print(f"claimgraph: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("claimgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

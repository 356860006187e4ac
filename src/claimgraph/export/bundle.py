"""A verifiable evidence bundle: a standard WACZ of chosen documents that anyone can check.

Layout (WACZ 1.1.1; every member stored uncompressed, as the format asks)::

    archive/data.warc.gz        the archived bytes, one WARC 'resource' record per document
    indexes/index.cdx           CDXJ index of those records (what replay tools look up)
    pages/pages.jsonl           one page per document
    claims/claims.jsonld        the documents' claims, schema.org JSON-LD (the 'jsonld' export)
    custody/custody.jsonl       the custody entries about these documents, as signed in the home
    custody/public-key.pem      the home's Ed25519 public key
    datapackage.json            every file above with its SHA-256 and size
    datapackage-digest.json     the SHA-256 of datapackage.json, the home's signature over it,
                                and an RFC 3161 time-stamp token for it, or a plain statement
                                that there is none

``verify_bundle`` checks all of it from the file alone (docs/custody.md).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from .. import __version__
from ..archive import Archive, is_sha256
from ..clock import parse_iso
from ..custody import (CustodyLog, Event, entry_problems, load_public_key_pem, public_key_fingerprint,
                       public_key_pem, verify_signature)
from ..settings import DEFAULT_MAX_CONTAINER_BYTES, Settings
from ..store import Store, StoreError

WACZ_VERSION = "1.1.1"
WARC_NAME = "data.warc.gz"
NOT_TIMESTAMPED = ("NOT TIMESTAMPED: no time-stamping authority vouched for when this bundle existed. The times in it "
                   "(capture, ingest, custody entries) are those of the computer that made it, as signed by its key.")
#: Bounds for reading a bundle we did not write: members, and bytes of the small JSON members.
MAX_MEMBERS = 10_000
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_BUNDLE_BYTES = DEFAULT_MAX_CONTAINER_BYTES
TSA_TIMEOUT = 30
MAX_TSA_RESPONSE = 1 << 20


class BundleError(Exception):
    """The bundle cannot be written (or read at all)."""


@dataclass
class BundleResult:
    path: Path
    documents: int
    digest: str
    timestamp: dict
    tsa_problem: str | None = None


# ---------------------------------------------------------------------------------------------
# writing


def write_bundle(store: Store, settings: Settings, refs: list[str] | None, out: Path, tsa_url: str | None = None) -> BundleResult:
    """Write the bundle of ``refs`` (document ids or SHA-256 prefixes; all documents when None) to ``out``."""
    from warcio.warcwriter import WARCWriter

    from . import write_jsonld

    docs = [store.document(r) for r in refs] if refs else [store.document(str(i)) for i in store.document_ids()]
    docs = list({d.id: d for d in docs}.values())
    if not docs:
        raise StoreError("no documents to bundle")
    archive = Archive(settings.archive_dir)
    created = _wacz_time(datetime.now(timezone.utc))

    warc = io.BytesIO()
    writer = WARCWriter(warc, gzip=True, warc_version="WARC/1.1")
    writer.write_record(writer.create_warcinfo_record(WARC_NAME, {
        "software": f"claimgraph {__version__}", "format": "WARC File Format 1.1",
        "description": "Archived bytes of claimgraph documents; each payload is exactly the archived object "
                       "named by its WARC-Payload-Digest (SHA-256)."}))
    index_lines, pages, described = [], [], []
    for doc in docs:
        problem = archive.check(doc.sha256)
        if problem is not None:
            raise BundleError(f"document {doc.id}: archived bytes {problem.problem}; run 'claimgraph verify'")
        data = archive.read(doc.sha256)
        capture = doc.captures[0] if doc.captures else None
        url = _record_url(doc)
        when = doc.captured_at or doc.ingested_at
        warc_date = _warc_date(when)
        media_type = (capture.media_type if capture else None) or "application/octet-stream"
        digest = f"sha256:{doc.sha256}"
        record = writer.create_warc_record(url, "resource", payload=io.BytesIO(data), length=len(data),
                                           warc_content_type=media_type,
                                           warc_headers_dict={"WARC-Date": warc_date, "WARC-Block-Digest": digest,
                                                              "WARC-Payload-Digest": digest})
        offset = warc.tell()
        writer.write_record(record)
        length = warc.tell() - offset
        index_lines.append(_cdxj_line(url, warc_date, media_type, digest, length, offset))
        page = {"id": doc.sha256[:32], "url": url, "ts": warc_date}
        if doc.title:
            page["title"] = doc.title
        pages.append(page)
        described.append({"sha256": doc.sha256, "url": url, "title": doc.title, "kind": doc.kind, "media_type": media_type,
                          "size": len(data), "origin": doc.origin, "captured_at": doc.captured_at,
                          "ingested_at": doc.ingested_at,
                          "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")})

    claims_text = io.StringIO()
    n_claims = write_jsonld(store, claims_text, document_ids=[d.id for d in docs])

    log = CustodyLog(settings, store)
    log.record([Event("exported", d.sha256, {"document_id": d.id, "format": "wacz", "bundle": out.name}) for d in docs])
    log.sync()
    shas = {d.sha256 for d in docs}
    custody_lines = [e.line() for e in log.entries() if e.sha256 in shas]
    key = log.key

    members: dict[str, bytes] = {
        f"archive/{WARC_NAME}": warc.getvalue(),
        "indexes/index.cdx": "".join(line + "\n" for line in sorted(index_lines)).encode("utf-8"),
        "pages/pages.jsonl": _jsonl([{"format": "json-pages-1.0", "id": "pages", "title": "claimgraph evidence bundle"}]
                                    + pages),
        "claims/claims.jsonld": claims_text.getvalue().encode("utf-8"),
        "custody/custody.jsonl": "".join(line + "\n" for line in custody_lines).encode("utf-8"),
        "custody/public-key.pem": public_key_pem(key.public_raw),
    }
    package = {
        "profile": "data-package",
        "wacz_version": WACZ_VERSION,
        "title": f"claimgraph evidence bundle: {len(docs)} document(s)",
        "created": created,
        "software": f"claimgraph {__version__}",
        "resources": [{"name": _resource_name(path), "path": path, "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
                       "bytes": len(data)} for path, data in members.items()],
        "claimgraph": {"documents": described, "claims": n_claims, "custody_entries": len(custody_lines),
                       "signing_key": key.fingerprint},
    }
    package_bytes = json.dumps(package, ensure_ascii=False, indent=1).encode("utf-8")
    package_digest = hashlib.sha256(package_bytes).hexdigest()
    digest_text = f"sha256:{package_digest}"
    timestamp, tsa_problem = {"status": "none", "statement": NOT_TIMESTAMPED}, None
    if tsa_url:
        try:
            timestamp = request_timestamp(tsa_url, package_bytes)
        except TimestampError as exc:
            tsa_problem = str(exc)
            timestamp = {"status": "none", "statement": f"{NOT_TIMESTAMPED} A time stamp was asked of {tsa_url} and "
                                                        f"not obtained: {tsa_problem}"}
    digest_doc = {
        "path": "datapackage.json",
        "hash": digest_text,
        "signature": {"algorithm": "Ed25519", "signed": digest_text, "publicKey": base64.b64encode(key.public_raw).decode(),
                      "keyFingerprint": key.fingerprint, "created": created,
                      "value": key.sign(digest_text.encode("ascii"))},
        "timestamp": timestamp,
    }
    members["datapackage.json"] = package_bytes
    members["datapackage-digest.json"] = json.dumps(digest_doc, ensure_ascii=False, indent=1).encode("utf-8")
    _write_zip(out, members)
    return BundleResult(out, len(docs), package_digest, timestamp, tsa_problem)


def _write_zip(out: Path, members: dict[str, bytes]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as z:
                for name, data in members.items():
                    info = zipfile.ZipInfo(name, date_time=datetime.now(timezone.utc).timetuple()[:6])
                    info.compress_type = zipfile.ZIP_STORED
                    z.writestr(info, data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        tmp = None
    finally:
        if tmp is not None:
            os.unlink(tmp)


def _jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _resource_name(path: str) -> str:
    return PurePosixPath(path).name.lower()


def _wacz_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _warc_date(value: str | None) -> str:
    """An ISO 8601 time (ours, or a source's WARC-Date) as WARC-Date wants it: UTC, 'Z'."""
    moment = parse_iso(value) if value else None
    if moment is not None:
        return _wacz_time(moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))
    return _wacz_time(datetime.now(timezone.utc))


def _record_url(doc) -> str:
    """The page's own URL when it has one (a WARC capture); else a name for the bytes themselves."""
    for candidate in (doc.metadata.get("target_uri"), doc.origin):
        if isinstance(candidate, str) and candidate.lower().startswith(("http://", "https://")) and len(candidate) <= 4000:
            return candidate
    return f"urn:sha256:{doc.sha256}"


def surt_key(url: str) -> str:
    """The sort key replay tools index a URL under (Sort-friendly URI Reordering Transform):
    host reversed without 'www', default port dropped, lower case, query sorted, no fragment."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if host.startswith("www.") or (host.startswith("www") and host[3:4].isdigit() and "." in host):
        host = host.split(".", 1)[1]
    port = parts.port
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    key = ",".join(reversed(host.split("."))) + (f":{port}" if port and port != default else "") + ")"
    key += (parts.path or "/").lower()
    if parts.query:
        key += "?" + "&".join(sorted(parts.query.lower().split("&")))
    return key


def _cdxj_line(url: str, warc_date: str, media_type: str, digest: str, length: int, offset: int) -> str:
    ts = warc_date.replace("-", "").replace(":", "").replace("T", "").replace("Z", "")
    fields = {"url": url, "mime": media_type.split(";")[0].strip(), "digest": digest, "length": str(length),
              "offset": str(offset), "filename": WARC_NAME}
    return f"{surt_key(url)} {ts} {json.dumps(fields)}"


# ---------------------------------------------------------------------------------------------
# RFC 3161 time stamps


class TimestampError(Exception):
    pass


def request_timestamp(url: str, data: bytes) -> dict:
    """Ask the time-stamping authority at ``url`` to stamp SHA-256(``data``); the token, checked.

    The authority is first asked to include its certificates. Some (OpenSSL's ``ts`` with its
    chain configured) then send them in an order DER forbids, which rfc3161-client refuses to
    parse; the request is then made once more without them, and whoever checks the token needs
    the authority's certificate (``verify-bundle --tsa-ca``)."""
    if not url.lower().startswith(("http://", "https://")):
        raise TimestampError(f"not an http(s) URL: {url[:200]!r}")
    try:
        return _request_timestamp(url, data, with_certificates=True)
    except _UnsortedCertificates:
        return _request_timestamp(url, data, with_certificates=False)


class _UnsortedCertificates(TimestampError):
    pass


def _request_timestamp(url: str, data: bytes, with_certificates: bool) -> dict:
    import urllib.error
    import urllib.request

    from rfc3161_client import HashAlgorithm, TimestampRequestBuilder, decode_timestamp_response

    req = TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA256).nonce(nonce=True) \
        .cert_request(cert_request=with_certificates).build()
    http = urllib.request.Request(url, data=req.as_bytes(), method="POST",
                                  headers={"Content-Type": "application/timestamp-query",
                                           "Accept": "application/timestamp-reply"})
    try:
        with urllib.request.urlopen(http, timeout=TSA_TIMEOUT) as resp:
            body = resp.read(MAX_TSA_RESPONSE + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise TimestampError(f"could not reach the time-stamping authority ({getattr(exc, 'reason', exc)})") from None
    if len(body) > MAX_TSA_RESPONSE:
        raise TimestampError("the time-stamping authority's answer is larger than 1 MiB")
    try:
        tsr = decode_timestamp_response(body)
    except Exception as exc:  # the parser raises its own error types on bad DER
        if with_certificates and "InvalidSetOrdering" in str(exc) and "certificates" in str(exc):
            raise _UnsortedCertificates(str(exc)[:200]) from None
        raise TimestampError(f"the answer is not an RFC 3161 time-stamp response ({str(exc)[:200]})") from None
    if tsr.status not in (0, 1):
        raise TimestampError(f"the time-stamping authority refused (status {tsr.status}: {'; '.join(tsr.status_string)[:200]})")
    info = tsr.tst_info
    if info.message_imprint.message != hashlib.sha256(data).digest():
        raise TimestampError("the token stamps some other digest than the one sent")
    if info.nonce != req.nonce:
        raise TimestampError("the token's nonce is not the one sent (a replayed answer?)")
    return {"status": "rfc3161", "tsa": url, "genTime": info.gen_time.astimezone(timezone.utc).isoformat(),
            "hashAlgorithm": "SHA-256", "token": base64.b64encode(tsr.as_bytes()).decode("ascii"),
            "certificatesIncluded": bool(tsr.signed_data.certificates),
            "statement": f"Time-stamped by the RFC 3161 authority at {url}: datapackage.json existed at the time in genTime."}


def check_timestamp(stamp: dict, package_bytes: bytes, tsa_ca: bytes | None) -> tuple[list[str], list[str]]:
    """(problems, notes) about a bundle's time-stamp token."""
    from rfc3161_client import decode_timestamp_response

    try:
        tsr = decode_timestamp_response(base64.b64decode(stamp.get("token") or "", validate=True))
    except Exception as exc:
        return [f"timestamp: the token cannot be read ({str(exc)[:200]})"], []
    info = tsr.tst_info
    problems, notes = [], []
    if info.message_imprint.message != hashlib.sha256(package_bytes).digest():
        problems.append("timestamp: the token stamps another digest than this datapackage.json's")
    gen = info.gen_time.astimezone(timezone.utc).isoformat()
    if stamp.get("genTime") and stamp.get("genTime") != gen:
        problems.append(f"timestamp: the stated time {str(stamp.get('genTime'))[:40]} is not the token's {gen}")
    if tsa_ca is not None:
        try:
            builder = _verifier(tsa_ca, bool(tsr.signed_data.certificates))
            builder.build().verify_message(tsr, package_bytes)
            notes.append(f"timestamp: {gen}, signed by the time-stamping authority and valid under the certificate(s) given")
        except ValueError as exc:
            problems.append(f"timestamp: --tsa-ca: {str(exc)[:200]}")
        except Exception as exc:
            problems.append(f"timestamp: the token's signature does not verify under the certificate(s) given ({str(exc)[:200]})")
    else:
        notes.append(f"timestamp: {gen} by {str(stamp.get('tsa'))[:200]}; its imprint matches datapackage.json. The "
                     "authority's signature was not checked against a certificate you trust: pass --tsa-ca FILE to check it")
    return problems, notes


def _verifier(pem: bytes, token_has_certificates: bool):
    """A verifier from the certificates the user trusts: self-signed ones are roots, other CAs
    intermediates, and a time-stamping certificate is the authority's own (needed when the token
    does not carry it)."""
    from cryptography import x509
    from rfc3161_client import VerifierBuilder

    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError:
        try:
            certs = [x509.load_der_x509_certificate(pem)]
        except ValueError:
            raise ValueError("not a PEM or DER certificate file") from None
    builder = VerifierBuilder()
    roots = 0
    for cert in certs:
        try:
            is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            is_ca = False
        if is_ca and cert.subject == cert.issuer:
            builder = builder.add_root_certificate(cert)
            roots += 1
        elif is_ca:
            builder = builder.add_intermediate_certificate(cert)
        elif not token_has_certificates:
            builder = builder.tsa_certificate(cert)
    if not roots:
        raise ValueError("no self-signed (root) certificate in the file")
    return builder


# ---------------------------------------------------------------------------------------------
# verifying


@dataclass
class BundleReport:
    documents: int = 0
    key: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def verify_bundle(path: Path, tsa_ca: bytes | None = None, expected_key: bytes | None = None) -> BundleReport:
    """Check a bundle from the file alone: every hash, the signature, the WARC payloads, the custody entries.
    ``expected_key``: the raw Ed25519 public key the sender gave (``claimgraph custody --public-key``);
    a bundle signed by any other key is then a problem, not only a fingerprint to compare by eye."""
    report = BundleReport()
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(f"{path}: not a readable WACZ (zip) file ({exc})") from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleError(f"{path}: more than {MAX_MEMBERS:,} members")
        # Reading a member stops at its declared size, so the declared sizes bound the work.
        if sum(i.file_size for i in infos) > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path}: its members add up to more than {MAX_BUNDLE_BYTES:,} bytes")
        names = [i.filename for i in infos]
        for name in names:
            if name.startswith("/") or ".." in PurePosixPath(name).parts or "\\" in name:
                report.problems.append(f"member {name[:200]!r}: a path that points outside the bundle")
        if len(set(names)) != len(names):
            report.problems.append("the bundle holds two members of the same name")
        members = {i.filename: i for i in infos}
        for required in ("datapackage.json", "datapackage-digest.json"):
            if required not in members:
                raise BundleError(f"{path}: no {required}: not a WACZ bundle")
        package_bytes = _read_small(z, members["datapackage.json"])
        try:
            package = json.loads(package_bytes)
            digest_doc = json.loads(_read_small(z, members["datapackage-digest.json"]))
        except (ValueError, RecursionError) as exc:
            raise BundleError(f"{path}: datapackage.json or its digest is not JSON ({str(exc)[:200]})") from None
        if not isinstance(package, dict) or not isinstance(digest_doc, dict):
            raise BundleError(f"{path}: datapackage.json or its digest is not a JSON object")
        actual = "sha256:" + hashlib.sha256(package_bytes).hexdigest()
        if digest_doc.get("hash") != actual:
            report.problems.append(f"datapackage.json hashes to {actual}, not to the {str(digest_doc.get('hash'))[:80]} "
                                   "recorded in datapackage-digest.json (it was changed)")
        public_raw = _check_signature(digest_doc, actual, report)
        if expected_key is not None and public_raw != expected_key:
            report.problems.append(f"signed by key {report.key or '(none)'}, not by the key you gave "
                                   f"({public_key_fingerprint(expected_key)}): this bundle is not from its holder")
        _check_resources(z, members, package, report)
        shas = _check_warc(z, members, package, report)
        _check_custody(z, members, public_raw, shas, report)
        stamp = digest_doc.get("timestamp") if isinstance(digest_doc.get("timestamp"), dict) else {}
        if stamp.get("status") == "rfc3161":
            problems, notes = check_timestamp(stamp, package_bytes, tsa_ca)
            report.problems += problems
            report.notes += notes
        else:
            report.notes.append("timestamp: none. " + NOT_TIMESTAMPED)
    report.problems = list(dict.fromkeys(report.problems))  # a damaged member is met by more than one check
    return report


def _read_small(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_JSON_BYTES:
        raise BundleError(f"{info.filename} is larger than {MAX_JSON_BYTES:,} bytes")
    try:
        with z.open(info) as fh:
            return fh.read(MAX_JSON_BYTES)
    except zipfile.BadZipFile as exc:
        raise BundleError(_damaged(info, exc)) from None


def _damaged(info: zipfile.ZipInfo, exc: Exception) -> str:
    """A member whose bytes fail the zip's own CRC-32 (one byte changed in the file, say)."""
    if "CRC" in str(exc):
        return f"{info.filename[:200]}: its bytes do not match the zip's CRC-32 for it (changed or damaged after it was written)"
    return f"{info.filename[:200]}: unreadable in the zip ({str(exc)[:200]})"


def _check_signature(digest_doc: dict, actual: str, report: BundleReport) -> bytes | None:
    sig = digest_doc.get("signature") if isinstance(digest_doc.get("signature"), dict) else None
    if sig is None:
        report.problems.append("datapackage-digest.json carries no signature")
        return None
    try:
        public_raw = base64.b64decode(str(sig.get("publicKey")), validate=True)
    except ValueError:
        report.problems.append("the signature's public key is not base64")
        return None
    if len(public_raw) != 32:
        report.problems.append("the signature's public key is not an Ed25519 key")
        return None
    report.key = public_key_fingerprint(public_raw)
    if sig.get("keyFingerprint") != report.key:
        report.problems.append("the signature names another key fingerprint than its public key's")
    if sig.get("signed") != actual:
        report.problems.append("the signature is over another digest than this datapackage.json's")
    elif not verify_signature(public_raw, actual.encode("ascii"), str(sig.get("value"))):
        report.problems.append("the Ed25519 signature over the datapackage digest does not verify")
    return public_raw


def _check_resources(z: zipfile.ZipFile, members: dict, package: dict, report: BundleReport) -> None:
    resources = package.get("resources") if isinstance(package.get("resources"), list) else []
    listed = set()
    for res in resources:
        if not isinstance(res, dict):
            report.problems.append("datapackage.json lists a resource that is not an object")
            continue
        name = str(res.get("path"))
        listed.add(name)
        info = members.get(name)
        if info is None:
            report.problems.append(f"{name[:200]}: listed in datapackage.json but not in the bundle")
            continue
        hasher, size = hashlib.sha256(), 0
        try:
            with z.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    hasher.update(chunk)
                    size += len(chunk)
        except zipfile.BadZipFile as exc:
            report.problems.append(_damaged(info, exc))
            continue
        if res.get("hash") != "sha256:" + hasher.hexdigest():
            report.problems.append(f"{name}: its bytes hash to sha256:{hasher.hexdigest()}, not to the "
                                   f"{str(res.get('hash'))[:80]} in datapackage.json (it was changed)")
        elif res.get("bytes") is not None and res.get("bytes") != size:
            report.problems.append(f"{name}: {size:,} bytes, not the {res.get('bytes')} in datapackage.json")
    for name in members:
        if name not in listed and name not in ("datapackage.json", "datapackage-digest.json") and not name.endswith("/"):
            report.problems.append(f"{name[:200]}: in the bundle but not listed (nor hashed) in datapackage.json")


def _check_warc(z: zipfile.ZipFile, members: dict, package: dict, report: BundleReport) -> set[str]:
    """Every WARC payload must hash to its stated SHA-256; every listed document must be there."""
    from warcio.archiveiterator import ArchiveIterator

    found: set[str] = set()
    for name, info in members.items():
        if not (name.startswith("archive/") and (name.endswith(".warc.gz") or name.endswith(".warc"))):
            continue
        try:
            with z.open(info) as fh:
                for record in ArchiveIterator(fh):
                    if record.rec_type not in ("resource", "response"):
                        continue
                    stated = record.rec_headers.get_header("WARC-Payload-Digest") or ""
                    hasher = hashlib.sha256()
                    stream = record.content_stream()
                    while chunk := stream.read(1 << 20):
                        hasher.update(chunk)
                    uri = (record.rec_headers.get_header("WARC-Target-URI") or "?")[:200]
                    if stated.startswith("sha256:"):
                        if stated[7:].lower() != hasher.hexdigest():
                            report.problems.append(f"{name}: the record for {uri} hashes to {hasher.hexdigest()}, "
                                                   f"not to its stated {stated[:80]}")
                            continue
                    found.add(hasher.hexdigest())
        except zipfile.BadZipFile as exc:
            report.problems.append(_damaged(info, exc))
        except Exception as exc:  # a hostile WARC: say so, do not crash
            # warcio explains some failures over several lines of prose: one problem, one line.
            said = " ".join(str(exc).split())
            report.problems.append(f"{name}: unreadable WARC ({type(exc).__name__}: {said[:300]})")
    meta = package.get("claimgraph") if isinstance(package.get("claimgraph"), dict) else {}
    docs = meta.get("documents") if isinstance(meta.get("documents"), list) else []
    report.documents = len(docs)
    for d in docs:
        sha = d.get("sha256") if isinstance(d, dict) else None
        if not is_sha256(sha):
            report.problems.append("datapackage.json lists a document without a valid SHA-256")
        elif sha not in found:
            report.problems.append(f"document {sha}: no WARC record holds bytes with that SHA-256")
    return {d["sha256"] for d in docs if isinstance(d, dict) and is_sha256(d.get("sha256"))}


def _check_custody(z: zipfile.ZipFile, members: dict, public_raw: bytes | None, shas: set[str], report: BundleReport) -> None:
    from ..custody import parse_lines

    info = members.get("custody/custody.jsonl")
    if info is None:
        report.problems.append("no custody record (custody/custody.jsonl) in the bundle")
        return
    key_info = members.get("custody/public-key.pem")
    if key_info is not None and public_raw is not None:
        try:
            if load_public_key_pem(_read_small(z, key_info)) != public_raw:
                report.problems.append("custody/public-key.pem is not the key that signed the bundle")
        except BundleError as exc:
            report.problems.append(str(exc))
        except ValueError:
            report.problems.append("custody/public-key.pem is not an Ed25519 public key")
    try:
        text = _read_small(z, info)
    except BundleError as exc:
        report.problems.append(str(exc))
        return
    last_seq = 0
    covered: set[str] = set()
    count = 0
    for number, entry, problem in parse_lines(text.splitlines(), "custody/custody.jsonl"):
        if problem:
            report.problems.append(problem)
            continue
        count += 1
        where = f"custody/custody.jsonl line {number} (entry {entry.seq}, {entry.action})"
        if entry.seq <= last_seq:
            report.problems.append(f"{where}: out of order (entries were reordered or repeated)")
        last_seq = max(last_seq, entry.seq)
        report.problems.extend(entry_problems(entry, public_raw, where))
        if entry.sha256 in shas and entry.action == "captured":
            covered.add(entry.sha256)
    for sha in sorted(shas - covered):
        report.notes.append(f"custody: no 'captured' entry for {sha} (ingested before the home kept a custody record)")
    report.notes.append(f"custody: {count} entries about these documents, each checked against its hash and signature "
                        "(the entries of other documents in the home are left out, so the chain links between them are not checkable here)")


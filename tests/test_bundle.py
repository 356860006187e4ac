"""The evidence bundle: `export --format wacz` of chosen documents, checked by the `wacz` package's
validator and by `verify-bundle` without the home, re-imported, tampered with, and time-stamped
by a real RFC 3161 authority (OpenSSL's `ts -reply`) run on 127.0.0.1 for the test.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from conftest import CORPUS

STORY = """<!doctype html><html><head><title>Pier closed after storm in Tessaly</title></head><body><article>
<h1>Pier closed after storm in Tessaly</h1>
<p>The harbour master of Tessaly, Mira Falk, said on Monday that the northern pier would stay closed for a week.</p>
<p>"Nobody will be allowed onto it until the engineers have finished," Falk told reporters at the port.</p>
<p>The shipping company Orvane Lines denied that any of its vessels had been damaged in the storm.</p>
</article></body></html>"""
NOTE = ("The water board of Orvane said the supply was restored on Tuesday evening.\n\n"
        "Residents told reporters that the taps had been dry for two days.\n")
OTHER = "The council of Brill said the library would reopen in spring after repairs to its roof.\n"
STORY_URL = "https://news.example.org/2026/03/pier-closed.html"


def _story_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = STORY.encode("utf-8")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(STORY_URL, "response", payload=io.BytesIO(body), http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": "2026-03-02T08:15:00Z"}))


@pytest.fixture
def bundled(cli, home, tmp_path):
    """A home with three documents, and a bundle of two of them."""
    src = tmp_path / "in"
    src.mkdir()
    _story_warc(src / "story.warc.gz")
    (src / "note.txt").write_text(NOTE, encoding="utf-8")
    (src / "other.txt").write_text(OTHER, encoding="utf-8")
    r = cli("ingest", str(src))
    assert r.returncode == 0, r.stderr.decode()
    docs = {json.loads(line)["sha256"]: json.loads(line) for line in cli("ls", "--json").stdout.decode().splitlines()}
    story = hashlib.sha256(STORY.encode()).hexdigest()
    note = hashlib.sha256(NOTE.encode()).hexdigest()
    assert story in docs and note in docs and len(docs) == 3
    out = tmp_path / "bundle.wacz"
    r = cli("export", "--format", "wacz", "--doc", story[:12], "--doc", str(docs[note]["id"]), "--out", str(out))
    assert r.returncode == 0, r.stderr.decode()
    assert "not time-stamped (no --tsa given)" in r.stdout.decode()
    return {"bundle": out, "story": story, "note": note, "other": hashlib.sha256(OTHER.encode()).hexdigest()}


def _wacz_valid(path: Path) -> bool:
    """The `wacz` package's own validator (its exit status is always 0, so its verdict line is read)."""
    r = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(path)], capture_output=True, timeout=300)
    out = r.stdout.decode()
    assert ("Validation succeeded" in out) != ("Validation failed" in out), out + r.stderr.decode()
    return "Validation succeeded, the passed WACZ is valid" in out


def _verify(path: Path, *extra: str) -> subprocess.CompletedProcess:
    # No CLAIMGRAPH_HOME and no --home: the check needs nothing but the file.
    env = {k: v for k, v in __import__("os").environ.items() if k != "CLAIMGRAPH_HOME"}
    return subprocess.run([sys.executable, "-m", "claimgraph", "verify-bundle", str(path), *extra], capture_output=True,
                          timeout=300, env=env)


def _rewrite(src: Path, dst: Path, change) -> None:
    """Copy a zip, letting ``change(name, data)`` return new bytes for any member."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info, change(info.filename, zin.read(info)))


def test_bundle_is_a_valid_wacz_and_verifies_without_the_home(bundled, tmp_path):
    assert _wacz_valid(bundled["bundle"])

    r = _verify(bundled["bundle"])
    out = r.stdout.decode()
    assert r.returncode == 0, out
    assert "2 document(s); intact" in out
    assert "timestamp: none. NOT TIMESTAMPED" in out

    with zipfile.ZipFile(bundled["bundle"]) as z:
        assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist())
        package = json.loads(z.read("datapackage.json"))
        assert {d["sha256"] for d in package["claimgraph"]["documents"]} == {bundled["story"], bundled["note"]}
        pages = [json.loads(line) for line in z.read("pages/pages.jsonl").decode().splitlines()]
        assert pages[0]["format"] == "json-pages-1.0"
        assert {p["url"] for p in pages[1:]} == {STORY_URL, f"urn:sha256:{bundled['note']}"}
        claims = json.loads(z.read("claims/claims.jsonld"))
        ids = {n["appearance"]["identifier"]["value"] for n in claims["@graph"] if n["@type"] == "Claim"}
        assert bundled["story"] in ids and bundled["other"] not in ids
        custody = [json.loads(line) for line in z.read("custody/custody.jsonl").decode().splitlines()]
        assert {e["sha256"] for e in custody} == {bundled["story"], bundled["note"]}
        assert [e["action"] for e in custody if e["sha256"] == bundled["story"]] == ["captured", "ingested", "analysed", "exported"]
        story_capture = next(e for e in custody if e["sha256"] == bundled["story"] and e["action"] == "captured")
        assert story_capture["detail"]["captured_at"] == "2026-03-02T08:15:00Z"


def test_the_homes_public_key_checks_its_bundles_and_no_other_key_does(bundled, cli, home, tmp_path):
    # The recipient gets the sender's public key by another channel and holds the bundle to it.
    r = cli("custody", "--public-key")
    assert r.returncode == 0, r.stderr.decode()
    pem = r.stdout
    assert pem.startswith(b"-----BEGIN PUBLIC KEY-----") and b"PRIVATE" not in pem
    assert pem == (home / "keys" / "custody-ed25519.pub.pem").read_bytes()
    (tmp_path / "sender.pem").write_bytes(pem)
    moved = tmp_path / "elsewhere" / "case.wacz"
    moved.parent.mkdir()
    shutil.copy(bundled["bundle"], moved)
    r = _verify(moved, "--key", str(tmp_path / "sender.pem"))
    assert r.returncode == 0, r.stdout.decode()
    assert "intact" in r.stdout.decode()

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.PEM,
                                                                      serialization.PublicFormat.SubjectPublicKeyInfo)
    (tmp_path / "stranger.pem").write_bytes(stranger)
    r = _verify(moved, "--key", str(tmp_path / "stranger.pem"))
    out = r.stdout.decode()
    assert r.returncode == 1, out
    [problem] = [ln for ln in out.splitlines() if ln.startswith("PROBLEM:")]
    assert "not by the key you gave" in problem
    (tmp_path / "junk.pem").write_text("not a key")
    r = _verify(moved, "--key", str(tmp_path / "junk.pem"))
    assert r.returncode == 1 and b"not an Ed25519 public key" in r.stderr and b"Traceback" not in r.stderr

    r = cli("custody", "--public-key", env={"CLAIMGRAPH_HOME": str(tmp_path / "empty-home")})
    assert r.returncode == 1 and b"no signing key" in r.stderr


def test_the_index_is_what_cdxj_indexer_makes_of_the_warc(bundled, tmp_path):
    with zipfile.ZipFile(bundled["bundle"]) as z:
        (tmp_path / "data.warc.gz").write_bytes(z.read("archive/data.warc.gz"))
        ours = z.read("indexes/index.cdx").decode().splitlines()
    indexer = Path(sys.executable).parent / "cdxj-indexer"
    theirs = subprocess.run([str(indexer), "data.warc.gz"], cwd=tmp_path, capture_output=True, timeout=120).stdout.decode().splitlines()
    assert ours == theirs


CHANNEL_EXPORT = {
    "name": "Tessaly Harbour Watch", "type": "public_channel", "id": 4401,
    "messages": [
        {"id": 11, "type": "message", "date": "2026-03-02T09:40:00",
         "text": "The port authority of Tessaly said that two cranes on the northern pier had been torn from their rails."},
        {"id": 12, "type": "service", "date": "2026-03-02T09:41:00", "action": "pin_message", "text": ""},
    ],
}


def test_a_bundle_of_every_kind_validates_and_comes_back_whole_through_ingest(cli, tmp_path):
    """A page from a WARC, a text file, a PDF report and a Telegram message: exported as a bundle,
    checked by the `wacz` package's validator, then `claimgraph ingest bundle.wacz` into another
    home (the WACZ reader) gives every document back with the same SHA-256, text and claims."""
    src = tmp_path / "in"
    src.mkdir()
    _story_warc(src / "story.warc.gz")
    (src / "note.txt").write_text(NOTE, encoding="utf-8")
    shutil.copyfile(CORPUS / "northlight-novyi-veles-report.pdf", src / "report.pdf")
    (src / "channel").mkdir()
    (src / "channel" / "result.json").write_text(json.dumps(CHANNEL_EXPORT), encoding="utf-8")
    r = cli("ingest", str(src))
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
    originals = {d["sha256"]: d for d in map(json.loads, cli("ls", "--json").stdout.decode().splitlines())}
    assert sorted(d["kind"] for d in originals.values()) == ["html", "pdf", "telegram", "text"]

    bundle = tmp_path / "b.wacz"
    r = cli("export", "--format", "wacz", "--out", str(bundle))
    assert r.returncode == 0, r.stderr.decode()
    assert _wacz_valid(bundle)
    assert _verify(bundle).returncode == 0

    other_home = tmp_path / "other-home"
    r = cli("--home", str(other_home), "ingest", str(bundle))
    out = r.stdout.decode()
    assert r.returncode == 0, out + r.stderr.decode()
    assert "rejected: 0" in out and "added: 4" in out
    again = {d["sha256"]: d for d in map(json.loads, cli("--home", str(other_home), "ls", "--json").stdout.decode().splitlines())}
    assert set(again) == set(originals)
    for sha, doc in again.items():
        assert doc["kind"] == originals[sha]["kind"]
        assert doc["metadata"]["wacz_file"] == "archive/data.warc.gz"
        before = json.loads(cli("show", sha, "--json").stdout)
        after = json.loads(cli("--home", str(other_home), "show", sha, "--json").stdout)
        assert after["text"] == before["text"] and after["size"] == before["size"]
        assert [c["content"] for c in after["claims"]] == [c["content"] for c in before["claims"]]
    story = hashlib.sha256(STORY.encode()).hexdigest()
    assert again[story]["metadata"]["target_uri"] == STORY_URL and again[story]["captured_at"] == "2026-03-02T08:15:00Z"
    pdf = next(d for d in again.values() if d["kind"] == "pdf")
    assert pdf["metadata"]["pages"] == originals[pdf["sha256"]]["metadata"]["pages"]
    # The other home archived the same bytes: its own verify re-hashes them.
    r = cli("--home", str(other_home), "verify")
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()


def test_a_changed_file_fails_both_validators_and_says_which(bundled, tmp_path):
    bad = tmp_path / "bad.wacz"
    _rewrite(bundled["bundle"], bad,
             lambda name, data: data.replace(b"Falk", b"Fale") if name == "claims/claims.jsonld" else data)
    assert not _wacz_valid(bad)
    r = _verify(bad)
    assert r.returncode == 1
    assert "claims/claims.jsonld: its bytes hash to sha256:" in r.stdout.decode()


def test_one_byte_flipped_in_the_file_fails_and_names_the_member(bundled, tmp_path):
    # Flipped in place, the byte also fails the zip's CRC-32: once a traceback-like "not a
    # readable bundle (BadZipFile ...)" that stopped every other check.
    data = bundled["bundle"].read_bytes()
    with zipfile.ZipFile(bundled["bundle"]) as z:
        infos = z.infolist()
    for info in infos:
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        flipped = bytearray(data)
        flipped[start + info.file_size // 2] ^= 0x20
        bad = tmp_path / f"flipped-{info.filename.replace('/', '_')}.wacz"
        bad.write_bytes(bytes(flipped))
        r = _verify(bad)
        out, err = r.stdout.decode(), r.stderr.decode()
        assert r.returncode == 1, (info.filename, out)
        said = f"{info.filename}: its bytes do not match the zip's CRC-32"
        if info.filename.startswith("datapackage"):   # nothing can be checked without these two
            assert err == f"claimgraph: {said} for it (changed or damaged after it was written)\n", err
        else:
            problems = [ln for ln in out.splitlines() if ln.startswith("PROBLEM:")]
            assert problems[0].startswith(f"PROBLEM: {said}"), (info.filename, out)
            assert len(problems) == len(set(problems)) and out.rstrip().endswith("problem(s)") and not err, out + err


def test_rehashing_after_a_change_does_not_survive_the_signature(bundled, tmp_path):
    """An attacker swaps a page's bytes and recomputes every hash they can; only the key is missing."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    def forged_warc(data: bytes) -> bytes:
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type == "resource":
                payload = rec.content_stream().read().replace(b"Tuesday", b"Sunday")
                digest = "sha256:" + hashlib.sha256(payload).hexdigest()
                headers = {k: v for k, v in rec.rec_headers.headers if k not in ("Content-Length",)}
                headers.update({"WARC-Block-Digest": digest, "WARC-Payload-Digest": digest})
                uri = headers.pop("WARC-Target-URI")
                writer.write_record(writer.create_warc_record(uri, "resource", payload=io.BytesIO(payload), length=len(payload),
                                                              warc_content_type=headers.pop("Content-Type"),
                                                              warc_headers_dict=headers))
        return out.getvalue()

    with zipfile.ZipFile(bundled["bundle"]) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members["archive/data.warc.gz"] = forged_warc(members["archive/data.warc.gz"])
    package = json.loads(members["datapackage.json"])
    for res in package["resources"]:
        res["hash"] = "sha256:" + hashlib.sha256(members[res["path"]]).hexdigest()
        res["bytes"] = len(members[res["path"]])
    members["datapackage.json"] = json.dumps(package, indent=1).encode()
    digest = json.loads(members["datapackage-digest.json"])
    digest["hash"] = digest["signature"]["signed"] = "sha256:" + hashlib.sha256(members["datapackage.json"]).hexdigest()
    members["datapackage-digest.json"] = json.dumps(digest).encode()
    bad = tmp_path / "forged.wacz"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)

    assert _wacz_valid(bad)  # the WACZ validator sees consistent hashes ...
    r = _verify(bad)  # ... the signature and the stated document SHA-256s do not agree
    out = r.stdout.decode()
    assert r.returncode == 1
    assert "the Ed25519 signature over the datapackage digest does not verify" in out
    assert f"document {bundled['note']}: no WARC record holds bytes with that SHA-256" in out


def test_a_custody_entry_edited_in_the_bundle_is_caught(bundled, tmp_path):
    def edit(name, data):
        if name != "custody/custody.jsonl":
            return data
        lines = data.decode().splitlines()
        first = json.loads(lines[0])
        first["user"] = "someone-else"
        lines[0] = json.dumps(first, sort_keys=True, separators=(",", ":"))
        return ("\n".join(lines) + "\n").encode()

    bad = tmp_path / "custody-edited.wacz"
    _rewrite(bundled["bundle"], bad, edit)
    out = _verify(bad).stdout.decode()
    assert "custody/custody.jsonl: its bytes hash to" in out
    assert "custody/custody.jsonl line 1 (entry 1, captured): its content does not hash to its recorded hash" in out


# ---------------------------------------------------------------------------------------------
# time stamps, against OpenSSL's time-stamping authority on 127.0.0.1


def _make_tsa(d: Path, with_chain: bool) -> Path:
    """A CA and a TSA certificate (timeStamping, critical), and an OpenSSL `ts` configuration.

    ``with_chain``: the token is to carry the CA's certificate too. OpenSSL then writes the two in
    chain order, not in the sorted order DER asks of a SET, which rfc3161-client refuses to parse;
    claimgraph then asks again without certificates (docs/custody.md)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    now = dt.datetime.now(dt.timezone.utc)
    ca_key, tsa_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("claimgraph test CA")).issuer_name(name("claimgraph test CA"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    tsa = (x509.CertificateBuilder().subject_name(name("claimgraph test TSA")).issuer_name(ca.subject)
           .public_key(tsa_key.public_key()).serial_number(2).not_valid_before(now - dt.timedelta(days=1))
           .not_valid_after(now + dt.timedelta(days=30))
           .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
           .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
           .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
           .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
           .sign(ca_key, hashes.SHA256()))
    (d / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (d / "tsa.pem").write_bytes(tsa.public_bytes(serialization.Encoding.PEM))
    (d / "tsa.key").write_bytes(tsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))
    (d / "serial").write_text("01\n")
    conf = d / "ts.cnf"
    conf.write_text(f"""[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
serial = {d}/serial
crypto_device = builtin
signer_cert = {d}/tsa.pem
{"certs = " + str(d / "ca.pem") if with_chain else ""}
signer_key = {d}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
""")
    return conf


@pytest.fixture(params=["leaf only", "with chain"])
def local_tsa(request, tmp_path):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed: no local time-stamping authority to test against")
    d = tmp_path / "tsa"
    d.mkdir()
    conf = _make_tsa(d, with_chain=request.param == "with chain")
    # What a recipient is given to trust: the CA, and (a token may come without it) the TSA's certificate.
    (d / "trusted.pem").write_bytes((d / "ca.pem").read_bytes() + (d / "tsa.pem").read_bytes())
    requests = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            query = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            requests.append(query)
            with lock:
                (d / "req.tsq").write_bytes(query)
                r = subprocess.run([openssl, "ts", "-reply", "-config", str(conf), "-queryfile", str(d / "req.tsq"),
                                    "-out", str(d / "resp.tsr")], capture_output=True, timeout=60)
                body = (d / "resp.tsr").read_bytes() if r.returncode == 0 else b""
            self.send_response(200 if body else 500)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{server.server_address[1]}/tsa", "ca": d / "ca.pem", "trusted": d / "trusted.pem",
           "chain": request.param == "with chain", "requests": requests}
    server.shutdown()
    server.server_close()


def test_a_bundle_stamped_by_a_local_tsa_verifies(bundled, cli, tmp_path, local_tsa):
    out = tmp_path / "stamped.wacz"
    r = cli("export", "--format", "wacz", "--doc", bundled["note"][:12], "--out", str(out), "--tsa", local_tsa["url"])
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
    assert f"time-stamped by {local_tsa['url']}" in r.stdout.decode()
    with zipfile.ZipFile(out) as z:
        stamp = json.loads(z.read("datapackage-digest.json"))["timestamp"]
    assert stamp["status"] == "rfc3161" and stamp["token"]
    # With its chain, OpenSSL's answer cannot be parsed: asked again, without certificates.
    assert len(local_tsa["requests"]) == (2 if local_tsa["chain"] else 1)
    assert stamp["certificatesIncluded"] is not local_tsa["chain"]

    r = _verify(out, "--tsa-ca", str(local_tsa["trusted"]))
    text = r.stdout.decode()
    assert r.returncode == 0, text
    assert "signed by the time-stamping authority and valid under the certificate(s) given" in text
    if not local_tsa["chain"]:  # the token carries the TSA's certificate: the root alone will do
        assert _verify(out, "--tsa-ca", str(local_tsa["ca"])).returncode == 0
    stranger = tmp_path / "stranger"
    stranger.mkdir()
    _make_tsa(stranger, with_chain=False)
    (stranger / "trusted.pem").write_bytes((stranger / "ca.pem").read_bytes() + (stranger / "tsa.pem").read_bytes())
    r = _verify(out, "--tsa-ca", str(stranger / "trusted.pem"))  # an authority you do not trust
    assert r.returncode == 1
    assert "timestamp: the token's signature does not verify under the certificate(s) given" in r.stdout.decode()
    r = _verify(out)
    assert r.returncode == 0 and "pass --tsa-ca FILE to check it" in r.stdout.decode()
    assert _wacz_valid(out)

    # A token moved onto another bundle stamps the wrong digest.
    def move_token(name, data):
        if name != "datapackage-digest.json":
            return data
        doc = json.loads(data)
        doc["timestamp"] = stamp
        return json.dumps(doc).encode()

    moved = tmp_path / "moved-token.wacz"
    _rewrite(bundled["bundle"], moved, move_token)
    r = _verify(moved, "--tsa-ca", str(local_tsa["trusted"]))
    assert r.returncode == 1
    assert "timestamp: the token stamps another digest than this datapackage.json's" in r.stdout.decode()


def test_an_unreachable_tsa_leaves_the_bundle_plainly_unstamped(bundled, cli, tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "unstamped.wacz"
    r = cli("export", "--format", "wacz", "--doc", bundled["note"][:12], "--out", str(out), "--tsa", f"http://127.0.0.1:{port}/")
    assert r.returncode == 1
    assert "not time-stamped: could not reach the time-stamping authority" in r.stdout.decode()
    with zipfile.ZipFile(out) as z:
        stamp = json.loads(z.read("datapackage-digest.json"))["timestamp"]
    assert stamp["status"] == "none" and stamp["statement"].startswith("NOT TIMESTAMPED")
    assert "could not reach" in stamp["statement"]
    assert _verify(out).returncode == 0


@pytest.mark.parametrize("make", ["not a zip", "nested json", "no digest", "path escape"])
def test_hostile_bundles_get_an_answer_not_a_traceback(tmp_path, make):
    path = tmp_path / "hostile.wacz"
    if make == "not a zip":
        path.write_bytes(b"PK\x03\x04 but then nothing a zip reader wants")
    else:
        with zipfile.ZipFile(path, "w") as z:
            if make == "nested json":
                z.writestr("datapackage.json", "[" * 200_000 + "]" * 200_000)
                z.writestr("datapackage-digest.json", "{}")
            elif make == "no digest":
                z.writestr("datapackage.json", "{}")
            else:
                z.writestr("datapackage.json", json.dumps({"resources": []}))
                z.writestr("datapackage-digest.json", json.dumps({"hash": "sha256:00"}))
                z.writestr("../../etc/evil.txt", "x")
    r = _verify(path)
    err = r.stdout.decode() + r.stderr.decode()
    assert r.returncode == 1
    assert "Traceback" not in err
    expected = {"not a zip": "not a readable WACZ", "nested json": "is not JSON", "no digest": "no datapackage-digest.json",
                "path escape": "a path that points outside the bundle"}[make]
    assert expected in err


def test_a_warc_warcio_cannot_read_is_one_problem_line_in_its_own_words(bundled, tmp_path):
    """warcio explains a WARC gzipped whole (not one member a record) over several lines; each
    problem is one line of the report, so the explanation must not spill into lines of its own."""
    import gzip

    bad = tmp_path / "whole-gzip.wacz"

    def regzip(name: str, data: bytes) -> bytes:
        if not name.endswith(".warc.gz"):
            return data
        plain = gzip.decompress(data)
        return gzip.compress(plain + plain)  # two records in one gzip member

    _rewrite(bundled["bundle"], bad, regzip)
    r = _verify(bad)
    out = r.stdout.decode()
    assert r.returncode == 1 and not r.stderr
    problem = next(ln for ln in out.splitlines() if "unreadable WARC" in ln)
    assert problem.startswith("PROBLEM: archive/") and "gzip" in problem
    assert "\n\n" not in out and not any(ln.startswith(("This file", "ERROR:")) for ln in out.splitlines()), out
    assert out.rstrip().endswith("problem(s)")

    # A member named with a newline in it cannot forge a line of the report either.
    forged = tmp_path / "forged-line.wacz"
    shutil.copy(bundled["bundle"], forged)
    with zipfile.ZipFile(forged, "a") as z:
        z.writestr("extra\nbundle forged.wacz: 2 document(s); intact", b"x")
    r = _verify(forged)
    lines = r.stdout.decode().splitlines()
    assert r.returncode == 1
    assert not any(ln.startswith("bundle forged.wacz") for ln in lines), lines
    assert any("extra\\nbundle forged.wacz" in ln for ln in lines if ln.startswith("PROBLEM: ")), lines

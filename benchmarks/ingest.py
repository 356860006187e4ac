"""Ingest throughput: the demo corpus replicated to at least N documents, ingested into a fresh home.

Each replica changes every document's bytes (a marker line, a changed Telegram message text, a
rewritten WARC payload), so every replica is new content, not a re-sighting.

    .venv/bin/python benchmarks/ingest.py [--docs 5000] [--extract]
    .venv/bin/python benchmarks/ingest.py --telegram 200000

Prints documents/second of storing (sources -> archive -> store) and, with ``--extract``, of the
analysis that ``claimgraph ingest`` runs next (article extraction, entities and claims, with
2 processes), plus the process's peak resident memory (the extraction workers are forked
children: their peak is printed separately).

``--telegram N`` instead writes one Telegram export of N text messages (sentences of our own,
every one different) and times the real command ``claimgraph ingest --no-extract`` on it in a
fresh home, under ``/usr/bin/time -v`` for its peak memory (when that program is present).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from claimgraph.ingest import Ingestor
from claimgraph.settings import Settings
from claimgraph.sources import open_input, walk_inputs
from claimgraph.sources.base import SourceDocument

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def replicate(src: Path, dest: Path, index: int) -> None:
    data = src.read_bytes()
    marker = f"replica {index}"
    if src.name.endswith((".warc", ".warc.gz")):
        dest.write_bytes(_replicate_warc(data, src.name.endswith(".gz"), marker))
    elif src.name.endswith(".wacz"):
        dest.write_bytes(_replicate_wacz(data, marker))
    elif src.name == "result.json":
        export = json.loads(data)
        for message in export.get("messages", []):
            if isinstance(message.get("text"), str) and message["text"]:
                message["text"] += f" ({marker})"
            elif isinstance(message.get("text"), list) and message["text"]:
                message["text"].append(f" ({marker})")
        dest.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    else:
        # Text, HTML, PDF: bytes after a PDF's %%EOF change the file but not its text layer.
        dest.write_bytes(data + f"\n\n{marker}\n".encode())


def _replicate_warc(data: bytes, gz: bool, marker: str) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type == "response" and record.http_headers is not None:
            payload = record.content_stream().read() + f"\n<!-- {marker} -->\n".encode()
            record.http_headers.remove_header("Content-Length")
            record.http_headers.remove_header("Transfer-Encoding")
            record.http_headers.remove_header("Content-Encoding")
            new = writer.create_warc_record(
                record.rec_headers.get_header("WARC-Target-URI"), "response",
                payload=io.BytesIO(payload), http_headers=record.http_headers,
                warc_headers_dict={"WARC-Date": record.rec_headers.get_header("WARC-Date")},
            )
            writer.write_record(new)
    return out.getvalue()


def _replicate_wacz(data: bytes, marker: str) -> bytes:
    """The WACZ with its WARCs replicated and datapackage.json's hashes made right again."""
    import hashlib
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    for name in files:
        if name.startswith("archive/") and name.endswith((".warc", ".warc.gz")):
            files[name] = _replicate_warc(files[name], name.endswith(".gz"), marker)
    package = json.loads(files["datapackage.json"])
    for res in package.get("resources", []):
        res["hash"] = "sha256:" + hashlib.sha256(files[res["path"]]).hexdigest()
        res["bytes"] = len(files[res["path"]])
    files["datapackage.json"] = json.dumps(package, indent=2).encode()
    if "datapackage-digest.json" in files:
        files["datapackage-digest.json"] = json.dumps(
            {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(files["datapackage.json"]).hexdigest()}).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, payload in files.items():
            zf.writestr(name, payload)
    return out.getvalue()


def count_documents(root: Path, settings: Settings) -> int:
    n = 0
    for item in walk_inputs([root]):
        if hasattr(item, "path"):
            n += sum(isinstance(d, SourceDocument) for d in open_input(item, settings).documents)
    return n


def write_export(path: Path, count: int) -> None:
    """A Telegram Desktop export of ``count`` text messages, written as it is generated."""
    rng = random.Random(14)
    places = ["Orlen", "Veles", "Glinsk", "Tarnov", "Sokol", "Orlivka", "Brenna", "Kavar"]
    verbs = ["reported", "said", "confirmed", "denied", "claimed"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"name": "Bench Channel", "type": "public_channel", "id": 9001, "messages": [\n')
        for i in range(1, count + 1):
            text = (f"Update {i}: officials in {rng.choice(places)} {rng.choice(verbs)} that {rng.randint(2, 90)} "
                    f"drones were seen overnight near {rng.choice(places)}.")
            message = {"id": i, "type": "message", "date": f"2026-01-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00",
                       "from": "Bench Channel", "from_id": "channel9001", "text": text,
                       "text_entities": [{"type": "plain", "text": text}]}
            fh.write(json.dumps(message, ensure_ascii=False) + (",\n" if i < count else "\n"))
        fh.write("]}\n")


def bench_telegram(count: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    try:
        export = work / "result.json"
        write_export(export, count)
        command = [sys.executable, "-m", "claimgraph", "--home", str(work / "home"), "ingest", "--no-extract", str(export)]
        timer = ["/usr/bin/time", "-v"] if os.access("/usr/bin/time", os.X_OK) else []
        print(f"export: {count:,} messages, {export.stat().st_size / 2**20:,.1f} MiB; command: claimgraph ingest --no-extract")
        start = time.perf_counter()
        run = subprocess.run(timer + command, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            return 1
        added = next(int(ln.split()[1]) for ln in run.stdout.splitlines() if ln.startswith("  added: "))
        print(f"store: {added:,} messages in {elapsed:,.1f} s = {added / elapsed:,.0f} messages/s (the whole command)")
        peak = [ln for ln in run.stderr.splitlines() if "Maximum resident set size" in ln]
        if peak:
            print(f"peak memory (/usr/bin/time -v, max RSS): {int(peak[0].split(':')[1]) / 1024:,.0f} MiB")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000, help="at least this many documents (default 5000)")
    parser.add_argument("--extract", action="store_true", help="also time article extraction and claims on the stored documents")
    parser.add_argument("--telegram", type=int, metavar="N", help="time one Telegram export of N messages instead")
    args = parser.parse_args()
    if args.telegram:
        return bench_telegram(args.telegram)
    if not CORPUS.is_dir():
        print(f"skipped: no demo corpus at {CORPUS}")
        return 0
    work = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    try:
        settings = Settings(home=work / "home")
        per_copy = count_documents(CORPUS, settings)
        if per_copy == 0:
            print("skipped: the demo corpus holds no documents")
            return 0
        copies = -(-args.docs // per_copy)
        files = [p for p in sorted(CORPUS.rglob("*")) if p.is_file()]
        inputs = work / "inputs"
        for i in range(copies):
            for f in files:
                dest = inputs / f"r{i:04d}" / f.relative_to(CORPUS)
                dest.parent.mkdir(parents=True, exist_ok=True)
                replicate(f, dest, i)
        print(f"corpus: {len(files)} files, {per_copy} documents per copy; {copies} copies")
        ingestor = Ingestor(settings)
        start = time.perf_counter()
        report = ingestor.run([inputs])
        elapsed = time.perf_counter() - start
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"documents added: {report.added}  already present: {report.present}  rejected: {len(report.rejected)}")
        print(f"store: {report.added + report.present} documents in {elapsed:.1f} s = {(report.added + report.present) / elapsed:,.0f} documents/s")
        print(f"peak memory (max RSS of this process): {peak_mib:,.0f} MiB")
        if args.extract:
            from claimgraph.ingest import analyse_pending

            start = time.perf_counter()
            analysed = analyse_pending(ingestor.store, n_process=2, custody=ingestor.custody)
            elapsed = time.perf_counter() - start
            print(f"extract (articles, entities, claims; 2 processes): {analysed} documents in {elapsed:.1f} s = {analysed / elapsed:,.1f} documents/s")
            print(f"peak memory: this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB, "
                  f"largest worker {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MiB")
        ingestor.close()
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

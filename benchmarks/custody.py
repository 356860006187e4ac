"""What the custody record costs: appending signed entries, checking them, bundling documents.

    .venv/bin/python benchmarks/custody.py [--entries 20000] [--bundle-docs 500]

Prints, in a fresh temporary home: entries/s appended the way ingest appends them (one call per
document, two entries each: 'captured' and 'ingested', each call taking the file lock and
mirroring into the store), entries/s checked by `verify` (chain, Ed25519 signatures, mirror), the
log's bytes per entry, and the time to write and to verify a bundle of N small documents.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

from claimgraph.custody import CustodyLog, Event
from claimgraph.export.bundle import verify_bundle, write_bundle
from claimgraph.ingest import Ingestor
from claimgraph.settings import Settings
from claimgraph.store import Store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--bundle-docs", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimgraph-custody-bench-") as tmp:
        settings = Settings(home=Path(tmp) / "home")
        with Store(settings.db_path) as store:
            log = CustodyLog(settings, store)
            log.record([Event("captured", "0" * 64, {"warm": True})])  # key made outside the timing
            pairs = args.entries // 2
            start = time.perf_counter()
            for i in range(pairs):
                sha = hashlib.sha256(str(i).encode()).hexdigest()
                log.record([Event("captured", sha, {"origin": f"page-{i}.html", "media_type": "text/html", "size": 4096,
                                                    "newly_archived": True}),
                            Event("ingested", sha, {"document_id": i + 1, "kind": "html"})])
            log.sync()
            append = time.perf_counter() - start
            start = time.perf_counter()
            report = log.verify()
            check = time.perf_counter() - start
        size = settings.custody_path.stat().st_size
        n = pairs * 2
        print(f"append: {n:,} entries in {append:.2f} s = {n / append:,.0f} entries/s ({pairs / append:,.0f} documents/s)")
        print(f"verify: {report.entries:,} entries in {check:.2f} s = {report.entries / check:,.0f} entries/s; "
              f"{len(report.problems)} problem(s)")
        print(f"log size: {size:,} bytes = {size / report.entries:.0f} bytes/entry")

        bundle_home = Settings(home=Path(tmp) / "bundle-home")
        src = Path(tmp) / "pages"
        src.mkdir()
        for i in range(args.bundle_docs):
            (src / f"p{i}.txt").write_text(f"Officials in town {i} said the market reopened on day {i}.\n" * 40)
        ingestor = Ingestor(bundle_home)
        try:
            ingestor.run([str(src)])
        finally:
            ingestor.close()
        out = Path(tmp) / "bundle.wacz"
        with Store(bundle_home.db_path) as store:
            start = time.perf_counter()
            write_bundle(store, bundle_home, None, out)
            written = time.perf_counter() - start
        start = time.perf_counter()
        checked = verify_bundle(out)
        verified = time.perf_counter() - start
        print(f"bundle: {args.bundle_docs} documents ({out.stat().st_size:,} bytes) written in {written:.2f} s, "
              f"verified in {verified:.2f} s; {len(checked.problems)} problem(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

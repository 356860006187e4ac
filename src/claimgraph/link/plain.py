"""Put plain data — a document's text, article metadata, and its ``entities`` and ``claims`` in
the shape of the claims contract — into a store, as if ingest and analysis had produced it.

For tests, benchmarks and hand-written gold: the linking stage then runs on it unchanged.
"""

from __future__ import annotations

import hashlib

from .. import __version__
from ..clock import now_iso
from ..store import CaptureRecord, DocumentRecord, Store


def add_document(store: Store, body: str, *, entities: list[dict], claims: list[dict], headline: str | None = None,
                 outlet: str | None = None, published: str | None = None, author: str | None = None,
                 origin: str | None = None, kind: str = "text", metadata: dict | None = None,
                 captured_at: str | None = None) -> int:
    """Store one document with its analysis; returns its id. Identical text is stored once."""
    raw = body.encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    now = now_iso()
    origin = origin or f"plain:{sha[:12]}"
    capture = CaptureRecord(sha256=sha, origin=origin, media_type="text/plain", ingested_at=now, tool_version=__version__,
                            captured_at=captured_at, metadata=metadata or {})
    record = DocumentRecord(sha256=sha, kind=kind, origin=origin, body=body, source_text=body, ingested_at=now,
                            outlet=outlet, title=headline, captured_at=captured_at, metadata=metadata or {})
    doc_id, _added = store.add_capture(capture, len(raw), record)
    assert doc_id is not None   # a document record was given, so there is one
    article = {"headline": headline, "author": author, "published": published, "outlet": outlet, "body": body}
    store.save_analysis(doc_id, article, {}, entities, claims, now, __version__)
    return doc_id


def find_mentions(body: str, texts: list[str]) -> list[dict]:
    """Every occurrence of each text in the body as contract mentions (whole words, case-sensitive)."""
    import re

    out: list[dict] = []
    seen: set = set()
    for t in sorted({t for t in texts if t and t.strip()}, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", body):
            if any(a <= m.start() < b or a < m.end() <= b for a, b in seen):
                continue
            seen.add((m.start(), m.end()))
            out.append({"text": t, "start": m.start(), "end": m.end()})
    return sorted(out, key=lambda m: m["start"])

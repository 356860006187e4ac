"""Putting documents we write into a real store for the linking tests (plain data, then linked)."""

from __future__ import annotations

from claimgraph.link import link_document
from claimgraph.link.plain import add_document, find_mentions


def add(store, text, ents, claims=(), published="2026-03-14", outlet="Test Wire", headline=None, metadata=None, link=True):
    """ents: [(name, type, [other mention texts])]; claims: [(speaker, content, kind)]."""
    entities = [{"name": n, "type": t, "mentions": find_mentions(text, [n, *more])} for n, t, more in ents]
    cl = []
    for speaker, content, kind in claims:
        i = text.index(content)
        cl.append({"speaker": speaker, "speaker_text": speaker, "cue": "said", "kind": kind, "content": content,
                   "start": i, "end": i + len(content), "evidence": [], "stance": None})
    doc_id = add_document(store, text, entities=entities, claims=cl, headline=headline, outlet=outlet,
                          published=published, metadata=metadata)
    if link:
        link_document(store, doc_id)
    return doc_id

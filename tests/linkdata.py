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


#: Three reports we wrote: where a helicopter landed and how many shots were fired at it (two
#: accounts of one happening, one with a hostile speaker name and words), and a killing months
#: later whose report recaps two tolls of the crossing.
CONTESTED_DOCS = [
    ("A Dravanian army helicopter landed at Poltava air base on Wednesday. "
     "The Defence Directorate said the helicopter landed at Poltava air base after a planned crossing. "
     "Pilot Maksim Orlov said 12 shots were fired at the helicopter.",
     [("Poltava", "GPE", []), ("Maksim Orlov", "PERSON", ["Orlov"]), ("Defence Directorate", "ORG", [])],
     [("Defence Directorate", "the helicopter landed at Poltava air base after a planned crossing", "indirect"),
      ("Maksim Orlov", "12 shots were fired at the helicopter", "indirect")], "2026-08-24", "Kyiv Ledger"),
    ("The Dravanian helicopter that crossed on Wednesday came down near Poltava, officials said. "
     "Colonel Ivo Dran said the helicopter landed in the Kharkiv region <script>window.__xss=1</script> after losing its way. "
     "A border guard said half a dozen shots were fired at the helicopter.",
     [("Poltava", "GPE", []), ("Ivo Dran", "PERSON", []), ("Kharkiv", "GPE", [])],
     [("Ivo Dran <img src=x onerror=window.__xss=2>",
       "the helicopter landed in the Kharkiv region <script>window.__xss=1</script> after losing its way", "indirect"),
      ("A border guard", "half a dozen shots were fired at the helicopter", "indirect")], "2026-08-25", "Steppe Wire"),
    ("Maksim Orlov was shot dead in a car park in Alicante on Tuesday. "
     "Police said one man was killed in the car park. "
     "Last August, officials said two crew members were killed when Orlov flew the helicopter abroad. "
     "Last August, the ministry said three crew members were killed when Orlov flew the helicopter abroad.",
     [("Alicante", "GPE", []), ("Maksim Orlov", "PERSON", ["Orlov"])],
     [("Police", "one man was killed in the car park", "indirect"),
      ("officials", "two crew members were killed when Orlov flew the helicopter abroad", "indirect"),
      ("the ministry", "three crew members were killed when Orlov flew the helicopter abroad", "indirect")], "2027-02-18", "Coast Post"),
]


def build_contested(home):
    """A home whose store holds :data:`CONTESTED_DOCS`, linked (for the CLI, the server, the browser)."""
    from claimgraph.store import Store

    home.mkdir(parents=True, exist_ok=True)
    with Store(home / "claimgraph.sqlite3") as store:
        for text, ents, claims, published, outlet in CONTESTED_DOCS:
            add(store, text, ents, claims, published=published, outlet=outlet)
    return home

"""A small linked store of our own sentences for the users and decision-log tests: two harbour
authorities that the linker keeps apart (a person may decide they are one), a mayor and a port."""

from __future__ import annotations

from pathlib import Path

from claimgraph.link import relink
from claimgraph.link.plain import add_document, find_mentions
from claimgraph.settings import Settings
from claimgraph.store import Store

DOCS = [
    ("The Brelin Harbour Authority said the northern pier at Saltmere would reopen on Friday. "
     "Mayor Oda Kessling said the ferries were running again.",
     [("Brelin Harbour Authority", "ORG"), ("Saltmere", "GPE"), ("Oda Kessling", "PERSON")],
     [("Brelin Harbour Authority", "the northern pier at Saltmere would reopen on Friday"),
      ("Oda Kessling", "the ferries were running again")], "2026-05-02", "Saltmere Courier", "Northern pier to reopen"),
    ("The Port Office of Saltmere said repairs to the northern pier would take another week. "
     "Oda Kessling said she expected the pier to reopen soon.",
     [("Port Office of Saltmere", "ORG"), ("Saltmere", "GPE"), ("Oda Kessling", "PERSON")],
     [("Port Office of Saltmere", "repairs to the northern pier would take another week"),
      ("Oda Kessling", "she expected the pier to reopen soon")], "2026-05-03", "Coastline Wire", "Pier repairs to take a week"),
]


def build_team_home(home: Path, db: str | None = None) -> Settings:
    """The documents stored with their analyses and linked; no users yet (in ``db`` when given)."""
    settings = Settings.resolve(home, db)
    home.mkdir(parents=True, exist_ok=True)
    with Store(settings.store_location) as store:
        for text, ents, claims, published, outlet, headline in DOCS:
            entities = [{"name": n, "type": t, "mentions": find_mentions(text, [n])} for n, t in ents]
            cl = [{"speaker": s, "speaker_text": s, "cue": "said", "kind": "indirect", "content": c, "start": text.index(c),
                   "end": text.index(c) + len(c), "evidence": [], "stance": None} for s, c in claims]
            add_document(store, text, entities=entities, claims=cl, headline=headline, outlet=outlet, published=published)
        relink(store)
    return settings

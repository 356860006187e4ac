"""The same pages give the same analysis wherever they are read from (session 17, path17).

A journalist who ingests a folder from ``~/Downloads`` and a colleague who ingests the same files from
a share must get the same canonical entities, events, happenings, origins and relations: the file's
path is recorded as the document's provenance (``origin``) and must feed nothing else. The pages are
our own (``benchmarks/data/cyrillic-dev``, persons named there in Latin, Russian and Ukrainian forms),
copied into two folders whose paths differ in length, depth and names.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from claimgraph.ingest import Ingestor, analyse_pending
from claimgraph.settings import Settings

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "cyrillic-dev"
EVENTS = ("izmail-official-treason", "strike-lozova-apartment")


def _analysis(folder: Path, home: Path) -> tuple[dict[str, list[tuple]], list[str]]:
    """Ingest the pages under ``folder`` into ``home`` by the real pipeline: (every ``link_*`` table's
    rows, the documents' recorded origins)."""
    pages = sorted(str(p) for p in folder.rglob("*.txt"))
    ingestor = Ingestor(Settings(home=home))
    try:
        ingestor.run(pages)
        analyse_pending(ingestor.store)
        conn = ingestor.store.conn
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'link%' ORDER BY name")]
        rows = {}
        for t in tables:
            # when a document was extracted and linked is a clock reading, not analysis
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info({t})") if not c[1].endswith("_at")]
            rows[t] = sorted(tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {t}"))
        origins = [r[0] for r in conn.execute("SELECT origin FROM documents ORDER BY id")]
    finally:
        ingestor.close()
    return rows, origins


def test_one_page_set_read_from_two_folders_links_the_same():
    with tempfile.TemporaryDirectory() as tmp:
        short = Path(tmp) / "a"
        deep = Path(tmp) / "a much longer folder name" / "shared drive (copy)" / "pages for the desk"
        for folder in (short, deep):
            for ev in EVENTS:
                (folder / ev).mkdir(parents=True)
                for page in sorted((DATA / ev).glob("*.txt")):
                    shutil.copyfile(page, folder / ev / page.name)
        rows_short, origins_short = _analysis(short, Path(tmp) / "home-short")
        rows_deep, origins_deep = _analysis(deep, Path(tmp) / "home-deep")
    # the path stays the document's provenance ...
    assert origins_short and all(o.startswith(str(short)) for o in origins_short)
    assert all(o.startswith(str(deep)) for o in origins_deep)
    assert [Path(o).name for o in origins_short] == [Path(o).name for o in origins_deep]
    # ... and feeds nothing else: canonical entities, members, events, happenings, origins, relations
    assert rows_short["link_entities"], "the pages must give canonical entities to compare"
    assert rows_short["link_events"]
    for table in rows_short:
        assert rows_short[table] == rows_deep[table], table

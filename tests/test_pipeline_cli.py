"""End to end through the real CLI: ingest runs extraction and attribution and stores them;
``extract --json`` prints the same contract without touching the store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import REPO

ARTICLE = """Connect with us

Hi, what are you looking for?

World News

Ministry Denies Strike on Orlen Clinic as Witnesses Describe Night Attack

Residents of Orlen said a clinic was hit twice overnight.

Residents of the river town of Orlen said on Tuesday that a clinic was hit twice during the night, leaving at least nine people dead.

"We heard the first explosion at two in the morning, and then the roof came down," said Irena Palek, a nurse who was on duty.

The Ministry of Defence of Varnia denied that its forces had struck the clinic. In a statement, the ministry said that its units had targeted "a fuel depot" outside the town.

According to the regional health office, nine people were killed and fourteen wounded.

The Varnian general staff has yet to comment on the satellite images published by the monitoring group.

Advertisement

© 2026 The Northern Ledger
"""


def _write(tmp_path: Path) -> Path:
    src = tmp_path / "orlen.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    return src


def test_ingest_stores_article_entities_and_claims_with_offsets(cli, tmp_path):
    src = _write(tmp_path)
    done = cli("ingest", str(src))
    assert done.returncode == 0, done.stderr.decode()
    shown = cli("show", "1", "--json")
    assert shown.returncode == 0, shown.stderr.decode()
    doc = json.loads(shown.stdout)
    article = doc["article"]
    assert article["headline"] == "Ministry Denies Strike on Orlen Clinic as Witnesses Describe Night Attack"
    body = article["body"]
    assert "Advertisement" not in body and "Connect with us" not in body
    assert doc["claims"], "no claims stored"
    for claim in doc["claims"]:
        assert body[claim["start"]:claim["end"]] == claim["content"]
    kinds = {c["kind"] for c in doc["claims"]}
    assert "direct" in kinds and "no_comment" in kinds and "according_to" in kinds
    direct = next(c for c in doc["claims"] if c["kind"] == "direct")
    assert direct["speaker"] == "Irena Palek"
    names = {e["name"] for e in doc["entities"]}
    assert "Irena Palek" in names
    # The human-readable view lists the same claims.
    text = cli("show", doc["sha256"][:10]).stdout.decode()
    assert "Irena Palek" in text and "no_comment" in text


def test_extract_json_matches_schema_and_does_not_touch_the_store(cli, tmp_path, home):
    src = _write(tmp_path)
    out = cli("extract", str(src), "--json")
    assert out.returncode == 0, out.stderr.decode()
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert set(obj) >= {"source", "sha256", "article", "entities", "claims"}
    assert set(obj["article"]) >= {"headline", "author", "published", "section", "language", "body", "captions"}
    schema = json.loads((REPO / "docs" / "claims.schema.json").read_text())
    jsonschema.validate({"entities": obj["entities"], "claims": obj["claims"]}, schema)
    assert not home.exists(), "extract must not create a store"


def test_ingest_without_extraction_then_catch_up(cli, tmp_path):
    src = _write(tmp_path)
    assert cli("ingest", "--no-extract", str(src)).returncode == 0
    first = json.loads(cli("show", "1", "--json").stdout)
    assert "article" not in first and first["claims"] == []
    again = cli("ingest", str(src))
    assert again.returncode == 0
    assert b"already present: 1" in again.stdout
    second = json.loads(cli("show", "1", "--json").stdout)
    assert second["article"]["body"] and second["claims"]


def test_a_document_analysed_but_not_linked_is_linked_by_the_next_ingest(cli, tmp_path, home):
    """The state a kill between analysis and linking leaves behind is repaired by re-running."""
    import sqlite3

    src = _write(tmp_path)
    assert cli("ingest", str(src)).returncode == 0
    db = sqlite3.connect(home / "claimgraph.sqlite3")
    with db:
        assert db.execute("SELECT count(*) FROM link_documents").fetchone()[0] == 1
        db.execute("DELETE FROM link_documents")
    db.close()
    again = cli("ingest", str(src))
    assert again.returncode == 0, again.stderr.decode()
    db = sqlite3.connect(home / "claimgraph.sqlite3")
    assert db.execute("SELECT count(*) FROM link_documents").fetchone()[0] == 1
    db.close()
    events = cli("events", "--json")
    assert events.returncode == 0 and events.stdout.strip()


def test_show_refuses_odd_ids_with_one_line(cli, tmp_path):
    src = _write(tmp_path)
    assert cli("ingest", "--no-extract", str(src)).returncode == 0
    for ref in (str(2**64), "²", "1" * 40):
        out = cli("show", ref)
        assert out.returncode == 1, ref
        err = out.stderr.decode()
        assert err.startswith("claimgraph: ") and err.count("\n") == 1 and "Traceback" not in err, err
    assert cli("claims", "--event", str(2**64)).returncode == 2


def test_export_to_a_missing_directory_is_one_line_not_a_traceback(cli, tmp_path):
    src = _write(tmp_path)
    assert cli("ingest", "--no-extract", str(src)).returncode == 0
    out = cli("export", "--format", "csv", "--out", str(tmp_path / "missing" / "x.csv"))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert err.startswith("claimgraph: ") and "Traceback" not in err, err


def test_headline_claims_are_stored_and_shown(cli, tmp_path):
    headline = "‘We will hold the quay,’ says Selvik harbour master after the storm"
    page = (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            "<p>The harbour master of Selvik spent the night on the breakwater with his crew.</p>"
            "<p>Three fishing boats were torn from their moorings, the port authority said on Tuesday.</p>"
            "<p>Repairs to the outer wall will take several weeks, according to the authority's engineers.</p>"
            "</article></body></html>")
    src = tmp_path / "quay.html"
    src.write_text(page, encoding="utf-8")
    assert cli("ingest", str(src)).returncode == 0
    shown = json.loads(cli("show", "--json", "1").stdout)
    art = shown["article"]
    assert art["headline_claims"], "the headline's quote was not stored"
    h = art["headline_claims"][0]
    assert art["headline"][h["start"]:h["end"]] == h["content"] == "We will hold the quay"
    # body claims keep body offsets and do not include the headline's
    assert all(art["body"][c["start"]:c["end"]] == c["content"] for c in shown["claims"])
    text = cli("show", "1").stdout.decode()
    assert "headline claims (1, offsets into the headline)" in text and "We will hold the quay" in text


def test_reanalyse_extracts_again_and_relinks(cli, tmp_path):
    src = tmp_path / "report.txt"
    src.write_text("Flood in Selvik\n\nThe harbour master said three boats sank overnight in Selvik harbour. "
                   "The port authority said the outer wall would be repaired by May.\n", encoding="utf-8")
    assert cli("ingest", "--no-extract", str(src)).returncode == 0
    before = json.loads(cli("show", "--json", "1").stdout)
    assert "article" not in before or before["article"] is None
    out = cli("reanalyse")
    assert out.returncode == 0 and "analysed again and re-linked: 1 document(s)" in out.stdout.decode()
    first = json.loads(cli("show", "--json", "1").stdout)
    assert any("three boats sank" in c["content"] for c in first["claims"])
    # again, by id: the same analysis, the archive untouched
    assert cli("reanalyse", "1").returncode == 0
    again = json.loads(cli("show", "--json", "1").stdout)
    assert [c["content"] for c in again["claims"]] == [c["content"] for c in first["claims"]]
    assert cli("verify").returncode == 0
    bad = cli("reanalyse", "7")
    assert bad.returncode == 1 and bad.stderr.decode().startswith("claimgraph: ") and "Traceback" not in bad.stderr.decode()


def test_reanalyse_twice_leaves_the_links_as_they_were(cli, home):
    """Re-analysed documents are re-linked together: the same events and relations every time."""
    corpus = Path(__file__).resolve().parent.parent / "examples" / "corpus"
    assert cli("ingest", str(corpus)).returncode == 0

    def counts():
        out = cli("summary").stdout.decode()
        return re.search(r"Links across .*", out).group(0)

    first = counts()
    assert cli("reanalyse").returncode == 0
    assert counts() == first
    assert cli("reanalyse").returncode == 0
    assert counts() == first


def test_ls_and_search_show_an_unknown_outlet_the_same_way(cli, tmp_path):
    # 'search' showed '[?]' where 'ls' left the column blank and 'show' said '(unknown)'
    known = _write(tmp_path)
    unknown = tmp_path / "ferry.txt"
    unknown.write_text("The harbour master said the ferry to Orlen would sail again on Monday.\n", encoding="utf-8")
    assert cli("ingest", "--no-extract", str(known), str(unknown)).returncode == 0
    listed = {ln.split()[0]: ln for ln in cli("ls").stdout.decode().splitlines()}
    found = cli("search", "Orlen").stdout.decode().splitlines()
    shown = cli("show", "2").stdout.decode()
    assert "outlet:   (unknown)" in shown
    assert "(unknown)" in listed["2"] and "(unknown)" not in listed["1"]
    hit = [ln for ln in found if ln.split()[0] == "2"]
    assert len(hit) == 1 and hit[0].endswith("[(unknown)]"), found
    assert [ln for ln in found if ln.split()[0] == "1"][0].endswith("[The Northern Ledger]"), found


def test_a_file_with_a_stretch_not_in_utf8_is_stored_with_a_note(cli, tmp_path):
    # was: rejected as "undecodable bytes: no text encoding fits", the whole document lost
    src = tmp_path / "pasted.txt"
    src.write_bytes("Мэр Орлена заявил, что паром выйдет в понедельник.\n".encode("utf-8")
                    + "Голова громади повідомив про ремонт.\n".encode("cp1251")
                    + "Ремонт продлится неделю.\n".encode("utf-8"))
    r = cli("ingest", "--no-extract", str(src))
    assert r.returncode == 0, r.stdout.decode()
    out = r.stdout.decode().splitlines()
    assert "  added: 1 (1 text)" in out
    notes = [ln for ln in out if ln.startswith(f"  read in part {src}: ")]
    assert len(notes) == 1 and "31 bytes" in notes[0] and "not UTF-8" in notes[0], out
    shown = json.loads(cli("show", "1", "--json").stdout)
    assert shown["encoding"] == "utf-8" and shown["text"].endswith("Ремонт продлится неделю.\n")
    assert "31 bytes" in cli("show", "1").stdout.decode()


# Two reports we wrote of one fictional sawmill fire: "two of the 14 injured remain in hospital" is no other count of
# the injured, but the rules read "wounded figure 14 vs 2"; the learned pair model's veto drops that contradiction.
SAWMILL_PAGES = {
    "brenn-a.txt": "Fire at Brenn sawmill: two workers still in hospital\n\nLorvik Herald\n\n"
                   "BRENN, March 17, 2026 — Moldova's Interior Ministry said on Tuesday that two of the 14 injured "
                   "workers remain in hospital in Brenn.\n\nThe fire broke out at the sawmill on Monday night, the ministry said.\n",
    "brenn-b.txt": "Three dead in Brenn sawmill fire\n\nKestrel Wire\n\n"
                   "BRENN, March 17, 2026 — Moldova's Health Ministry said on Tuesday that three workers were killed and "
                   "14 injured in the Brenn sawmill fire.\n\nFirefighters worked through the night, the ministry said.\n",
}


def _contradictions(home: Path, db: str | None) -> list[str]:
    from claimgraph.settings import Settings
    from claimgraph.store import Store
    from claimgraph.store import links as link_db

    with Store(Settings.resolve(home, db).store_location) as store:
        return sorted(r["reason"] for r in link_db.relations(store) if r["type"] == "contradicts")


def _ingest_sawmill(cli, tmp_path: Path, *flags: str) -> None:
    paths = []
    for name, text in SAWMILL_PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    done = cli("ingest", *paths, *flags)
    assert done.returncode == 0, done.stderr.decode()


def test_the_learned_pairs_switch_reaches_relink_and_reanalyse(cli, tmp_path, home, db):
    _ingest_sawmill(cli, tmp_path, "--learned-pairs", "on")
    assert _contradictions(home, db) == []   # vetoed at ingest
    # a vetoed contradiction does not come back when every link is rebuilt with the switch on
    assert cli("relink", "--all", "--learned-pairs", "on").returncode == 0
    assert _contradictions(home, db) == []
    assert cli("reanalyse", "--learned-pairs", "on").returncode == 0
    assert _contradictions(home, db) == []
    # the switch is per command, not stored in the home: without it, the rules' contradiction is back
    assert cli("relink", "--all").returncode == 0
    assert _contradictions(home, db) == ["wounded figure 14 vs 2"]
    assert cli("relink", "--all", "--learned-pairs", "on").returncode == 0
    assert _contradictions(home, db) == []
    assert cli("reanalyse", "1").returncode == 0
    assert _contradictions(home, db) == ["wounded figure 14 vs 2"]


def test_the_api_reanalyse_links_with_the_servers_learned_pairs_setting(cli, tmp_path, home, db):
    from starlette.testclient import TestClient

    from claimgraph.api.cli import _build
    from claimgraph.settings import Settings
    from claimgraph.store import Store
    from claimgraph.team import add_user, create_token

    _ingest_sawmill(cli, tmp_path)
    assert _contradictions(home, db) == ["wounded figure 14 vs 2"]   # off by default
    with Store(Settings.resolve(home, db).store_location) as store:
        add_user(store, "ines", "editor")
        editor = {"Authorization": f"Bearer {create_token(store, 'ines')[1]}"}
    # what 'serve --learned-pairs on' and plain 'serve' build (a host that takes any Host header, for the test client)
    config = {"home": str(home), "db": db, "allow_ingest": False, "token": None, "host": "0.0.0.0", "port": 8765}
    on = TestClient(_build({**config, "learned_pairs": True}))
    assert on.post("/api/documents/2/reanalyse", headers=editor).status_code == 200
    assert _contradictions(home, db) == []
    off = TestClient(_build(config))
    assert off.post("/api/documents/2/reanalyse", headers=editor).status_code == 200
    assert _contradictions(home, db) == ["wounded figure 14 vs 2"]


@pytest.mark.slow
def test_ingest_on_ray_passes_the_learned_pairs_switch_to_its_linking(cli, tmp_path, home, db):
    # the driver links what Ray analysed: with the switch on, in the same regime as the local path
    _ingest_sawmill(cli, tmp_path, "--learned-pairs", "on", "--processes", "1", "--ray")
    assert _contradictions(home, db) == []
    assert cli("relink", "--all").returncode == 0
    assert _contradictions(home, db) == ["wounded figure 14 vs 2"]

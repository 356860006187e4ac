"""Regenerates docs/screenshots/*.png from the demo corpus (opt-in: it rewrites files in docs/).

    CLAIMGRAPH_SCREENSHOTS=docs/screenshots .venv/bin/python -m pytest tests/test_browser_screenshots.py

Ingests examples/corpus with the real CLI into a temp home, links it when the linking stage is
present, serves it with the real ``claimgraph serve`` and photographs the main views at laptop
and phone width.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from conftest import CORPUS, REPO
from test_browser import make_driver, quit_driver, serve
from xss.corpus import run_cli

OUT = os.environ.get("CLAIMGRAPH_SCREENSHOTS")


@pytest.mark.skipif(not OUT, reason="opt-in: set CLAIMGRAPH_SCREENSHOTS=docs/screenshots to regenerate the screenshots")
def test_screenshots(tmp_path):
    out = Path(OUT) if Path(OUT).is_absolute() else REPO / OUT
    out.mkdir(parents=True, exist_ok=True)
    home = tmp_path / "home"
    done = run_cli(home, "ingest", str(CORPUS))
    assert done.returncode == 0, done.stderr.decode()
    try:
        from claimgraph.link import link_pending
        from claimgraph.store import Store

        with Store(home / "claimgraph.sqlite3") as store:
            link_pending(store)
    except ImportError:
        pass
    with serve(home) as base:
        claims = httpx.get(base + "/api/claims?limit=500").json()["items"]
        quoted = next(c for c in claims if c["kind"] == "direct" and c["evidence"]) if any(
            c["kind"] == "direct" and c["evidence"] for c in claims) else claims[0]
        events = httpx.get(base + "/api/events").json()
        top = httpx.get(base + "/api/entities?type=PERSON").json()["items"][0]["name"]
        views = {
            "overview": "/",
            "search": "/search?q=hospital",
            "document": f"/documents/{quoted['document_id']}",
            "claim": f"/claims/{quoted['id']}",
            "entity": "/entity?" + str(httpx.QueryParams({"name": top})),
            "timeline": f"/events/{max(events, key=lambda e: e['claims'])['id']}" if events else "/timeline",
        }
        if events:
            views["contested"] = "/contested"
            views["legal"] = "/legal"
        d = make_driver(1280, 1000)
        try:
            for name, path in views.items():
                d.get(base + path)
                if name == "claim":
                    d.execute_script("document.getElementById('source').scrollIntoView()")
                d.save_screenshot(str(out / f"{name}.png"))
        finally:
            quit_driver(d)
        m = make_driver(390, 844)
        try:
            for name in ("document", "claim"):
                m.get(base + views[name])
                m.save_screenshot(str(out / f"{name}-phone.png"))
        finally:
            quit_driver(m)

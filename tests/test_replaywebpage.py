"""An exported evidence bundle opens in ReplayWeb.page (issue 14): Webrecorder's own viewer, the
npm package ``replaywebpage`` (pinned in tests/replay/package-lock.json, installed by
``make test`` where node and npm exist), served with the bundle from a loopback HTTP server and
run in headless Chromium. Its service worker reads the WACZ in the browser; the test reads the
text of the page it replays inside its frames.

Skips, saying why, where the package or Chromium is missing.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import REPO
from test_browser import make_driver, quit_driver
from test_bundle import NOTE, STORY_URL, _story_warc

VIEWER = REPO / "tests" / "replay" / "node_modules" / "replaywebpage"

#: The text of every document inside the viewer's frames and shadow roots (the replayed page is
#: an iframe in an iframe; same origin, so readable).
_DEEP_TEXT = """
const out = [];
function visit(root) {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) visit(el.shadowRoot);
    if (el.tagName === 'IFRAME') {
      let doc = null;
      try { doc = el.contentDocument; } catch (e) { doc = null; }
      if (doc && doc.body) { out.push({url: doc.location.href, text: doc.body.innerText}); visit(doc); }
    }
  }
}
visit(document);
return out;
"""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def replay_site(tmp_path_factory):
    """The viewer and a bundle of two documents (a page captured from a URL, a text file), served
    on 127.0.0.1 (a secure context, as service workers need)."""
    if not (VIEWER / "ui.js").is_file() or not (VIEWER / "sw.js").is_file():
        pytest.skip(f"ReplayWeb.page is not installed in {VIEWER.parent}: `make test` installs it with "
                    "`npm ci` in tests/replay where node and npm exist (here they are missing, or the install failed)")
    import json
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("replaywebpage")
    src = root / "in"
    src.mkdir()
    _story_warc(src / "story.warc.gz")
    (src / "note.txt").write_text(NOTE, encoding="utf-8")
    home = root / "home"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "claimgraph", "--home", str(home), *args], capture_output=True, timeout=600)

    assert cli("ingest", "--no-extract", str(src)).returncode == 0
    site = root / "site"
    (site / "replay").mkdir(parents=True)
    r = cli("export", "--format", "wacz", "--out", str(site / "bundle.wacz"))
    assert r.returncode == 0, r.stderr.decode()
    assert len([json.loads(line) for line in cli("ls", "--json").stdout.decode().splitlines()]) == 2
    # The viewer's own layout: ui.js beside the page, its service worker under replay/.
    shutil.copyfile(VIEWER / "ui.js", site / "ui.js")
    shutil.copyfile(VIEWER / "ui.js", site / "replay" / "ui.js")
    shutil.copyfile(VIEWER / "sw.js", site / "replay" / "sw.js")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield {"base": f"http://127.0.0.1:{server.server_address[1]}", "site": site}
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def driver():
    d = make_driver()
    yield d
    quit_driver(d)


def _embed(site: Path, name: str, url: str) -> str:
    """A page that embeds the viewer on the bundle at ``url`` (attributes are ours, not page text)."""
    (site / name).write_text(
        '<!doctype html><html><head><meta charset="utf-8"><script src="./ui.js"></script></head><body>'
        f'<replay-web-page style="display:block;height:700px" source="bundle.wacz" url="{url}"></replay-web-page>'
        "</body></html>", encoding="utf-8")
    return name


def _replayed_text(driver, base: str, page: str, wanted: str, timeout: float = 90) -> list[dict]:
    """Open the page and wait (bounded) until some frame holds ``wanted``; the frames' texts."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{base}/{page}")
    frames: list[dict] = []

    def ready(d) -> bool:
        frames[:] = d.execute_script(_DEEP_TEXT) or []
        return any(wanted in f["text"] for f in frames)

    for attempt in range(2):
        try:
            WebDriverWait(driver, timeout, poll_frequency=0.5).until(ready)
            break
        except TimeoutException:
            # on a cold start the viewer may stay on its own "loading … reload" page while its
            # service worker installs: one reload, as a person would (seen once on a loaded machine)
            if attempt == 0:
                driver.refresh()
    return frames


def test_the_bundles_captured_page_replays_in_replaywebpage(driver, replay_site):
    base, site = replay_site["base"], replay_site["site"]
    frames = _replayed_text(driver, base, _embed(site, "story.html", STORY_URL), "Mira Falk")
    replayed = [f for f in frames if "/replay/w/" in f["url"] and f["url"].endswith(STORY_URL)]
    assert replayed, [(f["url"], f["text"][:200]) for f in frames]
    text = replayed[0]["text"]
    assert "The harbour master of Tessaly, Mira Falk, said on Monday" in text
    assert "Orvane Lines denied" in text
    # Replayed at its capture time, from the bundle (not the live web: nothing else is reachable).
    assert "20260302081500" in replayed[0]["url"]


def test_a_document_without_a_url_replays_under_its_sha256(driver, replay_site):
    base, site = replay_site["base"], replay_site["site"]
    urn = "urn:sha256:" + hashlib.sha256(NOTE.encode()).hexdigest()
    frames = _replayed_text(driver, base, _embed(site, "note.html", urn), "water board of Orvane")
    replayed = [f for f in frames if f["url"].endswith(urn)]
    assert replayed and " ".join(replayed[0]["text"].split()) == " ".join(NOTE.split())


def test_a_page_not_in_the_bundle_is_not_found_there(driver, replay_site):
    """Negative control: the same check on a URL the bundle does not hold sees the viewer's
    'not found' page, and none of the story's words."""
    base, site = replay_site["base"], replay_site["site"]
    missing = "https://news.example.org/2026/03/not-in-the-bundle.html"
    frames = _replayed_text(driver, base, _embed(site, "missing.html", missing), "Archived Page Not Found")
    assert any("Archived Page Not Found" in f["text"] for f in frames), [(f["url"], f["text"][:200]) for f in frames]
    assert not any("Mira Falk" in f["text"] for f in frames)

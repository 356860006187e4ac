"""The web UI in a real headless Chromium, against a real ``claimgraph serve`` subprocess.

Needs Debian's ``chromium`` and ``chromium-driver`` (``make browser-deps``); skips with a clear
message where they are missing. The browser talks to 127.0.0.1 only; selenium uses the system
chromedriver, so nothing is downloaded.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from xss.corpus import build_hostile, build_hostile_extracted, build_sample

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(home: Path, *extra: str):
    """Run ``claimgraph serve`` for real on a free loopback port; yields its base URL."""
    port = _free_port()
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "claimgraph", "serve", "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError("claimgraph serve exited: " + proc.stderr.read().decode(errors="replace"))
            try:
                # 401: up, and asking for a token (a store with users)
                if httpx.get(base + "/api/status", timeout=2).status_code in (200, 401):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("claimgraph serve did not come up within 30 s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def make_driver(width: int = 1280, height: int = 900):
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip(f"browser tests need {CHROMIUM} and {CHROMEDRIVER} (Debian packages chromium, chromium-driver): "
                    "run 'make browser-deps'")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="claimgraph-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    except Exception as exc:  # a broken install must say so, not pass silently
        shutil.rmtree(profile, ignore_errors=True)
        pytest.fail(f"could not start headless Chromium: {exc}")
    driver.set_page_load_timeout(30)
    driver._claimgraph_profile = profile  # noqa: SLF001
    return driver


def quit_driver(driver) -> None:
    driver.quit()
    shutil.rmtree(getattr(driver, "_claimgraph_profile", ""), ignore_errors=True)


@pytest.fixture(scope="module")
def driver():
    d = make_driver()
    yield d
    quit_driver(d)


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("browser-sample") / "home"
    build_sample(home)
    with serve(home) as base:
        yield base


@pytest.fixture(scope="module", params=["handmade", "extracted"])
def hostile_server(request, tmp_path_factory):
    """The XSS corpus ingested by the real CLI: with a hand-written all-payload analysis, or as
    the real extractor reads it."""
    home = tmp_path_factory.mktemp("browser-hostile") / "home"
    (build_hostile if request.param == "handmade" else build_hostile_extracted)(home)
    with serve(home) as base:
        yield base


def wait_for_url(driver, fragment: str, timeout: float = 15) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: fragment in d.current_url and
                                         d.execute_script("return document.readyState") == "complete")


def assert_no_script_ran(driver, url: str) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        raise AssertionError(f"an alert was opened on {url}: {text!r}")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return typeof window.__xss") == "undefined", f"a payload ran on {url}"
    assert driver.execute_script("return typeof window.top.__xss") == "undefined", f"a payload ran on {url}"
    # The payloads set document.title to 'PWNED'; the title must still be the one the server sent.
    page = httpx.get(driver.current_url)
    csp = page.headers.get("content-security-policy", "")
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp, f"no strict CSP on {url}"
    assert page.headers.get("x-content-type-options") == "nosniff"
    served = re.search(r"<title>(.*?)</title>", page.text, re.S)
    expected = " ".join(html.unescape(served.group(1)).split()) if served else ""
    assert driver.title == expected, f"document.title was changed on {url}: {driver.title!r}"
    assert driver.title != "PWNED"


# ---------------------------------------------------------------------------------------------


def test_search_open_claim_and_follow_it_to_the_highlighted_source(driver, sample_server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.get(sample_server + "/")
    assert driver.title == "Overview · claimgraph"
    # Keyboard: "/" focuses the search box; type and submit.
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    active = driver.switch_to.active_element
    assert active.get_attribute("name") == "q"
    active.send_keys("roof", Keys.ENTER)
    wait_for_url(driver, "/search?q=roof")
    marks = driver.find_elements(By.CSS_SELECTOR, ".snippet mark")
    assert marks and marks[0].text.lower() == "roof"
    # The claim containing the word is listed; open it.
    driver.find_element(By.CSS_SELECTOR, "#claimhits ~ .claimcard blockquote a").click()
    wait_for_url(driver, "/claims/")
    quote = driver.find_element(By.CSS_SELECTOR, ".bigquote").text
    assert quote.startswith("We heard the first explosion")
    # Its exact characters, highlighted in the archived source, with the SHA-256 and capture.
    mark = driver.find_element(By.CSS_SELECTOR, "pre.source mark#hl")
    assert mark.text == quote
    sha = driver.find_element(By.ID, "sha").text
    assert len(sha) == 64
    assert "verified" in driver.find_element(By.ID, "source").text
    assert "lantern-orlen-clinic.txt" in driver.find_element(By.CSS_SELECTOR, "table.captures").text
    # Follow it to the full source view: the same characters are highlighted there.
    driver.find_element(By.PARTIAL_LINK_TEXT, "Open the whole source").click()
    wait_for_url(driver, f"/source/{sha}")
    assert driver.find_element(By.CSS_SELECTOR, "pre.source mark#hl").text == quote
    # And the bytes the server hands out hash to that SHA-256.
    import hashlib

    raw = httpx.get(f"{sample_server}/api/sources/{sha}").content
    assert hashlib.sha256(raw).hexdigest() == sha


def test_document_view_highlights_claims_and_links_them(driver, sample_server):
    from selenium.webdriver.common.by import By

    driver.get(sample_server + "/documents/1")
    highlighted = driver.find_elements(By.CSS_SELECTOR, ".articletext a.hl.claim")
    assert len({h.get_attribute("data-claim") for h in highlighted}) == 3
    assert driver.find_elements(By.CSS_SELECTOR, ".articletext .hl.evidence")
    assert driver.find_elements(By.CSS_SELECTOR, ".articletext .hl.entity")
    # Keyboard: Tab reaches a claim in the text, Enter opens it.
    first = highlighted[0]
    first.send_keys("\n")
    wait_for_url(driver, "/claims/")
    assert_no_script_ran(driver, driver.current_url)


def test_pages_are_usable_at_phone_width(sample_server):
    from selenium.webdriver.common.by import By

    d = make_driver(390, 844)
    try:
        for path in ("/", "/documents/1", "/claims/1", "/timeline", "/entity?name=Irena%20Palek"):
            d.get(sample_server + path)
            overflow = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} scrolls sideways at phone width ({overflow}px)"
            assert d.find_element(By.TAG_NAME, "h1").is_displayed()
    finally:
        quit_driver(d)


HOSTILE_PAGES = ["/", "/search?q=window", "/search?q=script", "/documents", "/claims", "/entities", "/timeline", "/api"]


def test_no_payload_runs_anywhere_in_the_hostile_corpus(driver, hostile_server):
    status = httpx.get(hostile_server + "/api/status").json()
    assert status["claims"] >= 4
    urls = list(HOSTILE_PAGES)
    docs = httpx.get(hostile_server + "/api/documents").json()["items"]
    assert len(docs) >= 4  # the HTML page, the text page, and the Telegram messages
    for d in docs:
        urls.append(f"/documents/{d['id']}")
        urls.append(f"/source/{d['sha256']}")
    for c in httpx.get(hostile_server + "/api/claims?limit=500").json()["items"]:
        urls.append(f"/claims/{c['id']}")
        if c["speaker"]:
            urls.append("/entity?" + httpx.QueryParams({"name": c["speaker"]}).__str__())
    seen = 0
    for url in dict.fromkeys(urls):
        driver.get(hostile_server + url)
        assert_no_script_ran(driver, url)
        seen += 1
    # Also hover and focus every highlighted span on a document page (event-handler payloads).
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.get(hostile_server + f"/documents/{docs[0]['id']}")
    for el in driver.find_elements(By.CSS_SELECTOR, ".hl, .badge, blockquote")[:40]:
        ActionChains(driver).move_to_element(el).perform()
    assert_no_script_ran(driver, "hovered document page")
    assert seen >= 25


def test_the_detector_catches_a_payload_that_does_run(driver, sample_server):
    """Negative control: on a page without our CSP, the same kind of payload runs and is caught."""
    driver.get(sample_server + "/")
    driver.execute_script("window.__xss = 1")
    with pytest.raises(AssertionError, match="a payload ran"):
        assert_no_script_ran(driver, "/ (with a payload run by hand)")
    driver.get(sample_server + "/")
    driver.execute_script("document.title = 'PWNED'")
    with pytest.raises(AssertionError, match="title was changed"):
        assert_no_script_ran(driver, "/ (title changed by hand)")
    driver.get(sample_server + "/")
    driver.execute_script("setTimeout(function () { alert('xss'); }, 0)")
    time.sleep(0.3)
    with pytest.raises(AssertionError, match="an alert was opened"):
        assert_no_script_ran(driver, "/ (alert opened by hand)")


@pytest.fixture(scope="module")
def contested_server(tmp_path_factory):
    """Reports we wrote, linked: two accounts of where a helicopter landed and how many shots were
    fired, one with a hostile speaker name and words, and a later report recapping two tolls."""
    from linkdata import build_contested

    home = build_contested(tmp_path_factory.mktemp("browser-contested") / "home")
    with serve(home) as base:
        yield base


def test_contested_points_per_happening_with_their_sides(driver, contested_server):
    from selenium.webdriver.common.by import By

    driver.get(contested_server + "/")
    assert "where it landed" in driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby=contested-h]").text
    driver.find_element(By.LINK_TEXT, "Every contested point with its claims").click()
    wait_for_url(driver, "/contested")
    assert_no_script_ran(driver, "/contested")
    happenings = driver.find_elements(By.CSS_SELECTOR, "section.happening")
    assert len(happenings) == 2
    assert "earlier happening" in happenings[1].find_element(By.TAG_NAME, "h2").text
    assert "2026-08-24 – 2026-08-25" in happenings[0].text
    point = next(p for p in happenings[0].find_elements(By.CSS_SELECTOR, "section.point")
                 if p.find_element(By.TAG_NAME, "h3").text.startswith("where it landed"))
    sides = {s.find_element(By.TAG_NAME, "h4").text: s.text for s in point.find_elements(By.CSS_SELECTOR, ".side")}
    assert set(sides) == {"landed Poltava air base", "landed Kharkiv region"}
    assert "Defence Directorate" in sides["landed Poltava air base"]
    # the hostile speaker name and words are shown as text, not run
    assert "Ivo Dran <img src=x onerror=window.__xss=2>" in sides["landed Kharkiv region"]
    assert "<script>window.__xss=1</script>" in sides["landed Kharkiv region"]
    # the reason opens on demand
    reason = point.find_element(By.CSS_SELECTOR, "details.reason")
    reason.find_element(By.TAG_NAME, "summary").click()
    assert "landed at Poltava air base" in reason.find_element(By.TAG_NAME, "li").text
    assert "independent origins" in reason.text
    assert_no_script_ran(driver, "/contested")

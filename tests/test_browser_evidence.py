"""Evidence in a real headless Chromium: a PDF report's claim shown on its page with its characters,
and a document's custody record, as `claimgraph serve` renders them (issue 14).

The home is made by the real CLI from the demo's PDF report (written for the demo by
examples/build_evidence.py) and a text page of our own; the browser helpers are those of
tests/test_browser.py (skips where Chromium or chromedriver is missing).
"""

from __future__ import annotations

import json
import re
import shutil

import httpx
import pytest

from conftest import CORPUS
from test_browser import make_driver, quit_driver, serve, wait_for_url

NOTE = ("The ferry company of Brill said its evening crossing would resume on Friday.\n\n"
        "Passengers told reporters that the morning boat had been full for a week.\n")


@pytest.fixture(scope="module")
def evidence(tmp_path_factory):
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("browser-evidence")
    src = root / "in"
    src.mkdir()
    shutil.copyfile(CORPUS / "northlight-novyi-veles-report.pdf", src / "report.pdf")
    (src / "note.txt").write_text(NOTE, encoding="utf-8")
    home = root / "home"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "claimgraph", "--home", str(home), *args], capture_output=True, timeout=600)

    r = cli("ingest", str(src))
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
    docs = [json.loads(line) for line in cli("ls", "--json").stdout.decode().splitlines()]
    pdf = next(d for d in docs if d["kind"] == "pdf")
    custody = [json.loads(line) for line in cli("custody", pdf["sha256"], "--json").stdout.decode().splitlines()]
    everything = [json.loads(line) for line in cli("custody", "--json").stdout.decode().splitlines()]
    with serve(home) as base:
        yield {"base": base, "home": home, "pdf": pdf, "custody": custody, "all_entries": everything}


@pytest.fixture(scope="module")
def driver():
    d = make_driver()
    yield d
    quit_driver(d)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_claim_of_a_pdf_report_shows_its_page_and_characters(driver, evidence):
    from selenium.webdriver.common.by import By

    from claimgraph.settings import Settings
    from claimgraph.store import Store

    base, pdf = evidence["base"], evidence["pdf"]
    claims = httpx.get(f"{base}/api/documents/{pdf['id']}").json()["claim_list"]
    located = [(c, httpx.get(f"{base}/api/claims/{c['id']}").json()["source"]) for c in claims]
    # A claim past the first page, so that the page number is not the default.
    claim, source = next((c, s) for c, s in located if s and s["page"] and s["page"] > 1)

    driver.get(f"{base}/claims/{claim['id']}")
    shown = driver.find_element(By.CSS_SELECTOR, "dd.pdfpage").text
    m = re.fullmatch(r"page (\d+), characters (\d+)–(\d+) of that page’s text", shown)
    assert m, shown
    page, start, end = (int(g) for g in m.groups())
    assert (page, start, end) == (source["page"], source["page_start"], source["page_end"])
    quote = driver.find_element(By.CSS_SELECTOR, ".bigquote").text
    assert quote and _flat(driver.find_element(By.CSS_SELECTOR, "pre.source mark#hl").text) == _flat(quote)
    assert "the archived bytes are the PDF itself" in driver.find_element(By.ID, "source").text
    # The numbers on the screen point at those very characters of that page of the text layer.
    with Store(Settings.resolve(evidence["home"]).db_path) as store:
        doc = store.document_by_id(pdf["id"])
    page_start, page_end = doc.metadata["pages"][page - 1]
    assert _flat(doc.source_text[page_start:page_end][start:end]) == _flat(quote)

    # The document's page says it is a PDF of so many pages, and lists the claim.
    driver.find_element(By.CSS_SELECTOR, "nav.crumbs a").click()
    wait_for_url(driver, f"/documents/{pdf['id']}")
    pages = len(doc.metadata["pages"])
    assert driver.find_element(By.CSS_SELECTOR, ".pdfinfo").text.startswith(f"PDF · {pages} pages")
    assert pages >= page
    assert driver.find_elements(By.CSS_SELECTOR, f'.claimlist a[href="/claims/{claim["id"]}"]')


def test_the_document_page_shows_its_custody_record(driver, evidence):
    from selenium.webdriver.common.by import By

    base, pdf, expected = evidence["base"], evidence["pdf"], evidence["custody"]
    assert len(evidence["all_entries"]) > len(expected)  # the text page has entries of its own, not shown here
    driver.get(f"{base}/documents/{pdf['id']}")
    record = driver.find_element(By.ID, "custody")
    summary = record.find_element(By.TAG_NAME, "summary")
    assert summary.text == f"Custody record: {len(expected)} entries"
    rows = record.find_elements(By.CSS_SELECTOR, "table.custody-log tbody tr")
    assert not any(r.is_displayed() for r in rows)  # folded until asked for
    summary.click()
    cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")] for r in rows]
    assert all(r.is_displayed() for r in rows)
    assert [(int(c[0]), c[2]) for c in cells] == [(e["seq"], e["action"]) for e in expected]
    assert [c[2] for c in cells][:3] == ["captured", "ingested", "analysed"]
    assert all(c[5] == "valid" for c in cells)
    assert all(e["user"] in c[3] and e["tool"] in c[3] for c, e in zip(cells, expected))
    assert "report.pdf" in cells[0][4]

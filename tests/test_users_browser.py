"""The decision log in a real headless Chromium against a real ``claimgraph serve`` with users:
sign in with a token, see an API merge in the entity page's log, merge through the page's form."""

from __future__ import annotations

import httpx
import pytest

from claimgraph.store import Store
from claimgraph.team import add_user, create_token
from teamdata import build_team_home
from test_browser import make_driver, quit_driver, serve, wait_for_url


@pytest.fixture
def driver():
    d = make_driver()
    yield d
    quit_driver(d)


def _text(driver) -> str:
    """The page's text, read in one script call so no element handle can outlive its document;
    empty while a submitted form replaces the page under the wait (Chromium then reports the old
    node as stale or as "not in the document": polled again, not an error)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        return driver.execute_script("return document.body ? document.body.innerText : ''") or ""
    except StaleElementReferenceException:
        return ""
    except WebDriverException as error:
        if "does not belong to the document" in str(error) or "No node with given id" in str(error):
            return ""
        raise


def test_decision_log_on_the_entity_page_after_a_merge(driver, home):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    settings = build_team_home(home)
    with Store(settings.db_path) as store:
        add_user(store, "ines", "editor")
        _id, token = create_token(store, "ines")
    with serve(home) as base:
        # an editor merges through the API ...
        r = httpx.post(f"{base}/api/entities/merge", json={"a": "Brelin Harbour Authority", "b": "Port Office of Saltmere"},
                       headers={"Authorization": f"Bearer {token}"}, timeout=60)
        assert r.status_code == 200, r.text
        kept = r.json()["entity"]["name"]

        # ... and in the browser, the page asks for a token first
        driver.get(f"{base}/entity?name=Port%20Office%20of%20Saltmere")
        assert "Sign in" in driver.title and not driver.find_elements(By.CSS_SELECTOR, "table.decision-log")
        driver.find_element(By.ID, "token").send_keys(token)
        driver.find_element(By.CSS_SELECTOR, "form.login button").click()
        WebDriverWait(driver, 15).until(lambda d: "Signed in as" in _text(d))
        cookie = driver.get_cookie("claimgraph_session")
        assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"
        assert driver.execute_script("return document.cookie") == ""   # no script can read the session

        driver.get(f"{base}/entity?name=Port%20Office%20of%20Saltmere")
        wait_for_url(driver, "/entity")
        assert driver.find_element(By.TAG_NAME, "h1").text == kept
        rows = driver.find_elements(By.CSS_SELECTOR, "table.decision-log tbody tr")
        assert len(rows) == 1
        cells = [c.text for c in rows[0].find_elements(By.TAG_NAME, "td")]
        assert cells[1] == "ines (api)" and cells[2] == "merge"
        assert "Brelin Harbour Authority" in cells[3] and "Port Office of Saltmere" in cells[3]

        # merge through the page's own form (a cookie session with its CSRF token)
        driver.find_element(By.ID, "merge-b").send_keys("Oda Kessling")
        driver.find_element(By.CSS_SELECTOR, "form.merge button").click()
        WebDriverWait(driver, 15).until(lambda d: "cannot merge" in _text(d))   # a PERSON is not an ORG: said plainly
        assert len(driver.find_elements(By.CSS_SELECTOR, "table.decision-log tbody tr")) == 1
        driver.get(f"{base}/entity?name=Saltmere")
        wait_for_url(driver, "/entity")
        assert "No merge, split, upload or re-analysis has been recorded here." in driver.find_element(By.ID, "decisions").get_attribute("textContent")

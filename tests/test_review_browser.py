"""End-to-end test of the review page in real headless Chromium (Selenium).

Needs Debian's `chromium` and `chromium-driver` packages (/usr/bin/chromium, /usr/bin/chromedriver).
Without them the test is skipped on a developer machine but FAILS under CI=true, so CI cannot go
green without running it. Set HIJACKWATCH_DOCS_SCREENSHOT=1 to refresh docs/review-page.png.
"""

from __future__ import annotations

import os
import shutil
import urllib.parse
from pathlib import Path

import pytest

from bot.review import web
from tests.test_review_web import HOSTILE, TOKEN, seed_review_db, status_of

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
DOCS_SHOT = Path(__file__).resolve().parent.parent / "docs" / "review-page.png"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--window-size=1280,1000")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _require_browser() -> None:
    """Skip when Chromium or Selenium is missing locally; fail under CI, where it must be installed."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    if not missing:
        return
    msg = f"browser test needs {', '.join(missing)} (apt-get install -y chromium chromium-driver)"
    if _in_ci():
        pytest.fail(msg)
    pytest.skip(msg)


@pytest.fixture
def driver(tmp_path):
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        opts.add_argument(flag)
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    opts.add_argument(f"--user-data-dir={profile}")
    drv = webdriver.Chrome(options=opts, service=Service(executable_path=str(CHROMEDRIVER)))
    drv.set_page_load_timeout(30)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def site(tmp_path):
    db = tmp_path / "browser.db"
    ids = seed_review_db(db)
    server, runner = web.make_server(db, host="127.0.0.1", port=0, token=TOKEN)
    with runner:
        yield server.url, db, ids


def _no_dialog(drv) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        drv.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def _screenshot(drv, path: Path) -> Path:
    """A PNG of the whole page (the window is grown to the document's height first)."""
    height = drv.execute_script("return document.documentElement.scrollHeight")
    drv.set_window_size(1280, min(int(height) + 200, 4000))  # the window's frame eats some of the height
    path.parent.mkdir(parents=True, exist_ok=True)
    assert drv.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    return path


def _click_and_wait(drv, element) -> None:
    """Click, then wait until the next page has replaced this one (a click does not wait for it)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    old = drv.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(drv, 15).until(ec.staleness_of(old))
    WebDriverWait(drv, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _login(drv, base: str) -> None:
    from selenium.webdriver.common.by import By

    drv.get(base + "/")
    assert drv.current_url.endswith("/login")  # not logged in: sent to the login form
    drv.find_element(By.NAME, "token").send_keys(TOKEN)
    _click_and_wait(drv, drv.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
    assert drv.current_url == base + "/" and "Pending alerts" in drv.find_element(By.TAG_NAME, "h1").text


def test_review_in_a_real_browser(driver, site, tmp_path):
    from selenium.webdriver.common.by import By

    base, db, ids = site
    _login(driver, base)
    href = "/alert/" + urllib.parse.quote(ids["hostile"], safe="")
    _click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, f"a[href='{href}']"))

    # the attacker's markup is shown as text: no dialog, no injected element, no script at all
    assert _no_dialog(driver)
    assert driver.find_element(By.ID, "post-text").text == HOSTILE
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert "<i>hostile reason</i>" in driver.find_element(By.TAG_NAME, "ol").text

    driver.find_element(By.NAME, "note").send_keys("confirmed in the browser test")
    _click_and_wait(driver, driver.find_element(By.ID, "confirm"))
    assert driver.current_url == base + href
    assert driver.find_element(By.CSS_SELECTOR, "h1 .status").text == "confirmed"
    assert "confirmed in the browser test" in driver.page_source
    assert status_of(db, ids["hostile"]) == "confirmed"
    _screenshot(driver, tmp_path / "shots" / "confirmed.png")

    driver.get(base + "/?status=confirmed")
    assert driver.find_elements(By.CSS_SELECTOR, f"a[href='{href}']")
    assert _no_dialog(driver)


def test_campaign_page_screenshot(driver, site, tmp_path):
    """The evidence page of a campaign alert renders fully (and is the README's screenshot)."""
    from selenium.webdriver.common.by import By

    base, db, ids = site
    _login(driver, base)
    driver.get(base + "/alert/" + urllib.parse.quote(ids["campaign"], safe=""))
    sections = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "section h2")]
    assert sections == ["Post text", "Why it fired", "Wallets, domains and links", "Account history", "Campaign",
                        "Decision"]
    shot = _screenshot(driver, tmp_path / "shots" / "campaign.png")
    if os.environ.get("HIJACKWATCH_DOCS_SCREENSHOT"):
        shutil.copyfile(shot, DOCS_SHOT)

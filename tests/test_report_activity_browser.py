"""Browser test of /rapportera on a phone-sized screen (390 × 844): a reporter adds one
foot patrol and P1 goes from 165 to 166; the receipt, the own list with its undo, no
sideways scrolling, and axe-core clean in both languages. One browser session."""

from __future__ import annotations

import pytest
from browser_support import console_errors, needs_browser
from dash.testing.wait import until
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from test_accessibility import axe_violations, readable
from web_support import PASSWORD, demo_with_accounts

from dashboard.storage import cache
from layouts.ids import report_activity as ids

pytestmark = [pytest.mark.browser, needs_browser]

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
SIDEWAYS_JS = "return document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def field_db(dash_app, tmp_path, monkeypatch):
    """The running app on a database of its own (the demo data, a reporter)."""
    url = f"sqlite:///{tmp_path / 'field.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    cache.clear()
    yield demo_with_accounts(url)
    cache.clear()


def p1_gauge(dash_duo) -> str:
    dash_duo.driver.get(dash_duo.server_url + "/")
    return dash_duo.wait_for_element("#gauge-P1", timeout=20).get_attribute("aria-valuetext")


def test_a_reporter_on_a_phone_adds_a_foot_patrol(dash_duo, dash_app, field_db):
    dash_duo.start_server(dash_app)
    driver = dash_duo.driver
    assert p1_gauge(dash_duo).startswith("165 av målet 150")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    try:
        driver.get(dash_duo.server_url + "/login?next=/rapportera")
        dash_duo.wait_for_element("#login-name", timeout=20).send_keys("rut")
        driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
        driver.find_element(By.ID, "login-submit").click()
        dash_duo.wait_for_element(f"#{ids.SAVE}", timeout=20)
        assert driver.execute_script(SIDEWAYS_JS) == 0
        assert dash_duo.find_element(f"#{ids.COUNT}").get_attribute("value") == "1"
        assert "Inga rapporter" in dash_duo.find_element(f"#{ids.OWN}").text

        p1 = driver.find_element(By.CSS_SELECTOR, f"#{ids.COMMITMENT} input[value=P1]")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", p1)
        driver.execute_script("arguments[0].click()", p1)  # (emulated screen: by script)
        Select(dash_duo.find_element(f"#{ids.AREA}")).select_by_visible_text("Busstationen")
        dash_duo.find_element(f"#{ids.COMMENT}").send_keys("Kvällspass, lugnt.")
        save = dash_duo.find_element(f"#{ids.SAVE}")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", save)
        driver.execute_script("arguments[0].click()", save)
        dash_duo.wait_for_contains_text(
            f"#{ids.SAVED}", "Sparat: 1 fotpatrullpass för P1", timeout=30
        )
        assert "Busstationen" in dash_duo.find_element(f"#{ids.SAVED}").text
        until(lambda: "Kvällspass, lugnt." in dash_duo.find_element(f"#{ids.OWN}").text, 10)
        assert dash_duo.find_elements(f"#{ids.OWN} button")  # undoable today
        assert driver.execute_script(SIDEWAYS_JS) == 0

        driver.set_script_timeout(60)
        found = {}
        for page in ("/rapportera", "/rapportera?lang=en"):
            violations = axe_violations(dash_duo, page)
            if violations:
                found[page] = violations
        assert not found, "axe-core found:\n" + readable(found)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert p1_gauge(dash_duo).startswith("166 av målet 150")
    assert console_errors(dash_duo) == []

"""Browser test of /uppfoljning: in a mock meeting an editor sets K1 to red with a comment
and saves; the overview and the wall lead with it and ``summary --json`` shows it as K1's
check-in. The form passes axe-core in both languages. One browser session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from browser_support import console_errors, needs_browser
from selenium.webdriver.common.by import By
from test_accessibility import axe_violations, readable
from web_support import PASSWORD, demo_with_accounts

from dashboard.storage import cache
from layouts.ids import follow_up as ids

pytestmark = [pytest.mark.browser, needs_browser]

COMMENT = "Sommarlovsaktiviteterna blev inställda; ny plan till nästa möte."


@pytest.fixture
def meeting_db(dash_app, tmp_path, monkeypatch):
    """The running app on a database of its own (the demo data, an editor), so that this
    test's check-in does not change what the other browser tests see."""
    url = f"sqlite:///{tmp_path / 'meeting.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    cache.clear()
    yield url, demo_with_accounts(url)
    cache.clear()


def test_an_editor_records_a_check_in_that_leads_the_overview_and_the_wall(
    dash_duo, dash_app, meeting_db
):
    url, _ = meeting_db
    dash_duo.start_server(dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/uppfoljning")
    dash_duo.wait_for_element(f"#{ids.LOGIN_NEEDED}", timeout=20)
    assert not dash_duo.find_elements(f"#{ids.SAVE}")

    driver.get(dash_duo.server_url + "/login?next=/uppfoljning")
    dash_duo.wait_for_element("#login-name", timeout=20).send_keys("redaktor")
    driver.find_element(By.ID, "login-password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    dash_duo.wait_for_element(f"#{ids.SAVE}", timeout=20)
    # Today is the meeting's date; every commitment of 2022 is on the agenda, in order.
    assert dash_duo.find_element(f"#{ids.DATE}").get_attribute("value") == date.today().isoformat()
    groups = [
        e.get_attribute("id") for e in dash_duo.find_elements("fieldset[id^=checkin-status-]")
    ]
    assert groups[:3] == ["checkin-status-K1", "checkin-status-K2", "checkin-status-K3"]
    assert len(groups) == 11
    k1 = dash_duo.find_element("#agenda-K1").text
    assert "Något efter" in k1 and "Sedan senaste uppföljningen" in k1  # computed, and moved

    radios = dash_duo.find_elements("#checkin-status-K1 input[type=radio]")
    assert [r.get_attribute("value") for r in radios] == ["green", "amber", "red"]
    assert "Röd" in dash_duo.find_element("#checkin-status-K1").text  # in words, with icons
    radios[2].click()
    dash_duo.find_element("#checkin-comment-K1 textarea").send_keys(COMMENT)
    button = dash_duo.find_element(f"#{ids.SAVE}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    driver.execute_script("arguments[0].click()", button)  # below the fold of a long agenda
    dash_duo.wait_for_contains_text(f"#{ids.SAVED}", "1 bedömning sparad", timeout=30)
    # The agenda shows the new check-in; the form starts untouched again.
    dash_duo.wait_for_contains_text("#agenda-K1", COMMENT, timeout=10)

    # The overview leads with it.
    driver.get(dash_duo.server_url + "/")
    dash_duo.wait_for_contains_text("#card-K1 .assessed", COMMENT, timeout=20)
    assert "Röd" in dash_duo.find_element("#card-K1 .assessed").text
    # So does the wall's tile.
    driver.get(dash_duo.server_url + "/vaggskarm?sekunder=600")
    dash_duo.wait_for_contains_text("#wall-tile-K1 .wall-tile-head", "Röd", timeout=20)

    # The form in both languages, logged in, passes axe-core.
    driver.set_script_timeout(60)
    found = {}
    for page in ("/uppfoljning", "/uppfoljning?lang=en"):
        violations = axe_violations(dash_duo, page)
        if violations:
            found[page] = violations
    assert not found, "axe-core found:\n" + readable(found)
    assert console_errors(dash_duo) == []
    # Each commitment's status is one radio group: one Tab stop, arrow keys inside.
    names = driver.execute_script(
        "return [...document.querySelectorAll('#checkin-status-K1 input')].map(i => i.name)"
    )
    assert len(names) == 3 and len(set(names)) == 1 and names[0], names

    # The command line reads it as K1's check-in.
    env = dict(os.environ, DATABASE_URL=url)
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "summary", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    (k1,) = [c for c in json.loads(out)["commitments"] if c["id"] == "K1"]
    assert k1["checkin"] == {"status": "red", "date": date.today().isoformat(), "comment": COMMENT}

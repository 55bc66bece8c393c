"""``/jamfor`` in the browser (dash_duo, headless Chromium), one session: Skara against the
nation on the demo data, and a kommun chosen in ``filter-jamfor`` by keyboard alone
updates the graph and the URL, with the focus kept on the control."""

from __future__ import annotations

import pytest
from browser_support import console_errors, free_port, needs_browser
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

pytestmark = [pytest.mark.browser, needs_browser]

DRAWN_JS = """
const content = document.getElementById('_pages_content');
if (!content || !content.children.length) return false;
if (document.querySelector('[data-dash-is-loading="true"]')) return false;
return !!document.querySelector('#graph-jamfor .main-svg');
"""

TRACES_JS = """
const el = document.querySelector('#graph-jamfor .js-plotly-plot');
return el && el._fullData ? el._fullData.map((t) => t.name) : null;
"""


def press(driver, *keys) -> None:
    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


def active_id(driver) -> str:
    return driver.execute_script("return document.activeElement.id")


def option_texts(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.dash-dropdown-option'), o => o.textContent)"
    )


def test_choosing_a_kommun_by_keyboard_updates_the_graph_and_the_url(dash_duo, dash_app):
    dash_duo.start_server(dash_app, port=free_port())
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/jamfor")
    until(lambda: driver.execute_script(DRAWN_JS), timeout=30)
    traces = driver.execute_script(TRACES_JS)
    assert "Skara" in traces and "Riket" in traces
    words = dash_duo.find_element("#jamfor-figure figcaption").text
    assert words.startswith("Skara hade ") and "; riket " in words
    assert "Lidköping" not in traces

    press(driver, Keys.TAB)  # the skip link
    press(driver, Keys.ENTER)  # into the content
    press(driver, Keys.TAB)  # the first control: the kommuner to compare with
    assert active_id(driver) == "filter-jamfor"
    name = dash_duo.find_element("#filter-jamfor").accessible_name
    assert name.startswith("Jämför med kommuner")
    press(driver, Keys.ARROW_DOWN)  # opens it, its search field focused
    until(lambda: "dash-dropdown-search" in driver.execute_script(
        "return document.activeElement.className"), timeout=5)  # fmt: skip
    press(driver, "Lidköping")
    until(lambda: option_texts(driver) == ["Lidköping"], timeout=5)
    press(driver, Keys.ENTER)
    until(lambda: "med=lidkoping" in driver.current_url, timeout=10)
    until(lambda: "Lidköping" in (driver.execute_script(TRACES_JS) or []), timeout=20)
    until(lambda: active_id(driver) == "filter-jamfor", timeout=10)  # after the render
    assert "Lidköping" in dash_duo.find_element("#jamfor-figure figcaption").text
    assert console_errors(dash_duo) == []

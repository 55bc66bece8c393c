"""Browser tests of the overview and the navigation frame (dash_duo, headless Chromium)."""

from __future__ import annotations

import pytest
from browser_support import console_errors, needs_browser
from dash.testing.wait import until

pytestmark = [pytest.mark.browser, needs_browser]

CODES = ("K1", "K2", "K3", "P1", "P2", "P3", "G1", "G2", "G3", "G4", "G5")


def test_overview_shows_a_gauge_per_commitment(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#gauge-P1", timeout=20)
    for code in CODES:
        assert dash_duo.find_element(f"#gauge-{code}")
    text = dash_duo.find_element("body").text
    assert "Polisen lovar" in text and "Kommunen lovar" in text and "Tillsammans lovar vi" in text
    assert "165 av 150 fotpatrullpass" in text
    assert "Exempeldata" in text
    assert console_errors(dash_duo) == []


def test_language_toggle(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#lang-toggle", timeout=20)
    dash_duo.find_element("#lang-toggle").click()
    dash_duo.wait_for_contains_text("body", "The police promise", timeout=10)
    assert "lang=en" in dash_duo.driver.current_url
    dash_duo.find_element("#lang-toggle").click()
    dash_duo.wait_for_contains_text("body", "Polisen lovar", timeout=10)
    assert console_errors(dash_duo) == []


def test_party_filter_goes_to_the_url_and_back(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.wait_for_element("#gauge-K1", timeout=20)
    dash_duo.select_dcc_dropdown("#filter-part", value="Polisen")
    dash_duo.wait_for_element_by_css_selector("#group-polisen", timeout=10)
    until(lambda: "part=Polisen" in dash_duo.driver.current_url, timeout=10)
    until(lambda: not dash_duo.find_elements("#gauge-K1"), timeout=10)
    assert dash_duo.find_element("#gauge-P1")
    dash_duo.driver.back()
    dash_duo.wait_for_element("#gauge-K1", timeout=10)
    assert "part=" not in dash_duo.driver.current_url


def test_url_with_filters_restores_them(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/?part=Kommunen&till=2022-06")
    dash_duo.wait_for_element("#gauge-K1", timeout=20)
    assert not dash_duo.find_elements("#gauge-P1")
    assert "Kommunen" in dash_duo.find_element("#filter-part").text
    assert "30 juni 2022" in dash_duo.find_element("body").text

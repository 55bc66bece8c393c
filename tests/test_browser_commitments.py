"""Browser tests of the commitments page /loften (dash_duo, headless Chromium)."""

from __future__ import annotations

import pytest
from browser_support import console_errors, needs_browser
from dash.testing.wait import until

pytestmark = [pytest.mark.browser, needs_browser]

CODES = ("K1", "K2", "K3", "P1", "P2", "P3", "G1", "G2", "G3", "G4", "G5")


def sections(dash_duo) -> list[str]:
    return [el.get_attribute("id") for el in dash_duo.find_elements("section.commitment-section")]


def test_commitments_page_shows_every_commitment(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/loften")
    dash_duo.wait_for_element("#P1", timeout=20)
    dash_duo.wait_for_element("#progress-P1 .main-svg", timeout=20)
    assert sections(dash_duo) == list(CODES)
    toc = dash_duo.find_element("#innehall")
    for code in CODES:
        assert toc.find_element("css selector", f'a[href="#{code}"]')
    text = dash_duo.find_element("#P1").text
    assert "165 av 150 fotpatrullpass" in text
    assert "I fas" in text and "Styrgruppens uppföljningar" in text
    assert console_errors(dash_duo) == []


def test_party_filter_in_the_url(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/loften?part=Polisen")
    dash_duo.wait_for_element("#P1", timeout=20)
    assert sections(dash_duo) == ["P1", "P2", "P3"]
    assert "Polisen" in dash_duo.find_element("#filter-part").text
    assert console_errors(dash_duo) == []


def test_p1_says_how_thefts_at_busstationen_changed(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/loften")
    dash_duo.wait_for_element("#ba-P1", timeout=20)
    sentences = [el.text for el in dash_duo.find_elements("#ba-P1 .ba-sentence")]
    bus = [s for s in sentences if s.startswith("Anmälda stölder vid Busstationen")]
    assert len(bus) == 1
    sentence = bus[0]
    assert "mars–december 2021 och mars–december 2022" in sentence
    assert "jämfört med resten av Skara" in sentence
    assert "95 % intervall" in sentence.replace("\u00a0", " ")
    assert "upptäcktsbrott" in dash_duo.find_element("#ba-P1").text
    assert console_errors(dash_duo) == []


def at_top(driver, element_id: str) -> bool:
    """The element sits at the top of the window (Bootstrap scrolls smoothly: wait)."""
    script = f"return document.getElementById('{element_id}').getBoundingClientRect().top"
    return abs(driver.execute_script(script)) < 60


def test_contents_link_jumps_and_keeps_the_page(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/loften")
    dash_duo.wait_for_element("#G2", timeout=20)
    driver = dash_duo.driver
    # Mark the rendered page: a re-render would replace the element and lose the mark.
    driver.execute_script("document.getElementById('G2').dataset.probe = 'kept';")
    dash_duo.find_element('#toc-G2 a[href="#G2"]').click()
    until(lambda: driver.current_url.endswith("/loften#G2"), timeout=10)
    until(lambda: at_top(driver, "G2"), timeout=10)
    assert driver.execute_script("return document.getElementById('G2').dataset.probe") == "kept"
    assert sections(dash_duo) == list(CODES)
    assert console_errors(dash_duo) == []


def test_a_shared_link_to_a_section_scrolls_there(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/loften?lang=en#P2")
    dash_duo.wait_for_element("#P2", timeout=20)
    until(lambda: at_top(dash_duo.driver, "P2"), timeout=10)
    assert "The police promise" in dash_duo.find_element("#P2").text
    assert console_errors(dash_duo) == []

"""/for-invanare in the browser (one session): read anonymously with viewing closed, the copy
and print buttons, a phone's width, the printout, and the Dash pages untouched by its assets."""

from __future__ import annotations

import pytest
from browser_support import console_errors, free_port, needs_browser
from dash.testing.wait import until

pytestmark = [pytest.mark.browser, needs_browser]

COPIED = ("Texten är kopierad.", "Texten kunde inte kopieras. Markera den och kopiera den själv.")


def displayed(driver, selector: str) -> bool:
    return driver.find_element("css selector", selector).is_displayed()


def test_the_public_page_in_the_browser(dash_duo, dash_app, monkeypatch):
    dash_duo.start_server(dash_app, port=free_port())  # it waits for "/" to draw: still open
    dash_duo.wait_for_element("#gauge-P1", timeout=20)
    dash_duo.get_logs()  # read: only the public page's console counts below
    monkeypatch.setenv("OPEN_VIEWING", "0")
    driver = dash_duo.driver
    base = dash_duo.server_url

    driver.get(base + "/for-invanare")
    until(lambda: displayed(driver, "#citizens-copy-button"), timeout=20)  # its script ran
    text = driver.find_element("css selector", "main").text.replace("\u00a0", " ")
    assert "Polisen har gjort 165 fotpatrullpass; 150 var utlovade (110 % av målet)." in text
    assert "Styrgruppens bedömning 13 december 2022" in text
    assert displayed(driver, "#citizens-print")
    width = driver.execute_script(
        "return getComputedStyle(document.querySelector('main')).maxWidth"
    )
    assert width == "960px"  # assets/citizens/citizens.css is served to anonymous visitors

    button = driver.find_element("css selector", "#citizens-copy-button")
    # Bootstrap scrolls smoothly: bring the button into view at once before clicking it.
    driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button
    )
    button.click()
    status = driver.find_element("css selector", "#citizens-copy-status")
    until(lambda: status.text in COPIED, timeout=5)

    driver.set_window_size(390, 844)
    try:
        sideways = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert sideways <= 0
    finally:
        driver.set_window_size(1920, 1080)

    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not displayed(driver, "#citizens-copy") and not displayed(driver, "#lang-toggle")
        assert displayed(driver, "#P1") and displayed(driver, "#citizens-crime-table")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert console_errors(dash_duo) == []

    driver.get(base + "/")  # the rest stays closed
    until(lambda: "/login" in driver.current_url, timeout=10)

    monkeypatch.setenv("OPEN_VIEWING", "1")
    driver.get(base + "/")
    dash_duo.wait_for_element("#gauge-P1", timeout=20)
    loaded = driver.execute_script(
        "return Array.from(document.querySelectorAll('script[src], link[href]'),"
        " (e) => e.src || e.href).filter((u) => u.includes('/citizens/'))"
    )
    assert loaded == []  # the Dash pages never load the public page's assets

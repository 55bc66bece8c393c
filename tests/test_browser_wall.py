"""Browser tests of the wall screen ``/vaggskarm`` and the report ``/rapport`` (dash_duo)."""

from __future__ import annotations

import os
import time

import pytest
from browser_support import console_errors, needs_browser
from dash.testing.wait import until

pytestmark = [pytest.mark.browser, needs_browser]

#: What the page scrolls by, and the active view's content beyond its box (0: it fits).
OVERFLOW_JS = """
const doc = document.documentElement;
const view = document.querySelector('.wall-view.is-active');
return {
  page: [doc.scrollWidth - doc.clientWidth, doc.scrollHeight - doc.clientHeight],
  view: view ? [view.id, view.scrollWidth - view.clientWidth,
                view.scrollHeight - view.clientHeight] : null,
  size: [window.innerWidth, window.innerHeight],
};
"""

DRAWN_JS = """
return Array.from(document.querySelectorAll('.wall-screen .js-plotly-plot'))
  .filter((g) => g._fullLayout && g.querySelector('.main-svg')).length;
"""

HOTORGET_DECEMBER = (
    ("stöld", 5), ("narkotika", 0), ("våld", 2), ("skadegörelse", 2), ("inbrott", 0),
    ("bedrägeri", 0), ("övrigt", 2),
)  # fmt: skip


def set_viewport(dash_duo, width: int, height: int) -> None:
    """An exact CSS viewport (the window's own chrome would otherwise take some of it)."""
    dash_duo.driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def test_wall_rotates_and_never_scrolls(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    set_viewport(dash_duo, 1920, 1080)
    dash_duo.driver.get(dash_duo.server_url + "/vaggskarm?sekunder=2")
    dash_duo.wait_for_element(".wall-view.is-active", timeout=20)
    # The clock starts when the page is drawn (two trend figures, one per focus area).
    until(lambda: dash_duo.driver.execute_script(DRAWN_JS) >= 5, timeout=30)
    seen, samples = [], []
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:
        state = dash_duo.driver.execute_script(OVERFLOW_JS)
        samples.append(state)
        if state["view"] and state["view"][0] not in seen:
            seen.append(state["view"][0])
        time.sleep(0.25)
    assert len(seen) >= 3, seen
    views = {
        "wall-view-oversikt",
        "wall-view-trender",
        "wall-view-omrade-busstationen",
        "wall-view-omrade-centrum",
        "wall-view-omrade-hotorget",
    }
    assert set(seen) <= views
    for state in samples:
        assert state["size"] == [1920, 1080]
        assert state["page"] == [0, 0], state  # no scrollbar, ever
        assert state["view"][1] <= 0 and state["view"][2] <= 1, state  # nothing cut off
    assert not dash_duo.find_elements("nav")  # no navigation on the wall
    assert dash_duo.find_element("#wall-clock").text
    assert "Data t.o.m. december 2022" in dash_duo.find_element("#wall-status").text
    assert console_errors(dash_duo) == []


def test_wall_fits_a_4k_screen_in_the_dark_theme(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    set_viewport(dash_duo, 3840, 2160)
    dash_duo.driver.get(dash_duo.server_url + "/vaggskarm?tema=mork&vyer=oversikt,hotorget")
    dash_duo.wait_for_element("#wall-tile-P1", timeout=20)
    root = dash_duo.find_element(".wall-screen")
    assert "wall-dark" in root.get_attribute("class")
    assert root.value_of_css_property("background-color") in ("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)")
    # Scaled, not just stretched: the body text is twice the 1080p 28 px.
    height = dash_duo.driver.execute_script(
        "return document.querySelector('#wall-tile-P1').getBoundingClientRect().height"
    )
    assert height > 400
    state = dash_duo.driver.execute_script(OVERFLOW_JS)
    assert state["page"] == [0, 0] and state["view"][2] <= 1, state
    assert console_errors(dash_duo) == []


def test_a_new_import_reaches_an_open_wall_screen(dash_duo, dash_app):
    from dashboard.ingest.pipeline import import_files
    from dashboard.storage import database

    dash_duo.start_server(dash_app)
    set_viewport(dash_duo, 1920, 1080)
    dash_duo.driver.get(dash_duo.server_url + "/vaggskarm?vyer=hotorget&sekunder=600")
    dash_duo.wait_for_text_to_equal("#wall-fact-stold .wall-fact-value", "58", timeout=20)
    dash_duo.driver.execute_script("window.__notReloaded = true;")

    def december(thefts: int) -> bytes:
        rows = "".join(
            f"2022-12,Hötorget,{cat},{thefts if cat == 'stöld' else n}\n"
            for cat, n in HOTORGET_DECEMBER
        )
        return ("månad,område,brottstyp,antal\n" + rows).encode()

    engine = database.get_engine(os.environ["DATABASE_URL"])
    # As user "demo": the shared test database keeps counting as demo data for other tests.
    try:
        result = import_files(engine, [("brott-hotorget-dec.csv", december(25))], user="demo")
        assert result.ok and result.written
        # 20 more thefts in December: 78 in the last 12 months, without a reload.
        dash_duo.wait_for_text_to_equal("#wall-fact-stold .wall-fact-value", "78", timeout=40)
        assert dash_duo.driver.execute_script("return window.__notReloaded === true")
        assert "Hötorget" in dash_duo.find_element("#wall-view-omrade-hotorget").text
    finally:
        assert import_files(engine, [("brott.csv", december(5))], user="demo").ok
    dash_duo.wait_for_text_to_equal("#wall-fact-stold .wall-fact-value", "58", timeout=40)
    assert console_errors(dash_duo) == []


def test_report_page_has_a_sheet_per_commitment_and_a_print_button(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/rapport?part=Polisen")
    dash_duo.wait_for_element("#report-commitment-P3", timeout=30)
    sheets = dash_duo.find_elements(".report-commitment")
    assert [s.get_attribute("id") for s in sheets] == [
        "report-commitment-P1",
        "report-commitment-P2",
        "report-commitment-P3",
    ]
    assert dash_duo.find_element("#report-print").is_displayed()
    until(
        lambda: len(dash_duo.find_elements("#report-root .js-plotly-plot .main-svg")) > 10,
        timeout=30,
    )
    # window.print() is stubbed: the button must call it, not open a dialog in the test.
    dash_duo.driver.execute_script("window.__printed = 0; window.print = () => window.__printed++;")
    dash_duo.find_element("#report-print").click()
    until(lambda: dash_duo.driver.execute_script("return window.__printed") == 1, timeout=5)
    assert console_errors(dash_duo) == []

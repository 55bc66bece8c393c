"""WCAG 2.1 AA in the browser: axe-core on every page in Swedish and English (dash_duo).

axe-core is vendored (assets/vendor/axe-core, never loaded by the app) and injected into
each page once it has drawn. One browser session walks every page, so the whole check
costs one app start.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
from browser_support import free_port, needs_browser
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

pytestmark = [pytest.mark.browser, needs_browser]

AXE = Path(__file__).resolve().parent.parent / "assets" / "vendor" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = (
    "/", "/trender", "/omrade", "/omrade/hotorget", "/loften", "/import", "/vaggskarm",
    "/rapport", "/tillganglighet", "/login", "/jamfor", "/for-invanare",
    "/uppfoljning", "/rapportera",  # as anonymous visitors see them; logged in: their own tests
)  # fmt: skip

#: True once a Dash page has drawn: content, no callback pending, every graph drawn.
DRAWN_JS = """
if (document.readyState !== 'complete') return false;
const content = document.getElementById('_pages_content');
if (!content) return !document.getElementById('react-entry-point');  // a Flask page
if (!content.children.length) return false;
if (document.querySelector('[data-dash-is-loading="true"]')) return false;
return Array.from(document.querySelectorAll('.dash-graph'))
  .every((g) => g.querySelector('.main-svg'));
"""

RUN_AXE_JS = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then((r) => done(r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target.join(' '),
                                  summary: (n.failureSummary || '').split('\\n')[1] || ''})),
  }))))
  .catch((e) => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
"""


def start(dash_duo, dash_app) -> None:
    """The app on a free port: another test run on the machine may hold dash_duo's own."""
    dash_duo.start_server(dash_app, port=free_port())


def url_of(page: str, lang: str) -> str:
    return page + ("?lang=en" if lang == "en" else "")


def axe_violations(dash_duo, url: str) -> list[dict]:
    """Open ``url``, wait until it has drawn, and run axe-core on it."""
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + url)
    until(lambda: driver.execute_script(DRAWN_JS), timeout=30)
    # Open every "Visa som tabell", so that the tables behind the charts are checked too.
    driver.execute_script("document.querySelectorAll('details').forEach((d) => d.open = true)")
    driver.execute_script(AXE.read_text("utf-8"))
    return driver.execute_async_script(RUN_AXE_JS, TAGS)


def readable(found: dict[str, list[dict]]) -> str:
    """One line per rule and page, with the first few elements it failed on."""
    lines = []
    for url, violations in found.items():
        for v in violations:
            lines.append(f"{url}: {v['id']} ({v['impact']}): {v['help']}")
            for node in v["nodes"][:3]:
                lines.append(f"    {node['target']}: {node['summary']}")
            if len(v["nodes"]) > 3:
                lines.append(f"    … and {len(v['nodes']) - 3} more")
    return "\n".join(lines)


EDITOR, PASSWORD = "a11y-redaktor", "ett-langt-losenord-7"


def log_in_as_editor(dash_duo) -> None:
    """An editor of the session's database, logged in through the form."""
    from dashboard import accounts
    from dashboard.storage import database

    with contextlib.suppress(accounts.AccountError):  # made by an earlier test of the session
        accounts.add_user(database.default_engine(), EDITOR, "editor", PASSWORD)
    dash_duo.driver.get(dash_duo.server_url + "/login?next=/import")
    dash_duo.wait_for_element("#login-name", timeout=20).send_keys(EDITOR)
    dash_duo.find_element("#login-password").send_keys(PASSWORD)
    dash_duo.find_element("#login-submit").click()
    dash_duo.wait_for_element("#import-upload", timeout=20)


def test_axe_finds_no_violation_on_any_page_in_either_language(dash_duo, dash_app):
    start(dash_duo, dash_app)
    dash_duo.driver.set_script_timeout(60)
    found = {}
    for page in PAGES:
        for lang in ("sv", "en"):
            url = url_of(page, lang)
            violations = axe_violations(dash_duo, url)
            if violations:
                found[url] = violations
    # What an editor sees on /import: the upload, the preview's place, the import log.
    log_in_as_editor(dash_duo)
    names = {}
    for lang in ("sv", "en"):
        url = url_of("/import", lang)
        violations = axe_violations(dash_duo, url)
        if violations:
            found[f"{url} (editor)"] = violations
        field = dash_duo.find_element("#import-upload input[type=file]")
        names[lang] = field.accessible_name  # as Chromium computes it for a screen reader
    assert not found, "axe-core found:\n" + readable(found)
    assert names == {
        "sv": "Dra CSV-filer hit eller klicka för att välja",
        "en": "Drag CSV files here or click to choose",
    }


def html_lang_and_title(driver) -> tuple[str, str]:
    return tuple(driver.execute_script("return [document.documentElement.lang, document.title]"))


def test_language_and_title_follow_the_url_inside_the_app(dash_duo, dash_app):
    start(dash_duo, dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/omrade/hotorget")
    dash_duo.wait_for_element("#lang-toggle", timeout=20)
    sv = ("sv", "Hötorget – Område – Medborgarlöfte")
    until(lambda: html_lang_and_title(driver) == sv, timeout=10)
    dash_duo.find_element("#lang-toggle").click()  # a link inside the app: no new document
    en = ("en", "Hötorget – Area – Citizen promise")
    until(lambda: html_lang_and_title(driver) == en, timeout=10)


def active(driver) -> dict:
    """The focused element: its tag, id, accessible name and value text."""
    return driver.execute_script(
        "const a = document.activeElement;"
        "return {tag: a.tagName, id: a.id, label: a.getAttribute('aria-label'),"
        "        value: a.getAttribute('aria-valuetext')};"
    )


def press(driver, *keys) -> None:
    chain = ActionChains(driver)
    for key in keys:
        chain.send_keys(key)
    chain.perform()


def search_field_focused(driver) -> bool:
    return driver.execute_script(
        "return document.activeElement.classList.contains('dash-dropdown-search')"
    )


def search(driver, name: str) -> None:
    """Type ``name`` into an open dropdown's search field and take the match with Enter."""
    press(driver, name)
    options = (
        "return Array.from(document.querySelectorAll('.dash-dropdown-option'), o => o.textContent)"
    )
    until(lambda: driver.execute_script(options) == [name], timeout=5)
    press(driver, Keys.ENTER)


def test_filters_by_keyboard_alone_keep_the_focus(dash_duo, dash_app):
    start(dash_duo, dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/trender")
    until(lambda: driver.execute_script(DRAWN_JS), timeout=30)
    press(driver, Keys.TAB)
    assert active(driver)["id"] == "skip-link"
    assert dash_duo.find_element("#skip-link").is_displayed()
    press(driver, Keys.ENTER)
    assert active(driver)["id"] == "main-content"
    press(driver, Keys.TAB)  # the first control of the page
    area = dash_duo.find_element("#filter-omrade")
    assert active(driver)["id"] == "filter-omrade"
    assert area.accessible_name.startswith("Område")  # its label first, then its value
    assert dash_duo.find_element("#filter-part").accessible_name.startswith("Part")
    press(driver, Keys.ARROW_DOWN)  # opens it, its search field focused
    until(lambda: search_field_focused(driver), timeout=5)
    assert dash_duo.find_element(".dash-dropdown-search").get_attribute("placeholder") == "Sök"
    search(driver, "Hötorget")
    until(lambda: "omrade=hotorget" in driver.current_url, timeout=10)
    until(lambda: active(driver)["id"] == "filter-omrade", timeout=10)  # after the render
    press(driver, Keys.ARROW_DOWN)  # a second area: no Tab needed
    until(lambda: search_field_focused(driver), timeout=5)
    search(driver, "Busstationen")
    until(lambda: "busstationen" in driver.current_url, timeout=10)
    until(lambda: active(driver)["id"] == "filter-omrade", timeout=10)


def mark(driver) -> None:
    """Mark the rendered page, to tell it from the page the next URL renders."""
    driver.execute_script("document.getElementById('_pages_content').firstChild.dataset.old = 1")


def rendered_anew(driver) -> bool:
    return driver.execute_script(
        "const page = document.getElementById('_pages_content').firstChild;"
        "return !!page && !page.dataset.old && !!document.querySelector('#filter-period');"
    )


def test_the_period_reads_as_months_and_commits_once_the_keys_rest(dash_duo, dash_app):
    start(dash_duo, dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/?lang=en")
    until(lambda: driver.execute_script(DRAWN_JS), timeout=30)
    group = dash_duo.find_element("#filter-period").find_element(By.XPATH, "ancestor::fieldset")
    assert group.find_element(By.TAG_NAME, "legend").text == "Period"
    thumbs = dash_duo.find_elements("#filter-period [role=slider]")
    assert [t.accessible_name for t in thumbs] == ["From", "To"]
    assert [t.get_attribute("aria-valuetext") for t in thumbs] == ["January 2019", "December 2022"]
    pages = driver.execute_script("return history.length")
    mark(driver)
    driver.execute_script("arguments[0].focus()", thumbs[0])
    press(driver, *[Keys.ARROW_RIGHT] * 12)  # quickly, as a keyboard user would
    assert "fran=" not in driver.current_url  # not yet: the keys have not rested
    until(lambda: "fran=2020-01" in driver.current_url, timeout=10)
    until(lambda: rendered_anew(driver), timeout=20)
    until(lambda: active(driver)["label"] == "From", timeout=10)  # back on its handle
    assert active(driver)["value"] == "January 2020"
    assert driver.execute_script("return history.length") == pages + 1  # one step, one URL
    mark(driver)
    driver.execute_script(
        "arguments[0].focus()", dash_duo.find_elements("#filter-period [role=slider]")[1]
    )
    press(driver, Keys.ARROW_LEFT, Keys.ENTER)  # Enter commits at once
    until(lambda: "till=2022-11" in driver.current_url, timeout=5)
    until(lambda: rendered_anew(driver), timeout=20)
    until(lambda: active(driver)["value"] == "November 2022", timeout=10)


#: The focused navigation link's outline colour and width, and the navbar's background.
FOCUS_RING_JS = """
const link = document.activeElement, style = getComputedStyle(link);
return [style.outlineColor, style.outlineWidth, style.outlineStyle,
        getComputedStyle(link.closest('.navbar')).backgroundColor];
"""


def rgb(css: str) -> tuple[float, ...]:
    return tuple(float(x) for x in css[css.index("(") + 1 : css.index(")")].split(",")[:3])


def contrast(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    def luminance(colour):
        c = [x / 255 for x in colour]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_navigation_focus_ring_stands_out_from_the_dark_navbar(dash_duo, dash_app):
    start(dash_duo, dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/omrade")
    dash_duo.wait_for_element("#lang-toggle", timeout=20)
    press(driver, Keys.TAB, Keys.TAB, Keys.TAB)  # skip link, brand, the first page's link
    colour, width, style, navbar = driver.execute_script(FOCUS_RING_JS)
    assert style == "solid" and float(width.removesuffix("px")) >= 2
    assert contrast(rgb(colour), rgb(navbar)) >= 3


def shown_view(driver) -> str:
    return driver.execute_script("return document.querySelector('.wall-view.is-active').id")


def views_seen(driver, seconds: float) -> set[str]:
    seen, deadline = set(), time.monotonic() + seconds
    while time.monotonic() < deadline:
        seen.add(shown_view(driver))
        time.sleep(0.25)
    return seen


def test_the_wall_pauses_with_space_and_steps_and_leads_back(dash_duo, dash_app):
    start(dash_duo, dash_app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/vaggskarm?sekunder=2")
    dash_duo.wait_for_element(".wall-view.is-active", timeout=20)
    assert len(views_seen(driver, 4.5)) >= 2  # it rotates by itself
    press(driver, Keys.SPACE)
    until(lambda: "is-paused" in dash_duo.find_element("#wall-root").get_attribute("class"), 5)
    assert dash_duo.find_element("#wall-pause").text == "Spela"
    paused = shown_view(driver)
    assert views_seen(driver, 4.5) == {paused}  # still: paused
    dash_duo.find_element("#wall-next").click()
    until(lambda: shown_view(driver) != paused, timeout=3)
    stepped = shown_view(driver)
    assert views_seen(driver, 3) == {stepped}  # still paused after a step
    dash_duo.find_element("#wall-pause").send_keys(Keys.SPACE)  # the button itself
    until(lambda: shown_view(driver) != stepped, timeout=5)  # playing again
    leave = dash_duo.find_element("#wall-leave")
    assert leave.get_attribute("href").endswith("/") and leave.text == "Till webbplatsen"


def test_the_wall_stands_still_when_the_screen_asks_for_reduced_motion(dash_duo, dash_app):
    start(dash_duo, dash_app)
    driver = dash_duo.driver
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]},
    )
    try:
        driver.get(dash_duo.server_url + "/vaggskarm?sekunder=1&lang=en")
        dash_duo.wait_for_element(".wall-view.is-active", timeout=20)
        until(lambda: "is-paused" in dash_duo.find_element("#wall-root").get_attribute("class"), 5)
        first = shown_view(driver)
        assert views_seen(driver, 3.5) == {first}
        assert dash_duo.find_element("#wall-pause").text == "Play"
        press(driver, Keys.ARROW_RIGHT)  # the viewer steps
        until(lambda: shown_view(driver) != first, timeout=3)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

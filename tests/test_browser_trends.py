"""Browser tests of /trender and /omrade/<område> (dash_duo, headless Chromium)."""

from __future__ import annotations

import pytest
from browser_support import console_errors, needs_browser
from dash.testing.wait import until

pytestmark = [pytest.mark.browser, needs_browser]

FIGURE_JS = """
const el = document.querySelector('#graph-trend .js-plotly-plot');
if (!el || !el._fullData) { return null; }
return el._fullData.map(t => [
    t.name, t.legendgroup || '',
    Array.from(t.y || []).filter(v => v !== null && !Number.isNaN(v)),
]);
"""


# A download's text with its BOM kept (TextDecoder drops it unless told not to).
FETCH_TEXT = """
const done = arguments[arguments.length - 1];
fetch(arguments[0]).then(r => r.arrayBuffer())
    .then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)))
    .catch(e => done('failed: ' + e));
"""


def figure(dash_duo):
    """The traces drawn in graph-trend: (name, group, non-null y values)."""
    return dash_duo.driver.execute_script(FIGURE_JS)


def wait_for_figure(dash_duo, timeout=20):
    dash_duo.wait_for_element("#graph-trend .js-plotly-plot", timeout=timeout)
    until(lambda: figure(dash_duo), timeout=timeout)
    return figure(dash_duo)


def groups(data) -> set[str]:
    return {group for _, group, _ in data}


def test_trends_page_shows_the_municipality(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/trender")
    data = wait_for_figure(dash_duo)
    assert groups(data) == {"kommun"} or "kommun" in groups(data)
    assert any(len(y) > 30 for _, _, y in data)  # rolling sums, Dec 2019 – Dec 2022
    text = dash_duo.find_element("body").text
    assert "Anmälda stölder" in text and "upptäcktsbrott" in text
    assert "Förändring mot samma period året före" in text
    assert "−7 %".replace(" ", "\u00a0") in text or "−7 %" in text
    # The figure's data as a download: links named for what they give, and a Swedish
    # CSV as Swedish Excel splits it (BOM, ";"), fetched as the browser would.
    link = dash_duo.find_element("#dl-trender-brott-csv")
    assert link.accessible_name == (
        "Ladda ner som CSV: Anmälda stölder och narkotikabrott, summa för 12 månader"
    )
    excel = dash_duo.find_element("#dl-trender-brott-xlsx").accessible_name
    assert excel.startswith("Ladda ner som Excel: ")
    assert dash_duo.find_element("#dl-trender-forandring-csv").is_displayed()
    sent = dash_duo.driver.execute_async_script(FETCH_TEXT, link.get_attribute("href"))
    assert sent.startswith("\ufeffmånad;Hela kommunen – Anmälda stölder;"), sent[:80]
    # The chart's toolbar focused: the site's ring (assets/zz-site/site.css), not the
    # 1 px one of Plotly's own rule, which outweighs a plain selector.
    button = dash_duo.find_element("#graph-trend .modebar-btn")
    dash_duo.driver.execute_script("arguments[0].focus()", button)
    ring = dash_duo.driver.execute_script("return getComputedStyle(arguments[0]).outline", button)
    assert ring == "rgb(10, 88, 202) solid 3px", ring
    assert console_errors(dash_duo) == []


def test_choosing_hotorget_changes_the_figure(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/trender")
    before = wait_for_figure(dash_duo)
    dash_duo.select_dcc_dropdown("#filter-omrade", value="Hötorget")
    until(lambda: "omrade=hotorget" in dash_duo.driver.current_url, timeout=10)
    until(lambda: "hotorget" in groups(figure(dash_duo) or []), timeout=20)
    after = figure(dash_duo)
    assert after != before
    assert "kommun" in groups(after)  # the whole municipality stays as the comparison
    assert console_errors(dash_duo) == []


def test_url_with_filters_restores_them(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/trender")
    whole = wait_for_figure(dash_duo)
    url = "/trender?omrade=hotorget&fran=2021-01&till=2022-12&matt=antal&enkat=problemindex"
    dash_duo.driver.get(dash_duo.server_url + url)
    data = wait_for_figure(dash_duo)
    until(lambda: "hotorget" in groups(figure(dash_duo) or []), timeout=20)
    data = figure(dash_duo)
    assert data != whole
    assert "Hötorget" in dash_duo.find_element("#filter-omrade").text
    assert "2021-01 – 2022-12" in dash_duo.find_element("#filter-period-text").text
    # Monthly counts are withheld below municipality level: 12-month sums instead.
    assert dash_duo.find_element("#trend-monthly-withheld")
    assert "active" in dash_duo.find_element("#trend-measure-rullande12").get_attribute("class")
    assert "Problemindex" in dash_duo.find_element("#graph-trend").text
    # Hötorget's own series (2021-01..2022-12: 24 months), not the municipality's.
    hotorget = [y for _, group, y in data if group == "hotorget"]
    assert hotorget and max(len(y) for y in hotorget) <= 24
    assert console_errors(dash_duo) == []


def test_measure_goes_to_the_url_and_survives_a_filter_change(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/trender")
    wait_for_figure(dash_duo)
    dash_duo.find_element("#trend-measure-per1000").click()
    until(lambda: "matt=per1000" in dash_duo.driver.current_url, timeout=10)
    dash_duo.wait_for_contains_text("#graph-trend", "per 1 000 invånare", timeout=20)
    dash_duo.select_dcc_dropdown("#filter-omrade", value="Brogården")
    until(lambda: "omrade=brogarden" in dash_duo.driver.current_url, timeout=10)
    assert "matt=per1000" in dash_duo.driver.current_url
    until(lambda: "brogarden" in groups(figure(dash_duo) or []), timeout=20)
    assert console_errors(dash_duo) == []


def test_to_a_neighbourhood_and_back(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/trender?omrade=hotorget")
    wait_for_figure(dash_duo)
    link = dash_duo.find_element("#trend-area-link-hotorget")
    dash_duo.driver.execute_script("arguments[0].click();", link)  # below the fold
    dash_duo.wait_for_element("#area-crime-graph", timeout=20)
    assert dash_duo.driver.current_url.split("?")[0].endswith("/omrade/hotorget")
    assert "Hötorget" in dash_duo.find_element("h1").text
    dash_duo.driver.back()
    wait_for_figure(dash_duo)
    until(lambda: "hotorget" in groups(figure(dash_duo) or []), timeout=20)
    assert "/trender?omrade=hotorget" in dash_duo.driver.current_url
    assert console_errors(dash_duo) == []


def test_area_page_jump_and_filters(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/omrade/brogarden")
    dash_duo.wait_for_element("#area-crime-graph .js-plotly-plot", timeout=20)
    assert "2 400 invånare".replace(" ", "\u00a0") in dash_duo.find_element(
        "#area-subtitle"
    ).text.replace(" ", "\u00a0")
    dash_duo.select_dcc_dropdown("#area-jump", value="Hötorget")
    until(lambda: dash_duo.driver.current_url.endswith("/omrade/hotorget"), timeout=10)
    dash_duo.wait_for_contains_text("h1", "Hötorget", timeout=20)
    dash_duo.select_dcc_dropdown("#filter-part", value="Kommunen")
    until(lambda: "part=Kommunen" in dash_duo.driver.current_url, timeout=10)
    dash_duo.wait_for_text_to_equal("#area-commitments a", "K2 (2022)", timeout=20)
    assert dash_duo.driver.current_url.split("?")[0].endswith("/omrade/hotorget")
    dash_duo.driver.back()
    until(lambda: "part=" not in dash_duo.driver.current_url, timeout=10)
    assert console_errors(dash_duo) == []


def test_unknown_area_and_the_area_list(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/omrade/ingenstans")
    dash_duo.wait_for_element("#area-not-found", timeout=20)
    assert "ingenstans" in dash_duo.find_element("#area-not-found").text
    links = dash_duo.find_elements("#area-links a")
    assert len(links) == 11
    # The navigation's "Område" leads to the list, not to a 404.
    dash_duo.find_element("a.nav-link[href^='/omrade']").click()
    dash_duo.wait_for_element("#area-list", timeout=20)
    assert "Hela kommunen" in dash_duo.find_element("#area-list").text
    assert console_errors(dash_duo) == []


def test_filters_without_data_give_an_empty_state(dash_duo, dash_app):
    dash_duo.start_server(dash_app)
    dash_duo.driver.get(dash_duo.server_url + "/trender?fran=2030-01")
    dash_duo.wait_for_element("#trend-empty", timeout=20)
    assert not dash_duo.find_elements("#graph-trend")
    dash_duo.driver.get(dash_duo.server_url + "/trender?part=Skara%20Handel&omrade=ardala")
    wait_for_figure(dash_duo)
    dash_duo.wait_for_element("#trend-no-activities", timeout=10)
    assert console_errors(dash_duo) == []

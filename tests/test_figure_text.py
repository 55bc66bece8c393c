"""Charts as text (WCAG 1.1.1): every graph of /trender, /loften, /rapport and /vaggskarm
sits in a <figure> whose <figcaption> says what it shows, with its data as a table; the
words come from the same protected figures the charts draw."""

from __future__ import annotations

import pytest
from render_support import children, router_answer, text

from dashboard.analysis.trend_options import parse_options
from dashboard.analysis.trends import load_trends
from dashboard.figures import summaries
from dashboard.pages.commitments import load_commitments_page
from dashboard.pages.views import open_view
from dashboard.urls import parse_query

PAGES = [
    ("/trender", ""),
    ("/trender", "?omrade=hotorget,busstationen&matt=per1000&lang=en"),
    ("/loften", ""),
    ("/rapport", "?lang=en"),
    ("/vaggskarm", ""),
]


@pytest.fixture
def client(demo_db):
    import app as app_module
    from dashboard.storage import cache

    cache.clear()
    return app_module.app.server.test_client()


def rendered(client, pathname: str, search: str) -> dict:
    return router_answer(client, pathname, search)["_pages_content"]["children"]


def graphs_with_figures(node, figures=()) -> list[tuple[str, list]]:
    """(graph id, the <figure>s around it, innermost last) for every dcc.Graph."""
    if not isinstance(node, dict):
        return [g for child in children(node) for g in graphs_with_figures(child, figures)]
    if node.get("type") == "Graph":
        return [(node["props"].get("id"), list(figures))]
    if node.get("type") == "Figure":
        figures = (*figures, node)
    return [g for child in children(node) for g in graphs_with_figures(child, figures)]


@pytest.mark.parametrize(("pathname", "search"), PAGES)
def test_every_graph_is_a_figure_with_words(client, pathname, search):
    found = graphs_with_figures(rendered(client, pathname, search))
    assert found
    for graph_id, figures in found:
        assert figures, f"{graph_id} is not inside a <figure>"
        captions = [c for c in children(figures[-1]) if isinstance(c, dict)]
        captions = [c for c in captions if c.get("type") == "Figcaption"]
        assert captions and text(captions[0]).strip(), f"{graph_id}: no words"


def test_the_trends_page_says_the_municipalitys_thefts_in_words(demo_db):
    q = parse_query({})
    with open_view(q) as view:
        data = load_trends(view, parse_options({}))
    sentences = summaries.crime_sentences(data.series, "sv")
    assert (
        "Anmälda stölder, Hela kommunen, summa för 12 månader: 724 t.o.m. december 2022, "
        "7\u00a0% lägre än ett år tidigare."
    ) in sentences
    table = summaries.trend_table(data.series, "sv")
    assert list(table.columns)[:2] == ["månad", "Hela kommunen – Anmälda stölder"]
    assert table.iloc[-1].tolist()[:2] == ["december 2022", "724"]


def test_small_counts_are_words_and_tables_as_the_charts_protect_them(demo_db):
    q = parse_query({"omrade": "hotorget,busstationen", "lang": "en"})
    with open_view(q) as view:
        data = load_trends(view, parse_options({"matt": "antal"}))
    table = summaries.trend_table(data.series, "en")
    values = {v for column in table.columns[1:] for v in table[column]}
    # 12-month sums below municipality level (monthly counts are withheld there); any
    # protected figure reads as the charts label it, never as a number of 1 to 4.
    assert not values & {"1", "2", "3", "4"}
    assert all(s.measure == "rullande12" for s in data.series)


def test_before_after_estimates_as_a_table(demo_db):
    page = load_commitments_page(parse_query({}))
    p1 = next(item for item in page.items if item.code == "P1")
    estimates = [e for e in page.estimates_of(p1) if e.category == "stöld"]
    table = summaries.estimate_table(estimates, "sv")
    row = table[table["område"] == "Busstationen"].iloc[0].tolist()
    assert row == ["Busstationen", "−27\u00a0%", "−50\u00a0%", "+5\u00a0%"]


def meters_of(q_params: dict) -> dict:
    from components.gauge import gauge_meter

    with open_view(parse_query(q_params)) as view:
        items = view.commitments()
    return {item.code: gauge_meter(item, parse_query(q_params).lang) for item in items}


def test_a_gauge_is_a_meter_up_to_its_target_in_words(demo_db):
    p1 = meters_of({})["P1"]
    assert p1.role == "meter"
    props = p1.to_plotly_json()["props"]
    assert (props["aria-valuemax"], props["aria-valuenow"]) == (150, 150)  # 165 of 150
    assert props["aria-valuetext"] == "165 av målet 150 fotpatrullpass (110\u00a0%)"
    assert meters_of({})["K3"].to_plotly_json()["props"]["aria-valuetext"] == "Genomfört"


def test_a_gauge_in_words_names_the_pace_expected_today(demo_db):
    p1 = meters_of({"till": "2022-06", "lang": "en"})["P1"].to_plotly_json()["props"]
    text = p1["aria-valuetext"]
    assert text.startswith("of the target 150 fotpatrullpass", text.index(" ") + 1)
    assert "; expected today at an even pace: " in text

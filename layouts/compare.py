"""Comparison ``/jamfor``: the kommun against the nation, its county and chosen kommuner
in the official statistics per 100 000 inhabitants, and a check of the kommun's own
monthly data against the official counts.

Query parameters: ``med`` (kommun slugs to compare with, ``med=lidkoping,gotene``),
``brottstyp`` (a category, default all crimes), ``kommun`` and ``lang``.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import notes
from components.compare_controls import controls, kommun_filter
from components.compare_tables import check_table
from components.downloads import links_for
from components.figure_text import described_figure
from components.frame import empty_state, frame
from dashboard.analysis.comparison import COUNTY, KOMMUN
from dashboard.figures import compare as figures
from dashboard.figures import theme
from dashboard.i18n import t
from dashboard.pages.compare import (
    CHECK,
    RATES,
    Comparison,
    download_tables,
    kommun_options,
    load_comparison,
    page_search,
    parse_options,
)
from dashboard.pages.views import open_view
from dashboard.urls import parse_query
from layouts.ids import compare as ids
from layouts.titles import page_title

PATH = "/jamfor"

dash.register_page(
    __name__,
    path=PATH,
    order=4,
    nav_key="nav.compare",
    icon="bi-bar-chart-line",
    title=page_title("nav.compare"),
)


def layout(**params):
    q = parse_query(params)
    options = parse_options(params)
    lang = q.lang
    with open_view(q) as view:
        data = load_comparison(view, options)
        status = view.status
    content = [*intro(data, lang), *page_body(q, options, data, lang)]
    return frame(
        q, PATH, content, status=status, title=t("cmp.title", lang), extra=options.params()
    )


def intro(data: Comparison, lang: str) -> list:
    if data.own is None:
        return []
    text = t("cmp.intro", lang, kommun=data.own.name, county=data.own.county_name)
    return [html.P(text, className="lead")]


def page_body(q, options, data: Comparison, lang: str) -> list:
    """Controls, the figure with its words and tables, the notes and the check; or a
    clear empty state."""
    hint = t("cmp.empty_hint", lang)
    if data.own is None:
        message = t("cmp.unknown_kommun", lang, kommun=data.kommun)
        return [html.Div(empty_state(message), id=ids.EMPTY)]
    if not data.has_stats:
        return [html.Div(empty_state(t("cmp.empty", lang), hint), id=ids.EMPTY)]
    body = [
        controls(
            ids.FILTER,
            ids.CATEGORY,
            q,
            options,
            [o for o in kommun_options() if o[0] != data.own.slug],
            [k.slug for k in data.chosen.kommuner],
            data.categories,
            data.category,
        )
    ]
    if data.chosen.unknown:
        slugs = ", ".join(data.chosen.unknown)
        body.append(dbc.Alert(t("cmp.unknown", lang, slugs=slugs), color="warning", id=ids.UNKNOWN))
    kommun = data.of(KOMMUN)
    if kommun is None or not kommun.years():
        message = t("cmp.empty_kommun", lang, kommun=data.own.name)
        return [*body, html.Div(empty_state(message, hint), id=ids.EMPTY)]
    tables = download_tables(data, lang)
    search = page_search(q, options)
    body.append(comparison_figure(data, lang))
    body.append(links_for("jamfor", tables, RATES, lang, search))
    body.append(notes(page_notes(data, lang), ids.NOTES))
    body.append(check_section(data, lang, links_for("jamfor", tables, CHECK, lang, search)))
    return body


def comparison_figure(data: Comparison, lang: str) -> html.Section:
    """The graph with its words and its data as tables."""
    series = list(data.series)
    size = data.county_size
    figure = figures.compare_figure(series, lang)
    graph = dcc.Graph(
        id=ids.GRAPH,
        figure=figure,
        config=theme.graph_config(lang, filename="medborgarlofte-jamfor"),
        style={"height": f"{figure.layout['height']}px"},
    )
    category = t(f"cmp.category.{data.category}", lang)
    sentences = figures.sentences(series, data.category, lang, county_size=size)
    tables = [
        (
            t("cmp.table_rates", lang, category=category),
            figures.rate_table(series, lang, county_size=size),
        ),
        (
            t("cmp.table_counts", lang, category=category),
            figures.count_table(series, lang, county_size=size),
        ),
    ]
    return html.Section(
        [
            html.H2(t("cmp.figure_heading", lang, category=category), className="h4"),
            described_figure(graph, sentences, tables, lang, id=ids.FIGURE),
        ]
    )


def page_notes(data: Comparison, lang: str) -> list:
    county = data.of(COUNTY)
    items = [t("cmp.note_source", lang)]
    if county is not None:
        items.append(t("cmp.note_county", lang, county=county.name, size=data.county_size))
        years = [str(y) for y, _ in county.incomplete()]
        if years:
            items.append(t("cmp.note_incomplete", lang, county=county.name, years=", ".join(years)))
    items.append(t("cmp.note_outcomes", lang))
    return items


def check_section(data: Comparison, lang: str, downloads=None) -> html.Section:
    """The kommun's own monthly data summed per year against the official counts."""
    parts = [
        html.H2(t("cmp.check_title", lang), className="h4 mt-4"),
        html.P(t("cmp.check_intro", lang, kommun=data.own.name)),
    ]
    if data.check.empty:
        parts.append(html.P(t("cmp.check_empty", lang), className="text-body-secondary"))
    else:
        parts.append(check_table(data.check, lang, ids.CHECK_TABLE))
        parts.append(downloads)
        parts.append(html.P(t("cmp.check_note", lang), className="text-body-secondary small"))
    return html.Section(parts, id=ids.CHECK)


def validation_layout():
    """The kommun choice, whatever the data: for the validation layout (layouts/validation.py)."""
    return kommun_filter(ids.FILTER, [], [], "sv")

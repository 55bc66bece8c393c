"""What the report's sheets share: their ids, the sheet and its head, figures with their
data downloads (CSV and Excel links beside every figure, hidden in print:
components/downloads.py).

Each sheet is a ``section.report-page``, a new A4 landscape sheet in print
(assets/zz-site/print.css).
"""

from __future__ import annotations

from dash import dcc, html

from components.downloads import download_links
from components.figure_text import show_as_table
from components.gauge import element_id
from dashboard.figures import theme
from dashboard.figures.wall import FigureTable
from dashboard.i18n import MONTHS_SHORT
from dashboard.pages.download_tables import Table, report_title

ICON_HIDDEN = {"aria-hidden": "true"}


class ids:
    """Ids of the report's sheets and figures (All-in-One style; cli/report_pdf.py waits
    for ``ROOT``)."""

    ROOT = "report-root"
    COVER = "report-cover"
    SUMMARY = "report-summary"
    TRENDS = "report-trends"
    CHANGES = "report-trends-2"
    TREND_GRAPH = "report-graph-trend"
    SURVEY_GRAPH = "report-graph-survey"
    CHANGE_TABLE = "report-change-table"

    @staticmethod
    def commitment(code: str) -> str:
        return f"report-commitment-{element_id(code)}"

    @staticmethod
    def gauge(code: str) -> str:
        return f"report-gauge-{element_id(code)}"

    @staticmethod
    def area(slug: str) -> str:
        return f"report-area-{slug}"

    @staticmethod
    def area_crime_graph(slug: str) -> str:
        return f"report-graph-area-crime-{slug}"

    @staticmethod
    def area_survey_graph(slug: str) -> str:
        return f"report-graph-area-survey-{slug}"


def icon(name: str, extra: str = "") -> html.I:
    return html.I(className=f"bi {name} {extra}".strip(), **ICON_HIDDEN)


def download_buttons(ft: FigureTable, lang: str, search: str = "") -> dict:
    """CSV and Excel links of one figure's data, for the report's query string."""
    table = Table(ft.key, report_title(ft.key, ft, lang), ft.table.copy)
    return download_links("rapport", table, lang, search, className="report-downloads")


def graph(fig, graph_id: str, lang: str, height: int, *, static: bool = False) -> dcc.Graph:
    config = theme.graph_config(lang, filename=f"medborgarlofte-{graph_id}")
    if static:
        config = {**config, "displayModeBar": False, "staticPlot": True}
    return dcc.Graph(
        id=graph_id,
        figure=fig,
        config=config,
        style={"height": f"{height}px"},
        className="report-graph",
    )


def figure_block(
    ft: FigureTable, graph_id: str, lang: str, height: int, search: str = ""
) -> html.Figure:
    """A titled figure with its note and its data downloads; in words for a screen reader
    (the sheet has no room to print them) and as a table on screen."""
    return html.Figure(
        [
            html.Figcaption(
                [ft.title, html.Span(" " + " ".join(ft.summary), className="visually-hidden")],
                className="report-figure-title",
            ),
            graph(ft.figure, graph_id, lang, height),
            html.P(ft.note, className="report-note") if ft.note else None,
            download_buttons(ft, lang, search),
            show_as_table([(None, ft.table)], lang),
        ],
        className="report-figure",
    )


def short_date(day, lang: str) -> str:
    """``22 dec 2022`` (tables on paper)."""
    return f"{day.day} {MONTHS_SHORT[lang][day.month - 1]} {day.year}"


def sheet(children, sheet_id: str, *, extra: str = "") -> html.Section:
    return html.Section(children, className=f"report-page {extra}".strip(), id=sheet_id)


def sheet_head(kicker: str, title, right=None) -> html.Header:
    return html.Header(
        [
            html.Div(
                [html.Div(kicker, className="report-kicker"), html.H2(title, className="h3")],
                className="flex-grow-1",
            ),
            right,
        ],
        className="report-page-head",
    )

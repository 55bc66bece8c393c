"""What the report's sheets share: their ids, the sheet and its head, figures with their
data downloads (CSV and Excel beside every figure, hidden in print).

Each sheet is a ``section.report-page``, a new A4 landscape sheet in print
(assets/zz-site/print.css).
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.figure_text import show_as_table
from components.gauge import element_id
from dashboard.figures import theme
from dashboard.figures.wall import FigureTable
from dashboard.i18n import MONTHS_SHORT, t
from dashboard.pages import downloads

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
    DOWNLOAD_TYPE = "report-dl"

    @staticmethod
    def download(key, fmt) -> dict:
        """A figure's data download button (``key`` and ``fmt`` may be ``dash.ALL``)."""
        return {"type": ids.DOWNLOAD_TYPE, "key": key, "fmt": fmt}

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


def download_buttons(key: str, lang: str) -> html.Div:
    """CSV and Excel of one figure's data (pattern ids, see callbacks/report.py)."""
    formats = [f for f in downloads.FORMATS if f == "csv" or downloads.EXCEL_AVAILABLE]
    return html.Div(
        [
            html.Span(t("report.download", lang), className="me-2"),
            *[
                dbc.Button(
                    [icon("bi-download", "me-1"), t(f"report.fmt_{fmt}", lang)],
                    id=ids.download(key, fmt),
                    color="secondary",
                    outline=True,
                    size="sm",
                    className="me-1",
                )
                for fmt in formats
            ],
        ],
        className="report-downloads d-print-none",
    )


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


def figure_block(ft: FigureTable, graph_id: str, lang: str, height: int) -> html.Figure:
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
            download_buttons(ft.key, lang),
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

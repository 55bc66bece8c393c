"""A chart's text alternative (WCAG 1.1.1): the chart inside a ``<figure>`` whose
``<figcaption>`` says in words what it shows, and its data as a table ("Visa som
tabell") for whoever cannot read the chart. The words come from
``dashboard.figures.summaries``; the tables are the figures' display-ready tables."""

from __future__ import annotations

import math
from collections.abc import Sequence

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from dashboard.i18n import fmt_number, t


def _cell_text(value: object, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fmt_number(value, 0, lang)
    if isinstance(value, float):
        return fmt_number(value, 0 if value.is_integer() else 1, lang)
    return str(value)


def data_table(frame: pd.DataFrame, lang: str, caption: str | None = None) -> dbc.Table:
    """``frame`` as an HTML table, its first column (a month, a year, a name) naming each
    row as written."""
    head = html.Thead(html.Tr([html.Th(str(c), scope="col") for c in frame.columns]))
    rows = []
    for first, *values in frame.itertuples(index=False):
        rest = [_cell_text(v, lang) for v in values]
        rows.append(
            html.Tr(
                [html.Th(str(first), scope="row", className="fw-normal")]
                + [html.Td(v, className="text-end num") for v in rest]
            )
        )
    parts = [html.Caption(caption)] if caption else []
    return dbc.Table(
        [*parts, head, html.Tbody(rows)],
        size="sm",
        bordered=False,
        striped=True,
        className="figure-data-table caption-top mb-2",
    )


def show_as_table(
    tables: Sequence[tuple[str | None, pd.DataFrame]], lang: str, **kwargs
) -> html.Details | None:
    """The figure's tables behind "Visa som tabell", closed until asked for."""
    shown = [data_table(frame, lang, caption) for caption, frame in tables if len(frame)]
    if not shown:
        return None
    return html.Details(
        [
            html.Summary(t("figure.show_table", lang)),
            # Scrolls when wide or long: focusable, so a keyboard can scroll it too.
            html.Div(
                shown,
                className="table-responsive figure-data-scroll",
                tabIndex="0",
                role="region",
                **{"aria-label": t("figure.show_table", lang)},
            ),
        ],
        className="figure-data d-print-none",
        **kwargs,
    )


def caption(sentences: Sequence[str], className: str = "") -> html.Figcaption:
    """The figure in words, one sentence after the other."""
    return html.Figcaption(" ".join(sentences), className=f"figure-words small {className}".strip())


def described_figure(
    graph,
    sentences: Sequence[str],
    tables: Sequence[tuple[str | None, pd.DataFrame]],
    lang: str,
    **kwargs,
) -> html.Figure:
    """``graph`` with its words below it and its data behind "Visa som tabell"."""
    return html.Figure(
        [graph, caption(sentences), show_as_table(tables, lang)],
        className=kwargs.pop("className", "mb-3"),
        **kwargs,
    )

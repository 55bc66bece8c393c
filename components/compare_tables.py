"""Tables of the official statistics: the check of the kommun's own monthly data against
the official counts (``/jamfor``), and the kommun against the nation under the trend
figure (``/trender``)."""

from __future__ import annotations

import math

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html

from dashboard.i18n import fmt_number, fmt_signed_percent, t
from dashboard.pages.compare import CHECK_COLUMNS, TrendContext


def _signed(value: int, lang: str) -> str:
    text = fmt_number(value, 0, lang)
    return f"+{text}" if value > 0 else text


def check_table(check: pd.DataFrame, lang: str, element_id: str) -> dbc.Table:
    """Per year and category: the official count, the own monthly data summed, and the
    difference (own − official) in crimes and in per cent."""
    head = html.Thead(
        html.Tr(
            [
                html.Th(t(key, lang), scope="col", className="" if i < 2 else "text-end")
                for i, key in enumerate(CHECK_COLUMNS)
            ]
        )
    )
    rows = []
    for r in check.itertuples(index=False):
        percent = "–" if math.isnan(r.percent) else fmt_signed_percent(r.percent, 1, lang)
        rows.append(
            html.Tr(
                [
                    html.Th(str(r.year), scope="row", className="fw-normal"),
                    html.Td(t(f"cmp.category.{r.category}", lang)),
                    html.Td(fmt_number(r.official, 0, lang), className="text-end num"),
                    html.Td(fmt_number(r.local, 0, lang), className="text-end num"),
                    html.Td(_signed(int(r.difference), lang), className="text-end num"),
                    html.Td(percent, className="text-end num"),
                ]
            )
        )
    return html.Div(
        dbc.Table(
            [html.Caption(t("cmp.check_caption", lang)), head, html.Tbody(rows)],
            size="sm",
            striped=True,
            className="caption-top mb-2",
            id=element_id,
        ),
        className="table-responsive",
    )


def trend_context(items: list[TrendContext], href: str, lang: str, **kwargs) -> html.Section | None:
    """The kommun's latest official rate per category against the nation's, in words
    ("Stöld och tillgrepp per 100 000 invånare 2023: Skara 2 100, riket 2 600."), with a
    link to the comparison page; None without figures."""
    if not items:
        return None
    lines = [
        html.Li(
            t(
                "cmp.trend_line",
                lang,
                category=t(f"cmp.category.{c.category}", lang),
                year=c.year,
                kommun=c.kommun,
                rate=fmt_number(c.rate, 0, lang),
                nation=fmt_number(c.nation, 0, lang)
                if c.nation is not None
                else t("cmp.no_figure", lang),
            )
        )
        for c in items
    ]
    return html.Section(
        [
            html.H2(t("cmp.trend_title", lang), className="h5 mt-3"),
            html.Ul(lines, className="mb-1"),
            dcc.Link(t("cmp.trend_link", lang), href=href),
        ],
        className="mb-3",
        **kwargs,
    )

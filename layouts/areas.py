"""The list of areas ``/omrade`` (where the navigation points): every area with its type,
inhabitants and last 12 months of thefts and narcotics cases, each linking to its page.

Query parameters are the shared ``part``, ``fran``, ``till`` and ``lang``; ``till`` ends
the 12 months. The data: ``dashboard.pages.areas``.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import area_type_text, count_cell, month_text, notes
from components.frame import frame
from dashboard.i18n import fmt_number, label, t
from dashboard.pages.areas import load_areas_page
from dashboard.urls import parse_query
from layouts.ids import areas as ids
from layouts.titles import page_title

dash.register_page(
    __name__,
    path="/omrade",
    order=2,
    nav_key="nav.area",
    icon="bi-geo-alt",
    title=page_title("nav.area"),
)

PATH = "/omrade"


def layout(**params):
    # ``omrade`` chooses areas on other pages; here every area is listed.
    q = parse_query({k: v for k, v in params.items() if k != "omrade"})
    page = load_areas_page(q)
    content = list_page(q, page.end, page.rows)
    return frame(q, PATH, content, status=page.status, title=t("area.list_title", q.lang))


def list_page(q, end, rows) -> list:
    """Every area with its type, inhabitants and last 12 months of thefts and narcotics."""
    lang = q.lang
    cats = ("stöld", "narkotika")
    end_text = month_text(end, lang) if end is not None else "–"
    head = [
        html.Th(t("area.col_area", lang), scope="col"),
        html.Th(t("area.col_type", lang), scope="col"),
        html.Th(t("area.col_population", lang), scope="col", className="text-end"),
        *[
            html.Th(
                t("area.col_last12", lang, cat=label("cat", c, lang), end=end_text),
                scope="col",
                className="text-end",
            )
            for c in cats
        ],
    ]
    body = []
    for row in rows:
        area = row.area
        if area is None:
            name_cell = html.Th(t("area.whole", lang), scope="row", className="fw-semibold")
            kind, pop = "", None
        else:
            name_cell = html.Th(
                dcc.Link(area.name, href=f"{PATH}/{area.slug}" + q.search()),
                scope="row",
                className="fw-normal",
            )
            kind = area_type_text(area, lang)
            pop = area.population
        pop_text = fmt_number(pop, 0, lang) if pop else t("area.no_population", lang)
        if area is None:
            pop_text = ""
        cells = [
            count_cell(row.cells[c], lang, municipality=area is None) if row.cells else html.Td("–")
            for c in cats
        ]
        body.append(
            html.Tr(
                [name_cell, html.Td(kind), html.Td(pop_text, className="text-end num"), *cells],
                className="table-secondary" if area is None else None,
            )
        )
    table = dbc.Table(
        [html.Thead(html.Tr(head)), html.Tbody(body)],
        hover=True,
        responsive=True,
        className="analysis-table align-middle",
        id=ids.LIST,
    )
    return [
        html.P(t("area.list_intro", lang), className="lead"),
        html.Div(table, style={"maxWidth": "72rem"}),
        notes([t("trend.note_small", lang)]),
    ]

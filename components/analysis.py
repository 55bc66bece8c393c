"""Pieces shared by the analyst pages (``/trender``, ``/omrade`` and ``/omrade/<område>``):
link selectors that write the URL, note lists, tables of protected figures, month and
area-type texts."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.analysis.crime_trends import ChangeRow
from dashboard.analysis.protection import Cell, shown_text
from dashboard.i18n import MONTHS_SHORT, fmt_number, fmt_signed_percent, label, t


def link_selector(
    element_id: str, title: str, options: list[tuple[str, str, str]], active: str, lang: str
) -> html.Div:
    """A row of links styled as a segmented control; ``options`` are (value, text, href).

    Links, not a callback: the choice is in the URL, and back/forward and shared links
    just work. Each option has the id ``<element_id>-<value>``; the active one is marked
    by more than colour (filled, and "(vald)" for screen readers).
    """
    buttons = [
        dbc.Button(
            [text, html.Span(f" ({t('selector.chosen', lang)})", className="visually-hidden")]
            if value == active
            else text,
            href=href,
            id=f"{element_id}-{value}",
            color="primary" if value == active else "outline-primary",
            active=value == active,
            className="selector-option",
        )
        for value, text, href in options
    ]
    return html.Div(
        [
            html.Div(title, className="form-label mb-1", id=f"{element_id}-label"),
            html.Div(
                buttons,
                className="btn-group flex-wrap",
                role="group",
                id=element_id,
                **{"aria-labelledby": f"{element_id}-label"},
            ),
        ],
        className="me-4 mb-2",
    )


def notes(items: list, element_id: str | None = None) -> html.Ul:
    """Short explanatory notes under a figure (plain text or components)."""
    kwargs = {"id": element_id} if element_id else {}
    return html.Ul(
        [html.Li(item) for item in items if item],
        className="analysis-notes text-body-secondary",
        **kwargs,
    )


def count_cell(cell: Cell, lang: str, *, municipality: bool = False) -> html.Td:
    """A table cell with a protected count: "12", "1–4" or ".." (with an explanation)."""
    text = shown_text(cell, lang, municipality=municipality)
    title = None
    if text == t("small.count", lang):
        title = t("trend.title_small", lang)
    elif text == t("small.hidden", lang):
        title = t("trend.title_hidden", lang)
    return html.Td(text, className="text-end num", title=title)


def change_table(rows: list[ChangeRow], lang: str, element_id: str) -> dbc.Table:
    """12 months up to the period's end against the same 12 months a year earlier."""
    if not rows:
        return None
    end = rows[0].end
    last_head = t("trend.change_last", lang, end=month_text(end, lang))
    prev_head = t("trend.change_prev", lang, end=month_text(end - 12, lang))
    has_rates = any(r.population for r in rows)
    head = [
        html.Th(t("trend.change_area", lang), scope="col"),
        html.Th(t("trend.change_category", lang), scope="col"),
        html.Th(last_head, scope="col", className="text-end"),
        html.Th(prev_head, scope="col", className="text-end"),
        html.Th(t("trend.change_pct", lang), scope="col", className="text-end"),
    ]
    if has_rates:
        head.append(html.Th(t("trend.change_rate", lang), scope="col", className="text-end"))
    body = []
    for r in rows:
        whole = r.area is None
        name = t("area.whole", lang) if whole else r.area.name
        cells = [
            html.Th(
                name,
                scope="row",
                className="text-nowrap " + ("fw-semibold" if whole else "fw-normal"),
            ),
            html.Td(label("cat", r.category, lang), className="text-nowrap"),
            count_cell(r.last, lang, municipality=whole),
            count_cell(r.prev, lang, municipality=whole),
            html.Td(
                fmt_signed_percent(r.change_pct, 0, lang) if r.change_pct is not None else "–",
                className="text-end num",
            ),
        ]
        if has_rates:
            rate = r.rate(r.last)
            if r.population:
                text = fmt_number(rate, 1, lang) if rate is not None else "–"
            else:
                text = t("trend.no_population_short", lang)
            cells.append(html.Td(text, className="text-end num"))
        body.append(html.Tr(cells, className="table-secondary" if whole else None))
    return html.Div(
        dbc.Table(
            [html.Thead(html.Tr(head)), html.Tbody(body)],
            bordered=False,
            hover=True,
            responsive=True,
            className="analysis-table align-middle",
            id=element_id,
        ),
        style={"maxWidth": "72rem"},
    )


def month_text(period, lang: str) -> str:
    """``dec 2022`` for a monthly ``pd.Period`` (table headings)."""
    return f"{MONTHS_SHORT[lang][period.month - 1]} {period.year}"


def area_type_text(area, lang: str) -> str:
    """An area's kind, and what it lies in: ``bostadsområde i Centrum``."""
    kind = label("areatype", area.type, lang) if area.type else ""
    if area.parent:
        kind = t("area.in_parent", lang, kind=kind, parent=area.parent).strip()
    return kind

"""Neighbourhood ``/omrade/<område>``: one area against the whole municipality; and
``/omrade``, the list of areas (where the navigation points).

The area comes from the path (``contract.slug`` of its name: ``/omrade/hotorget``);
query parameters are the shared ``part``, ``fran``, ``till`` and ``lang``. ``till``
ends the 12-month windows compared; ``part``/``fran``/``till`` filter the activities.
"""

from __future__ import annotations

from urllib.parse import unquote

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import count_cell, notes
from components.filters import filter_bar, month_range
from components.frame import empty_state, frame
from dashboard.analysis.area_profile import AreaProfile, area_index, latest_waves, load_area_profile
from dashboard.figures import theme
from dashboard.figures.trends import area_crime_figure, area_survey_figure
from dashboard.i18n import (
    MONTHS_SHORT,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_signed_percent,
    label,
    t,
)
from dashboard.pages.views import open_view
from dashboard.urls import parse_query

dash.register_page(
    __name__,
    path="/omrade",
    path_template="/omrade/<omrade>",
    order=2,
    nav_key="nav.area",
    icon="bi-geo-alt",
    title="Område",
)

PATH = "/omrade"
ACTIVITIES_SHOWN = 15  # the latest reports; the rest behind "show all"


def path_slug(params: dict) -> str | None:
    """The area slug of the requested path, or None for the list page ``/omrade``.

    Dash merges the path variable with the query string, and the shared filter
    ``omrade`` would win, so the pathname itself is read where Dash gives it.
    """
    try:
        pathname = dash.callback_context.inputs.get("_pages_location.pathname")
    except dash.exceptions.MissingCallbackContextException:
        pathname = None
    if isinstance(pathname, str):
        rest = pathname.rstrip("/")
        if rest == PATH:
            return None
        if rest.startswith(PATH + "/"):
            return unquote(rest[len(PATH) + 1 :]) or None
    value = params.get("omrade")
    return str(value) if isinstance(value, str) and value else None


def layout(omrade: str | None = None, **params):
    slug = path_slug({"omrade": omrade, **params})
    params = {k: v for k, v in params.items() if k != "omrade"}
    q = parse_query(params)
    with open_view(q) as view:
        status = view.status
        area_options = view.area_options()
        if slug is None:
            end, rows = area_index(view)
            return frame(
                q, PATH, list_page(q, end, rows), status=status, title=t("area.list_title", q.lang)
            )
        profile = load_area_profile(view, slug)
        parts = view.parts()
        months = month_range(*view.month_span()) if status.first_month else []
        if profile is None:
            end, rows = area_index(view)
    lang = q.lang
    if profile is None:
        content = [
            html.Div(
                empty_state(t("area.not_found", lang, slug=slug), t("area.not_found_hint", lang)),
                id="area-not-found",
            ),
            area_links(q, area_options),
        ]
        return frame(q, f"{PATH}/{slug}", content, status=status, title=t("area.title", lang))
    content = detail_page(q, profile, area_options, parts, months)
    return frame(q, f"{PATH}/{profile.area.slug}", content, status=status, title=profile.area.name)


# --------------------------------------------------------------------------- the list page


def area_links(q, area_options) -> html.Nav:
    """Links to every area (for the unknown-area state)."""
    return html.Nav(
        html.Ul(
            [
                html.Li(
                    dcc.Link(name, href=f"{PATH}/{slug}" + q.search()),
                    className="list-inline-item me-3",
                )
                for slug, name in area_options
            ],
            className="list-inline fs-4",
        ),
        id="area-links",
        **{"aria-label": t("area.list_title", q.lang)},
    )


def list_page(q, end, rows) -> list:
    """Every area with its type, inhabitants and last 12 months of thefts and narcotics."""
    lang = q.lang
    cats = ("stöld", "narkotika")
    end_text = _month(end, lang) if end is not None else "–"
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
            kind = _type_text(area, lang)
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
        id="area-list",
    )
    return [
        html.P(t("area.list_intro", lang), className="lead"),
        html.Div(table, style={"maxWidth": "72rem"}),
        notes([t("trend.note_small", lang)]),
    ]


def _type_text(area, lang: str) -> str:
    kind = label("areatype", area.type, lang) if area.type else ""
    if area.parent:
        kind = t("area.in_parent", lang, kind=kind, parent=area.parent).strip()
    return kind


def _month(period, lang: str) -> str:
    return f"{MONTHS_SHORT[lang][period.month - 1]} {period.year}"


# --------------------------------------------------------------------------- one area


def detail_page(q, profile: AreaProfile, area_options, parts, months) -> list:
    lang = q.lang
    area = profile.area
    if area.population:
        subtitle = t(
            "area.subtitle_pop",
            lang,
            kind=_type_text(area, lang),
            population=fmt_number(area.population, 0, lang),
        )
    else:
        subtitle = t("area.subtitle_place", lang, kind=_type_text(area, lang))
    jump = dbc.Row(
        [
            dbc.Col(
                [
                    dbc.Label(t("area.jump", lang), html_for="area-jump"),
                    dcc.Dropdown(
                        id="area-jump",
                        options=[{"label": name, "value": slug} for slug, name in area_options],
                        value=area.slug,
                        clearable=False,
                        searchable=True,
                    ),
                ],
                md=4,
            ),
            dbc.Col(
                dcc.Link(
                    [
                        html.I(className="bi bi-graph-up me-2", **{"aria-hidden": "true"}),
                        t("area.trend_link", lang, name=area.name),
                    ],
                    href="/trender" + q.search(areas=(area.slug,)),
                    id="area-trend-link",
                    className="fs-5",
                ),
                md="auto",
                className="d-flex align-items-end pb-1",
            ),
        ],
        className="g-3 mb-3 d-print-none",
    )
    return [
        html.P(subtitle, className="lead", id="area-subtitle"),
        jump,
        filter_bar(q, [], parts, months, show_areas=False),
        *crime_section(profile, lang),
        *survey_section(profile, lang),
        *activity_section(q, profile, lang),
        *commitment_section(q, profile, lang),
    ]


def crime_section(profile: AreaProfile, lang: str) -> list:
    area = profile.area
    heading = html.H2(t("area.crimes_title", lang), className="h3 mt-4")
    if profile.end is None or not profile.crimes:
        return [heading, empty_state(t("area.no_crimes", lang), t("empty.no_match_hint", lang))]
    fig = area_crime_figure(profile, lang)
    graph = dcc.Graph(
        id="area-crime-graph",
        figure=fig,
        config=theme.graph_config(lang, filename=f"medborgarlofte-{area.slug}-brott"),
        style={"height": f"{fig.layout['height']}px"},
    )
    end = profile.end
    last_h = t("area.col_window", lang, end=_month(end, lang))
    prev_h = t("area.col_window", lang, end=_month(end - 12, lang))
    rates = bool(area.population)
    head_top = [
        html.Th("", scope="col"),
        html.Th(area.name, colSpan=4 if rates else 3, scope="colgroup", className="text-center"),
        html.Th(
            t("area.whole", lang), colSpan=4 if rates else 3, scope="colgroup",
            className="text-center",
        ),
    ]  # fmt: skip
    sub = [last_h, prev_h, t("trend.change_pct", lang)]
    if rates:
        sub.append(t("area.col_rate", lang))
    head = [html.Th(t("trend.change_category", lang), scope="col")] + [
        html.Th(text, scope="col", className="text-end") for text in sub * 2
    ]
    body = []
    for comp in profile.crimes:
        cells = [
            html.Th(
                label("cat", comp.category, lang), scope="row", className="fw-normal text-nowrap"
            )
        ]
        for row, whole in ((comp.area, False), (comp.municipality, True)):
            cells += [
                count_cell(row.last, lang, municipality=whole),
                count_cell(row.prev, lang, municipality=whole),
                html.Td(
                    fmt_signed_percent(row.change_pct, 0, lang)
                    if row.change_pct is not None
                    else "–",
                    className="text-end num",
                ),
            ]
            if rates:
                rate = row.rate(row.last)
                cells.append(
                    html.Td(
                        fmt_number(rate, 1, lang) if rate is not None else "–",
                        className="text-end num",
                    )
                )
        body.append(html.Tr(cells))
    table = dbc.Table(
        [html.Thead([html.Tr(head_top), html.Tr(head)]), html.Tbody(body)],
        hover=True,
        responsive=True,
        className="analysis-table align-middle",
        id="area-crime-table",
    )
    items = [
        t("area.note_rates" if rates else "area.note_counts", lang, name=area.name),
        t("trend.note_narcotics", lang),
        t("trend.note_small", lang),
    ]
    return [heading, graph, html.Div(table, style={"maxWidth": "80rem"}), notes(items)]


def survey_text(row: dict | None, lang: str) -> str:
    """'38,9 % (31,7–46,6) · n = 162 · slumpmässigt urval'."""
    if row is None:
        return "–"
    n = row.get("n")
    n_text = fmt_number(int(n), 0, lang) if n is not None and n == n else "?"
    if row.get("status") == "few":
        return t("area.survey_few", lang, n=n_text)
    if row["scale"] == "index":
        value = fmt_number(row["value"], 2, lang)
    else:
        value = fmt_percent(row["value"], 1, lang)
    low = row.get("low")
    if low is not None and low == low:
        value += f" ({fmt_number(low, 1, lang)}–{fmt_number(row['high'], 1, lang)})"
    sampling = (
        label("sampling", row["sampling"], lang)
        if row.get("sampling")
        else t("trend.sampling_unknown", lang)
    )
    return f"{value} · n = {n_text} · {sampling}"


def survey_section(profile: AreaProfile, lang: str) -> list:
    heading = html.H2(t("area.survey_title", lang), className="h3 mt-4")
    points = profile.survey
    if points.empty:
        return [heading, html.P(t("area.survey_none", lang), className="text-body-secondary")]
    fig = area_survey_figure(profile, lang)
    graph = dcc.Graph(
        id="area-survey-graph",
        figure=fig,
        config=theme.graph_config(lang, filename=f"medborgarlofte-{profile.area.slug}-enkat"),
        style={"height": f"{fig.layout['height']}px"},
    )
    latest = latest_waves(points)
    head = [
        html.Th(t("area.survey_col_indicator", lang), scope="col"),
        html.Th(t("area.survey_col_year", lang), scope="col"),
        html.Th(profile.area.name, scope="col"),
        html.Th(t("area.whole", lang), scope="col"),
    ]
    body = [
        html.Tr(
            [
                html.Th(label("ind", r.indicator, lang), scope="row", className="fw-normal"),
                html.Td(str(r.year) if r.year else "–"),
                html.Td(survey_text(r.area, lang)),
                html.Td(survey_text(r.whole, lang)),
            ]
        )
        for r in latest.itertuples(index=False)
    ]
    table = dbc.Table(
        [html.Thead(html.Tr(head)), html.Tbody(body)],
        hover=True,
        responsive=True,
        className="analysis-table align-middle",
        id="area-survey-table",
    )
    items = [t("area.note_survey", lang), t("trend.note_index", lang)]
    if (~points["random"] & (points["status"] == "shown")).any():
        items.append(t("trend.note_self_selected", lang))
    return [heading, graph, html.Div(table, style={"maxWidth": "80rem"}), notes(items)]


def activity_section(q, profile: AreaProfile, lang: str) -> list:
    heading = html.H2(t("area.activities_title", lang), className="h3 mt-4")
    acts = profile.activities
    if acts.empty:
        return [
            heading,
            html.P(
                t("area.no_activities", lang),
                className="text-body-secondary",
                id="area-no-activities",
            ),
        ]
    head = [
        html.Th(t(f"area.act_{key}", lang), scope="col", className=cls)
        for key, cls in (
            ("date", None),
            ("commitment", None),
            ("count", "text-end"),
            ("by", None),
            ("comment", None),
        )
    ]
    body = []
    ordered = acts.sort_values(["day", "code"], ascending=[False, True])
    for r in ordered.itertuples(index=False):
        body.append(
            html.Tr(
                [
                    html.Td(fmt_date(r.day, lang), className="text-nowrap"),
                    html.Td(dcc.Link(r.code, href=f"/loften{q.search()}#{r.code}")),
                    html.Td(fmt_number(int(r.count), 0, lang), className="text-end num"),
                    html.Td(r.performed_by or ""),
                    html.Td(r.comment or "", className="checkin-comment"),
                ]
            )
        )
    summary = t(
        "area.activities_summary",
        lang,
        n=fmt_number(len(acts), 0, lang),
        start=fmt_date(profile.period[0], lang),
        end=fmt_date(profile.period[1], lang),
    )
    table = dbc.Table(
        [html.Thead(html.Tr(head)), html.Tbody(body[:ACTIVITIES_SHOWN])],
        hover=True,
        responsive=True,
        size="sm",
        className="analysis-table align-middle",
        id="area-activities",
    )
    parts = [heading, html.P(summary, className="text-body-secondary"), table]
    if len(body) > ACTIVITIES_SHOWN:
        rest = dbc.Table(
            [html.Thead(html.Tr(head)), html.Tbody(body[ACTIVITIES_SHOWN:])],
            hover=True,
            responsive=True,
            size="sm",
            className="analysis-table align-middle",
        )
        more = t("area.activities_more", lang, n=fmt_number(len(body) - ACTIVITIES_SHOWN, 0, lang))
        parts.append(html.Details([html.Summary(more, className="fs-5 mb-2"), rest]))
    return parts


def commitment_section(q, profile: AreaProfile, lang: str) -> list:
    heading = html.H2(t("area.commitments_title", lang), className="h3 mt-4")
    if not profile.commitments:
        return [
            heading,
            html.P(t("area.no_commitments", lang), className="text-body-secondary"),
        ]
    items = [
        html.Li(
            [
                dcc.Link(
                    f"{r.code} ({r.year})",
                    href=f"/loften{q.search()}#{r.code}",
                    className="fw-semibold me-2",
                ),
                html.Span(label("party_short", r.party, lang) + ":", className="me-1"),
                html.Span(r.text),
            ],
            className="mb-2",
        )
        for r in profile.commitments
    ]
    return [heading, html.Ul(items, id="area-commitments", className="list-unstyled fs-5")]

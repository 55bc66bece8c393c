"""One neighbourhood ``/omrade/<område>``: the area against the whole municipality.

The area comes from the path (``contract.slug`` of its name: ``/omrade/hotorget``);
query parameters are the shared ``part``, ``fran``, ``till`` and ``lang``. ``till``
ends the 12-month windows compared; ``part``/``fran``/``till`` filter the activities.
An unknown area links to every known one. The data: ``dashboard.pages.areas``.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import area_type_text, count_cell, month_text, notes
from components.downloads import links_for
from components.filters import dropdown_labels, filter_bar, month_range
from components.frame import empty_state, frame
from dashboard.analysis.area_profile import AreaProfile, latest_waves
from dashboard.figures import theme
from dashboard.figures.area import area_crime_figure, area_survey_figure
from dashboard.i18n import fmt_date, fmt_number, fmt_percent, fmt_signed_percent, label, t
from dashboard.pages.areas import load_area_page
from dashboard.pages.download_tables import area_tables
from dashboard.urls import parse_query
from layouts.ids import area as ids
from layouts.titles import AREA_PATH, area_title, path_slug

dash.register_page(__name__, path_template="/omrade/<omrade>", title=area_title)

PATH = AREA_PATH
ACTIVITIES_SHOWN = 15  # the latest reports; the rest behind "show all"


def layout(omrade: str | None = None, **params):
    slug = path_slug(omrade)
    q = parse_query(params)
    lang = q.lang
    page = load_area_page(q, slug)
    profile = page.profile
    if profile is None:
        content = [
            html.Div(
                empty_state(t("area.not_found", lang, slug=slug), t("area.not_found_hint", lang)),
                id=ids.NOT_FOUND,
            ),
            area_links(q, page.area_options),
        ]
        return frame(q, f"{PATH}/{slug}", content, status=page.status, title=t("area.title", lang))
    months = month_range(*page.month_span) if page.month_span else []
    content = detail_page(q, profile, page.area_options, page.parts, months)
    return frame(
        q, f"{PATH}/{profile.area.slug}", content, status=page.status, title=profile.area.name
    )


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
        id=ids.LINKS,
        **{"aria-label": t("area.list_title", q.lang)},
    )


def detail_page(q, profile: AreaProfile, area_options, parts, months) -> list:
    """The area's page below the title: subtitle, jump selector, filters and sections."""
    lang = q.lang
    area = profile.area
    if area.population:
        subtitle = t(
            "area.subtitle_pop",
            lang,
            kind=area_type_text(area, lang),
            population=fmt_number(area.population, 0, lang),
        )
    else:
        subtitle = t("area.subtitle_place", lang, kind=area_type_text(area, lang))
    jump = dbc.Row(
        [
            dbc.Col(
                [
                    dbc.Label(t("area.jump", lang), html_for=ids.JUMP),
                    jump_selector(area_options, area.slug, lang),
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
                    id=ids.TREND_LINK,
                    className="fs-5",
                ),
                md="auto",
                className="d-flex align-items-end pb-1",
            ),
        ],
        className="g-3 mb-3 d-print-none",
    )
    tables = area_tables(profile, lang)

    def downloads(key: str):
        return links_for("omrade", tables, key, lang, q.search(), slug=area.slug)

    return [
        html.P(subtitle, className="lead", id=ids.SUBTITLE),
        jump,
        filter_bar(q, [], parts, months, show_areas=False),
        *crime_section(profile, lang),
        downloads("brott"),
        *survey_section(profile, lang),
        downloads("enkat"),
        *activity_section(q, profile, lang),
        downloads("aktiviteter"),
        *commitment_links(q, profile, lang),
    ]


def jump_selector(area_options, slug: str | None, lang: str = "sv") -> dcc.Dropdown:
    """The "go to area" selector (callbacks/area.py writes the chosen area's path)."""
    return dcc.Dropdown(
        id=ids.JUMP,
        options=[{"label": name, "value": value} for value, name in area_options],
        value=slug,
        clearable=False,
        searchable=True,
        labels=dropdown_labels(lang),
    )


def validation_layout():
    """The "go to area" selector, whatever the area: for the validation layout
    (layouts/validation.py)."""
    return jump_selector([], None)


def crime_section(profile: AreaProfile, lang: str) -> list:
    """Crimes per category, the last 12 months against the 12 before, area and whole."""
    area = profile.area
    heading = html.H2(t("area.crimes_title", lang), className="h3 mt-4")
    if profile.end is None or not profile.crimes:
        return [heading, empty_state(t("area.no_crimes", lang), t("empty.no_match_hint", lang))]
    fig = area_crime_figure(profile, lang)
    graph = dcc.Graph(
        id=ids.CRIME_GRAPH,
        figure=fig,
        config=theme.graph_config(lang, filename=f"medborgarlofte-{area.slug}-brott"),
        style={"height": f"{fig.layout['height']}px"},
    )
    end = profile.end
    last_h = t("area.col_window", lang, end=month_text(end, lang))
    prev_h = t("area.col_window", lang, end=month_text(end - 12, lang))
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
        id=ids.CRIME_TABLE,
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
    """The survey questions' latest waves, area and whole, with n and intervals."""
    heading = html.H2(t("area.survey_title", lang), className="h3 mt-4")
    points = profile.survey
    if points.empty:
        return [heading, html.P(t("area.survey_none", lang), className="text-body-secondary")]
    fig = area_survey_figure(profile, lang)
    graph = dcc.Graph(
        id=ids.SURVEY_GRAPH,
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
        id=ids.SURVEY_TABLE,
    )
    items = [t("area.note_survey", lang), t("trend.note_index", lang)]
    if (~points["random"] & (points["status"] == "shown")).any():
        items.append(t("trend.note_self_selected", lang))
    return [heading, graph, html.Div(table, style={"maxWidth": "80rem"}), notes(items)]


def activity_section(q, profile: AreaProfile, lang: str) -> list:
    """The activities reported in the area, newest first; the older behind "show all"."""
    heading = html.H2(t("area.activities_title", lang), className="h3 mt-4")
    acts = profile.activities
    if acts.empty:
        return [
            heading,
            html.P(
                t("area.no_activities", lang),
                className="text-body-secondary",
                id=ids.NO_ACTIVITIES,
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
        id=ids.ACTIVITIES,
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


def commitment_links(q, profile: AreaProfile, lang: str) -> list:
    """The commitments that name the area, each linking to its section on ``/loften``."""
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
    return [heading, html.Ul(items, id=ids.COMMITMENTS, className="list-unstyled fs-5")]

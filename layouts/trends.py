"""Trends ``/trender``: reported thefts and narcotics cases over time against survey
perception, with the activity reports on the same time axis.

Query parameters: the shared filters (``omrade``, ``part``, ``fran``, ``till``, ``lang``)
and the page's own ``matt`` (``rullande12`` default, ``antal``, ``per1000``) and
``enkat`` (a survey indicator, default ``otrygg_kvall``).
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import change_table, link_selector, notes
from components.compare_tables import trend_context
from components.downloads import links_for
from components.figure_text import described_figure
from components.filters import filter_bar, month_range
from components.frame import empty_state, frame
from dashboard import contract
from dashboard.analysis.comparison import ALL
from dashboard.analysis.trend_options import MEASURES, page_search, parse_options
from dashboard.analysis.trends import CATEGORIES, TrendData, load_trends
from dashboard.figures import summaries, theme
from dashboard.figures.trends import trend_figure
from dashboard.figures.wall_survey import survey_table
from dashboard.i18n import label, t
from dashboard.pages.compare import trend_context as load_trend_context
from dashboard.pages.download_tables import trend_tables
from dashboard.pages.views import open_view
from dashboard.urls import parse_query
from layouts.ids import trends as ids
from layouts.titles import page_title

dash.register_page(
    __name__,
    path="/trender",
    order=1,
    nav_key="nav.trends",
    icon="bi-graph-up",
    title=page_title("nav.trends"),
)


def layout(**params):
    q = parse_query(params)
    options = parse_options(params)
    lang = q.lang
    with open_view(q) as view:
        data = load_trends(view, options)
        area_options = view.area_options()
        parts = view.parts()
        months = month_range(*view.month_span()) if view.status.first_month else []
        status = view.status
        kommun = view.kommun
        # The kommun against the nation in the official statistics, where they exist.
        until = data.end.year if data.end is not None else None
        context = load_trend_context(view, (ALL, *CATEGORIES), until)
    content = [
        html.P(t("trend.intro", lang, kommun=kommun), className="lead"),
        filter_bar(q, area_options, parts, months),
        selectors(q, data.options, lang),
        *page_body(
            q,
            data,
            lang,
            trend_context(context, "/jamfor" + q.search(areas=()), lang, id=ids.CONTEXT),
        ),
    ]
    return frame(
        q,
        "/trender",
        content,
        status=status,
        title=t("trend.title", lang),
        extra=options.params(),
    )


def selectors(q, options, lang: str) -> html.Div:
    """The measure and the survey indicator, as links that set ``matt`` and ``enkat``."""
    measures = [
        (m, t(f"trend.measure_{m}", lang), "/trender" + page_search(q, options, measure=m))
        for m in MEASURES
    ]
    indicators = [
        (i, label("ind", i, lang), "/trender" + page_search(q, options, indicator=i))
        for i in contract.SURVEY_INDICATORS
    ]
    return html.Div(
        [
            link_selector(ids.MEASURE, t("trend.measure", lang), measures, options.measure, lang),
            link_selector(
                ids.INDICATOR, t("trend.indicator", lang), indicators, options.indicator, lang
            ),
        ],
        className="d-flex flex-wrap align-items-end mb-2 d-print-none trend-selectors",
    )


def page_body(q, data: TrendData, lang: str, context=None) -> list:
    """Alerts, the graph (or a clear empty state), the change table and the notes."""
    alerts = []
    if data.unknown:
        alerts.append(
            dbc.Alert(
                t("trend.unknown_areas", lang, areas=", ".join(data.unknown)),
                color="warning",
                id=ids.UNKNOWN_AREAS,
            )
        )
    if data.start is None or not data.has_crimes:
        return [
            *alerts,
            html.Div(
                empty_state(t("trend.empty", lang), t("empty.no_match_hint", lang)),
                id=ids.EMPTY,
            ),
        ]
    if data.monthly_withheld:
        alerts.append(
            dbc.Alert(
                [
                    html.I(className="bi bi-shield-lock me-2", **{"aria-hidden": "true"}),
                    t("trend.monthly_withheld", lang),
                ],
                color="info",
                id=ids.MONTHLY_WITHHELD,
            )
        )
    if data.no_population:
        names = ", ".join(a.name for a in data.no_population)
        alerts.append(
            dbc.Alert(
                [
                    html.I(className="bi bi-info-circle me-2", **{"aria-hidden": "true"}),
                    t("trend.no_population", lang, areas=names),
                    " ",
                    dcc.Link(
                        t("trend.show_counts", lang),
                        href="/trender" + page_search(q, data.options, measure="rullande12"),
                    ),
                ],
                color="info",
                id=ids.NO_POPULATION,
            )
        )
    figure = trend_figure(data, lang)
    graph = dcc.Graph(
        id=ids.GRAPH,
        figure=figure,
        config=theme.graph_config(lang, filename="medborgarlofte-trender"),
        style={"height": f"{figure.layout['height']}px"},
    )
    tables = trend_tables(data, lang)
    search = page_search(q, data.options)
    body = [
        *alerts,
        trend_figure_described(graph, data, lang),
        html.Div(
            [links_for("trender", tables, key, lang, search) for key in ("brott", "enkat")],
            className="d-flex flex-wrap column-gap-4",
        ),
    ]
    if context is not None:
        body.append(context)
    if data.activities.empty:
        body.append(
            html.P(
                t("trend.no_activities", lang),
                className="text-body-secondary",
                id=ids.NO_ACTIVITIES,
            )
        )
    body.append(html.H2(t("trend.change_title", lang), className="h4 mt-3"))
    body.append(change_table(data.changes, lang, ids.CHANGE))
    body.append(links_for("trender", tables, "forandring", lang, search))
    body.append(notes(page_notes(q, data, lang), ids.NOTES))
    if data.areas:
        body.append(area_links(q, data, lang))
    return body


def trend_figure_described(graph, data: TrendData, lang: str):
    """The graph with its figures in words and as tables (its text alternative)."""
    names = {a.id: a.name for a in data.areas}
    indicator = data.options.indicator
    survey = data.survey.assign(indicator=indicator) if len(data.survey) else data.survey
    shown = survey[survey["status"] == "shown"] if len(survey) else survey
    sentences = [
        *summaries.crime_sentences(data.series, lang),
        *summaries.survey_sentences(data.survey, indicator, names, lang),
    ]
    measure = t(f"trend.measure_short_{data.options.measure}", lang)
    tables = [
        (f"{t('wfig.crime_title', lang)}, {measure}", summaries.trend_table(data.series, lang)),
        (label("ind", indicator, lang), survey_table(shown, names, lang) if len(shown) else shown),
    ]
    return described_figure(graph, sentences, tables, lang, id=ids.FIGURE)


def page_notes(q, data: TrendData, lang: str) -> list:
    """What a reader needs to read the figure right, for what is on it."""
    measure = data.options.measure
    items = [t(f"trend.note_{measure}", lang), t("trend.note_narcotics", lang)]
    if data.areas:
        items.append(t("trend.note_small", lang))
        if measure != "per1000":
            items.append(t("trend.note_columns", lang))
        places = [a.name for a in data.areas if not a.population]
        if places and measure != "per1000":
            items.append(t("trend.note_places", lang, areas=", ".join(places)))
    points = data.survey
    if not points.empty:
        items.append(t("trend.note_survey", lang))
        if (~points["random"] & (points["status"] == "shown")).any():
            items.append(t("trend.note_self_selected", lang))
        few = points[points["status"] == "few"]
        if not few.empty:
            names = []
            for area_id, rows in few.groupby("area_id"):
                name = data.area_name(int(area_id)) or t("area.whole", lang)
                years = ", ".join(str(y) for y in sorted(rows["year"]))
                names.append(f"{name} {years}")
            items.append(t("trend.note_few", lang, which="; ".join(names)))
        if data.survey_scale == "index":
            items.append(t("trend.note_index", lang))
    else:
        items.append(t("trend.no_survey", lang))
    if q.part:
        items.append(t("trend.note_part", lang, part=q.part))
    return items


def area_links(q, data: TrendData, lang: str) -> html.P:
    """Links to the chosen areas' own pages."""
    links = []
    for area in data.areas:
        if links:
            links.append(" · ")
        links.append(
            dcc.Link(
                area.name,
                href=f"/omrade/{area.slug}" + q.search(areas=()),
                id=ids.area_link(area.slug),
            )
        )
    return html.P([t("trend.area_pages", lang), " ", *links], className="mt-2")

"""The steering-group report's pages, laid out for A4 landscape (assets/zz-site/print.css).

Each page is a ``section.report-page`` (a new sheet in print); every figure has its
data as CSV and Excel beside it (buttons hidden in print) and its PNG in the graph's
toolbar. User text (commitment texts, comments, names) is plain text.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import change_table
from components.commitment_section import achieved_text, facts, progress_chart
from components.frame import status_line
from components.gauge import element_id, status_badge
from dashboard.analysis import wall
from dashboard.analysis.commitment_detail import short_text
from dashboard.analysis.protection import shown_text
from dashboard.figures import theme
from dashboard.figures.wall import FigureTable
from dashboard.i18n import (
    MONTHS_SHORT,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_signed_percent,
    label,
    t,
)
from dashboard.pages import downloads
from dashboard.pages.report import LATEST_REPORTS, AreaPart, CommitmentPart, Report

ICON_HIDDEN = {"aria-hidden": "true"}
AREA_DONE_ROWS = 6  # commitments listed under "done here" on a focus area's sheet


def _icon(name: str, extra: str = "") -> html.I:
    return html.I(className=f"bi {name} {extra}".strip(), **ICON_HIDDEN)


def download_buttons(key: str, lang: str) -> html.Div:
    """CSV and Excel of one figure's data (pattern ids, see callbacks/report.py)."""
    formats = [f for f in downloads.FORMATS if f == "csv" or downloads.EXCEL_AVAILABLE]
    return html.Div(
        [
            html.Span(t("report.download", lang), className="me-2"),
            *[
                dbc.Button(
                    [_icon("bi-download", "me-1"), t(f"report.fmt_{fmt}", lang)],
                    id={"type": "report-dl", "key": key, "fmt": fmt},
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


def _graph(fig, graph_id: str, lang: str, height: int, *, static: bool = False) -> dcc.Graph:
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
    """A titled figure with its note and its data downloads."""
    return html.Figure(
        [
            html.Figcaption(ft.title, className="report-figure-title"),
            _graph(ft.figure, graph_id, lang, height),
            html.P(ft.note, className="report-note") if ft.note else None,
            download_buttons(ft.key, lang),
        ],
        className="report-figure",
    )


def short_date(day, lang: str) -> str:
    """``22 dec 2022`` (tables on paper)."""
    return f"{day.day} {MONTHS_SHORT[lang][day.month - 1]} {day.year}"


def _page(children, page_id: str, *, extra: str = "") -> html.Section:
    return html.Section(children, className=f"report-page {extra}".strip(), id=page_id)


def _page_head(kicker: str, title, right=None) -> html.Header:
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


# --- cover and summary -----------------------------------------------------------------


def cover(report: Report, lang: str) -> html.Section:
    counts = wall.status_counts(report.items)
    chips = [
        html.Span(
            [html.Strong(str(counts[key]), className="me-2"), status_badge(key, lang)],
            className="me-4 text-nowrap",
        )
        for key in theme.STATUS_ORDER
        if counts[key]
    ]
    areas = ", ".join(part.area.name for part in report.areas)
    contents = [
        t("report.contents_summary", lang),
        t("report.contents_commitments", lang, n=len(report.parts)),
        t("report.contents_trends", lang),
    ]
    if areas:
        contents.append(t("report.contents_areas", lang, areas=areas))
    demo = (
        html.P(
            [_icon("bi-info-circle-fill", "me-2"), t("app.demo_badge", lang)],
            className="report-demo",
        )
        if report.status.demo
        else None
    )
    return _page(
        [
            html.Div(
                [_icon("bi-shield-check", "me-2"), t("app.title", lang)],
                className="report-brand",
            ),
            html.H1(t("report.title", lang, year=report.year or ""), className="report-title"),
            html.P(t("report.subtitle", lang, kommun=report.kommun), className="lead"),
            demo,
            dbc.Row(
                [
                    dbc.Col(
                        [
                            html.H2(t("report.selection", lang), className="h5"),
                            html.Dl(
                                [
                                    el
                                    for name, value in report.filters
                                    for el in (
                                        html.Dt(name, className="col-5"),
                                        html.Dd(value, className="col-7"),
                                    )
                                ],
                                className="row report-selection",
                            ),
                            html.P(
                                status_line(report.status, lang), className="report-data-status"
                            ),
                        ],
                        width=6,
                    ),
                    dbc.Col(
                        [
                            html.H2(t("report.at_a_glance", lang), className="h5"),
                            html.P(
                                t("report.glance_text", lang, n=len(report.items)),
                                className="mb-2",
                            ),
                            html.Div(chips, className="report-counts mb-3"),
                            html.H2(t("report.contents", lang), className="h5"),
                            html.Ol([html.Li(c) for c in contents], className="report-contents"),
                        ],
                        width=6,
                    ),
                ],
                className="mt-4",
            ),
            html.P(t("headline.neutral_note", lang), className="report-note mt-4"),
        ],
        "report-cover",
        extra="report-cover-page",
    )


def summary_page(report: Report, lang: str) -> html.Section:
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("report.col.code", lang), scope="col"),
                html.Th(t("report.col.commitment", lang), scope="col"),
                html.Th(t("report.col.achieved", lang), scope="col"),
                html.Th(t("report.col.status", lang), scope="col"),
                html.Th(t("report.col.checkin", lang), scope="col"),
            ]
        )
    )
    rows = []
    for item in report.items:
        j = item.judgement
        checkin = (
            [
                status_badge(item.checkin_status, lang, prefix="checkin"),
                html.Span(fmt_date(item.checkin_day, lang), className="ms-2 small text-nowrap"),
            ]
            if item.checkin_status
            else t("gauge.no_checkin", lang)
        )
        rows.append(
            html.Tr(
                [
                    html.Th(item.code, scope="row"),
                    html.Td(
                        [
                            html.Div(t(f"party_short.{item.party}", lang), className="small"),
                            html.Div(item.text),
                        ]
                    ),
                    html.Td(achieved_text(item, lang)),
                    html.Td(status_badge(j.status, lang) if j else "–"),
                    html.Td(checkin),
                ]
            )
        )
    return _page(
        [
            _page_head(t("report.page_summary", lang), t("report.summary_title", lang)),
            dbc.Table([head, html.Tbody(rows)], size="sm", className="report-table report-summary"),
            download_buttons("summary", lang),
        ],
        "report-summary",
    )


# --- one commitment --------------------------------------------------------------------


def _checkins(part: CommitmentPart, lang: str) -> html.Div:
    item = part.item
    latest = (
        html.Div(
            [
                html.Div(
                    [
                        html.Strong(
                            t("report.latest_checkin", lang, date=fmt_date(item.checkin_day, lang))
                        ),
                        " ",
                        status_badge(item.checkin_status, lang, prefix="checkin"),
                    ]
                ),
                html.P(item.checkin_comment or "", className="report-comment mb-0"),
            ],
            className="report-latest-checkin",
        )
        if item.checkin_status
        else html.P(t("gauge.no_checkin", lang), className="report-latest-checkin")
    )
    earlier = part.checkins
    if len(earlier) and item.checkin_day is not None:
        earlier = earlier[earlier["day"] < item.checkin_day]
    rows = (
        [
            html.Tr(
                [
                    html.Td(fmt_date(r.day, lang), className="text-nowrap"),
                    html.Td(status_badge(r.status, lang, prefix="checkin")),
                    html.Td(
                        r.comment if isinstance(r.comment, str) else "", className="report-comment"
                    ),
                ]
            )
            for r in earlier.sort_values("day", ascending=False).itertuples()
        ]
        if len(earlier)
        else []
    )
    table = (
        dbc.Table(
            [
                html.Thead(
                    html.Tr(
                        [
                            html.Th(t("report.col.date", lang)),
                            html.Th(t("report.col.assessment", lang)),
                            html.Th(t("report.col.comment", lang)),
                        ]
                    )
                ),
                html.Tbody(rows),
            ],
            size="sm",
            className="report-table mb-0",
        )
        if rows
        else None
    )
    return html.Div(
        [
            latest,
            html.H3(t("report.earlier_checkins", lang), className="report-h3") if rows else None,
            table,
        ]
    )


def _activities(part: CommitmentPart, lang: str) -> html.Div:
    item, acts = part.item, part.activities
    title = html.H3(t("report.activities", lang), className="report-h3")
    if acts.empty:
        return html.Div([title, html.P(t("report.no_activities", lang))])
    total = fmt_number(float(acts["count"].sum()), 0, lang)
    summary = t(
        "report.activities_summary",
        lang,
        reports=fmt_number(len(acts), 0, lang),
        total=f"{total} {item.unit or ''}".strip(),
    )
    latest = acts.sort_values("day", ascending=False, kind="stable").head(LATEST_REPORTS)
    rows = [
        html.Tr(
            [
                html.Td(short_date(r.day, lang), className="text-nowrap"),
                html.Td(fmt_number(r.count, 0, lang), className="text-end"),
                html.Td(r.area if isinstance(r.area, str) else "–"),
                html.Td(
                    r.comment if isinstance(r.comment, str) else "", className="report-comment"
                ),
            ]
        )
        for r in latest.itertuples()
    ]
    return html.Div(
        [
            title,
            html.P(summary, className="mb-1"),
            html.Div(
                t("report.latest_reports", lang, n=len(latest)), className="small fw-semibold"
            ),
            dbc.Table(
                [
                    html.Thead(
                        html.Tr(
                            [
                                html.Th(t("report.col.date", lang)),
                                html.Th(t("report.col.count", lang), className="text-end"),
                                html.Th(t("report.col.area", lang)),
                                html.Th(t("report.col.comment", lang)),
                            ]
                        )
                    ),
                    html.Tbody(rows),
                ],
                size="sm",
                className="report-table mb-0",
            ),
        ]
    )


def commitment_page(part: CommitmentPart, lang: str, as_of) -> html.Section:
    """One commitment on one sheet: gauge and figures | facts and the steering group's
    assessments | progress over time and the latest activity reports."""
    item, j = part.item, part.item.judgement
    code = element_id(item.code)
    figures = [html.Div(achieved_text(item, lang), className="report-achieved")]
    if j and item.rule == "antal":
        share = fmt_percent(100 * j.progress, 0, lang)
        figures.append(html.Div(t("report.share_of_target", lang, share=share)))
        if not j.ended:
            expected = fmt_number(item.target * j.expected, 0, lang)
            figures.append(html.Div(t("gauge.expected", lang, expected=expected)))
    if j and j.ended:
        figures.append(html.Div(t("gauge.period_ended", lang, date=fmt_date(item.end, lang))))
    figures.append(html.Div(t(f"gauge.rule_{item.rule}", lang), className="report-rule"))
    chips = []
    if j:
        chips.append(html.Div([t("gauge.computed", lang) + ": ", status_badge(j.status, lang)]))
    if item.checkin_status:
        badge = status_badge(item.checkin_status, lang, prefix="checkin")
        chips.append(html.Div([t("report.col.checkin", lang) + ": ", badge]))
    gauge = part.gauge.figure
    return _page(
        [
            _page_head(
                f"{item.code} · {t(f'party.{item.party}', lang)}",
                item.text,
                html.Div(chips, className="report-chips"),
            ),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            _graph(
                                gauge,
                                f"report-gauge-{code}",
                                lang,
                                gauge.layout["height"],
                                static=True,
                            ),
                            html.Div(figures, className="report-figures"),
                            download_buttons(part.gauge.key, lang),
                        ],
                        width=3,
                    ),
                    dbc.Col(
                        [
                            html.Div(facts(item, lang), className="report-facts"),
                            _checkins(part, lang),
                        ],
                        width=4,
                    ),
                    dbc.Col(
                        [
                            html.Div(part.progress.title, className="report-figure-title"),
                            progress_chart(item, part.activities, as_of, lang),
                            download_buttons(part.progress.key, lang),
                            _activities(part, lang),
                        ],
                        width=5,
                    ),
                ],
                className="g-3",
            ),
        ],
        f"report-commitment-{code}",
        extra="report-commitment",
    )


# --- trends and focus areas --------------------------------------------------------------


def trend_pages(report: Report, lang: str) -> list[html.Section]:
    if report.trend is None or report.trend_figure is None:
        return []
    crime, perception = report.trend_tables
    first = _page(
        [
            _page_head(t("report.page_trends", lang), t("report.trends_title", lang)),
            html.P(t("report.trends_intro", lang), className="mb-1"),
            _graph(
                report.trend_figure,
                "report-graph-trend",
                lang,
                report.trend_figure.layout["height"],
            ),
            html.Div(
                [download_buttons(crime.key, lang), download_buttons(perception.key, lang)],
                className="d-flex gap-4",
            ),
        ],
        "report-trends",
    )
    second = _page(
        [
            _page_head(t("report.page_trends", lang), t("report.changes_title", lang)),
            change_table(report.changes, lang, "report-change-table"),
            html.P(t("report.changes_note", lang), className="report-note"),
            figure_block(
                report.survey, "report-graph-survey", lang, report.survey.figure.layout["height"]
            ),
        ],
        "report-trends-2",
    )
    return [first, second]


def _area_facts(part: AreaPart, lang: str) -> html.Div:
    rows = []
    for row in part.area.changes:
        change = row.change_pct
        rows.append(
            html.Tr(
                [
                    html.Th(label("cat", row.category, lang), scope="row"),
                    html.Td(shown_text(row.last, lang), className="text-end"),
                    html.Td(shown_text(row.prev, lang), className="text-end"),
                    html.Td(
                        fmt_signed_percent(change, 0, lang) if change is not None else "–",
                        className="text-end",
                    ),
                ]
            )
        )
    end = part.area.changes[0].end if part.area.changes else None
    head = html.Thead(
        html.Tr(
            [
                html.Th(""),
                html.Th(
                    t("report.last12", lang, end=str(end) if end is not None else ""),
                    className="text-end",
                ),
                html.Th(
                    t("report.prev12", lang, end=str(end - 12) if end is not None else ""),
                    className="text-end",
                ),
                html.Th(t("report.change", lang), className="text-end"),
            ]
        )
    )
    return dbc.Table([head, html.Tbody(rows)], size="sm", className="report-table mb-2")


def _area_done(part: AreaPart, lang: str) -> html.Div:
    acts = part.area.activities
    title = html.H3(t("report.area_done", lang), className="report-h3")
    if not acts:
        return html.Div([title, html.P(t("wall.nothing_done", lang))])
    rows = [
        html.Tr(
            [
                html.Th(a.code, scope="row"),
                html.Td(f"{fmt_number(a.count, 0, lang)} {a.unit or ''}".strip()),
                html.Td(fmt_number(a.reports, 0, lang), className="text-end"),
                html.Td(
                    [
                        html.Span(
                            short_date(a.last_comment_day, lang) + ": ", className="text-nowrap"
                        ),
                        short_text(a.last_comment, 110),
                    ]
                    if a.last_comment
                    else "",
                    className="report-comment",
                ),
            ]
        )
        for a in acts[:AREA_DONE_ROWS]
    ]
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("report.col.code", lang)),
                html.Th(t("report.col.done", lang)),
                html.Th(t("report.col.reports", lang), className="text-end"),
                html.Th(t("report.col.latest_comment", lang)),
            ]
        )
    )
    more = len(acts) - AREA_DONE_ROWS
    return html.Div(
        [
            title,
            dbc.Table([head, html.Tbody(rows)], size="sm", className="report-table mb-0"),
            html.P(t("report.more_done", lang, n=more), className="report-note")
            if more > 0
            else None,
        ]
    )


def area_page(part: AreaPart, lang: str) -> html.Section:
    slug = part.area.slug
    return _page(
        [
            _page_head(t("report.page_area", lang), part.area.name),
            dbc.Row(
                [
                    dbc.Col(
                        figure_block(
                            part.crime,
                            f"report-graph-area-crime-{slug}",
                            lang,
                            part.crime.figure.layout["height"],
                        ),
                        width=6,
                    ),
                    dbc.Col(
                        figure_block(
                            part.survey,
                            f"report-graph-area-survey-{slug}",
                            lang,
                            part.survey.figure.layout["height"],
                        ),
                        width=6,
                    ),
                ],
                className="g-3",
            ),
            dbc.Row(
                [
                    dbc.Col(_area_facts(part, lang), width=5),
                    dbc.Col(_area_done(part, lang), width=7),
                ],
                className="g-3",
            ),
        ],
        f"report-area-{slug}",
        extra="report-area",
    )


def report_body(report: Report, lang: str) -> html.Div:
    """Every page; ``data-figures`` tells the PDF printer how many graphs to wait for."""
    pages = [
        cover(report, lang),
        summary_page(report, lang),
        *[commitment_page(part, lang, report.as_of) for part in report.parts],
        *trend_pages(report, lang),
        *[area_page(part, lang) for part in report.areas],
    ]
    graphs = 2 * len(report.parts) + (2 if report.trend_figure is not None else 0)
    graphs += 2 * len(report.areas)
    return html.Div(
        pages, className="report-root", id="report-root", **{"data-figures": str(graphs)}
    )

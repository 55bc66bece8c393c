"""The report's first sheets: the cover (selection, data status, statuses at a glance,
contents) and the summary of every commitment."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from components.commitment_facts import achieved_text
from components.downloads import download_links
from components.frame import status_line
from components.gauge import status_badge
from components.report_sheet import icon, ids, sheet, sheet_head
from components.wide_table import scrolling_table
from dashboard.analysis import wall
from dashboard.figures import theme
from dashboard.i18n import fmt_date, t
from dashboard.pages.download_tables import report_summary_table
from dashboard.pages.report import Report


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
            [icon("bi-info-circle-fill", "me-2"), t("app.demo_badge", lang)],
            className="report-demo",
        )
        if report.status.demo
        else None
    )
    return sheet(
        [
            html.Div(
                [icon("bi-shield-check", "me-2"), t("app.title", lang)],
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
        ids.COVER,
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
    return sheet(
        [
            sheet_head(t("report.page_summary", lang), t("report.summary_title", lang)),
            scrolling_table(
                dbc.Table(
                    [head, html.Tbody(rows)], size="sm", className="report-table report-summary"
                ),
                t("report.summary_title", lang),
            ),
            download_links(
                "rapport",
                report_summary_table(report),
                lang,
                report.search,
                className="report-downloads",
            ),
        ],
        ids.SUMMARY,
    )

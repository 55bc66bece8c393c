"""One commitment on one report sheet: gauge and figures, facts and the steering group's
assessments, progress over time and the latest activity reports."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from components.commitment_charts import progress_chart
from components.commitment_facts import achieved_text, facts
from components.figure_text import show_as_table
from components.gauge import status_badge
from components.report_sheet import download_buttons, graph, ids, sheet, sheet_head, short_date
from components.wide_table import scrolling_table
from dashboard.i18n import fmt_date, fmt_number, fmt_percent, t
from dashboard.pages.report import LATEST_REPORTS, CommitmentPart


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
    if table is not None:
        table = scrolling_table(table, t("report.earlier_checkins", lang))
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
            scrolling_table(
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
                t("report.activities", lang),
            ),
        ]
    )


def commitment_page(part: CommitmentPart, lang: str, as_of, search: str = "") -> html.Section:
    """One commitment on one sheet: gauge and figures | facts and the steering group's
    assessments | progress over time and the latest activity reports (``search``: the
    report's query string, for the download links)."""
    item, j = part.item, part.item.judgement
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
    return sheet(
        [
            sheet_head(
                f"{item.code} · {t(f'party.{item.party}', lang)}",
                item.text,
                html.Div(chips, className="report-chips"),
            ),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            html.Figure(
                                [
                                    graph(
                                        gauge,
                                        ids.gauge(item.code),
                                        lang,
                                        gauge.layout["height"],
                                        static=True,
                                    ),
                                    # The gauge in words: its caption.
                                    html.Figcaption(figures, className="report-figures"),
                                ],
                                className="mb-0",
                            ),
                            download_buttons(part.gauge, lang, search),
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
                            download_buttons(part.progress, lang, search),
                            show_as_table([(None, part.progress.table)], lang),
                            _activities(part, lang),
                        ],
                        width=5,
                    ),
                ],
                className="g-3",
            ),
        ],
        ids.commitment(item.code),
        extra="report-commitment",
    )

"""A focus area's report sheet: its crime and survey figures, its 12-month changes and
what the promise's work did there."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from components.report_sheet import figure_block, ids, sheet, sheet_head, short_date
from components.wide_table import scrolling_table
from dashboard.analysis.commitment_detail import short_text
from dashboard.analysis.protection import shown_text
from dashboard.i18n import fmt_number, fmt_signed_percent, label, t
from dashboard.pages.report import AreaPart

AREA_DONE_ROWS = 6  # commitments listed under "done here" on a focus area's sheet


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
    table = dbc.Table([head, html.Tbody(rows)], size="sm", className="report-table mb-0")
    return scrolling_table(table, t("report.area_changes", lang, area=part.area.name), "mb-2")


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
            scrolling_table(
                dbc.Table([head, html.Tbody(rows)], size="sm", className="report-table mb-0"),
                t("report.area_done", lang),
            ),
            html.P(t("report.more_done", lang, n=more), className="report-note")
            if more > 0
            else None,
        ]
    )


def area_page(part: AreaPart, lang: str, search: str = "") -> html.Section:
    slug = part.area.slug
    return sheet(
        [
            sheet_head(t("report.page_area", lang), part.area.name),
            dbc.Row(
                [
                    dbc.Col(
                        figure_block(
                            part.crime,
                            ids.area_crime_graph(slug),
                            lang,
                            part.crime.figure.layout["height"],
                            search,
                        ),
                        width=6,
                    ),
                    dbc.Col(
                        figure_block(
                            part.survey,
                            ids.area_survey_graph(slug),
                            lang,
                            part.survey.figure.layout["height"],
                            search,
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
        ids.area(slug),
        extra="report-area",
    )

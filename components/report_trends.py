"""The report's trend sheets: the /trender figure, and the 12-month changes with the
survey waves."""

from __future__ import annotations

from dash import html

from components.analysis import change_table
from components.downloads import download_links
from components.figure_text import caption, show_as_table
from components.report_sheet import download_buttons, figure_block, graph, ids, sheet, sheet_head
from dashboard.figures import summaries
from dashboard.i18n import t
from dashboard.pages.download_tables import report_change_table
from dashboard.pages.report import Report


def trend_pages(report: Report, lang: str) -> list[html.Section]:
    if report.trend is None or report.trend_figure is None:
        return []
    crime, perception = report.trend_tables
    first = sheet(
        [
            sheet_head(t("report.page_trends", lang), t("report.trends_title", lang)),
            html.P(t("report.trends_intro", lang), className="mb-1"),
            html.Figure(
                [
                    graph(
                        report.trend_figure,
                        ids.TREND_GRAPH,
                        lang,
                        report.trend_figure.layout["height"],
                    ),
                    caption(
                        summaries.crime_sentences(report.trend.series, lang), "visually-hidden"
                    ),
                ],
                className="mb-0",
            ),
            html.Div(
                [download_buttons(ft, lang, report.search) for ft in (crime, perception)],
                className="d-flex flex-wrap column-gap-4",
            ),
            show_as_table([(crime.title, crime.table), (perception.title, perception.table)], lang),
        ],
        ids.TRENDS,
    )
    second = sheet(
        [
            sheet_head(t("report.page_trends", lang), t("report.changes_title", lang)),
            change_table(report.changes, lang, ids.CHANGE_TABLE),
            download_links("rapport", changes, lang, report.search, className="report-downloads")
            if (changes := report_change_table(report))
            else None,
            html.P(t("report.changes_note", lang), className="report-note"),
            figure_block(
                report.survey,
                ids.SURVEY_GRAPH,
                lang,
                report.survey.figure.layout["height"],
                report.search,
            ),
        ],
        ids.CHANGES,
    )
    return [first, second]

"""The wall screen's trends view: thefts and narcotics cases beside perception by survey
wave, at wall size."""

from __future__ import annotations

from dash import html

from components.wall_elements import figure_caption, graph, ids
from dashboard.figures.wall import FigureTable, crime_figure
from dashboard.figures.wall_survey import survey_figure
from dashboard.i18n import t
from dashboard.pages.wall import WallView


def _figure_block(fig_table: FigureTable, graph_id: str, lang: str) -> html.Figure:
    return html.Figure(
        [
            figure_caption(fig_table),
            html.Div(graph(fig_table, graph_id, lang), className="wall-graph-box"),
            html.P(fig_table.note, className="wall-note"),
        ],
        className="wall-figure",
    )


def trends_view(
    view: WallView, lang: str, *, dark: bool = False, period: tuple | None = None
) -> list:
    """Thefts and narcotics cases (12-month sums) beside perception by survey wave, from the
    trends page's data (same protection), drawn at wall size."""
    data = view.trend
    # With chosen areas their own counts only: the municipality's are many times larger.
    series = [s for s in data.series if not s.municipality] or data.series
    crimes = crime_figure(
        series,
        lang,
        key="trend-crime",
        title=t("wfig.crime_title", lang),
        wall=True,
        dark=dark,
        period=period,
    )
    names = {a.id: a.name for a in data.areas}
    survey = survey_figure(view.survey, names, lang, key="trend-survey", wall=True, dark=dark)
    for fig_table in (crimes, survey):
        fig_table.figure.update_layout(height=None, autosize=True)
    scope = ", ".join(a.name for a in data.areas)
    title = t("wall.trends_title", lang) + (f" – {scope}" if scope else "")
    return [
        html.H2(title, className="wall-view-title"),
        html.Div(
            [
                _figure_block(crimes, ids.CRIME_GRAPH, lang),
                _figure_block(survey, ids.SURVEY_GRAPH, lang),
            ],
            className="wall-two",
        ),
    ]

"""The wall screen's view of one focus area: its thefts and narcotics cases, how safe
people feel there, and what the promise's work did there."""

from __future__ import annotations

from datetime import date

import pandas as pd
from dash import html

from components.wall_elements import figure_caption, graph, icon, ids
from dashboard.analysis import wall
from dashboard.analysis.crime_trends import ChangeRow
from dashboard.analysis.protection import MUNICIPALITY, shown_text
from dashboard.figures.wall import area_crime
from dashboard.i18n import fmt_date, fmt_number, fmt_percent, fmt_signed_percent, label, t


def _crime_fact(row: ChangeRow, lang: str) -> html.Div:
    titles = {"stöld": "headline.theft", "narkotika": "headline.narcotics"}
    icons = {"stöld": "bi-bag-x", "narkotika": "bi-capsule"}
    change = row.change_pct
    if row.prev.value is None:
        before = t("wall.no_earlier", lang)
    else:
        count = shown_text(row.prev, lang)
        before = (
            t("wall.before", lang, count=count)
            if change is None
            else t(
                "wall.before_change", lang, count=count, change=fmt_signed_percent(change, 0, lang)
            )
        )
    return html.Div(
        [
            html.Div(
                [
                    icon(icons.get(row.category, "bi-dot"), "me-2"),
                    t(titles.get(row.category, "headline.theft"), lang),
                ],
                className="wall-fact-label",
            ),
            html.Div(
                [
                    html.Span(shown_text(row.last, lang), className="wall-fact-value"),
                    html.Span(t("wall.last12", lang), className="wall-fact-unit"),
                ]
            ),
            html.Div(before, className="wall-fact-detail"),
        ],
        className=f"wall-fact wall-fact-{row.category}",
        id=ids.fact(row.category),
    )


def _survey_fact(area: wall.FocusArea, lang: str) -> html.Div:
    rows = area.survey
    if len(rows):
        rows = rows[(rows["status"] == "shown") & rows["random"].astype(bool)]
    head = html.Div(
        [icon("bi-moon-stars", "me-2"), label("ind", wall.FOCUS_INDICATOR, lang)],
        className="wall-fact-label",
    )
    own = rows[rows["area_id"] == area.area_id].sort_values("year") if len(rows) else rows
    if not len(own):
        return html.Div(
            [head, html.Div(t("wall.survey_hidden", lang), className="wall-fact-detail")],
            className="wall-fact",
            id=ids.SURVEY_FACT,
        )
    whole = rows[rows["area_id"] == MUNICIPALITY]
    latest = own.iloc[-1]
    n = latest["n"]
    detail = [
        t(
            "wall.survey_detail",
            lang,
            year=int(latest["year"]),
            sampling=label("sampling", latest["sampling"] or "", lang),
            n=fmt_number(n, 0, lang) if pd.notna(n) else "?",
        )
    ]
    earlier = own[own["year"] < latest["year"]]
    if len(earlier):
        prev = earlier.iloc[-1]
        detail.append(
            t("wall.survey_prev", lang, year=int(prev["year"]),
              value=fmt_percent(prev["value"], 0, lang))
        )  # fmt: skip
    same_year = whole[whole["year"] == latest["year"]]
    if len(same_year):
        detail.append(
            t("wall.survey_whole", lang, value=fmt_percent(same_year.iloc[-1]["value"], 0, lang))
        )
    return html.Div(
        [
            head,
            html.Div(fmt_percent(latest["value"], 0, lang), className="wall-fact-value"),
            html.Div(" · ".join(detail), className="wall-fact-detail"),
        ],
        className="wall-fact",
        id=ids.SURVEY_FACT,
    )


def _done_list(area: wall.FocusArea, lang: str, year: int | None) -> html.Div:
    head = html.Div(
        [icon("bi-person-walking", "me-2"), t("wall.done_here", lang, year=year or "")],
        className="wall-fact-label",
    )
    if not area.activities:
        return html.Div(
            [head, html.Div(t("wall.nothing_done", lang), className="wall-fact-detail")],
            className="wall-done",
        )
    rows = [
        html.Li(
            [
                html.Span(a.code, className="wall-done-code"),
                html.Span(fmt_number(a.count, 0, lang), className="wall-done-count"),
                html.Span(a.unit or "", className="wall-done-unit"),
            ]
        )
        for a in area.activities[:4]
    ]
    latest = max(
        (a for a in area.activities if a.last_comment),
        key=lambda a: a.last_comment_day or date.min,
        default=None,
    )
    comment = (
        html.Div(
            [
                html.Span(
                    t("wall.latest_comment", lang, date=fmt_date(latest.last_comment_day, lang)),
                    className="fw-bold",
                ),
                " ",
                latest.last_comment,
            ],
            className="wall-done-comment",
        )
        if latest
        else None
    )
    return html.Div(
        [head, html.Ul(rows, className="wall-done-list"), comment], className="wall-done"
    )


def area_view(
    area: wall.FocusArea,
    lang: str,
    year: int | None,
    *,
    dark: bool = False,
    period: tuple | None = None,
) -> list:
    """One focus area: its thefts and narcotics cases, how safe people feel there, and
    what the promise's work did there."""
    crimes = area_crime(area, lang, wall=True, dark=dark, period=period)
    crimes.figure.update_layout(height=None, autosize=True)
    codes = ", ".join(sorted({a.code for a in area.activities}))
    facts = [_crime_fact(row, lang) for row in area.changes]
    narcotics_note = any(row.category == "narkotika" for row in area.changes)
    return [
        html.H2(
            [
                icon("bi-geo-alt-fill", "me-2"),
                area.name,
                html.Span(t("wall.focus_area", lang), className="wall-view-kicker"),
            ],
            className="wall-view-title",
        ),
        html.Div(
            [
                html.Figure(
                    [
                        figure_caption(crimes),
                        html.Div(
                            graph(crimes, ids.area_graph(area.slug), lang),
                            className="wall-graph-box",
                        ),
                        html.P(
                            crimes.note
                            + (" " + t("wall.narcotics_note", lang) if narcotics_note else ""),
                            className="wall-note",
                        ),
                    ],
                    className="wall-figure",
                ),
                html.Div(
                    [
                        html.Div(facts, className="wall-facts-row"),
                        _survey_fact(area, lang),
                        _done_list(area, lang, year),
                    ],
                    className="wall-facts",
                    title=codes,
                ),
            ],
            className="wall-two wall-two-area",
        ),
    ]

"""The wall screen's views: big type, status in words and icons, no interaction.

Sizes are in ``em`` of ``.wall-screen`` (28 px on a 1080p screen; see
assets/zz-site/wall.css), figures use ``theme.apply_theme(fig, wall=True)``.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from dash import dcc, html

from components.frame import status_line
from components.gauge import headline_status
from dashboard import contract
from dashboard.analysis import wall
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.protection import MUNICIPALITY, shown_text
from dashboard.analysis.trends import ChangeRow
from dashboard.figures import theme
from dashboard.figures.wall import (
    FigureTable,
    area_crime,
    crime_figure,
    promise_period,
    survey_figure,
)
from dashboard.i18n import (
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_signed_percent,
    label,
    t,
)
from dashboard.pages.views import open_view
from dashboard.storage.queries import DataStatus
from dashboard.urls import parse_query

ICON_HIDDEN = {"aria-hidden": "true"}


def _icon(name: str, extra: str = "") -> html.I:
    return html.I(className=f"bi {name} {extra}".strip(), **ICON_HIDDEN)


def _graph(fig_table: FigureTable, graph_id: str, lang: str) -> dcc.Graph:
    # Transparent: the figure takes the colour of the card it sits on.
    fig_table.figure.update_layout(paper_bgcolor="rgba(0,0,0,0)", plot_bgcolor="rgba(0,0,0,0)")
    return dcc.Graph(
        id=graph_id,
        figure=fig_table.figure,
        config=theme.graph_config(lang, wall=True),
        className="wall-graph",
        responsive=True,
    )


# --- frame -------------------------------------------------------------------------


def wall_status(status: DataStatus | None, lang: str) -> list:
    """'Data t.o.m. december 2022 · senast importerad 25 november 2026' (+ demo notice)."""
    parts: list = [html.Span(status_line(status, lang), className="wall-status-text")]
    if status is not None and status.demo:
        parts.append(
            html.Span(
                [_icon("bi-info-circle-fill", "me-2"), t("app.demo_badge", lang)],
                className="wall-demo",
                id="wall-demo",
            )
        )
    return parts


# --- overview ----------------------------------------------------------------------


def _expected_mark(item: Commitment) -> float | None:
    """Where the pace mark goes (share of the target), or None when there is none to show:
    a milestone, or a period not started or already ended."""
    j = item.judgement
    if j is None or item.rule != "antal" or not 0 < j.expected < 1:
        return None
    return j.expected


def _progress_bar(item: Commitment, dark: bool) -> html.Div:
    """Achieved against the target as a bar, with a mark where the pace should be today."""
    j = item.judgement
    style = theme.status_style(j.status if j else None)
    share = min(item.achieved / item.target, 1.0) if item.target else 0.0
    expected = _expected_mark(item)
    marks = []
    if expected is not None:
        marks.append(html.Div(className="wall-bar-expected", style={"left": f"{100 * expected}%"}))
    return html.Div(
        [
            html.Div(
                className="wall-bar-fill",
                style={"width": f"{100 * share:.1f}%", "backgroundColor": style.colour},
            ),
            *marks,
        ],
        className="wall-bar",
        role="img",
        **{"aria-label": f"{round(100 * share)} %"},
    )


def status_chip(status: str, lang: str, *, prefix: str = "status", small: bool = False):
    """Status as colour + icon + word (never colour alone)."""
    style = theme.status_style(status)
    return html.Span(
        [_icon(style.icon, "me-2"), t(f"{prefix}.{status}", lang)],
        className=f"wall-chip status-{status}" + (" wall-chip-small" if small else ""),
        style={"backgroundColor": style.colour, "color": style.ink},
    )


def commitment_tile(item: Commitment, lang: str, *, dark: bool = False) -> html.Div:
    """One commitment: code, status in words, progress in numbers, bar, text, check-in."""
    j = item.judgement
    status = j.status if j else "not_started"
    if item.rule == "milstolpe":
        done = item.achieved >= item.target
        figures = html.Div(
            t("gauge.milestone_done" if done else "gauge.milestone_open", lang),
            className="wall-tile-figures",
        )
    else:
        figures = html.Div(
            [
                html.Span(
                    t(
                        "wall.achieved",
                        lang,
                        achieved=fmt_number(item.achieved, 0, lang),
                        target=fmt_number(item.target, 0, lang),
                    ),
                    className="wall-tile-number",
                ),
                html.Span(item.unit or "", className="wall-tile-unit"),
            ],
            className="wall-tile-figures",
        )
    # The steering group's check-in leads where it exists; the computed status beside it.
    lead, prefix = headline_status(item)
    if item.checkin_status:
        checkin = html.Div(
            [
                html.Span(t("gauge.computed", lang) + " ", className="wall-muted"),
                status_chip(status, lang, small=True),
            ],
            className="wall-tile-checkin",
        )
    else:
        checkin = html.Div(t("gauge.no_checkin", lang), className="wall-tile-checkin wall-muted")
    return html.Div(
        [
            html.Div(
                [
                    html.Span(item.code, className="wall-tile-code"),
                    status_chip(lead, lang, prefix=prefix),
                ],
                className="wall-tile-head",
            ),
            figures,
            _progress_bar(item, dark),
            html.Div(
                [
                    html.Span(t(f"party_short.{item.party}", lang) + ": ", className="fw-bold"),
                    item.text,
                ],
                className="wall-tile-text",
            ),
            checkin,
        ],
        className=f"wall-tile wall-tile-{status}",
        id=f"wall-tile-{item.code}",
    )


def summary_tile(items: list[Commitment], lang: str) -> html.Div:
    """The twelfth tile: how many commitments stand where, and what the bar's mark means."""
    counts = wall.status_counts(items)
    rows = [
        html.Div(
            [
                html.Span(str(counts[key]), className="wall-summary-count"),
                status_chip(key, lang),
            ],
            className="wall-summary-row",
        )
        for key in theme.STATUS_ORDER
        if counts[key]
    ]
    return html.Div(
        [
            html.Div(t("wall.summary_title", lang, n=len(items)), className="wall-tile-code"),
            *rows,
            html.Div(
                [html.Span(className="wall-legend-mark"), t("wall.expected_legend", lang)],
                className="wall-legend",
            )
            if any(_expected_mark(item) is not None for item in items)
            else None,
        ],
        className="wall-tile wall-summary",
        id="wall-summary",
    )


def overview_view(items: list[Commitment], lang: str, as_of: date, *, dark: bool = False) -> list:
    """Every commitment at a glance: up to eleven tiles and a summary on one screen."""
    if not items:
        return [html.Div(t("wall.no_commitments", lang), className="wall-empty")]
    tiles = [commitment_tile(item, lang, dark=dark) for item in items]
    cells = len(tiles) + 1  # and the summary
    columns = 3 if cells <= 6 else 4 if cells <= 12 else 5 if cells <= 15 else 6
    dense = " wall-grid-dense" if cells > 12 else ""
    return [
        html.H2(
            t("wall.overview_title", lang, date=fmt_date(as_of, lang)), className="wall-view-title"
        ),
        html.Div(
            [*tiles, summary_tile(items, lang)],
            className=f"wall-grid wall-grid-{columns}{dense}",
        ),
    ]


# --- trends ------------------------------------------------------------------------


def _figure_block(fig_table: FigureTable, graph_id: str, lang: str) -> html.Div:
    return html.Div(
        [
            html.H3(fig_table.title, className="wall-figure-title"),
            html.Div(_graph(fig_table, graph_id, lang), className="wall-graph-box"),
            html.P(fig_table.note, className="wall-note"),
        ],
        className="wall-figure",
    )


def trends_view(view, lang: str, *, dark: bool = False, period: tuple | None = None) -> list:
    """Thefts and narcotics cases (12-month sums) beside perception by survey wave, from the
    trends page's data (same protection), drawn at wall size."""
    data = wall.trend_data(view)
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
    points = wall.survey_frame(view)
    survey = survey_figure(points, names, lang, key="trend-survey", wall=True, dark=dark)
    for fig_table in (crimes, survey):
        fig_table.figure.update_layout(height=None, autosize=True)
    scope = ", ".join(a.name for a in data.areas)
    title = t("wall.trends_title", lang) + (f" – {scope}" if scope else "")
    return [
        html.H2(title, className="wall-view-title"),
        html.Div(
            [
                _figure_block(crimes, "wall-graph-crime", lang),
                _figure_block(survey, "wall-graph-survey", lang),
            ],
            className="wall-two",
        ),
    ]


# --- focus areas -------------------------------------------------------------------


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
                    _icon(icons.get(row.category, "bi-dot"), "me-2"),
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
        id=f"wall-fact-{contract.fold(row.category)}",
    )


def _survey_fact(area: wall.FocusArea, lang: str) -> html.Div:
    rows = area.survey
    if len(rows):
        rows = rows[(rows["status"] == "shown") & rows["random"].astype(bool)]
    head = html.Div(
        [_icon("bi-moon-stars", "me-2"), label("ind", wall.FOCUS_INDICATOR, lang)],
        className="wall-fact-label",
    )
    own = rows[rows["area_id"] == area.area_id].sort_values("year") if len(rows) else rows
    if not len(own):
        return html.Div(
            [head, html.Div(t("wall.survey_hidden", lang), className="wall-fact-detail")],
            className="wall-fact",
            id="wall-fact-survey",
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
        id="wall-fact-survey",
    )


def _done_list(area: wall.FocusArea, lang: str, year: int | None) -> html.Div:
    head = html.Div(
        [_icon("bi-person-walking", "me-2"), t("wall.done_here", lang, year=year or "")],
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
                _icon("bi-geo-alt-fill", "me-2"),
                area.name,
                html.Span(t("wall.focus_area", lang), className="wall-view-kicker"),
            ],
            className="wall-view-title",
        ),
        html.Div(
            [
                html.Div(
                    [
                        html.H3(crimes.title, className="wall-figure-title"),
                        html.Div(
                            _graph(crimes, f"wall-graph-area-{area.slug}", lang),
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


# --- the whole screen ----------------------------------------------------------------


def build_views(params: dict) -> tuple[list, list, str, int]:
    """Every view for the query ``params``: (track children, status line, title, data
    version)."""
    q = parse_query(params)
    options = wall.parse_wall_options(params)
    lang, dark = q.lang, options.dark
    with open_view(q) as view:
        items = view.commitments()
        focus = wall.focus_areas(items, view.areas(), q.areas)
        plan = wall.plan_views(options.views, focus)
        period = promise_period(items)
        views = []
        for key, slug in plan:
            if key == wall.OVERVIEW:
                content = overview_view(items, lang, view.as_of, dark=dark)
            elif key == wall.TRENDS:
                content = trends_view(view, lang, dark=dark, period=period)
            else:
                area = wall.cached_focus_area(view, slug)
                if area is None:
                    continue
                year = items[0].year if items else view.year
                content = area_view(area, lang, year, dark=dark, period=period)
            views.append(
                html.Section(
                    content,
                    className=f"wall-view wall-view-{key}",
                    id=wall.view_id((key, slug)),
                )
            )
        status = view.status
        year = items[0].year if items else view.year
        title = t("wall.title", lang, year=year or "", kommun=view.kommun)
    return views, wall_status(status, lang), title, status.version

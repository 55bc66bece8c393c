"""The wall screen's overview: a tile per commitment (status in words and icons, progress
as a bar with the pace mark) and a summary tile."""

from __future__ import annotations

from datetime import date

from dash import html

from components.gauge import headline_status, meter_text
from components.wall_elements import icon, ids
from dashboard.analysis import wall
from dashboard.analysis.commitments import Commitment
from dashboard.figures import theme
from dashboard.i18n import fmt_date, fmt_number, t


def _expected_mark(item: Commitment) -> float | None:
    """Where the pace mark goes (share of the target), or None when there is none to show:
    a milestone, or a period not started or already ended."""
    j = item.judgement
    if j is None or item.rule != "antal" or not 0 < j.expected < 1:
        return None
    return j.expected


def _progress_bar(item: Commitment, lang: str) -> html.Div:
    """Achieved against the target as a bar, with a mark where the pace should be today
    (a meter, in words as the overview's gauge)."""
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
        role="meter",
        **{
            "aria-valuemin": 0,
            "aria-valuemax": item.target,
            "aria-valuenow": min(item.achieved, item.target),
            "aria-valuetext": meter_text(item, lang),
            "aria-label": f"{item.code}: {item.indicator}",
        },
    )


def status_chip(status: str, lang: str, *, prefix: str = "status", small: bool = False):
    """Status as colour + icon + word (never colour alone)."""
    style = theme.status_style(status)
    return html.Span(
        [icon(style.icon, "me-2"), t(f"{prefix}.{status}", lang)],
        className=f"wall-chip status-{status}" + (" wall-chip-small" if small else ""),
        style={"backgroundColor": style.colour, "color": style.ink},
    )


def commitment_tile(item: Commitment, lang: str) -> html.Div:
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
            _progress_bar(item, lang),
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
        id=ids.tile(item.code),
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
        id=ids.SUMMARY,
    )


def overview_view(items: list[Commitment], lang: str, as_of: date) -> list:
    """Every commitment at a glance: up to eleven tiles and a summary on one screen."""
    if not items:
        return [html.Div(t("wall.no_commitments", lang), className="wall-empty")]
    tiles = [commitment_tile(item, lang) for item in items]
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

"""Plotly figures. Every figure takes its colours, fonts and formats from ``theme``."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.analysis.commitments import Commitment
from dashboard.figures import plot, theme
from dashboard.i18n import t


@dataclass(frozen=True)
class GaugeShape:
    """What a gauge draws, as shares of its scale (0 at the left end, 1 at the right)."""

    fill: float  # achieved ÷ top, at most 1
    pace: float | None  # (target × share of the period elapsed) ÷ top; None for milestones
    top: float  # the scale's end: the target, or what was achieved where that is more
    colour: str  # the computed status's colour


def gauge_shape(item: Commitment) -> GaugeShape:
    """The gauge of a commitment: top = max(target, achieved); fill = achieved ÷ top;
    pace mark at target × expected ÷ top (expected: the share of the period elapsed)."""
    j = item.judgement
    milestone = item.rule == "milstolpe"
    top = item.target if milestone else max(item.target, item.achieved)
    fill = min(item.achieved / top, 1.0) if top else 0.0
    pace = None if milestone else item.target * (j.expected if j else 0.0) / top
    return GaugeShape(fill, pace, top, theme.status_style(j.status if j else None).colour)


def gauge(item: Commitment, lang: str, *, wall: bool = False, dark: bool = False) -> plot.Figure:
    """A commitment's gauge: achieved against the target, with a marker for the pace
    expected today (target × share of the period elapsed)."""
    j = item.judgement
    colour = theme.status_style(j.status if j else None).colour
    milestone = item.rule == "milstolpe"
    top = max(item.target, item.achieved) if not milestone else item.target
    expected = item.target * (j.expected if j else 0)
    fig = plot.Figure(
        plot.indicator(
            mode="gauge" if milestone else "gauge+number",
            value=min(item.achieved, top),
            number={"valueformat": ",.0f", "suffix": f" / {item.target:,.0f}".replace(",", " ")},
            gauge={
                # A milestone is done or not: its axis has nothing to say.
                "axis": {
                    "range": [0, top],
                    "tickformat": ",.0f",
                    "nticks": 4,
                    "visible": not milestone,
                },
                "bar": {"color": colour, "thickness": 0.6},
                "bgcolor": theme.TRACK_COLOUR if not dark else theme.TRACK_COLOUR_DARK,
                "borderwidth": 0,
                "threshold": {
                    "line": {"color": theme.neutral_colour(dark=dark), "width": 5},
                    "thickness": 0.95,
                    "value": expected,
                },
            },
            domain={"x": [0, 1], "y": [0, 1]},
        )
    )
    fig.update_layout(
        height=200 if not wall else 300,
        margin={"l": 36, "r": 36, "t": 36 if not wall else 56, "b": 8},
        meta={"label": t("gauge.expected", lang, expected=round(expected))},
    )
    return theme.apply_theme(fig, wall=wall, dark=dark, lang=lang)

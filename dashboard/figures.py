"""Plotly figures. Every figure takes its colours, fonts and formats from ``theme``."""

from __future__ import annotations

import plotly.graph_objects as go

from . import theme
from .commitments import Commitment
from .i18n import t


def gauge(item: Commitment, lang: str, *, wall: bool = False, dark: bool = False) -> go.Figure:
    """A commitment's gauge: achieved against the target, with a marker for the pace
    expected today (target × share of the period elapsed)."""
    j = item.judgement
    colour = theme.status_style(j.status if j else None).colour
    milestone = item.rule == "milstolpe"
    top = max(item.target, item.achieved) if not milestone else item.target
    expected = item.target * (j.expected if j else 0)
    fig = go.Figure(
        go.Indicator(
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

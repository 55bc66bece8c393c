"""Figures of the commitments page; every one takes its look from ``theme``."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pandas as pd

from dashboard.figures import plot, theme
from dashboard.i18n import fmt_date, fmt_percent, fmt_signed_percent, t

HEIGHT = 230
MILESTONE_HEIGHT = 160
DATE_HOVER = "%{x|%-d %B %Y}"
MONTH_AXIS = {"tickformat": "%b %Y", "dtick": "M2", "tick0": "2000-01-01"}


def _range(start: date, end: date) -> list[str]:
    """The period, from the evening before its first day so that the first month's tick
    is drawn (markers are not clipped at the edges)."""
    first = datetime.combine(start, datetime.min.time()) - timedelta(hours=12)
    return [first.isoformat(sep=" "), end.isoformat()]


def _as_of_line(fig: plot.Figure, as_of: date, lang: str) -> None:
    """A dotted line on the as-of day, labelled above the plot (clear of the legend)."""
    x = pd.Timestamp(as_of).value / 1e6
    fig.add_vline(x=x, line={"color": theme.LIGHT.muted, "dash": "dot", "width": 1.5})
    fig.add_annotation(
        x=x, y=1, xref="x", yref="paper", yanchor="bottom", showarrow=False,
        text=t("loften.fig.as_of", lang, date=fmt_date(as_of, lang)),
        font={"color": theme.LIGHT.muted},
    )  # fmt: skip


def progress_figure(
    series: pd.DataFrame,
    pace: pd.DataFrame,
    *,
    start: date,
    end: date,
    target: float,
    as_of: date,
    status: str | None,
    lang: str,
    unit: str | None = None,
) -> plot.Figure:
    """Cumulative achieved (a step line) against the even pace from start to target.

    ``series`` from ``commitment_detail.cumulative``; ``pace`` from ``pace_line``. The
    achieved line ends in a marker with the status' symbol (never colour alone: the page
    writes the status beside it); a dotted line marks the as-of day within the period.
    """
    style = theme.status_style(status)
    fig = plot.Figure()
    fig.add_trace(
        plot.scatter(
            x=pace["day"],
            y=pace["expected"],
            mode="lines",
            name=t("loften.fig.pace", lang),
            line={"color": theme.neutral_colour(), "dash": theme.NEUTRAL_DASH, "width": 2},
            hovertemplate=DATE_HOVER + ": %{y:,.0f}<extra>%{fullData.name}</extra>",
        )
    )
    if not series.empty:
        fig.add_trace(
            plot.scatter(
                x=series["day"],
                y=series["achieved"],
                mode="lines",
                line_shape="hv",
                name=t("loften.fig.achieved", lang),
                line={"color": theme.OKABE_ITO["blue"]},
                hovertemplate=DATE_HOVER + ": %{y:,.0f}<extra>%{fullData.name}</extra>",
            )
        )
        last = series.iloc[-1]
        fig.add_trace(
            plot.scatter(
                x=[last["day"]],
                y=[last["achieved"]],
                mode="markers",
                showlegend=False,
                marker={
                    "color": style.colour,
                    "symbol": style.symbol,
                    "size": 12,
                    "line": {"color": theme.LIGHT.ink, "width": 1},
                },
                hoverinfo="skip",
            )
        )
    if start <= as_of <= end:
        _as_of_line(fig, as_of, lang)
    top = max(target, float(series["achieved"].max()) if not series.empty else 0.0)
    fig.update_layout(
        height=HEIGHT,
        margin={"l": 8, "r": 16, "t": 30, "b": 8},
        showlegend=True,
        legend={"y": 1.0, "yref": "paper", "yanchor": "top", "x": 0.01, "orientation": "v"},
        hovermode="x unified",
    )
    fig.update_xaxes(range=_range(start, end), **MONTH_AXIS)
    fig.update_yaxes(range=[0, top * 1.08], rangemode="tozero", tickformat=",.0f", nticks=5)
    if unit:
        fig.update_yaxes(title_text=unit)
    fig.update_traces(cliponaxis=False)
    return theme.apply_theme(fig, lang=lang)


def milestone_figure(
    *, start: date, end: date, done: date | None, as_of: date, status: str | None, lang: str
) -> plot.Figure:
    """A milestone on its period: a marker on the day it was done, else at the end date."""
    style = theme.status_style(status)
    fig = plot.Figure()
    fig.add_trace(
        plot.scatter(
            x=[start, end],
            y=[0, 0],
            mode="lines",
            line={"color": theme.TRACK_COLOUR, "width": 10},
            hoverinfo="skip",
            showlegend=False,
        )
    )
    if done is not None:
        fig.add_trace(
            plot.scatter(
                x=[done],
                y=[0],
                mode="markers+text",
                marker={
                    "color": style.colour,
                    "symbol": "star",
                    "size": 22,
                    "line": {"color": theme.LIGHT.ink, "width": 1},
                },
                text=[t("loften.fig.done", lang, date=fmt_date(done, lang))],
                textposition="top center",
                hoverinfo="text",
                showlegend=False,
            )
        )
    else:
        fig.add_trace(
            plot.scatter(
                x=[end],
                y=[0],
                mode="markers+text",
                marker={
                    "color": theme.LIGHT.paper,
                    "symbol": "circle",
                    "size": 18,
                    "line": {"color": theme.neutral_colour(), "width": 3},
                },
                text=[t("loften.fig.end", lang, date=fmt_date(end, lang))],
                textposition="top left",
                hoverinfo="text",
                showlegend=False,
            )
        )
    if start <= as_of <= end:
        _as_of_line(fig, as_of, lang)
    fig.update_layout(height=MILESTONE_HEIGHT, margin={"l": 44, "r": 24, "t": 30, "b": 8})
    fig.update_xaxes(range=_range(start, end), **MONTH_AXIS)
    fig.update_yaxes(visible=False, range=[-1, 1.6], fixedrange=True)
    fig.update_traces(cliponaxis=False)
    return theme.apply_theme(fig, lang=lang)


RATIO_TICKS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)


def _tick_label(ratio: float, lang: str) -> str:
    pct = round(100 * (ratio - 1))
    text = fmt_signed_percent(pct, 0, lang) if pct else fmt_percent(0, 0, lang)
    return text.replace("-", "−")


def before_after_figure(rows: list[tuple[str, object]], *, lang: str, kommun: str) -> plot.Figure:
    """Each estimate as a point with its 95 % interval on a ratio (log) axis labelled in
    percent, with a line at 0 %. ``rows`` are (label, ``metrics.DiD`` or None) from top to
    bottom; a row without an estimate says so. Neutral colours: an outcome, not a status.
    """
    labels = [label for label, _ in rows][::-1]
    found = [(label, did) for label, did in rows if did is not None]
    ink = theme.neutral_colour()
    fig = plot.Figure()
    # Every row's label on the axis, whether or not it has an estimate.
    fig.add_trace(
        plot.scatter(
            x=[1.0] * len(labels), y=labels, mode="markers", marker={"opacity": 0},
            hoverinfo="skip", showlegend=False,
        )
    )  # fmt: skip
    if found:
        fig.add_trace(
            plot.scatter(
                x=[did.ratio for _, did in found],
                y=[label for label, _ in found],
                mode="markers",
                marker={"color": ink, "size": 11, "symbol": "diamond"},
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": [did.high - did.ratio for _, did in found],
                    "arrayminus": [did.ratio - did.low for _, did in found],
                    "color": ink,
                    "thickness": 2,
                    "width": 6,
                },
                customdata=[
                    [
                        _tick_label(did.ratio, lang),
                        _tick_label(did.low, lang),
                        _tick_label(did.high, lang),
                    ]
                    for _, did in found
                ],
                hovertemplate="%{y}: %{customdata[0]} (%{customdata[1]} – %{customdata[2]})"
                "<extra></extra>",
                showlegend=False,
            )
        )
    lows = [did.low for _, did in found] or [1.0]
    highs = [did.high for _, did in found] or [1.0]
    lo, hi = min(min(lows), 0.8), max(max(highs), 1.25)
    ticks = [r for r in RATIO_TICKS if lo / 1.1 <= r <= hi * 1.1]
    for label, did in rows:
        if did is None:
            fig.add_annotation(
                x=0, y=label, xref="x", yref="y", text=t("ba.fig.none", lang),
                showarrow=False, font={"color": theme.LIGHT.muted}, xanchor="center",
            )  # fmt: skip
    fig.add_vline(x=1, line={"color": theme.LIGHT.axis_line, "width": 1.5})
    fig.update_layout(height=70 + 38 * len(rows), margin={"l": 8, "r": 16, "t": 8, "b": 8})
    fig.update_xaxes(
        type="log",
        range=[math.log10(lo / 1.15), math.log10(hi * 1.15)],
        tickvals=ticks,
        ticktext=[_tick_label(r, lang) for r in ticks],
        title_text=t("ba.fig.x", lang, kommun=kommun),
        showgrid=True,
    )
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=labels, showgrid=False)
    return theme.apply_theme(fig, lang=lang)

"""The area page's figures: one area's crimes and survey answers against the municipality.

Traces come from ``traces``, with its protection rules; all styling from ``theme``.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from dashboard.analysis.area_profile import AreaProfile
from dashboard.figures import plot, theme
from dashboard.figures.traces import esc, survey_traces
from dashboard.i18n import MONTHS_SHORT, fmt_number, label, t


def _cell_point(cell, per: int | None):
    """(x to draw, low, high) of a protected 12-month cell; None where nothing may be drawn."""
    scale = 1000 / per if per else 1.0
    if cell.shown:
        return cell.value * scale, None, None
    if cell.label == "small" and cell.value is not None:
        low, high = 1 * scale, 4 * scale
        return (low + high) / 2, low, high
    return None


def area_crime_figure(profile: AreaProfile, lang: str, *, dark: bool = False) -> plot.Figure:
    """Crimes per category: the area's last 12 months (filled) against the 12 before
    (hollow), joined by a line; the municipality as a grey diamond where rates make it
    comparable. Per 1 000 inhabitants where the area has inhabitants, else counts."""
    area = profile.area
    per = area.population
    colour = theme.COLORWAY[0]
    neutral = theme.neutral_colour(dark=dark)
    fig = plot.Figure()
    cats = [c.category for c in profile.crimes]
    labels = [label("cat", c, lang) for c in cats]
    end = profile.end
    last_name = t("area.fig_last", lang, end=_short_month(end, lang))
    prev_name = t("area.fig_prev", lang, end=_short_month(end - 12, lang))
    whole = t("area.whole", lang)
    series = [
        ("last", f"{area.name} – {last_name}", colour, "circle"),
        ("prev", f"{area.name} – {prev_name}", colour, "circle-open"),
    ]
    if per:  # only rates make the municipality comparable
        series += [
            ("whole_last", f"{whole} – {last_name}", neutral, "diamond"),
            ("whole_prev", f"{whole} – {prev_name}", neutral, "diamond-open"),
        ]
    # Thin connectors from the earlier window to the latest one, where both are exact
    # (a line from a "1–4" band's middle would suggest a figure that is not known).
    for comp, lab in zip(profile.crimes, labels, strict=True):
        a, b = _cell_point(comp.area.prev, per), _cell_point(comp.area.last, per)
        if comp.area.prev.shown and comp.area.last.shown:
            fig.add_trace(
                plot.scatter(
                    x=[a[0], b[0]],
                    y=[lab, lab],
                    mode="lines",
                    line={"color": colour, "width": 2},
                    hoverinfo="skip",
                    showlegend=False,
                )
            )
    for key, name, col, symbol in series:
        xs, ys, lows, highs, hover = [], [], [], [], []
        for comp, lab in zip(profile.crimes, labels, strict=True):
            is_whole = key.startswith("whole")
            row = comp.municipality if is_whole else comp.area
            cell = row.last if key.endswith("last") else row.prev
            point = _cell_point(cell, profile.population if is_whole else per)
            if point is None:
                continue
            x, low, high = point
            xs.append(x)
            ys.append(lab)
            lows.append(x - low if low is not None else 0)
            highs.append(high - x if high is not None else 0)
            hover.append(_area_hover(name, lab, cell, x, bool(per), lang, whole=is_whole))
        if not xs:
            continue
        banded = any(h > 0 for h in highs)
        fig.add_trace(
            plot.scatter(
                x=xs,
                y=ys,
                mode="markers",
                name=esc(name),
                marker={
                    "color": col,
                    "symbol": symbol,
                    "size": 14,
                    "line": {"width": 2, "color": col},
                },
                error_x={
                    "type": "data",
                    "symmetric": False,
                    "array": highs,
                    "arrayminus": lows,
                    "color": col,
                    "thickness": 1.5,
                    "width": 4,
                }
                if banded
                else None,
                hovertext=hover,
                hoverinfo="text",
            )
        )
    fig.update_yaxes(
        categoryorder="array", categoryarray=list(reversed(labels)), showgrid=True, automargin=True
    )
    axis = t("area.axis_rate", lang) if per else t("area.axis_count", lang)
    fig.update_xaxes(title_text=axis, rangemode="tozero", showgrid=True)
    fig.update_layout(
        height=130 + 44 * len(cats),
        margin={"t": 70, "l": 16, "r": 16, "b": 16},
        legend={"orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top"},
        hovermode="closest",
    )
    return theme.apply_theme(fig, dark=dark, lang=lang)


def _short_month(period, lang: str) -> str:
    return f"{MONTHS_SHORT[lang][period.month - 1]} {period.year}"


def _area_hover(name, category_label, cell, x, rates, lang, *, whole=False) -> str:
    head = f"<b>{esc(name)}</b><br>{category_label}: "
    if cell.label == "small" and not whole:
        text = t("small.count", lang) + " " + t("trend.hover_cases", lang)
        return head + text
    count = fmt_number(cell.value, 0, lang)
    if rates:
        return head + t("trend.hover_rate", lang, rate=fmt_number(x, 1, lang), count=count)
    return head + count + " " + t("trend.hover_cases", lang)


def area_survey_figure(profile: AreaProfile, lang: str, *, dark: bool = False) -> plot.Figure:
    """One small panel per indicator over the survey years: the area (with 95 % intervals
    for random samples) against the municipality (neutral, dotted). Shares share one
    scale; the 0–6 problem index has its own."""
    points = profile.survey
    indicators = list(dict.fromkeys(points["indicator"]))
    n = len(indicators)
    fig = plot.subplots(
        rows=1,
        cols=n,
        subplot_titles=[label("ind", i, lang) for i in indicators],
        horizontal_spacing=0.05,
        shared_yaxes=False,
    )
    colour = theme.COLORWAY[0]
    neutral = theme.neutral_colour(dark=dark)
    share_top = 10.0
    for col, indicator in enumerate(indicators, start=1):
        rows = points[points["indicator"] == indicator]
        for area_id, name, col_colour, offset, key in (
            (profile.area.id, profile.area.name, colour, -40, profile.area.slug),
            (-1, t("area.whole", lang), neutral, 40, "kommun"),
        ):
            mine = rows[rows["area_id"] == area_id]
            for tr in survey_traces(
                mine, name, col_colour, lang, offset_days=offset, key=key, dashed=area_id == -1
            ):
                fig.add_trace(tr, row=1, col=col)
        shown = rows[rows["status"] == "shown"]
        if not shown.empty and (shown["scale"] == "index").all():
            fig.update_yaxes(range=[0, 6], dtick=1, title_text=None, row=1, col=col)
        else:
            top = pd.concat([shown["high"], shown["value"]]).astype(float).max()
            if pd.notna(top):
                share_top = max(share_top, float(top))
            fig.update_yaxes(ticksuffix=" %" if lang == "sv" else "%", row=1, col=col)
    share_range = [0, min(100, 10 * np.ceil((share_top + 3) / 10))]
    for col, indicator in enumerate(indicators, start=1):
        rows = points[(points["indicator"] == indicator) & (points["status"] == "shown")]
        if rows.empty or not (rows["scale"] == "index").all():
            fig.update_yaxes(range=share_range, row=1, col=col)
    years = sorted(points["year"].unique()) if not points.empty else []
    if years:
        fig.update_xaxes(
            type="date",
            range=[
                pd.Timestamp(int(years[0]), 1, 1) - timedelta(days=30),
                pd.Timestamp(int(years[-1]), 12, 31) + timedelta(days=30),
            ],
            dtick="M12",
            tickformat="%Y",
            ticklabelmode="period",
        )
    seen: set[str] = set()
    for trace in fig.data:
        group = trace.get("legendgroup")
        trace["showlegend"] = bool(group and group not in seen)
        if group:
            seen.add(group)
    fig.update_layout(
        height=340,
        margin={"t": 90, "l": 16, "r": 16, "b": 16},
        legend={"orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top"},
        hovermode="closest",
    )
    size = theme.DESKTOP.title - 3
    for annotation, col in zip(fig.layout["annotations"], range(1, n + 1), strict=True):
        x0 = fig.x_domain(1, col)[0]
        plot.merge(annotation, {"x": x0, "xanchor": "left", "font_size": size, "yshift": 6})
    return theme.apply_theme(fig, dark=dark, lang=lang)

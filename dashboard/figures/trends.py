"""The trends page's graph: crimes per category, a survey question and the activity
reports on one time axis. Traces come from ``traces``; all styling from ``theme``."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from dashboard.analysis.crime_trends import CrimeSeries
from dashboard.analysis.trends import TrendData
from dashboard.figures import plot, theme
from dashboard.figures.traces import crime_traces, esc, survey_traces
from dashboard.i18n import fmt_date, fmt_number, label, t

#: Row heights in pixels on a desktop screen.
CRIME_ROW, SURVEY_ROW, RUG_LINE, RUG_PAD = 230, 210, 24, 40
DODGE_DAYS = 28  # survey waves of several series are spread this far apart


def area_colours(names: list[str]) -> dict[str, str]:
    """A fixed colour per chosen area, in order (grey is kept for the municipality)."""
    palette = [c for c in theme.COLORWAY if c != theme.OKABE_ITO["grey"]]
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


def _activity_rows(acts: pd.DataFrame) -> list[str]:
    """The rug's row labels (escaped), in the commitments' order."""
    rows = acts.drop_duplicates("row").sort_values("order")["row"]
    return [esc(r) for r in rows]


def activity_trace(acts: pd.DataFrame, lang: str, colour: str) -> dict:
    """One tick per activity report on its day, in the row of its commitment."""
    hover = []
    for r in acts.itertuples(index=False):
        parts = [
            f"<b>{esc(r.code)}</b> · {fmt_date(r.day, lang)}",
            t(
                "trend.activity_count",
                lang,
                count=fmt_number(int(r.count), 0, lang),
                unit=esc(r.unit or ""),
            ),
        ]
        where = " · ".join(esc(x) for x in (r.area, r.performed_by) if x and not pd.isna(x))
        if where:
            parts.append(where)
        if r.comment and not pd.isna(r.comment):
            parts.append(esc(_wrap(str(r.comment))))
        hover.append("<br>".join(parts))
    return plot.scatter(
        x=pd.to_datetime(acts["day"]),
        y=[esc(r) for r in acts["row"]],
        mode="markers",
        name=t("trend.legend_activity", lang),
        showlegend=False,
        marker={
            "symbol": "line-ns-open",
            "size": 18,
            "color": colour,
            "line": {"width": 2.5, "color": colour},
        },
        hovertext=hover,
        hoverinfo="text",
    )


def _wrap(text: str, width: int = 60) -> str:
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return "\n".join(lines)


def trend_figure(data: TrendData, lang: str, *, wall: bool = False, dark: bool = False):
    """The main graph ``graph-trend``: one panel per crime category, the survey indicator
    and the activity reports below, all on one time axis.

    Without chosen areas the municipality is drawn in the category's colour. With areas,
    each area has its own colour; the municipality is the neutral dashed line: in the same
    panel for rates (comparable), in a narrow column of its own for counts (a count for
    the whole municipality is many times an area's and would flatten it).
    """
    measure = data.options.measure
    areas = data.areas
    colours = area_colours([a.name for a in areas])
    neutral = theme.neutral_colour(dark=dark)
    two_columns = bool(areas) and measure != "per1000"
    categories = list(dict.fromkeys(s.category for s in data.series))
    survey_shown = (
        not data.survey.empty and (data.survey["status"] == "shown").any()
        if isinstance(data.survey, pd.DataFrame) and "status" in data.survey
        else False
    )
    acts = data.activities if isinstance(data.activities, pd.DataFrame) else pd.DataFrame()
    rug_rows = _activity_rows(acts) if not acts.empty else []
    rows = [("crime", c) for c in categories]
    if survey_shown:
        rows.append(("survey", data.options.indicator))
    if rug_rows:
        rows.append(("rug", None))
    if not rows:  # nothing imported yet: an empty figure, not a grid of no rows
        return theme.apply_theme(plot.Figure(), wall=wall, dark=dark, lang=lang)
    heights = [
        CRIME_ROW if kind == "crime" else SURVEY_ROW if kind == "survey" else
        RUG_PAD + RUG_LINE * len(rug_rows)
        for kind, _ in rows
    ]  # fmt: skip
    cols = 2 if two_columns else 1
    specs = [
        [{}, {}] if two_columns and kind == "crime" else [{}, None] if two_columns else [{}]
        for kind, _ in rows
    ]
    titles: list[str] = []
    cells: list[tuple[int, int]] = []  # (row, col) of each title
    for row_no, (kind, key) in enumerate(rows, start=1):
        if kind == "crime":
            main = t(f"trend.panel_{key}", lang) + " – " + t(f"trend.measure_short_{measure}", lang)
            titles.append(main)
            cells.append((row_no, 1))
            if two_columns:
                titles.append(t("trend.panel_whole", lang))
                cells.append((row_no, 2))
        elif kind == "survey":
            titles.append(t("trend.panel_survey", lang, indicator=label("ind", key, lang)))
            cells.append((row_no, 1))
        else:
            titles.append(t("trend.panel_activities", lang))
            cells.append((row_no, 1))
    fig = plot.subplots(
        rows=len(rows),
        cols=cols,
        shared_xaxes=True,
        column_widths=[0.74, 0.26] if two_columns else None,
        row_heights=heights,
        specs=specs,
        subplot_titles=titles,
        vertical_spacing=min(0.09, 70 / max(sum(heights), 1)),
        horizontal_spacing=0.06,
    )
    for row_no, (kind, key) in enumerate(rows, start=1):
        if kind == "crime":
            _add_crime_row(fig, data, key, row_no, lang, colours, neutral, two_columns)
        elif kind == "survey":
            _add_survey_row(fig, data, row_no, lang, colours, neutral)
        else:
            fig.add_trace(activity_trace(acts, lang, neutral), row=row_no, col=1)
            fig.update_yaxes(
                categoryorder="array",
                categoryarray=list(reversed(rug_rows)),
                showgrid=True,
                row=row_no,
                col=1,
                fixedrange=True,
            )
    start = data.start.to_timestamp() - timedelta(days=20)
    end = (data.end + 1).to_timestamp() + timedelta(days=20)
    fig.update_xaxes(
        type="date",
        range=[start, end],
        hoverformat="%B %Y",
        dtick="M12",
        tickformat="%Y",
        ticklabelmode="period",
        showticklabels=True,
        minor={"dtick": "M3", "ticks": "outside", "ticklen": 4},
    )
    fig.update_yaxes(rangemode="tozero")
    height = sum(heights) + 70 * len(rows) + 60
    legend_needed = bool(areas)
    # One legend entry per area, the municipality, "1–4" and each self-selected survey.
    seen: set[str] = set()
    for trace in fig.data:
        group = trace.get("legendgroup")
        trace["showlegend"] = bool(legend_needed and group and group not in seen)
        if group:
            seen.add(group)
    fig.update_layout(
        height=height,
        showlegend=legend_needed,
        legend={"orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top"},
        margin={"t": 90 if legend_needed else 50, "l": 16, "r": 16, "b": 40},
        hovermode="closest",
        meta={"measure": measure, "areas": [a.slug for a in areas]},
    )
    # Panel titles flush left over their panel, as the page's headings are.
    size = (theme.WALL if wall else theme.DESKTOP).title - 2
    for annotation, (row_no, col) in zip(fig.layout["annotations"], cells, strict=True):
        x0 = fig.x_domain(row_no, col)[0]
        plot.merge(annotation, {"x": x0, "xanchor": "left", "font_size": size, "yshift": 8})
    theme.apply_theme(fig, wall=wall, dark=dark, lang=lang)
    return fig


def _add_crime_row(fig, data, category, row_no, lang, colours, neutral, two_columns):
    measure = data.options.measure
    areas = data.areas
    for series in [s for s in data.series if s.category == category]:
        if series.municipality:
            name = t("area.whole", lang)
            per = data.population
            if not areas:
                colour = theme.CRIME_COLOURS.get(category, neutral)
                traces = crime_traces(series, name, colour, lang, per=per)
                for tr in traces:
                    fig.add_trace(tr, row=row_no, col=1)
                continue
            traces = crime_traces(
                series,
                name,
                neutral,
                lang,
                dashed=True,
                per=per,
                width=2,
            )
            col = 2 if two_columns else 1
            for tr in traces:
                fig.add_trace(tr, row=row_no, col=col)
        else:
            colour = colours[series.area.name]
            traces = crime_traces(
                series,
                series.area.name,
                colour,
                lang,
                per=series.area.population,
                markers=measure == "antal",
            )
            for tr in traces:
                fig.add_trace(tr, row=row_no, col=1)
    y_title = t(f"trend.axis_{measure}", lang)
    left = [s for s in data.series if s.category == category and (s.area or not two_columns)]
    fig.update_yaxes(title_text=y_title, range=[0, _top(left)], row=row_no, col=1)
    if two_columns:
        right = [s for s in data.series if s.category == category and s.municipality]
        fig.update_yaxes(range=[0, _top(right)], row=row_no, col=2)


def _top(series: list[CrimeSeries]) -> float:
    """The top of a panel's y axis: above every drawn point and "1–4" band, with room."""
    highs = [
        np.nanmax(np.concatenate([s.points["y"].to_numpy(float), s.points["high"].to_numpy(float)]))
        for s in series
        if not s.points.empty and s.points[["y", "high"]].notna().any().any()
    ]
    top = max(highs) if highs else 1.0
    return float(top) * 1.1 if top > 0 else 1.0


def _add_survey_row(fig, data, row_no, lang, colours, neutral):
    points = data.survey
    keys = [a.id for a in data.areas] + [-1]
    present = [k for k in keys if (points["area_id"] == k).any()]
    n = len(present)
    for i, area_id in enumerate(present):
        rows = points[points["area_id"] == area_id]
        offset = round((i - (n - 1) / 2) * DODGE_DAYS)
        if area_id == -1:
            name = t("area.whole", lang)
            colour = (
                neutral if data.areas else theme.SURVEY_COLOURS.get(data.options.indicator, neutral)
            )
            for tr in survey_traces(
                rows,
                name,
                colour,
                lang,
                offset_days=offset,
                key="kommun",
                dashed=bool(data.areas),
            ):
                fig.add_trace(tr, row=row_no, col=1)
        else:
            area = next(a for a in data.areas if a.id == area_id)
            # Self-selected waves get a legend entry of their own: they are not comparable.
            for tr in survey_traces(
                rows, area.name, colours[area.name], lang, offset_days=offset, key=area.slug
            ):
                fig.add_trace(tr, row=row_no, col=1)
    if data.survey_scale == "index":
        fig.update_yaxes(
            title_text=t("trend.axis_index", lang), range=[0, 6], dtick=1, row=row_no, col=1
        )
    else:
        top = np.nanmax(pd.concat([points["high"], points["value"]]).astype(float).to_numpy())
        fig.update_yaxes(
            title_text=t("trend.axis_share", lang),
            range=[0, min(100, max(10, 10 * np.ceil((top + 3) / 10)))],
            ticksuffix=" %" if lang == "sv" else "%",
            row=row_no,
            col=1,
        )

"""Figures of the trends page and the neighbourhood page. All styling comes from ``theme``.

Only aggregated, already protected figures go into a figure: a count shown as "1–4"
is drawn at the middle of its band with the band as an error bar and the hover text
"1–4", never with its exact value; a hidden (".."), unpublished or too-small survey
figure is not in the figure at all. User text (area names, comments) is escaped, as
plotly reads a little HTML in hover and legend texts.
"""

from __future__ import annotations

import html
from datetime import timedelta

import numpy as np
import pandas as pd

from dashboard.analysis.area_profile import AreaProfile
from dashboard.analysis.trends import CrimeSeries, TrendData
from dashboard.figures import plot, theme
from dashboard.i18n import (
    MONTHS_SHORT,
    fmt_date,
    fmt_number,
    fmt_percent,
    fmt_signed_percent,
    label,
    t,
)

#: Row heights in pixels on a desktop screen.
CRIME_ROW, SURVEY_ROW, RUG_LINE, RUG_PAD = 230, 210, 24, 40
DODGE_DAYS = 28  # survey waves of several series are spread this far apart


def esc(text: object) -> str:
    """User text as plain text inside plotly's hover and legend labels."""
    return html.escape(str(text), quote=False)


def area_colours(names: list[str]) -> dict[str, str]:
    """A fixed colour per chosen area, in order (grey is kept for the municipality)."""
    palette = [c for c in theme.COLORWAY if c != theme.OKABE_ITO["grey"]]
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


# --------------------------------------------------------------------------- hover texts


def count_text(row, measure: str, lang: str, *, per: int | None = None) -> str:
    """The figure of one point as hover text: "58", "1–4", "4,2 per 1 000 inv. (58)", "..".

    Only a ``value`` point's figure is ever written: this text goes to the browser."""
    lab = row["label"]
    if lab not in ("value", "small"):
        return t("small.hidden", lang)
    if lab == "small":
        shown = t("small.count", lang)
        if measure == "per1000" and per:
            band = t(
                "trend.hover_rate_band",
                lang,
                low=fmt_number(row["low"], 1, lang),
                high=fmt_number(row["high"], 1, lang),
            )
            return f"{shown} {t('trend.hover_cases', lang)} ({band})"
        return shown
    value = fmt_number(int(row["value"]), 0, lang)
    if measure == "per1000":
        rate = fmt_number(row["y"], 1, lang)
        return t("trend.hover_rate", lang, rate=rate, count=value)
    return value


def change_text(row, lang: str) -> str:
    pct = row["change_pct"]
    if pct is None or pd.isna(pct):
        return ""
    return "<br>" + t("trend.hover_change", lang, change=fmt_signed_percent(pct, 0, lang))


def _hovertemplate(name: str, category: str, measure: str, lang: str) -> str:
    prefix = t(f"trend.hover_prefix_{measure}", lang)
    head = f"<b>{esc(name)}</b> · {label('cat', category, lang)}"
    return f"{head}<br>{prefix} %{{x}}: %{{customdata[0]}}%{{customdata[1]}}<extra></extra>"


# --------------------------------------------------------------------------- crime traces


def crime_traces(
    series: CrimeSeries,
    name: str,
    colour: str,
    lang: str,
    *,
    dashed: bool = False,
    per: int | None = None,
    width: float | None = None,
    markers: bool = False,
) -> list[dict]:
    """A line for the shown figures and hollow markers with the band for "1–4".

    ``markers`` marks every point (monthly counts of an area, where gaps are common).
    """
    pts = series.points
    shown = pts[pts["label"] == "value"]
    small = pts[pts["label"] == "small"]
    template = _hovertemplate(name, series.category, series.measure, lang)
    y_line = np.where(pts["label"] == "value", pts["y"], np.nan)
    custom = np.array(
        [
            [count_text(r, series.measure, lang, per=per), change_text(r, lang)]
            for r in pts.to_dict("records")
        ],
        dtype=object,
    ).reshape(-1, 2)
    line = {"color": colour}
    if dashed:
        line["dash"] = theme.NEUTRAL_DASH
    if width:
        line["width"] = width
    traces = [
        plot.scatter(
            x=pts["month"],
            y=y_line,
            mode="lines+markers" if markers or len(shown) <= 2 else "lines",
            name=esc(name),
            legendgroup=series.key,
            showlegend=False,  # see trend_figure: one entry per group
            line=line,
            marker={"color": colour, "size": 6},
            customdata=custom,
            hovertemplate=template,
            connectgaps=False,
        )
    ]
    if not small.empty:
        custom_small = np.array(
            [
                [count_text(r, series.measure, lang, per=per), change_text(r, lang)]
                for r in small.to_dict("records")
            ],
            dtype=object,
        ).reshape(-1, 2)
        traces.append(
            plot.scatter(
                x=small["month"],
                y=small["y"],
                mode="markers",
                name=t("trend.legend_small", lang),
                legendgroup="small",
                showlegend=False,  # see trend_figure: one entry per group
                marker={
                    "color": colour,
                    "symbol": "circle-open",
                    "line": {"width": 2, "color": colour},
                },
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": small["high"] - small["y"],
                    "arrayminus": small["y"] - small["low"],
                    "color": colour,
                    "thickness": 1.5,
                    "width": 0,
                },
                customdata=custom_small,
                hovertemplate=template,
            )
        )
    return traces


# --------------------------------------------------------------------------- survey traces


def survey_hover(row, name: str, lang: str) -> str:
    """'Hötorget · enkät 2022: 38,9 % · 95 % KI 31,7–46,6 % · n = 162 · slumpmässigt urval'."""
    index = row["scale"] == "index"
    value = fmt_number(row["value"], 2, lang) if index else fmt_percent(row["value"], 1, lang)
    lines = [f"<b>{esc(name)}</b>", t("trend.survey_wave", lang, year=row["year"], value=value)]
    if row["low"] is not None and not pd.isna(row["low"]):
        lines.append(
            t(
                "trend.survey_interval",
                lang,
                low=fmt_number(row["low"], 1, lang),
                high=fmt_number(row["high"], 1, lang),
            )
        )
    n = row["n"]
    n_text = fmt_number(int(n), 0, lang) if n is not None and not pd.isna(n) else "?"
    sampling = (
        label("sampling", row["sampling"], lang)
        if row["sampling"]
        else t("trend.sampling_unknown", lang)
    )
    lines.append(t("trend.survey_n", lang, n=n_text, sampling=sampling))
    if index:
        lines.append(t("trend.survey_index_note", lang))
    return "<br>".join(lines)


def survey_traces(
    points: pd.DataFrame,
    name: str,
    colour: str,
    lang: str,
    *,
    offset_days: int = 0,
    key: str = "",
    dashed: bool = False,
) -> list[dict]:
    """Random-sample waves joined by a thin line with 95 % intervals; self-selected waves
    as hollow diamonds without intervals, named as such."""
    shown = points[points["status"] == "shown"]
    traces = []
    random = shown[shown["random"]]
    other = shown[~shown["random"]]
    shift = timedelta(days=offset_days)
    if not random.empty:
        has_ci = random["low"].notna()
        error = None
        if has_ci.any():
            error = {
                "type": "data",
                "symmetric": False,
                "array": (random["high"] - random["value"]).where(has_ci),
                "arrayminus": (random["value"] - random["low"]).where(has_ci),
                "color": colour,
                "thickness": 2,
                "width": 6,
            }
        traces.append(
            plot.scatter(
                x=[x + shift for x in random["x"]],
                y=random["value"],
                mode="lines+markers",
                name=esc(name),
                legendgroup=key,
                showlegend=False,  # see trend_figure: one entry per group
                line={"color": colour, "width": 1.5, "dash": "dot" if dashed else "solid"},
                marker={"color": colour, "size": 10, "symbol": "circle"},
                error_y=error,
                hovertext=[survey_hover(r, name, lang) for r in random.to_dict("records")],
                hoverinfo="text",
            )
        )
    if not other.empty:
        traces.append(
            plot.scatter(
                x=[x + shift + timedelta(days=10) for x in other["x"]],
                y=other["value"],
                mode="markers",
                name=esc(f"{name} – {t('trend.legend_self_selected', lang)}"),
                legendgroup=key + "-self",
                showlegend=False,  # see trend_figure: one entry per group
                marker={
                    "color": colour,
                    "size": 12,
                    "symbol": "diamond-open",
                    "line": {"width": 2, "color": colour},
                },
                hovertext=[survey_hover(r, name, lang) for r in other.to_dict("records")],
                hoverinfo="text",
            )
        )
    return traces


# --------------------------------------------------------------------------- the trend graph


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


# --------------------------------------------------------------------------- the area page


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

"""Figures of the wall screen and the report, each with the table of the data behind it.

The data come from the trends page's layer (``dashboard.trends``, protected by
``dashboard.protection``), so every figure below the municipality carries the same
"1–4" and ".." as everywhere else; these functions only draw them larger and simpler
(the wall screen) or for paper (the report). Outcomes (crimes, surveys) in neutral
series colours, never traffic-lit; a protected count is not drawn (a gap) and is
"1–4" or ".." in the table; survey waves with fewer than 30 answers are left out, every
survey figure states its n and sampling, and intervals are drawn only for random
samples with n (``trends.survey_points`` computes them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard import contract
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.protection import MUNICIPALITY, SMALL, VALUE
from dashboard.analysis.trends import CrimeSeries
from dashboard.analysis.wall import FOCUS_INDICATOR, TREND_INDICATORS, FocusArea
from dashboard.figures import plot, theme
from dashboard.i18n import fmt_number, label, t


@dataclass
class FigureTable:
    """A figure and the data behind it (what the CSV/Excel download gives)."""

    key: str  # download key, e.g. "trend-crime", "area-crime:hotorget"
    title: str
    figure: plot.Figure | None  # None where another module draws it
    table: pd.DataFrame  # display-ready: localised headers, protected values
    note: str = ""


def _month_text(ts: pd.Timestamp) -> str:
    return f"{ts.year:04d}-{ts.month:02d}"


def shown_value(row, lang: str, *, municipality: bool = False) -> object:
    """A protected point's figure for a table: the count, "1–4" or ".."."""
    if row["label"] == VALUE or (municipality and row["label"] == SMALL):
        return int(row["value"])
    if row["label"] == SMALL:
        return t("small.count", lang)
    return t("small.hidden", lang)


def _drawn(series: CrimeSeries) -> pd.DataFrame:
    """The points that may be drawn exactly (label ``value``; everything for the whole
    municipality but unpublished months); others become gaps."""
    points = series.points.copy()
    if points.empty:
        return points
    ok = (points["label"] == VALUE) | (series.municipality & (points["label"] == SMALL))
    points["shown"] = points["value"].where(ok)
    return points


def _promise_band(fig: plot.Figure, period, first, last, lang: str, *, dark: bool) -> None:
    """Shade the promise's period (as far as the axis goes) and name it."""
    if not period or first is None:
        return
    start, end = (pd.Timestamp(d) for d in period)
    x0, x1 = max(start, first), min(end, last)
    if x0 > x1:
        return
    fig.add_vrect(
        x0=x0,
        x1=x1,
        fillcolor="#FFFFFF" if dark else "#000000",
        opacity=0.14 if dark else 0.06,
        line_width=0,
        layer="below",
        annotation_text=t("wfig.promise_period", lang, year=start.year),
        annotation_position="top left",
    )


def crime_figure(
    series: list[CrimeSeries],
    lang: str,
    *,
    key: str,
    title: str,
    wall: bool = False,
    dark: bool = False,
    height: int | None = None,
    period: tuple | None = None,
) -> FigureTable:
    """12-month sums of reported thefts and narcotics cases: colour by category, a dashed
    line per further area; on the wall the last figure is written beside each line."""
    fig = plot.Figure()
    areas = list(dict.fromkeys(s.key for s in series))
    drawn = [(s, _drawn(s)) for s in series if not s.points.empty]
    months = pd.concat([p["month"] for _, p in drawn]) if drawn else pd.Series(dtype=object)
    first = months.min() if len(months) else None
    last = months.max() if len(months) else None
    _promise_band(fig, period, first, last, lang, dark=dark)
    for s, points in drawn:
        name = label("cat", s.category, lang)
        if len(areas) > 1:
            place = t("area.whole", lang) if s.municipality else s.area.name
            name = f"{place} – {name}"
        colour = theme.series_colour(s.category)
        dash = ["solid", "dot", "dash", "dashdot"][areas.index(s.key) % 4]
        fig.add_trace(
            plot.scatter(
                x=points["month"],
                y=points["shown"],
                name=name,
                mode="lines",
                line={"color": colour, "dash": dash},
                connectgaps=False,
                hovertemplate="%{x|%b %Y}: %{y:,.0f}<extra>" + _plain(name) + "</extra>",
            )
        )
        if wall:
            known = points.dropna(subset=["shown"])
            if not known.empty:
                end = known.iloc[-1]
                fig.add_annotation(
                    x=end["month"],
                    y=end["shown"],
                    text=f"<b>{fmt_number(end['shown'], 0, lang)}</b>",
                    showarrow=False,
                    xanchor="left",
                    xshift=10,
                    font={"color": "#FFFFFF" if dark else colour},
                )
    fig.update_layout(
        height=height or (620 if wall else 340),
        xaxis={"tickformat": "%b %Y", "nticks": 6},
        yaxis={"rangemode": "tozero", "title": {"text": t("wfig.rolling_axis", lang)}},
        margin={"r": 90 if wall else 24, "t": 24 if wall else 16},
        showlegend=True,
    )
    theme.apply_theme(fig, wall=wall, dark=dark, lang=lang)
    protected = any(not s.municipality for s in series)
    note = t("wfig.rolling_note", lang) + (" " + t("wfig.small_note", lang) if protected else "")
    return FigureTable(key, title, fig, crime_table(series, lang), note)


def _plain(text: str) -> str:
    """User text inside a plotly hover template: no markup, no template fields."""
    return (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("%{", "% {")
    )  # fmt: skip


def crime_table(series: list[CrimeSeries], lang: str) -> pd.DataFrame:
    """Month, area, category and the protected 12-month sum of each series."""
    rows = []
    for s in series:
        place = t("area.whole", lang) if s.municipality else s.area.name
        for point in s.points.to_dict("records"):
            rows.append(
                {
                    t("dl.col.month", lang): _month_text(point["month"]),
                    t("dl.col.area", lang): place,
                    t("dl.col.category", lang): label("cat", s.category, lang),
                    t("dl.col.rolling12", lang): shown_value(
                        point, lang, municipality=s.municipality
                    ),
                }
            )
    return pd.DataFrame(rows)


def survey_figure(
    points: pd.DataFrame,
    area_names: dict[int, str],
    lang: str,
    *,
    key: str,
    wall: bool = False,
    dark: bool = False,
    height: int | None = None,
) -> FigureTable:
    """Survey waves (``trends.survey_points`` with an ``indicator`` column).

    The whole municipality alone: one line per indicator. With areas: the share feeling
    unsafe per area, the municipality as the neutral dashed line. Open web surveys are
    open diamonds without an interval, each wave's n is in the note and the table.
    """
    rows = points[points["status"] == "shown"] if len(points) else points
    fig = plot.Figure()
    with_areas = bool(len(rows)) and (rows["area_id"] != MUNICIPALITY).any()
    series = []
    if with_areas:
        ids = [i for i in dict.fromkeys(rows["area_id"]) if i != MUNICIPALITY]
        for i, area_id in enumerate(ids):
            part = rows[(rows["area_id"] == area_id) & (rows["indicator"] == FOCUS_INDICATOR)]
            colour = theme.COLORWAY[i % len(theme.COLORWAY)]
            series.append((part, area_names.get(area_id, "?"), colour, "solid"))
        whole = rows[(rows["area_id"] == MUNICIPALITY) & (rows["indicator"] == FOCUS_INDICATOR)]
        series.append((whole, t("area.whole", lang), theme.neutral_colour(dark=dark), "dash"))
        title = label("ind", FOCUS_INDICATOR, lang)
    else:
        for indicator in TREND_INDICATORS:
            part = rows[rows["indicator"] == indicator] if len(rows) else rows
            series.append(
                (part, label("ind", indicator, lang), theme.series_colour(indicator), None)
            )
        title = t("wfig.survey_title", lang)
    for part, name, colour, dash in series:
        if len(part):
            _survey_traces(fig, part, name, colour, lang, dash=dash, wall=wall)
    years = sorted(int(y) for y in rows["year"].unique()) if len(rows) else []
    fig.update_layout(
        height=height or (620 if wall else 340),
        xaxis={"tickmode": "array", "tickvals": years, "ticktext": [str(y) for y in years]},
        yaxis={"rangemode": "tozero", "ticksuffix": " %", "title": {"text": t("wfig.share", lang)}},
        margin={"t": 24 if wall else 16},
        showlegend=True,
    )
    theme.apply_theme(fig, wall=wall, dark=dark, lang=lang)
    return FigureTable(
        key, title, fig, survey_table(rows, area_names, lang), survey_note(rows, lang, area_names)
    )


def _survey_traces(fig, rows, name, colour, lang, *, dash, wall) -> None:
    for selected, part in rows.groupby(~rows["random"].astype(bool)):
        part = part.sort_values("year")
        pairs = zip(part["value"], part["low"], part["high"], strict=True)
        bands = [(v - lo, hi - v) if pd.notna(lo) else (None, None) for v, lo, hi in pairs]
        lows = [b[0] for b in bands]
        highs = [b[1] for b in bands]
        has_ci = any(v is not None for v in lows)
        sampling = label("sampling", part["sampling"].iloc[0] or "", lang)
        fig.add_trace(
            plot.scatter(
                x=part["year"],
                y=part["value"],
                name=f"{name} – {sampling}" if selected else name,
                mode="markers" if selected else "lines+markers",
                line=None if selected else {"color": colour, "dash": dash},
                marker={
                    "color": colour,
                    "symbol": "diamond-open" if selected else "circle",
                    "line": {"width": 3, "color": colour},
                },
                error_y=(
                    {
                        "type": "data",
                        "array": highs,
                        "arrayminus": lows,
                        "visible": True,
                        "thickness": 3 if wall else 1.5,
                        "width": 10 if wall else 5,
                    }
                    if has_ci
                    else None
                ),
                customdata=part["n"].fillna(-1).astype(int),
                hovertemplate=(
                    "%{x}: %{y:.0f} % (n = %{customdata})"
                    + f"<extra>{_plain(name)} – {sampling}</extra>"
                ),
            )
        )


def survey_table(rows: pd.DataFrame, area_names: dict, lang: str) -> pd.DataFrame:
    """The survey waves shown, with their interval where one is computed."""
    out = []
    if not len(rows):
        return pd.DataFrame(out)
    for row in rows.sort_values(["indicator", "area_id", "year"]).to_dict("records"):
        out.append(
            {
                t("dl.col.year", lang): int(row["year"]),
                t("dl.col.area", lang): (
                    t("area.whole", lang)
                    if row["area_id"] == MUNICIPALITY
                    else area_names.get(row["area_id"], "?")
                ),
                t("dl.col.indicator", lang): label("ind", row["indicator"], lang),
                t("dl.col.value", lang): round(float(row["value"]), 1),
                t("dl.col.scale", lang): row["scale"],
                t("dl.col.respondents", lang): int(row["n"]) if pd.notna(row["n"]) else None,
                t("dl.col.sampling", lang): label("sampling", row["sampling"] or "", lang),
                t("dl.col.ci_low", lang): round(row["low"], 1) if pd.notna(row["low"]) else None,
                t("dl.col.ci_high", lang): (
                    round(row["high"], 1) if pd.notna(row["high"]) else None
                ),
            }
        )
    return pd.DataFrame(out)


def survey_note(rows: pd.DataFrame, lang: str, area_names: dict | None = None) -> str:
    """'Slumpmässigt urval, n = 851 (2019), …' for each place shown (the whole
    municipality, or each area and the municipality), a word on open web surveys, and
    the 30-answer rule."""
    parts = []
    if len(rows):
        random = rows[rows["random"].astype(bool)]
        places = list(dict.fromkeys(random["area_id"]))
        several = len(places) > 1
        groups = []
        for place in places:
            ns = random[random["area_id"] == place].groupby("year")["n"].max()
            waves = ", ".join(
                f"{fmt_number(n, 0, lang) if pd.notna(n) else '?'} ({year})"
                for year, n in ns.items()
            )
            if several:
                name = (
                    t("area.whole", lang)
                    if place == MUNICIPALITY
                    else (area_names or {}).get(place, "?")
                )
                waves = f"{name} {waves}"
            groups.append(waves)
        if groups:
            parts.append(t("wfig.n_random", lang, waves="; ".join(groups)))
            if random["low"].notna().any():
                parts.append(t("wfig.ci", lang))
        if (~rows["random"].astype(bool)).any():
            parts.append(t("wfig.n_selfselected", lang))
    parts.append(t("wfig.n_rule", lang, n=contract.MIN_SURVEY_ANSWERS))
    return " ".join(parts)


def area_crime(
    area: FocusArea,
    lang: str,
    *,
    wall: bool = False,
    dark: bool = False,
    height: int | None = None,
    period: tuple | None = None,
) -> FigureTable:
    """One focus area's thefts and narcotics cases, 12-month sums (protected)."""
    return crime_figure(
        area.series,
        lang,
        key=f"area-crime:{area.slug}",
        title=t("wfig.area_crime_title", lang, area=area.name),
        wall=wall,
        dark=dark,
        height=height,
        period=period,
    )


def area_survey(
    area: FocusArea, lang: str, *, wall: bool = False, dark: bool = False, height: int | None = None
) -> FigureTable:
    """The share feeling unsafe in the area against the whole municipality, by wave."""
    points = area.survey.assign(indicator=FOCUS_INDICATOR) if len(area.survey) else area.survey
    if not len(points):
        points = pd.DataFrame(
            columns=["indicator", "area_id", "year", "value", "n", "status", "random"]
        )
    return survey_figure(
        points,
        {area.area_id: area.name},
        lang,
        key=f"area-survey:{area.slug}",
        wall=wall,
        dark=dark,
        height=height,
    )


def commitment_table(item: Commitment, lang: str) -> pd.DataFrame:
    """The data behind one commitment's gauge."""
    j = item.judgement
    return pd.DataFrame(
        [
            {
                t("dl.col.code", lang): item.code,
                t("dl.col.party", lang): item.party,
                t("dl.col.commitment", lang): item.text,
                t("dl.col.indicator", lang): item.indicator,
                t("dl.col.target", lang): item.target,
                t("dl.col.unit", lang): item.unit or "",
                t("dl.col.rule", lang): item.rule,
                t("dl.col.start", lang): item.start.isoformat(),
                t("dl.col.end", lang): item.end.isoformat(),
                t("dl.col.achieved", lang): item.achieved,
                t("dl.col.expected_now", lang): round(item.target * j.expected, 1) if j else None,
                t("dl.col.progress", lang): round(100 * j.progress, 1) if j else None,
                t("dl.col.status", lang): t(f"status.{j.status}", lang) if j else None,
                t("dl.col.checkin", lang): (
                    t(f"checkin.{item.checkin_status}", lang) if item.checkin_status else None
                ),
                t("dl.col.checkin_day", lang): (
                    item.checkin_day.isoformat() if item.checkin_day else None
                ),
                t("dl.col.checkin_comment", lang): item.checkin_comment or "",
            }
        ]
    )


def promise_period(items: list[Commitment]) -> tuple[date, date] | None:
    """The span of the shown commitments' periods (for the shaded band)."""
    if not items:
        return None
    return min(i.start for i in items), max(i.end for i in items)

"""Figures of the wall screen and the report, each with the table of the data behind it:
the crime trends here, the survey waves in ``wall_survey``.

The data come from the analysis layer (``analysis.trends``, protected by
``analysis.protection``), so every figure below the municipality carries the same
"1–4" and ".." as everywhere else; these functions only draw them larger and simpler
(the wall screen) or for paper (the report). Outcomes (crimes, surveys) in neutral
series colours, never traffic-lit; a protected count is not drawn (a gap) and is
"1–4" or ".." in the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard.analysis.commitments import Commitment
from dashboard.analysis.crime_trends import CrimeSeries
from dashboard.analysis.protection import SMALL, VALUE
from dashboard.analysis.wall import FocusArea
from dashboard.figures import plot, summaries, theme
from dashboard.i18n import fmt_number, label, t


@dataclass
class FigureTable:
    """A figure and the data behind it (what the CSV/Excel download gives)."""

    key: str  # download key, e.g. "trend-crime", "area-crime:hotorget"
    title: str
    figure: plot.Figure | None  # None where another module draws it
    table: pd.DataFrame  # display-ready: localised headers, protected values
    note: str = ""
    summary: tuple[str, ...] = ()  # the figure in words (its text alternative)


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
        fillcolor=theme.LIGHT.paper if dark else theme.DARK.paper,  # the other surface, faint
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
                hovertemplate="%{x|%b %Y}: %{y:,.0f}<extra>" + hover_safe(name) + "</extra>",
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
                    font={"color": theme.DARK.ink if dark else colour},
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
    words = tuple(summaries.crime_sentences(series, lang))
    return FigureTable(key, title, fig, crime_table(series, lang), note, words)


def hover_safe(text: str) -> str:
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

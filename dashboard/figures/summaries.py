"""Figures in words: what a page sets beside a chart as its text alternative, generated
from the same protected figures the chart draws.

``crime_sentences``: "Anmälda stölder, Hela kommunen, summa för 12 månader: 724 t.o.m.
december 2022, 7 % lägre än ett år tidigare." ``survey_sentences``: the latest wave per
place. ``trend_table``: the trend page's series month by month, as its table;
``estimate_table``: a before/after chart's estimates.
"""

from __future__ import annotations

import math

import pandas as pd

from dashboard.analysis.before_after import Estimate
from dashboard.analysis.crime_trends import CrimeSeries
from dashboard.analysis.protection import MUNICIPALITY, SMALL, VALUE
from dashboard.i18n import fmt_month, fmt_number, fmt_percent, fmt_signed_percent, label, t


def _place(series: CrimeSeries, lang: str) -> str:
    return t("area.whole", lang) if series.municipality else series.area.name


def point_text(point: dict, series: CrimeSeries, lang: str) -> str:
    """A drawn point as the tables show it: the figure, "1–4" or ".." (protected)."""
    if point["label"] == VALUE or (series.municipality and point["label"] == SMALL):
        y = point["y"] if series.measure == "per1000" else point["value"]
        if y is None or (isinstance(y, float) and math.isnan(y)):
            return t("small.hidden", lang)
        return fmt_number(y, 1 if series.measure == "per1000" else 0, lang)
    return t("small.count" if point["label"] == SMALL else "small.hidden", lang)


def point_value(point: dict, series: CrimeSeries, lang: str) -> object:
    """A drawn point as the downloads give it: the same as ``point_text``, but a shown
    figure as a number (a count, or a rate to one decimal)."""
    text = point_text(point, series, lang)
    if text in (t("small.count", lang), t("small.hidden", lang)):
        return text
    if series.measure == "per1000":
        return round(float(point["y"]), 1)
    return int(point["value"])


def _change_text(change: float | None, lang: str) -> str:
    if change is None or math.isnan(change):
        return ""
    if round(change) == 0:
        return t("sum.same", lang)
    key = "sum.lower" if change < 0 else "sum.higher"
    return t(key, lang, change=fmt_percent(abs(change), 0, lang))


def crime_sentences(series: list[CrimeSeries], lang: str) -> list[str]:
    """One sentence per series: its last month's figure and its change over a year."""
    out = []
    for s in series:
        if s.points.empty:
            continue
        point = s.points.iloc[-1].to_dict()
        month = point["month"]
        change = _change_text(point.get("change_pct"), lang)
        out.append(
            t(
                "sum.crime",
                lang,
                subject=t(f"trend.panel_{s.category}", lang),
                place=_place(s, lang),
                measure=t(f"trend.measure_short_{s.measure}", lang),
                figure=point_text(point, s, lang),
                month=fmt_month(month.year, month.month, lang),
                change=f", {change}" if change else "",
            )
        )
    return out


def survey_sentences(
    points: pd.DataFrame, indicator: str, area_names: dict[int, str], lang: str
) -> list[str]:
    """The latest wave shown per place: "Känner sig otrygg ute på kvällen, Hela kommunen:
    24 % 2022 (n = 612, slumpmässigt urval)"."""
    if not len(points):
        return []
    shown = points[points["status"] == "shown"]
    out = []
    for area_id, rows in shown.groupby("area_id", sort=False):
        latest = rows.sort_values("year").iloc[-1]
        place = t("area.whole", lang) if area_id == MUNICIPALITY else area_names.get(area_id, "?")
        value = float(latest["value"])
        n = latest["n"]
        out.append(
            t(
                "sum.survey",
                lang,
                indicator=label("ind", indicator, lang),
                place=place,
                value=fmt_percent(value, 0, lang)
                if latest["scale"] == "andel"
                else fmt_number(value, 1, lang),
                year=int(latest["year"]),
                n=fmt_number(n, 0, lang) if pd.notna(n) else "?",
                sampling=label("sampling", latest["sampling"] or "", lang),
            )
        )
    return out


def trend_table(series: list[CrimeSeries], lang: str, *, numbers: bool = False) -> pd.DataFrame:
    """Month by month, one column per series ("Hötorget – Anmälda stölder"), protected
    as the chart draws them; shown figures as text, or for a download (``numbers``) as
    numbers, with ISO months and empty cells where a series has no point."""
    cell = point_value if numbers else point_text
    columns: dict[str, dict[pd.Timestamp, object]] = {}
    for s in series:
        name = f"{_place(s, lang)} – {t(f'trend.panel_{s.category}', lang)}"
        columns[name] = {p["month"]: cell(p, s, lang) for p in s.points.to_dict("records")}
    months = sorted({m for values in columns.values() for m in values})
    missing = None if numbers else "–"
    rows = [
        {
            t("dl.col.month", lang): f"{m.year:04d}-{m.month:02d}"
            if numbers
            else fmt_month(m.year, m.month, lang),
            **{name: values.get(m, missing) for name, values in columns.items()},
        }
        for m in months
    ]
    return pd.DataFrame(rows)


def estimate_table(estimates: list[Estimate], lang: str) -> pd.DataFrame:
    """A before/after chart's estimates: the change against the rest of the municipality
    and its 95 % interval, per area (or the areas together)."""
    rows = []
    for e in estimates:
        place = t("ba.fig.together", lang) if e.together else e.areas[0]
        did = e.did
        rows.append(
            {
                t("dl.col.area", lang): place,
                t("sum.col.change", lang): fmt_signed_percent(did.pct_change, 0, lang)
                if did
                else "–",
                t("dl.col.ci_low", lang): fmt_signed_percent(did.pct_low, 0, lang) if did else "–",
                t("dl.col.ci_high", lang): fmt_signed_percent(did.pct_high, 0, lang)
                if did
                else "–",
            }
        )
    return pd.DataFrame(rows)

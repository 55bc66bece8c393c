"""Traces of protected series, for the trends and area pages: crime lines, survey waves.

Only aggregated, already protected figures go into a trace: a count shown as "1–4"
is drawn at the middle of its band with the band as an error bar and the hover text
"1–4", never with its exact value; a hidden (".."), unpublished or too-small survey
figure is not in the figure at all. User text (area names, comments) is escaped, as
plotly reads a little HTML in hover and legend texts. All styling comes from ``theme``.
"""

from __future__ import annotations

import html
from datetime import timedelta

import numpy as np
import pandas as pd

from dashboard.analysis.crime_trends import CrimeSeries
from dashboard.figures import plot, theme
from dashboard.i18n import fmt_number, fmt_percent, fmt_signed_percent, label, t


def esc(text: object) -> str:
    """User text as plain text inside plotly's hover and legend labels."""
    return html.escape(str(text), quote=False)


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

"""Survey figures of the wall screen and the report, each with the table behind it.

Waves with fewer than 30 answers are left out, every survey figure states its n and
sampling, and intervals are drawn only for random samples with n
(``surveys.survey_points`` computes them).
"""

from __future__ import annotations

import pandas as pd

from dashboard import contract
from dashboard.analysis.protection import MUNICIPALITY
from dashboard.analysis.wall import FOCUS_INDICATOR, TREND_INDICATORS, FocusArea
from dashboard.figures import plot, summaries, theme
from dashboard.figures.wall import FigureTable, hover_safe
from dashboard.i18n import fmt_number, label, t


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
    """Survey waves (``surveys.survey_points`` with an ``indicator`` column).

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
    words = [
        sentence
        for indicator in (dict.fromkeys(rows["indicator"]) if len(rows) else ())
        for sentence in summaries.survey_sentences(
            rows[rows["indicator"] == indicator], indicator, area_names, lang
        )
    ]
    return FigureTable(
        key,
        title,
        fig,
        survey_table(rows, area_names, lang),
        survey_note(rows, lang, area_names),
        tuple(words),
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
                    + f"<extra>{hover_safe(name)} – {sampling}</extra>"
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

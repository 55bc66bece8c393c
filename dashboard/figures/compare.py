"""The comparison page's figure, its words and its tables (``/jamfor``).

One line per region over the years, per 100 000 inhabitants: the kommun emphasised
(thick, blue, filled circles), the nation and the county in the neutral grey (dashed,
dotted), chosen kommuner thin with a marker each. Outcomes are never traffic-lit (the
contract's "Outcomes"): no colour says better or worse, and every line differs from the
others by more than its colour.
"""

from __future__ import annotations

import math

import pandas as pd

from dashboard.analysis.comparison import CHOSEN, COUNTY, KOMMUN, NATION, RegionSeries
from dashboard.figures import plot, theme
from dashboard.figures.traces import esc
from dashboard.i18n import fmt_number, fmt_signed_percent, t

#: Chosen kommuner: Okabe–Ito hues without the status palette's red, each with a marker.
CHOSEN_STYLES: tuple[tuple[str, str], ...] = (
    (theme.OKABE_ITO["sky_blue"], "triangle-up"),
    (theme.OKABE_ITO["reddish_purple"], "square-open"),
    (theme.OKABE_ITO["bluish_green"], "x"),
    (theme.OKABE_ITO["orange"], "star"),
    ("#767676", "triangle-down-open"),
)


def region_name(series: RegionSeries, lang: str) -> str:
    """The region as the page names it: "Riket" for the nation, else its name."""
    return t("cmp.nation", lang) if series.role == NATION else series.name


def _style(series: RegionSeries, index: int, neutral: str) -> dict:
    if series.role == KOMMUN:
        colour = theme.OKABE_ITO["blue"]
        return {"line": {"color": colour, "width": 4}, "marker": {"color": colour, "size": 10}}
    if series.role == NATION:
        return {
            "line": {"color": neutral, "width": 2.5, "dash": theme.NEUTRAL_DASH},
            "marker": {"color": neutral, "size": 8, "symbol": "diamond"},
        }
    if series.role == COUNTY:
        return {
            "line": {"color": neutral, "width": 2.5, "dash": "dot"},
            "marker": {"color": neutral, "size": 8, "symbol": "square"},
        }
    colour, symbol = CHOSEN_STYLES[index % len(CHOSEN_STYLES)]
    return {
        "line": {"color": colour, "width": 1.5},
        "marker": {"color": colour, "size": 8, "symbol": symbol},
    }


def _hover(series: RegionSeries, row, lang: str) -> str:
    rate = fmt_number(row.rate, 0, lang)
    text = f"<b>{esc(region_name(series, lang))}</b><br>{int(row.year)}: "
    text += t("cmp.hover_rate", lang, rate=rate)
    if not pd.isna(row.count):
        text += "<br>" + t("cmp.hover_count", lang, count=fmt_number(row.count, 0, lang))
    return text


def compare_figure(series: list[RegionSeries], lang: str, *, dark: bool = False) -> plot.Figure:
    """The graph ``graph-jamfor``: a line per region, rates per 100 000 inhabitants."""
    neutral = theme.neutral_colour(dark=dark)
    fig = plot.Figure()
    years: set[int] = set()
    chosen = 0
    # Drawn from the back: chosen kommuner, then county and nation, the kommun on top.
    order = {CHOSEN: 0, COUNTY: 1, NATION: 2, KOMMUN: 3}
    legend_rank = {KOMMUN: 1, NATION: 2, COUNTY: 3, CHOSEN: 4}
    for s in sorted(series, key=lambda s: order[s.role]):
        points = s.points
        style = _style(s, chosen, neutral)
        if s.role == CHOSEN:
            chosen += 1
        if points.empty or points["rate"].isna().all():
            continue
        years.update(int(y) for y in points["year"])
        hover = [
            _hover(s, row, lang) if not pd.isna(row.rate) else "" for row in points.itertuples()
        ]
        fig.add_trace(
            plot.scatter(
                x=points["year"],
                y=points["rate"],
                name=esc(region_name(s, lang)),
                mode="lines+markers",
                legendgroup=s.key,
                legendrank=legend_rank[s.role] * 100 + chosen,
                text=hover,
                hovertemplate="%{text}<extra></extra>",
                connectgaps=False,
                **style,
            )
        )
    ticks = sorted(years)
    fig.update_xaxes(tickmode="array", tickvals=ticks, ticktext=[str(y) for y in ticks])
    if ticks:
        fig.update_xaxes(range=[ticks[0] - 0.3, ticks[-1] + 0.3], fixedrange=True)
    fig.update_yaxes(rangemode="tozero", title_text=t("cmp.axis", lang), fixedrange=True)
    fig.update_layout(
        height=440,
        showlegend=True,
        legend={"orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top"},
        margin={"t": 70, "l": 16, "r": 16, "b": 40},
        hovermode="closest",
        meta={"regions": [s.key for s in series]},
    )
    theme.apply_theme(fig, dark=dark, lang=lang)
    return fig


def _rate_text(series: RegionSeries, year: int, size: int, lang: str) -> str:
    rate = series.rate(year)
    if rate is not None:
        return fmt_number(rate, 0, lang)
    missing = dict(series.incomplete()).get(year)
    if missing:
        return t("cmp.county_incomplete_short", lang, missing=missing, size=size)
    return t("cmp.no_figure", lang)


def sentences(
    series: list[RegionSeries], category: str, lang: str, *, county_size: int = 0
) -> list[str]:
    """The figure in words: the kommun's latest rate against the others that year
    ("Skara hade 7 350 anmälda brott per 100 000 invånare 2023; riket 8 200, Västra
    Götalands län 7 900."), and how the kommun's rate moved over the years shown."""
    kommun = next((s for s in series if s.role == KOMMUN), None)
    years = kommun.years() if kommun else []
    if not years:
        return []
    year = max(years)
    others = [
        f"{region_name(s, lang) if s.role != NATION else t('cmp.nation_lower', lang)} "
        f"{_rate_text(s, year, county_size, lang)}"
        for s in series
        if s.role != KOMMUN
    ]
    out = [
        t(
            "cmp.sentence",
            lang,
            kommun=kommun.name,
            rate=fmt_number(kommun.rate(year), 0, lang),
            what=t(f"cmp.what.{category}", lang),
            year=year,
            others=("; " + ", ".join(others)) if others else "",
        )
    ]
    first = min(years)
    if first < year:
        before, after = kommun.rate(first), kommun.rate(year)
        change = (after - before) / before * 100 if before else math.nan
        out.append(
            t(
                "cmp.sentence_change",
                lang,
                kommun=kommun.name,
                first=first,
                last=year,
                before=fmt_number(before, 0, lang),
                after=fmt_number(after, 0, lang),
                change=fmt_signed_percent(change, 0, lang),
            )
        )
    return out


def _wide(series: list[RegionSeries], column: str, lang: str, size: int) -> pd.DataFrame:
    years = sorted({int(y) for s in series for y in s.points["year"]})
    table: dict[str, list] = {t("cmp.col_year", lang): [str(y) for y in years]}
    for s in series:
        values = dict(zip(s.points["year"].astype(int), s.points[column], strict=True))
        missing = dict(s.incomplete())
        cells = []
        for y in years:
            value = values.get(y)
            if value is not None and not pd.isna(value):
                cells.append(float(round(value)))
            elif y in missing:
                cells.append(t("cmp.county_incomplete_short", lang, missing=missing[y], size=size))
            else:
                cells.append(None)
        table[region_name(s, lang)] = cells
    return pd.DataFrame(table)


def rate_table(series: list[RegionSeries], lang: str, *, county_size: int = 0) -> pd.DataFrame:
    """Per year, each region's rate per 100 000 inhabitants (rounded), as the figure draws."""
    return _wide(series, "rate", lang, county_size)


def count_table(series: list[RegionSeries], lang: str, *, county_size: int = 0) -> pd.DataFrame:
    """Per year, each region's count of reported crimes."""
    return _wide(series, "count", lang, county_size)


def long_table(series: list[RegionSeries], category: str, lang: str) -> pd.DataFrame:
    """Every region's figures, one row per region and year (for downloads): region,
    year, category, count, inhabitants, per 100 000 (one decimal)."""
    rows = []
    for s in series:
        for p in s.points.itertuples():
            rows.append(
                (
                    region_name(s, lang),
                    int(p.year),
                    t(f"cmp.category.{category}", lang),
                    None if pd.isna(p.count) else int(p.count),
                    None if pd.isna(p.population) else round(float(p.population)),
                    None if pd.isna(p.rate) else round(float(p.rate), 1),
                )
            )
    columns = [
        "cmp.col_region",
        "cmp.col_year",
        "cmp.col_category",
        "cmp.col_count",
        "cmp.col_population",
        "cmp.col_rate",
    ]
    return pd.DataFrame(rows, columns=[t(c, lang) for c in columns])

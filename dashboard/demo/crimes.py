"""Monthly crime counts (``brott``): a yearly level split by category, area and season."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dashboard.contract import CATEGORIES
from dashboard.demo.canonical import YEARS
from dashboard.demo.places import Municipality

CATEGORY_SHARE = {
    "stöld": 0.30,
    "narkotika": 0.045,
    "våld": 0.10,
    "skadegörelse": 0.12,
    "inbrott": 0.04,
    "bedrägeri": 0.15,
    "övrigt": 0.245,
}
# (amplitude, peak month) of a yearly cosine: summer for theft and vandalism,
# the dark months for burglary.
SEASON = {
    "stöld": (0.15, 7),
    "narkotika": (0.05, 6),
    "våld": (0.10, 7),
    "skadegörelse": (0.25, 7),
    "inbrott": (0.25, 12),
    "bedrägeri": (0.0, 1),
    "övrigt": (0.05, 7),
}
# Yearly growth: fraud keeps rising, as it does nationally.
TREND = {"bedrägeri": 0.06}
# Relative crime level per area type and category. Fraud and burglary are counted
# where victims live, so squares and bus stations have almost none.
TYPE_PROFILE = {
    "centrum": {"stöld": 1.6, "narkotika": 1.8, "våld": 1.8, "skadegörelse": 1.3,
                "inbrott": 0.6, "bedrägeri": 0.9, "övrigt": 1.3},
    "plats": {"stöld": 2.0, "narkotika": 2.5, "våld": 2.0, "skadegörelse": 1.5,
              "inbrott": 0.05, "bedrägeri": 0.05, "övrigt": 1.0},
    "bostadsområde": dict.fromkeys(CATEGORY_SHARE, 1.0),
    "tätort": {"stöld": 0.6, "narkotika": 0.4, "våld": 0.5, "skadegörelse": 0.7,
               "inbrott": 1.2, "bedrägeri": 1.0, "övrigt": 0.7},
    "landsbygd": {"stöld": 0.7, "narkotika": 0.3, "våld": 0.4, "skadegörelse": 0.6,
                  "inbrott": 1.4, "bedrägeri": 1.0, "övrigt": 0.8},
}  # fmt: skip


def months(years: Sequence[int] = YEARS) -> list[str]:
    """All months of the given years as YYYY-MM."""
    return [f"{y}-{m:02d}" for y in years for m in range(1, 13)]


def brott_counts(
    muni: Municipality, rng: np.random.Generator, years: Sequence[int] = YEARS
) -> np.ndarray:
    """Monthly crime counts as an array (area, category, month) over ``months(years)``."""
    cats = list(CATEGORIES)
    years = tuple(years)
    month_list = months(years)
    month_no = np.array([int(m[5:]) for m in month_list])
    year_idx = np.array([years.index(int(m[:4])) for m in month_list])
    year = np.array(years)[year_idx]

    # Each area's share of each category.
    weight = np.array([[a.crime_weight * TYPE_PROFILE[a.typ][c] for c in cats] for a in muni.areas])
    share = weight / weight.sum(axis=0)

    # Year-to-year wobble per category, shared by all areas, so totals move plausibly.
    wobble = rng.normal(1.0, 0.03, size=(len(cats), len(years)))
    per_cat_month = np.empty((len(cats), len(month_list)))
    for i, c in enumerate(cats):
        amp, peak = SEASON[c]
        season = 1 + amp * np.cos(2 * np.pi * (month_no - peak) / 12)
        trend = (1 + TREND.get(c, 0.0)) ** (year - (years[0] + years[-1]) / 2)
        per_cat_month[i] = (
            muni.crimes_per_year * CATEGORY_SHARE[c] / 12 * season * trend * wobble[i, year_idx]
        )
    lam = share[:, :, None] * per_cat_month[None, :, :]

    names = [a.name for a in muni.areas]
    for eff in muni.effects:
        from_t = month_list.index(eff.start)
        for area in eff.areas:
            lam[names.index(area), cats.index(eff.category), from_t:] *= eff.factor
    return rng.poisson(lam)


def brott_rows(muni: Municipality, rng: np.random.Generator) -> list[list[str]]:
    """Every month × area × category, zeros included, so the file is complete."""
    counts = brott_counts(muni, rng)
    return [
        [month, area.name, cat, str(counts[a, c, t]), muni.name]
        for t, month in enumerate(months())
        for a, area in enumerate(muni.areas)
        for c, cat in enumerate(CATEGORIES)
    ]

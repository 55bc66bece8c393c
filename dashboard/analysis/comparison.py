"""The kommun against the nation, its county and chosen kommuner in the official yearly
statistics (reported crimes per 100 000 inhabitants), and the check of the kommun's own
monthly figures against the official counts. Pure: rows in, tables out.

A county's figure is computed from its kommuner: the sum of their counts ÷ the sum of
their inhabitants (as published, or derived as count × 100 000 ÷ per_100000), and only
for a year in which every kommun of the county has both: a county short of one kommun
is said to be incomplete, never shown as a silently low partial sum.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dashboard import contract

ALL = "samtliga"  # every crime, as the statistics publish it
PER = 100_000
#: The categories of the official statistics, in the order the page offers them.
CATEGORIES: tuple[str, ...] = (ALL, *contract.CATEGORIES)

KOMMUN, NATION, COUNTY, CHOSEN = "kommun", "nation", "county", "chosen"
POINT_COLUMNS = ["year", "count", "population", "rate", "missing"]


@dataclass(frozen=True)
class RegionSeries:
    """One line of the comparison: a region's figures of one category per year.

    ``points``: year, count, population (published or derived; float), rate (per
    100 000 inhabitants, NaN where not known), missing (a county's kommuner without
    the figure that year; 0 elsewhere).
    """

    key: str  # "kommun", "nation", "county", or a chosen kommun's slug
    name: str
    role: str  # KOMMUN, NATION, COUNTY or CHOSEN

    points: pd.DataFrame = field(compare=False)

    def rate(self, year: int) -> float | None:
        """The rate of ``year``, None where there is none."""
        rows = self.points[self.points["year"] == year]
        if rows.empty or pd.isna(rows["rate"].iloc[0]):
            return None
        return float(rows["rate"].iloc[0])

    def years(self) -> list[int]:
        """The years with a rate."""
        return [int(y) for y in self.points.loc[self.points["rate"].notna(), "year"]]

    def incomplete(self) -> list[tuple[int, int]]:
        """(year, kommuner missing) where a county's figure is incomplete."""
        rows = self.points[self.points["missing"] > 0]
        return [(int(y), int(m)) for y, m in zip(rows["year"], rows["missing"], strict=True)]


def _empty_points() -> pd.DataFrame:
    return pd.DataFrame(columns=POINT_COLUMNS).astype(
        {"year": "int64", "count": "float64", "population": "float64", "rate": "float64"}
    )


def rate_points(rows: pd.DataFrame) -> pd.DataFrame:
    """One region's stored rows (year, count, per_100000, population) as points.

    The rate is the published per_100000, else count ÷ inhabitants × 100 000; the
    inhabitants are as published, else derived as count × 100 000 ÷ per_100000.
    """
    if rows.empty:
        return _empty_points()
    count = pd.to_numeric(rows["count"], errors="coerce").astype(float).to_numpy()
    per = pd.to_numeric(rows["per_100000"], errors="coerce").astype(float).to_numpy()
    published = pd.to_numeric(rows["population"], errors="coerce").astype(float).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        derived = np.where(per > 0, count * PER / per, np.nan)
        population = np.where(np.isnan(published), derived, published)
        computed = np.where(population > 0, count / population * PER, np.nan)
    rate = np.where(np.isnan(per), computed, per)
    frame = pd.DataFrame(
        {
            "year": rows["year"].astype("int64").to_numpy(),
            "count": count,
            "population": population,
            "rate": rate,
            "missing": 0,
        }
    )
    return frame.sort_values("year", ignore_index=True)


def county_points(sums: pd.DataFrame, size: int) -> pd.DataFrame:
    """A county's points from its kommuner's sums (``storage.official_stats.region_sums``:
    year, count, population, complete) when the county has ``size`` kommuner.

    A year in which fewer than ``size`` kommuner gave both a count and inhabitants has no
    rate and no count, and says how many are missing.
    """
    if sums.empty or size <= 0:
        return _empty_points()
    complete = sums["complete"].astype("int64").to_numpy()
    whole = complete >= size
    population = sums["population"].astype(float).to_numpy()
    count = sums["count"].astype(float).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(whole & (population > 0), count / population * PER, np.nan)
    frame = pd.DataFrame(
        {
            "year": sums["year"].astype("int64").to_numpy(),
            "count": np.where(whole, count, np.nan),
            "population": np.where(whole, population, np.nan),
            "rate": rate,
            "missing": np.where(whole, 0, size - complete),
        }
    )
    return frame.sort_values("year", ignore_index=True)


@dataclass(frozen=True)
class Chosen:
    """The kommuner a ``med=`` list names, and the slugs that name none."""

    kommuner: tuple  # the lookup's objects (regions.Kommun), in the order asked for
    unknown: tuple[str, ...]


def choose(slugs: Iterable[str], lookup: Callable[[str], object | None], own: str) -> Chosen:
    """The kommuner named by ``slugs`` (``lookup(slug)`` gives one or None), without
    repeats and without the kommun itself (code ``own``); unknown slugs are kept to say so."""
    found, unknown, seen = [], [], {own}
    for slug in slugs:
        slug = contract.slug(slug)
        if not slug:
            continue
        kommun = lookup(slug)
        if kommun is None:
            if slug not in unknown:
                unknown.append(slug)
        elif kommun.code not in seen:
            seen.add(kommun.code)
            found.append(kommun)
    return Chosen(tuple(found), tuple(unknown))


def available_categories(categories: Iterable[str]) -> tuple[str, ...]:
    """The categories with data, in the page's order (all crimes first)."""
    have = set(categories)
    return tuple(c for c in CATEGORIES if c in have)


def pick_category(asked: str | None, available: Sequence[str]) -> str | None:
    """The category asked for (any case, long Swedish names too) if it has data, else
    all crimes, else the first with data."""
    if asked:
        folded = contract.fold(asked)
        code = ALL if folded == ALL else contract.CATEGORY_ALIASES.get(folded, folded)
        if code in available:
            return code
    if ALL in available:
        return ALL
    return available[0] if available else None


def latest_year(kommun: RegionSeries, until: int | None = None) -> int | None:
    """The kommun's latest year with a rate, up to ``until`` where it has one by then."""
    years = kommun.years()
    earlier = [y for y in years if until is None or y <= until]
    return max(earlier or years) if years else None


def local_check(
    official: pd.DataFrame,
    local: pd.DataFrame,
    categories: Sequence[str] = contract.CATEGORIES,
) -> pd.DataFrame:
    """The kommun's official counts against its own monthly figures summed per year.

    ``official``: year, category, count (the kommun's stored rows); ``local``: year,
    category, count, missing, months (``storage.official_stats.yearly_crimes``). Only
    complete years are compared: all twelve months stored and none unpublished. All
    crimes (``samtliga``) is compared where every one of ``categories`` is complete that
    year (övrigt makes them add up to all crimes). Returns year, category, official,
    local, difference (local − official) and percent (of the official), newest first.
    """
    columns = ["year", "category", "official", "local", "difference", "percent"]
    if official.empty or local.empty:
        return pd.DataFrame(columns=columns)
    complete = local[(local["months"] >= 12) & (local["missing"] == 0)]
    sums = {
        (int(y), c): int(n)
        for y, c, n in complete[["year", "category", "count"]].itertuples(index=False)
    }
    for year, rows in complete.groupby("year"):
        if set(categories) <= set(rows["category"]):
            sums[(int(year), ALL)] = int(rows[rows["category"].isin(categories)]["count"].sum())
    out = []
    for year, category, count in official[["year", "category", "count"]].itertuples(index=False):
        mine = sums.get((int(year), category))
        if mine is None or pd.isna(count):
            continue
        count = int(count)
        percent = (mine - count) / count * 100 if count else float("nan")
        out.append((int(year), category, count, mine, mine - count, percent))
    frame = pd.DataFrame(out, columns=columns)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    frame["_order"] = frame["category"].map(order).fillna(len(order))
    frame = frame.sort_values(["year", "_order"], ascending=[False, True], ignore_index=True)
    return frame.drop(columns="_order")

"""Crime figures over time from the protected cells (``protection``): the trend graph's
series (counts, rolling 12-month sums, rates per 1 000 inhabitants) and the table of
12 months against the 12 before. Every count below the municipality carries the label
its cell has in every other view ("1–4", ".."). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.analysis import metrics, suppression
from dashboard.analysis.areas import AreaInfo
from dashboard.analysis.protection import (
    MISSING,
    MUNICIPALITY,
    NO_CELL,
    SMALL,
    VALUE,
    Cell,
    ProtectedCrimes,
)


@dataclass(frozen=True)
class CrimeSeries:
    """One line of the trend graph: an area's (or the municipality's) figures of a category.

    ``points``: month (Timestamp, the window's last month), window_start (Timestamp),
    label, value (the true count, only to be shown where label is ``value``), y (what is
    drawn: the figure, the middle of the 1–4 band for ``small``, NaN where hidden), low
    and high (the band's edges, for ``small``), change_pct (against 12 months earlier,
    only where both figures are shown; NaN elsewhere).
    """

    area: AreaInfo | None  # None: the whole municipality
    category: str
    measure: str
    points: pd.DataFrame

    @property
    def municipality(self) -> bool:
        return self.area is None

    @property
    def key(self) -> str:
        return "kommun" if self.area is None else self.area.slug


def series_points(
    series: pd.DataFrame,
    *,
    window: int,
    per: int | None = None,
    protect: bool = True,
) -> pd.DataFrame:
    """Drawable points from a protected series (period, value, label).

    ``per`` (inhabitants) turns counts into rates per 1 000 inhabitants; ``protect``
    False (the municipality) shows every published figure. Pure.
    """
    frame = series.copy()
    if frame.empty:
        cols = ["month", "window_start", "label", "value", "y", "low", "high", "change_pct"]
        return pd.DataFrame(columns=cols)
    periods = pd.PeriodIndex(frame["period"], freq="M")
    labels = frame["label"].to_numpy(dtype=object)
    if not protect:
        labels = np.where(labels == MISSING, MISSING, VALUE).astype(object)
    value = frame["value"].to_numpy(dtype=float)
    scale = 1000 / per if per else 1.0
    shown = labels == VALUE
    small = labels == SMALL
    y = np.where(shown, value * scale, np.nan)
    low = np.where(small, suppression.SMALL_MIN * scale, np.nan)
    high = np.where(small, suppression.SMALL_MAX * scale, np.nan)
    y = np.where(small, (low + high) / 2, y)
    shown_values = pd.Series(np.where(shown, value, np.nan), index=periods)
    change = metrics.change_vs_year_before(shown_values)["change_pct"].to_numpy()
    return pd.DataFrame(
        {
            "month": periods.to_timestamp(),
            "window_start": (periods - (window - 1)).to_timestamp(),
            "label": labels,
            "value": value.astype(np.int64),
            "y": y,
            "low": low,
            "high": high,
            "change_pct": change,
        }
    )


def crime_series(
    cells: ProtectedCrimes,
    area: AreaInfo | None,
    category: str,
    measure: str,
    *,
    population: int | None = None,
    start: pd.Period | None = None,
    end: pd.Period | None = None,
) -> CrimeSeries | None:
    """The series of ``area`` (None: the municipality, with ``population`` its inhabitants).

    None when a rate is asked for an area without inhabitants. Change against the year
    before is computed from a year before ``start``, then the points are cut to
    [start, end].
    """
    per = None
    if measure == "per1000":
        per = population if area is None else area.population
        if not per:
            return None
    area_id = MUNICIPALITY if area is None else area.id
    # From a year before ``start``: the change against the year before needs those months.
    raw = cells.series(area_id, category, start=None if start is None else start - 12, end=end)
    points = series_points(raw, window=cells.window, per=per, protect=area is not None)
    if not points.empty:
        months = pd.PeriodIndex(points["month"], freq="M")
        keep = np.ones(len(points), dtype=bool)
        if start is not None:
            keep &= months >= start
        if end is not None:
            keep &= months <= end
        points = points[keep].reset_index(drop=True)
    return CrimeSeries(area, category, measure, points)


@dataclass(frozen=True)
class ChangeRow:
    """12 months up to ``end`` against the same 12 months a year earlier, for one series."""

    area: AreaInfo | None
    category: str
    end: pd.Period
    last: Cell
    prev: Cell
    population: int | None

    @property
    def change_pct(self) -> float | None:
        """100 · (last − prev) / prev, only where both figures are shown and prev > 0."""
        if not (self.last.shown and self.prev.shown) or not self.prev.value:
            return None
        return 100 * (self.last.value - self.prev.value) / self.prev.value

    def rate(self, cell: Cell) -> float | None:
        """A shown figure per 1 000 inhabitants (None without inhabitants or when protected)."""
        if not cell.shown or not self.population:
            return None
        return metrics.rate_per_1000(cell.value, self.population)


def change_rows(
    cells12: ProtectedCrimes,
    areas: list[AreaInfo],
    categories: tuple[str, ...],
    end: pd.Period,
    population: int | None,
) -> list[ChangeRow]:
    """One row per chosen area and category, then the municipality's (its figures unprotected)."""
    rows = []
    for area in [*areas, None]:
        area_id = MUNICIPALITY if area is None else area.id
        for category in categories:
            last = cells12.cell(end, area_id, category)
            prev = cells12.cell(end - 12, area_id, category)
            if area is None:
                last, prev = _unprotected(last), _unprotected(prev)
            rows.append(
                ChangeRow(
                    area,
                    category,
                    end,
                    last,
                    prev,
                    population if area is None else area.population,
                )
            )
    return rows


def _unprotected(cell: Cell) -> Cell:
    if cell is NO_CELL or cell.label == MISSING:
        return cell
    return Cell(cell.value, VALUE)

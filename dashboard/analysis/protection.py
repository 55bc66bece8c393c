"""Small-number protection of the stored crime figures, the same in every view.

The crime partition (area × category × month, as stored) is protected *per period
shown*: for every month (``window=1``) and for every 12-month window (``window=12``,
labelled by its last month) the table areas × categories is protected as
``suppression.protect_table`` does it, with the municipality's total per category (always
shown) as its margin; an area's total over all categories is not published (see
``protect_areas_table``). The result is one label per cell and period, computed once
per data version, and every view (figures, hover texts, tables, the neighbourhood
page) reads its labels from here, so a cell that is "1–4" or ".." in one view is so in
all of them.

Labels: ``value`` (shown as is), ``small`` (1–4, shown as "1–4"), ``hidden`` (a
secondary suppression, shown as ".."), and ``missing`` (some summed month was not
published: "..", never a silently low number). Areas are assumed disjoint, as the
municipality total is their sum (as in ``queries.monthly_crimes``).

The monthly and the 12-month tables are each protected on their own. Two consecutive
12-month sums differ by one month minus the same month a year earlier, so a reader
who combined an area's monthly view with its 12-month view could narrow down months
shown as "1–4". That is why the views show areas' figures as 12-month sums only
(``trends.load_trends`` withholds monthly counts for areas); monthly counts are shown
for the whole municipality, which is not protected.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.analysis import suppression
from dashboard.i18n import fmt_number, t
from dashboard.storage import cache, queries

VALUE, SMALL, HIDDEN = suppression.VALUE, suppression.SMALL, suppression.HIDDEN
MISSING = "missing"
#: area_id of the municipality row (the column totals of each table).
MUNICIPALITY = -1
#: category of each area's total over all categories (the row totals: never published).
ALL = suppression.TOTAL
WINDOWS = (1, 12)


@dataclass(frozen=True)
class Cell:
    """One protected figure: its value (always the true one, for internal use) and label."""

    value: int | None
    label: str

    @property
    def shown(self) -> bool:
        """True when the exact value may be shown."""
        return self.label == VALUE and self.value is not None


NO_CELL = Cell(None, MISSING)


@dataclass(frozen=True)
class ProtectedCrimes:
    """Labels for every period of one window length.

    ``cells``: period (``Period[M]``, the window's last month), area_id
    (``MUNICIPALITY`` for the municipality), category (``ALL`` for an area's total),
    value (int), label. ``first``/``last`` are the periods covered.
    """

    window: int
    cells: pd.DataFrame

    @property
    def periods(self) -> pd.PeriodIndex:
        return pd.PeriodIndex(self.cells["period"].unique(), freq="M").sort_values()

    def series(self, area_id: int, category: str, start=None, end=None) -> pd.DataFrame:
        """One area's (or the municipality's) figures for one category: period, value,
        label; only periods from ``start`` to ``end`` when given."""
        cells = self.cells
        keep = (cells["area_id"] == area_id) & (cells["category"] == category)
        if start is not None:
            keep &= cells["period"] >= pd.Period(start, "M")
        if end is not None:
            keep &= cells["period"] <= pd.Period(end, "M")
        rows = cells[keep]
        return rows[["period", "value", "label"]].sort_values("period").reset_index(drop=True)

    def cell(self, period: pd.Period, area_id: int, category: str) -> Cell:
        """The figure of one cell, or ``NO_CELL`` where the period is not covered."""
        key = (pd.Period(period, "M"), area_id, category)
        row = self._index.get(key)
        if row is None:
            return NO_CELL
        value, label = row
        return Cell(int(value), label)

    @property
    def _index(self) -> dict:
        index = self.__dict__.get("_index_cache")
        if index is None:
            frame = self.cells
            index = dict(
                zip(
                    zip(frame["period"], frame["area_id"], frame["category"], strict=True),
                    zip(frame["value"], frame["label"], strict=True),
                    strict=True,
                )
            )
            object.__setattr__(self, "_index_cache", index)
        return index


def protect_areas_table(table: pd.DataFrame) -> pd.DataFrame:
    """``suppression.protect_table`` for a table whose row (area) totals are not published.

    The views show each area's figure per category and the municipality's totals per
    category, never an area's total over all categories: publishing that would force
    many more secondary suppressions (a place with 1–4 frauds and one other modest
    category would lose that category). So the row totals start out hidden and are never
    shown again; everything else is ``protect_table``'s algorithm, with its exact check
    (``suppression._grid_rigid``): every non-shown cell admits at least two values given all
    shown figures (an area total may still follow from shown cells: it is then ≥ 5 or 0
    and is not shown anyway). Returns labels with the ``TOTAL`` row and column, as
    ``protect_table`` does.
    """
    labels = protect_areas_labels(table.to_numpy())
    return pd.DataFrame(
        labels,
        index=pd.Index([*table.index, ALL], name=table.index.name),
        columns=pd.Index([*table.columns, ALL], name=table.columns.name),
    )


def protect_areas_labels(counts: np.ndarray) -> np.ndarray:
    """``protect_areas_table`` on a plain array (areas × categories): the labels with the
    margins as a last row and column."""
    return suppression.protect_grid(counts, unpublished_row_totals=True)


def protect_cube(
    counts: np.ndarray,
    missing: np.ndarray,
    periods: pd.PeriodIndex,
    area_ids: list[int],
    categories: list[str],
    window: int,
) -> ProtectedCube:
    """Protect a cube of monthly counts (month, area, category) per period of ``window`` months.

    ``counts`` holds whole counts ≥ 0 (unpublished cells as 0), ``missing`` how many
    unpublished cells each count stands for. Period ``t`` covers months ``t − window + 1 …
    t``; periods before a full window are left out. Each period's table is protected when
    first asked for (a view needs two periods, or the months it shows). Pure: no database.
    """
    return ProtectedCube(counts, missing, periods, area_ids, categories, window)


class ProtectedCube:
    """``ProtectedCrimes``' methods over a cube, each period's table protected when first
    asked for and then kept: the overview's headline needs 2 of a kommun's ~110 periods.
    The labels are those ``protect_areas_table`` gives each period's table, so a cell
    reads the same whichever view asked first."""

    def __init__(self, counts, missing, periods, area_ids, categories, window: int) -> None:
        if window < 1:
            raise ValueError(f"window must be ≥ 1, got {window}")
        self.window = window
        zero = np.zeros_like(counts[:1])
        self._cum = np.cumsum(np.concatenate([zero, counts]), axis=0)
        self._cum_missing = np.cumsum(np.concatenate([np.zeros_like(missing[:1]), missing]), axis=0)
        self._months = pd.PeriodIndex(periods, freq="M")
        self._area_ids = list(area_ids)
        self._categories = list(categories)
        self._rows = {a: i for i, a in enumerate([*self._area_ids, MUNICIPALITY])}
        self._cols = {c: j for j, c in enumerate([*self._categories, ALL])}
        self._tables: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    @property
    def periods(self) -> pd.PeriodIndex:
        return self._months[self.window - 1 :]

    def _position(self, period) -> int | None:
        if not len(self._months):
            return None
        i = (pd.Period(period, "M") - self._months[0]).n
        return i if self.window - 1 <= i < len(self._months) else None

    def _sums(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Values and unpublished counts of period ``i``'s table, margins included."""
        table = self._cum[i + 1] - self._cum[i + 1 - self.window]
        gaps = self._cum_missing[i + 1] - self._cum_missing[i + 1 - self.window]
        return _with_margins(table), _with_margins(gaps)

    def _table(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        found = self._tables.get(i)
        if found is None:  # two threads may both compute it: the same result
            values, unpublished = self._sums(i)
            labels = protect_areas_labels(values[:-1, :-1])
            labels = np.where(unpublished > 0, MISSING, labels)
            found = self._tables[i] = (values, labels)
        return found

    def cell(self, period, area_id: int, category: str) -> Cell:
        """The figure of one cell, or ``NO_CELL`` where the period is not covered."""
        i = self._position(period)
        r, c = self._rows.get(area_id), self._cols.get(category)
        if i is None or r is None or c is None:
            return NO_CELL
        values, labels = self._table(i)
        return Cell(int(values[r, c]), str(labels[r, c]))

    def series(self, area_id: int, category: str, start=None, end=None) -> pd.DataFrame:
        """One area's (or the municipality's) figures for one category: period, value,
        label; only periods from ``start`` to ``end`` when given. The municipality's
        figures are not protected (only ``missing`` where a month was unpublished), so
        its series needs no table."""
        periods = self.periods
        if start is not None:
            periods = periods[periods >= pd.Period(start, "M")]
        if end is not None:
            periods = periods[periods <= pd.Period(end, "M")]
        r, c = self._rows.get(area_id), self._cols.get(category)
        if r is None or c is None or not len(periods):
            return pd.DataFrame({"period": [], "value": [], "label": []})
        first = (periods[0] - self._months[0]).n  # the periods are consecutive months
        positions = range(first, first + len(periods))
        if area_id == MUNICIPALITY:
            at = np.arange(first, first + len(periods))
            sums = self._line(self._cum, c)
            gaps = self._line(self._cum_missing, c)
            window_sums = (sums[at + 1] - sums[at + 1 - self.window]).tolist()
            window_gaps = gaps[at + 1] - gaps[at + 1 - self.window]
            values = [int(v) for v in window_sums]
            labels = np.where(window_gaps > 0, MISSING, VALUE).tolist()
        else:
            tables = [self._table(i) for i in positions]
            values = [int(v[r, c]) for v, _ in tables]
            labels = [str(lab[r, c]) for _, lab in tables]
        return pd.DataFrame({"period": periods, "value": values, "label": labels})

    def _line(self, cum: np.ndarray, c: int) -> np.ndarray:
        """The municipality's cumulative counts of category column ``c`` (or all)."""
        whole = cum.sum(axis=1)  # over the areas: (months + 1, categories)
        return whole.sum(axis=1) if c == len(self._categories) else whole[:, c]

    @property
    def cells(self) -> pd.DataFrame:
        """Every period's labels as one frame (as ``ProtectedCrimes.cells``)."""
        frames = []
        rows = np.array([*self._area_ids, MUNICIPALITY])
        cols = np.array([*self._categories, ALL], dtype=object)
        for period in self.periods:
            values, labels = self._table(self._position(period))
            frames.append(
                pd.DataFrame(
                    {
                        "period": period,
                        "area_id": np.repeat(rows, len(cols)),
                        "category": np.tile(cols, len(rows)),
                        "value": values.ravel(),
                        "label": labels.ravel(),
                    }
                )
            )
        columns = ["period", "area_id", "category", "value", "label"]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def _with_margins(table: np.ndarray) -> np.ndarray:
    n_rows, n_cols = table.shape
    out = np.zeros((n_rows + 1, n_cols + 1), dtype=np.int64)
    out[:-1, :-1] = table
    out[:-1, -1] = table.sum(axis=1)
    out[-1, :-1] = table.sum(axis=0)
    out[-1, -1] = table.sum()
    return out


def load_cube(conn: Connection, kommun: str):
    """The stored partition as arrays: (counts, missing, months, area_ids, categories)."""
    areas = queries.areas(conn, kommun)
    area_ids = [int(i) for i in areas["id"]]
    monthly = queries.monthly_crimes(conn, kommun, by_area=True)
    categories = list(contract.CATEGORIES) + sorted(
        set(monthly["category"]) - set(contract.CATEGORIES)
    )
    if monthly.empty or not area_ids:
        return None
    first, last = monthly["month"].min(), monthly["month"].max()
    months = pd.period_range(pd.Period(first, "M"), pd.Period(last, "M"), freq="M")
    # Straight into the cube: each (month, category, area) row is one cell.
    month_no = monthly["month"].to_numpy(dtype="datetime64[M]") - np.datetime64(first, "M")
    place = {a: i for i, a in enumerate(area_ids)}
    kind = {c: j for j, c in enumerate(categories)}
    a_no = np.array([place.get(int(a), -1) for a in monthly["area_id"]], dtype=np.int64)
    c_no = np.array([kind[c] for c in monthly["category"]], dtype=np.int64)
    ours = a_no >= 0  # a row of an area filed under another kommun's name is not ours
    at = (month_no.astype(np.int64)[ours], a_no[ours], c_no[ours])
    shape = (len(months), len(area_ids), len(categories))
    counts, missing = np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=np.int64)
    np.add.at(counts, at, monthly["count"].to_numpy(dtype=np.int64)[ours])
    np.add.at(missing, at, monthly["missing"].to_numpy(dtype=np.int64)[ours])
    return counts, missing, months, area_ids, categories


def protected_crimes(
    conn: Connection, kommun: str, version: int, window: int
) -> ProtectedCrimes | ProtectedCube:
    """The protected crime figures of ``kommun`` for ``window`` (1 or 12), cached by version
    (each period's table is protected when a view first asks for it)."""
    if window not in WINDOWS:
        raise ValueError(f"window must be one of {WINDOWS}, got {window}")

    def compute() -> ProtectedCrimes | ProtectedCube:
        cube = cache.cached(version, ("crime_cube", kommun), lambda: load_cube(conn, kommun))
        if cube is None:
            return ProtectedCrimes(
                window, pd.DataFrame(columns=["period", "area_id", "category", "value", "label"])
            )
        return protect_cube(*cube, window=window)

    return cache.cached(version, ("protected_crimes", kommun, window), compute)


def shown_text(cell: Cell, lang: str, *, municipality: bool = False) -> str:
    """A protected count as displayed: "12", "1–4" or ".."."""
    if cell.value is None or cell.label in (HIDDEN, MISSING):
        return t("small.hidden", lang)
    if cell.label == SMALL and not municipality:
        return t("small.count", lang)
    return fmt_number(cell.value, 0, lang)

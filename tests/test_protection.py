"""Small-number protection of the areas' crime tables and periods (dashboard.analysis.protection)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.analysis import (
    crime_trends,
    protection,
    suppression,
)
from dashboard.analysis.areas import AreaInfo

# --------------------------------------------------------------------------- protection


def check_safe(table: pd.DataFrame, labels: pd.DataFrame) -> None:
    """Every published non-shown figure admits two values (the library's exact check),
    1–4 is never shown below municipality level and municipality totals are shown."""
    values = table.to_numpy()
    n_rows, n_cols = values.shape
    grid = np.zeros((n_rows + 1, n_cols + 1), dtype=np.int64)
    grid[:n_rows, :n_cols] = values
    grid[:n_rows, n_cols] = values.sum(axis=1)
    grid[n_rows, :n_cols] = values.sum(axis=0)
    grid[n_rows, n_cols] = values.sum()
    lab = labels.to_numpy()
    rigid = [p for p in suppression._grid_rigid(grid, lab) if p[1] != n_cols or p[0] == n_rows]
    assert rigid == []
    interior = lab[:n_rows, :n_cols]
    small = (values >= 1) & (values <= 4)
    assert (interior[small] == protection.SMALL).all()
    assert (lab[:n_rows, n_cols] == protection.HIDDEN).all()  # area totals are never published


def test_protect_areas_table_hides_a_lone_small_cell_with_a_partner():
    table = pd.DataFrame({"stöld": [20, 30, 25], "narkotika": [2, 12, 9]}, index=["A", "B", "C"])
    labels = protection.protect_areas_table(table)
    # A's 2 is small; with the municipality total of narcotics (23) shown, one more
    # narcotics cell must go, the smallest other: C's 9.
    assert labels.loc["A", "narkotika"] == protection.SMALL
    assert labels.loc["C", "narkotika"] == protection.HIDDEN
    assert labels.loc["B", "narkotika"] == protection.VALUE
    assert (labels["stöld"].iloc[:3] == protection.VALUE).all()
    check_safe(table, labels)


def test_protect_areas_table_needs_no_secondary_when_smalls_can_trade():
    # Two smalls of which one can go down and one up: they protect each other.
    table = pd.DataFrame({"narkotika": [1, 3, 40], "stöld": [50, 60, 70]}, index=list("ABC"))
    labels = protection.protect_areas_table(table)
    assert list(labels["narkotika"].iloc[:3]) == [
        protection.SMALL,
        protection.SMALL,
        protection.VALUE,
    ]
    check_safe(table, labels)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=3, max_size=5))
def test_protect_areas_table_is_always_safe(rows):
    table = pd.DataFrame(rows, columns=["a", "b", "c"])
    check_safe(table, protection.protect_areas_table(table))


def cube(months: int = 14):
    """Three areas × two categories; area 2's narcotics is 1 every month."""
    counts = np.zeros((months, 3, 2), dtype=np.int64)
    counts[:, 0, 0], counts[:, 1, 0], counts[:, 2, 0] = 10, 8, 6
    counts[:, 0, 1], counts[:, 1, 1], counts[:, 2, 1] = 5, 6, 1
    missing = np.zeros_like(counts)
    periods = pd.period_range("2021-01", periods=months, freq="M")
    return counts, missing, periods, [1, 2, 3], ["stöld", "narkotika"]


def test_protect_cube_windows_sum_and_label():
    counts, missing, periods, areas, cats = cube()
    monthly = protection.protect_cube(counts, missing, periods, areas, cats, window=1)
    rolling = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    assert monthly.periods[0] == pd.Period("2021-01", "M")
    assert rolling.periods[0] == pd.Period("2021-12", "M")  # the first full window
    assert len(rolling.periods) == 3
    month = monthly.cell(pd.Period("2021-03", "M"), 3, "narkotika")
    assert (month.value, month.label) == (1, protection.SMALL)
    year = rolling.cell(pd.Period("2021-12", "M"), 3, "narkotika")
    assert (year.value, year.label) == (12, protection.VALUE)  # 12 × 1: no longer small
    whole = rolling.cell(pd.Period("2021-12", "M"), protection.MUNICIPALITY, "stöld")
    assert (whole.value, whole.label) == (12 * 24, protection.VALUE)
    assert rolling.cell(pd.Period("2030-01", "M"), 1, "stöld") is protection.NO_CELL


def test_protect_cube_marks_unpublished_sums():
    counts, missing, periods, areas, cats = cube()
    missing[5, 0, 0] = 1  # one unpublished month for area 1's thefts
    rolling = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    assert rolling.cell(pd.Period("2021-12", "M"), 1, "stöld").label == protection.MISSING
    assert (
        rolling.cell(pd.Period("2021-12", "M"), protection.MUNICIPALITY, "stöld").label
        == protection.MISSING
    )
    assert rolling.cell(pd.Period("2021-12", "M"), 2, "stöld").label == protection.VALUE


def test_shown_text():
    assert protection.shown_text(protection.Cell(3, protection.SMALL), "sv") == "1–4"
    assert protection.shown_text(protection.Cell(12, protection.HIDDEN), "sv") == ".."
    assert protection.shown_text(protection.Cell(2537, protection.VALUE), "sv") == "2\u00a0537"
    assert protection.shown_text(protection.NO_CELL, "en") == ".."


def test_crime_series_rates_need_inhabitants():
    counts, missing, periods, areas, cats = cube()
    cells = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    place = AreaInfo(1, "Torget", "torget", "plats", None, None)
    home = AreaInfo(2, "Hemby", "hemby", "bostadsområde", None, 3000)
    assert crime_trends.crime_series(cells, place, "stöld", "per1000") is None
    rates = crime_trends.crime_series(cells, home, "stöld", "per1000")
    assert rates.points["y"].iloc[0] == pytest.approx(1000 * 96 / 3000)
    counts12 = crime_trends.crime_series(cells, place, "stöld", "rullande12")
    assert counts12.points["y"].iloc[0] == 120
    whole = crime_trends.crime_series(cells, None, "stöld", "per1000", population=6000)
    assert whole.points["y"].iloc[0] == pytest.approx(1000 * 288 / 6000)
    cut = crime_trends.crime_series(
        cells, place, "stöld", "rullande12", start=pd.Period("2022-02", "M")
    )
    assert list(cut.points["month"]) == [pd.Timestamp("2022-02-01")]


def test_protected_cube_protects_only_the_periods_asked_for():
    counts, missing, periods, areas, cats = cube()
    rolling = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    rolling.cell(pd.Period("2022-02", "M"), 1, "stöld")
    assert len(rolling._tables) == 1
    whole = rolling.series(protection.MUNICIPALITY, "stöld")  # the municipality needs no table
    assert len(rolling._tables) == 1 and list(whole["label"]) == [protection.VALUE] * 3
    thefts = counts[:, :, cats.index("stöld")].sum(axis=1)
    assert list(whole["value"]) == [int(thefts[i - 11 : i + 1].sum()) for i in (11, 12, 13)]
    every = rolling.series(protection.MUNICIPALITY, protection.ALL)
    assert list(every["value"]) == [int(counts[i - 11 : i + 1].sum()) for i in (11, 12, 13)]
    # Every period read as a whole: each table as protect_areas_table labels it alone.
    cells = rolling.cells
    for period in rolling.periods:
        i = (period - periods[0]).n
        table = pd.DataFrame(counts[i - 11 : i + 1].sum(axis=0), index=areas, columns=cats)
        expected = protection.protect_areas_table(table)
        for area in areas:
            for cat in cats:
                row = cells[
                    (cells["period"] == period)
                    & (cells["area_id"] == area)
                    & (cells["category"] == cat)
                ]
                assert row["label"].item() == expected.loc[area, cat]
    some = rolling.series(1, "stöld", start=pd.Period("2022-01", "M"))
    assert list(some["period"].astype(str)) == ["2022-01", "2022-02"]

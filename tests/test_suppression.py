"""dashboard.analysis.suppression: small numbers protected so that none can be worked out."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dashboard.analysis.suppression import HIDDEN, SMALL, TOTAL, VALUE, protect_group, protect_table

# A ten-day period keeps the shares round: day k of it has k/10 elapsed.
# --------------------------------------------------------------------------- small numbers


def test_protect_group_hand_cases():
    # 3 is the primary; alone against the total 22 it would be 22 − 7 − 0 − 12 = 3, so the
    # smallest non-zero shown cell (7) is hidden: then 3 ∈ [1, 4] and 7 = 10 − that.
    p = protect_group([7, 3, 0, 12])
    assert (p.cells, p.hide_total) == ([HIDDEN, SMALL, VALUE, VALUE], False)
    # (1, 1, 0), total 2: two cells ≥ 1 adding up to 2 are both 1. Hiding the 0 too leaves
    # 1 + 1 + 0 the only solution (each small ≥ 1), so the total must go; without it the
    # primaries suffice.
    p = protect_group([1, 1, 0])
    assert (p.cells, p.hide_total) == ([SMALL, SMALL, VALUE], True)
    # (1, 1, 5), total 7: the 5 is hidden, then e.g. 2 + 1 + 4 = 7 also fits.
    p = protect_group([1, 1, 5])
    assert (p.cells, p.hide_total) == ([SMALL, SMALL, HIDDEN], False)
    # (1, 0, 0), total 1: whatever else is hidden the 1 is pinned → hide the total.
    p = protect_group([1, 0, 0])
    assert (p.cells, p.hide_total) == ([SMALL, VALUE, VALUE], True)
    # (2, 0, 0), total 2: hiding one zero lets 2 + 0 become 1 + 1.
    p = protect_group([2, 0, 0])
    assert (p.cells, p.hide_total) == ([SMALL, HIDDEN, VALUE], False)
    # (2, 3, 9), total 14: two primaries, 2 + 3 = 5 can also be 1 + 4, 3 + 2 or 4 + 1.
    assert protect_group([2, 3, 9]).cells == [SMALL, SMALL, VALUE]
    # Nothing small: nothing hidden. Total not shown: primaries only.
    assert protect_group([0, 5, 17]).cells == [VALUE] * 3
    assert protect_group([1, 0, 0], total_shown=False).cells == [SMALL, VALUE, VALUE]
    with pytest.raises(ValueError):
        protect_group([1, -1])


def _group_alternatives(values: list[int], cells: list[str], hide_total: bool) -> dict:
    """Every value each non-shown cell can take, enumerating all consistent vectors."""
    total = sum(values)
    unknown = [i for i, lab in enumerate(cells) if lab != VALUE]
    high = 13 if hide_total else total  # hidden ≥ 0; with a total, at most the total
    ranges = [range(1, 5) if cells[i] == SMALL else range(high + 1) for i in unknown]
    seen: dict[int, set[int]] = {i: set() for i in unknown}
    known = sum(v for v, lab in zip(values, cells, strict=True) if lab == VALUE)
    for combo in itertools.product(*ranges):
        if hide_total or known + sum(combo) == total:
            for i, v in zip(unknown, combo, strict=True):
                seen[i].add(v)
    return seen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=2, max_size=6))
@example([7, 3, 0, 12])
@example([1, 1, 0])
@example([4, 4, 0])
@example([1, 0, 0, 0, 0, 0])
def test_protect_group_is_safe(values):
    p = protect_group(values)
    for v, lab in zip(values, p.cells, strict=True):
        assert (lab == SMALL) == (1 <= v <= 4)  # every 1–4 and only they are primaries
    seen = _group_alternatives(values, p.cells, p.hide_total)
    for i, options in seen.items():
        assert values[i] in options
        assert len(options) >= 2, (values, p, i, options)


def test_protect_table_hand_case():
    # 3 at (a, x); margins 13, 20 and 13, 20. Row a hides 10, column x hides the other 10,
    # row b then hides its last 10: the four cells form a cycle, so any table
    # (3 + k, 10 − k / 10 − k, 10 + k) with 1 ≤ 3 + k ≤ 4 is consistent, e.g. k = −2 … 1.
    table = pd.DataFrame([[3, 10], [10, 10]], index=["a", "b"], columns=["x", "y"])
    labels = protect_table(table)
    assert list(labels.index) == ["a", "b", TOTAL] and list(labels.columns) == ["x", "y", TOTAL]
    assert labels.loc[["a", "b"], ["x", "y"]].to_numpy().tolist() == [
        [SMALL, HIDDEN],
        [HIDDEN, HIDDEN],
    ]
    assert (labels[TOTAL] == VALUE).all() and (labels.loc[TOTAL] == VALUE).all()
    # Nothing small: everything shown.
    assert (protect_table(table + 10) == VALUE).all().all()
    # Column totals 1–4 become primaries only when asked (rows not the whole municipality):
    # column x of [[1], [0]] adds up to 1; row a's total 1 is small either way.
    one = pd.DataFrame({"x": [1, 0]}, index=["a", "b"])
    assert protect_table(one).loc[TOTAL, "x"] != SMALL
    assert protect_table(one, small_column_totals=True).loc[TOTAL, "x"] == SMALL


def _table_alternatives(grid: np.ndarray, labels: np.ndarray) -> dict:
    """Every value each non-shown cell or margin takes over all consistent tables.

    Interior cells range over [1, 4] (small) or [0, 7] (hidden): the true values are ≤ 6 and
    any other consistent table is reached by ±1 steps, so 7 is enough to see a change;
    margins follow from the cells and must match what is shown of them.
    """
    n_rows, n_cols = grid.shape[0] - 1, grid.shape[1] - 1

    def fits(sums: np.ndarray, label: str, true: int) -> np.ndarray:
        if label == VALUE:
            return sums == true
        if label == SMALL:
            return (sums >= 1) & (sums <= 4)
        return np.ones_like(sums, dtype=bool)

    rows = []  # every candidate of each row that fits its own total
    for r in range(n_rows):
        choices = [
            [grid[r, c]]
            if labels[r, c] == VALUE
            else range(1, 5)
            if labels[r, c] == SMALL
            else range(8)
            for c in range(n_cols)
        ]
        cand = np.array(list(itertools.product(*choices))).reshape(-1, n_cols)
        rows.append(cand[fits(cand.sum(axis=1), labels[r, n_cols], grid[r, n_cols])])
    # All tables: each a choice of one candidate per row; shape (tables, rows, cols).
    tables = np.zeros((1, 0, n_cols), dtype=np.int64)
    for cand in rows:
        a = np.repeat(tables, len(cand), axis=0)
        b = np.tile(cand, (len(tables), 1))[:, None, :]
        tables = np.concatenate([a, b], axis=1)
        col = tables.sum(axis=1)  # prune on columns whose totals are shown (cells are ≥ 0)
        shown = [c for c in range(n_cols) if labels[n_rows, c] == VALUE]
        tables = tables[(col[:, shown] <= grid[n_rows, shown]).all(axis=1)]
    col, grand = tables.sum(axis=1), tables.sum(axis=(1, 2))
    ok = fits(grand, labels[n_rows, n_cols], grid[n_rows, n_cols])
    for c in range(n_cols):
        ok &= fits(col[:, c], labels[n_rows, c], grid[n_rows, c])
    tables, col, grand = tables[ok], col[ok], grand[ok]
    full = np.zeros((len(tables), n_rows + 1, n_cols + 1), dtype=np.int64)
    full[:, :n_rows, :n_cols] = tables
    full[:, :n_rows, n_cols] = tables.sum(axis=2)
    full[:, n_rows, :n_cols] = col
    full[:, n_rows, n_cols] = grand
    return {
        (r, c): set(full[:, r, c].tolist())
        for r in range(n_rows + 1)
        for c in range(n_cols + 1)
        if labels[r, c] != VALUE
    }


@st.composite
def small_tables(draw: st.DrawFn) -> pd.DataFrame:
    n_rows, n_cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    cells = draw(st.lists(st.integers(0, 6), min_size=n_rows * n_cols, max_size=n_rows * n_cols))
    return pd.DataFrame(np.array(cells).reshape(n_rows, n_cols))


@settings(max_examples=200, deadline=None)
@given(small_tables())
@example(pd.DataFrame([[1, 0, 0], [0, 0, 0], [0, 0, 6]]))
@example(pd.DataFrame([[1, 1, 0], [1, 1, 0], [0, 0, 0]]))
@example(pd.DataFrame([[4, 4, 4], [4, 4, 4], [4, 4, 4]]))
@example(pd.DataFrame([[6, 6, 1], [6, 6, 6], [0, 0, 0]]))
def test_protect_table_is_safe(table):
    labels = protect_table(table).to_numpy()
    values = table.to_numpy()
    grid = np.zeros((values.shape[0] + 1, values.shape[1] + 1), dtype=np.int64)
    grid[:-1, :-1] = values
    grid[:-1, -1], grid[-1, :-1], grid[-1, -1] = values.sum(1), values.sum(0), values.sum()
    for v, lab in zip(grid[:-1].ravel(), labels[:-1].ravel(), strict=True):
        assert (lab == SMALL) == (1 <= v <= 4)  # cells and row totals: 1–4 are primaries
    assert (labels[-1] != SMALL).all()  # column totals are municipality level
    for pos, options in _table_alternatives(grid, labels).items():
        assert grid[pos] in options
        assert len(options) >= 2, (values.tolist(), labels.tolist(), pos, options)

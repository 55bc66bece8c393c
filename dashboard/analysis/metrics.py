"""Pure calculations behind the dashboard: no database, no Dash, no I/O.

Each function's docstring states its formula; ``tests/test_metrics.py`` checks them
against values worked out by hand. See "How a commitment's status is judged" and
"Small numbers" in the shared CONTRACT.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Literal

import numpy as np
import pandas as pd

# --------------------------------------------------------------------------- status

GREEN, AMBER, RED, NOT_STARTED = "green", "amber", "red", "not_started"
Status = Literal["green", "amber", "red", "not_started"]
AMBER_FROM = Fraction(3, 4)  # pace ratio from which a behind-schedule count is amber


def _elapsed(start: date, end: date, as_of: date) -> Fraction:
    if end < start:
        raise ValueError(f"period ends ({end}) before it starts ({start})")
    if as_of < start:
        return Fraction(0)
    if as_of > end:
        return Fraction(1)
    return Fraction((as_of - start).days + 1, (end - start).days + 1)


def elapsed_share(start: date, end: date, as_of: date) -> float:
    """Share of the period [start, end] elapsed on ``as_of``, counting whole days inclusively.

    0 before ``start``; (as_of − start + 1 day) / (end − start + 1 day) within the period
    (so ``start`` itself already counts one day and ``end`` gives 1); 1 after ``end``.
    Raises ValueError when ``end`` is before ``start``.
    """
    return float(_elapsed(start, end, as_of))


@dataclass(frozen=True)
class Judgement:
    """A commitment's computed status (layer 1, "carried out?")."""

    progress: float  # achieved / target
    expected: float  # elapsed_share(start, end, as_of)
    ratio: float | None  # the pace ratio compared with the thresholds; None where unused
    status: Status
    ended: bool  # as_of is after end


def judge(
    rule: str, achieved: float, target: float, start: date, end: date, as_of: date
) -> Judgement:
    """Judge a commitment by pace; ``progress = achieved / target``, ``expected = elapsed_share``.

    ``antal`` (a count to reach): before ``start`` the status is ``not_started`` (ratio None);
    otherwise ratio = achieved / (target × expected), which once the period has ended
    (expected = 1) is achieved / target; ratio ≥ 1 green, ≥ 0.75 amber, below that red.
    ``milstolpe`` (done or not): done (achieved ≥ target) is green; not done is amber up to
    and including ``end`` (also before ``start``), red after it; ratio None.
    Ratios are compared exactly (as fractions), so 3 of 4 due is amber, not red by rounding.
    Raises ValueError for an unknown rule or a target ≤ 0.
    """
    if not target > 0:
        raise ValueError(f"target must be > 0, got {target}")
    share = _elapsed(start, end, as_of)
    ended = as_of > end
    progress = achieved / target
    if rule == "milstolpe":
        status: Status = GREEN if achieved >= target else RED if ended else AMBER
        return Judgement(progress, float(share), None, status, ended)
    if rule != "antal":
        raise ValueError(f"unknown target rule {rule!r}")
    if share == 0:
        return Judgement(progress, 0.0, None, NOT_STARTED, ended)
    ratio = Fraction(achieved) / (Fraction(target) * share)
    status = GREEN if ratio >= 1 else AMBER if ratio >= AMBER_FROM else RED
    return Judgement(progress, float(share), float(ratio), status, ended)


# --------------------------------------------------------------------------- surveys and rates


def wilson_interval(share_pct: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a share given in percent, returned in percent (0–100).

    With p = share_pct / 100: centre = (p + z²/2n) / (1 + z²/n),
    half-width = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²);
    interval = 100 · (centre ± half-width), clipped to 0–100.
    Raises ValueError for n < 1 or a share outside 0–100.
    """
    if n < 1:
        raise ValueError(f"n must be ≥ 1, got {n}")
    if not 0 <= share_pct <= 100:
        raise ValueError(f"share must be 0–100 %, got {share_pct}")
    p, z2 = share_pct / 100, z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, 100 * (centre - half)), min(100.0, 100 * (centre + half))


def changed_between_waves(p1: float, n1: int, p2: float, n2: int) -> bool:
    """True only when the 95 % Wilson intervals of two survey waves do not overlap.

    Shares in percent, n the numbers of answers. Deliberately conservative: non-overlap of
    two 95 % intervals corresponds to a much stricter test than 5 % (about 0.5 % for
    similar n), so a real but modest change can be reported as "no clear change";
    intervals that just touch count as overlapping.
    """
    lo1, hi1 = wilson_interval(p1, n1)
    lo2, hi2 = wilson_interval(p2, n2)
    return hi1 < lo2 or hi2 < lo1


def rate_per_1000(count: float | None, population: float | None) -> float | None:
    """count / population × 1000; None when either is missing or the population is 0."""
    if count is None or population is None or pd.isna(count) or pd.isna(population):
        return None
    if population == 0:
        return None
    return 1000 * count / population


# --------------------------------------------------------------------------- monthly series


def _months(values: pd.Series) -> pd.Series:
    if isinstance(values.dtype, pd.PeriodDtype):
        return values.dt.asfreq("M")
    return pd.to_datetime(values).dt.to_period("M")


def complete_months(
    df: pd.DataFrame,
    value_col: str,
    keys: Sequence[str],
    start: object,
    end: object,
    month_col: str = "month",
    levels: Mapping[str, Iterable[object]] | None = None,
) -> pd.DataFrame:
    """Every month in [start, end] for every combination of ``keys``, missing months as 0.

    The month column comes back as pandas ``Period[M]``; it may come in as Period[M],
    dates/datetimes or ``'YYYY-MM'`` strings (``start``/``end`` likewise). The key values are
    crossed: by default the distinct values of each key in ``df``, or ``levels[key]`` where
    given (e.g. every area, so that one without any rows still gets its zeros). Rows outside
    the window are dropped, duplicate (keys, month) rows are summed, and a month whose only
    values are missing (NaN) stays missing: only absent months become 0. Result columns:
    keys, month_col, value_col, sorted by keys then month.
    """
    keys = list(keys)
    months = pd.period_range(pd.Period(start, "M"), pd.Period(end, "M"), freq="M")
    frame = df[[*keys, month_col, value_col]].copy()
    frame[month_col] = _months(frame[month_col])
    given = dict(levels or {})
    key_values = [
        sorted(given[k]) if k in given else sorted(frame[k].dropna().unique()) for k in keys
    ]
    frame = frame[frame[month_col].between(months[0], months[-1])] if len(months) else frame[:0]
    summed = frame.groupby([*keys, month_col])[value_col].sum(min_count=1)
    if keys:
        index = pd.MultiIndex.from_product([*key_values, months], names=[*keys, month_col])
    else:
        index = pd.PeriodIndex(months, name=month_col)
    return summed.reindex(index, fill_value=0).reset_index()


def _check_consecutive(series: pd.Series) -> None:
    index = series.index
    if isinstance(index, pd.PeriodIndex) and (
        index.freqstr != "M" or (np.diff(index.asi8) != 1).any()
    ):
        raise ValueError("series must hold consecutive months (use complete_months)")


def rolling_12(series: pd.Series) -> pd.Series:
    """12-month rolling sum: value at month m = sum of months m−11 … m; NaN for the first 11.

    The series must hold consecutive months in order (see ``complete_months``); a PeriodIndex
    with gaps raises ValueError. A missing (NaN) month makes the sums that include it NaN.
    """
    _check_consecutive(series)
    return series.rolling(12, min_periods=12).sum()


def change_vs_year_before(series: pd.Series) -> pd.DataFrame:
    """Each month against the same month a year earlier.

    Columns: ``value``; ``year_before`` (the value 12 months earlier); ``change`` =
    value − year_before; ``change_pct`` = 100 · change / year_before. Where the earlier value
    is missing both changes are missing, and ``change_pct`` is also missing where it is 0;
    "missing" is NaN, pandas' None for floats. With a PeriodIndex the earlier month is looked
    up by date (gaps allowed); otherwise the series must hold consecutive months.
    """
    if isinstance(series.index, pd.PeriodIndex):
        before = series.reindex(series.index - 12).to_numpy(dtype=float)
    else:
        before = series.shift(12).to_numpy(dtype=float)
    value = series.to_numpy(dtype=float)
    change = value - before
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(before == 0, np.nan, 100 * change / before)
    data = {"value": value, "year_before": before, "change": change, "change_pct": pct}
    return pd.DataFrame(data, index=series.index)


# --------------------------------------------------------------------------- before/after


@dataclass(frozen=True)
class DiD:
    """Difference in differences of two Poisson counts, as a ratio of rate ratios."""

    ratio: float  # R = (Ta/Tb) / (Ca/Cb)
    low: float  # lower 95 % limit of R
    high: float  # upper 95 % limit of R
    se_log: float  # standard error of log R
    pct_change: float  # 100 · (R − 1)
    pct_low: float  # 100 · (low − 1)
    pct_high: float  # 100 · (high − 1)
    clear: bool  # the interval of pct_change excludes 0 %


def diff_in_diff(
    treated_before: int,
    treated_after: int,
    control_before: int,
    control_after: int,
    z: float = 1.96,
) -> DiD:
    """Change in a treated area relative to a control, from counts in equal-length windows.

    R = (Ta/Tb) / (Ca/Cb); SE(log R) = √(1/Ta + 1/Tb + 1/Ca + 1/Cb) (Poisson counts);
    interval exp(log R ± z·SE); percent change 100·(R − 1) with the interval transformed
    likewise; ``clear`` when that interval excludes 0 %. Raises ValueError if any count is
    ≤ 0 (the ratio or its standard error is then undefined).
    """
    counts = (treated_before, treated_after, control_before, control_after)
    if any(not c > 0 for c in counts):
        raise ValueError(f"every count must be > 0, got {counts}")
    tb, ta, cb, ca = (float(c) for c in counts)
    ratio = (ta / tb) / (ca / cb)
    se = math.sqrt(sum(1 / c for c in (ta, tb, ca, cb)))
    low, high = math.exp(math.log(ratio) - z * se), math.exp(math.log(ratio) + z * se)
    pct = (100 * (ratio - 1), 100 * (low - 1), 100 * (high - 1))
    return DiD(ratio, low, high, se, *pct, clear=low > 1 or high < 1)


# --------------------------------------------------------------------------- small numbers

VALUE, SMALL, HIDDEN = "value", "small", "hidden"
Label = Literal["value", "small", "hidden"]
SMALL_MIN, SMALL_MAX = 1, 4  # counts shown as "1–4" below municipality level
TOTAL = "total"  # label of the margins protect_table adds


@dataclass(frozen=True)
class Protection:
    """Labels for one group of cells and whether the group's total must be hidden too."""

    cells: list[Label]
    hide_total: bool


def _counts(cells: Iterable[float]) -> np.ndarray:
    values = np.asarray(list(cells) if not isinstance(cells, np.ndarray) else cells, float)
    if not np.isfinite(values).all() or (values < 0).any() or (values % 1 != 0).any():
        raise ValueError("small-number protection needs whole counts ≥ 0")
    return values.astype(np.int64)


def _primary(value: int) -> Label:
    return SMALL if SMALL_MIN <= value <= SMALL_MAX else VALUE


def _bounds(label: str) -> tuple[float, float]:
    """What a reader knows of a non-shown cell: "1–4" is in [1, 4], ".." in [0, ∞)."""
    return (SMALL_MIN, SMALL_MAX) if label == SMALL else (0, math.inf)


def _line_rigid(values: Sequence[int], labels: Sequence[str]) -> list[int]:
    """Non-shown cells of one line with a shown total that admit only their true value.

    A cell can change iff it can move one way while another non-shown cell moves the other
    way within its bounds (a ±1 exchange that keeps the total).
    """
    unknown = [i for i, lab in enumerate(labels) if lab != VALUE]
    up = {i: values[i] < _bounds(labels[i])[1] for i in unknown}
    down = {i: values[i] > _bounds(labels[i])[0] for i in unknown}

    def movable(i: int) -> bool:
        others = [j for j in unknown if j != i]
        return (up[i] and any(down[j] for j in others)) or (down[i] and any(up[j] for j in others))

    return [i for i in unknown if not movable(i)]


def _protect_line(values: Sequence[int], labels: list[Label]) -> bool:
    """Add secondaries to ``labels`` in place; False when only hiding the total can help."""
    while _line_rigid(values, labels):
        shown = [i for i, lab in enumerate(labels) if lab == VALUE]
        if not shown:
            return False
        nonzero = [i for i in shown if values[i] > 0]
        labels[min(nonzero, key=lambda i: values[i]) if nonzero else shown[0]] = HIDDEN
    return True


def protect_group(cells: Sequence[int], total_shown: bool = True) -> Protection:
    """Small-number protection of one group of counts that add up to a total.

    Labels: "value" shown as is; "small" a primary, 1–4, shown as "1–4"; "hidden" a
    secondary, shown as "..". Guarantee: given the shown values, the total (when shown) and
    what the labels tell (small ∈ [1, 4], hidden ∈ [0, ∞)), every non-shown cell admits at
    least two values, i.e. it can exchange ±1 with another non-shown cell within those
    bounds while the total holds. Algorithm: primaries are the 1–4 cells; while some
    non-shown cell is pinned, hide the smallest non-zero shown cell, else a zero cell (the
    first). If still pinned (e.g. a single 1 among zeros) ``hide_total`` is set and only the
    primaries are kept, since without a total they suffice. With ``total_shown=False``
    only primaries are needed. Note: the bounds are what the labels say; a reader who
    also knows this algorithm (zeros are hidden last) may narrow them further.
    """
    values = _counts(cells)
    primary: list[Label] = [_primary(int(v)) for v in values]
    if not total_shown:
        return Protection(primary, hide_total=False)
    labels = list(primary)
    if _protect_line(values, labels):
        return Protection(labels, hide_total=False)
    return Protection(primary, hide_total=True)


def _grid_rigid(grid: np.ndarray, labels: np.ndarray) -> list[tuple[int, int]]:
    """Non-shown cells of a table with margins (last row and column) pinned to one value.

    With the margins negated, every row and column of the grid adds up to 0, so another
    consistent table differs by a circulation: a cycle of ±1 changes alternating along a
    row, then a column. A cell can change iff such a cycle through it exists within the
    bounds: edge row→column where the (negated) cell can go up, column→row where it can
    go down; cell (r, c) can go up iff there is a path column c → row r, down iff a path
    row r → column c, not using the cell itself.
    """
    n_rows, n_cols = grid.shape
    unknown = [(r, c) for r in range(n_rows) for c in range(n_cols) if labels[r, c] != VALUE]
    up: dict[tuple[int, int], bool] = {}
    down: dict[tuple[int, int], bool] = {}
    for r, c in unknown:
        lo, hi = _bounds(labels[r, c])
        more, less = grid[r, c] < hi, grid[r, c] > lo
        negated = (r == n_rows - 1) != (c == n_cols - 1)  # a margin, not the grand total
        up[r, c], down[r, c] = (less, more) if negated else (more, less)

    # The graph as bit masks: rows are nodes 0 … n_rows-1, columns n_rows …; a cell that
    # can go up is an edge row → column, one that can go down an edge column → row.
    edges = [0] * (n_rows + n_cols)
    for r, c in unknown:
        if up[r, c]:
            edges[r] |= 1 << (n_rows + c)
        if down[r, c]:
            edges[n_rows + c] |= 1 << r

    # Every node each node reaches (itself included): Warshall's closure on bit masks.
    nodes = range(n_rows + n_cols)
    whole = [edges[i] | 1 << i for i in nodes]
    for k in nodes:
        bit, via = 1 << k, whole[k]
        for i in nodes:
            if whole[i] & bit:
                whole[i] |= via

    def reaches_without(src: int, dst: int) -> bool:
        """A path src → dst that does not take the edge src → dst itself."""
        frontier = edges[src] & ~(1 << dst)
        seen = frontier | 1 << src
        while frontier:
            if seen >> dst & 1:
                return True
            step, rest = 0, frontier
            while rest:
                low = rest & -rest
                step |= edges[low.bit_length() - 1]
                rest ^= low
            frontier = step & ~seen
            seen |= step
        return bool(seen >> dst & 1)

    def path(src: int, dst: int, reverse_edge: bool) -> bool:
        # A cycle through the cell may not use the cell again: its own edge straight from
        # src to dst (its move the other way) is left out where it exists.
        if not whole[src] >> dst & 1:
            return False
        return reaches_without(src, dst) if reverse_edge else True

    return [
        (r, c)
        for r, c in unknown
        if not (up[r, c] and path(n_rows + c, r, down[r, c]))
        and not (down[r, c] and path(r, n_rows + c, up[r, c]))
    ]


def protect_grid(
    counts, *, small_column_totals: bool = False, unpublished_row_totals: bool = False
) -> np.ndarray:
    """``protect_table``'s algorithm on a plain array (rows × columns): the labels, with
    the margins as a last row and column.

    ``unpublished_row_totals``: the row totals are never shown (``protection``'s areas
    table): they start hidden, stay hidden, and one that follows from shown cells counts
    as no disclosure (shown cells are 0 or ≥ 5, so it is too), so the exact check leaves
    them out."""
    values = _counts(np.asarray(counts).ravel()).reshape(np.shape(counts))
    n_rows, n_cols = values.shape
    grid = np.zeros((n_rows + 1, n_cols + 1), dtype=np.int64)
    grid[:n_rows, :n_cols] = values
    grid[:n_rows, n_cols] = values.sum(axis=1)
    grid[n_rows, :n_cols] = values.sum(axis=0)
    grid[n_rows, n_cols] = values.sum()
    labels = np.array([[_primary(int(v)) for v in row] for row in grid], dtype=object)
    if not small_column_totals:
        labels[n_rows, :] = VALUE
    unpublished = {(r, n_cols) for r in range(n_rows)} if unpublished_row_totals else set()
    for pos in unpublished:
        labels[pos] = HIDDEN
    lines = [([(r, c) for c in range(n_cols)], (r, n_cols)) for r in range(n_rows + 1)]
    lines += [([(r, c) for r in range(n_rows)], (n_rows, c)) for c in range(n_cols + 1)]

    def kind(pos: tuple[int, int]) -> int:  # 0 interior, 1 margin, 2 grand total
        return (pos[0] == n_rows) + (pos[1] == n_cols)

    def pinned() -> list[tuple[int, int]]:
        return [p for p in _grid_rigid(grid, labels) if p not in unpublished]

    while True:
        changed = True
        while changed:
            changed = False
            for cells, total in lines:
                if labels[total] != VALUE:
                    continue  # a hidden or "1–4" total pins nothing on its own
                before = [labels[p] for p in cells]
                after = list(before)
                if not _protect_line([int(grid[p]) for p in cells], after):
                    labels[total], changed = HIDDEN, True
                elif after != before:
                    for p, lab in zip(cells, after, strict=True):
                        labels[p] = lab
                    changed = True
        rigid = pinned()
        if not rigid:
            break
        r0, c0 = rigid[0]
        shown = list(zip(*np.nonzero(labels == VALUE), strict=True))
        near = [p for p in shown if p[0] == r0 or p[1] == c0] or shown
        if not near:
            break  # everything is already hidden; nothing more can be done
        pick = min(near, key=lambda p: (kind(p), grid[p] == 0, grid[p]))
        labels[pick] = HIDDEN

    # Show again any secondary the exact check finds unneeded, largest first.
    for pos in sorted(zip(*np.nonzero(labels == HIDDEN), strict=True), key=lambda p: -grid[p]):
        if (int(pos[0]), int(pos[1])) in unpublished:
            continue
        labels[pos] = VALUE
        if pinned():
            labels[pos] = HIDDEN
    return labels


def protect_table(table: pd.DataFrame, *, small_column_totals: bool = False) -> pd.DataFrame:
    """Small-number protection of a table (areas × categories) shown with its margins.

    Returns labels ("value", "small", "hidden") for the table plus a last row and column
    named ``TOTAL`` for the column totals, the row totals and the grand total, which may
    need hiding too. Primaries: interior cells and row (area) totals of 1–4; column totals
    and the grand total are municipality level and only hidden as secondaries, unless
    ``small_column_totals`` (rows not covering the municipality). Guarantee, as for
    ``protect_group`` but for the whole table: given every shown figure (cells and margins)
    and the bounds the labels tell, each non-shown cell or margin admits at least two
    values. Algorithm: apply ``protect_group``'s step to every row and column (and to the
    margins against the grand total) until nothing changes; a line that cannot be made
    safe has its total hidden. Then check the whole table exactly (``_grid_rigid``) and,
    while a cell is still pinned, hide the smallest non-zero shown cell in its row or
    column (else a zero, else a margin, else anything shown) and repeat. Finally show
    again each secondary, largest first, whose hiding the exact check finds unneeded.
    """
    labels = protect_grid(table.to_numpy(), small_column_totals=small_column_totals)
    return pd.DataFrame(
        labels,
        index=pd.Index([*table.index, TOTAL], name=table.index.name),
        columns=pd.Index([*table.columns, TOTAL], name=table.columns.name),
    )

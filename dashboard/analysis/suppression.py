"""Small-number protection on plain counts: which cells are shown, which as "1–4" and
which hidden ("..") so that no count of 1–4 can be worked out from what is shown.

Primary and secondary cell suppression for one group (``protect_group``) and for a table
with its margins (``protect_grid``, ``protect_table``); ``protection`` applies it to the
stored crime figures. See "Small numbers" in the shared CONTRACT.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd

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

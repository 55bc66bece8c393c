"""Crime rows summed per (area, month, category), the form ``writers.apply_crimes`` stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


def aggregate_crimes(records: list[dict]) -> dict[tuple, int | None]:
    """Sum rows per (area, month, category); a cell with any unpublished row is unpublished."""
    totals: dict[tuple, int | None] = {}
    for rec in records:
        key = (rec["area_id"], rec["month"], rec["category"])
        if key in totals:
            old = totals[key]
            totals[key] = None if old is None or rec["count"] is None else old + rec["count"]
        else:
            totals[key] = rec["count"]
    return totals


@dataclass
class CrimeTotals:
    """A crime file summed per (area_id, month, category): what ``apply_crimes`` stores.

    The row path builds it from records (``crime_totals``); the columnar fast path
    (``columnar``) builds it directly.
    """

    cells: dict[tuple, int | None]
    kommun_of: dict[int, str]  # area_id → kommun as written on the file's last row for it
    first: date
    last: date
    # True for a file of single crimes (no ``antal`` column): complete within its scope,
    # so a cell it has no crime for holds none (see ``scopes``).
    complete: bool = True

    def too_large(self, largest: int) -> tuple | None:
        """The first cell whose rows add up to ``largest`` or more (three rows of
        999 999 999 in one month): a typo, and more than the database's integers hold."""
        return next((k for k, n in self.cells.items() if n is not None and n >= largest), None)

    def swap_ids(self, real: dict[int, int]) -> None:
        """Give areas the batch added their real ids (``real``: provisional → real)."""
        if not real:
            return
        self.cells = {(real.get(a, a), m, c): n for (a, m, c), n in self.cells.items()}
        self.kommun_of = {real.get(a, a): k for a, k in self.kommun_of.items()}


def crime_totals(records: list[dict]) -> CrimeTotals:
    """The row path's crime records as ``CrimeTotals``."""
    return CrimeTotals(
        aggregate_crimes(records),
        {rec["area_id"]: rec["kommun"] for rec in records},
        min(rec["month"] for rec in records),
        max(rec["month"] for rec in records),
    )

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


def crime_totals(records: list[dict]) -> CrimeTotals:
    """The row path's crime records as ``CrimeTotals``."""
    return CrimeTotals(
        aggregate_crimes(records),
        {rec["area_id"]: rec["kommun"] for rec in records},
        min(rec["month"] for rec in records),
        max(rec["month"] for rec in records),
    )

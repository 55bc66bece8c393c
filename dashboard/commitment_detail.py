"""One commitment in detail: its cumulative progress against the even-pace line, when a
milestone was done, and a short text for the table of contents. Pure; no Dash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

SHORT_TEXT = 80  # characters of a commitment's text in the table of contents


def cumulative(activities: pd.DataFrame, start: date, end: date, as_of: date) -> pd.DataFrame:
    """Achieved so far, as steps: columns ``day`` and ``achieved`` (cumulative count).

    ``activities`` has ``day`` and ``count`` (several rows a day are summed). The series
    starts at (start, 0), steps on each reporting day up to ``min(as_of, end)`` and ends
    flat on that day; reports before ``start`` count on ``start``. Empty before the start.
    """
    last = min(as_of, end)
    if last < start:
        return pd.DataFrame({"day": pd.Series([], dtype=object), "achieved": []})
    rows = activities[["day", "count"]].copy()
    rows["day"] = [max(start, d) for d in pd.to_datetime(rows["day"]).dt.date]
    rows = rows[rows["day"] <= last]
    daily = rows.groupby("day")["count"].sum().sort_index().cumsum()
    points = [(start, 0.0)]
    for day, total in daily.items():
        if day == start:
            points[0] = (start, float(total))
        else:
            points.append((day, float(total)))
    if points[-1][0] < last:
        points.append((last, points[-1][1]))
    return pd.DataFrame(points, columns=["day", "achieved"])


def pace_line(start: date, end: date, target: float) -> pd.DataFrame:
    """The even pace: 0 the day before ``start`` to ``target`` on ``end`` (columns ``day``,
    ``expected``), so that on day d it reads target × (d − start + 1) / period length, as
    ``metrics.elapsed_share`` counts."""
    return pd.DataFrame({"day": [start - timedelta(days=1), end], "expected": [0.0, target]})


def done_day(activities: pd.DataFrame, target: float, as_of: date) -> date | None:
    """The first day by which the reported counts reach ``target`` (up to ``as_of``)."""
    if activities.empty:
        return None
    rows = activities[["day", "count"]].copy()
    rows["day"] = pd.to_datetime(rows["day"]).dt.date
    daily = rows[rows["day"] <= as_of].groupby("day")["count"].sum().sort_index().cumsum()
    reached = daily[daily >= target]
    return reached.index[0] if len(reached) else None


def short_text(text: str, limit: int = SHORT_TEXT) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",.;:–- ")
    return cut + "…"


@dataclass(frozen=True)
class Since:
    """Which part of the logs a page lists: from ``start`` (or all) up to ``as_of``."""

    start: date | None
    as_of: date

    def keep(self, days: pd.Series) -> pd.Series:
        """A mask of the ``days`` within the window."""
        days = pd.to_datetime(days).dt.date
        mask = days <= self.as_of
        if self.start is not None:
            mask &= days >= self.start
        return mask

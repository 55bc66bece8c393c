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
    daily: dict[date, float] = {}
    for day, count in zip(_days(activities["day"]), activities["count"], strict=True):
        day = max(start, day)
        if day <= last:
            daily[day] = daily.get(day, 0.0) + float(count)
    points, total = [(start, 0.0)], 0.0
    for day in sorted(daily):
        total += daily[day]
        if day == start:
            points[0] = (start, total)
        else:
            points.append((day, total))
    if points[-1][0] < last:
        points.append((last, points[-1][1]))
    return pd.DataFrame(points, columns=["day", "achieved"])


def _days(values) -> list[date]:
    """Days as ``datetime.date`` (from dates, datetimes, Timestamps or ISO text)."""
    return [d if type(d) is date else pd.Timestamp(d).date() for d in values]


def pace_line(start: date, end: date, target: float) -> pd.DataFrame:
    """The even pace: 0 the day before ``start`` to ``target`` on ``end`` (columns ``day``,
    ``expected``), so that on day d it reads target × (d − start + 1) / period length, as
    ``metrics.elapsed_share`` counts."""
    return pd.DataFrame({"day": [start - timedelta(days=1), end], "expected": [0.0, target]})


def done_day(activities: pd.DataFrame, target: float, as_of: date) -> date | None:
    """The first day by which the reported counts reach ``target`` (up to ``as_of``)."""
    if activities.empty:
        return None
    daily: dict[date, float] = {}
    for day, count in zip(_days(activities["day"]), activities["count"], strict=True):
        if day <= as_of:
            daily[day] = daily.get(day, 0.0) + float(count)
    total = 0.0
    for day in sorted(daily):
        total += daily[day]
        if total >= target:
            return day
    return None


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
        listed = _days(days)
        low = self.start or date.min
        return pd.Series([low <= d <= self.as_of for d in listed], index=days.index, dtype=bool)

"""Activity reports (``aktiviteter``): each commitment's planned counts on seeded days."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from dashboard.demo.canonical import PROMISE_YEAR
from dashboard.demo.commitments import COMMITMENTS, Commitment


def _days(c: Commitment, month: int) -> list[date]:
    """Candidate days in a month for a commitment's events, within its period."""
    first, last = date.fromisoformat(c.start), date.fromisoformat(c.end)
    n_days = calendar.monthrange(PROMISE_YEAR, month)[1]
    lo, hi = c.days[0], min(c.days[1], n_days)
    days = [date(PROMISE_YEAR, month, d) for d in range(lo, hi + 1)]
    return [d for d in days if first <= d <= last and (not c.weekdays_only or d.weekday() < 5)]


def _pick(rng: np.random.Generator, options: Sequence[str]) -> str:
    return options[int(rng.integers(len(options)))]


def aktiviteter_rows(
    rng: np.random.Generator, commitments: Iterable[Commitment] = COMMITMENTS
) -> list[list[str]]:
    """Activity reports for the promise year, sorted by date and commitment."""
    order = {c.id: i for i, c in enumerate(COMMITMENTS)}
    rows: list[tuple[date, str, int, str, str, str]] = []
    for c in commitments:
        events: list[tuple[date, str]] = []
        for month, count in enumerate(c.plan, start=1):
            days = _days(c, month)
            for _ in range(count):
                events.append((days[int(rng.integers(len(days)))], _pick(rng, c.areas)))
        if c.aggregate:
            groups: dict[tuple, list[date]] = {}
            for day, area in events:
                period = day.isocalendar()[:2] if c.aggregate == "week" else (day.month,)
                groups.setdefault((period, area), []).append(day)
            bundled = sorted((max(days), area, len(days)) for (_, area), days in groups.items())
        else:
            bundled = sorted((day, area, 1) for day, area in events)
        for day, area, n in bundled:
            rows.append((day, c.id, n, area, _pick(rng, c.performers), _comment(rng, c)))
        for month, area, by, text in c.notes:
            days = _days(c, month)
            rows.append((days[int(rng.integers(len(days)))], c.id, 0, area, by, text))
    rows.sort(key=lambda r: (r[0], order[r[1]], r[3]))
    return [[d.isoformat(), cid, str(n), area, by, text] for d, cid, n, area, by, text in rows]


def _comment(rng: np.random.Generator, c: Commitment) -> str:
    # About one report in five comes without a comment, as in real follow-up files.
    if not c.comments or rng.random() < 0.2:
        return ""
    return _pick(rng, c.comments)

"""The steering group's follow-up: what moved since a commitment's last check-in, which
promise's year a date belongs to, and the check-in comments the group made public.

Pure functions over plain data, plus ``public_checkins`` (one query) for the citizens'
page and the open data: only comments marked ``publik`` ever leave the group.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.analysis import metrics
from dashboard.analysis.commitments import Commitment
from dashboard.storage import schema


@dataclass(frozen=True)
class MovedSince:
    """What changed for one commitment since its last check-in (``day``)."""

    day: date  # the last check-in's date: the previous meeting for this commitment
    reports: int  # activity reports dated after it (up to the judging day)
    count: float  # what they add to the achieved figure
    achieved_then: float  # the achieved figure on ``day``
    status_then: str  # the computed status on ``day``
    status_now: str | None  # the computed status now


def moved_since(item: Commitment, activities: pd.DataFrame, as_of: date) -> MovedSince | None:
    """What moved for ``item`` between its latest check-in and ``as_of``, from its
    activity reports (``day``, ``count``); None when it has no check-in yet."""
    day = item.checkin_day
    if day is None:
        return None
    pairs = zip(activities["day"], activities["count"], strict=True)
    reports = [(_day(d), float(n)) for d, n in pairs]
    before = sum(n for d, n in reports if d <= day)
    after = [n for d, n in reports if day < d <= as_of]
    then = metrics.judge(item.rule, before, item.target, item.start, item.end, day)
    return MovedSince(
        day=day,
        reports=len(after),
        count=sum(after),
        achieved_then=before,
        status_then=then.status,
        status_now=item.judgement.status if item.judgement else None,
    )


def _day(value) -> date:
    """A stored day as a ``date`` (pandas may hand back a Timestamp)."""
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def resolved_year(years: Iterable[int], day: date) -> int | None:
    """The promise year a check-in or report dated ``day`` is filed under (as the importer
    reads a file without a year): the day's own year if the commitment has one, else the
    latest year before it; None when the commitment has none by then."""
    known = set(years)
    if day.year in known:
        return day.year
    earlier = [year for year in known if year < day.year]
    return max(earlier) if earlier else None


def public_checkins(conn: Connection, commitment_ids: Iterable[int]) -> pd.DataFrame:
    """The check-ins whose comment the steering group marked public (``publik``), with a
    comment: commitment_id, day, status, comment; oldest first."""
    ids = sorted(set(commitment_ids))
    ch = schema.checkins
    columns = ["commitment_id", "day", "status", "comment"]
    if not ids:
        return pd.DataFrame(columns=columns)
    query = (
        sa.select(ch.c.commitment_id, ch.c.day, ch.c.status, ch.c.comment)
        .where(
            ch.c.commitment_id.in_(ids),
            ch.c.public.is_(sa.true()),
            ch.c.comment.is_not(None),
            ch.c.comment != "",
        )
        .order_by(ch.c.commitment_id, ch.c.day)
    )
    return pd.DataFrame([tuple(row) for row in conn.execute(query)], columns=columns)

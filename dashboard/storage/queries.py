"""Read queries: aggregation happens in the database, results are small DataFrames.

Every function takes an open connection (ideally a ``storage.read_snapshot``)
so that one view sees one consistent state of the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.storage import database, schema


@dataclass(frozen=True)
class DataStatus:
    """What the data covers and when it last changed."""

    version: int
    latest_month: date | None
    first_month: date | None
    last_import: datetime | None
    kommuner: tuple[str, ...]
    demo: bool  # every import so far was the bundled demo data


def data_status(conn: Connection) -> DataStatus:
    """The data version, the crime data's month span and the last successful import."""
    first, latest = database.crime_span(conn)
    last_import = conn.execute(
        sa.select(sa.func.max(schema.import_log.c.at)).where(
            schema.import_log.c.outcome == "imported"
        )
    ).scalar()
    kommuner = tuple(
        conn.execute(
            sa.select(schema.areas.c.kommun).distinct().order_by(schema.areas.c.kommun)
        ).scalars()
    )
    users = set(
        conn.execute(
            sa.select(schema.import_log.c.user)
            .where(schema.import_log.c.outcome == "imported")
            .distinct()
        ).scalars()
    )
    return DataStatus(
        database.data_version(conn), latest, first, last_import, kommuner, demo=users == {"demo"}
    )


def _tuples(result) -> list[tuple]:
    """A result's rows as plain tuples: pandas inspects SQLAlchemy's Row objects one by
    one (as possible named tuples), ~70 ms for a kommun's 7 000 monthly cells."""
    return [tuple(row) for row in result]


def areas(conn: Connection, kommun: str) -> pd.DataFrame:
    """The municipality's areas: id, name, slug, type, parent, population."""
    a = schema.areas
    query = sa.select(a.c.id, a.c.name, a.c.slug, a.c.type, a.c.parent, a.c.population).where(
        a.c.kommun == kommun
    )
    return pd.DataFrame(
        _tuples(conn.execute(query.order_by(a.c.name))),
        columns=["id", "name", "slug", "type", "parent", "population"],
    )


def monthly_crimes(
    conn: Connection,
    kommun: str,
    *,
    categories: tuple[str, ...] | None = None,
    area_ids: tuple[int, ...] | None = None,
    by_area: bool = False,
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """Reported crimes summed per month and category (and area if ``by_area``).

    Columns: month (Timestamp, first of month), category, [area_id], count, missing
    (how many summed cells were unpublished, so a total is never silently low).
    """
    c = schema.crimes
    keys = [c.c.month, c.c.category] + ([c.c.area_id] if by_area else [])
    query = sa.select(
        *keys,
        sa.func.coalesce(sa.func.sum(c.c.count), 0).label("count"),
        sa.func.sum(sa.case((c.c.count.is_(None), 1), else_=0)).label("missing"),
    ).where(c.c.kommun == kommun)
    if categories:
        query = query.where(c.c.category.in_(categories))
    if area_ids:
        query = query.where(c.c.area_id.in_(area_ids))
    if start:
        query = query.where(c.c.month >= start)
    if end:
        query = query.where(c.c.month <= end)
    rows = _tuples(conn.execute(query.group_by(*keys).order_by(*keys)))
    columns = ["month", "category"] + (["area_id"] if by_area else []) + ["count", "missing"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame


def survey_results(
    conn: Connection,
    kommun: str,
    *,
    indicators: tuple[str, ...] | None = None,
    area_ids: tuple[int, ...] | None = None,
    whole: bool = True,
) -> pd.DataFrame:
    """Survey results: year, area_id (None = whole municipality), indicator, value, scale,
    respondents, sampling. ``whole`` includes the municipality-wide rows."""
    s = schema.surveys
    query = sa.select(
        s.c.year, s.c.area_id, s.c.indicator, s.c.value, s.c.scale, s.c.respondents, s.c.sampling
    ).where(s.c.kommun == kommun)
    if indicators:
        query = query.where(s.c.indicator.in_(indicators))
    conditions = []
    if area_ids:
        conditions.append(s.c.area_id.in_(area_ids))
    if whole:
        conditions.append(s.c.area_id.is_(None))
    if conditions:
        query = query.where(sa.or_(*conditions))
    rows = _tuples(conn.execute(query.order_by(s.c.year, s.c.indicator)))
    return pd.DataFrame(
        rows, columns=["year", "area_id", "indicator", "value", "scale", "respondents", "sampling"]
    )


def activity_log(
    conn: Connection,
    kommun: str,
    *,
    commitment_ids: tuple[int, ...] | None = None,
    area_ids: tuple[int, ...] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> pd.DataFrame:
    """Activity reports with their commitment: day, code, party, count, area, performed_by,
    comment."""
    a, c, ar = schema.activities, schema.commitments, schema.areas
    query = (
        sa.select(
            a.c.day,
            c.c.code,
            c.c.party,
            c.c.indicator,
            a.c.count,
            ar.c.name.label("area"),
            a.c.performed_by,
            a.c.comment,
            a.c.commitment_id,
        )
        .join(c, c.c.id == a.c.commitment_id)
        .outerjoin(ar, ar.c.id == a.c.area_id)
        .where(c.c.kommun == kommun)
    )
    if commitment_ids:
        query = query.where(a.c.commitment_id.in_(commitment_ids))
    if area_ids:
        query = query.where(a.c.area_id.in_(area_ids))
    if start:
        query = query.where(a.c.day >= start)
    if end:
        query = query.where(a.c.day <= end)
    rows = _tuples(conn.execute(query.order_by(a.c.day, c.c.code)))
    return pd.DataFrame(
        rows,
        columns=[
            "day",
            "code",
            "party",
            "indicator",
            "count",
            "area",
            "performed_by",
            "comment",
            "commitment_id",
        ],
    )


def checkin_history(conn: Connection, commitment_ids: tuple[int, ...]) -> pd.DataFrame:
    """Every check-in of the given commitments: commitment_id, day, status, comment."""
    ch = schema.checkins
    query = sa.select(ch.c.commitment_id, ch.c.day, ch.c.status, ch.c.comment).where(
        ch.c.commitment_id.in_(commitment_ids)
    )
    rows = _tuples(conn.execute(query.order_by(ch.c.commitment_id, ch.c.day)))
    return pd.DataFrame(rows, columns=["commitment_id", "day", "status", "comment"])

"""Read queries for the official yearly statistics per kommun (``kommun_stats``) and the
kommun's own monthly crimes summed per year, aggregated in the database.

Every function takes an open connection (ideally a ``storage.read_snapshot``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.storage import schema

STATS_COLUMNS = ["region", "year", "category", "count", "per_100000", "population"]
SUM_COLUMNS = ["year", "category", "count", "population", "complete", "rows"]
LOCAL_COLUMNS = ["year", "category", "count", "missing", "months"]


def _tuples(result) -> list[tuple]:
    return [tuple(row) for row in result]


def has_stats(conn: Connection) -> bool:
    """True when any official figure is stored."""
    ks = schema.kommun_stats
    return conn.execute(sa.select(ks.c.region).limit(1)).first() is not None


def region_stats(
    conn: Connection, regions: Sequence[str], category: str | None = None
) -> pd.DataFrame:
    """The stored figures of ``regions`` (kommun codes, ``"00"`` the nation), every year,
    of one ``category`` or all: region, year, category, count, per_100000, population."""
    ks = schema.kommun_stats
    query = sa.select(
        ks.c.region, ks.c.year, ks.c.category, ks.c.count, ks.c.per_100000, ks.c.population
    ).where(ks.c.region.in_(list(regions)))
    if category is not None:
        query = query.where(ks.c.category == category)
    rows = _tuples(conn.execute(query.order_by(ks.c.region, ks.c.category, ks.c.year)))
    return pd.DataFrame(rows, columns=STATS_COLUMNS)


def stats_categories(conn: Connection, region: str) -> tuple[str, ...]:
    """The categories ``region`` has any figure of."""
    ks = schema.kommun_stats
    query = sa.select(ks.c.category).where(ks.c.region == region).distinct()
    return tuple(sorted(conn.execute(query).scalars()))


def _population():
    """A row's inhabitants: as published, else derived as count × 100 000 ÷ per_100000."""
    ks = schema.kommun_stats
    derived = sa.case(
        (
            sa.and_(ks.c.count.is_not(None), ks.c.per_100000 > 0),
            ks.c.count * 100000.0 / ks.c.per_100000,
        ),
        else_=None,
    )
    return sa.case((ks.c.population.is_not(None), ks.c.population * 1.0), else_=derived)


def region_sums(
    conn: Connection, regions: Sequence[str], category: str | None = None
) -> pd.DataFrame:
    """Counts and inhabitants summed over ``regions`` (a county's kommuner) per year and
    category: year, category, count, population, complete (how many regions gave both a
    count and inhabitants, published or derived), rows (how many regions have a row).

    The sums cover only the complete rows, so a caller can tell a whole county's figure
    (complete equals the number of kommuner) from a partial one and never shows the latter.
    """
    ks = schema.kommun_stats
    population = _population()
    whole = sa.and_(ks.c.count.is_not(None), population.is_not(None))
    query = sa.select(
        ks.c.year,
        ks.c.category,
        sa.func.sum(sa.case((whole, ks.c.count), else_=0)).label("count"),
        sa.func.sum(sa.case((whole, population), else_=0.0)).label("population"),
        sa.func.sum(sa.case((whole, 1), else_=0)).label("complete"),
        sa.func.count().label("rows"),
    ).where(ks.c.region.in_(list(regions)))
    if category is not None:
        query = query.where(ks.c.category == category)
    keys = (ks.c.year, ks.c.category)
    rows = _tuples(conn.execute(query.group_by(*keys).order_by(*keys)))
    frame = pd.DataFrame(rows, columns=SUM_COLUMNS)
    return frame.astype({"count": "int64", "population": "float64", "complete": "int64"})


def yearly_crimes(conn: Connection, kommun: str) -> pd.DataFrame:
    """The kommun's own monthly crimes (every area) summed per year and category: year,
    category, count, missing (unpublished cells summed over), months (how many months of
    the year have a figure)."""
    c = schema.crimes
    year = sa.extract("year", c.c.month).label("year")
    query = sa.select(
        year,
        c.c.category,
        sa.func.coalesce(sa.func.sum(c.c.count), 0).label("count"),
        sa.func.sum(sa.case((c.c.count.is_(None), 1), else_=0)).label("missing"),
        sa.func.count(sa.distinct(c.c.month)).label("months"),
    ).where(c.c.kommun == kommun)
    rows = _tuples(conn.execute(query.group_by(year, c.c.category).order_by(year, c.c.category)))
    frame = pd.DataFrame(rows, columns=LOCAL_COLUMNS)
    return frame.astype({"year": "int64", "count": "int64", "missing": "int64", "months": "int64"})

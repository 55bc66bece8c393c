"""What a page needs from the data, for one request: one read snapshot, one data version.

``open_view(query)`` gives a ``View`` whose methods return plain data (DataFrames,
dataclasses) for the filters in the query; results are cached by data version,
so a new import is seen at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pandas as pd
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.analysis.commitments import (
    Commitment,
    Filters,
    default_year,
    load_commitments,
    partners_and_parties,
)
from dashboard.analysis.headlines import (
    CrimeHeadline,
    SurveyHeadline,
    crime_headline,
    protect_headline,
    survey_headline,
)
from dashboard.analysis.protection import protected_crimes
from dashboard.config import settings
from dashboard.pages.caching import view_cached
from dashboard.storage import cache, database, queries
from dashboard.urls import Query

HEADLINE_CATEGORIES = ("stöld", "narkotika")
HEADLINE_INDICATOR = "otrygg_kvall"


@dataclass
class Headlines:
    """The overview's headline figures for the current filters."""

    crimes: list[CrimeHeadline]
    survey: SurveyHeadline | None
    below_municipality: bool  # figures are for chosen areas: small counts are protected


class View:
    """Data for one page request (see module docstring)."""

    def __init__(self, conn: Connection, q: Query, today: date | None = None) -> None:
        self.conn = conn
        self.q = q
        self.status = current_status(conn)
        # ?kommun= as typed in a link (any case, with or without å/ä/ö) names a known one.
        self.kommun = known_kommun(q.kommun, self.status.kommuner) or settings().kommun
        today = today or date.today()
        self.as_of = min(q.end_date, today) if q.end_date else today
        self.year = q.year or default_year(conn, self.kommun, self.as_of)

    def _cached(self, key, compute):
        return view_cached(self, key, compute)

    def areas(self) -> pd.DataFrame:
        return self._cached("areas", lambda: queries.areas(self.conn, self.kommun))

    def area_options(self) -> list[tuple[str, str]]:
        frame = self.areas()
        return list(zip(frame["slug"], frame["name"], strict=True))

    def area_ids(self) -> tuple[int, ...]:
        """Ids of the areas chosen in the query (empty: the whole municipality)."""
        if not self.q.areas:
            return ()
        frame = self.areas()
        return tuple(int(i) for i in frame[frame["slug"].isin(self.q.areas)]["id"])

    def parts(self) -> list[str]:
        return self._cached("parts", lambda: partners_and_parties(self.conn, self.kommun))

    def month_span(self) -> tuple[tuple[int, int], tuple[int, int]]:
        first, last = self.status.first_month, self.status.latest_month
        return (first.year, first.month), (last.year, last.month)

    def commitments(self) -> list[Commitment]:
        filters = Filters(self.kommun, self.q.areas, self.q.part, self.year, self.as_of)
        return self._cached(
            ("commitments", self.q.areas, self.q.part, self.year, self.as_of),
            lambda: load_commitments(self.conn, filters, today=self.as_of),
        )

    def headlines(self) -> Headlines:
        def compute() -> Headlines:
            ids = self.area_ids() or None
            latest = self.status.latest_month
            crimes = []
            if latest is not None:
                until = min(latest, self.as_of)
                monthly = queries.monthly_crimes(
                    self.conn,
                    self.kommun,
                    categories=HEADLINE_CATEGORIES,
                    area_ids=ids,
                    end=until,
                )
                cells12 = (
                    protected_crimes(self.conn, self.kommun, self.status.version, 12)
                    if ids
                    else None
                )
                for category in HEADLINE_CATEGORIES:
                    found = crime_headline(monthly, category, until.replace(day=1))
                    if found and ids:
                        # Below municipality level: labelled as every other view labels it.
                        found = protect_headline(found, cells12, ids, self.q.lang)
                    if found:
                        crimes.append(found)
            surveys = queries.survey_results(
                self.conn, self.kommun, indicators=(HEADLINE_INDICATOR,), whole=True
            )
            surveys = surveys[surveys["year"] <= self.as_of.year]
            return Headlines(crimes, survey_headline(surveys, HEADLINE_INDICATOR), bool(ids))

        return self._cached(("headlines", self.q.areas, self.as_of), compute)


def current_status(conn: Connection) -> queries.DataStatus:
    """``queries.data_status``, cached by data version: at national scale it reads a
    million-row crime table, and it is asked on every request."""
    key = ("data_status", conn.engine.url.render_as_string())  # tests open many databases
    return cache.cached(database.data_version(conn), key, lambda: queries.data_status(conn))


def known_kommun(name: str | None, kommuner: tuple[str, ...]) -> str | None:
    """The kommun of the data that ``name`` names (folded), else ``name`` as given."""
    if not name:
        return None
    folded = contract.fold(name)
    return next((k for k in kommuner if contract.fold(k) == folded), name)


def kommuner() -> tuple[str, ...]:
    """Every kommun in the configured database (for the filter bar's kommun choice)."""
    with database.read_snapshot(database.default_engine()) as conn:
        return current_status(conn).kommuner


@contextmanager
def open_view(q: Query, today: date | None = None) -> Iterator[View]:
    """A ``View`` over one read snapshot of the configured database."""
    with database.read_snapshot(database.default_engine()) as conn:
        yield View(conn, q, today)

"""The commitments page ``/loften``: everything it shows, as plain data (no Dash).

Per commitment: its activity log and check-in history, and its before/after estimates
(``analysis.before_after``), read for all commitments at once and cached by data version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard.analysis import before_after
from dashboard.analysis.commitment_detail import Since
from dashboard.analysis.commitments import Commitment
from dashboard.pages.caching import view_cached
from dashboard.pages.views import View, open_view
from dashboard.storage import queries
from dashboard.storage.queries import DataStatus
from dashboard.urls import Query


@dataclass
class CommitmentsPage:
    """The commitments of the query's filters, with what their sections show."""

    status: DataStatus
    kommun: str
    as_of: date
    year: int | None  # the promise's year
    items: list[Commitment]
    area_options: list[tuple[str, str]]  # the filter bar's (slug, name)
    parts: list[str]
    month_span: tuple[tuple[int, int], tuple[int, int]] | None  # None: no crime data
    since: Since  # the ``fran`` month: logs are listed from there
    activities: pd.DataFrame = field(default_factory=pd.DataFrame)  # every item's reports
    checkins: pd.DataFrame = field(default_factory=pd.DataFrame)
    estimates: dict[str, list[before_after.Estimate]] = field(default_factory=dict)

    def activities_of(self, item: Commitment) -> pd.DataFrame:
        return self.activities[self.activities["commitment_id"] == item.id]

    def checkins_of(self, item: Commitment) -> pd.DataFrame:
        return self.checkins[self.checkins["commitment_id"] == item.id]

    def estimates_of(self, item: Commitment) -> list[before_after.Estimate]:
        return self.estimates.get(item.code, [])


def load_commitments_page(q: Query) -> CommitmentsPage:
    """The page for the filters in ``q``, from one read snapshot."""
    with open_view(q) as view:
        items = view.commitments()
        page = CommitmentsPage(
            status=view.status,
            kommun=view.kommun,
            as_of=view.as_of,
            year=items[0].year if items else view.year,
            items=items,
            area_options=view.area_options(),
            parts=view.parts(),
            month_span=view.month_span() if view.status.first_month else None,
            since=Since(q.start_date, view.as_of),
        )
        if items:
            page.activities, page.checkins = _logs(view, tuple(item.id for item in items))
            page.estimates = _estimates(view, items)
    return page


def _logs(view: View, ids: tuple[int, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The activity reports and check-ins of the commitments ``ids``."""
    return view_cached(
        view,
        ("loften.logs", ids),
        lambda: (
            queries.activity_log(view.conn, view.kommun, commitment_ids=ids),
            queries.checkin_history(view.conn, ids),
        ),
    )


def _estimates(view: View, items: list[Commitment]) -> dict[str, list[before_after.Estimate]]:
    status = view.status
    return view_cached(
        view,
        ("loften.ba", tuple(item.code for item in items), view.as_of),
        lambda: before_after.commitment_estimates(
            view.conn,
            view.kommun,
            items,
            as_of=view.as_of,
            first_data=status.first_month,
            last_data=status.latest_month,
        ),
    )

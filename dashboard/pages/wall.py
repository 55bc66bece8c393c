"""The wall screen ``/vaggskarm``: what its views show, as plain data (no Dash).

The views and their order come from the query (``analysis.wall``: ``vyer``, ``omrade``);
each carries its data: the commitments for the overview, the trends page's series and
survey waves for the trends, a ``FocusArea`` (cached by data version) for an area.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard.analysis import wall
from dashboard.analysis.areas import area_infos
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.trends import TrendData
from dashboard.pages.caching import view_cached
from dashboard.pages.views import View, open_view
from dashboard.storage.queries import DataStatus
from dashboard.urls import Query, parse_query


@dataclass
class WallView:
    """One view of the rotation: ``key`` is ``wall.OVERVIEW``, ``TRENDS`` or ``AREA``."""

    key: str
    slug: str | None = None  # the area's, for AREA
    trend: TrendData | None = None  # TRENDS: 12-month sums of thefts and narcotics
    survey: pd.DataFrame | None = None  # TRENDS: ``wall.survey_frame``
    area: wall.FocusArea | None = None  # AREA

    @property
    def id(self) -> str:
        return wall.view_id((self.key, self.slug))


@dataclass
class WallPage:
    """Every view for one query, with the data status they were read at."""

    q: Query
    options: wall.WallOptions
    status: DataStatus
    kommun: str
    as_of: date
    year: int | None  # the promise's year
    items: list[Commitment]
    views: list[WallView] = field(default_factory=list)

    @property
    def version(self) -> int:
        """The data version the views show (the poll compares it with the database's)."""
        return self.status.version


def load_wall_page(params: dict) -> WallPage:
    """The views for the query ``params`` (filters and the wall's own), from one read
    snapshot."""
    q = parse_query(params)
    with open_view(q) as view:
        items = view.commitments()
        page = WallPage(
            q=q,
            options=wall.parse_wall_options(params),
            status=view.status,
            kommun=view.kommun,
            as_of=view.as_of,
            year=items[0].year if items else view.year,
            items=items,
        )
        focus = wall.focus_areas(items, view.areas(), q.areas)
        for key, slug in wall.plan_views(page.options.views, focus):
            if key == wall.OVERVIEW:
                page.views.append(WallView(key))
            elif key == wall.TRENDS:
                page.views.append(
                    WallView(key, trend=wall.trend_data(view), survey=wall.survey_frame(view))
                )
            else:
                area = focus_area(view, slug)
                if area is not None:
                    page.views.append(WallView(key, slug, area=area))
    return page


def focus_area(view: View, slug: str) -> wall.FocusArea | None:
    """``wall.build_focus_area`` for one area's slug, cached by data version."""
    info = {a.slug: a for a in area_infos(view.areas())}.get(slug)
    if info is None:
        return None
    items = view.commitments()
    key = ("wall-focus", slug, view.q.part, view.year, view.as_of)
    return view_cached(view, key, lambda: wall.build_focus_area(view, info, items))

"""The areas' pages: ``/omrade``, the list of areas, and ``/omrade/<område>``, one area
against the whole municipality, as plain data (no Dash)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.area_profile import (
    AreaProfile,
    AreaSummary,
    area_index,
    find_area,
    load_area_profile,
)
from dashboard.analysis.areas import area_infos
from dashboard.pages.views import open_view
from dashboard.storage.queries import DataStatus
from dashboard.urls import Query


@dataclass
class AreasPage:
    """Every area with its last 12 months of thefts and narcotics cases."""

    status: DataStatus
    end: pd.Period | None  # the last month of the 12 (None: no crime data)
    rows: list[AreaSummary]  # the areas, then the whole municipality


@dataclass
class AreaPage:
    """One area's profile, or ``profile`` None where the slug names no area."""

    status: DataStatus
    area_options: list[tuple[str, str]]  # every area's (slug, name)
    profile: AreaProfile | None
    parts: list[str]  # the filter bar's parties and partners
    month_span: tuple[tuple[int, int], tuple[int, int]] | None  # None: no crime data


def load_areas_page(q: Query) -> AreasPage:
    """The list of areas for the filters in ``q``."""
    with open_view(q) as view:
        end, rows = area_index(view)
        return AreasPage(view.status, end, rows)


def load_area_page(q: Query, slug: str) -> AreaPage:
    """The area ``slug`` for the filters in ``q``."""
    with open_view(q) as view:
        return AreaPage(
            status=view.status,
            area_options=view.area_options(),
            profile=load_area_profile(view, slug),
            parts=view.parts(),
            month_span=view.month_span() if view.status.first_month else None,
        )


def area_name(q: Query, slug: str) -> str | None:
    """The name of the area ``slug`` (None: no such area), for the page's title."""
    with open_view(q) as view:
        area = find_area(area_infos(view.areas()), slug)
        return area.name if area else None

"""The wall screen's views in their order, its status line and its title, from the data
of ``dashboard.pages.wall``."""

from __future__ import annotations

from dash import html

from components.frame import status_line
from components.wall_area import area_view
from components.wall_elements import icon, ids
from components.wall_overview import overview_view
from components.wall_trends import trends_view
from dashboard.analysis import wall
from dashboard.figures.wall import promise_period
from dashboard.i18n import t
from dashboard.pages.wall import WallPage
from dashboard.storage.queries import DataStatus


def wall_status(status: DataStatus | None, lang: str) -> list:
    """'Data t.o.m. december 2022 · senast importerad 25 november 2026' (+ demo notice)."""
    parts: list = [html.Span(status_line(status, lang), className="wall-status-text")]
    if status is not None and status.demo:
        parts.append(
            html.Span(
                [icon("bi-info-circle-fill", "me-2"), t("app.demo_badge", lang)],
                className="wall-demo",
                id=ids.DEMO,
            )
        )
    return parts


def build_views(page: WallPage) -> tuple[list, list, str]:
    """The screen for ``page``: (the track's views, the status line, the title)."""
    lang, dark = page.q.lang, page.options.dark
    period = promise_period(page.items)
    views = []
    for view in page.views:
        if view.key == wall.OVERVIEW:
            content = overview_view(page.items, lang, page.as_of)
        elif view.key == wall.TRENDS:
            content = trends_view(view, lang, dark=dark, period=period)
        else:
            content = area_view(view.area, lang, page.year, dark=dark, period=period)
        views.append(html.Section(content, className=f"wall-view wall-view-{view.key}", id=view.id))
    title = t("wall.title", lang, year=page.year or "", kommun=page.kommun)
    return views, wall_status(page.status, lang), title

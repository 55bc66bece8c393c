"""Commitments ``/loften``: every commitment as a section the steering group walks through.

A table of contents links to one section per commitment (id = löfte_id, so
``/loften#P1`` jumps there). Filters: ``omrade``, ``part``, ``ar``; ``till`` sets the
as-of date (as on the overview) and ``fran`` the first month of the listed activity
logs and check-ins.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import dash
import pandas as pd
from dash import dcc, html

from components.commitment_section import commitment_section, contents_table, since_text
from components.filters import filter_bar, month_range
from components.frame import empty_state, frame
from dashboard.analysis import before_after
from dashboard.analysis.commitment_detail import Since
from dashboard.i18n import fmt_date, t
from dashboard.pages.views import open_view
from dashboard.storage import cache, queries
from dashboard.urls import parse_query

dash.register_page(
    __name__,
    path="/loften",
    order=3,
    nav_key="nav.commitments",
    icon="bi-list-check",
    title="Löften",
)

SCROLL_ID = "loften-scroll"


class _Pages:
    """The last few rendered pages (a page holds ~17 figures, a few MB: keep only a few)."""

    def __init__(self, size: int = 12) -> None:
        self.size = size
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, build):
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        value = build()
        with self.lock:
            self.entries[key] = value
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return value


_pages = _Pages()


def _logs(view, ids: tuple[int, ...]) -> tuple[pd.DataFrame, pd.DataFrame]:
    def compute():
        if not ids:
            return queries.activity_log(view.conn, view.kommun).iloc[0:0], pd.DataFrame(
                columns=["commitment_id", "day", "status", "comment"]
            )
        return (
            queries.activity_log(view.conn, view.kommun, commitment_ids=ids),
            queries.checkin_history(view.conn, ids),
        )

    return cache.cached(view.status.version, ("loften.logs", view.kommun, ids), compute)


def _estimates(view, items) -> dict:
    status = view.status
    key = ("loften.ba", view.kommun, tuple(i.code for i in items), view.as_of)
    return cache.cached(
        status.version,
        key,
        lambda: before_after.commitment_estimates(
            view.conn,
            view.kommun,
            items,
            as_of=view.as_of,
            first_data=status.first_month,
            last_data=status.latest_month,
        ),
    )


def _sections(view, items, lang: str) -> list:
    """The table of contents and one section per commitment (cached by data version)."""
    activities, checkins = _logs(view, tuple(i.id for i in items))
    estimates = _estimates(view, items)
    since = Since(view.q.start_date, view.as_of)
    sections = [contents_table(items, lang)]
    for item in items:
        sections.append(
            commitment_section(
                item,
                lang,
                as_of=view.as_of,
                kommun=view.kommun,
                activities=activities[activities["commitment_id"] == item.id],
                checkins=checkins[checkins["commitment_id"] == item.id],
                estimates=estimates.get(item.code, []),
                since=since,
            )
        )
    return sections


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    with open_view(q) as view:
        items = view.commitments()
        months = month_range(*view.month_span()) if view.status.first_month else []
        area_options = view.area_options()
        parts = view.parts()
        status = view.status
        as_of = view.as_of
        kommun = view.kommun
        year = items[0].year if items else view.year
        sections = (
            _pages.get((status.version, q, as_of), lambda: _sections(view, items, lang))
            if items
            else [empty_state(t("loften.none", lang), t("empty.no_match_hint", lang))]
        )
    intro = [
        html.P(
            t(
                "loften.intro",
                lang,
                year=year or "",
                kommun=kommun,
                n=len(items),
                date=fmt_date(as_of, lang),
            ),
            className="lead mb-1",
        )
    ]
    note = since_text(q.start_date, lang)
    if note:
        intro.append(html.P(note, className="text-body-secondary"))
    content = [
        *intro,
        filter_bar(q, area_options, parts, months),
        *sections,
        dcc.Store(id=SCROLL_ID),
    ]
    return frame(q, "/loften", content, status=status, title=t("loften.title", lang))

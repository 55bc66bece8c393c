"""Commitments ``/loften``: every commitment as a section the steering group walks through.

A table of contents links to one section per commitment (id = löfte_id, so
``/loften#P1`` jumps there). Filters: ``omrade``, ``part``, ``ar``; ``till`` sets the
as-of date (as on the overview) and ``fran`` the first month of the listed activity
logs and check-ins. The data: ``dashboard.pages.commitments``.
"""

from __future__ import annotations

import dash
from dash import dcc, html

from components.commitment_section import commitment_section, contents_table, since_text
from components.downloads import links_for, section_links
from components.filters import filter_bar, month_range
from components.frame import empty_state, frame
from dashboard.i18n import fmt_date, t
from dashboard.pages.commitments import CommitmentsPage, load_commitments_page
from dashboard.pages.download_tables import SECTION_TABLES, commitment_tables
from dashboard.urls import parse_query
from layouts.ids import commitments as ids
from layouts.titles import page_title

dash.register_page(
    __name__,
    path="/loften",
    order=3,
    nav_key="nav.commitments",
    icon="bi-list-check",
    title=page_title("nav.commitments"),
)


def sections(page: CommitmentsPage, lang: str, search: str = "") -> list:
    """The table of contents and one section per commitment, with their downloads."""
    tables = commitment_tables(page, lang)
    return [
        contents_table(page.items, lang),
        links_for("loften", tables, "loften", lang, search),
        *[
            commitment_section(
                item,
                lang,
                as_of=page.as_of,
                kommun=page.kommun,
                activities=page.activities_of(item),
                checkins=page.checkins_of(item),
                estimates=page.estimates_of(item),
                since=page.since,
                downloads=section_links(
                    "loften",
                    tables,
                    [f"{item.code}-{suffix}" for suffix in SECTION_TABLES],
                    lang,
                    search,
                ),
            )
            for item in page.items
        ],
    ]


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    page = load_commitments_page(q)
    items = page.items
    months = month_range(*page.month_span) if page.month_span else []
    intro = [
        html.P(
            t(
                "loften.intro",
                lang,
                year=page.year or "",
                kommun=page.kommun,
                n=len(items),
                date=fmt_date(page.as_of, lang),
            ),
            className="lead mb-1",
        )
    ]
    note = since_text(q.start_date, lang)
    if note:
        intro.append(html.P(note, className="text-body-secondary"))
    content = [
        *intro,
        filter_bar(q, page.area_options, page.parts, months),
        *(
            sections(page, lang, q.search())
            if items
            else [empty_state(t("loften.none", lang), t("empty.no_match_hint", lang))]
        ),
        dcc.Store(id=ids.SCROLL),
    ]
    return frame(q, "/loften", content, status=page.status, title=t("loften.title", lang))

"""Overview ``/``: a progress gauge per commitment, grouped by party, and headline figures."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from components.filters import every_control, filter_bar, month_range
from components.frame import empty_state, frame
from components.gauge import commitment_card
from components.headlines import headline_row
from dashboard import contract
from dashboard.i18n import fmt_date, t
from dashboard.pages.views import open_view
from dashboard.urls import parse_query
from layouts.ids import overview as ids
from layouts.titles import page_title

dash.register_page(
    __name__,
    path="/",
    order=0,
    nav_key="nav.overview",
    icon="bi-speedometer2",
    title=page_title("nav.overview"),
)


def layout(**params):
    q = parse_query(params)
    with open_view(q) as view:
        items = view.commitments()
        headlines = view.headlines()
        months = month_range(*view.month_span()) if view.status.first_month else []
        as_of = view.as_of
        year = items[0].year if items else view.year
        area_options = view.area_options()
        parts = view.parts()
        status = view.status
    lang = q.lang
    intro = html.P(
        t("overview.intro", lang, year=year or "", kommun=view.kommun, date=fmt_date(as_of, lang)),
        className="lead",
    )
    groups = []
    for party in contract.PARTIES:
        cards = [commitment_card(item, lang, as_of) for item in items if item.party == party]
        if not cards:
            continue
        groups.append(
            html.Section(
                [
                    html.H2(t(f"party.{party}", lang), className="h3 mt-3"),
                    dbc.Row(
                        [dbc.Col(card, xs=12, md=6, xl=4, xxl=3) for card in cards], className="g-3"
                    ),
                ],
                id=ids.group(party),
            )
        )
    if not groups:
        groups = [empty_state(t("overview.no_commitments", lang), t("empty.no_match_hint", lang))]
    content = [
        intro,
        filter_bar(q, area_options, parts, months),
        headline_row(headlines, lang),
        *groups,
    ]
    return frame(q, "/", content, status=status, title=t("overview.title", lang))


def validation_layout():
    """The filter bar with every control, whatever the data: for the validation layout
    (layouts/validation.py)."""
    return every_control(parse_query({}))

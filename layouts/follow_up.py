"""The meeting ``/uppfoljning``: editors record each commitment's status and comment.

Every commitment of the year (``ar``, default the latest promise) in the steering
group's order, with its computed status and rule, its latest check-in and what moved
since. Editors get the form: a status (grön/gul/röd), a comment and "may be shown to the
public" per commitment, the meeting's date and one save for all (callbacks/follow_up.py,
which checks the editor again on the server).

Who sees what: anonymous visitors are asked to log in (the page is a working tool of
the steering group; ``/loften`` is the walk-through anyone may read). Logged-in viewers
and reporters see the agenda read-only, without the form: a member of the group without
editor rights can follow the meeting. The page depends on who asks, so the page cache
never keeps it (web/page_cache.py) and it is not in the navigation, which the cache
serves alike to everyone: editors reach it from ``/import``, or by its address.
"""

from __future__ import annotations

from datetime import date

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.checkin_form import agenda, date_field, save_button
from components.frame import frame
from components.import_report import alert, icon
from dashboard.i18n import t
from dashboard.pages.follow_up import load_meeting
from dashboard.urls import parse_query
from layouts.ids import follow_up as ids
from layouts.import_page import account_bar
from layouts.titles import page_title
from web import auth

PATH = "/uppfoljning"

dash.register_page(__name__, path=PATH, title=page_title("fu.title"))


def year_links(years: list[int], chosen: int | None, q) -> html.Nav | None:
    """The promise years to choose between, as links (the year travels in the URL)."""
    if len(years) < 2:
        return None
    links = [
        dbc.NavItem(
            dbc.NavLink(
                str(year),
                href=PATH + q.search(year=year),
                active=year == chosen,
                className="fs-5",
            )
        )
        for year in years
    ]
    return html.Nav(
        [html.Span(t("fu.years", q.lang), className="me-2 fs-5"), dbc.Nav(links, pills=True)],
        className="d-flex flex-wrap align-items-center mb-3",
        **{"aria-label": t("fu.years", q.lang)},
    )


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    user = auth.current_user()
    meeting, status = load_meeting(q)
    content: list = [account_bar(user, lang, PATH)]
    if user is None:
        content.append(alert("info", t("fu.login_needed", lang), "bi-lock", id=ids.LOGIN_NEEDED))
        return frame(q, PATH, content, status=status, title=t("fu.title", lang))
    editable = user.is_editor
    content.append(
        html.P(
            t("fu.intro", lang, year=meeting.year or "", kommun=meeting.kommun),
            className="lead fs-4",
        )
    )
    content.append(year_links(meeting.years, meeting.year, q))
    if not editable:
        content.append(alert("info", t("fu.read_only", lang), "bi-eye", id=ids.READ_ONLY))
    else:
        content += [
            dcc.Store(id=ids.CONTEXT, data={"kommun": meeting.kommun, "year": meeting.year}),
            date_field(lang, date.today()),
        ]
    content.append(html.Div(agenda(meeting, lang, editable), id=ids.AGENDA))
    if editable and meeting.items:
        content.append(save_button(lang))
    return html.Div(
        frame(q, PATH, [c for c in content if c is not None], status=status,
              title=[icon("bi-people", "me-2"), t("fu.title", lang)]),
        className="meeting-page",
    )  # fmt: skip


def validation_layout() -> list:
    """What only editors see: for the validation layout (layouts/validation.py)."""
    return [
        dcc.Store(id=ids.CONTEXT),
        date_field("sv", date.today()),
        save_button("sv"),
        html.Div(id=ids.AGENDA),
        dbc.RadioItems(id=ids.status("K1")),
        dcc.Textarea(id=ids.comment("K1")),
        dbc.Checkbox(id=ids.public("K1")),
    ]

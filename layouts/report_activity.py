"""Reporting from the field ``/rapportera``: reporters and editors add one activity from
a phone (390 × 844 without sideways scrolling), get a receipt, and see their own reports
of the last days, each undoable by its author on the day it was made.

Anonymous visitors are asked to log in; viewers are told that reporting needs the role
reporter. Every writing callback checks the role again on the server
(callbacks/report_activity.py). The page depends on who asks, so the page cache never
keeps it, and it is not in the navigation (served alike to everyone by that cache):
reporters keep its address on their phone (``/login?next=/rapportera``) or follow the
link on ``/import``.
"""

from __future__ import annotations

import dash
from dash import html

from components.activity_form import own_reports, report_form
from components.frame import frame
from components.import_report import alert, icon
from dashboard.i18n import t
from dashboard.pages import field_reports
from dashboard.pages.field_reports import ReportChoices, report_choices
from dashboard.storage import database
from dashboard.urls import parse_query
from layouts.ids import report_activity as ids
from layouts.import_page import account_bar
from layouts.titles import page_title
from web import auth

PATH = "/rapportera"

dash.register_page(__name__, path=PATH, title=page_title("rep.title"))


def own_section(reports, lang: str, today) -> html.Section:
    return html.Section(
        [
            html.H2(t("rep.own", lang, days=field_reports.RECENT_DAYS), className="h4 mt-4"),
            html.Div(own_reports(reports, lang, today), id=ids.OWN),
        ]
    )


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    user = auth.current_user()
    choices, status = report_choices(q)
    title = [icon("bi-phone", "me-2"), t("rep.title", lang)]
    content: list = [account_bar(user, lang, PATH)]
    if user is None:
        content.append(alert("info", t("rep.login_needed", lang), "bi-lock", id=ids.LOGIN_NEEDED))
    elif not user.can_report:
        content.append(alert("info", t("rep.not_reporter", lang), "bi-eye", id=ids.NOT_REPORTER))
    else:
        today = field_reports.today()
        content.append(html.P(t("rep.intro", lang), className="lead"))
        content.append(report_form(choices, lang, field_reports.default_day(choices, today)))
        reports = field_reports.own_reports(database.default_engine(), user.name, today)
        content.append(own_section(reports, lang, today))
    body = html.Div(content, className="field-report mx-auto", style={"maxWidth": "40rem"})
    return frame(q, PATH, [body], status=status, title=title)


def validation_layout() -> list:
    """What only reporters see: for the validation layout (layouts/validation.py)."""
    today = field_reports.today()
    return [
        report_form(ReportChoices("", None, [], []), "sv", today),
        own_section([], "sv", today),
        html.Button(id=ids.undo(0)),
    ]

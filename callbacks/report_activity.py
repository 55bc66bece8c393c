"""Callbacks of ``/rapportera``: save one report, undo one of one's own.

Both ask ``auth.require_reporter()`` on the server first (reporters and editors) and write
nothing for anyone else. Saving adds one activity row through the pipeline's add-only
mode; undo is allowed only to the report's author on the day it was made
(``dashboard.pages.field_reports.undo_own_report`` checks both).
"""

from __future__ import annotations

from datetime import date

from dash import ALL, Input, Output, State, callback, ctx, html, no_update
from dash.exceptions import PreventUpdate

from components.activity_form import NO_AREA, own_reports, receipt
from components.import_report import alert
from dashboard.i18n import t
from dashboard.pages import field_reports
from dashboard.pages.field_reports import ReportInput, form_problem, issue_lines
from dashboard.storage import database
from dashboard.urls import parse_search
from layouts.ids import report_activity as ids
from web import auth


def refusal(lang: str):
    return alert("danger", t("rep.refused", lang), "bi-shield-lock", id=ids.REFUSED)


def problems(lines: list[str], lang: str):
    body = [html.P(t("rep.not_saved", lang), className="fw-semibold mb-1")]
    body.append(html.Ul([html.Li(line) for line in lines], className="mb-0"))
    return alert("danger", body, "bi-exclamation-octagon-fill")


def read_form(day_text, code, count, area, comment) -> ReportInput | str:
    """The form as a report, or the catalogue key of what to fix first."""
    if not isinstance(code, str) or not code:
        return "rep.err_commitment"
    try:
        day = date.fromisoformat(day_text) if isinstance(day_text, str) else None
    except ValueError:
        day = None
    if day is None:
        return "rep.err_date"
    wrong = form_problem(count)
    if wrong:
        return wrong
    return ReportInput(
        day=day,
        code=code,
        count=int(float(count)),
        area=area if isinstance(area, str) and area and area != NO_AREA else None,
        comment=comment if isinstance(comment, str) else "",
    )


def _own(user, lang: str):
    today = field_reports.today()
    reports = field_reports.own_reports(database.default_engine(), user.name, today)
    return reports, own_reports(reports, lang, today)


@callback(
    Output(ids.RECEIPT, "children"),
    Output(ids.OWN, "children"),
    Output(ids.COMMENT, "value"),
    Input(ids.SAVE, "n_clicks"),
    State(ids.DATE, "value"),
    State(ids.COMMITMENT, "value"),
    State(ids.COUNT, "value"),
    State(ids.AREA, "value"),
    State(ids.COMMENT, "value"),
    State(ids.CONTEXT, "data"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def save(n_clicks, day_text, code, count, area, comment, context, search):
    if not n_clicks:
        raise PreventUpdate
    q = parse_search(search)
    lang = q.lang
    try:
        user = auth.require_reporter()
    except auth.NotAuthorised:
        return refusal(lang), no_update, no_update
    report = read_form(day_text, code, count, area, comment)
    if isinstance(report, str):
        return problems([t(report, lang)], lang), no_update, no_update
    choices, _ = field_reports.report_choices(q)
    chosen = next((c for c in choices.commitments if c.code == report.code), None)
    outside = field_reports.outside_period(report.day, chosen, lang)
    if outside:
        return problems([outside], lang), no_update, no_update
    party = chosen.party if chosen else None
    context = context if isinstance(context, dict) else {}
    batch = field_reports.save_report(
        database.default_engine(),
        report,
        party=party,
        kommun=str(context.get("kommun") or choices.kommun),
        user=user.name,
        kommuner=user.kommuner,
    )
    if not batch.ok:
        return problems(issue_lines(batch, lang), lang), no_update, no_update
    reports, shown = _own(user, lang)
    import_id = batch.files[0].import_id
    mine = next((r for r in reports if r.import_id == import_id), None)
    done = receipt(mine, lang) if mine else alert("success", t("rep.saved", lang), "bi-check")
    return done, shown, ""


@callback(
    Output(ids.RECEIPT, "children", allow_duplicate=True),
    Output(ids.OWN, "children", allow_duplicate=True),
    Input(ids.undo(ALL), "n_clicks"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def undo(clicks, search):
    trigger = ctx.triggered_id
    if trigger is None or not ctx.triggered or not ctx.triggered[0].get("value"):
        raise PreventUpdate  # buttons appearing in a new list are not clicks
    index = trigger.get("index") if isinstance(trigger, dict) else None
    if not isinstance(index, int):
        raise PreventUpdate
    lang = parse_search(search).lang
    try:
        user = auth.require_reporter()
    except auth.NotAuthorised:
        return refusal(lang), no_update
    result = field_reports.undo_own_report(
        database.default_engine(),
        index,
        user=user.name,
        today=field_reports.today(),
        kommuner=user.kommuner,
    )
    if isinstance(result, str):
        return alert("warning", t(result, lang), "bi-exclamation-triangle"), no_update
    if not result.ok:
        return alert("warning", result.message(lang), "bi-exclamation-triangle"), no_update
    message = t("rep.undo_done", lang, id=result.target.id)
    _, shown = _own(user, lang)
    return alert("secondary", message, "bi-arrow-counterclockwise"), shown

"""Callbacks of ``/uppfoljning``: one save for the whole meeting.

It asks ``auth.require_editor()`` on the server first and writes nothing for anyone
else; then ``dashboard.pages.follow_up.save_checkins`` builds the touched commitments'
rows and imports them through the pipeline under the editor's name.
"""

from __future__ import annotations

from datetime import date

from dash import ALL, Input, Output, State, callback, html, no_update
from dash.exceptions import PreventUpdate

from components.checkin_form import agenda, saved_text
from components.import_report import alert
from dashboard.i18n import t
from dashboard.pages.follow_up import CheckinInput, load_meeting, save_checkins
from dashboard.storage import database
from dashboard.urls import parse_search
from layouts.ids import follow_up as ids
from web import auth


def form_inputs(ids_, statuses, comments, publics) -> list[CheckinInput]:
    """The form's answers per commitment, from the pattern-matching inputs' values."""
    return [
        CheckinInput(
            code=str(found["code"]),
            status=status if isinstance(status, str) else None,
            comment=comment if isinstance(comment, str) else "",
            public=public is True,
        )
        for found, status, comment, public in zip(ids_, statuses, comments, publics, strict=True)
    ]


def parse_day(text) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


@callback(
    Output(ids.RESULT, "children"),
    Output(ids.AGENDA, "children"),
    Input(ids.SAVE, "n_clicks"),
    State(ids.DATE, "value"),
    State(ids.status(ALL), "id"),
    State(ids.status(ALL), "value"),
    State(ids.comment(ALL), "value"),
    State(ids.public(ALL), "value"),
    State(ids.CONTEXT, "data"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def save_meeting(n_clicks, day_text, found_ids, statuses, comments, publics, context, search):
    if not n_clicks:
        raise PreventUpdate
    q = parse_search(search)
    lang = q.lang
    try:
        user = auth.require_editor()
    except auth.NotAuthorised:
        refused = alert("danger", t("fu.refused", lang), "bi-shield-lock", id=ids.REFUSED)
        return refused, no_update
    day = parse_day(day_text)
    if day is None:
        return alert("warning", t("fu.err_date", lang), "bi-calendar-x"), no_update
    context = context if isinstance(context, dict) else {}
    year = context.get("year")
    result = save_checkins(
        database.default_engine(),
        form_inputs(found_ids or [], statuses or [], comments or [], publics or []),
        day,
        kommun=str(context.get("kommun") or q.kommun or ""),
        year=year if isinstance(year, int) else None,
        user=user.name,
        kommuner=user.kommuner,
    )
    if not result.ok:
        lines = result.messages(lang)
        body = [html.P(t("fu.not_saved", lang), className="fw-semibold mb-1")]
        body.append(html.Ul([html.Li(line) for line in lines], className="mb-0"))
        return alert("danger", body, "bi-exclamation-octagon-fill"), no_update
    if not result.saved:
        return alert("secondary", t("fu.unchanged", lang), "bi-info-circle"), no_update
    message = saved_text(result.saved, day, result.import_id, lang)
    meeting, _ = load_meeting(q)
    saved = alert("success", message, "bi-check-circle-fill", id=ids.SAVED)
    return saved, agenda(meeting, lang, editable=True)

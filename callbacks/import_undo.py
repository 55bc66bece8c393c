"""Undo from ``/import``'s log: each import that wrote figures and is not undone has a
button that opens a dialog with what undo would put back (a dry run of
``undo.undo_import``), or why it cannot be undone (the later import to undo first);
the dialog's confirm button undoes it as the editor and refreshes the log. Both ask
``auth.require_editor()`` on the server, and pass the editor's kommuner.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ALL, Input, Output, State, callback, clientside_callback, ctx, no_update
from dash.exceptions import PreventUpdate

from callbacks.import_page import import_log, refusal
from components.import_preview import sentence, undo_body
from components.import_report import alert
from dashboard import accounts
from dashboard.i18n import t
from dashboard.ingest.preview import breakdown
from dashboard.ingest.undo import undo_import
from dashboard.storage import database
from dashboard.urls import parse_search
from layouts.ids import import_page as ids
from web import auth


def _lang(search: str | None) -> str:
    return parse_search(search).lang


def undo_preview(import_id: int, user: accounts.User, lang: str) -> tuple[str, list, bool]:
    """The undo dialog for import ``import_id``: its title, what undo would put back (or
    why it cannot be done), and whether it may go ahead."""
    engine = database.default_engine()
    try:
        result = undo_import(
            engine, import_id, user=user.name, kommuner=user.kommuner, dry_run=True
        )
    except LookupError:
        message = t("undo.unknown", lang, id=import_id)
        return t("imp.undo", lang), undo_body(message, False, [], None, lang), False
    scopes = breakdown(engine, {changes.table: changes for changes in result.changes})
    rows = [row for table_rows in scopes.values() for row in table_rows]
    title = t("imp.undo_title", lang, id=import_id, file=result.target.filename)
    body = undo_body(result.message(lang), result.ok, rows, result.target.kind, lang)
    return title, body, result.ok


def undo_now(import_id: int, user: accounts.User, lang: str) -> dbc.Alert:
    """Undo import ``import_id`` as ``user``; what it did, or why it was refused."""
    try:
        result = undo_import(
            database.default_engine(), import_id, user=user.name, kommuner=user.kommuner
        )
    except LookupError:
        return alert("warning", t("undo.unknown", lang, id=import_id), "bi-exclamation-triangle")
    if not result.ok:
        return alert("warning", sentence(result.message(lang)), "bi-exclamation-triangle-fill")
    return alert("success", result.message(lang), "bi-check-circle-fill", id=ids.UNDO_DONE)


@callback(
    Output(ids.UNDO_DIALOG, "is_open"),
    Output(ids.UNDO_TITLE, "children"),
    Output(ids.UNDO_BODY, "children"),
    Output(ids.UNDO_CONFIRM, "disabled"),
    Output(ids.UNDO_PENDING, "data"),
    Input(ids.undo(ALL), "n_clicks"),
    Input(ids.UNDO_CANCEL, "n_clicks"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def open_undo(undo_clicks, cancel_clicks, search):
    trigger = ctx.triggered_id
    if trigger is None or not ctx.triggered or not ctx.triggered[0].get("value"):
        raise PreventUpdate  # buttons appearing in a new log are not clicks
    if trigger == ids.UNDO_CANCEL:
        return False, no_update, no_update, True, None
    lang = _lang(search)
    try:
        user = auth.require_editor()
    except auth.NotAuthorised:
        return True, t("imp.undo", lang), refusal(lang), True, None
    import_id = int(trigger["index"])
    title, body, ok = undo_preview(import_id, user, lang)
    return True, title, body, not ok, import_id if ok else None


# The confirm button is disabled as soon as it is clicked: one click, one undo.
clientside_callback(
    "function (n) { return true; }",
    Output(ids.UNDO_CONFIRM, "disabled", allow_duplicate=True),
    Input(ids.UNDO_CONFIRM, "n_clicks"),
    prevent_initial_call=True,
)


@callback(
    Output(ids.UNDO_RESULT, "children"),
    Output(ids.LOG, "children", allow_duplicate=True),
    Output(ids.UNDO_DIALOG, "is_open", allow_duplicate=True),
    Output(ids.UNDO_PENDING, "data", allow_duplicate=True),
    Input(ids.UNDO_CONFIRM, "n_clicks"),
    State(ids.UNDO_PENDING, "data"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def confirm_undo(n_clicks, pending, search):
    if not n_clicks or pending is None:
        raise PreventUpdate
    lang = _lang(search)
    try:
        user = auth.require_editor()
    except auth.NotAuthorised:
        return refusal(lang), no_update, False, None
    return undo_now(int(pending), user, lang), import_log(lang), False, None

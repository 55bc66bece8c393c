"""Callbacks of ``/import``. Every one that writes (or previews a write) asks
``auth.require_editor()`` on the server first and writes nothing for anyone else.

Flow: the upload's files go through a size guard in the browser
(assets/import-upload.js) into the store ``import-files``; the preview runs the
import pipeline as a dry run; the confirm button runs it for real with the same
bytes (checked by hash) and the editor's name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os

import dash_bootstrap_components as dbc
from dash import (
    ALL,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    html,
    no_update,
)
from dash.exceptions import PreventUpdate
from flask import request

from components.import_report import MAX_FILES, alert, log_table, outcome, preview, token_list
from components.import_report import ids as report_ids
from dashboard import accounts
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.preview import breakdown
from dashboard.storage import database, queries
from dashboard.urls import parse_search
from layouts.ids import import_page as ids
from web import auth, uploads


class UploadError(ValueError):
    """The upload itself is unusable; ``key`` names the reason in the catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _lang(search: str | None) -> str:
    return parse_search(search).lang


def decode_files(data: dict | None, limit_bytes: int) -> list[tuple[str, bytes]]:
    """The uploaded files as (name, bytes), checked against the size limit (server side)."""
    if not data:
        return []
    if data.get("too_big"):
        raise UploadError("imp.too_big", size=data.get("size") or 0)
    if data.get("too_many"):
        raise UploadError("imp.too_many", n=MAX_FILES)
    names = data.get("names") or []
    contents = data.get("contents") or []
    if not isinstance(names, list) or not isinstance(contents, list) or len(names) != len(contents):
        raise UploadError("imp.bad_upload")
    if len(names) > MAX_FILES:
        raise UploadError("imp.too_many", n=MAX_FILES)
    files, total = [], 0
    for name, content in zip(names, contents, strict=True):
        if not isinstance(name, str) or not isinstance(content, str):
            raise UploadError("imp.bad_upload")
        _, _, payload = content.partition(",")
        try:
            raw = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            raise UploadError("imp.bad_upload") from None
        total += len(raw)
        if total > limit_bytes:
            raise UploadError("imp.too_big", size=total)
        # Only the base name, at most 255 characters, no control characters.
        clean = os.path.basename(name.replace("\\", "/"))
        clean = "".join(ch for ch in clean if ch.isprintable())[:255] or "fil.csv"
        files.append((clean, raw))
    return files


def fingerprint(files: list[tuple[str, bytes]]) -> list[str]:
    return [f"{name}:{hashlib.sha256(data).hexdigest()}" for name, data in files]


def _too_big_text(err: UploadError, lang: str) -> str:
    if err.key == "imp.too_big":
        mb = err.params.get("size", 0) / (1024 * 1024)
        return t("imp.too_big", lang, size=f"{mb:.1f}".replace(".", "," if lang == "sv" else "."),
                 mb=settings().upload_limit_mb)  # fmt: skip
    return t(err.key, lang, **err.params)


def refusal(lang: str):
    return alert("danger", t("imp.refused", lang), "bi-shield-lock", id=ids.REFUSED)


# Size guard in the browser: a file over the limit never leaves the machine.
clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_import", function_name="guard"),
    Output(ids.FILES, "data"),
    Output(ids.UPLOAD, "contents"),
    Input(ids.UPLOAD, "contents"),
    State(ids.UPLOAD, "filename"),
    State(ids.LIMITS, "data"),
    prevent_initial_call=True,
)


@callback(
    Output(ids.PREVIEW, "children"),
    Output(ids.PENDING, "data"),
    Output(ids.CONFIRM, "disabled"),
    Output(ids.RESULT, "children", allow_duplicate=True),
    Input(ids.FILES, "data"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def show_preview(data, search):
    lang = _lang(search)
    try:
        auth.require_editor()
    except auth.NotAuthorised:
        return refusal(lang), None, True, no_update
    if not data:  # nothing chosen, or cleared after a confirmed import (keep its result)
        empty = html.P(t("imp.preview_empty", lang), className="text-body-secondary")
        return empty, None, True, no_update
    try:
        files = decode_files(data, uploads.upload_limit_bytes())
    except UploadError as err:
        message = alert("danger", _too_big_text(err, lang), "bi-exclamation-octagon-fill")
        return message, None, True, None
    engine = database.default_engine()
    batch = import_files(engine, files, dry_run=True, user=auth.current_user().name)
    scopes = breakdown(engine, files, settings().kommun) if batch.ok else {}
    changes = any(f.diff and f.diff.changes for f in batch.files)
    ready = batch.ok and changes
    pending = fingerprint(files) if ready else None
    return preview(batch, scopes, lang), pending, not ready, None


@callback(
    Output(ids.RESULT, "children"),
    Output(ids.LOG, "children"),
    Output(ids.FILES, "data", allow_duplicate=True),
    Input(ids.CONFIRM, "n_clicks"),
    State(ids.FILES, "data"),
    State(ids.PENDING, "data"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def confirm_import(n_clicks, data, pending, search):
    if not n_clicks:
        raise PreventUpdate
    lang = _lang(search)
    try:
        user = auth.require_editor()
    except auth.NotAuthorised:
        return refusal(lang), no_update, no_update
    try:
        files = decode_files(data, uploads.upload_limit_bytes())
    except UploadError as err:
        return (
            alert("danger", _too_big_text(err, lang), "bi-exclamation-octagon-fill"),
            (no_update),
            no_update,
        )
    if not files or pending != fingerprint(files):
        # Only what was previewed is saved: the files changed, or nothing was checked.
        return (
            alert("warning", t("imp.preview_first", lang), "bi-exclamation-triangle"),
            (no_update),
            no_update,
        )
    engine = database.default_engine()
    batch = import_files(engine, files, user=user.name)
    with database.read_snapshot(engine) as conn:
        log = queries.import_log(conn)
    return outcome(batch, lang), log_table(log, lang), None


@callback(
    Output(ids.TOKEN_NEW, "children"),
    Output(ids.TOKEN_LIST, "children"),
    Output(ids.TOKEN_LABEL, "value"),
    Input(ids.TOKEN_CREATE, "n_clicks"),
    Input(report_ids.token_revoke(ALL), "n_clicks"),
    State(ids.TOKEN_LABEL, "value"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def manage_tokens(create_clicks, revoke_clicks, label, search):
    lang = _lang(search)
    trigger = ctx.triggered_id
    if trigger is None or not ctx.triggered or not ctx.triggered[0].get("value"):
        raise PreventUpdate  # buttons appearing in a new list are not clicks
    try:
        user = auth.require_editor()
    except auth.NotAuthorised:
        return refusal(lang), no_update, no_update
    engine = database.default_engine()
    message = None
    clear = no_update
    if trigger == ids.TOKEN_CREATE:
        try:
            _, token = accounts.create_token(engine, label or "", user.name)
        except accounts.AccountError as err:
            message = alert("warning", t(err.key, lang, **err.params), "bi-exclamation-triangle")
        else:
            link = f"{request.host_url.rstrip('/')}/vaggskarm?token={token}"
            message = dbc.Alert(
                [
                    html.P(t("imp.token_created", lang), className="fs-5 mb-2"),
                    html.Code(link, id=ids.TOKEN_LINK, className="d-block text-break fs-6 p-2"),
                ],
                color="success",
            )
            clear = ""
    else:
        if accounts.revoke_token(engine, int(trigger["index"])):
            message = alert("secondary", t("imp.token_revoked", lang), "bi-x-circle")
    tokens = accounts.list_tokens(engine, include_revoked=False)
    return message, token_list(tokens, lang), clear

"""Callbacks of ``/import``. Every one that writes (or previews a write) asks
``auth.require_editor()`` on the server first and writes nothing for anyone else.

Flow: the upload's files go through a size guard in the browser
(assets/import-upload.js) into the store ``import-files``; the preview runs the
import pipeline as a dry run; the confirm button runs it for real with the same
bytes (checked by hash), the same period confirmation and the editor's name. A batch
refused only for dates outside the plausible period shows a box naming them; ticked,
the preview runs again allowing them. Official statistics whose file gives no year or
category (Brå's, as downloaded) show a box with two fields for them; a change checks the
files again with them, and the confirm uses the same. Each import in the log that wrote figures has
an undo button: it opens a dialog with what undo would put back (a dry run), whose
confirm button undoes it and refreshes the log.
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

from components.import_preview import outcome, preview
from components.import_report import LOG_ROWS, MAX_FILES, alert, log_table, token_list
from components.import_report import ids as report_ids
from dashboard import accounts
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.ingest import history, official
from dashboard.ingest.pipeline import import_files
from dashboard.ingest.preview import breakdown
from dashboard.ingest.results import BatchResult
from dashboard.storage import database
from dashboard.urls import parse_search
from layouts.ids import import_page as ids
from web import auth, uploads

# The issues an editor may overrule by confirming the dates (the period box).
PERIOD_KEYS = ("err.implausible_period", "err.implausible_year")
PERIOD_MARK = "allow_period"  # in a preview's fingerprint: it allowed those dates
MAX_DATES_NAMED = 4  # in the box's label; more are counted


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


def fingerprint(
    files: list[tuple[str, bytes]],
    allow_period: bool = False,
    year: int | None = None,
    category: str | None = None,
) -> list[str]:
    """What a confirm must match: each file's name and hash, whether the preview allowed
    dates outside the plausible period (the confirm then does too), and the year and
    category it gave official statistics."""
    marks = [PERIOD_MARK] if allow_period else []
    marks += [
        f"{mark}={value}" for mark, value in (("year", year), ("category", category)) if value
    ]
    return [f"{name}:{hashlib.sha256(data).hexdigest()}" for name, data in files] + marks


def stats_year(value) -> int | None:
    """The year field's value as a year (a number field may send a float or text)."""
    try:
        year = int(float(value))
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2200 else None


def stats_category(value) -> str | None:
    """The category field's value, None for "from the file's name"."""
    return None if value in (None, "", ids.STATS_FROM_NAME) else str(value)


def stats_missing(batch: BatchResult) -> bool:
    """True when a file is official statistics without its year or category."""
    return any(i.key in official.MISSING_KEYS for f in batch.files for i in f.issues)


def implausible_dates(batch: BatchResult) -> list[str]:
    """The dates, as the files write them, when dates outside the plausible period are
    all that is wrong with the batch (then the user may confirm them); else none."""
    issues = [issue for result in batch.files for issue in result.issues]
    if not issues or any(issue.key not in PERIOD_KEYS for issue in issues):
        return []
    return list(dict.fromkeys(issue.value or "" for issue in issues))  # in the files' order


def period_label(dates: list[str], lang: str) -> str:
    """``Ja, 1900-01 och 2200-12 stämmer``: the box's label names the dates it allows."""
    named = dates if len(dates) <= MAX_DATES_NAMED else dates[: MAX_DATES_NAMED - 1]
    if len(named) < len(dates):
        listed = t("imp.dates_more", lang, dates=", ".join(named), n=len(dates) - len(named))
    elif len(named) > 1:
        listed = t("imp.dates_and", lang, dates=", ".join(named[:-1]), last=named[-1])
    else:
        listed = named[0]
    return t("imp.allow_period_one" if len(dates) == 1 else "imp.allow_period_many", lang,
             dates=listed)  # fmt: skip


def preview_files(
    files: list[tuple[str, bytes]],
    user: accounts.User,
    lang: str,
    allow_period: bool = False,
    year: int | None = None,
    category: str | None = None,
) -> tuple[list, list[str] | None, list[str], bool]:
    """The preview of ``files`` for ``user`` (a dry run of the import): what it shows,
    the fingerprint a confirm must match (None: nothing to save), the dates outside the
    plausible period that are all that stops it (to confirm; else empty), and whether
    official statistics lack their year or category (the fields that give them)."""
    engine = database.default_engine()
    batch = import_files(
        engine,
        files,
        dry_run=True,
        user=user.name,
        kommuner=user.kommuner,
        allow_period=allow_period,
        year=year,
        category=category,
    )
    scopes = breakdown(engine, {f.name: f.changes for f in batch.files}) if batch.ok else {}
    ready = batch.ok and any(f.changed for f in batch.files)
    pending = fingerprint(files, allow_period, year, category) if ready else None
    return preview(batch, scopes, lang), pending, implausible_dates(batch), stats_missing(batch)


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
    Output(ids.PERIOD_BOX, "hidden"),
    Output(ids.ALLOW_PERIOD, "label"),
    Output(ids.ALLOW_PERIOD, "value"),
    Output(ids.STATS_BOX, "hidden"),
    Output(ids.STATS_YEAR, "value"),
    Output(ids.STATS_CATEGORY, "value"),
    Input(ids.FILES, "data"),
    Input(ids.ALLOW_PERIOD, "value"),
    State("_pages_location", "search"),
    Input(ids.STATS_YEAR, "value"),
    Input(ids.STATS_CATEGORY, "value"),
    prevent_initial_call=True,
)
def show_preview(data, allow, search, year=None, category=None):
    lang = _lang(search)
    trigger = ctx.triggered_id
    # Ticking the box checks the same files again allowing their dates; new files start
    # with the box unticked and the year and category fields empty, so neither a
    # confirmation nor a year carries over to other files.
    again = trigger in (ids.STATS_YEAR, ids.STATS_CATEGORY)
    ticked = bool(allow) and (trigger == ids.ALLOW_PERIOD or again)
    box = (no_update, no_update, no_update) if ticked else (True, "", False)
    new_files = trigger in (ids.FILES, None)
    fields = (None, ids.STATS_FROM_NAME) if new_files else (no_update, no_update)
    year = None if new_files else stats_year(year)
    category = None if new_files else stats_category(category)
    try:
        user = auth.require_editor()
    except auth.NotAuthorised:
        return refusal(lang), None, True, no_update, True, "", False, True, *fields
    if not data:  # nothing chosen, or cleared after a confirmed import (keep its result)
        empty = html.P(t("imp.preview_empty", lang), className="text-body-secondary")
        return empty, None, True, no_update, *box, True, *fields
    try:
        files = decode_files(data, uploads.upload_limit_bytes())
    except UploadError as err:
        message = alert("danger", _too_big_text(err, lang), "bi-exclamation-octagon-fill")
        return message, None, True, None, *box, True, *fields
    shown, pending, dates, missing = preview_files(
        files, user, lang, allow_period=ticked, year=year, category=category
    )
    if dates:
        box = (False, period_label(dates, lang), box[2])
    # The fields stay while they give something, so a choice can be changed again.
    hidden = not (missing or year or category)
    return shown, pending, pending is None, None, *box, hidden, *fields


@callback(
    Output(ids.RESULT, "children"),
    Output(ids.LOG, "children"),
    Output(ids.FILES, "data", allow_duplicate=True),
    Input(ids.CONFIRM, "n_clicks"),
    State(ids.FILES, "data"),
    State(ids.PENDING, "data"),
    State(ids.ALLOW_PERIOD, "value"),
    State("_pages_location", "search"),
    State(ids.STATS_YEAR, "value"),
    State(ids.STATS_CATEGORY, "value"),
    prevent_initial_call=True,
)
def confirm_import(n_clicks, data, pending, allow, search, year=None, category=None):
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
    allow_period, year, category = bool(allow), stats_year(year), stats_category(category)
    if not files or pending != fingerprint(files, allow_period, year, category):
        # Only what was previewed is saved: the files or the period box changed since.
        return (
            alert("warning", t("imp.preview_first", lang), "bi-exclamation-triangle"),
            (no_update),
            no_update,
        )
    engine = database.default_engine()
    batch = import_files(
        engine,
        files,
        user=user.name,
        kommuner=user.kommuner,
        allow_period=allow_period,
        year=year,
        category=category,
    )
    return outcome(batch, lang), import_log(lang), None


def import_log(lang: str) -> html.Div:
    """The log as an editor sees it: with an undo button on each row that can be undone."""
    with database.read_snapshot(database.default_engine()) as conn:
        entries = history.entries(conn, limit=LOG_ROWS)
    return log_table(entries, lang, ids.undo)


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
        if accounts.revoke_token(engine, int(trigger["index"]), by=user.name):
            message = alert("secondary", t("imp.token_revoked", lang), "bi-x-circle")
    tokens = accounts.list_tokens(engine, include_revoked=False)
    return message, token_list(tokens, lang), clear

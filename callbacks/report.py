"""Report: the print button (in the browser) and the CSV/Excel downloads of each figure."""

from __future__ import annotations

from dash import (
    ALL,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
)
from dash.exceptions import PreventUpdate

from components.report_sheet import ids as sheet_ids
from dashboard.pages import downloads
from dashboard.pages.report import report_table
from dashboard.urls import parse_search
from layouts.ids import report as ids


def download_for(search: str | None, key: str, fmt: str) -> dict:
    """The file for one figure's data, as ``dcc.Download`` wants it (recomputed from the
    URL, so a link always downloads what the page shows)."""
    if fmt not in downloads.FORMATS:
        raise PreventUpdate
    found = report_table(parse_search(search), key)
    if found is None or found.table is None:
        raise PreventUpdate
    content, mime = downloads.encode(found.table, fmt, sheet=key.replace(":", " "))
    return dcc.send_bytes(content, downloads.filename(key, fmt), type=mime)


@callback(
    Output(ids.DOWNLOAD, "data"),
    Input(sheet_ids.download(ALL, ALL), "n_clicks"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def download_figure_data(clicks, search):
    trigger = ctx.triggered_id
    if not trigger or not any(clicks or []):
        raise PreventUpdate
    return download_for(search, trigger["key"], trigger["fmt"])


clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_report", function_name="print"),
    Output(ids.PRINT_DONE, "children"),
    Input(ids.PRINT, "n_clicks"),
    prevent_initial_call=True,
)

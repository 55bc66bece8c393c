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

from dashboard.pages import downloads
from dashboard.pages.report import build_report
from dashboard.pages.views import open_view
from dashboard.urls import parse_search


def download_for(search: str | None, key: str, fmt: str) -> dict:
    """The file for one figure's data, as ``dcc.Download`` wants it (recomputed from the
    URL, so a link always downloads what the page shows)."""
    if fmt not in downloads.FORMATS:
        raise PreventUpdate
    q = parse_search(search)
    with open_view(q) as view:
        tables = build_report(view).figure_tables()
    found = tables.get(key)
    if found is None or found.table is None:
        raise PreventUpdate
    content, mime = downloads.encode(found.table, fmt, sheet=key.replace(":", " "))
    return dcc.send_bytes(content, downloads.filename(key, fmt), type=mime)


@callback(
    Output("report-download", "data"),
    Input({"type": "report-dl", "key": ALL, "fmt": ALL}, "n_clicks"),
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
    Output("report-print-done", "children"),
    Input("report-print", "n_clicks"),
    prevent_initial_call=True,
)

"""Report: the print button (in the browser). Every figure's data is a plain download link
(components/downloads.py, served by web/downloads.py), no callback."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, clientside_callback

from layouts.ids import report as ids

clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_report", function_name="print"),
    Output(ids.PRINT_DONE, "children"),
    Input(ids.PRINT, "n_clicks"),
    prevent_initial_call=True,
)

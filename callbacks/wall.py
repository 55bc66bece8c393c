"""Wall screen: the clientside rotation and the poll that brings in a new import."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback
from dash.exceptions import PreventUpdate

from components.wall_views import build_views
from dashboard.pages.caching import data_version
from dashboard.pages.wall import load_wall_page
from layouts.ids import wall as ids


def refresh(version: int | None, config: dict | None):
    """New views when the data changed since ``version``, else PreventUpdate."""
    if data_version() == version:
        raise PreventUpdate
    page = load_wall_page((config or {}).get("params") or {})
    views, status, title = build_views(page)
    return views, status, title, page.version


clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_wall", function_name="rotate"),
    Output(ids.TRACK, "style"),
    Output(ids.CLOCK, "children"),
    Output(ids.DAY, "children"),
    Output(ids.PAGER, "children"),
    Input(ids.TICK, "n_intervals"),
    Input(ids.STEP, "data"),  # pause, play, previous, next: at once, not at the next tick
    State(ids.CONFIG, "data"),
)


@callback(
    Output(ids.TRACK, "children"),
    Output(ids.STATUS, "children"),
    Output(ids.TITLE, "children"),
    Output(ids.VERSION, "data"),
    Input(ids.POLL, "n_intervals"),
    State(ids.VERSION, "data"),
    State(ids.CONFIG, "data"),
    prevent_initial_call=True,
)
def poll_data_version(_n, version, config):
    return refresh(version, config)

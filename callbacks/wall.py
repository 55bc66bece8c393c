"""Wall screen: the clientside rotation and the poll that brings in a new import."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback
from dash.exceptions import PreventUpdate

from components.wall_views import build_views
from dashboard.storage import database


def current_version() -> int:
    """The data version of the configured database (one tiny query)."""
    with database.read_snapshot(database.default_engine()) as conn:
        return database.data_version(conn)


def refresh(version: int | None, config: dict | None):
    """New views when the data changed since ``version``, else PreventUpdate."""
    if current_version() == version:
        raise PreventUpdate
    views, status, title, new_version = build_views((config or {}).get("params") or {})
    return views, status, title, new_version


clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_wall", function_name="rotate"),
    Output("wall-track", "style"),
    Output("wall-clock", "children"),
    Output("wall-day", "children"),
    Output("wall-pager", "children"),
    Input("wall-tick", "n_intervals"),
    State("wall-config", "data"),
)


@callback(
    Output("wall-track", "children"),
    Output("wall-status", "children"),
    Output("wall-title", "children"),
    Output("wall-version", "data"),
    Input("wall-poll", "n_intervals"),
    State("wall-version", "data"),
    State("wall-config", "data"),
    prevent_initial_call=True,
)
def poll_data_version(_n, version, config):
    return refresh(version, config)

"""Callback of one area's page ``/omrade/<område>``: the "go to area" selector.

Everything else on ``/trender`` and the area pages is links and the shared filter
callback: the pages render from the URL.
"""

from __future__ import annotations

from dash import Input, Output, State, callback, no_update

from dashboard import contract
from layouts.ids import area as ids


def path_for_area(slug: str | None, current: str | None) -> str | object:
    """The path of the area page for ``slug``; ``no_update`` when nothing changes."""
    if not slug:
        return no_update
    path = f"/omrade/{contract.slug(slug)}"
    return no_update if path == (current or "").rstrip("/") else path


@callback(
    Output("_pages_location", "pathname", allow_duplicate=True),
    Input(ids.JUMP, "value"),
    State("_pages_location", "pathname"),
    prevent_initial_call=True,
)
def jump_to_area(slug, pathname):
    return path_for_area(slug, pathname)

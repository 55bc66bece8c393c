"""The kommun choice (filter-kommun) writes ``?kommun=`` to the URL; the page re-renders."""

from __future__ import annotations

from dash import Input, Output, State, callback, no_update

from components.filters import ids as filter_ids
from dashboard.config import settings
from dashboard.urls import keep_page_params, parse_search


def search_for_kommun(search: str | None, kommun: str | None) -> str:
    """The query string showing ``kommun``: its areas are another's, so the area filter goes;
    the configured kommun is the default and leaves the URL."""
    q = parse_search(search)
    chosen = kommun if kommun and kommun != settings().kommun else None
    return keep_page_params(q.search(kommun=chosen, areas=()), search)


@callback(
    Output("_pages_location", "search", allow_duplicate=True),
    Input(filter_ids.KOMMUN, "value"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def write_kommun_to_url(kommun, search):
    new = search_for_kommun(search, kommun)
    return new if new != (search or "") else no_update

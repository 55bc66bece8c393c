"""Callback of the comparison page ``/jamfor``: the choice of kommuner goes to ``med=``;
the page then renders from the URL (the category is a link)."""

from __future__ import annotations

from dash import Input, Output, State, callback, no_update

from dashboard.pages.compare import search_for_chosen
from layouts.ids import compare as ids


@callback(
    Output("_pages_location", "search", allow_duplicate=True),
    Input(ids.FILTER, "value"),
    State("_pages_location", "search"),
    prevent_initial_call=True,
)
def write_chosen_to_url(slugs, search):
    new = search_for_chosen(search, slugs)
    return new if new != (search or "") else no_update

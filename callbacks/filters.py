"""Filter changes are written to the query string; the page then renders from the URL."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State, callback, clientside_callback, no_update

from components.filters import ids
from dashboard import contract
from dashboard.urls import keep_page_params, parse_search


def search_for_filters(
    search: str | None,
    areas: list[str] | None,
    part: str | None,
    period: list[int] | None,
    months: list[str] | None,
) -> str:
    """The new query string for the filter values (full period and no area drop out)."""
    q = parse_search(search)
    start = end = None
    if period and months and (period[0] > 0 or period[1] < len(months) - 1):
        start = tuple(int(x) for x in months[period[0]].split("-"))
        end = tuple(int(x) for x in months[period[1]].split("-"))
    new = q.search(
        areas=tuple(contract.slug(a) for a in (areas or [])),
        part=part or None,
        start=start,
        end=end,
    )
    return keep_page_params(new, search)


# The slider sets its value at every arrow key, and each new URL renders the page anew:
# the period is committed on release, or once the keys rest (assets/zz-site/a11y.js).
clientside_callback(
    ClientsideFunction(namespace="medborgarlofte_filters", function_name="commitPeriod"),
    Output(ids.PERIOD_COMMIT, "data"),
    Input(ids.PERIOD, "value"),
    prevent_initial_call=True,
)


@callback(
    Output("_pages_location", "search", allow_duplicate=True),
    Input(ids.AREAS, "value"),
    Input(ids.PART, "value"),
    Input(ids.PERIOD_COMMIT, "data"),
    State("_pages_location", "search"),
    State(ids.MONTHS, "data"),
    prevent_initial_call=True,
)
def write_filters_to_url(areas, part, period, search, months):
    new = search_for_filters(search, areas, part, period, months)
    return new if new != (search or "") else no_update

"""Ids of the trends page ``/trender`` (layouts/trends.py).

The selectors' options get ``<selector>-<value>`` ids from the link selector
(components/analysis.py); the filter bar's ids are in components/filters.py.
"""

GRAPH = "graph-trend"  # fixed by the contract
FIGURE = "trend-figure"  # the graph with its words and tables
MEASURE = "trend-measure"  # the measure selector (``matt``)
INDICATOR = "trend-indicator"  # the survey question selector (``enkat``)
UNKNOWN_AREAS = "trend-unknown-areas"
EMPTY = "trend-empty"
MONTHLY_WITHHELD = "trend-monthly-withheld"
NO_POPULATION = "trend-no-population"
NO_ACTIVITIES = "trend-no-activities"
CHANGE = "trend-change"  # the change table
NOTES = "trend-notes"
CONTEXT = "trend-context"  # the kommun against the nation (official statistics)


def area_link(slug: str) -> str:
    """The link to a chosen area's own page: ``trend-area-link-hotorget``."""
    return f"trend-area-link-{slug}"

"""Ids of the comparison page ``/jamfor`` (layouts/compare.py, callbacks/compare.py).

The category selector's options get ``<selector>-<value>`` ids from the link selector
(components/analysis.py).
"""

GRAPH = "graph-jamfor"  # fixed by the contract
FILTER = "filter-jamfor"  # the kommuner to compare with (``med=``); fixed by the contract
CATEGORY = "jamfor-brottstyp"  # the category selector (``brottstyp``)
FIGURE = "jamfor-figure"  # the graph with its words and tables
UNKNOWN = "jamfor-unknown"  # the address names kommuner that do not exist
EMPTY = "jamfor-empty"
NOTES = "jamfor-notes"
CHECK = "jamfor-check"  # own monthly data against the official statistics
CHECK_TABLE = "jamfor-check-table"

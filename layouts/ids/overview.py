"""Ids of the overview ``/`` (layouts/overview.py).

The cards' own ids (the contract's ``gauge-<löfte_id>``, ``card-<löfte_id>``) are the card
component's (``ids`` in components/gauge.py); the headline cards' are in
components/headlines.py, the filter bar's in components/filters.py.
"""


def group(party: str) -> str:
    """A party's section of cards: ``group-kommunen``, ``group-polisen``, ``group-tillsammans``."""
    return f"group-{party.lower()}"

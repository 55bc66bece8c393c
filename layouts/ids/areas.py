"""Ids of the list of areas ``/omrade`` (layouts/areas.py)."""

LIST = "area-list"

"""Ids of one area's page ``/omrade/<område>`` (layouts/area.py; the jump selector's
callback in callbacks/area.py)."""

NOT_FOUND = "area-not-found"
LINKS = "area-links"  # every area, where the asked-for one is unknown
SUBTITLE = "area-subtitle"
JUMP = "area-jump"  # the "go to area" selector
TREND_LINK = "area-trend-link"
CRIME_GRAPH = "area-crime-graph"
CRIME_TABLE = "area-crime-table"
SURVEY_GRAPH = "area-survey-graph"
SURVEY_TABLE = "area-survey-table"
ACTIVITIES = "area-activities"
NO_ACTIVITIES = "area-no-activities"
COMMITMENTS = "area-commitments"

"""The page for the citizens (/for-invanare) and the open data behind it."""

ENTRIES: dict[str, dict[str, str]] = {}

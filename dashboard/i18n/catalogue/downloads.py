"""Downloads of every table and figure's data (CSV, Excel)."""

ENTRIES: dict[str, dict[str, str]] = {}

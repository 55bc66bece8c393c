"""Running in production: login throttling, logs, health."""

ENTRIES: dict[str, dict[str, str]] = {}

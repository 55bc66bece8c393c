"""The steering group's meeting (/uppfoljning) and activity reports from the field (/rapportera)."""

ENTRIES: dict[str, dict[str, str]] = {}

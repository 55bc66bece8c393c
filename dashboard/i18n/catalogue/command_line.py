"""The command line's help, messages and refusals."""

ENTRIES: dict[str, dict[str, str]] = {}

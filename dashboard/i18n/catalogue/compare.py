"""Official statistics per kommun: the kind kommunstatistik and the comparison page (/jamfor)."""

ENTRIES: dict[str, dict[str, str]] = {}

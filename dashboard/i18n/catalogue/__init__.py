"""The catalogue: every visible string by key, one module per feature, merged here.

Each module holds ``ENTRIES``, a dict of key -> ``{"sv": ..., "en": ...}``; a key lives
in exactly one module, which ``merge`` checks. Imports nothing but its own modules.
"""

from __future__ import annotations

from types import ModuleType

from dashboard.i18n.catalogue import (
    accessibility,
    accounts,
    area,
    citizens,
    command_line,
    commitments,
    compare,
    downloads,
    follow_up,
    frame,
    import_messages,
    import_page,
    operations,
    overview,
    trends,
    vocabularies,
    wall_report,
)

Entries = dict[str, dict[str, str]]

PARTS: tuple[ModuleType, ...] = (
    frame,
    overview,
    trends,
    area,
    commitments,
    wall_report,
    accounts,
    import_page,
    import_messages,
    vocabularies,
    accessibility,
    follow_up,
    citizens,
    compare,
    operations,
    command_line,
    downloads,
)


def merge(parts: tuple[ModuleType, ...]) -> Entries:
    """All the parts' entries in one dict; a key defined in two parts raises ``ValueError``."""
    merged: Entries = {}
    for part in parts:
        twice = merged.keys() & part.ENTRIES.keys()
        if twice:
            raise ValueError(f"{part.__name__} defines keys already defined: {sorted(twice)}")
        merged.update(part.ENTRIES)
    return merged


CATALOGUE: Entries = merge(PARTS)

"""What an import would change, summarised per area, subject and period, for the preview.

``pipeline.import_files(..., dry_run=True)`` is the authority: it gives each file's
``ChangeSet``. This groups those changes the way a data owner checks them ("Centrum,
stöld, 2022: 11 new, 1 changed (7 → 8), 0 removed") and names areas and commitments
by their names, not their ids. The same grouping describes what an undo would restore.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from dashboard.ingest.changes import Change, ChangeSet
from dashboard.ingest.official import region_name
from dashboard.storage import database, schema

EXAMPLES = 3  # old → new examples shown per group


@dataclass(frozen=True)
class Example:
    """One changed or removed figure: where (a month, a day or a year) and its telling
    value before and after (None: removed); the interface formats them in its language."""

    where: date | int | None
    old: object
    new: object


@dataclass
class ScopeRow:
    """One group's changes: an area (or "" for the whole municipality), a subject (a
    crime category, a survey indicator, a commitment), a period."""

    area: str
    subject: str
    start: date | None
    end: date | None
    new: int = 0
    changed: int = 0
    removed: int = 0
    examples: list[Example] = field(default_factory=list)


def _names(engine: Engine) -> tuple[dict[int, str], dict[int, str]]:
    with database.read_snapshot(engine) as conn:
        areas = dict(conn.execute(sa.select(schema.areas.c.id, schema.areas.c.name)).all())
        commitments = dict(
            conn.execute(sa.select(schema.commitments.c.id, schema.commitments.c.code)).all()
        )
    return areas, commitments


def _group(table: str, change: Change, areas: dict, commitments: dict):
    """(area, subject, year) of a change, where inside it the change is, and which of
    its values says most (a crime's count, a survey's value)."""
    key = change.key
    if table == "crimes":
        return areas.get(key[0], "?"), key[2], date(key[1].year, 1, 1), key[1], 1
    if table == "surveys":
        area = "" if key[1] is None else areas.get(key[1], "?")
        return area, key[3], date(key[2], 1, 1), key[2], 0
    if table in ("activities", "checkins"):
        area = areas.get(key[2], "") if table == "activities" and key[2] else ""
        return area, commitments.get(key[0], "?"), date(key[1].year, 1, 1), key[1], 0
    if table == "kommun_stats":  # (region, year, category): the count
        return region_name(key[0]), key[2], date(key[1], 1, 1), key[1], 0
    if table == "commitments":
        return "", key[2], date(key[1], 1, 1), key[1], 3  # the target
    return key[1], "", None, None, 3  # areas: (kommun, name); the population


def _example(change: Change, where, index: int) -> Example:
    """A change's telling value before and after: the first that differs, or for a
    removed figure the one that says most."""
    if change.old is None or change.new is None:
        return Example(where, change.old and change.old[index], change.new and change.new[index])
    pairs = list(zip(change.old, change.new, strict=True))
    old, new = next(((o, n) for o, n in pairs if o != n), pairs[index])
    return Example(where, old, new)


def rows(changesets: list[ChangeSet], areas: dict, commitments: dict) -> list[ScopeRow]:
    """Every change grouped per area, subject and year, with the span it covers inside
    the year and the first changed or removed figures as examples."""
    grouped: dict[tuple, ScopeRow] = {}
    for changes in changesets:
        for change in changes.changes:
            area, subject, year, where, index = _group(changes.table, change, areas, commitments)
            row = grouped.setdefault((area, subject, year), ScopeRow(area, subject, None, None))
            setattr(row, change.kind, getattr(row, change.kind) + 1)
            at = where if isinstance(where, date) else year
            if at is not None:
                row.start = at if row.start is None else min(row.start, at)
                row.end = at if row.end is None else max(row.end, at)
            if change.kind != "new" and len(row.examples) < EXAMPLES:
                row.examples.append(_example(change, where, index))
    return sorted(grouped.values(), key=lambda r: (r.area, r.subject, r.start or date.min))


def breakdown(engine: Engine, changesets: dict[str, ChangeSet | None]) -> dict[str, list]:
    """Per file name: its changes as ``ScopeRow``s (files without changes left out)."""
    areas, commitments = _names(engine)
    return {
        name: rows([changes], areas, commitments) for name, changes in changesets.items() if changes
    }

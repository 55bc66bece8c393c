"""What an import would change, per area and year, for the browser's preview.

``pipeline.import_files(..., dry_run=True)`` is the authority (it validates and
gives each file's totals); this adds, for the kinds tied to areas (crimes,
surveys), how many rows each area gains, has replaced or keeps, per year. It
reads only: one read snapshot, nothing written.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from dashboard.ingest.header import detect_kind, map_header
from dashboard.ingest.parsers import parse_table
from dashboard.ingest.reader import ReadError, read_table
from dashboard.ingest.refs import Refs
from dashboard.ingest.totals import aggregate_crimes
from dashboard.storage import database, schema

BREAKDOWN_KINDS = ("brott", "enkat")


@dataclass
class ScopeRow:
    """One area's change within one period."""

    area: str  # area name, or "" for the whole municipality
    start: date
    end: date
    added: int = 0
    replaced: int = 0
    unchanged: int = 0


def _classify(existing: dict, new: dict, group) -> dict:
    """Count added / replaced / unchanged keys per ``group(key)``; removed count as replaced."""
    counts: dict = defaultdict(lambda: [0, 0, 0])
    for key, value in new.items():
        if key not in existing:
            counts[group(key)][0] += 1
        elif existing[key] == value:
            counts[group(key)][2] += 1
        else:
            counts[group(key)][1] += 1
    for key in existing:
        if key not in new:
            counts[group(key)][1] += 1
    return counts


def _crime_rows(conn: Connection, records: list[dict], names: dict[int, str]) -> list[ScopeRow]:
    tbl = schema.crimes
    totals = aggregate_crimes(records)
    area_ids = sorted({rec["area_id"] for rec in records})
    first = min(rec["month"] for rec in records)
    last = max(rec["month"] for rec in records)
    existing = {
        (r.area_id, r.month, r.category): r.count
        for r in conn.execute(
            sa.select(tbl.c.area_id, tbl.c.month, tbl.c.category, tbl.c.count).where(
                tbl.c.area_id.in_(area_ids), tbl.c.month.between(first, last)
            )
        )
    }
    counts = _classify(existing, totals, lambda key: (key[0], key[1].year))
    rows = []
    for (area_id, year), (added, replaced, unchanged) in counts.items():
        start = max(first, date(year, 1, 1))
        end = min(last, date(year, 12, 1))
        rows.append(ScopeRow(names.get(area_id, "?"), start, end, added, replaced, unchanged))
    return sorted(rows, key=lambda r: (r.area, r.start))


def _survey_rows(conn: Connection, records: list[dict], names: dict[int, str]) -> list[ScopeRow]:
    tbl = schema.surveys
    scope = {(r["kommun"], r["area_id"], r["year"], r["indicator"]) for r in records}
    cols = ("value", "scale", "respondents")
    existing = {}
    for r in conn.execute(sa.select(tbl).where(tbl.c.kommun.in_({k[0] for k in scope}))):
        if (r.kommun, r.area_id, r.year, r.indicator) in scope:
            key = (r.kommun, r.area_id, r.year, r.indicator, r.sampling)
            existing[key] = tuple(getattr(r, c) for c in cols)
    new = {
        (r["kommun"], r["area_id"], r["year"], r["indicator"], r["sampling"]): tuple(
            r[c] for c in cols
        )
        for r in records
    }
    counts = _classify(existing, new, lambda key: (key[1], key[2]))
    rows = [
        ScopeRow(
            names.get(area_id, "?") if area_id is not None else "",
            date(year, 1, 1),
            date(year, 12, 1),
            added,
            replaced,
            unchanged,
        )
        for (area_id, year), (added, replaced, unchanged) in counts.items()
    ]
    return sorted(rows, key=lambda r: (r.area, r.start))


def breakdown(
    engine: Engine, files: list[tuple[str, bytes]], kommun: str
) -> dict[str, list[ScopeRow]]:
    """Per file name: its change per area and year (crimes and surveys; others are left out).

    A file that cannot be parsed on its own against the stored data (e.g. it refers to
    an area that another file of the batch adds) is left out too: the dry run's totals
    still describe it.
    """
    result: dict[str, list[ScopeRow]] = {}
    with database.read_snapshot(engine) as conn:
        refs = Refs(conn, kommun)
        names = {area_id: name for (area_id, name) in refs.areas.values()}
        for name, data in files:
            try:
                table = read_table(data)
            except ReadError:
                continue
            kind, _ = detect_kind(table.header)
            if kind not in BREAKDOWN_KINDS:
                continue
            index, issues, _ = map_header(table.header, kind)
            if issues:
                continue
            records, issues = parse_table(table, kind, index, refs)
            if issues or not records:
                continue
            if kind == "brott":
                result[name] = _crime_rows(conn, records, names)
            else:
                result[name] = _survey_rows(conn, records, names)
    return result

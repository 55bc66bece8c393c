"""Writing: per kind, what is in a file's scope now, how it differs, and how to replace it.

Each ``apply_*`` returns the ``Diff``; with ``write`` it also writes the file's records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.ingest.results import Diff
from dashboard.ingest.totals import CrimeTotals, crime_totals
from dashboard.storage import database, schema


def _diff_keyed(existing: dict, new: dict) -> Diff:
    diff = Diff()
    for key, value in new.items():
        if key not in existing:
            diff.added += 1
        elif existing[key] == value:
            diff.unchanged += 1
        else:
            diff.replaced += 1
    diff.replaced += sum(1 for key in existing if key not in new)
    return diff


def _diff_multiset(existing: Counter, new: Counter) -> Diff:
    return Diff(
        added=sum((new - existing).values()),
        replaced=sum((existing - new).values()),
        unchanged=sum((existing & new).values()),
    )


def apply_areas(conn: Connection, records: list[dict], write: bool) -> Diff:
    tbl = schema.areas
    existing = {(r.kommun, r.name): r for r in conn.execute(sa.select(tbl))}
    fields = ("type", "parent", "population")
    diff = Diff()
    for rec in records:
        old = existing.get((rec["kommun"], rec["name"]))
        if old is None:
            diff.added += 1
            if write:
                conn.execute(tbl.insert().values(**rec))
        elif all(getattr(old, f) == rec[f] for f in fields):
            diff.unchanged += 1
        else:
            diff.replaced += 1
            if write:
                conn.execute(tbl.update().where(tbl.c.id == old.id).values(**rec))
    return diff


def apply_commitments(conn: Connection, records: list[dict], write: bool) -> Diff:
    tbl = schema.commitments
    links = defaultdict(set)
    for r in conn.execute(sa.select(schema.commitment_areas)):
        links[r.commitment_id].add(r.area_id)
    partners = defaultdict(set)
    for r in conn.execute(sa.select(schema.commitment_partners)):
        partners[r.commitment_id].add(r.partner)
    existing = {(r.kommun, r.year, r.code): r for r in conn.execute(sa.select(tbl))}
    fields = ("party", "text", "indicator", "target", "unit", "rule", "start", "end")
    diff = Diff()
    for rec in records:
        values = {k: v for k, v in rec.items() if k not in ("areas", "partners")}
        old = existing.get((rec["kommun"], rec["year"], rec["code"]))
        if old is not None and (
            all(getattr(old, f) == rec[f] for f in fields)
            and links[old.id] == set(rec["areas"])
            and partners[old.id] == set(rec["partners"])
        ):
            diff.unchanged += 1
            continue
        if old is None:
            diff.added += 1
        else:
            diff.replaced += 1
        if not write:
            continue
        if old is None:
            commitment_id = conn.execute(tbl.insert().values(**values)).inserted_primary_key[0]
        else:
            commitment_id = old.id
            conn.execute(tbl.update().where(tbl.c.id == old.id).values(**values))
            conn.execute(
                schema.commitment_areas.delete().where(
                    schema.commitment_areas.c.commitment_id == old.id
                )
            )
            conn.execute(
                schema.commitment_partners.delete().where(
                    schema.commitment_partners.c.commitment_id == old.id
                )
            )
        if rec["areas"]:
            conn.execute(
                schema.commitment_areas.insert(),
                [{"commitment_id": commitment_id, "area_id": a} for a in rec["areas"]],
            )
        if rec["partners"]:
            conn.execute(
                schema.commitment_partners.insert(),
                [{"commitment_id": commitment_id, "partner": p} for p in rec["partners"]],
            )
    return diff


SCOPE_TERMS = 300  # (commitment, span) terms per statement of apply_activities


def apply_activities(conn: Connection, records: list[dict], write: bool) -> Diff:
    """Scope: per commitment, the span of dates the file covers."""
    tbl = schema.activities
    cols = ("commitment_id", "day", "count", "area_id", "performed_by", "comment")
    spans: dict[int, list[date]] = {}
    for rec in records:
        span = spans.setdefault(rec["commitment_id"], [rec["day"], rec["day"]])
        span[0], span[1] = min(span[0], rec["day"]), max(span[1], rec["day"])
    # One (commitment, span) term per commitment, a few hundred to a statement: SQLite
    # refuses an expression deeper than 1 000 terms.
    items = list(spans.items())
    scopes = [
        sa.or_(
            *(
                sa.and_(tbl.c.commitment_id == cid, tbl.c.day.between(lo, hi))
                for cid, (lo, hi) in items[start : start + SCOPE_TERMS]
            )
        )
        for start in range(0, len(items), SCOPE_TERMS)
    ]
    existing = Counter(
        tuple(r)
        for scope in scopes
        for r in conn.execute(sa.select(*(tbl.c[c] for c in cols)).where(scope))
    )
    new = Counter(tuple(rec[c] for c in cols) for rec in records)
    diff = _diff_multiset(existing, new)
    if write and diff.changes:
        for scope in scopes:
            conn.execute(tbl.delete().where(scope))
        conn.execute(tbl.insert(), records)
    return diff


def apply_checkins(conn: Connection, records: list[dict], write: bool) -> Diff:
    tbl = schema.checkins
    keys = {(rec["commitment_id"], rec["day"]) for rec in records}
    ids = {k[0] for k in keys}
    existing = {
        (r.commitment_id, r.day): (r.status, r.comment)
        for r in conn.execute(sa.select(tbl).where(tbl.c.commitment_id.in_(ids)))
        if (r.commitment_id, r.day) in keys
    }
    new = {(rec["commitment_id"], rec["day"]): (rec["status"], rec["comment"]) for rec in records}
    diff = _diff_keyed(existing, new)
    if write and diff.changes:
        for cid, day in existing:
            conn.execute(tbl.delete().where(tbl.c.commitment_id == cid, tbl.c.day == day))
        conn.execute(tbl.insert(), records)
    return diff


def apply_crimes(conn: Connection, records: list[dict] | CrimeTotals, write: bool) -> Diff:
    """Scope: the file's areas × every month from its first to its last month."""
    tbl = schema.crimes
    # Records from the row path, or totals already summed by the fast path.
    summed = records if isinstance(records, CrimeTotals) else crime_totals(records)
    totals, kommun_of = summed.cells, summed.kommun_of
    first, last = summed.first, summed.last
    scope = sa.and_(tbl.c.area_id.in_(list(kommun_of)), tbl.c.month.between(first, last))
    existing = {
        (r.area_id, r.month, r.category): r.count
        for r in conn.execute(
            sa.select(tbl.c.area_id, tbl.c.month, tbl.c.category, tbl.c.count).where(scope)
        )
    }
    diff = _diff_keyed(existing, totals)
    if write and diff.changes:
        conn.execute(tbl.delete().where(scope))
        database.extend_crime_span(conn, first, last)
        if conn.dialect.name == "sqlite":
            # Straight to the driver, in primary-key order: a national file sums to
            # ~10^5 cells, and SQLAlchemy's per-row parameter handling cost more than
            # SQLite's insert. (SQLAlchemy stores a Date on SQLite as its ISO text.)
            iso = {m: m.isoformat() for m in {key[1] for key in totals}}
            conn.exec_driver_sql(
                "INSERT INTO crimes (area_id, month, category, kommun, count) "
                "VALUES (?, ?, ?, ?, ?)",
                [(a, iso[m], c, kommun_of[a], n) for (a, m, c), n in sorted(totals.items())],
            )
            return diff
        rows = [
            {
                "area_id": a,
                "month": m,
                "category": c,
                "kommun": kommun_of[a],
                "count": n,
            }
            for (a, m, c), n in totals.items()
        ]
        for start in range(0, len(rows), 50_000):
            conn.execute(tbl.insert(), rows[start : start + 50_000])
    return diff


def apply_surveys(conn: Connection, records: list[dict], write: bool) -> Diff:
    """Scope: each (kommun, area, year, indicator) the file gives."""
    tbl = schema.surveys
    scope_keys = {(r["kommun"], r["area_id"], r["year"], r["indicator"]) for r in records}
    kommuner = {k[0] for k in scope_keys}
    value_cols = ("value", "scale", "respondents")
    existing = {}
    for r in conn.execute(sa.select(tbl).where(tbl.c.kommun.in_(kommuner))):
        if (r.kommun, r.area_id, r.year, r.indicator) in scope_keys:
            existing[(r.kommun, r.area_id, r.year, r.indicator, r.sampling)] = (
                tuple(getattr(r, c) for c in value_cols),
                r.id,
            )
    new = {
        (r["kommun"], r["area_id"], r["year"], r["indicator"], r["sampling"]): tuple(
            r[c] for c in value_cols
        )
        for r in records
    }
    diff = _diff_keyed({k: v[0] for k, v in existing.items()}, new)
    if write and diff.changes:
        ids = [v[1] for v in existing.values()]
        for start in range(0, len(ids), 500):
            conn.execute(tbl.delete().where(tbl.c.id.in_(ids[start : start + 500])))
        conn.execute(tbl.insert(), records)
    return diff


APPLIERS = {
    "omraden": apply_areas,
    "loften": apply_commitments,
    "aktiviteter": apply_activities,
    "uppfoljning": apply_checkins,
    "brott": apply_crimes,
    "enkat": apply_surveys,
}

"""Writing: apply a ``ChangeSet`` to its table, figure by figure.

The one writer of every data table, for imports and for undo (which applies an
import's changes backwards). A new figure is inserted, a changed one updated in place
(an area keeps its id, so nothing that points at it moves), a removed one deleted.
Keys are matched null-safely: a survey of the whole municipality has no area.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.ingest.changes import Change, ChangeSet
from dashboard.ingest.scopes import BY_TABLE, COMMITMENTS, Figures
from dashboard.storage import schema

# Rows per executemany: large enough to amortise, small enough for the drivers' limits.
BATCH = 50_000


def _match(figures: Figures, values: tuple[str, ...] = ()) -> sa.ColumnElement:
    """The rows whose key (and ``values`` columns) equal the bound ``k_``/``v_`` params,
    null-safely."""
    return sa.and_(
        *(
            figures.table.c[column].is_not_distinct_from(sa.bindparam(f"k_{column}"))
            for column in figures.key
        ),
        *(
            figures.table.c[column].is_not_distinct_from(sa.bindparam(f"v_{column}"))
            for column in values
        ),
    )


def _params(figures: Figures, change: Change, old: bool) -> dict:
    params = {f"k_{c}": v for c, v in zip(figures.key, change.key, strict=True)}
    values = change.old if old else change.new
    params |= {f"v_{c}": v for c, v in zip(figures.values, values, strict=True)}
    return params


def _row(figures: Figures, key: tuple, values: tuple) -> dict:
    return dict(zip(figures.key, key, strict=True)) | dict(zip(figures.values, values, strict=True))


def _executemany(conn: Connection, statement, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        conn.execute(statement, rows[start : start + BATCH])


def _apply_keyed(conn: Connection, figures: Figures, changes: list[Change]) -> None:
    """Tables whose key names one row (areas, check-ins, crimes, surveys)."""
    tbl = figures.table
    key_match = _match(figures)
    removed = [c for c in changes if c.new is None]
    changed = [c for c in changes if c.old is not None and c.new is not None]
    new = [c for c in changes if c.old is None]
    if removed:
        _executemany(
            conn,
            tbl.delete().where(key_match),
            [{f"k_{c}": v for c, v in zip(figures.key, ch.key, strict=True)} for ch in removed],
        )
    if changed:
        update = (
            tbl.update()
            .where(key_match)
            .values({c: sa.bindparam(f"v_{c}") for c in figures.values})
        )
        _executemany(conn, update, [_params(figures, ch, old=False) for ch in changed])
    if new and tbl is schema.crimes and conn.dialect.name == "sqlite":
        _insert_crimes_sqlite(conn, new)
    elif new:
        _executemany(conn, tbl.insert(), [_row(figures, ch.key, ch.new) for ch in new])


def _insert_crimes_sqlite(conn: Connection, new: list[Change]) -> None:
    """Straight to the driver, in primary-key order: a national file sums to ~10^5 cells,
    and SQLAlchemy's per-row parameter handling cost more than SQLite's insert.
    (SQLAlchemy stores a Date on SQLite as its ISO text.)"""
    rows = sorted((*ch.key, *ch.new) for ch in new)
    conn.exec_driver_sql(
        "INSERT INTO crimes (area_id, month, category, kommun, count) VALUES (?, ?, ?, ?, ?)",
        [
            (area, month.isoformat(), category, kommun, count)
            for area, month, category, kommun, count in rows
        ],
    )


def _apply_rows(conn: Connection, figures: Figures, changes: list[Change]) -> None:
    """Rows that may repeat (activity reports): each change takes or gives one row."""
    tbl = figures.table
    one_row = sa.select(tbl.c.id).where(_match(figures, figures.values)).limit(1)
    for change in changes:
        if change.old is not None:
            row_id = conn.execute(one_row, _params(figures, change, old=True)).scalar()
            if row_id is None:
                raise LookupError(f"{figures.name}: {change.key} {change.old} is not stored")
            if change.new is None:
                conn.execute(tbl.delete().where(tbl.c.id == row_id))
            else:
                new_values = dict(zip(figures.values, change.new, strict=True))
                conn.execute(tbl.update().where(tbl.c.id == row_id).values(new_values))
        else:
            conn.execute(tbl.insert().values(_row(figures, change.key, change.new)))


def _apply_commitments(conn: Connection, changes: list[Change]) -> None:
    """Commitments with their focus areas and partners (link tables)."""
    tbl = schema.commitments
    area_links, partner_links = schema.commitment_areas, schema.commitment_partners
    plain = [v for v in COMMITMENTS.values if v not in ("areas", "partners")]
    for change in changes:
        where = sa.and_(*(tbl.c[c] == v for c, v in zip(COMMITMENTS.key, change.key, strict=True)))
        found = conn.execute(sa.select(tbl.c.id).where(where)).scalar()
        if found is not None:
            conn.execute(area_links.delete().where(area_links.c.commitment_id == found))
            conn.execute(partner_links.delete().where(partner_links.c.commitment_id == found))
        if change.new is None:
            conn.execute(tbl.delete().where(tbl.c.id == found))
            continue
        values = dict(zip(COMMITMENTS.values, change.new, strict=True))
        row = {c: values[c] for c in plain}
        if found is None:
            found = conn.execute(
                tbl.insert().values(dict(zip(COMMITMENTS.key, change.key, strict=True)) | row)
            ).inserted_primary_key[0]
        else:
            conn.execute(tbl.update().where(tbl.c.id == found).values(row))
        if values["areas"]:
            conn.execute(
                area_links.insert(),
                [{"commitment_id": found, "area_id": a} for a in values["areas"]],
            )
        if values["partners"]:
            conn.execute(
                partner_links.insert(),
                [{"commitment_id": found, "partner": p} for p in values["partners"]],
            )


def apply_changes(conn: Connection, changes: ChangeSet) -> None:
    """Write ``changes`` to their table inside the caller's write transaction."""
    if not changes.changes:
        return
    figures = BY_TABLE[changes.table]
    if figures is COMMITMENTS:
        _apply_commitments(conn, changes.changes)
    elif figures.name == "activities":
        _apply_rows(conn, figures, changes.changes)
    else:
        _apply_keyed(conn, figures, changes.changes)

"""Undo an import: put back exactly the figures it added, changed or removed.

In one write transaction, as a new logged import (outcome ``undo``, ``undo_of`` the
target) whose own changes are kept too, so that an undo can itself be undone. Refused,
with nothing written, when ``history.plan_undo`` says so (a later import changed the same
figures, or the figures changed some other way), when a figure it would remove is still
used by others (an area with crime figures), or when it touches a kommun the user may
not change. ``dry_run`` tells what undo would do without doing it (the browser's preview).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from dashboard import contract
from dashboard.i18n import t
from dashboard.ingest import history, official, writers
from dashboard.ingest.changes import ChangeSet
from dashboard.ingest.pipeline import announce, update_crime_span
from dashboard.storage import database, schema


@dataclass
class UndoResult:
    """What undo did (or would do), or why it was refused (a catalogue key and params)."""

    target: history.Entry
    changes: list[ChangeSet] = field(default_factory=list)
    refusal: str | None = None
    params: dict = field(default_factory=dict)
    import_id: int | None = None  # the undo's own entry in the log, once written
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return self.refusal is None

    def message(self, lang: str = "sv") -> str:
        """One line: what undo did or would do, or why it was refused."""
        target = self.target
        if not self.ok:
            return t(self.refusal, lang, **({"id": target.id} | self.params))
        key = "undo.would" if self.dry_run else "undo.done"
        return t(
            key, lang, id=target.id, file=target.filename, undo=self.import_id, **self.counts()
        )

    def counts(self) -> dict[str, int]:
        """Figures the undo adds back, puts back as they were, and removes."""
        return {
            "new": sum(c.new for c in self.changes),
            "changed": sum(c.changed for c in self.changes),
            "removed": sum(c.removed for c in self.changes),
        }


class _Refused(Exception):
    def __init__(self, key: str, **params) -> None:
        super().__init__(key)
        self.key, self.params = key, params


def _kommuner(conn: Connection, changes: list[ChangeSet]) -> set[str]:
    """The kommuner whose figures ``changes`` touch."""
    found: set[str] = set()
    commitment_ids: set[int] = set()
    for changeset in changes:
        for change in changeset.changes:
            if changeset.table in ("activities", "checkins"):
                commitment_ids.add(change.key[0])
            elif changeset.table == "crimes":
                found.update(v[0] for v in (change.old, change.new) if v is not None)
            elif changeset.table == "kommun_stats":  # by region code; the nation is no kommun's
                found.add(official.region_name(change.key[0]))
            else:
                found.add(change.key[0])
    if commitment_ids:
        tbl = schema.commitments
        query = sa.select(tbl.c.kommun).where(tbl.c.id.in_(sorted(commitment_ids)))
        found.update(conn.execute(query).scalars())
    return found


# What points at an area or a commitment: undo cannot remove one while these do.
_REFERENCES = {
    "areas": (
        (schema.crimes, "area_id"),
        (schema.surveys, "area_id"),
        (schema.activities, "area_id"),
        (schema.commitment_areas, "area_id"),
    ),
    "commitments": ((schema.activities, "commitment_id"), (schema.checkins, "commitment_id")),
}


def _in_use(conn: Connection, changes: list[ChangeSet]) -> bool:
    """True when undo would remove an area or a commitment that other figures use."""
    for changeset in changes:
        references = _REFERENCES.get(changeset.table)
        removed = [c.key for c in changeset.changes if c.new is None]
        if not references or not removed:
            continue
        tbl = schema.areas if changeset.table == "areas" else schema.commitments
        columns = ("kommun", "name") if changeset.table == "areas" else ("kommun", "year", "code")
        ids = [
            found
            for key in removed
            if (
                found := conn.execute(
                    sa.select(tbl.c.id).where(
                        *(tbl.c[c] == v for c, v in zip(columns, key, strict=True))
                    )
                ).scalar()
            )
            is not None
        ]
        for table, column in references:
            used = sa.select(sa.func.count()).select_from(table).where(table.c[column].in_(ids))
            if ids and conn.execute(used).scalar():
                return True
    return False


def _plan(conn: Connection, import_id: int, kommuner: frozenset[str] | None) -> UndoResult:
    plan = history.plan_undo(conn, import_id)
    if plan is None:
        raise LookupError(import_id)
    result = UndoResult(plan.target, plan.changes, plan.refusal, plan.params)
    if result.ok and kommuner is not None:
        allowed = {contract.fold(k) for k in kommuner}
        refused = sorted(
            k for k in _kommuner(conn, plan.changes) if contract.fold(k) not in allowed
        )
        if refused:
            result.refusal = "undo.kommun_not_allowed"
            result.params = {"kommun": ", ".join(refused)}
    if result.ok and _in_use(conn, plan.changes):
        result.refusal = "undo.in_use"
    return result


def undo_import(
    engine: Engine,
    import_id: int,
    *,
    user: str,
    kommuner: frozenset[str] | None = None,
    dry_run: bool = False,
) -> UndoResult:
    """Undo import ``import_id``; raises ``LookupError`` for an id the log does not have."""
    if dry_run:
        with database.read_snapshot(engine) as conn:
            result = _plan(conn, import_id, kommuner)
            result.dry_run = True
            return result
    try:
        with database.write_transaction(engine) as conn:
            result = _plan(conn, import_id, kommuner)
            if not result.ok:
                return result
            row = _apply(conn, result, user)
        announce(row, result.import_id)  # committed
    except _Refused as refused:
        result.refusal, result.params, result.import_id = refused.key, refused.params, None
    return result


def _apply(conn: Connection, result: UndoResult, user: str) -> dict:
    target = result.target
    try:  # on a refusal the whole write transaction rolls back
        for changes in result.changes:
            writers.apply_changes(conn, changes)
    except LookupError:  # a repeated row (an activity report) is no longer there
        raise _Refused("undo.changed_since", count=1) from None
    except IntegrityError:  # e.g. an added area that crime figures now point at
        raise _Refused("undo.in_use") from None
    row = {
        "at": history.now(),
        "user": user[:100],
        "filename": target.filename,
        "sha256": target.sha256,
        "kind": target.kind,
        "rows": sum(len(c.changes) for c in result.changes),
        "outcome": "undo",
        "message": f"undo of {target.id}",
        "undo_of": target.id,
    }
    result.import_id = conn.execute(schema.import_log.insert().values(row)).inserted_primary_key[0]
    for changes in result.changes:
        history.record(conn, result.import_id, changes)
    log = schema.import_log
    conn.execute(log.update().where(log.c.id == target.id).values(undone_by=result.import_id))
    update_crime_span(conn, result.changes)
    database.bump_data_version(conn)
    return row

"""The import history: every import's log row and the figures it changed, and undo.

An import's changes are kept in ``import_changes`` in the same transaction as its data
and its log row, so a committed import is always logged and can always be undone. Undo
applies the changes backwards (``writers.apply_changes`` of the inverses) as a new
logged import that names the one it undid. It is refused when a later import, not
itself undone, changed any of the same figures (undo that one first), and when a
figure is no longer what the import left (changed some other way).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.ingest.changes import Change, ChangeSet, inverse
from dashboard.ingest.scopes import BY_TABLE, stored_at
from dashboard.storage import schema

log_table, changes_table = schema.import_log, schema.import_changes

# Every outcome a log row can have; the first and the last wrote figures.
OUTCOMES = ("imported", "unchanged", "rejected", "not_written", "error", "undo")
WRITTEN_OUTCOMES = ("imported", "undo")


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def encode(values: tuple | None) -> str | None:
    if values is None:
        return None
    return json.dumps(
        [list(map(_plain, v)) if isinstance(v, tuple) else _plain(v) for v in values],
        ensure_ascii=False,
        separators=(",", ":"),
    )


# Value columns added to a table's figures after changes were first kept, with the value
# a change kept before then stands for (a check-in's comment was not public).
ADDED_LATER = {("checkins", "public"): False}


def decode(table: str, columns: tuple[str, ...], text: str | None) -> tuple | None:
    """JSON back to the values the table stores: dates from their ISO text."""
    if text is None:
        return None
    tbl = BY_TABLE[table].table
    values = json.loads(text)
    values += [ADDED_LATER[(table, column)] for column in columns[len(values) :]]
    result = []
    for column, value in zip(columns, values, strict=True):
        if isinstance(value, list):
            result.append(tuple(value))
        elif value is not None and column in tbl.c and isinstance(tbl.c[column].type, sa.Date):
            result.append(date.fromisoformat(value))
        else:
            result.append(value)
    return tuple(result)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def record(conn: Connection, import_id: int, changes: ChangeSet) -> None:
    """Keep ``changes`` as the figures import ``import_id`` changed."""
    rows = [
        {
            "import_id": import_id,
            "tbl": changes.table,
            "key": encode(change.key),
            "old": encode(change.old),
            "new": encode(change.new),
        }
        for change in changes.changes
    ]
    for start in range(0, len(rows), 50_000):
        conn.execute(changes_table.insert(), rows[start : start + 50_000])


def changes_of(conn: Connection, import_id: int) -> list[ChangeSet]:
    """The figures import ``import_id`` changed, per table, in the order they were made."""
    by_table: dict[str, ChangeSet] = {}
    query = (
        sa.select(
            changes_table.c.tbl, changes_table.c.key, changes_table.c.old, changes_table.c.new
        )
        .where(changes_table.c.import_id == import_id)
        .order_by(changes_table.c.id)
    )
    for table, key, old, new in conn.execute(query):
        figures = BY_TABLE[table]
        found = by_table.setdefault(table, ChangeSet(table))
        found.changes.append(
            Change(
                decode(table, figures.key, key),
                decode(table, figures.values, old),
                decode(table, figures.values, new),
            )
        )
    return list(by_table.values())


@dataclass
class Entry:
    """One row of the import log, as ``history`` lists it."""

    id: int
    at: datetime
    user: str
    filename: str
    sha256: str
    kind: str | None
    rows: int
    outcome: str
    undo_of: int | None
    undone_by: int | None
    message: str | None = None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "when": self.at.isoformat(timespec="seconds"),
            "who": self.user,
            "file": self.filename,
            "sha256": self.sha256,
            "kind": self.kind,
            "rows": self.rows,
            "outcome": self.outcome,
            "undo_of": self.undo_of,
            "undone": self.undone_by is not None,
            "undone_by": self.undone_by,
        }


def _entries():
    """The log's columns in ``Entry``'s order."""
    return sa.select(*(log_table.c[f.name] for f in fields(Entry)))


def entries(conn: Connection, limit: int | None = None) -> list[Entry]:
    """The import log, newest first."""
    query = _entries().order_by(log_table.c.id.desc())
    if limit:
        query = query.limit(limit)
    return [Entry(*row) for row in conn.execute(query)]


def entry(conn: Connection, import_id: int) -> Entry | None:
    row = conn.execute(_entries().where(log_table.c.id == import_id)).first()
    return Entry(*row) if row else None


@dataclass
class UndoPlan:
    """What undoing an import would do, or why it cannot be done."""

    target: Entry
    changes: list[ChangeSet] = field(default_factory=list)
    refusal: str | None = None  # catalogue key
    params: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.refusal is None


def _later_conflict(conn: Connection, target: Entry, touched: dict[str, set]) -> Entry | None:
    """The newest later import, not undone and not an undo of a later one, that changed
    a figure the target changed."""
    later = conn.execute(
        sa.select(log_table.c.id, log_table.c.undo_of)
        .where(
            log_table.c.id > target.id,
            log_table.c.outcome.in_(WRITTEN_OUTCOMES),
            log_table.c.undone_by.is_(None),
        )
        .order_by(log_table.c.id.desc())
    ).all()
    # An undo of an import after the target put back what that import changed.
    candidates = [row.id for row in later if row.undo_of is None or row.undo_of < target.id]
    for candidate in candidates:
        query = sa.select(changes_table.c.tbl, changes_table.c.key, changes_table.c.old).where(
            changes_table.c.import_id == candidate, changes_table.c.tbl.in_(list(touched))
        )
        # An activity report only added beside others (old NULL) leaves the target's
        # rows as they were: a report from the field stays undoable after a colleague's.
        if any(
            key in touched[table] and not (table == "activities" and old is None)
            for table, key, old in conn.execute(query)
        ):
            return entry(conn, candidate)
    return None


def _current(conn: Connection, changes: ChangeSet) -> list[Change]:
    """The changes whose figure is no longer what the import left."""
    figures = BY_TABLE[changes.table]
    if figures.name == "activities":
        return []  # rows that repeat: checked when applied (a missing row refuses)
    now = stored_at(conn, figures, {change.key for change in changes.changes})
    return [change for change in changes.changes if now.get(change.key) != change.new]


def plan_undo(conn: Connection, import_id: int) -> UndoPlan | None:
    """What undoing ``import_id`` would put back; None for an unknown id."""
    target = entry(conn, import_id)
    if target is None:
        return None
    plan = UndoPlan(target)
    if target.outcome not in WRITTEN_OUTCOMES:
        plan.refusal = "undo.not_written"
        return plan
    if target.undone_by is not None:
        plan.refusal, plan.params = "undo.already", {"by": target.undone_by}
        return plan
    done = changes_of(conn, import_id)
    if not done:
        plan.refusal = "undo.pruned"
        return plan
    touched: dict[str, set] = defaultdict(set)
    for changes in done:
        for change in changes.changes:
            touched[changes.table].add(encode(change.key))
    conflict = _later_conflict(conn, target, touched) if touched else None
    if conflict is not None:
        plan.refusal = "undo.later"
        plan.params = {"later": conflict.id, "file": conflict.filename}
        return plan
    for changes in done:
        stale = _current(conn, changes)
        if stale:
            plan.refusal = "undo.changed_since"
            plan.params = {"count": len(stale)}
            return plan
    # Backwards: the last table written is undone first (check-ins before commitments).
    plan.changes = [
        ChangeSet(changes.table, [inverse(c) for c in reversed(changes.changes)])
        for changes in reversed(done)
    ]
    return plan


def prune(conn: Connection, before: datetime) -> int:
    """Forget the changes of imports logged before ``before`` (they can then no longer
    be undone; their log rows stay). Returns how many change rows went."""
    old = sa.select(log_table.c.id).where(log_table.c.at < before)
    return conn.execute(changes_table.delete().where(changes_table.c.import_id.in_(old))).rowcount

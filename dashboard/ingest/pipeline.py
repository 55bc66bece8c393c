"""The import pipeline shared by the command line and the browser.

``import_files`` works in two steps, so that the write lock is held only to write:

1. **Read and check**, in a read snapshot, without the lock: each file is decoded,
   its kind recognised from the header, every row checked against the contract, the
   stored areas and commitments (and those an earlier file of the batch adds), the
   plausible period, identity numbers anywhere in any cell, and the kommuner the user
   may change.
2. **Write**, only if every file passed, in one write transaction: each file's scope
   (``scopes``) compared with what is stored, exactly those changes written
   (``writers``), the import's log rows and its change history (``history``) kept in
   the same transaction, the data version bumped. If another import committed between
   the steps, step 1 runs again inside the lock.

All or nothing; the same file twice changes nothing; a refused batch is logged too.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Connection, Engine

from dashboard import contract
from dashboard.config import settings
from dashboard.ingest import columnar, history, official, scopes, writers
from dashboard.ingest.changes import ChangeSet
from dashboard.ingest.header import detect_kind, map_header
from dashboard.ingest.parsers import MAX_SECONDS, parse_table
from dashboard.ingest.reader import ReadError, Table, read_table
from dashboard.ingest.refs import Refs, plausible_period
from dashboard.ingest.results import BatchResult, FileResult, Issue
from dashboard.ingest.totals import CrimeTotals, crime_totals
from dashboard.ingest.values import LARGEST
from dashboard.logs import event
from dashboard.storage import database, schema

ORDER = {kind: position for position, kind in enumerate(contract.KINDS)}
log = logging.getLogger(__name__)


@dataclass
class _File:
    result: FileResult
    table: Table | None
    records: list | CrimeTotals | None = None
    notes: list[Issue] | None = None  # warnings from reading the file (``official.adapt``)


def _prepare(
    name: str, data: bytes, kind: str | None, year: int | None = None, category: str | None = None
) -> _File:
    """Read one file and find its kind; the table is None when the file is rejected already.
    ``year`` and ``category`` complete official statistics as published (``official``)."""
    result = FileResult(name=name, sha256=hashlib.sha256(data).hexdigest())
    try:
        # Big plain crime files are read by column (columnar); None: the row path.
        table = columnar.read_fast(data, kind) or read_table(data)
    except ReadError as err:
        result.issues.append(Issue(err.key, params=err.params))
        result.unreadable = err.key not in ("err.bad_quoting", "err.too_wide", "err.too_long")
        return _File(result, None)
    table, kind, issues, notes = official.adapt(table, kind, name, year, category)
    result.rows, result.warnings = len(table.rows), notes
    if issues:
        result.kind, result.issues = kind, issues
        return _File(result, None, notes=notes)
    if kind is None:
        kind, tied = detect_kind(table.header)
        if kind is None:
            personal = [h for h in table.header if contract.looks_personal(h)]
            if personal:
                column = personal[0]
                result.issues.append(
                    Issue("err.personal_column", 1, column, None, {"column": column})
                )
            elif tied:
                result.issues.append(Issue("err.ambiguous_kind", params={"kinds": ", ".join(tied)}))
            else:
                header = ", ".join(table.header)[:200]
                result.issues.append(Issue("err.unknown_kind", params={"header": header}))
            return _File(result, None)
    result.kind = kind
    return _File(result, table, notes=notes)


def _kommuner_of(kind: str, records) -> set[str]:
    if kind == "brott":
        return set(records.kommun_of.values())
    if kind == official.KIND:
        return official.kommuner_of(records)
    return {record["kommun"] for record in records}


def _check(
    conn: Connection,
    files: list[_File],
    kommun: str,
    kommuner: frozenset[str] | None,
    allow_period: bool,
) -> Refs:
    """Step 1: parse and check every file; keeps each file's records or issues."""
    refs = Refs(conn, kommun, None if allow_period else plausible_period(date.today()))
    allowed = None if kommuner is None else {contract.fold(k) for k in kommuner}
    for file in files:
        result, table = file.result, file.table
        file.records = None
        result.issues = [i for i in result.issues if i.key != "err.kommun_not_allowed"]
        if table is None or not result.ok:
            continue
        index, issues, warnings = map_header(table.header, result.kind)
        result.warnings = [*(file.notes or []), *warnings]
        if issues:
            result.issues += issues
            continue
        deadline = time.monotonic() + MAX_SECONDS
        if isinstance(table, columnar.FastTable):  # columnar: CrimeTotals
            records, issues = columnar.parse_crimes(table, index, refs)
        else:
            records, issues = parse_table(table, result.kind, index, refs, deadline)
        if issues:
            result.issues += issues
            continue
        if result.kind == official.KIND:  # districts and notes set aside, with a note
            records = official.finish(records, result)
            if not result.ok:
                continue
        if result.kind == "brott":
            records = records if isinstance(records, CrimeTotals) else crime_totals(records)
            records.complete = "antal" not in index
            over = records.too_large(LARGEST)
            if over is not None:
                result.issues.append(_sum_too_large(over, refs))
                continue
        refused = sorted(
            k
            for k in _kommuner_of(result.kind, records)
            if allowed is not None and contract.fold(k) not in allowed
        )
        if refused:
            result.issues.append(
                Issue("err.kommun_not_allowed", params={"kommun": ", ".join(refused)})
            )
            continue
        if result.kind == "omraden":
            for record in records:
                refs.add_area(record["kommun"], record["name"])
        elif result.kind == "loften":
            for record in records:
                refs.add_commitment(record)
        file.records = records
    return refs


def _sum_too_large(cell: tuple, refs: Refs) -> Issue:
    area_id, month, category = cell
    area = next((name for found, name in refs.areas.values() if found == area_id), "?")
    return Issue(
        "err.sum_too_large",
        params={"area": area, "category": category, "month": f"{month:%Y-%m}"},
    )


def _swap(kind: str, records, areas: dict[int, int], commitments: dict[int, int]):
    """Records with the real ids of areas and commitments the batch has just written."""
    if kind == "brott":
        records.swap_ids(areas)
        return records
    if not (areas or commitments):
        return records
    swapped = []
    for record in records:
        record = dict(record)
        if record.get("area_id") in areas:
            record["area_id"] = areas[record["area_id"]]
        if record.get("commitment_id") in commitments:
            record["commitment_id"] = commitments[record["commitment_id"]]
        if "areas" in record:
            record["areas"] = tuple(sorted(areas.get(a, a) for a in record["areas"]))
        swapped.append(record)
    return swapped


def _real_ids(conn: Connection, kind: str, refs: Refs) -> dict[int, int]:
    """Provisional id → the id the write gave, for the areas or commitments just written."""
    if kind == "omraden":
        tbl, wanted, columns = schema.areas, refs.new_areas, ("kommun", "name")
    else:
        tbl, wanted, columns = schema.commitments, refs.new_commitments, ("kommun", "year", "code")
    if not wanted:
        return {}
    stored = {
        tuple(row[:-1]): row[-1]
        for row in conn.execute(
            tbl.select()
            .with_only_columns(*(tbl.c[c] for c in columns), tbl.c.id)
            .where(tbl.c.kommun.in_({key[0] for key in wanted.values()}))
        )
    }
    return {prov: stored[key] for prov, key in wanted.items() if key in stored}


def _write(
    conn: Connection, files: list[_File], refs: Refs, write: bool, add_only: bool = False
) -> None:
    """Step 2: compare each file with its scope and, with ``write``, apply the changes."""
    areas: dict[int, int] = {}
    commitments: dict[int, int] = {}
    for file in files:
        kind = file.result.kind
        records = _swap(kind, file.records, areas, commitments)
        changes = scopes.compare(conn, kind, records, add_only=add_only)
        file.result.changes = changes
        if not write:
            continue
        writers.apply_changes(conn, changes)
        if kind == "omraden":
            areas |= _real_ids(conn, kind, refs)
        elif kind == "loften":
            commitments |= _real_ids(conn, kind, refs)


def update_crime_span(conn: Connection, changes: list[ChangeSet]) -> None:
    """Keep ``meta``'s crime span right after writing ``changes``: widened by what was
    added, scanned again when anything was removed (it may have shrunk)."""
    crimes = [c for found in changes if found.table == "crimes" for c in found.changes]
    if not crimes:
        return
    if any(change.new is None for change in crimes):
        database.rescan_crime_span(conn)
        return
    months = [change.key[1] for change in crimes]
    database.extend_crime_span(conn, min(months), max(months))


def import_files(
    engine: Engine,
    files: list[tuple[str, bytes]],
    *,
    kind: str | None = None,
    dry_run: bool = False,
    user: str | None = None,
    kommun: str | None = None,
    kommuner: frozenset[str] | None = None,
    allow_period: bool = False,
    add_only: bool = False,
    year: int | None = None,
    category: str | None = None,
) -> BatchResult:
    """Validate and import ``files`` (name, bytes) together: all are written, or none.

    Files are applied in dependency order (areas, commitments, activities, check-ins,
    crimes, surveys). ``dry_run`` checks and compares but writes nothing (the preview);
    ``kommuner`` limits what the user may change (None: all); ``allow_period`` accepts
    dates outside the plausible period (confirmed by the user); ``add_only`` adds an
    activity file's rows beside what is stored, replacing nothing (a report from the
    field; ``scopes.added_only``); ``year`` and ``category`` (``--ar``, ``--brottstyp``)
    complete official statistics whose file does not give them (``official``).
    """
    user = user or current_user()
    kommun = kommun or settings().kommun
    prepared = sorted(
        (_prepare(name, data, kind, year, category) for name, data in files),
        key=lambda file: ORDER.get(file.result.kind or "", len(ORDER)),
    )
    results = [file.result for file in prepared]
    for result in results:
        result.dry_run = dry_run

    def not_written(version: int) -> BatchResult:
        for result in results:
            result.written = False
        if not dry_run:
            _log_refused(engine, results, user)
        return BatchResult(files=results, written=False, dry_run=dry_run, data_version=version)

    with database.read_snapshot(engine) as conn:
        checked_at = database.data_version(conn)
        refs = _check(conn, prepared, kommun, kommuner, allow_period)
        if dry_run and all(result.ok for result in results):
            _write(conn, prepared, refs, write=False, add_only=add_only)
    if dry_run or not all(result.ok for result in results):
        return not_written(checked_at)
    try:
        with database.write_transaction(engine) as conn:
            if database.data_version(conn) != checked_at:  # another import came first
                refs = _check(conn, prepared, kommun, kommuner, allow_period)
                if not all(result.ok for result in results):
                    raise _Refused
            _write(conn, prepared, refs, write=True, add_only=add_only)
            changed = [result.changes for result in results if result.changed]
            _log_written(conn, results, user)
            update_crime_span(conn, changed)
            version = database.bump_data_version(conn) if changed else checked_at
    except _Refused:
        return not_written(checked_at)
    except Exception:
        _log_refused(engine, results, user, outcome="error")
        raise
    for result in results:  # committed: now the logs may say so
        outcome = "imported" if result.changed else "unchanged"
        announce(log_row(result, user, outcome), result.import_id)
    return BatchResult(files=results, written=bool(changed), dry_run=False, data_version=version)


class _Refused(Exception):
    """Checked again inside the lock (another import came first), a file now fails."""


def current_user() -> str:
    """The operating-system user, recorded as who imported when no name is given."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "okänd"


def log_row(result: FileResult, user: str, outcome: str, **extra) -> dict:
    message = "\n".join(issue.render("sv") for issue in result.issues[:20]) or None
    return {
        "at": history.now(),
        "user": user[:100],
        "filename": result.name[:255],
        "sha256": result.sha256,
        "kind": result.kind,
        "rows": result.rows,
        "outcome": outcome,
        "message": message,
    } | extra


def _log_written(conn: Connection, results: list[FileResult], user: str) -> None:
    """Log rows and change history inside the data's own transaction."""
    for result in results:
        outcome = "imported" if result.changed else "unchanged"
        row = log_row(result, user, outcome)
        result.import_id = conn.execute(
            schema.import_log.insert().values(row)
        ).inserted_primary_key[0]
        if result.changed:
            history.record(conn, result.import_id, result.changes)


def _log_refused(
    engine: Engine, results: list[FileResult], user: str, outcome: str | None = None
) -> None:
    """Log a batch that wrote nothing: each file rejected, or valid but not written."""
    rows = [
        log_row(result, user, outcome or ("rejected" if not result.ok else "not_written"))
        for result in results
    ]
    with database.write_transaction(engine) as conn:
        ids = [
            conn.execute(schema.import_log.insert().values(row)).inserted_primary_key[0]
            for row in rows
        ]
    for row, import_id in zip(rows, ids, strict=True):
        announce(row, import_id)


def announce(row: dict, import_id: int | None) -> None:
    """An import log row, once committed, as the event ``import`` (or ``undo``) in the logs."""
    fields = {key: row.get(key) for key in ("user", "sha256", "kind", "rows", "outcome")}
    name = "undo" if row["outcome"] == "undo" else "import"
    event(
        log, name, file=row["filename"], **fields, import_id=import_id, undo_of=row.get("undo_of")
    )

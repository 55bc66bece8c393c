"""The import pipeline shared by the command line and the browser.

``import_files`` reads each file (``reader``, or ``columnar`` for big crime
files), recognises its kind from the header, validates every row against the
contract and the data already stored, and only if every file is valid writes
them all in one transaction. Each kind has a *scope* that a file replaces (e.g.
crimes: its areas × its month span), so importing the same file twice changes
nothing and a corrected file replaces the figures it covers. Every attempt is
logged.
"""

from __future__ import annotations

import getpass
import hashlib
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from dashboard import contract
from dashboard.config import settings
from dashboard.ingest import columnar, writers
from dashboard.ingest.header import detect_kind, map_header
from dashboard.ingest.parsers import parse_table
from dashboard.ingest.reader import ReadError, Table, read_table
from dashboard.ingest.refs import Refs
from dashboard.ingest.results import BatchResult, FileResult, Issue
from dashboard.storage import database, schema


def _prepare(name: str, data: bytes, kind: str | None) -> tuple[FileResult, Table | None]:
    """Read one file and find its kind; the table is None when the file is rejected already."""
    result = FileResult(name=name, sha256=hashlib.sha256(data).hexdigest())
    try:
        # Big plain crime files are read by column (columnar); None: the row path.
        table = columnar.read_fast(data, kind) or read_table(data)
    except ReadError as err:
        result.issues.append(Issue(err.key, params=err.params))
        result.unreadable = err.key != "err.bad_quoting"
        return result, None
    result.rows = len(table.rows)
    if kind is None:
        kind, tied = detect_kind(table.header)
        if kind is None:
            personal = [h for h in table.header if contract.looks_personal(h)]
            if personal:
                result.issues.append(
                    Issue(
                        "err.personal_column",
                        1,
                        personal[0],
                        None,
                        {"column": personal[0]},
                    )
                )
            elif tied:
                result.issues.append(Issue("err.ambiguous_kind", params={"kinds": ", ".join(tied)}))
            else:
                result.issues.append(
                    Issue(
                        "err.unknown_kind",
                        params={"header": ", ".join(table.header)[:200]},
                    )
                )
            return result, None
    result.kind = kind
    return result, table


def import_files(
    engine: Engine,
    files: list[tuple[str, bytes]],
    *,
    kind: str | None = None,
    dry_run: bool = False,
    user: str | None = None,
    kommun: str | None = None,
) -> BatchResult:
    """Validate and import ``files`` (name, bytes) together: all are written, or none.

    Files are applied in dependency order (areas, commitments, activities,
    check-ins, crimes, surveys), each validated against what the earlier ones
    wrote inside the same transaction. ``dry_run`` validates and computes the
    diff but writes nothing (the preview).
    """
    user = user or _current_user()
    kommun = kommun or settings().kommun
    prepared = [_prepare(name, data, kind) for name, data in files]
    order = {k: i for i, k in enumerate(contract.KINDS)}
    prepared.sort(key=lambda p: order.get(p[0].kind or "", len(order)))
    written = False
    version = 0
    try:
        with database.write_transaction(engine) as conn:
            refs = Refs(conn, kommun)
            for result, table in prepared:
                if table is None:
                    continue
                index, issues, warnings = map_header(table.header, result.kind)
                result.warnings += warnings
                if issues:
                    result.issues += issues
                    continue
                if isinstance(table, columnar.FastTable):  # columnar: CrimeTotals
                    records, issues = columnar.parse_crimes(table, index, refs)
                else:
                    records, issues = parse_table(table, result.kind, index, refs)
                if issues:
                    result.issues += issues
                    continue
                result.diff = writers.APPLIERS[result.kind](conn, records, False)
                if result.diff.changes:
                    writers.APPLIERS[result.kind](conn, records, True)
                    if result.kind in ("omraden", "loften"):
                        refs.reload(conn)
            ok = all(r.ok for r, _ in prepared)
            for result, _ in prepared:
                result.written = ok and not dry_run
                result.dry_run = dry_run
            changed = any(r.diff and r.diff.changes for r, _ in prepared)
            if ok and changed and not dry_run:
                version = database.bump_data_version(conn)
                written = True
            else:
                version = database.data_version(conn)
            if not written:
                conn.rollback()
    except Exception:
        _log(engine, prepared, user, "error", dry_run)
        raise
    _log(engine, prepared, user, None, dry_run)
    results = [r for r, _ in prepared]
    return BatchResult(files=results, written=written, dry_run=dry_run, data_version=version)


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "okänd"


def _log(engine: Engine, prepared: list, user: str, forced: str | None, dry_run: bool) -> None:
    """Record every attempt (not dry runs) in the import log, in its own transaction."""
    if dry_run:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    batch_ok = all(r.ok for r, _ in prepared)
    rows = []
    for result, _ in prepared:
        if forced:
            outcome = forced
        elif not result.ok:
            outcome = "rejected"
        elif not batch_ok:
            outcome = "not_written"
        elif result.diff and not result.diff.changes:
            outcome = "unchanged"
        else:
            outcome = "imported"
        message = "\n".join(i.render("sv") for i in result.issues[:20]) or None
        rows.append(
            {
                "at": now,
                "user": user[:100],
                "filename": result.name[:255],
                "sha256": result.sha256,
                "kind": result.kind,
                "rows": result.rows,
                "outcome": outcome,
                "message": message,
            }
        )
    with database.write_transaction(engine) as conn:
        conn.execute(schema.import_log.insert(), rows)

"""Helpers for the tests of import scope, history and undo: the demo data, the state
that undo must give back, the history's own consistency, the command line on a database."""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from conftest import snapshot

from dashboard.config import DEMO_DIR
from dashboard.ingest.pipeline import import_files
from dashboard.storage import database, schema

DEMO_AREAS = [
    line.split(",")[0]
    for line in (DEMO_DIR / "omraden.csv").read_text(encoding="utf-8").splitlines()[1:]
]
CRIME_HEADER = "månad,område,brottstyp,antal\n"


def load_demo(engine) -> None:
    """The bundled demo data, each file its own import (ids 1–6)."""
    files = [(path.name, path.read_bytes()) for path in sorted(DEMO_DIR.glob("*.csv"))]
    result = import_files(engine, files, user="demo")
    assert result.ok and result.written, result.messages()


def run(engine, text: str | bytes, name: str = "fil.csv", **options):
    """Import one file (text or bytes)."""
    data = text.encode() if isinstance(text, str) else text
    return import_files(engine, [(name, data)], **options)


def counts_file(cells: dict[tuple[str, str, str], int]) -> str:
    """A crime file of counts: {(month, area, category): count}."""
    return CRIME_HEADER + "".join(f"{m},{a},{c},{n}\n" for (m, a, c), n in cells.items())


def data_state(engine) -> dict:
    """Every data table as undo must give it back: the snapshot without the history
    itself (``import_changes`` grows with every undo) and the data version (a counter)."""
    state = snapshot(engine)
    state.pop("import_changes")
    state["meta"] = [row for row in state["meta"] if row[0] != "data_version"]
    return state


def log_rows(engine) -> list:
    with engine.connect() as conn:
        log = schema.import_log
        return conn.execute(sa.select(log).order_by(log.c.id)).all()


def kept_changes(engine) -> Counter:
    """How many changed figures the history keeps per import id."""
    with engine.connect() as conn:
        tbl = schema.import_changes
        query = sa.select(tbl.c.import_id, sa.func.count()).group_by(tbl.c.import_id)
        return Counter(dict(conn.execute(query).all()))


def assert_history_consistent(engine) -> None:
    """Every import that wrote figures keeps its changes, and only those do."""
    kept = kept_changes(engine)
    writers = {row.id for row in log_rows(engine) if row.outcome in ("imported", "undo")}
    assert set(kept) == writers, (kept, writers)


def crime_span(engine):
    with engine.connect() as conn:
        return database.crime_span(conn)

"""How much room the import history takes, and what keeping it costs an import.

    python -m benchmarks.history_size --scale region|nation [--work DIR]

Loads the scale's generated files (``benchmarks.common.ensure_scale`` makes them) into a
fresh SQLite database through the real pipeline, then reports the rows of
``import_changes``, the database's size with the history and after pruning it
(``python -m dashboard history --prune-before``), and the time of the load.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from benchmarks.common import DEFAULT_WORK, ensure_scale


def _compacted(path: Path) -> int:
    """The file's size once rewritten without free pages (as a long-lived database)."""
    with sqlite3.connect(path) as conn:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> None:
    from dashboard.demo import scale_files
    from dashboard.ingest import history
    from dashboard.storage import database, schema

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="region", choices=("region", "nation"))
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    args = parser.parse_args()
    ensure_scale(args.work, args.scale)  # the generated files
    path = args.work / f"{args.scale}-history.sqlite"
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    engine = database.make_engine(f"sqlite:///{path}")
    database.migrate(engine)
    started = time.perf_counter()
    scale_files.load(args.work / args.scale, engine, progress=lambda _m: None)
    seconds = time.perf_counter() - started
    with engine.connect() as conn:
        count = sa.select(sa.func.count())
        rows = conn.execute(count.select_from(schema.import_changes)).scalar()
        cells = conn.execute(count.select_from(schema.crimes)).scalar()
    engine.dispose()
    with_history = _compacted(path)
    with database.write_transaction(engine) as conn:
        pruned = history.prune(conn, datetime.now() + timedelta(days=1))
    engine.dispose()
    without = _compacted(path)
    print(f"{args.scale}: {cells} crime cells, {rows} history rows, load {seconds:.1f} s")
    print(f"database {with_history / 2**20:.1f} MiB with the history, {without / 2**20:.1f} MiB")
    print(
        f"after pruning {pruned} rows: the history took {(with_history - without) / 2**20:.1f} MiB"
    )


if __name__ == "__main__":
    main()

"""Copy a whole database into another, e.g. from SQLite to PostgreSQL, losing nothing.

    python -m dashboard copy-db --to postgresql+psycopg://USER:PW@HOST/DB [--from URL]

(``python -m dashboard.storage.copy`` with the same options, the older entry point, still
works, in English only.)

``--from`` defaults to the configured ``DATABASE_URL``. Both are brought to the
current schema first (``database.migrate``, which never drops data). The target must
hold no data yet. Every table is copied row for row with its ids (areas, crimes,
surveys, commitments and their reports, the import log, accounts, link tokens, the
data version) in one transaction; PostgreSQL's id sequences are then moved past the
copied ids, and the row counts of every table are compared. Exit status 0 when the
copy is complete, 1 when the target already holds data, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from dashboard.config import settings
from dashboard.storage import database, schema

BATCH = 10_000


class TargetNotEmpty(RuntimeError):
    """The target database already holds data (its tables and row counts)."""


class SameDatabase(ValueError):
    """Source and target name the same database."""


def counts(engine: Engine) -> dict[str, int]:
    """Rows per table of the schema."""
    with engine.connect() as conn:
        return {
            table.name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            for table in schema.metadata.sorted_tables
        }


def copy_database(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; returns rows per table."""
    database.migrate(source)
    database.migrate(target)
    filled = {name: n for name, n in counts(target).items() if n and name != "meta"}
    if filled:
        raise TargetNotEmpty(", ".join(f"{name}: {n}" for name, n in sorted(filled.items())))
    copied: dict[str, int] = {}
    with source.connect() as read, database.write_transaction(target) as write:
        for table in schema.metadata.sorted_tables:
            if table is schema.meta:
                write.execute(schema.meta.delete())
            result = read.execution_options(yield_per=BATCH).execute(sa.select(table))
            copied[table.name] = 0
            for batch in result.mappings().partitions(BATCH):
                write.execute(table.insert(), [dict(row) for row in batch])
                copied[table.name] += len(batch)
        if target.dialect.name == "postgresql":
            for table in schema.metadata.sorted_tables:
                if "id" in table.c and table.c.id.autoincrement and table.c.id.primary_key:
                    write.execute(
                        sa.text(
                            "SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                            f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
                            f"(SELECT MAX(id) FROM {table.name}) IS NOT NULL)"
                        ),
                        {"t": table.name},
                    )
    after = counts(target)
    wrong = {name: (n, after[name]) for name, n in copied.items() if after[name] != n}
    if wrong:
        raise RuntimeError(f"row counts differ after the copy: {wrong}")
    return copied


def copy_urls(source_url: str, target_url: str) -> dict[str, int]:
    """``copy_database`` between two SQLAlchemy URLs; ``SameDatabase`` if they are one."""
    if source_url == target_url:
        raise SameDatabase(source_url)
    source, target = database.make_engine(source_url), database.make_engine(target_url)
    try:
        return copy_database(source, target)
    finally:
        source.dispose()
        target.dispose()


def main(argv=None) -> int:
    """The older entry point (see ``python -m dashboard copy-db``)."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.storage.copy", description=__doc__)
    parser.add_argument("--from", dest="source", help="default: DATABASE_URL")
    parser.add_argument("--to", dest="target", required=True)
    args = parser.parse_args(argv)
    try:
        copied = copy_urls(args.source or settings().database_url, args.target)
    except SameDatabase:
        parser.error("--from and --to name the same database")
    except TargetNotEmpty as err:
        print(f"the target already holds data ({err}); nothing copied", file=sys.stderr)
        return 1
    for name, n in copied.items():
        print(f"{name:22} {n:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

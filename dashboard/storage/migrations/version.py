"""Where a database stands: its revision, read with plain SQL so that no Alembic is needed."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.storage.schema import meta

HEAD = "0007"
# A revision writes its number to meta.schema_version (readers from before Alembic).
SCHEMA_VERSION = int(HEAD)
VERSION_TABLE = "alembic_version"

_version_table = sa.table(VERSION_TABLE, sa.column("version_num", sa.String))


def schema_version(conn: Connection) -> int:
    """The schema version stored in ``meta``, 0 for an empty database."""
    if not sa.inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value or 0)


def at_head(conn: Connection) -> bool:
    """True when the database is at ``HEAD`` and its version table says so."""
    inspector = sa.inspect(conn)
    return (
        inspector.has_table("meta")
        and inspector.has_table(VERSION_TABLE)
        and _stamped(conn) == HEAD
    )


def current(conn: Connection) -> str | None:
    """The revision the database is at; None for an empty one."""
    inspector = sa.inspect(conn)
    if not inspector.has_table("meta"):
        # Also when metadata.drop_all (tests, benchmarks) left the version table behind.
        return None
    if inspector.has_table(VERSION_TABLE):
        return _stamped(conn)
    # Made before Alembic: what version N built is what revision N builds.
    version = schema_version(conn)
    if version not in (1, 2, 3):
        raise RuntimeError(f"meta.schema_version is {version}: not a database this code made")
    return f"{version:04d}"


def _stamped(conn: Connection) -> str | None:
    return conn.execute(sa.select(_version_table.c.version_num)).scalar()

"""The database: engines, transactions, migration on first use, and the data version.

SQLAlchemy Core over an embedded SQLite file by default, any SQLAlchemy URL
(e.g. PostgreSQL) through ``DATABASE_URL``. Writers run one at a time
(``write_transaction``); readers see one committed snapshot (``read_snapshot``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from dashboard.storage.migrations import version as migration_version
from dashboard.storage.schema import areas, crimes, meta

# For their readers: the newest schema version, and the one a database stores in ``meta``.
SCHEMA_VERSION = migration_version.SCHEMA_VERSION
schema_version = migration_version.schema_version

# Serialises writers inside one process; SQLite's BEGIN IMMEDIATE and
# PostgreSQL's advisory lock serialise them across processes.
_WRITE_LOCK = threading.Lock()
_ENGINES: dict[str, Engine] = {}
_WRITE_LOCK_ID = 74_2022  # advisory lock key for PostgreSQL


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; SQLite gets WAL, foreign keys and immediate writes."""
    if url.startswith("sqlite"):
        path = sa.engine.make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @sa.event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):  # pragma: no cover - driver hook
            # Take over transaction control so that BEGIN IMMEDIATE is possible.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if path and path != ":memory:":
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def _on_begin(conn):  # pragma: no cover - driver hook
            immediate = conn.get_execution_options().get("write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return sa.create_engine(url, pool_pre_ping=True, isolation_level="REPEATABLE READ")


def get_engine(url: str) -> Engine:
    """One shared, schema-checked engine per URL."""
    engine = _ENGINES.get(url)
    if engine is None:
        engine = make_engine(url)
        migrate(engine)
        _ENGINES[url] = engine
    return engine


def dispose_all() -> None:
    """Close every cached engine (tests, and forked server workers)."""
    for engine in _ENGINES.values():
        engine.dispose()
    _ENGINES.clear()


def migrate(engine: Engine) -> int:
    """Create or upgrade the schema to the newest revision, keeping all data.

    The revision is read first without the write lock, so that opening a current database
    never waits for a running import; only a database behind it takes the lock.
    """
    with read_snapshot(engine) as conn:
        if migration_version.at_head(conn):
            return SCHEMA_VERSION
    # Importing Alembic takes about 0.2 s: only a database that needs an upgrade pays it.
    from dashboard.storage.migrations import upgrade

    if engine.dialect.name != "sqlite":
        with write_transaction(engine) as conn:
            upgrade.to_head(conn)
        return SCHEMA_VERSION
    # A revision may rebuild a table that others refer to (SQLite's way to change a
    # table): foreign keys off for it, as SQLite prescribes, switched off before the
    # transaction (they cannot be inside one) and every reference checked before commit.
    with _WRITE_LOCK, engine.connect() as conn:
        driver = conn.connection.driver_connection  # outside SQLAlchemy's transaction
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.execution_options(write=True).begin():
                upgrade.to_head(conn)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration broke references: {broken[:5]}")
        finally:
            driver.execute("PRAGMA foreign_keys=ON")
    return SCHEMA_VERSION


def _set_meta(conn: Connection, key: str, value: str) -> None:
    updated = conn.execute(meta.update().where(meta.c.key == key).values(value=value)).rowcount
    if not updated:
        conn.execute(meta.insert().values(key=key, value=value))


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the database's write lock: writers run one at a time."""
    with _WRITE_LOCK, engine.connect() as conn:
        conn = conn.execution_options(write=True)
        if engine.dialect.name == "postgresql":
            # Writers must see what the writer before them committed: under the engine's
            # REPEATABLE READ the snapshot would be taken while waiting for the lock.
            conn = conn.execution_options(isolation_level="READ COMMITTED")
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK_ID})
            yield conn


@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction: every query inside sees the same committed data."""
    with engine.connect() as conn, conn.begin():
        yield conn


def data_version(conn: Connection) -> int:
    """A counter bumped by every import that changes data (caches key on it)."""
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "data_version")).scalar()
    return int(value or 0)


def bump_data_version(conn: Connection) -> int:
    """Increase the data version inside the current write transaction."""
    version = data_version(conn) + 1
    _set_meta(conn, "data_version", str(version))
    return version


# The months the crime data covers, kept in ``meta`` by the one writer of ``crimes``
# (ingest.pipeline and ingest.undo): every view asks for them, and reading them from the
# table scans every stored cell (~80 ms nationally), while an index on the month made
# every import slower by as much. A write that only adds or changes cells widens the
# span by its months (``extend_crime_span``); one that removes cells rescans it
# (``rescan_crime_span``), so that the span can shrink.
CRIME_SPAN = "crime_months"


def crime_span(conn: Connection) -> tuple[date | None, date | None]:
    """(first, last) month of the stored crime data; (None, None) when there is none."""
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == CRIME_SPAN)).scalar()
    if value is None:  # a database written before schema 3 kept it, or by hand
        return _scan_crime_span(conn)
    if not value:
        return None, None
    first, last = value.split("/")
    return date.fromisoformat(first), date.fromisoformat(last)


def extend_crime_span(conn: Connection, first: date, last: date) -> None:
    """Widen the stored span by a write's months (inside the write's transaction)."""
    old_first, old_last = crime_span(conn)
    _store_crime_span(
        conn,
        first if old_first is None else min(first, old_first),
        last if old_last is None else max(last, old_last),
    )


def rescan_crime_span(conn: Connection) -> None:
    """Recompute the stored span from the table (after a write removed cells, so the
    span may shrink: a month typed as 2200 and then undone must not stay the last)."""
    _store_crime_span(conn, *_scan_crime_span(conn))


def _scan_crime_span(conn: Connection) -> tuple[date | None, date | None]:
    first, last = conn.execute(
        sa.select(sa.func.min(crimes.c.month), sa.func.max(crimes.c.month))
    ).one()
    return _as_date(first), _as_date(last)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    return date.fromisoformat(str(value)[:10])


def _store_crime_span(conn: Connection, first: date | None, last: date | None) -> None:
    _set_meta(conn, CRIME_SPAN, f"{first.isoformat()}/{last.isoformat()}" if first else "")


def is_empty(conn: Connection) -> bool:
    """True when no area has been imported yet."""
    return conn.execute(sa.select(sa.func.count()).select_from(areas)).scalar() == 0


def default_engine() -> Engine:
    """The engine for the configured ``DATABASE_URL``."""
    from dashboard.config import settings

    return get_engine(settings().database_url)

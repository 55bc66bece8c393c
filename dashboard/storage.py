"""The database: schema (with a version, migrated on start), engine set-up and data version.

SQLAlchemy Core over an embedded SQLite file by default, any SQLAlchemy URL
(e.g. PostgreSQL) through ``DATABASE_URL``. Crimes are stored aggregated per
area, month and category, which is what every view asks for.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

SCHEMA_VERSION = 3

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.String(255), nullable=False),
)

areas = sa.Table(
    "areas",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("slug", sa.String(200), nullable=False),
    sa.Column("type", sa.String(100)),
    sa.Column("parent", sa.String(200)),
    sa.Column("population", sa.Integer),
    sa.UniqueConstraint("kommun", "name"),
    sa.Index("ix_areas_kommun_slug", "kommun", "slug"),
)

commitments = sa.Table(
    "commitments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("party", sa.String(20), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("indicator", sa.Text, nullable=False),
    sa.Column("target", sa.Float, nullable=False),
    sa.Column("unit", sa.String(200)),
    sa.Column("rule", sa.String(20), nullable=False),
    sa.Column("start", sa.Date, nullable=False),
    sa.Column("end", sa.Date, nullable=False),
    sa.UniqueConstraint("kommun", "year", "code"),
)

commitment_areas = sa.Table(
    "commitment_areas",
    metadata,
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), primary_key=True),
    sa.Column("area_id", sa.ForeignKey("areas.id"), primary_key=True),
)

commitment_partners = sa.Table(
    "commitment_partners",
    metadata,
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), primary_key=True),
    sa.Column("partner", sa.String(200), primary_key=True),
)

activities = sa.Table(
    "activities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Column("area_id", sa.ForeignKey("areas.id")),
    sa.Column("performed_by", sa.String(200)),
    sa.Column("comment", sa.Text),
    sa.Index("ix_activities_commitment_day", "commitment_id", "day"),
)

checkins = sa.Table(
    "checkins",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("commitment_id", sa.ForeignKey("commitments.id"), nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("comment", sa.Text),
    sa.UniqueConstraint("commitment_id", "day"),
)

crimes = sa.Table(
    "crimes",
    metadata,
    sa.Column("area_id", sa.ForeignKey("areas.id"), primary_key=True),
    sa.Column("month", sa.Date, primary_key=True),
    sa.Column("category", sa.String(20), primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    # NULL: not published (".." in the file) – never confused with zero.
    sa.Column("count", sa.Integer),
    sa.Index("ix_crimes_kommun_category_month", "kommun", "category", "month"),
)

surveys = sa.Table(
    "surveys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kommun", sa.String(100), nullable=False),
    # NULL area: the whole municipality.
    sa.Column("area_id", sa.ForeignKey("areas.id")),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("indicator", sa.String(200), nullable=False),
    sa.Column("value", sa.Float),
    sa.Column("scale", sa.String(10), nullable=False),
    sa.Column("respondents", sa.Integer),
    sa.Column("sampling", sa.String(20)),
    sa.Index("ix_surveys_kommun_indicator", "kommun", "indicator", "year"),
)

import_log = sa.Table(
    "import_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("user", sa.String(100), nullable=False),
    sa.Column("filename", sa.String(255), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("rows", sa.Integer, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("message", sa.Text),
)

# --- version 2: accounts, wall-screen link tokens, failed-login backoff ---------

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),  # editor | viewer
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_login", sa.DateTime),
)

view_tokens = sa.Table(
    "view_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("label", sa.String(200), nullable=False),
    # SHA-256 of the token: the token itself is shown once and never stored.
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_by", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime),
    sa.Column("last_used", sa.DateTime),
)

login_failures = sa.Table(
    "login_failures",
    metadata,
    # SHA-256 of "user name|client address": no plain addresses kept.
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("last_failure", sa.DateTime, nullable=False),
)

ACCOUNT_TABLES = (users, view_tokens, login_failures)

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


def schema_version(conn: Connection) -> int:
    """The schema version stored in the database, 0 for an empty one."""
    if not sa.inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    return int(value or 0)


# Each migration takes the database from version N-1 to N. Never edit a
# released one: add the next. Version 1 is the first schema.
MIGRATIONS = {
    1: lambda conn: metadata.create_all(conn),
    # 2: accounts, view tokens and login backoff (a version-1 database keeps its data).
    2: lambda conn: metadata.create_all(conn, tables=list(ACCOUNT_TABLES)),
    # 3: the crime data's month span kept in meta (see crime_span).
    3: lambda conn: _store_crime_span(conn, *_scan_crime_span(conn)),
}


def migrate(engine: Engine) -> int:
    """Create or upgrade the schema to ``SCHEMA_VERSION``, keeping all data."""
    with write_transaction(engine) as conn:
        current = schema_version(conn)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
            _set_meta(conn, "schema_version", str(version))
        if current == 0:
            _set_meta(conn, "data_version", "0")
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
# (importer.apply_crimes): every view asks for them, and reading them from the table
# scans every stored cell (~80 ms nationally), while an index on the month made every
# import slower by as much. A write replaces its areas' cells from its first to its last
# month and stores a cell for both, so the span after it is exactly the old span
# widened by the file's months (``extend_crime_span``).
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
    from .config import settings

    return get_engine(settings().database_url)

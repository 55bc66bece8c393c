"""Alembic migrations: a new database, and ones the code before Alembic made, end up alike."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import date

import legacy_schema
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dashboard.storage import database, schema
from dashboard.storage.migrations import upgrade, version


def emptied(url: str) -> sa.Engine:
    """An engine on ``url`` with no tables of ours (PostgreSQL's test database is shared)."""
    engine = database.make_engine(url)
    with engine.begin() as conn:
        schema.metadata.drop_all(conn)
        conn.execute(sa.text(f"DROP TABLE IF EXISTS {version.VERSION_TABLE}"))
    return engine


def differences(engine: sa.Engine) -> list:
    """What Alembic's autogenerate finds between the database and ``schema.metadata``."""
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), schema.metadata)


def structure(engine: sa.Engine) -> dict:
    """Tables, columns, types, keys, indexes and constraints as the database reports them."""
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        return {
            table: {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c.get("default"))
                    for c in inspector.get_columns(table)
                ],
                "primary_key": inspector.get_pk_constraint(table),
                "foreign_keys": sorted(inspector.get_foreign_keys(table), key=repr),
                "indexes": sorted(inspector.get_indexes(table), key=repr),
                "unique": sorted(inspector.get_unique_constraints(table), key=repr),
            }
            for table in sorted(inspector.get_table_names())
        }


def meta_rows(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(sa.select(schema.meta.c.key, schema.meta.c.value)).all())


def stored_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextmanager
def write_lock_held_elsewhere(engine: sa.Engine):
    """The database's write lock as another process's import holds it (not this process's)."""
    with engine.connect() as conn:
        conn = conn.execution_options(write=True)  # SQLite: BEGIN IMMEDIATE
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": database._WRITE_LOCK_ID}
                )
            yield


def in_thread(work) -> threading.Thread:
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def test_the_revisions_end_at_head():
    scripts = ScriptDirectory.from_config(upgrade.alembic_config(None))
    chain = [script.revision for script in scripts.walk_revisions()]
    assert chain == ["0007", "0006", "0005", "0004", "0003", "0002", "0001"]
    assert scripts.get_current_head() == version.HEAD
    assert database.SCHEMA_VERSION == int(version.HEAD) == 7


def test_a_new_database_is_the_schema(database_url):
    engine = emptied(database_url)
    assert database.migrate(engine) == database.SCHEMA_VERSION
    assert differences(engine) == []
    assert stored_revision(engine) == version.HEAD
    assert meta_rows(engine) == {"schema_version": "7", "data_version": "0", "crime_months": ""}
    with engine.connect() as conn:
        assert database.crime_span(conn) == (None, None)
    engine.dispose()


@pytest.mark.parametrize("old_version", [1, 2, 3])
def test_an_old_database_is_upgraded_like_a_new_one(database_url, old_version):
    engine = emptied(database_url)
    database.migrate(engine)
    fresh = structure(engine)
    engine.dispose()

    engine = emptied(database_url)
    with database.write_transaction(engine) as conn:
        legacy_schema.build(conn, old_version)
        legacy_schema.fill(conn, old_version)
    with engine.connect() as conn:
        before = legacy_schema.rows(conn, old_version)
        assert version.current(conn) == f"{old_version:04d}"  # told by meta.schema_version

    assert database.migrate(engine) == database.SCHEMA_VERSION

    assert differences(engine) == []
    assert structure(engine) == fresh
    assert stored_revision(engine) == version.HEAD
    with engine.connect() as conn:
        after = legacy_schema.rows(conn, old_version)
        assert database.crime_span(conn) == database._scan_crime_span(conn)
        assert database.crime_span(conn) == (date(2021, 1, 1), date(2022, 4, 1))
    assert meta_rows(engine) == {
        "schema_version": "7",
        "data_version": "4",
        "crime_months": legacy_schema.CRIME_MONTHS,
    }
    del after["meta"], before["meta"]  # compared above, with the new rows
    assert after == before
    assert len(after["crimes"]) == 3 and len(after["import_log"]) == 1
    engine.dispose()


def test_migrating_twice_changes_nothing_and_writes_nothing(database_url):
    engine = emptied(database_url)
    database.migrate(engine)
    shape, meta = structure(engine), meta_rows(engine)
    statements: list[str] = []
    sa.event.listen(
        engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql)
    )
    assert database.migrate(engine) == database.SCHEMA_VERSION
    assert statements
    for sql in statements:
        words = sql.split()
        assert "IMMEDIATE" not in words and "pg_advisory_xact_lock" not in sql
        assert words[0].upper() not in {"INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER"}
    assert (structure(engine), meta_rows(engine)) == (shape, meta)
    engine.dispose()


def test_a_current_database_opens_while_an_import_holds_the_write_lock(database_url):
    engine = emptied(database_url)
    database.migrate(engine)
    database.dispose_all()
    opened: list[sa.Engine] = []
    try:
        with write_lock_held_elsewhere(engine):
            thread = in_thread(lambda: opened.append(database.get_engine(database_url)))
            thread.join(timeout=10)
            assert opened, "get_engine waited for the write lock to check the schema"
    finally:
        database.dispose_all()
        engine.dispose()


def test_an_old_database_waits_for_the_write_lock_to_upgrade(database_url):
    engine = emptied(database_url)
    with database.write_transaction(engine) as conn:
        legacy_schema.build(conn, 2)
    with write_lock_held_elsewhere(engine):
        thread = in_thread(lambda: database.migrate(engine))
        thread.join(timeout=1)
        assert thread.is_alive()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert stored_revision(engine) == version.HEAD and differences(engine) == []
    engine.dispose()


def test_tables_dropped_under_the_version_table_are_made_again(database_url):
    """metadata.drop_all (tests, benchmarks) leaves alembic_version at head behind."""
    engine = emptied(database_url)
    database.migrate(engine)
    schema.metadata.drop_all(engine)
    database.migrate(engine)
    assert differences(engine) == []
    assert meta_rows(engine)["data_version"] == "0"
    engine.dispose()


def test_downgrade_to_nothing_and_up_again(database_url):
    engine = emptied(database_url)
    database.migrate(engine)
    with database.write_transaction(engine) as conn:
        command.downgrade(upgrade.alembic_config(conn), "base")
    with engine.connect() as conn:
        assert sa.inspect(conn).get_table_names() == [version.VERSION_TABLE]
    database.migrate(engine)
    assert differences(engine) == []
    engine.dispose()

"""Moving a deployment to another database (e.g. SQLite → PostgreSQL) keeps every row."""

from __future__ import annotations

import sqlalchemy as sa
from conftest import snapshot

from dashboard.ingest.pipeline import import_files
from dashboard.storage import copy as copy_db
from dashboard.storage import database, schema

CRIMES = "månad,område,brottstyp,antal\n2022-03,Hötorget,stöld,..\n2022-04,Centrum,våld,3\n"


def log_rows(engine):
    with engine.connect() as conn:
        cols = [c for c in schema.import_log.columns]
        return [tuple(r) for r in conn.execute(sa.select(*cols).order_by(schema.import_log.c.id))]


def test_copy_keeps_every_row_and_ids(base, tmp_path):
    assert import_files(base, [("brott.csv", CRIMES.encode())]).ok
    target = database.make_engine(f"sqlite:///{tmp_path / 'copy.sqlite'}")
    copied = copy_db.copy_database(base, target)
    assert copied["crimes"] == 2 and copied["areas"] == 4
    assert snapshot(target) == snapshot(base)
    assert log_rows(target) == log_rows(base)
    with target.connect() as conn, base.connect() as original:
        assert database.data_version(conn) == database.data_version(original) == 2
    # The copy goes on working: new rows get new ids, a second copy is refused.
    assert import_files(target, [("brott.csv", CRIMES.replace("3", "4").encode())]).ok
    try:
        copy_db.copy_database(base, target)
    except copy_db.TargetNotEmpty:
        pass
    else:
        raise AssertionError("copied into a database holding data")
    target.dispose()


def test_copy_from_sqlite_into_the_test_database(engine, tmp_path):
    """Into SQLite, and into PostgreSQL where PG_TEST_DATABASE_URL names one."""
    source = database.make_engine(f"sqlite:///{tmp_path / 'source.sqlite'}")
    database.migrate(source)
    from conftest import AREAS, COMMITMENTS

    files = [("omraden.csv", AREAS.encode()), ("loften.csv", COMMITMENTS.encode())]
    assert import_files(source, files).ok
    assert import_files(source, [("brott.csv", CRIMES.encode())]).ok
    copy_db.copy_database(source, engine)
    assert snapshot(engine) == snapshot(source)
    assert log_rows(engine) == log_rows(source)
    more = "område,kommun\nNytorget,Skara\n"
    assert import_files(engine, [("omraden.csv", more.encode())]).ok  # ids continue
    source.dispose()


def test_command_line(base, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert (
        copy_db.main(["--from", base.url.render_as_string(hide_password=False), "--to", url]) == 0
    )
    assert "crimes" in capsys.readouterr().out
    assert (
        copy_db.main(["--from", base.url.render_as_string(hide_password=False), "--to", url]) == 1
    )

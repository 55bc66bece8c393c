"""Accounts, link tokens, login backoff, the secret key, the command line and the v1→v2 migration."""

from __future__ import annotations

import io
import os
import stat
from datetime import timedelta

import pytest
import sqlalchemy as sa

from cli import commands
from dashboard import accounts
from dashboard.ingest.pipeline import import_files
from dashboard.storage import database, schema
from web import sessions

PASSWORD = "rätt-hästbatteri-42"


def test_add_list_remove_users(engine):
    user = accounts.add_user(engine, "anna.l", "editor", PASSWORD)
    assert user.is_editor
    accounts.add_user(engine, "bo", "viewer", PASSWORD)
    assert [(u["name"], u["role"]) for u in accounts.list_users(engine)] == [
        ("anna.l", "editor"),
        ("bo", "viewer"),
    ]
    with pytest.raises(accounts.AccountError) as err:
        accounts.add_user(engine, "ANNA.L", "viewer", PASSWORD)  # names are case-insensitive
    assert err.value.key == "acct.exists"
    assert accounts.remove_user(engine, "Bo")
    assert not accounts.remove_user(engine, "bo")
    assert [u["name"] for u in accounts.list_users(engine)] == ["anna.l"]


@pytest.mark.parametrize(
    ("name", "role", "password", "key"),
    [
        ("anna", "admin", PASSWORD, "acct.bad_role"),
        ("anna", "editor", "kort", "acct.short_password"),
        ("anna", "editor", "x" * 2000, "acct.long_password"),
        ("<script>", "editor", PASSWORD, "acct.bad_name"),
        ("", "editor", PASSWORD, "acct.bad_name"),
        ("a b", "editor", PASSWORD, "acct.bad_name"),
    ],
)
def test_bad_accounts_are_refused(engine, name, role, password, key):
    with pytest.raises(accounts.AccountError) as err:
        accounts.add_user(engine, name, role, password)
    assert err.value.key == key
    assert accounts.list_users(engine) == []


def test_password_is_stored_as_an_argon2id_hash(engine):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    with engine.connect() as conn:
        stored = conn.execute(sa.select(schema.users.c.password_hash)).scalar()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_authenticate(engine):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    assert accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.1").user.name == "anna"
    assert accounts.authenticate(engine, " Anna ", PASSWORD, "10.0.0.1").user.role == "editor"
    assert accounts.authenticate(engine, "anna", "fel", "10.0.0.1").user is None
    assert accounts.authenticate(engine, "okänd", PASSWORD, "10.0.0.1").user is None
    with engine.connect() as conn:
        assert conn.execute(sa.select(schema.users.c.last_login)).scalar() is not None


def test_repeated_failures_are_slowed_down_per_user_and_address(engine):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    now = accounts._now()
    waits = [
        accounts.authenticate(engine, "anna", "fel", "10.0.0.1", now=now).wait for _ in range(3)
    ]
    assert waits == [0, 0, 2]
    # During the wait even the right password is refused, without being checked.
    refused = accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.1", now=now)
    assert refused.user is None and refused.wait == 2
    # Another address is not held up by this one's failures.
    assert accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.2", now=now).user is not None
    later = now + timedelta(seconds=3)
    assert accounts.authenticate(engine, "anna", "fel", "10.0.0.1", now=later).wait == 4
    even_later = later + timedelta(seconds=5)
    assert (
        accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.1", now=even_later).user is not None
    )
    # A success forgets the failures.
    assert accounts.authenticate(engine, "anna", "fel", "10.0.0.1", now=even_later).wait == 0


def test_backoff_grows_and_is_capped():
    assert [accounts.backoff_seconds(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]
    assert accounts.backoff_seconds(50) == accounts.MAX_BACKOFF_SECONDS


def test_tokens_are_hashed_redeemable_and_revocable(engine):
    token_id, token = accounts.create_token(engine, "Väggskärm entrén", "anna")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(schema.view_tokens.c.token_hash)).scalar()
    assert token not in stored and len(token) >= 40
    assert accounts.redeem_token(engine, token) == token_id
    assert accounts.redeem_token(engine, token + "x") is None
    assert accounts.token_valid(engine, token_id)
    assert accounts.list_tokens(engine)[0].last_used is not None
    assert accounts.revoke_token(engine, token_id)
    assert not accounts.revoke_token(engine, token_id)
    assert accounts.redeem_token(engine, token) is None
    assert not accounts.token_valid(engine, token_id)
    with pytest.raises(accounts.AccountError):
        accounts.create_token(engine, "   ", "anna")


# --- the command line -------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'commands.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    yield database.get_engine(url)
    database.dispose_all()


def test_cli_user_add_reads_the_password_from_stdin(cli_db, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert commands.main(["user", "add", "anna", "--role", "editor"]) == 0
    assert "anna" in capsys.readouterr().out
    assert accounts.authenticate(cli_db, "anna", PASSWORD, "cli").user is not None
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    assert commands.main(["user", "add", "bo", "--role", "viewer"]) == 1
    assert "minst 10 tecken" in capsys.readouterr().err
    assert commands.main(["user", "list"]) == 0
    assert "anna" in capsys.readouterr().out
    assert commands.main(["user", "remove", "anna"]) == 0
    assert commands.main(["user", "remove", "anna"]) == 1
    assert accounts.list_users(cli_db) == []


def test_cli_tokens(cli_db, capsys):
    assert commands.main(["token", "create", "Väggskärm entrén", "--user", "anna"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert accounts.redeem_token(cli_db, token) is not None
    assert commands.main(["token", "list"]) == 0
    assert "Väggskärm entrén" in capsys.readouterr().out
    assert commands.main(["token", "revoke", "1"]) == 0
    assert accounts.redeem_token(cli_db, token) is None
    assert commands.main(["token", "revoke", "1"]) == 1


# --- the secret key ----------------------------------------------------------------


def test_secret_key_is_generated_once_beside_the_database(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'x.sqlite'}")
    key = sessions.secret_key()
    path = tmp_path / "db" / "secret_key"
    assert path.read_text().strip() == key and len(key) >= 64
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sessions.secret_key() == key
    monkeypatch.setenv("SECRET_KEY", "from-the-environment-" + "x" * 20)
    assert sessions.secret_key().startswith("from-the-environment-")


# --- migration from a version-1 database ----------------------------------------------

AREAS = "område,kommun,typ\nCentrum,Skara,centrum\nBrogården,Skara,bostadsområde\n"
CRIMES = "månad,område,brottstyp,antal\n2022-03,Centrum,stöld,7\n2022-04,Brogården,våld,..\n"


def _v1_tables():
    return [t for t in schema.metadata.sorted_tables if t not in schema.ACCOUNT_TABLES]


def _rows(engine, tables) -> dict:
    with engine.connect() as conn:
        return {
            t.name: sorted(map(tuple, conn.execute(sa.select(t)).all()), key=repr) for t in tables
        }


def test_migration_adds_the_account_tables_to_a_version_1_database(tmp_path):
    engine = database.make_engine(f"sqlite:///{tmp_path / 'v1.sqlite'}")
    with database.write_transaction(engine) as conn:  # the schema exactly as version 1 made it
        schema.metadata.create_all(conn, tables=_v1_tables())
        conn.execute(schema.meta.insert(), [{"key": "schema_version", "value": "1"}])
        conn.execute(schema.meta.insert(), [{"key": "data_version", "value": "0"}])
    result = import_files(
        engine, [("omraden.csv", AREAS.encode()), ("brott.csv", CRIMES.encode())], user="v1"
    )
    assert result.ok and result.written
    before = _rows(engine, _v1_tables())
    with engine.connect() as conn:
        assert not sa.inspect(conn).has_table("users")

    assert database.migrate(engine) == database.SCHEMA_VERSION == 3

    with engine.connect() as conn:
        assert database.schema_version(conn) == 3
        assert database.crime_span(conn) == database._scan_crime_span(
            conn
        )  # version 3 keeps it in meta
        assert conn.execute(
            sa.select(schema.meta.c.value).where(schema.meta.c.key == database.CRIME_SPAN)
        ).scalar()
        for table in schema.ACCOUNT_TABLES:
            assert sa.inspect(conn).has_table(table.name)
    after = _rows(engine, _v1_tables())
    after["meta"] = [
        row for row in after["meta"] if row[0] not in ("schema_version", "crime_months")
    ]
    before["meta"] = [
        row for row in before["meta"] if row[0] not in ("schema_version", "crime_months")
    ]
    assert after == before  # every row kept, the import log too
    assert len(after["import_log"]) == 2 and len(after["crimes"]) == 2
    accounts.add_user(engine, "anna", "editor", PASSWORD)  # the new tables work
    assert (
        database.migrate(engine) == database.SCHEMA_VERSION
    )  # and migrating again changes nothing
    assert [u["name"] for u in accounts.list_users(engine)] == ["anna"]
    engine.dispose()

"""Accounts, link tokens, login backoff, the secret key and the command line."""

from __future__ import annotations

import io
import os
import stat
from datetime import timedelta

import pytest
import sqlalchemy as sa

from cli import commands
from dashboard import accounts
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

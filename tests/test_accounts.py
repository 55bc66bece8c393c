"""Accounts, link tokens, login backoff, the secret key and the command line."""

from __future__ import annotations

import io
import json
import logging
import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import sqlalchemy as sa

from cli import commands
from dashboard import accounts, login_throttle
from dashboard.logs import JsonFormatter
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


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The passwords that were really checked (Argon2 run), from any thread."""
    checked: list[str] = []
    lock = threading.Lock()
    verify = accounts._verify

    def counting(stored: str, password: str) -> bool:
        with lock:
            checked.append(password)
        return verify(stored, password)

    monkeypatch.setattr(accounts, "_verify", counting)
    return checked


@pytest.fixture
def quick_unknown_names(monkeypatch) -> None:
    """A wrong name is checked against a dummy hash (as long as a real one, against
    timing); here a cheap one, so that twenty guesses take no 10 s."""
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_DUMMY_HASH", cheap.hash("dummy-password"))


def burst(engine, name: str, passwords: list[str], client: str, now) -> list:
    """All ``passwords`` tried at once, each from its own thread (as simultaneous POSTs)."""
    start = threading.Barrier(len(passwords))

    def attempt(password: str):
        start.wait()
        return accounts.authenticate(engine, name, password, client, now=now)

    with ThreadPoolExecutor(len(passwords)) as pool:
        return list(pool.map(attempt, passwords))


def test_a_burst_gets_only_the_free_attempts_checked(engine, checks):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    now = accounts._now()
    guesses = [f"gissning-{n:02d}" for n in range(20)]
    results = burst(engine, "anna", guesses, "10.0.0.1", now)
    assert len(checks) == login_throttle.FREE_ATTEMPTS == 3
    assert sum(result.held_back for result in results) == 17
    assert all(result.user is None for result in results)


def test_a_burst_after_three_failures_gets_one_check_when_the_wait_is_over(engine, checks):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    now = accounts._now()
    for _ in range(3):
        accounts.authenticate(engine, "anna", "fel-fel-fel", "10.0.0.1", now=now)
    checks.clear()
    # At once: every attempt waits, the right password too, and none is checked.
    results = burst(engine, "anna", [PASSWORD] * 20, "10.0.0.1", now)
    assert checks == [] and all(r.held_back and r.user is None for r in results)
    # When the 2 s are over, the burst gets one check, not one each (before: 8-12).
    later = now + timedelta(seconds=2)
    results = burst(
        engine, "anna", [f"gissning-{n}" for n in range(19)] + [PASSWORD], "10.0.0.1", later
    )
    assert len(checks) == 1
    assert sum(not r.held_back for r in results) == 1
    assert sum(r.user is not None for r in results) <= 1


def test_guessing_from_one_address_is_slowed_down_whatever_the_names(
    engine, checks, quick_unknown_names
):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    now = accounts._now()
    free = login_throttle.ADDRESS_ATTEMPTS
    results = [
        accounts.authenticate(engine, f"namn{n}", "fel-fel-fel", "10.0.0.9", now=now)
        for n in range(free + 5)
    ]
    assert len(checks) == free  # each name's first try, until the address's own limit
    assert [r.held_back for r in results] == [False] * free + [True] * 5
    assert accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.9", now=now).held_back
    # Another address is not held up: the real anna elsewhere logs in.
    assert accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.10", now=now).user is not None


def test_a_success_gives_the_address_back_only_its_own_attempt(engine, quick_unknown_names):
    accounts.add_user(engine, "anna", "editor", PASSWORD)
    now = accounts._now()
    free = login_throttle.ADDRESS_ATTEMPTS
    for n in range(free - 1):
        accounts.authenticate(engine, f"namn{n}", "fel-fel-fel", "10.0.0.9", now=now)
    # Logging in to one's own account does not wipe out the guesses at other names ...
    assert accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.9", now=now).user is not None
    failed = accounts.authenticate(engine, "namn-x", "fel-fel-fel", "10.0.0.9", now=now)
    assert not failed.held_back and failed.wait == 2  # ... so the next failure reaches the limit
    assert accounts.authenticate(engine, "namn-y", "fel-fel-fel", "10.0.0.9", now=now).held_back
    # The failures are forgotten a day after the last one.
    tomorrow = now + login_throttle.FORGET_FAILURES_AFTER
    assert not accounts.authenticate(engine, "namn-y", "fel", "10.0.0.9", now=tomorrow).held_back


def test_account_and_token_changes_are_logged(engine, caplog):
    caplog.set_level(logging.INFO, logger="dashboard.accounts")
    accounts.add_user(engine, "anna", "editor", PASSWORD, by="cli:root")
    accounts.change_user(engine, "anna", role="viewer", password=PASSWORD + "!", by="cli:root")
    token_id, token = accounts.create_token(engine, "Väggskärm", "anna")
    accounts.revoke_token(engine, token_id, by="anna")
    accounts.remove_user(engine, "anna", by="cli:root")
    lines = [json.loads(JsonFormatter().format(record)) for record in caplog.records]
    assert [line["event"] for line in lines] == [
        "user_added",
        "user_changed",
        "token_created",
        "token_revoked",
        "user_removed",
    ]
    assert (
        lines[0] | {"user": "anna", "role": "editor", "kommuner": "*", "by": "cli:root"} == lines[0]
    )
    assert lines[1]["changed"] == ["role", "password"] and lines[1]["role"] == "viewer"
    assert lines[2]["token_id"] == token_id and lines[2]["by"] == "anna"
    text = caplog.text + "".join(map(str, lines))
    assert PASSWORD not in text and token not in text  # never a secret in a log


def test_backoff_grows_and_is_capped():
    assert [login_throttle.backoff_seconds(n) for n in range(1, 8)] == [0, 0, 2, 4, 8, 16, 32]
    assert login_throttle.backoff_seconds(50) == login_throttle.MAX_BACKOFF_SECONDS


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
    assert commands.main(["user", "remove", "anna"]) == 2  # no such user: unknown id
    assert accounts.list_users(cli_db) == []


def test_cli_tokens(cli_db, capsys):
    assert commands.main(["token", "create", "Väggskärm entrén", "--user", "anna"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert accounts.redeem_token(cli_db, token) is not None
    assert commands.main(["token", "list"]) == 0
    assert "Väggskärm entrén" in capsys.readouterr().out
    assert commands.main(["token", "revoke", "1"]) == 0
    assert accounts.redeem_token(cli_db, token) is None
    assert commands.main(["token", "revoke", "1"]) == 2  # no active token with that id


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

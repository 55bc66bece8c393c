"""Accounts, wall-screen link tokens and the backoff after failed logins (no web framework).

Passwords are hashed with Argon2id (argon2-cffi); a link token is random
(256 bits) and stored only as its SHA-256, so neither can be read back from the
database. Roles: ``editor`` may import and manage tokens, ``viewer`` may look.
A link token grants viewing only.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.engine import Engine

from dashboard import contract
from dashboard.storage import database, schema

ROLES = ("editor", "viewer")
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # hashing a megabyte-long "password" would be a denial of service
FREE_ATTEMPTS = 3  # failed logins per user and address before the backoff starts
MAX_BACKOFF_SECONDS = 15 * 60
FORGET_FAILURES_AFTER = timedelta(hours=24)
_NAME = re.compile(r"[\w.@-]{1,100}")

_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters
# Verified against when the user does not exist, so a wrong name takes as long as a
# wrong password (no user enumeration by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A refused account operation; ``key`` names the reason in the i18n catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_editor(self) -> bool:
        return self.role == "editor"


@dataclass(frozen=True)
class LoginResult:
    """``user`` when the login succeeded; else ``wait`` seconds before the next attempt."""

    user: User | None
    wait: int = 0


@dataclass(frozen=True)
class TokenInfo:
    id: int
    label: str
    created_by: str
    created_at: datetime
    revoked_at: datetime | None
    last_used: datetime | None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def clean_name(name: str) -> str:
    """A user name as stored: stripped; letters, digits and ``. @ _ -`` only."""
    name = (name or "").strip()
    if not _NAME.fullmatch(name):
        raise AccountError("acct.bad_name")
    return name


def check_password(password: str) -> None:
    """Refuse passwords too short to resist guessing (or absurdly long)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("acct.short_password", n=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError("acct.long_password", n=MAX_PASSWORD_LENGTH)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --------------------------------------------------------------------------
# Users.


def add_user(engine: Engine, name: str, role: str, password: str) -> User:
    """Create an account; refuses a bad name, an unknown role, a weak password or a duplicate."""
    name = clean_name(name)
    if role not in ROLES:
        raise AccountError("acct.bad_role", allowed=", ".join(ROLES))
    check_password(password)
    password_hash = hash_password(password)
    with database.write_transaction(engine) as conn:
        if _find(conn, name) is not None:
            raise AccountError("acct.exists", name=name)
        new_id = conn.execute(
            schema.users.insert().values(
                name=name, role=role, password_hash=password_hash, created_at=_now()
            )
        ).inserted_primary_key[0]
    return User(new_id, name, role)


def _find(conn, name: str):
    """The user row whose name matches case-insensitively, or None."""
    folded = contract.fold(name)
    for row in conn.execute(sa.select(schema.users)):
        if contract.fold(row.name) == folded:
            return row
    return None


def list_users(engine: Engine) -> list[dict]:
    with database.read_snapshot(engine) as conn:
        rows = conn.execute(
            sa.select(
                schema.users.c.name,
                schema.users.c.role,
                schema.users.c.created_at,
                schema.users.c.last_login,
            ).order_by(schema.users.c.name)
        ).all()
    return [dict(row._mapping) for row in rows]


def remove_user(engine: Engine, name: str) -> bool:
    """Delete an account (its sessions end with it: every request re-reads the user)."""
    with database.write_transaction(engine) as conn:
        row = _find(conn, name)
        if row is None:
            return False
        conn.execute(schema.users.delete().where(schema.users.c.id == row.id))
        return True


def get_user(engine: Engine, user_id: int) -> User | None:
    """The account with ``user_id`` as it is now (None once removed)."""
    with database.read_snapshot(engine) as conn:
        row = conn.execute(sa.select(schema.users).where(schema.users.c.id == user_id)).first()
    return User(row.id, row.name, row.role) if row else None


# --------------------------------------------------------------------------
# Logging in, with a growing wait after repeated failures per user and address.


def _failure_key(name: str, client: str) -> str:
    return hashlib.sha256(f"{contract.fold(name)}|{client}".encode()).hexdigest()


def backoff_seconds(failures: int) -> int:
    """How long to wait after ``failures`` failed attempts in a row: 0, 0, 0, 2, 4, 8 … 900."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_BACKOFF_SECONDS)


def authenticate(
    engine: Engine, name: str, password: str, client: str, now: datetime | None = None
) -> LoginResult:
    """Check a login attempt from ``client`` (its address); counts failures and enforces waits."""
    now = now or _now()
    name = (name or "").strip()[:100]
    password = (password or "")[:MAX_PASSWORD_LENGTH]
    key = _failure_key(name, client)
    with database.read_snapshot(engine) as conn:
        failure = conn.execute(
            sa.select(schema.login_failures).where(schema.login_failures.c.key == key)
        ).first()
        row = _find(conn, name) if name else None
    failures = 0
    if failure is not None and now - failure.last_failure < FORGET_FAILURES_AFTER:
        failures = failure.failures
        ready_at = failure.last_failure + timedelta(seconds=backoff_seconds(failures))
        if now < ready_at:
            # Refused without even checking the password: guessing gains nothing.
            return LoginResult(None, wait=max(1, int((ready_at - now).total_seconds() + 0.999)))
    ok = _verify(row.password_hash if row else _DUMMY_HASH, password) and row is not None
    with database.write_transaction(engine) as conn:
        if ok:
            conn.execute(schema.login_failures.delete().where(schema.login_failures.c.key == key))
            values = {"last_login": now}
            if _hasher.check_needs_rehash(row.password_hash):
                values["password_hash"] = hash_password(password)
            conn.execute(schema.users.update().where(schema.users.c.id == row.id).values(**values))
            return LoginResult(User(row.id, row.name, row.role))
        # Re-read under the write lock, so that parallel attempts all count.
        current = conn.execute(
            sa.select(schema.login_failures).where(schema.login_failures.c.key == key)
        ).first()
        if current is not None and now - current.last_failure < FORGET_FAILURES_AFTER:
            failures = max(failures, current.failures)
        conn.execute(schema.login_failures.delete().where(schema.login_failures.c.key == key))
        conn.execute(
            schema.login_failures.insert().values(key=key, failures=failures + 1, last_failure=now)
        )
    return LoginResult(None, wait=backoff_seconds(failures + 1))


# --------------------------------------------------------------------------
# Read-only link tokens for wall screens.


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def create_token(engine: Engine, label: str, created_by: str) -> tuple[int, str]:
    """A new viewing token: (id, the token). The token is shown once; only its hash is kept."""
    label = " ".join((label or "").split())[:200]
    if not label:
        raise AccountError("acct.token_label_missing")
    token = secrets.token_urlsafe(32)
    with database.write_transaction(engine) as conn:
        token_id = conn.execute(
            schema.view_tokens.insert().values(
                label=label,
                token_hash=_token_hash(token),
                created_by=created_by[:100],
                created_at=_now(),
            )
        ).inserted_primary_key[0]
    return token_id, token


def list_tokens(engine: Engine, include_revoked: bool = True) -> list[TokenInfo]:
    t = schema.view_tokens
    query = sa.select(
        t.c.id, t.c.label, t.c.created_by, t.c.created_at, t.c.revoked_at, t.c.last_used
    ).order_by(t.c.id)
    if not include_revoked:
        query = query.where(t.c.revoked_at.is_(None))
    with database.read_snapshot(engine) as conn:
        return [TokenInfo(*row) for row in conn.execute(query)]


def revoke_token(engine: Engine, token_id: int) -> bool:
    """Revoke a token at once (screens using it lose access on their next request)."""
    t = schema.view_tokens
    with database.write_transaction(engine) as conn:
        return bool(
            conn.execute(
                t.update()
                .where(t.c.id == token_id, t.c.revoked_at.is_(None))
                .values(revoked_at=_now())
            ).rowcount
        )


def redeem_token(engine: Engine, token: str) -> int | None:
    """The id of the valid token ``token`` (recording its use), or None."""
    if not token or len(token) > 200:
        return None
    t = schema.view_tokens
    with database.read_snapshot(engine) as conn:
        row = conn.execute(
            sa.select(t.c.id, t.c.revoked_at).where(t.c.token_hash == _token_hash(token))
        ).first()
    if row is None or row.revoked_at is not None:
        return None
    with database.write_transaction(engine) as conn:
        conn.execute(t.update().where(t.c.id == row.id).values(last_used=_now()))
    return row.id


def token_valid(engine: Engine, token_id: int) -> bool:
    """True while the token ``token_id`` exists and is not revoked."""
    t = schema.view_tokens
    with database.read_snapshot(engine) as conn:
        return (
            conn.execute(
                sa.select(t.c.id).where(t.c.id == token_id, t.c.revoked_at.is_(None))
            ).first()
            is not None
        )

"""Accounts, logging in, and wall-screen link tokens (no web framework).

Passwords are hashed with Argon2id (argon2-cffi); a link token is random (256 bits)
and stored only as its SHA-256, so neither can be read back from the database. Roles:
``editor`` imports and manages tokens, ``reporter`` reports activities, ``viewer`` looks;
an account limited to some kommuner changes only theirs. A session holds the account's
id, name and ``session_version``; logging out or any change to the account bumps the
version, ending every session of it. A link token grants viewing only. Failed logins
make the next attempt wait (``login_throttle``). Every change to an account or a token is
logged as an event (``dashboard.logs``), naming who made it (``by``).
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.engine import Engine

from dashboard import contract, login_throttle
from dashboard.logs import event
from dashboard.storage import database, schema

ROLES = ("editor", "reporter", "viewer")
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # hashing a megabyte-long "password" would be a denial of service
_NAME = re.compile(r"[\w.@-]{1,100}")
_KEEP = object()  # change_user(kommuner=...) not given: the kommuner stay as they are
log = logging.getLogger(__name__)

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
    kommuner: frozenset[str] | None = None  # None: every kommun
    session_version: int = 0

    @property
    def is_editor(self) -> bool:
        return self.role == "editor"

    @property
    def is_reporter(self) -> bool:
        return self.role == "reporter"

    @property
    def can_report(self) -> bool:
        """Reporters and editors may report activities."""
        return self.role in ("editor", "reporter")


def may_change(user: User | None, kommun: str) -> bool:
    """True if ``user`` may change figures of ``kommun``: a reporter or editor of it."""
    if user is None or not user.can_report:
        return False
    if user.kommuner is None:
        return True
    return contract.fold(kommun) in {contract.fold(k) for k in user.kommuner}


@dataclass(frozen=True)
class LoginResult:
    """``user`` when the login succeeded; else ``wait`` seconds before the next attempt,
    and ``held_back`` when this one came too soon and its password was not checked."""

    user: User | None
    wait: int = 0
    held_back: bool = False


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


def _split(kommuner: str | None) -> frozenset[str] | None:
    return None if kommuner is None else frozenset(filter(None, kommuner.split("|")))


def _user(row) -> User:
    return User(row.id, row.name, row.role, _split(row.kommuner), row.session_version)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError("acct.bad_role", allowed=", ".join(ROLES))


def _resolve(conn, names: Iterable[str]) -> str:
    """``names`` as the data spells them (``areas.kommun``), "|"-joined; an unknown one is
    refused, naming the nearest."""
    known = conn.execute(sa.select(schema.areas.c.kommun).distinct()).scalars()
    by_fold = {contract.fold(k): k for k in known}
    found = set()
    for name in names:
        if contract.fold(name) not in by_fold:
            close = difflib.get_close_matches(contract.fold(name), list(by_fold), 1, 0.0)
            if not close:
                raise AccountError("acct.no_kommuner", name=name)
            raise AccountError("acct.unknown_kommun", name=name, nearest=by_fold[close[0]])
        found.add(by_fold[contract.fold(name)])
    if not found:
        raise AccountError("acct.kommun_missing")
    return "|".join(sorted(found))


def check_kommuner(engine: Engine, names: Iterable[str]) -> frozenset[str]:
    """The kommuner ``names`` as the data spells them; refuses an unknown one."""
    with database.read_snapshot(engine) as conn:
        return _split(_resolve(conn, names))


def add_user(
    engine: Engine,
    name: str,
    role: str,
    password: str,
    kommuner: Iterable[str] | None = None,
    *,
    by: str | None = None,
) -> User:
    """Create an account limited to ``kommuner`` (None: all); refuses a bad name, role,
    password or kommun, and a duplicate."""
    name = clean_name(name)
    _check_role(role)
    check_password(password)
    password_hash = hash_password(password)
    with database.write_transaction(engine) as conn:
        if _find(conn, name) is not None:
            raise AccountError("acct.exists", name=name)
        joined = None if kommuner is None else _resolve(conn, kommuner)
        row = {"name": name, "role": role, "password_hash": password_hash, "kommuner": joined}
        new_id = conn.execute(
            schema.users.insert().values(**row, created_at=_now())
        ).inserted_primary_key[0]
    event(log, "user_added", user=name, role=role, kommuner=joined or "*", by=by)
    return User(new_id, name, role, _split(joined))


def _find(conn, name: str):
    """The user row whose name matches case-insensitively, or None."""
    folded = contract.fold(name)
    for row in conn.execute(sa.select(schema.users)):
        if contract.fold(row.name) == folded:
            return row
    return None


def list_users(engine: Engine) -> list[dict]:
    """Every account: name, role, kommuner (None: all), created_at, last_login."""
    u = schema.users
    query = sa.select(u.c.name, u.c.role, u.c.kommuner, u.c.created_at, u.c.last_login)
    with database.read_snapshot(engine) as conn:
        rows = conn.execute(query.order_by(u.c.name)).all()
    return [{**row._mapping, "kommuner": _split(row.kommuner)} for row in rows]


def remove_user(engine: Engine, name: str, *, by: str | None = None) -> bool:
    """Delete an account; its sessions end with it (ids are never given again)."""
    with database.write_transaction(engine) as conn:
        row = _find(conn, name)
        if row is None:
            return False
        conn.execute(schema.users.delete().where(schema.users.c.id == row.id))
    event(log, "user_removed", user=row.name, by=by)
    return True


def change_user(
    engine: Engine,
    name: str,
    *,
    role: str | None = None,
    password: str | None = None,
    kommuner: Iterable[str] | object | None = _KEEP,
    by: str | None = None,
) -> User | None:
    """Change an account's role, password or kommuner (None: all); None if there is no
    such account. Every call ends the account's sessions (with nothing to change, that
    is logging out everywhere)."""
    user = _change_user(engine, name, role, password, kommuner)
    if user is not None:
        # What changed, never the password itself; nothing: logged out everywhere.
        asked = {"role": role, "password": password, "kommuner": kommuner is not _KEEP}
        fields = {"user": user.name, "changed": [key for key, value in asked.items() if value]}
        where = "*" if user.kommuner is None else "|".join(sorted(user.kommuner))
        event(log, "user_changed", **fields, role=user.role, kommuner=where, by=by)
    return user


def _change_user(engine: Engine, name: str, role, password, kommuner) -> User | None:
    values: dict = {}
    if role is not None:
        _check_role(role)
        values["role"] = role
    if password is not None:
        check_password(password)
        values["password_hash"] = hash_password(password)
    users = schema.users
    with database.write_transaction(engine) as conn:
        if (row := _find(conn, name)) is None:
            return None
        if kommuner is not _KEEP:
            values["kommuner"] = None if kommuner is None else _resolve(conn, kommuner)
        version = users.c.session_version + 1
        where = users.c.id == row.id
        conn.execute(users.update().where(where).values(**values, session_version=version))
        return _user(conn.execute(sa.select(users).where(where)).first())


def end_sessions(engine: Engine, name: str) -> bool:
    """End every session of the account ``name`` (logout: copies of its cookie too)."""
    return _change_user(engine, name, None, None, _KEEP) is not None


def session_user(engine: Engine, uid: object, name: object, version: object) -> User | None:
    """The account a session names, as it is now: None unless the account with id ``uid``
    still has that name and that session version."""
    if not (isinstance(uid, int) and isinstance(name, str) and isinstance(version, int)):
        return None
    with database.read_snapshot(engine) as conn:
        row = conn.execute(sa.select(schema.users).where(schema.users.c.id == uid)).first()
    if row is None or row.name != name or row.session_version != version:
        return None
    return _user(row)


# --------------------------------------------------------------------------
# Logging in, with a growing wait after repeated failures (``login_throttle``).


def authenticate(
    engine: Engine, name: str, password: str, client: str, now: datetime | None = None
) -> LoginResult:
    """Check a login attempt from ``client`` (its address). The attempt is counted before
    its password is checked; one that comes too soon is refused unchecked (``held_back``)."""
    now = now or _now()
    name = (name or "").strip()[:100]
    password = (password or "")[:MAX_PASSWORD_LENGTH]
    with database.write_transaction(engine) as conn:
        held, wait = login_throttle.claim(conn, login_throttle.limits(name, client), now)
    if held:
        # Refused without even checking the password: guessing gains nothing.
        return LoginResult(None, wait=held, held_back=True)
    with database.read_snapshot(engine) as conn:
        row = _find(conn, name) if name else None
    if not (_verify(row.password_hash if row else _DUMMY_HASH, password) and row is not None):
        return LoginResult(None, wait=wait)  # counted when it was claimed
    users = schema.users
    with database.write_transaction(engine) as conn:
        login_throttle.succeeded(conn, name, client)
        # Re-read under the lock: since the password was checked, the account may have
        # gone, got a new password, or had its session version bumped.
        current = conn.execute(sa.select(users).where(users.c.id == row.id)).first()
        if current is None or current.password_hash != row.password_hash:
            return LoginResult(None)
        values = {"last_login": now}
        if _hasher.check_needs_rehash(row.password_hash):
            values["password_hash"] = hash_password(password)
        conn.execute(users.update().where(users.c.id == row.id).values(**values))
        return LoginResult(_user(current))


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
    event(log, "token_created", token_id=token_id, label=label, by=created_by)
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


def revoke_token(engine: Engine, token_id: int, *, by: str | None = None) -> bool:
    """Revoke a token at once (screens using it lose access on their next request)."""
    t = schema.view_tokens
    live = t.c.revoked_at.is_(None)
    with database.write_transaction(engine) as conn:
        update = t.update().where(t.c.id == token_id, live).values(revoked_at=_now())
        revoked = bool(conn.execute(update).rowcount)
    if revoked:
        event(log, "token_revoked", token_id=token_id, by=by)
    return revoked


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
    query = sa.select(t.c.id).where(t.c.id == token_id, t.c.revoked_at.is_(None))
    with database.read_snapshot(engine) as conn:
        return conn.execute(query).first() is not None

"""Who is asking and what they may do: the logged-in account, its role, a link token.

Flask only. A session holds the account's id, name and session version; every request
re-reads the account and accepts the session only while all three still match, so a
removal, a demotion, a password change or a logout (which bumps the version) ends it at
once, copies of the cookie included. Every callback that writes calls ``require_editor()``
(or ``require_reporter()``). Viewing is open when ``OPEN_VIEWING`` is on; otherwise it
needs a login or a read-only link token (``?token=…``, e.g. on a wall screen's address).
"""

from __future__ import annotations

from flask import g, session

from dashboard import accounts
from dashboard.config import settings
from dashboard.storage import database


class NotAuthorised(PermissionError):
    """The request may not write: nobody, or nobody with the role, is logged in."""


# What a login session holds: the account's id, its name and its session version.
UID, NAME, VERSION = "uid", "uname", "sver"


def current_user() -> accounts.User | None:
    """The logged-in account as it is in the database now (None: anonymous, or the
    session ended: account removed, logged out, demoted, password or kommuner changed)."""
    if "user" not in g:
        g.user = accounts.session_user(
            database.default_engine(), session.get(UID), session.get(NAME), session.get(VERSION)
        )
    return g.user


def require_editor() -> accounts.User:
    """The logged-in editor; raises ``NotAuthorised`` for anyone else (checked on the server)."""
    user = current_user()
    if user is None or not user.is_editor:
        raise NotAuthorised("editor required")
    return user


def require_reporter() -> accounts.User:
    """The logged-in reporter or editor; raises ``NotAuthorised`` for anyone else."""
    user = current_user()
    if user is None or not user.can_report:
        raise NotAuthorised("reporter required")
    return user


def has_view_token() -> bool:
    """True when the session holds a link token that is still valid."""
    token_id = session.get("view_token")
    if not isinstance(token_id, int):
        return False
    if "token_ok" not in g:
        g.token_ok = accounts.token_valid(database.default_engine(), token_id)
    return g.token_ok


def can_view() -> bool:
    """True if this request may see the data."""
    return settings().open_viewing or current_user() is not None or has_view_token()


def identified() -> bool:
    """True when the session carries a login or a link token (its answers are private)."""
    return bool(session.get(UID) or session.get("view_token"))


def redeem_view_token(token: str) -> None:
    """Remember a valid link token in the session; an unknown or revoked one is ignored."""
    token_id = accounts.redeem_token(database.default_engine(), token)
    if token_id is not None:
        session["view_token"] = token_id
        session.permanent = True
        g.token_ok = True


def log_in(user: accounts.User) -> None:
    """Start a fresh session for ``user``: nothing from before the login carries over."""
    session.clear()
    session.permanent = True
    session[UID], session[NAME], session[VERSION] = user.id, user.name, user.session_version
    g.pop("user", None)


def log_out() -> None:
    """End this session and every other of the same account (copies of the cookie too)."""
    user = current_user()
    if user is not None:
        accounts.end_sessions(database.default_engine(), user.name)
    session.clear()
    g.pop("user", None)

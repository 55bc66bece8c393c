"""Who is asking and what they may do: the logged-in account, its role, a link token.

Flask only. Every callback that writes calls ``require_editor()``, which re-reads the
account from the database, so a removed or demoted account loses its rights at once,
whatever its cookie says. Viewing is open when ``OPEN_VIEWING`` is on; otherwise it
needs a login or a read-only link token (``?token=…``, e.g. on a wall screen's address).
"""

from __future__ import annotations

from flask import g, session

from dashboard import accounts
from dashboard.config import settings
from dashboard.storage import database


class NotAuthorised(PermissionError):
    """The request may not write: nobody, or no editor, is logged in."""


def current_user() -> accounts.User | None:
    """The logged-in account as it is in the database now (None: anonymous or removed)."""
    if "user" not in g:
        uid = session.get("uid")
        g.user = accounts.get_user(database.default_engine(), uid) if isinstance(uid, int) else None
    return g.user


def require_editor() -> accounts.User:
    """The logged-in editor; raises ``NotAuthorised`` for anyone else (checked on the server)."""
    user = current_user()
    if user is None or not user.is_editor:
        raise NotAuthorised("editor required")
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
    return bool(session.get("uid") or session.get("view_token"))


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
    session["uid"] = user.id
    g.pop("user", None)


def log_out() -> None:
    session.clear()

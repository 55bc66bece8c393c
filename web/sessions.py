"""The signed session cookie: its settings and the key it is signed with.

Flask only. The key is ``SECRET_KEY`` from the environment, else one generated once
and kept beside the database, so that every server process signs with the same key.
The health check never gets a session cookie, not even a refreshed one.
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from flask import Flask, request
from flask.sessions import SecureCookieSessionInterface

from dashboard.config import PROJECT_DIR, settings
from web import health

log = logging.getLogger(__name__)

SESSION_COOKIE = "mbl_session"


def instance_dir(database_url: str) -> Path:
    """The folder for instance files: the SQLite file's folder, else ``instance/``."""
    url = sa.engine.make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent
    return PROJECT_DIR / "instance"


def secret_key() -> str:
    """``SECRET_KEY`` from the environment, else the key in ``<instance>/secret_key`` (0600)."""
    config = settings()
    if config.secret_key:
        return config.secret_key
    folder = instance_dir(config.database_url)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "secret_key"
    if not path.exists():
        # Written to a private temporary file, then linked into place: several server
        # processes starting at once all end up with the one key, never a half-written one.
        key = secrets.token_hex(32)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".secret_key.")  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(key + "\n")
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    if path.stat().st_mode & 0o077:
        log.warning("%s was readable by others; restricting it to its owner", path)
        path.chmod(0o600)
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable key: delete it to make a new one")
    return key


class ProbeFreeSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, except that a health probe is never given (or
    refreshed) a cookie: a monitor keeps none, and a balancer's answer must not carry one."""

    def save_session(self, app, session, response) -> None:
        if request.path == health.PATH:
            return
        super().save_session(app, session, response)


def install(server: Flask) -> None:
    """Sign sessions with the key; the cookie is HttpOnly, SameSite=Lax, Secure when configured."""
    config = settings()
    server.session_interface = ProbeFreeSessions()
    server.secret_key = secret_key()
    server.config.update(
        SESSION_COOKIE_NAME=SESSION_COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=config.session_hours),
    )

"""The Flask side: sessions, login, CSRF, security headers, upload limit, health, page cache.

May import ``dashboard`` and Flask/Werkzeug/Jinja; never Dash, layouts, callbacks or
components. ``install(server, script_hashes)`` puts it all in front of the Dash app.
Modules: ``sessions`` (the cookie and its key), ``auth`` (who is asking, their role),
``csrf``, ``forms``, ``guard`` (checks every request), ``headers``, ``login``,
``uploads``, ``csv_templates``, ``health``, ``page_cache``.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from web import csv_templates, guard, headers, health, login, page_cache, sessions, uploads


def install(server: Flask, script_hashes: Callable[[], list[str]] | None = None) -> None:
    """Sessions and routes first, then the guard, then the page cache behind the guard,
    so that a refused request is never answered from the cache."""
    sessions.install(server)
    uploads.install(server)
    login.install(server)
    csv_templates.install(server)
    health.install(server)
    guard.install(server)
    headers.install(server, script_hashes)
    page_cache.install(server)

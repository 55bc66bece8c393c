"""The Flask side: sessions, login, CSRF, security headers, upload limit, health, page cache.

May import ``dashboard`` and Flask/Werkzeug/Jinja; never Dash, layouts, callbacks or
components. ``install(server, script_hashes)`` puts it all in front of the Dash app.
Modules: ``sessions`` (the cookie and its key), ``auth`` (who is asking, their role),
``csrf``, ``forms``, ``guard`` (checks every request), ``headers`` (also static
files' caching), ``compression``, ``login``,
``uploads``, ``csv_templates``, ``downloads`` (a page's tables as CSV or Excel), ``health``,
``page_cache``, ``citizens`` (/for-invanare, public) and ``open_data`` (/oppna-data/),
``proxies`` (the real client behind a proxy), ``request_id`` (one per request, in its
log lines), ``logs`` (the start event, errors to the JSON logs), ``gunicorn_logging``
(gunicorn's JSON logger, for gunicorn.conf.py).
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from web import (
    citizens,
    compression,
    csv_templates,
    downloads,
    guard,
    headers,
    health,
    login,
    logs,
    open_data,
    page_cache,
    proxies,
    request_id,
    sessions,
    uploads,
)


def install(server: Flask, script_hashes: Callable[[], list[str]] | None = None) -> None:
    """Sessions and routes first, then the guard, then the page cache behind the guard,
    so that a refused request is never answered from the cache. The request id before
    everything, so that every log line of a request names it. Compression registered
    first, so that it runs after every other hook has made the answer."""
    compression.install(server)
    proxies.install(server)
    request_id.install(server)
    logs.install(server)
    sessions.install(server)
    uploads.install(server)
    login.install(server)
    csv_templates.install(server)
    downloads.install(server)
    citizens.install(server)
    open_data.install(server)
    health.install(server)
    guard.install(server)
    headers.install(server, script_hashes)
    page_cache.install(server)

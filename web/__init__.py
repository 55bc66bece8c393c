"""The Flask side: sessions, login, CSRF, security headers, the page cache, health.

May import ``dashboard`` and Flask/Werkzeug; never Dash layouts, callbacks or
components. ``install(server, script_hashes)`` puts it in front of the Dash app.
"""

from __future__ import annotations

from flask import Flask

from web import auth, page_cache


def install(server: Flask, script_hashes: list[str]) -> None:
    """Guard first (sessions, login, CSRF, headers), then the page cache behind it,
    so that a refused request is never answered from the cache."""
    auth.install(server, script_hashes=script_hashes)
    page_cache.install(server)

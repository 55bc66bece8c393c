"""Behind a reverse proxy: the client's real address and scheme from ``X-Forwarded-*``.

Flask/Werkzeug only. With ``TRUSTED_PROXIES=n`` (how many proxies stand in front; 0 by
default, so a client's own ``X-Forwarded-For`` is never believed), Werkzeug's ProxyFix
takes the address the n-th proxy from us saw, and the scheme and host it was asked for.
The login backoff, the logs and ``Secure`` cookies then see the visitor, not the proxy.
(gunicorn's ``forwarded_allow_ips`` only sets the scheme: it leaves ``REMOTE_ADDR`` as
the proxy's address.) The proxy must set these headers itself, overwriting a client's
(``deploy/nginx-medborgarlofte.conf`` does).
"""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from dashboard.config import settings


class TrustedProxies:
    """WSGI middleware: ProxyFix for as many proxies as ``TRUSTED_PROXIES`` says, read
    per request like every setting (none: the request passes untouched)."""

    def __init__(self, app) -> None:
        self.app = app
        self._fixes: dict[int, ProxyFix] = {}

    def __call__(self, environ, start_response):
        count = settings().trusted_proxies
        if count <= 0:
            return self.app(environ, start_response)
        fix = self._fixes.get(count)
        if fix is None:
            fix = self._fixes[count] = ProxyFix(self.app, x_for=count, x_proto=count, x_host=count)
        return fix(environ, start_response)


def install(server: Flask) -> None:
    """Put ``TrustedProxies`` in front of the Flask app (outside every other hook)."""
    server.wsgi_app = TrustedProxies(server.wsgi_app)

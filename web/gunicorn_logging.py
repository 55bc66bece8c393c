"""gunicorn's logger class: its messages and its access log as JSON lines on stderr.

``gunicorn.conf.py`` names ``JsonLogger``: gunicorn's error log and access log are
written by ``dashboard.logs.JsonFormatter`` like the app's own events, one stream on
stderr (journald keeps it under systemd). An access line is the event ``request``:
method, path, query (link tokens blanked), status, bytes, duration, the client's address
(the forwarded one behind a trusted proxy: ``web.proxies``, with ``proxy`` the address
it came through) and the request id the app answered with. Imported by gunicorn only.
"""

from __future__ import annotations

import logging
import sys

from gunicorn.glogging import Logger

from dashboard import logs
from web.logs import redact


class JsonLogger(Logger):
    """gunicorn's logger, writing JSON lines on stderr (its access log included)."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        formatter = logs.JsonFormatter()
        for target in (self.error_log, self.access_log):
            for handler in target.handlers:
                handler.setFormatter(formatter)
                # gunicorn writes "-" (the access log) to stdout: one stream for all.
                if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stdout:
                    handler.setStream(sys.stderr)
        # The app's loggers, through the root, at INFO whatever GUNICORN_LOGLEVEL says:
        # its events (logins, imports, account changes) are the record of who did what.
        logs.configure(logging.INFO)

    def access(self, resp, req, environ, request_time) -> None:
        if not self.access_log_enabled:
            return
        status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
        headers = dict((key.lower(), value) for key, value in (resp.headers or []))
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO")
        fields = {
            "event": "request",
            "method": method,
            "path": path,
            "query": redact(environ.get("QUERY_STRING")) or None,
            "status": int(status) if str(status).isdigit() else status,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "client": environ.get("REMOTE_ADDR"),
            "referer": redact(environ.get("HTTP_REFERER")),
            "user_agent": environ.get("HTTP_USER_AGENT"),
            "request_id": headers.get("x-request-id"),
        }
        proxy = environ.get("werkzeug.proxy_fix.orig", {}).get("REMOTE_ADDR")
        if proxy:
            fields["proxy"] = proxy
        # A failing handler does not fail the request: logging reports it and goes on.
        self.access_log.info("%s %s %s", method, path, status, extra=fields)

"""The server's side of the JSON logs: its start, errors through the root, URLs blanked.

Flask only. ``python app.py`` and gunicorn's master log the event ``start``
(``log_start``); ``install`` leaves the app's errors to the root logger's JSON handler
(``dashboard.logs``); ``redact`` blanks link tokens in a URL before it is logged.
gunicorn's own logs and its access log: ``web.gunicorn_logging``.
"""

from __future__ import annotations

import logging
import os
import re

import sqlalchemy as sa
from flask import Flask
from flask.logging import default_handler

from dashboard import logs
from dashboard.config import settings
from dashboard.storage.migrations.version import HEAD

log = logging.getLogger(__name__)

# A link token in a URL is a password for viewing: never written to a log.
_TOKEN = re.compile(r"(^|[?&])(token=)[^&#]*")


def redact(text: str | None) -> str | None:
    """``text`` (a query string or a URL) with any ``token=`` value blanked."""
    return _TOKEN.sub(r"\1\2…", text) if text else text


def install(server: Flask) -> None:
    """Let the app's errors reach the root's JSON handler only, not also Flask's own."""
    server.logger.removeHandler(default_handler)


def log_start(server: str, **fields) -> None:
    """The event ``start``: which server, the database (without its password), the schema."""
    url = sa.engine.make_url(settings().database_url).render_as_string(hide_password=True)
    logs.event(log, "start", server=server, pid=os.getpid(), database=url, schema=HEAD, **fields)

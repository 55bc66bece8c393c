"""Structured logs: one JSON object per line on stderr, through the standard library.

An event is a log record with ``event`` set, e.g. ``login_failed``; its fields sit beside
it at the top level, so an administrator can ``grep '"event": "login_failed"'`` and read
the rest with ``jq``. ``event(log, "import", user=…, rows=…)`` logs one; any other
record is written the same way (``message``, ``level``, ``logger``), an error with its
traceback under ``exception`` and ``"event": "error"``. The web side sets the request id
(``REQUEST_ID``) for the duration of each request, so every line a request logs names it.

``configure()`` installs the handler on the root logger once per process (``app.py``,
gunicorn's logger class in ``web/logs.py``, the command line). Pure standard library.
"""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime

#: The id of the request being served in this context (None outside a request).
REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)

# What every LogRecord has: anything else on a record came in through ``extra``.
_STANDARD = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}
_HANDLER_MARK = "_medborgarlofte_json"


class JsonFormatter(logging.Formatter):
    """A record as one line of JSON: time (UTC), level, logger, event, message, fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        event = getattr(record, "event", None)
        if event is None and record.levelno >= logging.ERROR:
            event = "error"
        if event is not None:
            line["event"] = event
        line["message"] = record.getMessage()
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key != "event" and not key.startswith("_"):
                line[key] = value
        request_id = REQUEST_ID.get()
        if request_id is not None:
            line.setdefault("request_id", request_id)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        # default=str: a date or a path in a field is written as text, never a crash.
        return json.dumps(line, ensure_ascii=False, default=str)


def event(log: logging.Logger, name: str, message: str | None = None, /, **fields) -> None:
    """Log the event ``name`` at INFO with ``fields`` (never a password or a token)."""
    # A field named like a LogRecord attribute ("name", "module") would make logging
    # raise; such a field keeps its value under a prefixed key instead.
    extra = {(f"{key}_" if key in _STANDARD else key): value for key, value in fields.items()}
    if (request_id := REQUEST_ID.get()) is not None:
        extra.setdefault("request_id", request_id)  # kept on the record, however late it is written
    log.info(message or name, extra={"event": name, **extra})


class _StderrHandler(logging.StreamHandler):
    """A handler writing to ``sys.stderr`` as it is at each record (tests swap it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def configure(level: int | str = logging.INFO) -> logging.Handler:
    """JSON lines on stderr for every logger that propagates to the root.

    Idempotent: a second call only sets the level, so that the app, gunicorn and the
    command line may each call it.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if getattr(handler, _HANDLER_MARK, False):
            return handler
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter())
    setattr(handler, _HANDLER_MARK, True)
    root.addHandler(handler)
    return handler

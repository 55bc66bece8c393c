"""A request id per request: in every log line the request writes, and as ``X-Request-Id``.

Flask only. A fresh random id, or, behind a trusted proxy (``TRUSTED_PROXIES``), the one
the proxy sent (nginx's ``$request_id``) when it looks like one, so that the proxy's log
and ours meet. An error's log line carries it, and the visitor's answer names it.
"""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, request

from dashboard.config import settings
from dashboard.logs import REQUEST_ID

HEADER = "X-Request-Id"
_OWNER = "medborgarlofte.request_id"  # in the environ of the request that set the id
_WELL_FORMED = re.compile(r"[A-Za-z0-9._-]{8,64}")


def _begin() -> None:
    sent = request.headers.get(HEADER, "")
    if settings().trusted_proxies and _WELL_FORMED.fullmatch(sent):
        request_id = sent
    else:
        request_id = uuid.uuid4().hex
    g.request_id = request_id
    request.environ[_OWNER] = request_id
    REQUEST_ID.set(request_id)


def _answer(response: Response) -> Response:
    request_id = REQUEST_ID.get()
    if request_id is not None:
        response.headers[HEADER] = request_id
    return response


def _end(_error: BaseException | None) -> None:
    # A server thread serves one request after another: the next starts without an id.
    # Only the request that set it clears it: a request context opened inside a request
    # (app.py renders the pages for the validation layout in one, at the first request)
    # ends first, and would leave the rest of the request and its answer without an id.
    if _OWNER in request.environ:
        REQUEST_ID.set(None)


def install(server: Flask) -> None:
    """Before every other hook: the id is set first and answered on every response."""
    server.before_request_funcs.setdefault(None, []).insert(0, _begin)
    server.after_request(_answer)
    server.teardown_request(_end)

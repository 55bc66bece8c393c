"""CSRF protection: one secret token per session, which every writing request must send back.

Flask only. The token travels to the browser in a cookie that Dash's renderer reads
and echoes as a header (``Dash(csrf_token_name=..., csrf_header_name=...)``); plain
HTML forms carry it in a hidden field instead.
"""

from __future__ import annotations

import hmac
import secrets

from flask import Response, request, session

from dashboard.config import settings
from web.forms import is_form

CSRF_COOKIE = "_csrf_token"  # read by Dash's renderer (Dash(csrf_token_name=...))
CSRF_HEADER = "X-CSRFToken"  # sent by Dash's renderer (Dash(csrf_header_name=...))
CSRF_FIELD = "csrf_token"  # the hidden field of plain HTML forms


def token() -> str:
    """This session's CSRF token (created on first use)."""
    value = session.get("csrf")
    if not isinstance(value, str) or len(value) < 32:
        value = secrets.token_urlsafe(32)
        session["csrf"] = value
        session.permanent = True  # re-signed on every request: expires after inactivity
    return value


def token_ok() -> bool:
    """True when the request sends back this session's token, as a header or a form field."""
    expected = session.get("csrf")
    given = request.headers.get(CSRF_HEADER) or ""
    if not given and is_form():
        given = request.form.get(CSRF_FIELD) or ""
    return isinstance(expected, str) and hmac.compare_digest(expected, given)


def set_cookie(response: Response) -> None:
    """Hand the session's token to the browser, unless it has it already."""
    value = token()
    if request.cookies.get(CSRF_COOKIE) != value:
        response.set_cookie(
            CSRF_COOKIE,
            value,
            secure=settings().secure_cookies,
            httponly=False,  # Dash's renderer reads it and echoes it as a header
            samesite="Lax",
        )

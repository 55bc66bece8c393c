"""Security headers on every answer: the content security policy, no framing, no sniffing.

Flask only. Dash's inline scripts are allowed by their hashes (``Dash.csp_hashes``),
so no other inline script runs.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, Response

from dashboard.config import settings
from web import auth


def content_security_policy(script_hashes: list[str]) -> str:
    """The CSP Dash works under: no inline script except Dash's own (by hash), no framing.

    ``style-src 'unsafe-inline'``: Plotly and the Dash components set inline styles.
    """
    scripts = " ".join(["'self'", *dict.fromkeys(script_hashes)])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def install(server: Flask, script_hashes: Callable[[], list[str]] | None = None) -> None:
    """Add the headers to every answer; ``script_hashes()`` gives Dash's inline scripts."""

    @server.after_request
    def _security_headers(response: Response) -> Response:
        hashes = script_hashes() if script_hashes and response.mimetype == "text/html" else []
        response.headers.setdefault("Content-Security-Policy", content_security_policy(hashes))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        if settings().secure_cookies:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if auth.identified():
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response

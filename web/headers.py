"""Headers on every answer: the content security policy, no framing, no sniffing, and
how long a browser may keep a static file.

Flask only. Dash's inline scripts are allowed by their hashes (``Dash.csp_hashes``),
so no other inline script runs. Static files whose URL names their version (Dash's
fingerprinted component suites, ``assets/`` with Dash's ``?m=``) are kept a year without
asking again (``immutable``): a new version has a new URL. Other static files (Dash's
lazily loaded chunks such as plotly.min.js) are asked for again each time and answered
304 while unchanged. Pages and callback answers keep the caching they are given.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import Flask, Response, request

from dashboard.config import settings
from web import auth, citizens

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "public, no-cache"
COMPONENT_SUITES = "/_dash-component-suites/"
#: Dash's fingerprint, the second part of a component suite's file name:
#: ``name.v4_4_1m1796136658.min.js`` (as ``dash.fingerprint.check_fingerprint`` reads it).
FINGERPRINT = re.compile(r"v[\w-]+m[0-9a-fA-F]+")
#: How Bootstrap Icons names its font's version: ``bootstrap-icons.woff2?e34853…``.
CONTENT_HASH = re.compile(r"[0-9a-f]{16,64}")


def is_static(path: str, endpoint: str | None) -> bool:
    """A file served as it is on disk: Dash's component suites and the app's assets."""
    if not endpoint:
        return False
    return endpoint == "static" or endpoint.endswith(".static") or COMPONENT_SUITES in path


def without_fingerprint(path: str) -> tuple[str, bool]:
    """A component suite's path without Dash's fingerprint, and whether it had one."""
    folder, _, name = path.rpartition("/")
    parts = name.split(".")
    if len(parts) > 2 and FINGERPRINT.fullmatch(parts[1]):
        return f"{folder}/{'.'.join([parts[0], *parts[2:]])}", True
    return path, False


def is_versioned(path: str, query: str) -> bool:
    """Whether a static file's URL changes whenever the file does."""
    if COMPONENT_SUITES in path:
        return without_fingerprint(path)[1]
    params = dict(part.partition("=")[::2] for part in query.split("&") if part)
    return bool(params.get("m")) or bool(CONTENT_HASH.fullmatch(query))


def static_cache_control(path: str, query: str) -> str:
    return IMMUTABLE if is_versioned(path, query) else REVALIDATE


def content_security_policy(script_hashes: list[str], frame_ancestors: str = "'none'") -> str:
    """The CSP Dash works under: no inline script except Dash's own (by hash), no framing
    (``frame_ancestors``: the sites that may frame this answer; only the public page has any).

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
            f"frame-ancestors {frame_ancestors}",
        ]
    )


def install(server: Flask, script_hashes: Callable[[], list[str]] | None = None) -> None:
    """Add the headers to every answer; ``script_hashes()`` gives Dash's inline scripts."""

    @server.after_request
    def _security_headers(response: Response) -> Response:
        hashes = script_hashes() if script_hashes and response.mimetype == "text/html" else []
        # /for-invanare may be framed by the municipality's site (EMBED_ORIGINS); no other answer.
        ancestors = citizens.frame_ancestors(request.path)
        policy = content_security_policy(hashes, ancestors or "'none'")
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if ancestors is None:
            response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        if settings().secure_cookies:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if is_static(request.path, request.endpoint):
            if response.status_code in (200, 304):
                query = request.query_string.decode("latin-1")
                response.headers["Cache-Control"] = static_cache_control(request.path, query)
        elif auth.identified():
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response

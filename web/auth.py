"""The web server's guard: sessions, login, roles, CSRF, security headers, upload limit.

Flask only (no Dash): ``install(server)`` is called once by ``app.py``. Every
callback that writes calls ``require_editor()``, which re-reads the account from
the database, so a removed or demoted account loses its rights at once, whatever
its cookie says. Viewing is open when ``OPEN_VIEWING`` is on; otherwise it needs a
login or a read-only link token (``?token=…``, e.g. on a wall screen's address).
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import sqlalchemy as sa
from flask import (
    Flask,
    Response,
    g,
    jsonify,
    redirect,
    request,
    send_from_directory,
    session,
)
from markupsafe import escape

from dashboard import accounts, contract
from dashboard.config import PROJECT_DIR, TEMPLATE_DIR, settings
from dashboard.i18n import lang_of, t
from dashboard.storage import database

log = logging.getLogger(__name__)

CSRF_COOKIE = "_csrf_token"  # read by Dash's renderer (Dash(csrf_token_name=...))
CSRF_HEADER = "X-CSRFToken"  # sent by Dash's renderer (Dash(csrf_header_name=...))
CSRF_FIELD = "csrf_token"  # the hidden field of plain HTML forms
SESSION_COOKIE = "mbl_session"
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
# Reachable without viewing rights when viewing is closed: the login itself and static files.
STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/", "/_favicon.ico")
PUBLIC_PREFIXES = ("/login", "/logout", "/halsa", *STATIC_PREFIXES)
DASH_INTERNAL = ("/_dash-", "/_reload-hash")
TEMPLATE_ROUTE = "/mallar/"


class NotAuthorised(PermissionError):
    """The request may not write: nobody, or no editor, is logged in."""


# --------------------------------------------------------------------------
# Who is asking.


def _engine():
    return database.default_engine()


def current_user() -> accounts.User | None:
    """The logged-in account as it is in the database now (None: anonymous or removed)."""
    if "user" not in g:
        uid = session.get("uid")
        g.user = accounts.get_user(_engine(), uid) if isinstance(uid, int) else None
    return g.user


def require_editor() -> accounts.User:
    """The logged-in editor; raises ``NotAuthorised`` for anyone else (checked on the server)."""
    user = current_user()
    if user is None or not user.is_editor:
        raise NotAuthorised("editor required")
    return user


def has_view_token() -> bool:
    token_id = session.get("view_token")
    if not isinstance(token_id, int):
        return False
    if "token_ok" not in g:
        g.token_ok = accounts.token_valid(_engine(), token_id)
    return g.token_ok


def can_view() -> bool:
    """True if this request may see the data."""
    return settings().open_viewing or current_user() is not None or has_view_token()


def csrf_token() -> str:
    """This session's CSRF token (created on first use)."""
    token = session.get("csrf")
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
        session.permanent = True  # re-signed on every request: expires after inactivity
    return token


def _csrf_ok() -> bool:
    expected = session.get("csrf")
    given = request.headers.get(CSRF_HEADER) or ""
    if not given and _is_form():
        given = request.form.get(CSRF_FIELD) or ""
    return isinstance(expected, str) and hmac.compare_digest(expected, given)


# --------------------------------------------------------------------------
# Secret key: from the environment, else generated once beside the database.


def instance_dir(database_url: str) -> Path:
    """The folder for instance files: the SQLite file's folder, else ``instance/``."""
    url = sa.engine.make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent
    return PROJECT_DIR / "instance"


def secret_key() -> str:
    """``SECRET_KEY`` from the environment, else the key in ``<instance>/secret_key`` (0600)."""
    config = settings()
    if config.secret_key:
        return config.secret_key
    folder = instance_dir(config.database_url)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "secret_key"
    if not path.exists():
        # Written to a private temporary file, then linked into place: several server
        # processes starting at once all end up with the one key, never a half-written one.
        key = secrets.token_hex(32)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".secret_key.")  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(key + "\n")
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    if path.stat().st_mode & 0o077:
        log.warning("%s was readable by others; restricting it to its owner", path)
        path.chmod(0o600)
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise RuntimeError(f"{path} holds no usable key: delete it to make a new one")
    return key


# --------------------------------------------------------------------------
# Headers.


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


def _is_form() -> bool:
    return request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data")


def _lang() -> str:
    """The language asked for: ``?lang=``, or the login form's hidden field."""
    value = request.args.get("lang")
    if value is None and request.method == "POST" and _is_form():
        value = request.form.get("lang")
    return lang_of(value)


def _local_target(target: str | None) -> str:
    """``next`` only within this site (no ``//host`` or ``\\`` tricks)."""
    target = (target or "").strip()
    parts = urlsplit(target)
    if (
        not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or parts.scheme
        or parts.netloc
    ):
        return "/import"
    return target


# --------------------------------------------------------------------------
# The login page (a plain HTML form: no script, hidden CSRF field).


def login_page(lang: str, *, message: str | None = None, name: str = "", next_url: str = "/"):
    other = "en" if lang == "sv" else "sv"
    switch = "?" + urlencode({"lang": other, "next": next_url})
    alert = (
        f'<div class="alert alert-danger" role="alert" id="login-error">{escape(message)}</div>'
        if message
        else ""
    )
    user = current_user()
    who = (
        f'<p class="text-body-secondary" id="login-current">'
        f"{escape(t('acct.logged_in_as', lang, name=user.name, role=t(f'role.{user.role}', lang)))}"
        "</p>"
        if user
        else ""
    )
    title = escape(t("acct.login_title", lang))
    intro = "acct.login_open" if settings().open_viewing else "acct.login_closed"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – {escape(t("app.title", lang))}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/bootstrap-icons/bootstrap-icons.min.css">
</head>
<body class="bg-body-tertiary">
<nav class="navbar navbar-dark bg-dark mb-4"><div class="container-fluid">
<a class="navbar-brand fs-3 fw-bold" href="/{"?lang=en" if lang == "en" else ""}">
<i class="bi bi-shield-check me-2"></i>{escape(t("app.title", lang))}</a>
<a class="nav-link text-light" id="lang-toggle" href="/login{escape(switch)}">
<i class="bi bi-translate me-1"></i>{escape(t("frame.other_language", lang))}</a>
</div></nav>
<main class="container" style="max-width: 30rem">
<h1 class="mb-3">{title}</h1>
<p>{escape(t("acct.login_intro", lang))} {escape(t(intro, lang))}</p>
{who}{alert}
<form method="post" action="/login" class="card card-body shadow-sm" id="login-form">
<input type="hidden" name="{CSRF_FIELD}" value="{escape(csrf_token())}">
<input type="hidden" name="next" value="{escape(next_url)}">
<input type="hidden" name="lang" value="{lang}">
<div class="mb-3">
<label class="form-label fs-5" for="login-name">{escape(t("acct.name", lang))}</label>
<input class="form-control form-control-lg" id="login-name" name="name" value="{escape(name)}"
 autocomplete="username" autocapitalize="none" spellcheck="false" required
 maxlength="100"{"" if name else " autofocus"}>
</div>
<div class="mb-3">
<label class="form-label fs-5" for="login-password">{escape(t("acct.password", lang))}</label>
<input class="form-control form-control-lg" id="login-password" name="password" type="password"
 autocomplete="current-password" required maxlength="{accounts.MAX_PASSWORD_LENGTH}"
 {"autofocus" if name else ""}>
</div>
<button class="btn btn-primary btn-lg" type="submit" id="login-submit">
<i class="bi bi-box-arrow-in-right me-2"></i>{escape(t("acct.login_button", lang))}</button>
</form>
<p class="mt-3 text-body-secondary">{escape(t("acct.login_help", lang))}</p>
</main>
</body>
</html>"""


def _html(body: str, status: int = 200) -> Response:
    return Response(body, status=status, mimetype="text/html")


def login_view():
    lang = _lang()
    if request.method == "GET":
        return _html(login_page(lang, next_url=_local_target(request.args.get("next"))))
    next_url = _local_target(request.form.get("next"))
    name = (request.form.get("name") or "").strip()[:100]
    if not _csrf_ok():
        # Typically a login page left open past the session's life: just try again.
        return _html(
            login_page(lang, message=t("acct.form_expired", lang), name=name, next_url=next_url)
        )
    result = accounts.authenticate(
        _engine(), name, request.form.get("password") or "", request.remote_addr or "?"
    )
    if result.user is None:
        if result.wait:
            message = t("acct.too_many", lang, seconds=result.wait)
        else:
            message = t("acct.bad_login", lang)
        # 200, not 401: the form is simply shown again (no browser console error).
        return _html(login_page(lang, message=message, name=name, next_url=next_url))
    # A fresh session (new CSRF token too): nothing from before the login carries over.
    session.clear()
    session.permanent = True
    session["uid"] = result.user.id
    g.pop("user", None)
    csrf_token()
    if lang == "en" and "lang=" not in next_url:
        next_url += ("&" if "?" in next_url else "?") + "lang=en"
    return redirect(next_url, code=303)


def logout_view():
    lang = _lang()
    session.clear()
    return redirect("/" + ("?lang=en" if lang == "en" else ""), code=303)


def template_view(name: str):
    kinds = {f"{kind}.csv" for kind in contract.KINDS}
    if name not in kinds:
        return Response("Not found", status=404, mimetype="text/plain")
    return send_from_directory(
        TEMPLATE_DIR, name, as_attachment=True, mimetype="text/csv", max_age=0
    )


# --------------------------------------------------------------------------
# Installing it all on the Flask server.


def upload_limit_bytes() -> int:
    return settings().upload_limit_mb * 1024 * 1024


def request_limit_bytes() -> int:
    """The largest request accepted: the upload limit in base64 (4/3) plus room for JSON."""
    return upload_limit_bytes() * 4 // 3 + 1024 * 1024


def install(server: Flask, script_hashes: Callable[[], list[str]] | None = None) -> None:
    """Configure sessions and register the guard, the login routes and the template route."""
    config = settings()
    server.secret_key = secret_key()
    server.config.update(
        SESSION_COOKIE_NAME=SESSION_COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=config.session_hours),
        MAX_CONTENT_LENGTH=request_limit_bytes(),
    )

    server.add_url_rule("/login", "login", login_view, methods=["GET", "POST"])
    server.add_url_rule("/logout", "logout", logout_view, methods=["POST"])
    server.add_url_rule(TEMPLATE_ROUTE + "<name>", "template", template_view, methods=["GET"])

    @server.before_request
    def guard():
        path = request.path
        if request.method in UNSAFE_METHODS and path != "/login" and not _csrf_ok():
            return _refuse(t("sec.csrf", _lang()), 403)
        token = request.args.get("token")
        if token and request.method == "GET" and not has_view_token():
            token_id = accounts.redeem_token(_engine(), token)
            if token_id is not None:
                session["view_token"] = token_id
                session.permanent = True
                g.token_ok = True
        if path.startswith(PUBLIC_PREFIXES) or can_view():
            return None
        lang = lang_of(request.args.get("lang"))
        if path.startswith(DASH_INTERNAL) or path.startswith(TEMPLATE_ROUTE):
            return _refuse(t("sec.login_required", lang), 401)
        target = request.full_path if request.query_string else path
        return redirect("/login?" + urlencode({"next": target, "lang": lang}), code=303)

    @server.after_request
    def headers(response: Response) -> Response:
        config = settings()
        if not request.path.startswith(STATIC_PREFIXES):
            token = csrf_token()
            if request.cookies.get(CSRF_COOKIE) != token:
                response.set_cookie(
                    CSRF_COOKIE,
                    token,
                    secure=config.secure_cookies,
                    httponly=False,  # Dash's renderer reads it and echoes it as a header
                    samesite="Lax",
                )
        hashes = script_hashes() if script_hashes and response.mimetype == "text/html" else []
        response.headers.setdefault("Content-Security-Policy", content_security_policy(hashes))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        if config.secure_cookies:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if session.get("uid") or session.get("view_token"):
            response.headers.setdefault("Cache-Control", "private, no-store")
        return response

    @server.errorhandler(413)
    def too_large(_error):
        lang = lang_of(request.args.get("lang"))  # the body is not read: it is too large
        return _refuse(t("sec.too_large", lang, mb=settings().upload_limit_mb), 413)


def _refuse(message: str, status: int) -> Response:
    if (
        request.path.startswith(DASH_INTERNAL)
        or request.accept_mimetypes.best == "application/json"
    ):
        response = jsonify({"message": message})
        response.status_code = status
        return response
    return Response(message, status=status, mimetype="text/plain")

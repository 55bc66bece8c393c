"""The guard in front of every request: CSRF on writes, viewing rights, link tokens.

Flask only. A write without this session's CSRF token is refused; when viewing is
closed (``OPEN_VIEWING=0``), a page asks for a login and Dash's data requests get 401.
The health check stands outside: no session and no cookie for a probe.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, Response, jsonify, redirect, request

from dashboard.i18n import lang_of, t
from web import auth, citizens, csrf, health, login
from web.csv_templates import TEMPLATE_ROUTE
from web.forms import request_lang

UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
# Reachable without viewing rights when viewing is closed: the login itself and static files.
STATIC_PREFIXES = ("/assets/", "/_dash-component-suites/", "/_favicon.ico")
PUBLIC_PREFIXES = (login.LOGIN_PATH, login.LOGOUT_PATH, health.PATH, *STATIC_PREFIXES)
DASH_INTERNAL = ("/_dash-", "/_reload-hash")
# The citizens' page, its text downloads and the open data: public whatever OPEN_VIEWING
# says (PUBLIC_PAGE=0 turns them off: 404 for everybody). Exact paths and the open data's
# own folder, so that nothing else of the app opens with them (not Dash's callbacks).
PUBLIC_PATHS = citizens.PATHS
PUBLIC_FOLDERS = (citizens.OPEN_DATA_PREFIX,)


def refuse(message: str, status: int) -> Response:
    """Refuse with ``message``: as JSON to Dash's renderer (it shows it), else as text."""
    if (
        request.path.startswith(DASH_INTERNAL)
        or request.accept_mimetypes.best == "application/json"
    ):
        response = jsonify({"message": message})
        response.status_code = status
        return response
    return Response(message, status=status, mimetype="text/plain")


def _check():
    path = request.path
    if path == health.PATH:
        return None
    if request.method in UNSAFE_METHODS and path != login.LOGIN_PATH and not csrf.token_ok():
        return refuse(t("sec.csrf", request_lang()), 403)
    token = request.args.get("token")
    if token and request.method == "GET" and not auth.has_view_token():
        auth.redeem_view_token(token)
    if (
        path.startswith(PUBLIC_PREFIXES)
        or path in PUBLIC_PATHS
        or path.startswith(PUBLIC_FOLDERS)
        or auth.can_view()
    ):
        return None
    lang = lang_of(request.args.get("lang"))
    if path.startswith(DASH_INTERNAL) or path.startswith(TEMPLATE_ROUTE):
        return refuse(t("sec.login_required", lang), 401)
    target = request.full_path if request.query_string else path
    return redirect(login.LOGIN_PATH + "?" + urlencode({"next": target, "lang": lang}), code=303)


def _csrf_cookie(response: Response) -> Response:
    if not request.path.startswith(STATIC_PREFIXES) and request.path != health.PATH:
        csrf.set_cookie(response)
    return response


def install(server: Flask) -> None:
    """Check every request before Dash sees it; hand out the CSRF cookie with the answer."""
    server.before_request(_check)
    server.after_request(_csrf_cookie)

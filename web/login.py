"""The ``/login`` and ``/logout`` routes: a plain HTML form, no script, a hidden CSRF field.

Flask only. The page is ``templates/login.html``, rendered with autoescaping; its text
comes from the i18n catalogue here, so that every key in use stays in Python source.
Every login (``login_ok``, ``login_failed``, ``login_held_back``) and logout is logged
as an event with the name tried and the client's address (never the password).
"""

from __future__ import annotations

import logging
import unicodedata
from urllib.parse import urlencode, urlsplit

import jinja2
from flask import Flask, Response, redirect, request

from dashboard import accounts
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.logs import event
from dashboard.storage import database
from web import auth, csrf
from web.forms import request_lang

LOGIN_PATH = "/login"
LOGOUT_PATH = "/logout"
AFTER_LOGIN = "/import"  # where ``next`` leads when it is missing or points off this site
REPORTER_START = "/rapportera"  # the same for a reporter: the one page they work on

log = logging.getLogger(__name__)

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("web", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def login_page(lang: str, *, message: str | None = None, name: str = "", next_url: str = "/"):
    """The login page's HTML, in ``lang``, with an error ``message`` and ``name`` kept."""
    user = auth.current_user()
    who = None
    if user:
        role = t(f"role.{user.role}", lang)
        who = t("acct.logged_in_as", lang, name=user.name, role=role)
    intro = "acct.login_open" if settings().open_viewing else "acct.login_closed"
    text = {
        "title": t("acct.login_title", lang),
        "app": t("app.title", lang),
        "other_language": t("frame.other_language", lang),
        "intro": t("acct.login_intro", lang),
        "viewing": t(intro, lang),
        "name": t("acct.name", lang),
        "password": t("acct.password", lang),
        "button": t("acct.login_button", lang),
        "help": t("acct.login_help", lang),
    }
    other = "en" if lang == "sv" else "sv"
    return _templates.get_template("login.html").render(
        lang=lang,
        text=text,
        who=who,
        message=message,
        name=name,
        next_url=next_url,
        switch="?" + urlencode({"lang": other, "next": next_url}),
        csrf_field=csrf.CSRF_FIELD,
        csrf_token=csrf.token(),
        max_password_length=accounts.MAX_PASSWORD_LENGTH,
    )


def local_target(target: str | None) -> str:
    """``next`` only within this site (no ``//host`` or ``\\`` tricks, no control
    characters: a CR or LF would split the ``Location`` header, others fool browsers)."""
    target = (target or "").strip()
    if any(unicodedata.category(char) == "Cc" for char in target):
        return AFTER_LOGIN
    parts = urlsplit(target)
    if (
        not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or parts.scheme
        or parts.netloc
    ):
        return AFTER_LOGIN
    return target


def _html(body: str, status: int = 200) -> Response:
    return Response(body, status=status, mimetype="text/html")


def login_view():
    lang = request_lang()
    if request.method == "GET":
        return _html(login_page(lang, next_url=local_target(request.args.get("next"))))
    next_url = local_target(request.form.get("next"))
    name = (request.form.get("name") or "").strip()[:100]
    if not csrf.token_ok():
        # Typically a login page left open past the session's life: just try again.
        return _html(
            login_page(lang, message=t("acct.form_expired", lang), name=name, next_url=next_url)
        )
    client = request.remote_addr or "?"
    result = accounts.authenticate(
        database.default_engine(), name, request.form.get("password") or "", client
    )
    if result.user is None:
        if result.held_back:
            event(log, "login_held_back", user=name, client=client, wait=result.wait)
        else:
            event(log, "login_failed", user=name, client=client, wait=result.wait)
        if result.wait:
            message = t("acct.too_many", lang, seconds=result.wait)
        else:
            message = t("acct.bad_login", lang)
        # 200, not 401: the form is simply shown again (no browser console error).
        return _html(login_page(lang, message=message, name=name, next_url=next_url))
    event(log, "login_ok", user=result.user.name, role=result.user.role, client=client)
    auth.log_in(result.user)
    csrf.token()  # a new token for the new session
    if next_url == AFTER_LOGIN and result.user.is_reporter:
        next_url = REPORTER_START  # a reporter may do nothing on /import
    if lang == "en" and "lang=" not in next_url:
        next_url += ("&" if "?" in next_url else "?") + "lang=en"
    return redirect(next_url, code=303)


def logout_view():
    lang = request_lang()
    user = auth.current_user()
    auth.log_out()
    if user is not None:
        event(log, "logout", user=user.name, client=request.remote_addr or "?")
    return redirect("/" + ("?lang=en" if lang == "en" else ""), code=303)


def install(server: Flask) -> None:
    """Register ``/login`` (GET shows the form, POST logs in) and ``/logout`` (POST only)."""
    server.add_url_rule(LOGIN_PATH, "login", login_view, methods=["GET", "POST"])
    server.add_url_rule(LOGOUT_PATH, "logout", logout_view, methods=["POST"])

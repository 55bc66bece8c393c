"""The ``/login`` and ``/logout`` routes: a plain HTML form, no script, a hidden CSRF field.

Flask only. The page is ``templates/login.html``, rendered with autoescaping; its text
comes from the i18n catalogue here, so that every key in use stays in Python source.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

import jinja2
from flask import Flask, Response, redirect, request

from dashboard import accounts
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.storage import database
from web import auth, csrf
from web.forms import request_lang

LOGIN_PATH = "/login"
LOGOUT_PATH = "/logout"
AFTER_LOGIN = "/import"  # where ``next`` leads when it is missing or points off this site

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
    result = accounts.authenticate(
        database.default_engine(),
        name,
        request.form.get("password") or "",
        request.remote_addr or "?",
    )
    if result.user is None:
        if result.wait:
            message = t("acct.too_many", lang, seconds=result.wait)
        else:
            message = t("acct.bad_login", lang)
        # 200, not 401: the form is simply shown again (no browser console error).
        return _html(login_page(lang, message=message, name=name, next_url=next_url))
    auth.log_in(result.user)
    csrf.token()  # a new token for the new session
    if lang == "en" and "lang=" not in next_url:
        next_url += ("&" if "?" in next_url else "?") + "lang=en"
    return redirect(next_url, code=303)


def logout_view():
    lang = request_lang()
    auth.log_out()
    return redirect("/" + ("?lang=en" if lang == "en" else ""), code=303)


def install(server: Flask) -> None:
    """Register ``/login`` (GET shows the form, POST logs in) and ``/logout`` (POST only)."""
    server.add_url_rule(LOGIN_PATH, "login", login_view, methods=["GET", "POST"])
    server.add_url_rule(LOGOUT_PATH, "logout", logout_view, methods=["POST"])

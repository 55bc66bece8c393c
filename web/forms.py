"""Plain HTML form posts: recognising one, and the language a request asks for.

Flask only. The login form and the import page's form post fields, where Dash's
renderer posts JSON; a form carries its language in a hidden ``lang`` field.
"""

from __future__ import annotations

from flask import request

from dashboard.i18n import lang_of

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def is_form() -> bool:
    """True when the request's body is a plain HTML form."""
    return request.mimetype in FORM_TYPES


def request_lang() -> str:
    """The language asked for: ``?lang=``, or a posted form's hidden ``lang`` field."""
    value = request.args.get("lang")
    if value is None and request.method == "POST" and is_form():
        value = request.form.get("lang")
    return lang_of(value)

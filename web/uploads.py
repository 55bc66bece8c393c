"""How large an upload may be, and the answer to a request that is larger.

Flask only. Flask refuses an oversized request before reading its body
(``MAX_CONTENT_LENGTH``); the answer says the limit in the user's language.
"""

from __future__ import annotations

from flask import Flask, request

from dashboard.config import settings
from dashboard.i18n import lang_of, t
from web.guard import refuse


def upload_limit_bytes() -> int:
    """The most an import may upload at once (``UPLOAD_LIMIT_MB``)."""
    return settings().upload_limit_mb * 1024 * 1024


def request_limit_bytes() -> int:
    """The largest request accepted: the upload limit in base64 (4/3) plus room for JSON."""
    return upload_limit_bytes() * 4 // 3 + 1024 * 1024


def install(server: Flask) -> None:
    server.config["MAX_CONTENT_LENGTH"] = request_limit_bytes()

    @server.errorhandler(413)
    def too_large(_error):
        lang = lang_of(request.args.get("lang"))  # the body is not read: it is too large
        return refuse(t("sec.too_large", lang, mb=settings().upload_limit_mb), 413)

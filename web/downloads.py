"""``/nedladdning/<page>/<table>.<csv|xlsx>``: a page's table as a file, from a plain link.

Flask only. The path names the page and the table (``/nedladdning/omrade/<område>/…``
for an area), the query string is the page's own, so the file holds what the page shows
(``dashboard.pages.downloads.page_file``). Links rather than a Dash callback: they work
without script, from every page, and can be saved or shared.

Behind the guard like the pages: with ``OPEN_VIEWING=0`` a visitor without a login or a
link token is sent to the login and comes back to the file; ``?token=`` works as on a
page. The answer is never cached by a shared cache (``private``): it may be closed data.
"""

from __future__ import annotations

from flask import Flask, Response, request

from dashboard.i18n import lang_of, t
from dashboard.pages import downloads

ROUTE = downloads.ROUTE


def _answer(page: str, name: str, slug: str | None = None) -> Response:
    found = downloads.page_file(page, name, request.args.to_dict(flat=False), slug)
    if found is None:
        lang = lang_of(request.args.get("lang"))
        return Response(t("dl.not_found", lang), status=404, mimetype="text/plain")
    response = Response(found.content, content_type=found.mime)
    response.headers.set("Content-Disposition", "attachment", filename=found.filename)
    response.headers["Cache-Control"] = "private, no-cache"
    return response


def page_download(page: str, name: str) -> Response:
    return _answer(page, name)


def area_download(slug: str, name: str) -> Response:
    return _answer("omrade", name, slug)


def install(server: Flask) -> None:
    server.add_url_rule(f"{ROUTE}/omrade/<slug>/<name>", "area_download", area_download)
    server.add_url_rule(f"{ROUTE}/<page>/<name>", "page_download", page_download)

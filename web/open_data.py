"""``/oppna-data/<dataset>.<csv|json>``: the open data behind /for-invanare.

Flask only. Public under the same rule as the page (the guard lets ``/oppna-data/``
through without a login; ``PUBLIC_PAGE=0`` answers 404). Readable from any site
(``Access-Control-Allow-Origin: *``: the data is public and no cookie is honoured for
it), with the licence as a ``Link: <…>; rel="license"`` header as well as in the JSON's
metadata and on the page.
"""

from __future__ import annotations

from flask import Flask, Response, redirect

from dashboard.config import settings
from dashboard.pages import open_data
from web.citizens import OPEN_DATA_PREFIX, PATH, link, not_found, page_query

MIMETYPES = {"csv": "text/csv", "json": "application/json"}


def serve(name: str) -> Response:
    if not settings().public_page:
        return not_found()
    dataset, _, fmt = name.partition(".")
    if dataset not in open_data.DATASETS or fmt not in open_data.FORMATS:
        return not_found()
    q = page_query()
    data = open_data.dataset(dataset, q)
    body = open_data.to_csv(data) if fmt == "csv" else open_data.to_json(data, q.lang)
    response = Response(body, mimetype=MIMETYPES[fmt])
    response.charset = "utf-8"
    response.headers["Content-Disposition"] = f'inline; filename="{dataset}.{fmt}"'
    response.headers["Access-Control-Allow-Origin"] = "*"
    licence = open_data.Licence.configured()
    if licence.url:
        response.headers["Link"] = f'<{licence.url}>; rel="license"'
    return response


def index() -> Response:
    """``/oppna-data/`` itself (the address the website text gives): the public page's list
    of the datasets. Dash would otherwise answer it, and with viewing closed an anonymous
    visitor would get "Error loading layout"."""
    if not settings().public_page:
        return not_found()
    return redirect(link(PATH, page_query()) + "#citizens-open-data", code=302)


def install(server: Flask) -> None:
    server.add_url_rule(OPEN_DATA_PREFIX, "open_data_index", index, methods=["GET"])
    # ``path``: a deeper address is this route's 404 too, never Dash's page shell.
    server.add_url_rule(OPEN_DATA_PREFIX + "<path:name>", "open_data", serve, methods=["GET"])

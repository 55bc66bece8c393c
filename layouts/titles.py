"""Each page's document title in the interface language ("Hötorget – Område –
Medborgarlöfte"), and what it reads of the URL being rendered.

Dash Pages calls a page's ``title`` with the path's variables only, so the language is
read from the URL itself: the router callback's search (the page cache keeps its answer
per URL, language included), or the request's query string when Dash writes the first
HTML's meta tags.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

import dash
import flask

from dashboard.i18n import t
from dashboard.pages.areas import area_name
from dashboard.urls import Query, parse_query, parse_search

AREA_PATH = "/omrade"  # the list of areas; an area's page is below it


def _router_input(name: str) -> object:
    """``_pages_location.<name>`` of the router callback being run, else None."""
    try:
        return dash.callback_context.inputs.get(f"_pages_location.{name}")
    # Outside a callback: the first HTML of a page, the validation layout (a LookupError
    # in a thread Dash never set its context in).
    except (dash.exceptions.MissingCallbackContextException, LookupError):
        return None


def request_query() -> Query:
    """The filters and language of the page being rendered, from its URL."""
    search = _router_input("search")
    if isinstance(search, str):
        return parse_search(search)
    if flask.has_request_context():
        return parse_query(flask.request.args.to_dict())
    return parse_query({})


def path_slug(omrade: str | None) -> str:
    """The area slug of the requested path (``omrade``, the path variable, without one).

    Dash merges the path variable with the query string, and the shared filter
    ``omrade`` would win, so the pathname itself is read where Dash gives it.
    """
    pathname = _router_input("pathname")
    if pathname is None and flask.has_request_context():
        pathname = flask.request.path
    if isinstance(pathname, str) and pathname.rstrip("/").startswith(AREA_PATH + "/"):
        return unquote(pathname.rstrip("/")[len(AREA_PATH) + 1 :])
    return omrade if isinstance(omrade, str) else ""


def document_title(lang: str, *views: str) -> str:
    """The views, narrowest first, then the app's name, joined by en dashes."""
    return " – ".join([*views, t("app.title", lang)])


def page_title(key: str) -> Callable[..., str]:
    """A page's ``title`` for ``dash.register_page``: the catalogue's ``key``, the app."""

    def title(**_path_variables) -> str:
        lang = request_query().lang
        return document_title(lang, t(key, lang))

    return title


def area_title(omrade: str | None = None) -> str:
    """An area page's title: the area's name where the path names a known area."""
    q = request_query()
    name = area_name(q, path_slug(omrade))
    page = t("nav.area", q.lang)
    return document_title(q.lang, name, page) if name else document_title(q.lang, page)

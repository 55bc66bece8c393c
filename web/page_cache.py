"""Rendered pages, cached per URL and data version (Flask only, no Dash).

A page renders entirely from its URL (the URL is the single source of truth), so
Dash Pages' router callback answers the same for everybody asking for the same
(pathname, search) until the data changes (a new data version, so an import is seen
at once) or the day does (views are judged on today by default). Fifty wall screens
on one view, or a link shared in a meeting, then cost one render per server process.
Pages that depend on who asks (``/import``, login) are never cached. Cached pages are
kept and sent gzipped (``Content-Encoding: gzip``) to browsers that accept it.

``install(server)`` after ``guard.install``: the guard runs first, so a refused
request is never answered from the cache.
"""

from __future__ import annotations

import gzip
import os
import threading
from collections import OrderedDict
from datetime import date

from flask import Flask, Response, g, request

from dashboard.config import settings
from dashboard.storage import cache, database

ROUTER_OUTPUT = "_pages_content.children"
# Pages that depend on who asks (a form for some, a login prompt for others).
NEVER = ("/import", "/login", "/logout", "/konto", "/uppfoljning", "/rapportera")
MAX_BYTES = int(float(os.environ.get("PAGE_CACHE_MB", "64")) * 2**20)  # per server process
# A page is mostly repeated figure templates and component names: gzip takes
# 360 kB of JSON to ~25 kB, at ~3 ms once per cached page.
GZIP_LEVEL = 6


class _Lru:
    """Bytes by key, least recently used out first, within ``MAX_BYTES``."""

    def __init__(self) -> None:
        self.entries: OrderedDict[tuple, bytes] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> bytes | None:
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple, value: bytes) -> None:
        if len(value) > MAX_BYTES // 8:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            self.size += len(value) - (len(old) if old else 0)
            self.entries[key] = value
            while self.size > MAX_BYTES and self.entries:
                self.size -= len(self.entries.popitem(last=False)[1])

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


_pages = _Lru()
cache.on_clear(_pages.clear)


def clear() -> None:
    _pages.clear()


def stats() -> dict:
    return {"entries": len(_pages.entries), "bytes": _pages.size, "hits": _pages.hits}


def router_request(pathname: str, search: str = "") -> dict:
    """The JSON body a browser POSTs to render the page at ``pathname`` + ``search``
    (Dash Pages' router callback): for the warm-up, tests and benchmarks."""
    return {
        "output": ".._pages_content.children..._pages_store.data..",
        "outputs": [
            {"id": "_pages_content", "property": "children"},
            {"id": "_pages_store", "property": "data"},
        ],
        "inputs": [
            {"id": "_pages_location", "property": "pathname", "value": pathname},
            {"id": "_pages_location", "property": "search", "value": search},
        ],
        "changedPropIds": ["_pages_location.search"],
        "state": [],
    }


def page_key(body: object, version: int, today: date, database: str) -> tuple | None:
    """The cache key of a router request's JSON ``body``, or None when it must be rendered."""
    if not isinstance(body, dict) or ROUTER_OUTPUT not in str(body.get("output", "")):
        return None
    values = {
        item.get("property"): item.get("value")
        for item in body.get("inputs") or []
        if isinstance(item, dict)
    }
    pathname, search = values.get("pathname"), values.get("search") or ""
    if not isinstance(pathname, str) or not isinstance(search, str):
        return None
    if pathname.rstrip("/").startswith(NEVER) or body.get("state"):
        return None
    return (database, version, today, pathname, search)


def _current_version() -> int:
    with database.read_snapshot(database.default_engine()) as conn:
        return database.data_version(conn)


def install(server: Flask) -> None:
    """Answer repeated page renders from the cache; keep fresh ones."""

    @server.before_request
    def _serve_cached_page():
        if request.method != "POST" or not request.path.endswith("_dash-update-component"):
            return None
        body = request.get_json(silent=True)  # Flask keeps it parsed for Dash
        if not isinstance(body, dict) or ROUTER_OUTPUT not in str(body.get("output", "")):
            return None
        key = page_key(body, _current_version(), date.today(), settings().database_url)
        if key is None:
            return None
        found = _pages.get(key)
        if found is None and _wait_for_render(key):
            found = _pages.get(key)  # another thread just rendered it
        if found is not None:
            return _answer(found)
        g.page_cache_key = key
        return None

    @server.after_request
    def _keep_page(response: Response) -> Response:
        key = g.pop("page_cache_key", None)
        if key is None:
            return response
        try:
            if response.status_code != 200 or response.direct_passthrough:
                return response
            packed = gzip.compress(response.get_data(), GZIP_LEVEL)
            _pages.put(key, packed)
            return _answer(packed, response)
        finally:
            _render_done(key)

    @server.teardown_request
    def _release(_error) -> None:  # a render that failed must not keep others waiting
        key = g.pop("page_cache_key", None)
        if key is not None:
            _render_done(key)


# One render per view at a time in a process: fifty wall screens switched on together
# wait for the first one's render instead of each rendering the same page.
_rendering: dict[tuple, threading.Event] = {}
_rendering_lock = threading.Lock()
WAIT_SECONDS = 30.0


def _wait_for_render(key: tuple) -> bool:
    """True after waiting for another thread's render of ``key``; False: render it here."""
    with _rendering_lock:
        event = _rendering.get(key)
        if event is None:
            _rendering[key] = threading.Event()
            return False
    return event.wait(WAIT_SECONDS)


def _render_done(key: tuple) -> None:
    with _rendering_lock:
        event = _rendering.pop(key, None)
    if event is not None:
        event.set()


def _answer(packed: bytes, response: Response | None = None) -> Response:
    """The page gzipped for a browser (they all accept it), else as it was rendered."""
    response = response or Response(mimetype="application/json")
    response.headers["Vary"] = "Accept-Encoding"
    if "gzip" in (request.headers.get("Accept-Encoding") or ""):
        response.set_data(packed)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response.set_data(gzip.decompress(packed))
    return response

"""Rendering a page as the browser asks for it: Dash Pages' router callback over HTTP."""

from __future__ import annotations

import gzip
import json


def router_answer(client, pathname: str, search: str = "") -> dict:
    """The router's answer for ``pathname`` + ``search``: ``_pages_content`` (the page)
    and ``_pages_store`` (its title), as the page cache keeps it."""
    from web import csrf, page_cache

    client.get("/")  # the CSRF cookie
    headers = {csrf.CSRF_HEADER: client.get_cookie(csrf.CSRF_COOKIE).value}
    body = page_cache.router_request(pathname, search)
    response = client.post("/_dash-update-component", json=body, headers=headers)
    assert response.status_code == 200, (pathname, search)
    data = response.data
    if response.headers.get("Content-Encoding") == "gzip":
        data = gzip.decompress(data)
    return json.loads(data)["response"]


def children(node) -> list:
    """A component's children as a list (none for text)."""
    found = node.get("props", {}).get("children") if isinstance(node, dict) else node
    if found is None or isinstance(found, str | int | float):
        return []
    return found if isinstance(found, list) else [found]


def text(node) -> str:
    """Every text inside ``node``."""
    if isinstance(node, dict):
        node = node.get("props", {}).get("children")
    if node is None:
        return ""
    if isinstance(node, str | int | float):
        return str(node)
    return " ".join(text(child) for child in (node if isinstance(node, list) else [node]))


def find(node, element_id: str) -> dict | None:
    """The component with the id ``element_id`` inside ``node``."""
    if isinstance(node, dict) and node.get("props", {}).get("id") == element_id:
        return node
    for child in children(node):
        found = find(child, element_id)
        if found is not None:
            return found
    return None

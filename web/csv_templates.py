"""``/mallar/<kind>.csv``: the blank CSV template of each import kind, as a download.

Flask only. Only the contract's kinds are served, so no other file can be reached.
"""

from __future__ import annotations

from flask import Flask, Response, send_from_directory

from dashboard import contract
from dashboard.config import TEMPLATE_DIR

TEMPLATE_ROUTE = "/mallar/"


def download(name: str) -> Response:
    if name not in {f"{kind}.csv" for kind in contract.KINDS}:
        return Response("Not found", status=404, mimetype="text/plain")
    return send_from_directory(
        TEMPLATE_DIR, name, as_attachment=True, mimetype="text/csv", max_age=0
    )


def install(server: Flask) -> None:
    server.add_url_rule(TEMPLATE_ROUTE + "<name>", "template", download, methods=["GET"])

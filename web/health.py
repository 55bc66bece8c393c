"""``/halsa``: whether this server can read its database, as JSON for monitors and balancers.

Flask only. 200 with the data and schema versions read in one snapshot, 503 when the
database cannot be read. Open without login and without cookies (the guard passes it
by, the session interface in ``sessions`` gives it none), never cached.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import Flask, Response, jsonify

from dashboard.storage import database

log = logging.getLogger(__name__)

PATH = "/halsa"


def health() -> Response:
    try:
        with database.read_snapshot(database.default_engine()) as conn:
            body = {
                "status": "ok",
                "database_reachable": True,
                "data_version": database.data_version(conn),
                "schema_version": database.schema_version(conn),
            }
        status = 200
    except (sa.exc.SQLAlchemyError, OSError) as error:
        log.warning("health check: the database cannot be read: %s", error)
        body, status = {"status": "unavailable", "database_reachable": False}, 503
    response = jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


def install(server: Flask) -> None:
    server.add_url_rule(PATH, "health", health, methods=["GET"])

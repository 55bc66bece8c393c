"""``/halsa``: whether this server can read its database, as JSON for monitors and balancers.

Flask only. 200 with the data and schema versions read in one snapshot, 503 when the
database cannot be read or its SQLite file is gone. Open without login and without
cookies (the guard passes it by, the session interface in ``sessions`` gives it none),
never cached.
"""

from __future__ import annotations

import logging
import os

import sqlalchemy as sa
from flask import Flask, Response, jsonify

from dashboard.storage import database

log = logging.getLogger(__name__)

PATH = "/halsa"


def _sqlite_file_gone(engine: sa.engine.Engine) -> str | None:
    """The path of the engine's SQLite file when that file is no longer there. A pooled
    connection keeps reading a deleted (or moved) file, so the query below would still
    succeed while every import written from now on is lost at the next restart."""
    url = engine.url
    path = url.database
    if url.get_backend_name() != "sqlite" or not path or path == ":memory:":
        return None
    if path.startswith("file:"):  # a URI filename: its own syntax, not checked here
        return None
    return None if os.path.exists(path) else path


def health() -> Response:
    try:
        engine = database.default_engine()
        gone = _sqlite_file_gone(engine)
        if gone:
            raise OSError(f"the database file {gone} is gone (deleted or moved)")
        with database.read_snapshot(engine) as conn:
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

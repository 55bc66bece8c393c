"""Helpers for the tests that talk to the server over HTTP: accounts, CSRF, login, callbacks."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys

import sqlalchemy as sa

from dashboard.storage import schema
from web.csrf import CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER

EDITOR, VIEWER, PASSWORD = "redaktor", "lasare", "ett-langt-losenord-7"


def app_module(folder):
    """app.py, imported once (if no other test did) on a throwaway database in ``folder``."""
    if "app" not in sys.modules:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'first.sqlite'}"
    import app

    return app


def csrf(client) -> str:
    return client.get_cookie(CSRF_COOKIE).value


def login(client, name: str, password: str, token: str | None = None):
    client.get("/login")
    return client.post(
        "/login",
        data={
            "name": name,
            "password": password,
            CSRF_FIELD: csrf(client) if token is None else token,
            "next": "/import",
        },
    )


def logout(client):
    return client.post("/logout", data={CSRF_FIELD: csrf(client)})


def client_for(app, who: str | None, password: str = PASSWORD):
    """A test client that has loaded a page (so it has a CSRF cookie) and logged in as ``who``."""
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    if who:
        response = login(client, who, password)
        assert response.status_code == 303, response.text
    return client


def said(response) -> str:
    """A callback's answer as the browser reads it: JSON escapes ("\\u00f6") undone."""
    try:
        return json.dumps(json.loads(response.text), ensure_ascii=False)
    except ValueError:
        return response.text


def call_callback(client, output_id: str, values: dict, *, header: bool = True):
    """POST a callback as Dash's renderer does: find it by its first output's id."""
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if re.match(rf"(\.\.)?{re.escape(output_id)}\.", d["output"]))
    outputs = []
    for part in dep["output"].strip(".").split("..."):
        ident, prop = part.rsplit(".", 1)
        outputs.append({"id": ident, "property": prop})

    def fill(items):
        return [
            {
                "id": i["id"],
                "property": i["property"],
                "value": values.get(f"{i['id']}.{i['property']}", values.get(i["id"])),
            }
            for i in items
        ]

    body = {
        "output": dep["output"],
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": fill(dep["inputs"]),
        "state": fill(dep["state"]),
        "changedPropIds": [f"{i['id']}.{i['property']}" for i in dep["inputs"]],
    }
    headers = {CSRF_HEADER: csrf(client)} if header else {}
    return client.post("/_dash-update-component", json=body, headers=headers)


def client_page(client) -> str:
    """The /import page's content as the page callback renders it."""
    values = {"_pages_location.pathname": "/import", "_pages_location.search": ""}
    return said(call_callback(client, "_pages_content", values))


def upload_data(name: str, text: str, encoding: str = "cp1252") -> dict:
    payload = base64.b64encode(text.encode(encoding)).decode()
    return {"names": [name], "contents": [f"data:text/csv;base64,{payload}"]}


def fingerprint(name: str, text: str, encoding: str = "cp1252") -> list[str]:
    return [f"{name}:{hashlib.sha256(text.encode(encoding)).hexdigest()}"]


def confirm_values(name: str, text: str) -> dict:
    """The confirm callback's inputs for a file that was previewed."""
    return {
        "import-confirm": 1,
        "import-files": upload_data(name, text),
        "import-pending": fingerprint(name, text),
    }


def import_log_rows(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(schema.import_log)).scalar()


def demo_with_accounts(url: str):
    """The demo data (each file of its kind) and three accounts in the database at ``url``."""
    from dashboard import accounts, contract
    from dashboard.config import DEMO_DIR
    from dashboard.ingest.pipeline import import_files
    from dashboard.storage import database

    engine = database.get_engine(url)
    database.migrate(engine)
    for kind in contract.KINDS:
        path = DEMO_DIR / f"{kind}.csv"
        if path.exists():
            assert import_files(engine, [(path.name, path.read_bytes())], kind=kind).ok
    for name, role in (("redaktor", "editor"), ("rut", "reporter"), ("lasare", "viewer")):
        accounts.add_user(engine, name, role, PASSWORD)
    return engine

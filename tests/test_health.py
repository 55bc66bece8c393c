"""``/halsa``: JSON 200 while the database can be read, 503 when it cannot; never a cookie."""

from __future__ import annotations

import http.client
import threading

import pytest
from werkzeug.serving import make_server

from dashboard.storage import database


@pytest.fixture
def client(demo_db, monkeypatch):
    """A test client of the real app, on the demo database."""
    import app as app_module

    monkeypatch.setenv("DATABASE_URL", demo_db)
    return app_module.app.server.test_client()


def test_health_reads_the_database(client, demo_db):
    response = client.get("/halsa")
    assert response.status_code == 200 and response.mimetype == "application/json"
    with database.read_snapshot(database.get_engine(demo_db)) as conn:
        expected = {
            "status": "ok",
            "database_reachable": True,
            "data_version": database.data_version(conn),
            "schema_version": database.schema_version(conn),
        }
    assert response.get_json() == expected
    assert expected["data_version"] > 0  # the demo import bumped it
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("where", ["not_a_database", "under_a_file"])
def test_health_is_503_when_the_database_cannot_be_read(client, tmp_path, monkeypatch, where):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not an SQLite database\n" * 100)
    path = junk if where == "not_a_database" else junk / "db.sqlite"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    response = client.get("/halsa")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database_reachable": False}
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_health_needs_no_login_when_viewing_is_closed(client, monkeypatch):
    monkeypatch.setenv("OPEN_VIEWING", "0")
    assert client.get("/trender").status_code == 303  # the control: pages need a login
    probe = client.application.test_client()  # a monitor keeps no cookies
    response = probe.get("/halsa?token=anything")
    assert response.status_code == 200 and response.get_json()["status"] == "ok"
    assert "Set-Cookie" not in response.headers


def test_health_sets_no_cookie_even_for_a_logged_in_browser(client):
    """A browser with a (permanent) session and a CSRF cookie asks /halsa: Flask would
    refresh the session cookie on every request; the health check gets none."""
    from web_support import EDITOR, PASSWORD, login

    from dashboard import accounts

    accounts.add_user(database.default_engine(), EDITOR, "editor", PASSWORD)
    assert login(client, EDITOR, PASSWORD).status_code == 303
    assert client.get("/").headers.getlist("Set-Cookie")  # the control: pages set cookies
    response = client.get("/halsa")
    assert response.status_code == 200 and response.headers.getlist("Set-Cookie") == []
    assert response.headers["X-Request-Id"]


def test_health_over_real_http_sets_no_cookie(client):
    """Through a real HTTP server (Werkzeug's), with cookies sent as a browser would."""
    server = make_server("127.0.0.1", 0, client.application, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=30)
        conn.request("GET", "/")
        page = conn.getresponse()
        page.read()
        cookies = [
            value.split(";", 1)[0] for key, value in page.getheaders() if key == "Set-Cookie"
        ]
        assert cookies  # the control
        conn.request("GET", "/halsa", headers={"Cookie": "; ".join(cookies)})
        response = conn.getresponse()
        body = response.read()
        assert response.status == 200 and b'"database_reachable":true' in body.replace(b" ", b"")
        assert [key for key, _ in response.getheaders() if key.lower() == "set-cookie"] == []
        conn.close()
    finally:
        server.shutdown()
        thread.join()


def test_health_is_503_when_the_sqlite_file_was_deleted_under_the_server(
    client, tmp_path, monkeypatch, caplog
):
    """Deleting (or moving) the file leaves the pooled connection reading the old one, so a
    query alone would still say "ok" while every later import is lost at the restart."""
    url = f"sqlite:///{tmp_path / 'served.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert client.get("/halsa").status_code == 200  # the engine and its connection exist
    for path in tmp_path.glob("served.sqlite*"):
        path.unlink()
    with database.read_snapshot(database.get_engine(url)) as conn:
        assert database.schema_version(conn)  # the control: the pool still reads it
    with caplog.at_level("WARNING", logger="web.health"):
        response = client.get("/halsa")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database_reachable": False}
    assert "served.sqlite is gone" in caplog.text
    assert not (tmp_path / "served.sqlite").exists()  # the check did not make a new one

"""``/halsa``: JSON 200 while the database can be read, 503 when it cannot; never a cookie."""

from __future__ import annotations

import pytest

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
    assert response.get_json() == {"status": "unavailable"}
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_health_needs_no_login_when_viewing_is_closed(client, monkeypatch):
    monkeypatch.setenv("OPEN_VIEWING", "0")
    assert client.get("/trender").status_code == 303  # the control: pages need a login
    probe = client.application.test_client()  # a monitor keeps no cookies
    response = probe.get("/halsa?token=anything")
    assert response.status_code == 200 and response.get_json()["status"] == "ok"
    assert "Set-Cookie" not in response.headers

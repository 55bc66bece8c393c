"""The guard on a bare Flask app: closed viewing, link tokens, request size, Secure cookies."""

from __future__ import annotations

import pytest
from flask import Flask
from web_support import PASSWORD, VIEWER, csrf, login

from dashboard import accounts
from dashboard.storage import database
from web import install as install_web
from web.csrf import CSRF_HEADER


@pytest.fixture
def guarded(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'guard.sqlite'}")
    monkeypatch.setenv("OPEN_VIEWING", "0")
    monkeypatch.setenv("UPLOAD_LIMIT_MB", "1")
    monkeypatch.setenv("SECURE_COOKIES", "1")
    server = Flask("guarded")
    install_web(server)
    server.add_url_rule("/", "page", lambda: "<p>page</p>")
    server.add_url_rule("/vaggskarm", "wall", lambda: "<p>wall</p>")
    server.add_url_rule("/_dash-layout", "layout", lambda: {"layout": 1})
    server.add_url_rule(
        "/_dash-update-component", "cb", lambda: {"ok": len(__import__("flask").request.data)},
        methods=["POST"],
    )  # fmt: skip
    engine = database.default_engine()
    accounts.add_user(engine, VIEWER, "viewer", PASSWORD)
    yield server, engine
    database.dispose_all()


def test_closed_viewing_needs_a_login(guarded):
    server, _ = guarded
    client = server.test_client()
    response = client.get("/vaggskarm?lang=en")
    assert response.status_code == 303 and response.location.startswith("/login?next=")
    assert client.get("/_dash-layout").status_code == 401
    assert client.get("/login").status_code == 200
    login(client, VIEWER, PASSWORD)
    assert client.get("/vaggskarm").status_code == 200
    assert client.get("/_dash-layout").status_code == 200


def test_a_link_token_opens_viewing_until_revoked(guarded):
    server, engine = guarded
    token_id, token = accounts.create_token(engine, "Väggskärm", "test")
    client = server.test_client()
    assert client.get("/vaggskarm?token=wrong").status_code == 303
    assert client.get(f"/vaggskarm?token={token}").status_code == 200
    assert client.get("/_dash-layout").status_code == 200  # the session remembers the token
    accounts.revoke_token(engine, token_id)
    assert client.get("/_dash-layout").status_code == 401
    assert client.get(f"/vaggskarm?token={token}").status_code == 303


def test_secure_cookies_setting(guarded):
    server, _ = guarded
    cookies = server.test_client().get("/login").headers.getlist("Set-Cookie")
    assert cookies and all("Secure" in c for c in cookies)


def test_requests_over_the_limit_are_refused_before_reading(guarded):
    server, _ = guarded
    client = server.test_client()
    login(client, VIEWER, PASSWORD)
    headers = {CSRF_HEADER: csrf(client)}
    small = client.post("/_dash-update-component", data=b"x" * 1000, headers=headers)
    assert small.status_code == 200
    big = client.post("/_dash-update-component", data=b"x" * (3 * 1024 * 1024), headers=headers)
    assert big.status_code == 413
    assert "högst 1 MB" in big.get_json()["message"]

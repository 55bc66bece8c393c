"""Behind a reverse proxy: ``TRUSTED_PROXIES``, the client's address, the request id.

Over the test client; the same behind a real nginx is in test_nginx.py.
"""

from __future__ import annotations

import json
import logging

import pytest
from flask import Flask, request
from web_support import EDITOR, PASSWORD, app_module, csrf

from dashboard import accounts, logs
from dashboard.storage import cache
from web import proxies, request_id
from web.csrf import CSRF_FIELD

GUESSER, OWNER = "203.0.113.5", "198.51.100.7"


@pytest.fixture(scope="module")
def dash_module(tmp_path_factory):
    return app_module(tmp_path_factory.mktemp("proxy"))


@pytest.fixture
def web(dash_module, tmp_path, monkeypatch):
    """The real app on a fresh database with the demo data and an editor."""
    from dashboard.startup import prepare_database

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'proxy.sqlite'}")
    monkeypatch.setenv("LOAD_DEMO", "0")
    cache.clear()
    accounts.add_user(prepare_database(), EDITOR, "editor", PASSWORD)
    yield dash_module.app
    cache.clear()


def attempt(app, password: str, forwarded_for: str):
    """A login as the editor, arriving from nginx on loopback for ``forwarded_for``."""
    client = app.server.test_client()
    client.environ_base.update(
        REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for, HTTP_X_FORWARDED_PROTO="https"
    )
    client.get("/login")
    data = {"name": EDITOR, "password": password, CSRF_FIELD: csrf(client), "next": "/import"}
    return client.post("/login", data=data)


def echo_app() -> Flask:
    server = Flask(__name__)
    proxies.install(server)

    @server.get("/")
    def who():
        return {"addr": request.remote_addr, "scheme": request.scheme, "host": request.host}

    return server


@pytest.mark.parametrize(
    ("trusted", "expected"),
    [
        ("0", {"addr": "127.0.0.1", "scheme": "http", "host": "localhost"}),
        ("1", {"addr": "192.0.2.1", "scheme": "https", "host": "dashboard.example"}),
        # Two proxies: the first one's view of the address; one proto or host header
        # value is fewer than two proxies would send, so it is not believed.
        ("2", {"addr": "10.9.9.9", "scheme": "http", "host": "localhost"}),
    ],
)
def test_proxyfix_believes_only_the_trusted_proxies(monkeypatch, trusted, expected):
    monkeypatch.setenv("TRUSTED_PROXIES", trusted)
    headers = {
        # A client's own forged value first, then what each proxy appended.
        "X-Forwarded-For": "10.9.9.9, 192.0.2.1",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "dashboard.example",
    }
    response = echo_app().test_client().get("/", headers=headers)
    assert response.get_json() == expected


def test_guesses_behind_a_trusted_proxy_do_not_lock_out_the_owner(web, monkeypatch, caplog):
    monkeypatch.setenv("TRUSTED_PROXIES", "1")
    caplog.set_level(logging.INFO, logger="web.login")
    texts = [attempt(web, "fel-losenord-123", GUESSER).text for _ in range(5)]
    assert "Vänta" in texts[-1]  # the guesser waits ...
    assert attempt(web, PASSWORD, OWNER).status_code == 303  # ... the owner logs in
    failed = [r for r in caplog.records if getattr(r, "event", None) == "login_failed"]
    assert failed and {r.client for r in failed} == {GUESSER}
    held = [r for r in caplog.records if getattr(r, "event", None) == "login_held_back"]
    assert held and held[0].client == GUESSER


def test_without_trusted_proxies_the_forwarded_address_is_not_believed(web, monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "0")
    for _ in range(4):
        attempt(web, "fel-losenord-123", GUESSER)
    # Everyone arrives as the proxy: the owner is held back too (why TRUSTED_PROXIES exists).
    assert "Vänta" in attempt(web, PASSWORD, OWNER).text


def test_every_answer_names_its_request_id(web, monkeypatch, caplog):
    client = web.server.test_client()
    first, second = client.get("/halsa"), client.get("/login")
    ids = [first.headers["X-Request-Id"], second.headers["X-Request-Id"]]
    assert len(set(ids)) == 2 and all(len(i) == 32 for i in ids)
    sent = {"X-Request-Id": "nginx-0123456789abcdef"}
    assert client.get("/halsa", headers=sent).headers["X-Request-Id"] != sent["X-Request-Id"]
    monkeypatch.setenv("TRUSTED_PROXIES", "1")  # the proxy's id is believed from the proxy
    assert client.get("/halsa", headers=sent).headers["X-Request-Id"] == sent["X-Request-Id"]
    forged = {"X-Request-Id": 'x" {"event": "login_ok"}'}
    assert len(client.get("/halsa", headers=forged).headers["X-Request-Id"]) == 32
    # A failed login's log line names the request that made it.
    caplog.set_level(logging.INFO, logger="web.login")
    response = attempt(web, "fel-losenord-123", GUESSER)
    record = next(r for r in caplog.records if getattr(r, "event", None) == "login_failed")
    line = json.loads(logs.JsonFormatter().format(record))
    assert line["request_id"] == response.headers["X-Request-Id"] == record.request_id


def test_the_request_id_is_cleared_after_the_request(web):
    web.server.test_client().get("/halsa")
    assert logs.REQUEST_ID.get() is None
    assert request_id.HEADER == "X-Request-Id"

"""Rendered pages are served again per URL until the data version (or the day) changes."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest
from flask import Flask, jsonify

from dashboard.storage import cache, database
from web import page_cache

router_body = page_cache.router_request


@pytest.fixture
def server(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'pages.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    cache.clear()
    app = Flask(__name__)
    app.renders = 0

    @app.post("/_dash-update-component")
    def render():
        app.renders += 1
        return jsonify({"rendered": app.renders})

    page_cache.install(app)
    yield app
    cache.clear()


def post(client, body, gzipped: bool = False) -> dict:
    headers = {"Accept-Encoding": "gzip, deflate"} if gzipped else {}
    response = client.post("/_dash-update-component", json=body, headers=headers)
    assert response.status_code == 200
    data = response.data
    if response.headers.get("Content-Encoding") == "gzip":
        assert gzipped
        data = gzip.decompress(data)
    return json.loads(data)


def test_a_view_is_rendered_once_per_data_version(server):
    client = server.test_client()
    first = post(client, router_body("/trender", "?omrade=hotorget"))
    assert post(client, router_body("/trender", "?omrade=hotorget")) == first
    assert server.renders == 1
    post(client, router_body("/trender", "?omrade=centrum"))
    assert server.renders == 2
    with database.write_transaction(database.default_engine()) as conn:  # what an import does
        database.bump_data_version(conn)
    assert post(client, router_body("/trender", "?omrade=hotorget")) != first
    assert server.renders == 3
    assert post(client, router_body("/trender", "?omrade=centrum"), gzipped=True)
    assert post(client, router_body("/trender", "?omrade=bro"), gzipped=True)
    assert post(client, router_body("/trender", "?omrade=bro")) == {"rendered": 5}


def test_personal_pages_and_other_callbacks_are_never_cached(server):
    client = server.test_client()
    for _ in range(2):
        post(client, router_body("/import"))
        post(client, {"output": "wall-track.children", "inputs": []})
    assert server.renders == 4


def test_clearing_the_data_cache_clears_pages(server):
    client = server.test_client()
    post(client, router_body("/"))
    cache.clear()
    post(client, router_body("/"))
    assert server.renders == 2


def test_the_key_holds_url_version_and_day():
    body = router_body("/loften", "?part=Polisen")
    key = page_cache.page_key(body, 7, date(2022, 6, 1), "sqlite://")
    assert key == ("sqlite://", 7, date(2022, 6, 1), "/loften", "?part=Polisen")
    assert page_cache.page_key({**body, "state": [{"id": "x"}]}, 7, date.today(), "") is None
    assert page_cache.page_key(router_body("/import/"), 7, date.today(), "") is None


def test_viewers_arriving_together_wait_for_one_render(tmp_path, monkeypatch):
    import threading
    import time

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'together.sqlite'}")
    cache.clear()
    app = Flask(__name__)
    renders = []

    @app.post("/_dash-update-component")
    def render():
        renders.append(1)
        time.sleep(0.3)
        return jsonify({"rendered": len(renders)})

    page_cache.install(app)
    answers = []

    def viewer():
        answers.append(post(app.test_client(), router_body("/vaggskarm"), gzipped=True))

    viewers = [threading.Thread(target=viewer) for _ in range(8)]
    for thread in viewers:
        thread.start()
    for thread in viewers:
        thread.join()
    assert len(renders) == 1
    assert answers == [{"rendered": 1}] * 8
    cache.clear()

"""A new installation before its first import: every page renders, none fails.

An administrator who starts with ``LOAD_DEMO=0`` meets these pages first; the browser's
callback check (the validation layout) is built from them too.
"""

from __future__ import annotations

import pytest
from render_support import router_answer, text

from dashboard.storage import cache, database

PAGES = (
    "/", "/trender", "/omrade", "/loften", "/rapport", "/vaggskarm", "/jamfor",
    "/uppfoljning", "/rapportera", "/import", "/tillganglighet",
)  # fmt: skip


@pytest.fixture
def empty_app(tmp_path, monkeypatch):
    import app as app_module

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite'}")
    monkeypatch.setenv("LOAD_DEMO", "0")
    database.dispose_all()
    cache.clear()
    app_module.prepare()
    yield app_module.app
    database.dispose_all()
    cache.clear()


def test_every_page_renders_before_the_first_import(empty_app):
    client = empty_app.server.test_client()
    for path in PAGES:
        for search in ("", "?lang=en"):
            page = router_answer(client, path, search)["_pages_content"]["children"]
            assert text(page).strip(), (path, search)
    assert client.get("/for-invanare").status_code == 200
    assert client.get("/halsa").get_json()["data_version"] == 0

"""Each page's language and title from its URL: ``<html lang>`` in the first HTML, and the
title the page's render sets (Dash Pages' router answer, as the page cache keeps it)."""

from __future__ import annotations

import pytest
from render_support import router_answer

TITLES = {
    ("/", ""): "Översikt – Medborgarlöfte",
    ("/", "?lang=en"): "Overview – Citizen promise",
    ("/trender", "?omrade=hotorget&lang=en"): "Trends – Citizen promise",
    ("/omrade", ""): "Område – Medborgarlöfte",
    ("/omrade/hotorget", ""): "Hötorget – Område – Medborgarlöfte",
    ("/omrade/hotorget", "?lang=en&omrade=centrum"): "Hötorget – Area – Citizen promise",
    ("/omrade/ingenstans", ""): "Område – Medborgarlöfte",
    ("/loften", "?lang=en"): "Commitments – Citizen promise",
    ("/vaggskarm", ""): "Väggskärm – Medborgarlöfte",
    ("/rapport", "?lang=en"): "Report – Citizen promise",
    ("/tillganglighet", ""): "Tillgänglighetsredogörelse – Medborgarlöfte",
    ("/tillganglighet", "?lang=en"): "Accessibility statement – Citizen promise",
    ("/finns-inte", "?lang=en"): "Page not found – Citizen promise",
}


@pytest.fixture
def client(demo_db):
    import app as app_module
    from dashboard.storage import cache

    cache.clear()
    return app_module.app.server.test_client()


def rendered_title(client, pathname: str, search: str) -> str:
    return router_answer(client, pathname, search)["_pages_store"]["data"]["title"]


@pytest.mark.parametrize(("path", "lang"), [("/", "sv"), ("/trender?lang=en", "en"),
                                            ("/omrade/hotorget?lang=EN", "en"),
                                            ("/vaggskarm?lang=de", "sv")])  # fmt: skip
def test_the_first_html_names_the_language(client, path, lang):
    page = client.get(path).get_data(as_text=True)
    assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">'), page[:80]


def test_every_page_is_titled_by_its_view_in_its_language(client):
    found = {key: rendered_title(client, *key) for key in TITLES}
    assert found == TITLES


def test_the_first_html_carries_the_title_in_its_meta_tags(client):
    page = client.get("/omrade/hotorget?lang=en").get_data(as_text=True)
    assert '<meta property="og:title" content="Hötorget – Area – Citizen promise">' in page


def test_the_accessibility_checker_is_never_sent_to_users(client):
    page = client.get("/").get_data(as_text=True)
    assert "/assets/zz-site/a11y.js" in page  # the assets load
    assert "axe" not in page  # but not the tests' checker (assets/vendor/axe-core)

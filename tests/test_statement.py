"""The accessibility statement /tillganglighet (after DIGG's model) in both languages, and
the link to it in every page's footer."""

from __future__ import annotations

import pytest
from render_support import find, router_answer, text


@pytest.fixture
def client(demo_db):
    import app as app_module
    from dashboard.storage import cache

    cache.clear()
    return app_module.app.server.test_client()


def page(client, pathname: str, search: str = "") -> dict:
    return router_answer(client, pathname, search)["_pages_content"]["children"]


def page_text(client, pathname: str, search: str = "") -> str:
    return text(page(client, pathname, search)).replace("\u00a0", " ")


def test_the_statement_says_what_diggs_model_asks_in_swedish(client):
    words = page_text(client, "/tillganglighet")
    for part in (
        "Tillgänglighetsredogörelse",
        "delvis förenlig med WCAG 2.1 nivå AA",  # how accessible, against what
        "Innehåll som inte är tillgängligt",  # what is not, and why
        "Rapportera brister",  # how to report a problem
        "i en annan form",  # content in another form
        "kommunens kontaktcenter",  # where, without a configured address
        "Myndigheten för digital förvaltning (Digg)",  # the supervisory authority
        "Redogörelsen uppdaterades senast 1 december 2026",
    ):
        assert part in words, part


def test_the_statement_in_english_names_the_configured_contact(client, monkeypatch):
    monkeypatch.setenv("ACCESSIBILITY_CONTACT", "tillganglighet@example.se")
    words = page_text(client, "/tillganglighet", "?lang=en")
    assert "Accessibility statement" in words and "Agency for Digital Government" in words
    assert "tillganglighet@example.se" in words
    assert "kontaktcenter" not in words


@pytest.mark.parametrize("pathname", ["/", "/trender", "/omrade/hotorget", "/import"])
def test_every_page_links_the_statement_in_its_footer(client, pathname):
    link = find(page(client, pathname, "?lang=en"), "statement-link")
    assert link["props"]["href"] == "/tillganglighet?lang=en"
    assert text(link) == "Accessibility"

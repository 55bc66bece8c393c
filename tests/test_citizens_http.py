"""/for-invanare and /oppna-data/ over HTTP on the real app with the demo data: public even
when viewing is closed while the rest stays closed, off with PUBLIC_PAGE=0, framable only
by EMBED_ORIGINS and only the public page, no internal comment, text escaped."""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from dashboard.storage import cache, database, schema

OPEN_DATA = [f"/oppna-data/{name}.{fmt}" for name in ("loften", "brott", "enkat") for fmt in ("csv", "json")]  # fmt: skip
PUBLIC = ["/for-invanare", "/for-invanare?lang=en&ar=2022", "/for-invanare/lofte.txt",
          "/for-invanare/lofte.html", *OPEN_DATA]  # fmt: skip
P1_COMMENT = "Målet nått, fotpatrulleringen fortsätter 2023."


@pytest.fixture
def client(demo_db, monkeypatch):
    import app as app_module

    for name in ("OPEN_VIEWING", "PUBLIC_PAGE", "EMBED_ORIGINS", "OPEN_DATA_LICENCE"):
        monkeypatch.delenv(name, raising=False)
    cache.clear()
    return app_module.app.server.test_client()


@contextmanager
def latest_checkin_of(code: str, **values):
    """The commitment's latest check-in changed for the block, then put back."""
    engine = database.default_engine()
    ch, c = schema.checkins, schema.commitments
    with engine.begin() as conn:
        row = conn.execute(
            sa.select(ch).join(c, c.c.id == ch.c.commitment_id).where(c.c.code == code)
            .order_by(ch.c.day.desc()).limit(1)
        ).one()  # fmt: skip
        conn.execute(ch.update().where(ch.c.id == row.id).values(**values))
    cache.clear()
    try:
        yield
    finally:
        with engine.begin() as conn:
            old = {key: getattr(row, key) for key in values}
            conn.execute(ch.update().where(ch.c.id == row.id).values(**old))
        cache.clear()


def test_anonymous_reads_the_public_page_and_the_open_data_while_the_rest_is_closed(
    client, monkeypatch
):
    monkeypatch.setenv("OPEN_VIEWING", "0")
    page = client.get("/for-invanare")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.text
    assert '<html lang="sv">' in html and "Så uppfyllde vi medborgarlöftet 2022" in html
    assert "Polisen har gjort 165 fotpatrullpass; 150 var utlovade" in html
    assert P1_COMMENT in html  # the demo marks its latest check-ins public
    for href in ('href="/oppna-data/loften.csv"', 'href="/oppna-data/enkat.json"',
                 'href="/for-invanare/lofte.txt"', 'href="/for-invanare?lang=en"'):  # fmt: skip
        assert href in html
    assert "/tillganglighet" not in html  # a closed page: its way to report a problem instead
    for url in PUBLIC:
        assert client.get(url).status_code == 200, url
    for url in ("/", "/trender", "/loften", "/for-invanarex", "/for-invanare/annat"):
        response = client.get(url)
        assert response.status_code == 303 and response.location.startswith("/login"), url
    assert client.get("/_dash-layout").status_code == 401
    assert client.get("/oppna-data/konton.csv").status_code == 404
    assert client.get("/mallar/loften.csv").status_code == 401


def test_english_and_the_text_downloads(client):
    html = client.get("/for-invanare?lang=en").text
    assert '<html lang="en">' in html and "How we kept the citizen promise 2022" in html
    assert "The police have done 165 fotpatrullpass; 150 were promised" in html
    assert 'href="/tillganglighet?lang=en"' in html  # viewing open: the statement is linked
    text = client.get("/for-invanare/lofte.txt")
    assert text.mimetype == "text/plain"
    assert 'filename="medborgarlofte-2022-sv.txt"' in text.headers["Content-Disposition"]
    assert text.text.startswith("Så uppfyllde vi medborgarlöftet 2022\n")
    assert "http://localhost/for-invanare" in text.text and P1_COMMENT in text.text
    snippet = client.get("/for-invanare/lofte.html?lang=en").text
    assert snippet.startswith('<section lang="en">') and "<script" not in snippet
    assert '<a href="http://localhost/oppna-data/">' in snippet


def test_no_internal_comment_anywhere_and_text_is_escaped(client, monkeypatch):
    monkeypatch.setenv("OPEN_VIEWING", "0")
    with latest_checkin_of("P1", public=False):
        for url in ("/for-invanare", "/for-invanare/lofte.txt", "/for-invanare/lofte.html",
                    "/oppna-data/loften.csv", "/oppna-data/loften.json"):  # fmt: skip
            body = client.get(url).text
            assert "fotpatrulleringen fortsätter" not in body, url
    with latest_checkin_of("P1", comment="<script>alert(1)</script>"):
        html = client.get("/for-invanare").text
        assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_open_data_folder_leads_to_the_list_of_datasets_even_when_closed(client, monkeypatch):
    monkeypatch.setenv("OPEN_VIEWING", "0")
    folder = client.get("/oppna-data/?lang=en")  # the address the website text links to
    assert folder.status_code == 302
    assert folder.location == "/for-invanare?lang=en#citizens-open-data"
    assert client.get("/oppna-data/").location == "/for-invanare#citizens-open-data"
    assert 'id="citizens-open-data"' in client.get("/for-invanare").text
    for deeper in ("/oppna-data/loften/x.csv", "/oppna-data/a/b"):
        assert client.get(deeper).status_code == 404, deeper  # never Dash's page shell
    monkeypatch.setenv("PUBLIC_PAGE", "0")
    assert client.get("/oppna-data/").status_code == 404


def test_public_page_off_is_404_for_everyone(client, monkeypatch):
    monkeypatch.setenv("PUBLIC_PAGE", "0")
    for viewing in ("1", "0"):
        monkeypatch.setenv("OPEN_VIEWING", viewing)
        for url in PUBLIC:
            assert client.get(url).status_code == 404, (viewing, url)


def frame_rules(response) -> tuple[str, str | None]:
    policy = response.headers["Content-Security-Policy"]
    ancestors = next(p for p in policy.split("; ") if p.startswith("frame-ancestors"))
    return ancestors, response.headers.get("X-Frame-Options")


def test_only_the_public_page_may_be_framed_and_only_by_embed_origins(client, monkeypatch):
    assert frame_rules(client.get("/for-invanare")) == ("frame-ancestors 'none'", "DENY")
    monkeypatch.setenv("EMBED_ORIGINS", "https://www.skara.se, https://*.skara.se bad;origin")
    assert frame_rules(client.get("/for-invanare?lang=en")) == (
        "frame-ancestors https://www.skara.se https://*.skara.se",
        None,
    )
    for url in ("/", "/login", "/for-invanare/lofte.html", "/oppna-data/loften.csv"):
        assert frame_rules(client.get(url)) == ("frame-ancestors 'none'", "DENY"), url
    monkeypatch.setenv("PUBLIC_PAGE", "0")
    assert frame_rules(client.get("/for-invanare")) == ("frame-ancestors 'none'", "DENY")


def test_open_data_headers_and_licence(client, monkeypatch):
    response = client.get("/oppna-data/loften.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert (
        response.headers["Link"]
        == '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"'
    )
    assert response.text.splitlines()[0].startswith("löfte_id,år,kommun,part,löfte,indikator,mål")
    monkeypatch.setenv(
        "OPEN_DATA_LICENCE", "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"
    )
    body = json.loads(client.get("/oppna-data/brott.json").text)
    assert body["metadata"]["licence"] == "CC BY 4.0" and body["metadata"]["example_data"] is True
    assert {r["kommun"] for r in body["rows"]} == {"Skara"} and "område" not in body["rows"][0]
    assert 'rel="license">Licens: CC BY 4.0</a>' in client.get("/for-invanare").text

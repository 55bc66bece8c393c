"""Every answer compressed as the browser asks, static files kept a year where their URL
names their version, and no plotly.js on a page without a graph (web/compression.py,
web/headers.py). Over HTTP through Flask's test client: no browser, no timing."""

from __future__ import annotations

import gzip
import json
import re

import brotli
import pytest

from web import compression, csrf, headers, page_cache

BROWSER = "gzip, deflate, br, zstd"  # what Chromium sends


@pytest.fixture
def client(demo_db):
    import app as app_module
    from dashboard.storage import cache

    cache.clear()
    return app_module.app.server.test_client()


def unpacked(response) -> bytes:
    encoding = response.headers.get("Content-Encoding")
    if encoding == "br":
        return brotli.decompress(response.data)
    if encoding == "gzip":
        return gzip.decompress(response.data)
    assert encoding is None, encoding
    return response.data


def first_html(client, path: str = "/") -> str:
    return client.get(path).get_data(as_text=True)


def script_sources(html: str) -> list[str]:
    return re.findall(r'<script[^>]*\bsrc="([^"]+)"', html)


def test_the_first_html_is_compressed_as_the_browser_asks(client):
    plain = client.get("/")
    assert plain.headers.get("Content-Encoding") is None
    for asked, given in (("gzip", "gzip"), (BROWSER, "br"), ("br;q=0.5, gzip", "gzip")):
        answer = client.get("/", headers={"Accept-Encoding": asked})
        assert answer.headers["Content-Encoding"] == given, asked
        assert "Accept-Encoding" in answer.headers["Vary"]
        assert len(answer.data) < len(plain.data) / 3
        html = unpacked(answer)  # the same page (its config carries a fresh token each time)
        assert html.startswith(b"<!DOCTYPE html>") and html.rstrip().endswith(b"</html>")
        assert abs(len(html) - len(plain.data)) < 100


def test_callback_answers_are_compressed(client):
    client.get("/")  # the CSRF cookie
    sent = {csrf.CSRF_HEADER: client.get_cookie(csrf.CSRF_COOKIE).value}
    # /import is never kept by the page cache: its answer is compressed here, per answer.
    body = page_cache.router_request("/import", "")
    answer = client.post(
        "/_dash-update-component", json=body, headers={**sent, "Accept-Encoding": BROWSER}
    )
    assert answer.status_code == 200
    assert answer.headers["Content-Encoding"] == "br"
    assert "_pages_content" in json.loads(unpacked(answer))["response"]
    # A cached page arrives gzipped from the page cache and is not packed twice.
    body = page_cache.router_request("/", "")
    for _ in range(2):
        answer = client.post(
            "/_dash-update-component", json=body, headers={**sent, "Accept-Encoding": BROWSER}
        )
        assert answer.headers["Content-Encoding"] == "gzip"
        assert "_pages_content" in json.loads(unpacked(answer))["response"]
    layout = client.get("/_dash-layout", headers={"Accept-Encoding": "gzip"})
    assert layout.headers["Content-Encoding"] == "gzip"
    assert json.loads(unpacked(layout))


def test_versioned_static_files_are_kept_a_year_and_packed_once(client):
    scripts = script_sources(first_html(client))
    suite = next(s for s in scripts if "dash_core_components.v" in s)
    asset = next(s for s in scripts if s.startswith("/assets/") and "?m=" in s)
    for url in (suite, asset):
        first = client.get(url, headers={"Accept-Encoding": BROWSER})
        assert first.status_code == 200
        assert first.headers["Cache-Control"] == "public, max-age=31536000, immutable", url
        assert first.headers["Content-Encoding"] == "br"
        again = client.get(url, headers={"Accept-Encoding": BROWSER})
        assert again.data == first.data  # from the process's store of packed files
        plain = client.get(url)
        assert plain.headers.get("Content-Encoding") is None
        assert unpacked(first) == plain.data


def test_unversioned_static_files_are_asked_for_again_and_answered_304(client):
    url = "/_dash-component-suites/dash/dcc/async-graph.js"  # loaded on demand, no fingerprint
    first = client.get(url, headers={"Accept-Encoding": BROWSER})
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == "public, no-cache"
    assert first.headers["Content-Encoding"] == "br"
    again = client.get(
        url, headers={"Accept-Encoding": BROWSER, "If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304 and not again.data


def test_pages_keep_their_own_caching(client):
    page = client.get("/", headers={"Accept-Encoding": BROWSER})
    assert "immutable" not in page.headers.get("Cache-Control", "")
    health = client.get("/halsa", headers={"Accept-Encoding": BROWSER})
    assert "immutable" not in health.headers.get("Cache-Control", "")


def test_the_login_form_is_not_compressed(client):
    # It carries the CSRF token beside the "next" the visitor sent (BREACH).
    page = client.get("/login?next=/import", headers={"Accept-Encoding": BROWSER})
    assert page.status_code == 200
    assert page.headers.get("Content-Encoding") is None


def test_no_plotly_js_on_a_page_without_a_graph(client):
    scripts = script_sources(first_html(client))
    assert scripts, "the first HTML loads Dash's scripts"
    assert not [s for s in scripts if re.search(r"plotly(\.min)?\.js|async-graph", s)]
    assert any("dash_core_components" in s for s in scripts)  # dcc's graph loads it on demand


@pytest.mark.parametrize(
    ("path", "query", "versioned"),
    [
        ("/_dash-component-suites/dash/dcc/dash_core_components.v4_4_1m1796136658.js", "", True),
        ("/_dash-component-suites/dash/deps/react@18.v4_4_1m1796136658.3.1.min.js", "", True),
        ("/_dash-component-suites/plotly/package_data/plotly.min.js", "", False),
        ("/_dash-component-suites/dash/dcc/async-graph.js", "", False),
        ("/assets/zz-site/site.css", "m=1796142315.470621", True),
        ("/assets/vendor/bootstrap-icons/fonts/bootstrap-icons.woff2",
         "e34853135f9e39acf64315236852cd5a", True),
        ("/assets/zz-site/site.css", "", False),
        ("/assets/zz-site/site.css", "m=", False),
    ],
)  # fmt: skip
def test_which_static_urls_name_their_version(path, query, versioned):
    assert headers.is_versioned(path, query) is versioned


def test_one_packed_copy_per_file_whatever_its_fingerprint():
    a = compression.static_key("/_dash-component-suites/dash/x/b.v1_0m123.min.js", None)
    b = compression.static_key("/_dash-component-suites/dash/x/b.v9_9m456.min.js", None)
    assert a == b == "/_dash-component-suites/dash/x/b.min.js|"
    store = compression.StaticCache(limit=10)
    store.set("br;" + a, b"12345")
    store.set("br;-", b"dynamic")  # an answer that is not a static file: never kept
    store.set("gzip;" + a, b"123456")  # over the limit: compressed again next time
    assert store.get("br;" + a) == b"12345"
    assert store.get("br;-") is None and store.get("gzip;" + a) is None

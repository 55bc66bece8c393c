"""The server's guard, over HTTP: login, roles, CSRF, headers, upload limit, link tokens.

Writing callbacks are called the way the browser calls them (POST
/_dash-update-component); an anonymous visitor and a viewer are refused and nothing
is written, while the same request from an editor does write (the control).
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from conftest import snapshot
from web_support import (
    EDITOR,
    PASSWORD,
    VIEWER,
    app_module,
    call_callback,
    client_for,
    client_page,
    confirm_values,
    csrf,
    fingerprint,
    import_log_rows,
    login,
    said,
    upload_data,
)

from dashboard import accounts
from dashboard.storage import cache, schema
from web import sessions
from web.csrf import CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER

NEW_CRIMES = "månad;område;brottstyp;antal\r\n2023-01;Centrum;stöld;17\r\n2023-01;Axvall;våld;3\r\n"


@pytest.fixture(scope="module")
def dash_module(tmp_path_factory):
    return app_module(tmp_path_factory.mktemp("sec"))


@pytest.fixture
def web(dash_module, tmp_path, monkeypatch):
    """The real app on a fresh database with the demo data, an editor and a viewer."""
    from dashboard.startup import prepare_database

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'web.sqlite'}")
    monkeypatch.setenv("OPEN_VIEWING", "1")
    cache.clear()
    engine = prepare_database()
    accounts.add_user(engine, EDITOR, "editor", PASSWORD)
    accounts.add_user(engine, VIEWER, "viewer", PASSWORD)
    yield dash_module.app, engine
    cache.clear()


def writing_calls() -> list[tuple[str, dict]]:
    """Every writing callback with inputs that would write for an editor."""
    files = upload_data("brott.csv", NEW_CRIMES)
    return [
        ("import-preview", {"import-files": files}),
        ("import-result", confirm_values("brott.csv", NEW_CRIMES)),
        ("token-new", {"token-create": 1, "token-label": "Väggskärm"}),
    ]


# --- roles on the writing callbacks ----------------------------------------------------


@pytest.mark.parametrize("who", [None, VIEWER])
@pytest.mark.parametrize("call", range(3))
def test_anonymous_and_viewer_are_refused_by_every_writing_callback(web, who, call):
    app, engine = web
    client = client_for(app, who)
    before, log_before = snapshot(engine), import_log_rows(engine)
    output_id, values = writing_calls()[call]
    response = call_callback(client, output_id, values)
    assert response.status_code == 200
    assert "Bara en inloggad redaktör får importera" in said(response)
    assert snapshot(engine) == before
    assert import_log_rows(engine) == log_before
    assert accounts.list_tokens(engine) == []


def test_the_same_requests_from_an_editor_write(web):
    app, engine = web
    client = client_for(app, EDITOR)
    before = snapshot(engine)
    calls = writing_calls()
    preview = call_callback(client, calls[0][0], calls[0][1])
    assert "2 nya" in said(preview) and "import-verdict" in said(preview)
    assert snapshot(engine) == before  # the preview writes nothing
    result = call_callback(client, calls[1][0], calls[1][1])
    assert "Sparat" in said(result)
    assert snapshot(engine) != before
    with engine.connect() as conn:
        users = conn.execute(
            sa.select(schema.import_log.c.user).where(schema.import_log.c.filename == "brott.csv")
        ).scalars()
        assert EDITOR in set(users)
    token = call_callback(client, calls[2][0], calls[2][1])
    assert "vaggskarm?token=" in said(token)
    assert len(accounts.list_tokens(engine)) == 1


def test_confirm_saves_only_what_was_previewed(web):
    app, engine = web
    client = client_for(app, EDITOR)
    before = snapshot(engine)
    other = NEW_CRIMES.replace("17", "99")
    response = call_callback(
        client,
        "import-result",
        {
            "import-confirm": 1,
            "import-files": upload_data("brott.csv", other),
            "import-pending": fingerprint("brott.csv", NEW_CRIMES),
        },
    )
    assert "Granska dem igen" in said(response)
    assert snapshot(engine) == before


def test_a_removed_editor_loses_the_right_at_once(web):
    app, engine = web
    client = client_for(app, EDITOR)
    accounts.remove_user(engine, EDITOR)
    output_id, values = writing_calls()[1]
    before = snapshot(engine)
    assert "Bara en inloggad redaktör" in said(call_callback(client, output_id, values))
    assert snapshot(engine) == before


def test_file_names_are_text_never_markup(web):
    app, _ = web
    client = client_for(app, EDITOR)
    name = '<img src=x onerror="alert(1)">.csv'
    response = call_callback(client, "import-preview", {"import-files": upload_data(name, "x")})
    payload = response.get_json()
    text = json.dumps(payload)
    assert "Markdown" not in text and "dangerously" not in text
    assert json.dumps(name)[1:-1] in text  # present as a plain string child


# --- CSRF --------------------------------------------------------------------------


def test_callbacks_without_the_csrf_header_are_refused(web):
    app, engine = web
    client = client_for(app, EDITOR)
    before = snapshot(engine)
    output_id, values = writing_calls()[1]
    response = call_callback(client, output_id, values, header=False)
    assert response.status_code == 403
    assert snapshot(engine) == before
    # A harmless callback without the header is refused as well: no exceptions by path.
    response = client.post("/_dash-update-component", json={}, headers={CSRF_HEADER: "x"})
    assert response.status_code == 403


def test_login_form_needs_its_csrf_token(web):
    app, _ = web
    client = client_for(app, None)
    response = login(client, EDITOR, PASSWORD, token="forged")
    assert response.status_code == 200 and "Formuläret hade gått ut" in response.text
    assert "Du är inte inloggad" in client_page(client)


def test_login_rotates_the_session_and_logout_needs_a_post_with_token(web):
    app, _ = web
    client = client_for(app, None)
    anonymous_token = csrf(client)
    response = login(client, EDITOR, PASSWORD)
    assert response.status_code == 303 and response.location.endswith("/import")
    assert csrf(client) != anonymous_token
    client.get("/logout")  # a GET (e.g. a link or an image on another site) does not log out
    assert "Inloggad som" in client_page(client)
    assert client.post("/logout").status_code == 403
    assert client.post("/logout", data={CSRF_FIELD: csrf(client)}).status_code == 303


def test_wrong_passwords_are_slowed_down(web):
    app, _ = web
    client = client_for(app, None)
    texts = [login(client, EDITOR, "fel-losenord-123").text for _ in range(4)]
    assert "Fel användarnamn eller lösenord" in texts[0]
    assert "Vänta" in texts[3]
    assert "Vänta" in login(client, EDITOR, PASSWORD).text  # even the right one, for now


def test_login_next_stays_on_this_site(web):
    app, _ = web
    client = client_for(app, None)
    client.get("/login")
    response = client.post(
        "/login",
        data={
            "name": EDITOR,
            "password": PASSWORD,
            CSRF_FIELD: csrf(client),
            "next": "//evil.example/x",
        },
    )
    assert response.location == "/import"


@pytest.mark.parametrize(
    "target",
    [
        "/trender\r\nSet-Cookie: x=1",  # would split the Location header: a 500 before
        "/trender\nX: y",
        "/tren\x00der",
        "/trender\x1b[31m",
        "/trender\x7f",
        "/tren\x85der",  # C1: NEL
        "/\t/evil.example",
    ],
)
def test_login_next_with_control_characters_leads_to_the_default(web, target):
    app, _ = web
    client = client_for(app, None)
    page = client.get("/login", query_string={"next": target})
    assert page.status_code == 200 and "Set-Cookie: x" not in page.text
    response = client.post(
        "/login",
        data={"name": EDITOR, "password": PASSWORD, CSRF_FIELD: csrf(client), "next": target},
    )
    assert response.status_code == 303 and response.location == "/import"
    assert "x" not in response.headers.getlist("Set-Cookie")[0].split("=", 1)[0]


# --- headers and cookies -------------------------------------------------------------


def test_security_headers_on_pages_and_login(web):
    app, _ = web
    client = app.server.test_client()
    for path in ("/", "/import", "/login"):
        response = client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp.split(";")[1]
        assert "'unsafe-eval'" not in csp
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"


def test_the_real_app_with_viewing_closed(web, monkeypatch):
    app, engine = web
    monkeypatch.setenv("OPEN_VIEWING", "0")
    client = app.server.test_client()
    assert client.get("/trender").status_code == 303
    assert client.get("/_dash-layout").status_code == 401
    _, token = accounts.create_token(engine, "Väggskärm", "test")
    assert client.get(f"/vaggskarm?token={token}").status_code == 200
    assert client.get("/_dash-layout").status_code == 200
    # A token views, it never edits.
    assert "Du är inte inloggad" in client_page(client)


def test_session_cookie_is_httponly_and_samesite(web):
    app, _ = web
    client = app.server.test_client()
    cookies = client.get("/").headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith(sessions.SESSION_COOKIE + "="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie
    csrf_cookie = next(c for c in cookies if c.startswith(CSRF_COOKIE + "="))
    assert "SameSite=Lax" in csrf_cookie


def test_template_downloads(web):
    app, _ = web
    client = app.server.test_client()
    response = client.get("/mallar/brott.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.text.startswith("månad,område,brottstyp")
    for path in ("/mallar/..%2Fapp.py", "/mallar/%2E%2E/app.py", "/mallar/secret_key"):
        response = client.get(path)
        assert response.mimetype != "text/csv" and "import callbacks" not in response.text


# --- upload limit ----------------------------------------------------------------------


def test_upload_over_the_limit_gets_a_clear_message_and_writes_nothing(web, monkeypatch):
    app, engine = web
    monkeypatch.setenv("UPLOAD_LIMIT_MB", "1")
    client = client_for(app, EDITOR)
    before = snapshot(engine)
    big = NEW_CRIMES + "2023-02;Centrum;stöld;1\r\n" * 50_000  # about 1.2 MB
    response = call_callback(client, "import-preview", {"import-files": upload_data("b.csv", big)})
    assert "Filerna är för stora" in said(response) and "Högst 1 MB" in said(response)
    flagged = {"names": ["b.csv"], "size": 5_000_000, "too_big": True}  # the browser's guard
    response = call_callback(client, "import-preview", {"import-files": flagged})
    assert "Filerna är för stora (4,8 MB)" in said(response)
    assert snapshot(engine) == before

"""Sessions that end, roles and rights per kommun: on SQLite and PostgreSQL, and over HTTP.

A login session holds the account's id, name and session version. It ends at logout
(copies of the cookie too), when the account is removed (its id is never given to the
next account), demoted, or its password or kommuner change.
"""

from __future__ import annotations

import io
import sys

import flask
import pytest
import sqlalchemy as sa
from conftest import AREAS, snapshot
from web_support import (
    EDITOR,
    PASSWORD,
    app_module,
    call_callback,
    client_for,
    client_page,
    confirm_values,
    import_log_rows,
    login,
    logout,
    said,
    upload_data,
)

from cli import commands
from dashboard import accounts
from dashboard.ingest.pipeline import import_files
from dashboard.storage import cache, database, schema
from web import auth
from web.csrf import CSRF_COOKIE
from web.sessions import SESSION_COOKIE

# A second kommun beside Skara, so that rights per kommun have something to tell apart.
GOTENE = "område,kommun\nVallby,Götene\n"
CRIMES = "månad;område;brottstyp;antal\r\n2023-01;Centrum;stöld;17\r\n"
NEW_PASSWORD = "ett-helt-annat-losenord-9"
LOGGED_OUT, REFUSED = "Du är inte inloggad", "Bara en inloggad redaktör"


def cli(*argv: str, stdin: str = "") -> int:
    """``python -m dashboard ARGV``, with ``stdin`` as its input (the password)."""
    old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        return commands.main(list(argv))
    finally:
        sys.stdin = old


def user_id(engine, name: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(schema.users.c.id).where(schema.users.c.name == name)
        ).scalar()


@pytest.fixture
def data(engine, database_url, monkeypatch):
    """The test database (SQLite, PostgreSQL) with areas in Skara and Götene, configured
    for the command line and the app."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("OPEN_VIEWING", "1")
    monkeypatch.setenv("LOAD_DEMO", "0")
    areas = [("omraden.csv", AREAS.encode()), ("gotene.csv", GOTENE.encode())]
    assert import_files(engine, areas).ok
    cache.clear()
    yield engine
    cache.clear()
    database.dispose_all()


@pytest.fixture(scope="module")
def dash_module(tmp_path_factory):
    return app_module(tmp_path_factory.mktemp("sessions"))


@pytest.fixture
def site(dash_module, data):
    """The real app on that database, with an editor."""
    accounts.add_user(data, EDITOR, "editor", PASSWORD)
    return dash_module.app, data


def assert_cannot_write(client, engine) -> None:
    """Neither the preview nor the confirm of an import does anything for ``client``."""
    before, log_before = snapshot(engine), import_log_rows(engine)
    preview = call_callback(
        client, "import-preview", {"import-files": upload_data("b.csv", CRIMES)}
    )
    assert REFUSED in said(preview)
    assert REFUSED in said(call_callback(client, "import-result", confirm_values("b.csv", CRIMES)))
    assert snapshot(engine) == before and import_log_rows(engine) == log_before


# --- (a) a removed account's cookie is nobody's ---------------------------------------


def test_a_removed_viewers_cookie_does_not_become_the_next_accounts(site):
    app, engine = site
    assert cli("user", "add", "tmp", "--role", "viewer", stdin=PASSWORD) == 0
    client = client_for(app, "tmp")
    assert "Inloggad som tmp" in client_page(client)
    old_id = user_id(engine, "tmp")
    assert cli("user", "remove", "tmp") == 0
    assert cli("user", "add", "neweditor", "--role", "editor", stdin=PASSWORD) == 0
    # tmp had the highest id: SQLite would give it again without AUTOINCREMENT.
    assert user_id(engine, "neweditor") > old_id
    page = client_page(client)
    assert LOGGED_OUT in page and "neweditor" not in page
    assert_cannot_write(client, engine)
    # The control: the new editor's own login does write.
    editor = client_for(app, "neweditor")
    assert "Sparat" in said(call_callback(editor, "import-result", confirm_values("b.csv", CRIMES)))


def test_a_session_names_its_account_by_id_name_and_version(engine):
    user = accounts.add_user(engine, "tmp", "viewer", PASSWORD)
    assert accounts.session_user(engine, user.id, "tmp", 0) == user
    assert accounts.session_user(engine, user.id, "other", 0) is None
    assert accounts.session_user(engine, user.id, "tmp", 1) is None
    assert accounts.session_user(engine, str(user.id), "tmp", 0) is None  # a forged type
    assert accounts.remove_user(engine, "tmp")
    again = accounts.add_user(engine, "tmp", "editor", PASSWORD)
    assert again.id > user.id  # ids are never given again
    assert accounts.session_user(engine, user.id, "tmp", 0) is None


# --- (b) logout ends the session, copies of the cookie included --------------------------


def test_a_cookie_copied_before_logout_does_not_work_after_it(site):
    app, engine = site
    client = client_for(app, EDITOR)
    copy = app.server.test_client()
    for cookie in (SESSION_COOKIE, CSRF_COOKIE):
        copy.set_cookie(cookie, client.get_cookie(cookie).value)
    assert "Inloggad som" in client_page(copy)  # the copy works as long as the original
    assert logout(client).status_code == 303
    assert LOGGED_OUT in client_page(copy)
    assert_cannot_write(copy, engine)
    assert LOGGED_OUT in client_page(client_for(app, None))
    # A new login works; the copy stays ended.
    assert "Inloggad som" in client_page(client_for(app, EDITOR))
    assert LOGGED_OUT in client_page(copy)


def test_logout_bumps_the_session_version(engine):
    user = accounts.add_user(engine, "anna", "editor", PASSWORD)
    logged_in = accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.1").user
    assert logged_in.session_version == 0
    assert accounts.end_sessions(engine, "ANNA")
    assert accounts.session_user(engine, user.id, "anna", 0) is None
    again = accounts.authenticate(engine, "anna", PASSWORD, "10.0.0.1").user
    assert again.session_version == 1
    assert accounts.session_user(engine, user.id, "anna", 1) == again
    assert not accounts.end_sessions(engine, "nobody")


# --- (c) a change of role, password or kommuner ends the sessions -----------------------


@pytest.mark.parametrize(
    "change",
    [("--role", "viewer"), ("--password",), ("--kommun", "skara"), ("--all-kommuner",), ()],
    ids=["demoted", "password", "kommun", "all-kommuner", "nothing"],
)
def test_a_change_to_the_account_ends_its_sessions_at_once(site, change):
    app, engine = site
    client = client_for(app, EDITOR)
    assert "Inloggad som" in client_page(client)
    assert cli("user", "change", EDITOR, *change, stdin=NEW_PASSWORD) == 0
    assert LOGGED_OUT in client_page(client)
    assert_cannot_write(client, engine)


def test_demotion_and_a_new_password_hold_and_the_old_session_stays_ended(site):
    app, engine = site
    client = client_for(app, EDITOR)
    assert cli("user", "change", EDITOR, "--role", "viewer") == 0
    viewer = client_for(app, EDITOR)
    assert "Inloggad som redaktor (läsare)" in client_page(viewer)
    assert_cannot_write(viewer, engine)
    # Promoted again: the version only grows, so the old session does not come back.
    assert cli("user", "change", EDITOR, "--role", "editor", "--password", stdin=NEW_PASSWORD) == 0
    assert LOGGED_OUT in client_page(client) and LOGGED_OUT in client_page(viewer)
    assert "Fel användarnamn" in login(app.server.test_client(), EDITOR, PASSWORD).text
    assert "Inloggad som redaktor (redaktör)" in client_page(client_for(app, EDITOR, NEW_PASSWORD))


def test_a_session_from_before_versions_counts_as_logged_out(site):
    app, engine = site
    user_id_ = user_id(engine, EDITOR)
    with app.server.test_request_context("/"):
        flask.session["uid"] = user_id_  # all a session held before: the id alone
        assert auth.current_user() is None


# --- (d) roles and kommuner on the command line -----------------------------------------


def test_kommun_is_checked_stored_with_the_datas_spelling_and_listed(data, capsys):
    assert cli("user", "add", "anna", "--role", "reporter", "--kommun", "skara, GÖTENE",
               stdin=PASSWORD) == 0  # fmt: skip
    assert "anna (rapportör, Götene, Skara)" in capsys.readouterr().out
    assert cli("user", "add", "bo", "--role", "editor", stdin=PASSWORD) == 0
    listed = {u["name"]: u for u in accounts.list_users(data)}
    assert listed["anna"]["role"] == "reporter"
    assert listed["anna"]["kommuner"] == frozenset({"Skara", "Götene"})
    assert listed["bo"]["kommuner"] is None
    with data.connect() as conn:
        stored = dict(conn.execute(sa.select(schema.users.c.name, schema.users.c.kommuner)).all())
    assert stored == {"anna": "Götene|Skara", "bo": None}
    capsys.readouterr()
    assert cli("user", "list") == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert "reporter" in lines["anna"] and "Götene, Skara" in lines["anna"]
    assert "editor" in lines["bo"] and " alla " in lines["bo"]
    assert cli("--lang", "en", "user", "list") == 0
    assert " all " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("kommun", "says"),
    [("Skarra", "okänd kommun: Skarra (menade du Skara?)"),
     ("Skara,Götenborg", "menade du Götene?"),
     (" , ", "ange minst en kommun")],
)  # fmt: skip
def test_an_unknown_kommun_is_refused_with_exit_2(data, capsys, kommun, says):
    assert cli("user", "add", "cia", "--role", "viewer", "--kommun", kommun, stdin=PASSWORD) == 2
    assert says in capsys.readouterr().err
    assert accounts.list_users(data) == []
    accounts.add_user(data, "cia", "viewer", PASSWORD)
    assert cli("user", "change", "cia", "--kommun", kommun) == 2
    assert accounts.list_users(data)[0]["kommuner"] is None


def test_without_areas_no_kommun_is_known(engine, database_url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", database_url)
    try:
        assert cli("user", "add", "cia", "--role", "viewer", "--kommun", "Skara") == 2
    finally:
        database.dispose_all()
    assert "importera omraden.csv först" in capsys.readouterr().err


def test_roles(data):
    reporter = accounts.add_user(data, "rut", "reporter", PASSWORD, ["skara"])
    assert reporter.is_reporter and reporter.can_report and not reporter.is_editor
    assert reporter.kommuner == frozenset({"Skara"})
    editor = accounts.change_user(data, "rut", role="editor", kommuner=None)
    assert editor.is_editor and editor.can_report and not editor.is_reporter
    assert editor.kommuner is None and editor.session_version == 1
    viewer = accounts.change_user(data, "rut", role="viewer")
    assert not viewer.can_report and viewer.kommuner is None
    with pytest.raises(accounts.AccountError) as err:
        accounts.change_user(data, "rut", role="admin")
    assert err.value.key == "acct.bad_role"
    assert accounts.change_user(data, "nobody", role="editor") is None
    with pytest.raises(SystemExit) as exit_:
        cli("user", "add", "x", "--role", "admin", stdin=PASSWORD)
    assert exit_.value.code == 2


def test_a_reporter_may_not_import(site):
    app, engine = site
    accounts.add_user(engine, "rut", "reporter", PASSWORD, ["Skara"])
    client = client_for(app, "rut")
    assert "Inloggad som rut (rapportör)" in client_page(client)
    assert_cannot_write(client, engine)


def test_require_reporter(site):
    app, engine = site
    for name, role in [("rut", "reporter"), ("vera", "viewer")]:
        accounts.add_user(engine, name, role, PASSWORD)
    with app.server.test_request_context("/"):
        with pytest.raises(auth.NotAuthorised):
            auth.require_reporter()
        for name, allowed in [(EDITOR, True), ("rut", True), ("vera", False)]:
            auth.log_in(accounts.authenticate(engine, name, PASSWORD, "10.0.0.1").user)
            if allowed:
                assert auth.require_reporter().name == name
            else:
                with pytest.raises(auth.NotAuthorised):
                    auth.require_reporter()


# --- (e) rights per kommun --------------------------------------------------------------


def test_may_change():
    everywhere = accounts.User(1, "a", "editor")
    skara = accounts.User(2, "b", "reporter", frozenset({"Skara"}))
    assert accounts.may_change(everywhere, "Götene") and accounts.may_change(everywhere, "Skara")
    assert accounts.may_change(skara, "Skara") and accounts.may_change(skara, " SKARA ")
    assert not accounts.may_change(skara, "Götene")
    assert not accounts.may_change(accounts.User(3, "c", "editor", frozenset()), "Skara")
    assert not accounts.may_change(accounts.User(4, "d", "viewer"), "Skara")
    assert not accounts.may_change(None, "Skara")

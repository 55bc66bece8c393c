"""Shared fixtures: a fresh database per test, small reference data, a state snapshot."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from dashboard.ingest.pipeline import import_files
from dashboard.storage import database, schema

AREAS = """område,kommun,typ,ingår_i,invånare
Centrum,Skara,centrum,,2600
Hötorget,Skara,plats,Centrum,
Busstationen,Skara,plats,Centrum,
Brogården,Skara,bostadsområde,,2400
"""

COMMITMENTS = """löfte_id,år,part,löfte,indikator,mål,enhet,målregel,start,slut,område,samverkanspart
P1,2022,Polisen,Fotpatrullering,fotpatrullpass,150,pass,antal,2022-03-01,2022-12-31,Busstationen|Hötorget,
K3,2022,Kommunen,Trygghetsvandring,genomförd vandring,1,vandring,milstolpe,,,Centrum,Fastighetsägare
"""


def _worker_database(url: str | None) -> str | None:
    """The PostgreSQL database of this test process: under pytest-xdist each worker gets
    one of its own beside the named one (``…_gw0``), created on first use, since the tests
    empty and migrate it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    named = sa.engine.make_url(url)
    own = named.set(database=f"{named.database}_{worker}")
    admin = sa.create_engine(named, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            found = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": own.database}
            ).scalar()
            if not found:
                conn.execute(sa.text(f'CREATE DATABASE "{own.database}"'))
    finally:
        admin.dispose()
    own_url = own.render_as_string(hide_password=False)
    os.environ["PG_TEST_DATABASE_URL"] = own_url  # for tests and subprocesses that read it
    return own_url


PG_URL = _worker_database(os.environ.get("PG_TEST_DATABASE_URL"))


def pytest_xdist_auto_num_workers(config):
    """``-n auto``: one test process more than cores, since the browser tests spend much
    of their time waiting for Chromium to draw."""
    return (os.cpu_count() or 1) + 1


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """SQLite in ``tmp_path``; and PostgreSQL where PG_TEST_DATABASE_URL names a server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    if not PG_URL:
        pytest.skip("PostgreSQL: set PG_TEST_DATABASE_URL (.ci/run does) to run against it")
    return PG_URL


@pytest.fixture
def engine(database_url):
    engine = database.make_engine(database_url)
    if engine.dialect.name == "postgresql":
        schema.metadata.drop_all(engine)
    database.migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def cli_db(database_url, monkeypatch):
    """The command line pointed at a fresh database (``DATABASE_URL``); its engine."""
    engine = database.make_engine(database_url)
    if engine.dialect.name == "postgresql":
        schema.metadata.drop_all(engine)
    engine.dispose()
    database.dispose_all()
    monkeypatch.setenv("DATABASE_URL", database_url)
    yield database.get_engine(database_url)
    database.dispose_all()


@pytest.fixture
def base(engine):
    """An engine with four areas and two commitments imported."""
    result = import_files(
        engine, [("omraden.csv", AREAS.encode()), ("loften.csv", COMMITMENTS.encode())]
    )
    assert result.ok, result.messages()
    return engine


@pytest.fixture
def web_db(tmp_path, monkeypatch):
    """The app on a database of its own with the demo data and three accounts (editor
    ``redaktor``, reporter ``rut``, viewer ``lasare``): (app, engine)."""
    from web_support import app_module, demo_with_accounts

    from dashboard.storage import cache

    app = app_module(tmp_path).app
    url = f"sqlite:///{tmp_path / 'web.sqlite'}"
    monkeypatch.setenv("DATABASE_URL", url)
    cache.clear()
    yield app, demo_with_accounts(url)
    cache.clear()


def stored_crimes(engine) -> dict:
    """Stored crime counts by (area name, month, category)."""
    with engine.connect() as conn:
        query = sa.select(
            schema.areas.c.name,
            schema.crimes.c.month,
            schema.crimes.c.category,
            schema.crimes.c.count,
        ).join(schema.areas, schema.areas.c.id == schema.crimes.c.area_id)
        return {(a, m, c): n for a, m, c, n in conn.execute(query)}


def snapshot(engine) -> dict:
    """Every data table's rows (the import log aside), to compare before and after."""
    with engine.connect() as conn:
        state = {}
        for table in schema.metadata.sorted_tables:
            if table.name == "import_log":
                continue
            cols = [c for c in table.columns if c.name != "id"]
            rows = conn.execute(sa.select(*cols)).all()
            state[table.name] = sorted(map(tuple, rows), key=repr)
        return state


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A SQLite database with the demo data, configured as DATABASE_URL for the module."""
    from dashboard.startup import load_demo
    from dashboard.storage import cache

    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite'}"
    old = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = url
    load_demo(database.get_engine(url))
    cache.clear()
    yield url
    if os.environ.get("DATABASE_URL") == url:  # the browser fixture may have moved on
        if old is None:
            os.environ.pop("DATABASE_URL", None)
        else:
            os.environ["DATABASE_URL"] = old
    cache.clear()


# --- browser tests ----------------------------------------------------------------


def pytest_setup_options():
    """Chromium options for dash_duo: Debian's binary, as root, never reaching outside."""
    from cli.chromium import selenium_options

    # dash_duo adds --headless itself (pytest --headless, set in pyproject.toml).
    return selenium_options("--window-size=1920,1080", headless=False)


@pytest.fixture
def dash_duo(dash_duo):
    """Dash's browser fixture serving on a free port: parallel test workers (pytest-xdist)
    would otherwise all take Dash's 8050."""
    from browser_support import free_port

    start = dash_duo.start_server

    def start_server(app, **kwargs):
        kwargs.setdefault("port", free_port())
        return start(app, **kwargs)

    dash_duo.start_server = start_server
    return dash_duo


@pytest.fixture(scope="session")
def dash_app(tmp_path_factory):
    """The real app (app.py) on a fresh SQLite database with the demo data loaded."""
    from browser_support import CHROMEDRIVER, CHROMIUM, in_ci

    if not (CHROMIUM and CHROMEDRIVER):
        if in_ci():
            pytest.fail("CI must run the browser tests: chromium/chromedriver missing")
        pytest.skip("no Chromium: install Debian's chromium and chromium-driver")
    import app as app_module

    # The app reads DATABASE_URL at each request, so it stays set for the session.
    db = tmp_path_factory.mktemp("browser") / "app.sqlite"
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    app_module.prepare()
    return app_module.app

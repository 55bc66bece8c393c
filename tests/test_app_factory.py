"""app.py: importing it touches no database, ``prepare()`` readies it, and the browser
checks every callback against a small validation layout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import threading

import plotly
import pytest

from dashboard.config import PROJECT_DIR

IMPORT_THEN_PREPARE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path

    database = Path(sys.argv[1])
    import app
    assert app.server is app.app.server
    assert not database.exists(), "importing app.py created the database"
    app.prepare()
    assert database.exists(), "prepare() did not create the database"
    """
)


def test_importing_the_app_touches_no_database(tmp_path):
    database = tmp_path / "new" / "app.sqlite"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_THEN_PREPARE, str(database)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


def test_importing_the_app_needs_no_database_server():
    """``gunicorn app:server`` imports the app before its hooks prepare the database."""
    env = {
        **os.environ,
        "DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/nothing",
        "SECRET_KEY": "test",  # no key file beside a database that is not a file
    }
    done = subprocess.run(
        [sys.executable, "-c", "import app; app.server"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def served(demo_db):
    """The app after its first request, on the demo database."""
    import app as app_module

    client = app_module.server.test_client()
    response = client.get("/")
    assert response.status_code == 200
    return app_module.app, response.get_data(as_text=True)


def id_key(component_id) -> object:
    """A plain id itself; a pattern-matching id by its keys (what a pattern matches on)."""
    return tuple(sorted(component_id)) if isinstance(component_id, dict) else component_id


def dependencies(callback_map: dict) -> list[tuple[object, str]]:
    """(id, property) of every output, input and state of every callback."""
    found = []
    for spec in callback_map.values():
        outputs = spec["output"] if isinstance(spec["output"], list) else [spec["output"]]
        found += [(o.component_id, o.component_property) for o in outputs]
        for dependency in [*spec["inputs"], *spec["state"]]:
            text = dependency["id"]
            found.append(
                (json.loads(text) if text.startswith("{") else text, dependency["property"])
            )
    return [(component_id, prop.split("@")[0]) for component_id, prop in found]


def test_pages_are_served_with_the_check_on(served):
    app, index = served
    assert app.validation_layout is not None
    assert app.config.suppress_callback_exceptions is False
    config = json.loads(re.search(r'id="_dash-config"[^>]*>(.*?)</script>', index, re.S)[1])
    assert config["suppress_callback_exceptions"] is False
    assert config["validation_layout"]
    # Stubs of the components callbacks name, not the pages' whole layouts.
    size = len(json.dumps(app.validation_layout, cls=plotly.utils.PlotlyJSONEncoder))
    assert size < 20_000


def test_every_callback_names_a_component_that_has_its_property(served):
    """What the browser checks: each id a callback names is in the validation layout,
    and that component has the property."""
    from layouts import validation

    app, _ = served
    with app.server.app_context(), app.server.test_request_context("/"):
        trees = [app.layout, *validation.page_layouts()]
        found = validation.named_components(trees, app.callback_map)
    stubbed = {id_key(child["props"]["id"]) for child in app.validation_layout.children[1:]}
    problems = []
    for component_id, prop in dependencies(app.callback_map):
        key = id_key(component_id)
        component = found.get(key)
        if component is None:
            problems.append(f"{component_id}: no page has it (a validation_layout() missing?)")
            continue
        wildcards = getattr(component, "available_wildcard_properties", [])
        if prop not in component.available_properties and not any(
            prop.startswith(w) for w in wildcards
        ):
            problems.append(f"{component_id}: {type(component).__name__} has no {prop!r}")
        in_app_layout = any(c is component for c in validation.components(app.layout))
        if not in_app_layout and key not in stubbed:
            problems.append(f"{component_id}: not in the app's validation layout")
    assert not problems, "\n".join(problems)


def test_the_pages_render_for_the_check_in_a_server_thread(served):
    """Servers answer in threads of their own, where Dash's ``callback_context`` outside a
    callback raises LookupError (not MissingCallbackContextException): each page's layout
    must still render without arguments there."""
    from layouts import validation

    app, _ = served
    errors: list[BaseException] = []

    def build():
        try:
            with app.server.app_context(), app.server.test_request_context("/"):
                validation.validation_layout(app.layout, app.callback_map)
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    thread = threading.Thread(target=build)
    thread.start()
    thread.join()
    assert not errors, repr(errors[0])

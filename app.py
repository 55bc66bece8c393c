"""Medborgarlöfte: the Dash application.

``python app.py`` prepares the database and serves the app on http://127.0.0.1:8050
(HOST and PORT from the environment); in production ``gunicorn app:server``, whose
gunicorn.conf.py prepares the database in the master (see README). Importing this module
touches no database: ``create_app()`` builds the app, ``prepare()`` readies the data.
"""

from __future__ import annotations

import logging

import dash
import flask
import plotly.io as pio
from dash import Dash, html
from sqlalchemy.exc import SQLAlchemyError

import callbacks  # noqa: F401  (registers the callbacks)
import web
from dashboard.config import settings
from dashboard.i18n import DEFAULT_LANG, lang_of, t
from dashboard.startup import prepare_database
from layouts import validation
from web import csrf

log = logging.getLogger(__name__)

#: assets/vendor/axe-core: vendored for the tests only, never loaded into a page.
AXE_FOLDER = "^axe-core$"
#: assets/citizens: the public page's CSS and script; it is plain HTML (web/citizens.py),
#: so the Dash pages must not load them.
CITIZENS_FOLDER = "^citizens$"


class MedborgarlofteDash(Dash):
    """Dash whose first HTML names the page's language on ``<html lang>``.

    From the URL's ``lang``, as every page renders; a clientside callback
    (callbacks/frame.py) keeps it right as the visitor follows links inside the app.
    """

    def interpolate_index(self, **kwargs) -> str:
        page = super().interpolate_index(**kwargs)
        asked = flask.request.args.get("lang") if flask.has_request_context() else None
        lang = lang_of(asked) if asked else DEFAULT_LANG
        return page.replace("<html>", f'<html lang="{lang}">', 1)


def create_app() -> Dash:
    """Build the Dash app: pages from ``layouts/``, everything served from ``assets/``.

    Touches no database. Once per process: Dash Pages and ``dash.callback`` register
    into process-wide lists.
    """
    app = MedborgarlofteDash(
        __name__,
        use_pages=True,
        pages_folder="layouts",
        serve_locally=True,  # no CDN: wall screens sit on closed networks
        # The accessibility checker is for the tests (tests/test_accessibility.py), not users.
        assets_path_ignore=[AXE_FOLDER, CITIZENS_FOLDER],
        external_stylesheets=[],
        external_scripts=[],
        # The browser's callback check is off until the first request turns it on
        # (check_callbacks_from_first_request).
        suppress_callback_exceptions=True,
        title=t("app.title"),
        update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
        # The renderer echoes this cookie as this header; web.csrf checks it on POSTs.
        csrf_token_name=csrf.CSRF_COOKIE,
        csrf_header_name=csrf.CSRF_HEADER,
    )
    app.layout = html.Div([dash.page_container], id="app-root")
    # Sessions, login, CSRF, security headers, the upload limit and the page cache (web/).
    web.install(app.server, script_hashes=app.csp_hashes)
    check_callbacks_from_first_request(app)
    return app


def check_callbacks_from_first_request(app: Dash) -> None:
    """Have the browser check every callback against ``layouts.validation`` from the
    first request on.

    Not from the start: with the check on at its first request, Dash Pages would build
    the validation layout itself from every page's whole layout (a megabyte, sent with
    every page). The pages are rendered here, from the database, so not before a request.
    """

    failed = False

    @app.server.before_request  # after Dash Pages' own first-request set-up
    def _install_validation_layout():
        nonlocal failed
        if failed or app.validation_layout is not None:
            return
        try:
            # A request of its own: an anonymous visitor's pages, whoever asked first.
            with app.server.app_context(), app.server.test_request_context("/"):
                layout = validation.validation_layout(app.layout, app.callback_map)
        except SQLAlchemyError as err:  # e.g. /halsa must still answer that the database is down
            log.warning("No validation layout yet (%s); trying again at the next request", err)
            return
        except Exception:  # a page failing here must not fail every request
            log.exception("No validation layout: a page's layout failed without arguments")
            failed = True
            return
        app.validation_layout = layout
        app.config.suppress_callback_exceptions = False


def prepare() -> None:
    """Migrate the configured database and load the demo data into an empty one."""
    prepare_database()


# Dash serialises every response with Plotly's JSON encoder. The figures are plain dicts
# already (dashboard/figures/plot.py), so the standard library's C encoder is about twice
# as fast as the orjson path, which first walks every value in Python to clean it.
pio.json.config.default_engine = "json"

app = create_app()
server = app.server


if __name__ == "__main__":
    from dashboard import logs
    from web.logs import log_start

    logs.configure()  # JSON lines on stderr (gunicorn: its logger class, web/logs.py)
    config = settings()
    prepare()
    log_start("werkzeug", bind=f"{config.host}:{config.port}")
    app.run(host=config.host, port=config.port, debug=False)

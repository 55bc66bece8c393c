"""Medborgarlöfte: the Dash application.

``python app.py`` serves it on http://127.0.0.1:8050 (HOST and PORT from the
environment); in production ``gunicorn app:server`` (see README).
"""

from __future__ import annotations

import dash
import plotly.io as pio
from dash import Dash, html

import callbacks  # noqa: F401  (registers the callbacks)
import web
from dashboard.config import settings
from dashboard.i18n import t
from dashboard.startup import prepare_database
from web import auth


def create_app() -> Dash:
    """Build the Dash app: pages from ``layouts/``, everything served from ``assets/``."""
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="layouts",
        serve_locally=True,  # no CDN: wall screens sit on closed networks
        external_stylesheets=[],
        external_scripts=[],
        suppress_callback_exceptions=True,  # page layouts are built per request
        title=t("app.title"),
        update_title=None,
        health_endpoint="halsa",
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
        # The renderer echoes this cookie as this header; web.auth checks it on POSTs.
        csrf_token_name=auth.CSRF_COOKIE,
        csrf_header_name=auth.CSRF_HEADER,
    )
    app.layout = html.Div([dash.page_container], id="app-root")
    # Sessions, login, CSRF, security headers, the upload limit and the page cache (web/).
    web.install(app.server, script_hashes=app.csp_hashes)
    return app


# Dash serialises every response with Plotly's JSON encoder. The figures are plain dicts
# already (dashboard/plot.py), so the standard library's C encoder is about twice as fast
# as the orjson path, which first walks every value in Python to clean it.
pio.json.config.default_engine = "json"

prepare_database()
app = create_app()
server = app.server


if __name__ == "__main__":
    config = settings()
    app.run(host=config.host, port=config.port, debug=False)

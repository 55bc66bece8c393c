"""An empty Dash page with the app's assets: the browser benchmark's baseline.

``gunicorn benchmarks.empty_app:server``: the same Dash, renderer, CSS and scripts from
``assets/`` as the app, and a layout of one element (``#empty-ready``).
"""

from __future__ import annotations

from dash import Dash, dcc, html

from benchmarks.common import REPO

app = Dash(
    __name__,
    assets_folder=str(REPO / "assets"),
    serve_locally=True,
    update_title=None,
    title="Medborgarlöfte",
)
# dcc is imported by the app too (its bundle loads with every page); no graph here.
app.layout = html.Div([html.Div("", id="empty-ready"), dcc.Store(id="empty-store")])
server = app.server

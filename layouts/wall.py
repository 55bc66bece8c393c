"""Wall screen ``/vaggskarm``: full screen, no navigation, rotates through its views.

Query parameters besides the filters (see ``dashboard/analysis/wall.py``): ``sekunder``,
``vyer``, ``tema``; the data come from ``dashboard.pages.wall``. The rotation runs in the
browser (assets/zz-site/wall.js), so it survives a server restart; a poll re-renders the
views only when the data version changed. Nothing here needs a session: a read-only link
token is enough to show it.
"""

from __future__ import annotations

import dash
from dash import dcc, html

from components.frame import STATEMENT
from components.wall_views import build_views
from dashboard.i18n import t
from dashboard.pages.wall import load_wall_page
from layouts.ids import wall as ids
from layouts.titles import page_title

dash.register_page(
    __name__,
    path="/vaggskarm",
    order=80,
    nav_key="nav.wall",
    icon="bi-display",
    title=page_title("nav.wall"),
)

#: How often the screen asks whether the data changed (ms); cheap: one small query.
POLL_MS = 10_000


def layout(**params):
    page = load_wall_page(params)
    q, options = page.q, page.options
    views, status, title = build_views(page)
    theme_class = "wall-dark" if options.dark else "wall-light"
    return html.Div(
        [
            dcc.Store(
                id=ids.CONFIG,
                data={"seconds": options.seconds, "lang": q.lang, "params": _plain(params)},
            ),
            dcc.Store(id=ids.VERSION, data=page.version),
            dcc.Interval(id=ids.TICK, interval=1000),
            dcc.Store(id=ids.STEP),
            dcc.Interval(id=ids.POLL, interval=POLL_MS),
            html.Header(
                [
                    html.Div(
                        [
                            html.I(className="bi bi-shield-check me-3", **{"aria-hidden": "true"}),
                            html.Span(title, id=ids.TITLE),
                        ],
                        className="wall-brand",
                    ),
                    controls(q),
                    html.Div(
                        [
                            html.Span("", id=ids.DAY, className="wall-day"),
                            html.Span("", id=ids.CLOCK, className="wall-clock"),
                        ],
                        className="wall-time",
                        **{"aria-label": t("wall.clock", q.lang)},
                    ),
                ],
                className="wall-header",
            ),
            html.Main(
                html.Div(views, id=ids.TRACK, className="wall-track"),
                className="wall-viewport",
            ),
            html.Footer(
                [
                    html.Div(status, id=ids.STATUS, className="wall-status"),
                    html.A(
                        t("a11y.link", q.lang),
                        href=STATEMENT + q.search(),
                        id=ids.STATEMENT,
                        className="wall-control",
                    ),
                ],
                className="wall-footer",
            ),
        ],
        className=f"wall-screen {theme_class}",
        id=ids.ROOT,
        lang=q.lang,
    )


def controls(q) -> html.Div:
    """Pause and step through the views (WCAG 2.2.2: whatever moves by itself can be
    stopped), and a way back to the site; assets/zz-site/wall.js acts on them."""
    lang = q.lang

    def step(element_id: str, action: str, icon: str, text: str) -> html.Button:
        """An icon button, named by its text (shown as a tooltip)."""
        return html.Button(
            [
                html.I(className=f"bi {icon}", **{"aria-hidden": "true"}),
                html.Span(text, className="visually-hidden"),
            ],
            id=element_id,
            type="button",
            title=text,
            className="wall-control",
            **{"data-wall-action": action},
        )

    pause = html.Button(
        [
            html.Span(
                [html.I(className="bi bi-pause-fill me-2", **{"aria-hidden": "true"}),
                 t("wall.pause", lang)],
                className="wall-when-playing",
            ),
            html.Span(
                [html.I(className="bi bi-play-fill me-2", **{"aria-hidden": "true"}),
                 t("wall.play", lang)],
                className="wall-when-paused",
            ),
        ],
        id=ids.PAUSE,
        type="button",
        title=t("wall.pause_hint", lang),
        className="wall-control",
        **{"data-wall-action": "pause"},
    )  # fmt: skip
    return html.Div(
        [
            step(ids.PREVIOUS, "previous", "bi-skip-start-fill", t("wall.previous", lang)),
            pause,
            step(ids.NEXT, "next", "bi-skip-end-fill", t("wall.next", lang)),
            html.Div("", id=ids.PAGER, className="wall-pager"),
            html.A(
                [
                    html.I(className="bi bi-box-arrow-left me-2", **{"aria-hidden": "true"}),
                    t("wall.leave", lang),
                ],
                href="/" + q.search(),
                id=ids.LEAVE,
                className="wall-control wall-leave",
            ),
        ],
        id=ids.CONTROLS,
        className="wall-controls",
        role="group",
        **{"aria-label": t("wall.controls", lang)},
    )


def _plain(params: dict) -> dict:
    """The query parameters as JSON-safe strings (Dash Pages may pass lists)."""
    out = {}
    for key, value in params.items():
        if isinstance(value, list | tuple):
            value = ",".join(str(v) for v in value)
        out[str(key)] = str(value)
    return out

"""The frame around every page: skip link, navigation, language toggle, demo notice, and
the footer (data status, the accessibility statement)."""

from __future__ import annotations

from urllib.parse import urlencode

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.config import settings
from dashboard.i18n import DEFAULT_LANG, fmt_date, fmt_month, t
from dashboard.storage.queries import DataStatus
from dashboard.urls import Query

STATEMENT = "/tillganglighet"  # the accessibility statement (layouts/accessibility.py)
CITIZENS = "/for-invanare"  # the citizens' page, plain HTML from Flask (web/citizens.py)


class ids:
    """Ids of the frame around every page (All-in-One style)."""

    LANGUAGE = "lang-toggle"  # the link to the page in the other language
    STATEMENT = "statement-link"  # the accessibility statement, in every page's footer
    CITIZENS = "citizens-link"  # the page for the citizens, in the footer when it is on
    SKIP = "skip-link"  # the first Tab stop: past the navigation to the content
    MAIN = "main-content"
    DEMO_NOTICE = "demo-notice"
    DATA_STATUS = "data-status"  # the footer: data until, last import


def citizens_link(q: Query) -> list:
    """The footer's link to the citizens' page (a plain link: Flask serves it), if it is on."""
    if not settings().public_page:
        return []
    search = "?" + urlencode({"lang": q.lang}) if q.lang != DEFAULT_LANG else ""
    return [html.A(t("cit.page_name", q.lang), href=CITIZENS + search, id=ids.CITIZENS)]


def nav_pages() -> list[dict]:
    """Pages that appear in the navigation, in their registered order."""
    pages = [p for p in dash.page_registry.values() if p.get("nav_key")]
    return sorted(pages, key=lambda p: p.get("order") or 0)


def _link(page: dict, q: Query, active_path: str) -> dbc.NavItem:
    href = page["path"] + q.search()
    # A page with sub-paths (e.g. /omrade/<område>) stays active on them.
    active = page["path"] == active_path or (
        page["path"] != "/" and active_path.startswith(page["path"].rstrip("/") + "/")
    )
    return dbc.NavItem(
        dbc.NavLink(
            [
                html.I(
                    className=f"bi {page.get('icon', 'bi-circle')} me-2", **{"aria-hidden": "true"}
                ),
                t(page["nav_key"], q.lang),
            ],
            href=href,
            active=active,
            className="nav-link-lg",
        )
    )


def status_line(status: DataStatus | None, lang: str) -> list:
    """'Data t.o.m. december 2022 · senast importerad 25 november 2026'."""
    if status is None or status.latest_month is None:
        return [t("frame.no_data", lang)]
    parts = [
        t(
            "frame.data_until",
            lang,
            month=fmt_month(status.latest_month.year, status.latest_month.month, lang),
        )
    ]
    if status.last_import:
        parts.append(t("frame.last_import", lang, date=fmt_date(status.last_import.date(), lang)))
    return [" · ".join(parts)]


def frame(
    q: Query,
    path: str,
    children,
    *,
    status: DataStatus | None = None,
    title=None,
    extra: dict[str, str] | None = None,
):
    """Wrap a page's content with the navigation bar and footer.

    ``extra``: the page's own query parameters, kept when the language is switched.
    """
    other = "en" if q.lang == "sv" else "sv"
    toggle_search = q.search(lang=other)
    if extra:
        toggle_search += ("&" if toggle_search else "?") + urlencode(extra, safe=",|")
    toggle = dbc.NavLink(
        [
            html.I(className="bi bi-translate me-1", **{"aria-hidden": "true"}),
            # Named in the other language: read out in it (WCAG 3.1.2).
            html.Span(t("frame.other_language", q.lang), lang=other),
        ],
        href=path + toggle_search,
        id=ids.LANGUAGE,
        className="nav-link-lg",
    )
    navbar = dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand(
                    [
                        html.I(className="bi bi-shield-check me-2", **{"aria-hidden": "true"}),
                        t("app.title", q.lang),
                    ],
                    href="/" + q.search(),
                    className="fs-3 fw-bold",
                ),
                dbc.Nav([_link(p, q, path) for p in nav_pages()], className="me-auto", navbar=True),
                dbc.Nav([dbc.NavItem(toggle)], navbar=True),
            ],
            fluid=True,
        ),
        color="dark",
        dark=True,
        className="mb-3 d-print-none",
    )
    notice = []
    if status is not None and status.demo:
        notice = [
            dbc.Alert(
                [
                    html.I(className="bi bi-info-circle-fill me-2", **{"aria-hidden": "true"}),
                    t("app.demo_badge", q.lang),
                ],
                color="info",
                className="py-2 mb-3",
                id=ids.DEMO_NOTICE,
            )
        ]
    heading = [html.H1(title, className="mb-3")] if title else []
    footer = html.Footer(
        dbc.Container(
            [
                html.Div(status_line(status, q.lang), id=ids.DATA_STATUS),
                dcc.Link(t("a11y.link", q.lang), href=STATEMENT + q.search(), id=ids.STATEMENT),
                *citizens_link(q),
            ],
            fluid=True,
            className="text-body-secondary mt-4 mb-3 d-flex flex-wrap column-gap-4 row-gap-1",
        ),
        className="site-footer",
    )
    skip = html.A(
        t("frame.skip", q.lang),
        href=f"#{ids.MAIN}",
        id=ids.SKIP,
        className="visually-hidden-focusable skip-link",
    )
    # tabIndex -1: the skip link moves the keyboard focus there, not only the view.
    main = html.Main(
        dbc.Container([*notice, *heading, *children], fluid=True), id=ids.MAIN, tabIndex="-1"
    )
    return html.Div([skip, navbar, main, footer], lang=q.lang)


def empty_state(message: str, hint: str | None = None) -> html.Div:
    """A clear message where filters leave nothing to show (never an empty axis)."""
    return html.Div(
        [
            html.I(className="bi bi-funnel fs-1 d-block mb-2", **{"aria-hidden": "true"}),
            html.P(message, className="fs-4 mb-1"),
            html.P(hint, className="text-body-secondary") if hint else None,
        ],
        className="text-center border rounded p-5 my-3 empty-state",
        role="status",
    )

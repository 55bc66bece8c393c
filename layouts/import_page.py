"""Import ``/import``: editors upload CSV files, see what is wrong or what would change,
confirm (with a box that confirms dates outside the plausible period), read the import
log and undo an import from it; they also manage the wall screens' read-only links.

Viewers see the log; anonymous visitors are asked to log in. Every writing callback
checks the editor again on the server (callbacks/import_page.py).
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.checkin_form import work_links
from components.frame import frame
from components.import_report import (
    LOG_ROWS,
    MAX_FILES,
    icon,
    log_table,
    revoke_button,
    token_list,
)
from dashboard import accounts, contract
from dashboard.config import settings
from dashboard.i18n import label, t
from dashboard.ingest import history
from dashboard.pages.views import open_view
from dashboard.storage import database
from dashboard.urls import parse_query
from layouts.ids import import_page as ids
from layouts.titles import page_title
from web import auth, csrf, csv_templates, uploads

dash.register_page(
    __name__,
    path="/import",
    order=50,
    nav_key="nav.import",
    icon="bi-upload",
    title=page_title("nav.import"),
)


def account_bar(user: accounts.User | None, lang: str, path: str = "/import") -> html.Div:
    """Who is logged in, and a log-in link or a log-out button (a POST form with CSRF token)."""
    if user is None:
        login = f"/login?next={path}" + ("&lang=en" if lang == "en" else "")
        return html.Div(
            [
                html.Span(
                    [icon("bi-person", "me-2"), t("imp.not_logged_in", lang)], className="me-3"
                ),
                dbc.Button(
                    [icon("bi-box-arrow-in-right", "me-2"), t("acct.login_button", lang)],
                    href=login,
                    external_link=True,
                    color="primary",
                    id=ids.LOGIN_LINK,
                ),
            ],
            className="d-flex align-items-center flex-wrap gap-2 mb-3 fs-5",
            id=ids.ACCOUNT_BAR,
        )
    return html.Div(
        [
            html.Span(
                [
                    icon("bi-person-check", "me-2"),
                    t("acct.logged_in_as", lang, name=user.name, role=t(f"role.{user.role}", lang)),
                ],
                className="me-3",
                id=ids.ACCOUNT_NAME,
            ),
            html.Form(
                [
                    dcc.Input(type="hidden", name=csrf.CSRF_FIELD, value=csrf.token()),
                    dcc.Input(type="hidden", name="lang", value=lang),
                    dbc.Button(
                        [icon("bi-box-arrow-right", "me-2"), t("acct.logout", lang)],
                        type="submit",
                        color="outline-secondary",
                        id=ids.LOGOUT,
                    ),
                ],
                method="POST",
                action="/logout",
                className="d-inline",
            ),
        ],
        className="d-flex align-items-center flex-wrap gap-2 mb-3 fs-5",
        id=ids.ACCOUNT_BAR,
    )


def templates(lang: str) -> dbc.Card:
    links = [
        html.Li(
            html.A(
                [icon("bi-download", "me-2"), f"{kind}.csv", " – ", t(f"kind.{kind}", lang)],
                href=f"{csv_templates.TEMPLATE_ROUTE}{kind}.csv",
                download=f"{kind}.csv",
                id=ids.template(kind),
            )
        )
        for kind in contract.KINDS
    ]
    return dbc.Card(
        [
            dbc.CardHeader(html.H2(t("imp.templates", lang), className="h4 mb-0")),
            dbc.CardBody(
                [html.P(t("imp.templates_intro", lang)), html.Ul(links, className="fs-5")]
            ),
        ],
        className="mb-3",
    )


def upload_section(lang: str) -> list:
    limit = settings().upload_limit_mb
    return [
        dcc.Store(id=ids.LIMITS, data={"bytes": uploads.upload_limit_bytes(), "files": MAX_FILES}),
        dcc.Store(id=ids.FILES, storage_type="memory"),
        dcc.Store(id=ids.PENDING, storage_type="memory"),
        dbc.Card(
            [
                dbc.CardHeader(html.H2(t("imp.step_choose", lang), className="h4 mb-0")),
                dbc.CardBody(
                    [
                        dcc.Upload(
                            html.Div(
                                [
                                    icon("bi-cloud-arrow-up", "fs-1 d-block mb-2"),
                                    html.Span(t("imp.drop", lang), className="fs-4"),
                                    html.Br(),
                                    html.Span(
                                        t("imp.drop_hint", lang, mb=limit, files=MAX_FILES),
                                        className="text-body-secondary",
                                    ),
                                ]
                            ),
                            id=ids.UPLOAD,
                            multiple=True,
                            accept=".csv,.txt,text/csv,text/plain",
                            className="upload-zone text-center p-4 mb-2",
                            className_active="upload-zone upload-zone-active text-center p-4 mb-2",
                        ),
                    ]
                ),
            ],
            className="mb-3",
        ),
        dbc.Card(
            [
                dbc.CardHeader(html.H2(t("imp.step_check", lang), className="h4 mb-0")),
                dbc.CardBody(
                    [
                        dcc.Loading(
                            html.Div(
                                html.P(
                                    t("imp.preview_empty", lang), className="text-body-secondary"
                                ),
                                id=ids.PREVIEW,
                                **{"aria-live": "polite"},
                            ),
                            type="circle",
                        ),
                        period_box(lang),
                        stats_box(lang),
                        dbc.Button(
                            [icon("bi-database-check", "me-2"), t("imp.confirm", lang)],
                            id=ids.CONFIRM,
                            color="primary",
                            size="lg",
                            disabled=True,
                            className="mt-2",
                        ),
                        html.P(t("imp.confirm_hint", lang), className="text-body-secondary mt-2"),
                        dcc.Loading(
                            html.Div(id=ids.RESULT, **{"aria-live": "polite"}), type="circle"
                        ),
                    ]
                ),
            ],
            className="mb-3",
        ),
    ]


def period_box(lang: str) -> html.Div:
    """Shown when dates outside the plausible period are all that is wrong: ticking the
    box (its label names the dates) checks the files again allowing them."""
    return html.Div(
        [
            html.P([icon("bi-calendar-x", "me-2"), t("imp.period_hint", lang)], className="mb-2"),
            dbc.Checkbox(id=ids.ALLOW_PERIOD, value=False, label="", label_class_name="fw-bold"),
        ],
        id=ids.PERIOD_BOX,
        hidden=True,
        className="period-box border border-warning border-2 rounded p-3 mb-3 fs-5",
    )


def stats_box(lang: str) -> html.Div:
    """Shown when official statistics lack their year or category (Brå's file gives them
    in its name): the two fields that give them; a change checks the files again."""
    categories = [
        {"label": t("ks.category_from_name", lang), "value": ids.STATS_FROM_NAME},
        {"label": t("ks.all_crimes", lang), "value": contract.ALL_CRIMES},
        *({"label": label("cat", code, lang), "value": code} for code in contract.CATEGORIES),
    ]
    return html.Div(
        [
            html.P([icon("bi-calendar-range", "me-2"), t("ks.box_hint", lang)], className="mb-2"),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label(t("ks.year_label", lang), html_for=ids.STATS_YEAR),
                            dbc.Input(
                                id=ids.STATS_YEAR,
                                type="number",
                                min=1990,
                                max=2100,
                                step=1,
                                inputmode="numeric",
                                debounce=True,
                            ),
                        ],
                        xs=12,
                        md=4,
                    ),
                    dbc.Col(
                        [
                            dbc.Label(t("ks.category_label", lang), html_for=ids.STATS_CATEGORY),
                            dbc.Select(
                                id=ids.STATS_CATEGORY, options=categories, value=ids.STATS_FROM_NAME
                            ),
                        ],
                        xs=12,
                        md=8,
                    ),
                ],
                className="g-3",
            ),
        ],
        id=ids.STATS_BOX,
        hidden=True,
        className="stats-box border border-info border-2 rounded p-3 mb-3 fs-5",
    )


def undo_dialog(lang: str) -> list:
    """The dialog an undo button opens: what undo would put back, and the button that
    does it (callbacks/import_page.py fills it in)."""
    return [
        dcc.Store(id=ids.UNDO_PENDING, storage_type="memory"),
        dbc.Modal(
            [
                dbc.ModalHeader(dbc.ModalTitle(id=ids.UNDO_TITLE, className="h4")),
                dbc.ModalBody(dcc.Loading(html.Div(id=ids.UNDO_BODY), type="circle")),
                dbc.ModalFooter(
                    [
                        dbc.Button(
                            t("imp.undo_cancel", lang), id=ids.UNDO_CANCEL, color="secondary"
                        ),
                        dbc.Button(
                            [
                                icon("bi-arrow-counterclockwise", "me-2"),
                                t("imp.undo_confirm", lang),
                            ],
                            id=ids.UNDO_CONFIRM,
                            color="danger",
                            disabled=True,
                        ),
                    ]
                ),
            ],
            id=ids.UNDO_DIALOG,
            is_open=False,
            size="xl",
            scrollable=True,
            labelledby=ids.UNDO_TITLE,
        ),
    ]


def log_card(log: list[history.Entry] | None, lang: str, editor: bool) -> dbc.Card:
    """The import log, newest first; editors get an undo button on each row that wrote
    figures and is not undone."""
    body: list = [html.Div(log_table(log, lang, ids.undo if editor else None), id=ids.LOG)]
    if editor:
        result = html.Div(id=ids.UNDO_RESULT, **{"aria-live": "polite"})
        body = [html.P(t("imp.log_undo_intro", lang)), result, *body, *undo_dialog(lang)]
    return dbc.Card(
        [
            dbc.CardHeader(html.H2(t("imp.log", lang), className="h4 mb-0")),
            dbc.CardBody(body),
        ],
        className="mb-3",
    )


def tokens_section(tokens: list[accounts.TokenInfo], lang: str) -> dbc.Card:
    """The wall screens' read-only links: a new one, and the active ones to revoke."""
    return dbc.Card(
        [
            dbc.CardHeader(html.H2(t("imp.tokens", lang), className="h4 mb-0")),
            dbc.CardBody(
                [
                    html.P(t("imp.tokens_intro", lang)),
                    dbc.InputGroup(
                        [
                            dbc.Input(
                                id=ids.TOKEN_LABEL,
                                placeholder=t("imp.token_label_placeholder", lang),
                                maxlength=200,
                            ),
                            dbc.Button(
                                [icon("bi-link-45deg", "me-1"), t("imp.token_create", lang)],
                                id=ids.TOKEN_CREATE,
                                color="secondary",
                            ),
                        ],
                        className="mb-3",
                        style={"maxWidth": "40rem"},
                    ),
                    html.Div(id=ids.TOKEN_NEW, **{"aria-live": "polite"}),
                    html.Div(token_list(tokens, lang), id=ids.TOKEN_LIST),
                ]
            ),
        ],
        className="mb-3",
    )


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    user = auth.current_user()
    with open_view(q) as view:
        status = view.status
        log = history.entries(view.conn, limit=LOG_ROWS) if user is not None else None
    content: list = [account_bar(user, lang)]
    if user is not None and user.can_report:  # the meeting and the field report pages
        content.append(work_links(lang, q.search(), editor=user.is_editor))
    if user is None:
        content.append(
            dbc.Alert(
                [icon("bi-lock", "me-2"), t("imp.login_needed", lang)],
                color="info",
                className="fs-5",
                id=ids.LOGIN_NEEDED,
            )
        )
    elif not user.is_editor:
        content.append(
            dbc.Alert(
                [icon("bi-eye", "me-2"), t("imp.viewer_only", lang)],
                color="info",
                className="fs-5",
                id=ids.VIEWER_ONLY,
            )
        )
    else:
        content.append(html.P(t("imp.intro", lang), className="lead"))
        content += upload_section(lang)
    content.append(templates(lang))
    if user is not None:
        content.append(log_card(log, lang, editor=user.is_editor))
    if user is not None and user.is_editor:
        tokens = accounts.list_tokens(database.default_engine(), include_revoked=False)
        content.append(tokens_section(tokens, lang))
    return frame(q, "/import", content, status=status, title=t("imp.title", lang))


def validation_layout() -> list:
    """What only editors see, and a revoke button whatever the links: for the validation
    layout (layouts/validation.py)."""
    lang = "sv"
    return [
        *upload_section(lang),
        log_card(None, lang, editor=True),
        tokens_section([], lang),
        revoke_button(0, lang),
        html.Button(id=ids.undo(0)),
    ]

"""Pieces of the import page: the import log with its undo buttons, the wall screens'
links, and the small parts the preview (components/import_preview.py) shares.

Everything the user wrote (file names, cell values, labels) is put in as plain text
children: Dash renders it as text, never as HTML or Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from zoneinfo import ZoneInfo

import dash_bootstrap_components as dbc
from dash import html

from dashboard import contract
from dashboard.accounts import TokenInfo
from dashboard.i18n import fmt_date, fmt_number, t
from dashboard.ingest.history import WRITTEN_OUTCOMES, Entry

MAX_FILES = 20  # files in one upload: the page says so, the browser and the server check it
LOG_ROWS = 50  # the newest imports the log shows
LOCAL_TZ = ZoneInfo("Europe/Stockholm")  # the log is stored in UTC, shown in Swedish time
OUTCOME_ICONS = {
    "imported": ("bi-check-circle-fill", "text-success"),
    "unchanged": ("bi-dash-circle", "text-body-secondary"),
    "rejected": ("bi-x-octagon-fill", "text-danger"),
    "not_written": ("bi-pause-circle", "text-warning-emphasis"),
    "error": ("bi-exclamation-triangle-fill", "text-danger"),
    "undo": ("bi-arrow-counterclockwise", "text-body-secondary"),
}


class ids:
    """Ids of the import page's reports and token list (All-in-One style)."""

    VERDICT = "import-verdict"  # the preview's verdict on the whole batch
    SAVED = "import-saved"  # the confirmed import's "saved" message
    UNDO_MESSAGE = "import-undo-message"  # what undo would do, or why it cannot
    TOKEN_REVOKE = "token-revoke"  # the type of the revoke buttons' pattern-matching ids

    @staticmethod
    def token_revoke(index) -> dict:
        """A revoke button's id; ``index`` is the link's id, or ``dash.ALL`` in a callback."""
        return {"type": ids.TOKEN_REVOKE, "index": index}


def icon(name: str, extra: str = "") -> html.I:
    return html.I(className=f"bi {name} {extra}".strip(), **{"aria-hidden": "true"})


def alert(kind: str, text, icon_name: str, className: str = "fs-5", **kw) -> dbc.Alert:
    """A message with an icon and words (never colour alone)."""
    children = [icon(icon_name, "me-2"), *([text] if isinstance(text, str) else text)]
    return dbc.Alert(children, color=kind, className=className, **kw)


def kind_name(kind: str | None, lang: str) -> str:
    return t(f"kind.{kind}", lang) if kind else t("imp.kind_unknown", lang)


def _local(at) -> str:
    """A log time (stored in UTC) in Swedish time."""
    local = at.replace(tzinfo=UTC).astimezone(LOCAL_TZ)
    return f"{local:%Y-%m-%d %H:%M}"


def _outcome_cell(entry: Entry, lang: str) -> list:
    """The outcome in words with its icon; an undo names the import it undid, an undone
    import the undo; a refusal's reasons fold out."""
    icon_name, colour = OUTCOME_ICONS.get(entry.outcome, ("bi-question-circle", ""))
    if entry.outcome == "undo" and entry.undo_of is not None:
        words = t("imp.undo_of", lang, id=entry.undo_of)
    else:
        words = t(f"imp.outcome_{entry.outcome}", lang)
    cell: list = [icon(icon_name, f"me-1 {colour}"), words]
    if entry.message and entry.outcome != "undo":  # an undo's message only names its target
        cell = [html.Details([html.Summary(cell), html.Pre(entry.message, className="small mb-0")])]
    if entry.undone_by is not None:
        cell.append(
            html.Div(
                [
                    icon("bi-arrow-counterclockwise", "me-1"),
                    t("imp.undone_by", lang, id=entry.undone_by),
                ],
                className="small fw-bold undone-by",
            )
        )
    return cell


def undo_button(entry: Entry, lang: str, make_id: Callable[[int], dict]) -> dbc.Button:
    """Undo one import; the import's number in hidden words, since every row has one."""
    return dbc.Button(
        [
            icon("bi-arrow-counterclockwise", "me-1"),
            t("imp.undo", lang),
            html.Span(f" {t('imp.undo_which', lang, id=entry.id)}", className="visually-hidden"),
        ],
        id=make_id(entry.id),
        color="outline-secondary",
        size="sm",
        className="text-nowrap",
    )


def log_table(
    entries: list[Entry] | None, lang: str, undo_id: Callable[[int], dict] | None = None
) -> html.Div:
    """The import log, newest first: number, when, who, which file (name and hash), kind,
    rows, outcome. With ``undo_id`` (for editors, it makes the buttons' ids) each row that
    wrote figures and is not undone has an undo button."""
    if not entries:
        return html.P(t("imp.log_empty", lang))
    columns = ("id", "at", "user", "file", "kind", "rows", "outcome", "sha")
    columns += ("action",) if undo_id else ()
    header = html.Thead(html.Tr([html.Th(t(f"imp.log_{c}", lang), scope="col") for c in columns]))
    rows = []
    for entry in entries:
        cells = [
            html.Td(str(entry.id), className="text-end"),
            html.Td(_local(entry.at), className="text-nowrap"),
            html.Td(entry.user),
            html.Td(entry.filename, className="text-break"),
            html.Td(kind_name(entry.kind, lang) if entry.kind in contract.KINDS else "–"),
            html.Td(fmt_number(entry.rows, 0, lang), className="text-end"),
            html.Td(_outcome_cell(entry, lang)),
            html.Td(html.Code(entry.sha256[:12] + "…", title=entry.sha256)),
        ]
        if undo_id:
            undoable = entry.outcome in WRITTEN_OUTCOMES and entry.undone_by is None
            cells.append(html.Td(undo_button(entry, lang, undo_id) if undoable else None))
        rows.append(html.Tr(cells, className="log-undone" if entry.undone_by else None))
    return html.Div(
        [
            dbc.Table([header, html.Tbody(rows)], striped=True, size="sm", className="log-table"),
            html.P(t("imp.log_utc", lang), className="small text-body-secondary"),
        ],
        className="table-responsive",
    )


def token_list(tokens: list[TokenInfo], lang: str) -> html.Div:
    """The active wall-screen links, each with a revoke button."""
    active = [tok for tok in tokens if tok.revoked_at is None]
    if not active:
        return html.P(t("imp.tokens_none", lang))
    rows = [
        html.Tr(
            [
                html.Td(tok.label),
                html.Td(tok.created_by),
                html.Td(fmt_date(tok.created_at.date(), lang)),
                html.Td(fmt_date(tok.last_used.date(), lang) if tok.last_used else "–"),
                html.Td(revoke_button(tok.id, lang)),
            ]
        )
        for tok in active
    ]
    header = html.Thead(
        html.Tr(
            [
                html.Th(t(f"imp.tokcol_{col}", lang), scope="col")
                for col in ("label", "by", "created", "used", "action")
            ]
        )
    )
    return dbc.Table([header, html.Tbody(rows)], size="sm", className="token-table")


def revoke_button(token_id: int, lang: str) -> dbc.Button:
    return dbc.Button(
        [icon("bi-x-circle", "me-1"), t("imp.token_revoke", lang)],
        id=ids.token_revoke(token_id),
        color="outline-danger",
        size="sm",
    )

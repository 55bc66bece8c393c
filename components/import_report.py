"""Pieces of the import page: the validation report, the change preview, the log, the tokens.

Everything the user wrote (file names, cell values, labels) is put in as plain text
children: Dash renders it as text, never as HTML or Markdown.
"""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

import dash_bootstrap_components as dbc
from dash import html

from dashboard import contract
from dashboard.accounts import TokenInfo
from dashboard.i18n import fmt_date, fmt_month, fmt_number, t
from dashboard.ingest.preview import ScopeRow
from dashboard.ingest.results import BatchResult, FileResult

MAX_FILES = 20  # files in one upload: the page says so, the browser and the server check it
MAX_ISSUES_SHOWN = 100
LOCAL_TZ = ZoneInfo("Europe/Stockholm")  # the log is stored in UTC, shown in Swedish time
OUTCOME_ICONS = {
    "imported": ("bi-check-circle-fill", "text-success"),
    "unchanged": ("bi-dash-circle", "text-body-secondary"),
    "rejected": ("bi-x-octagon-fill", "text-danger"),
    "not_written": ("bi-pause-circle", "text-warning-emphasis"),
    "error": ("bi-exclamation-triangle-fill", "text-danger"),
}


class ids:
    """Ids of the import page's reports and token list (All-in-One style)."""

    VERDICT = "import-verdict"  # the preview's verdict on the whole batch
    SAVED = "import-saved"  # the confirmed import's "saved" message
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


def issue_table(result: FileResult, lang: str) -> list:
    """The validation report: line, column, value, reason; file-level problems first."""
    general = [i for i in result.issues if i.line is None]
    lined = [i for i in result.issues if i.line is not None]
    parts: list = []
    if general:
        parts.append(html.Ul([html.Li(i.reason(lang)) for i in general], className="fs-5"))
    if lined:
        shown = lined[:MAX_ISSUES_SHOWN]
        header = html.Thead(
            html.Tr(
                [
                    html.Th(t("imp.col_line", lang), scope="col"),
                    html.Th(t("imp.col_column", lang), scope="col"),
                    html.Th(t("imp.col_value", lang), scope="col"),
                    html.Th(t("imp.col_reason", lang), scope="col"),
                ]
            )
        )
        body = html.Tbody(
            [
                html.Tr(
                    [
                        html.Td(str(i.line), className="text-end fw-bold"),
                        html.Td(i.column or "–"),
                        html.Td(html.Code(i.value) if i.value else "–"),
                        html.Td(i.reason(lang)),
                    ]
                )
                for i in shown
            ]
        )
        parts.append(
            dbc.Table([header, body], bordered=True, size="sm", className="issue-table mb-2")
        )
        if len(lined) > len(shown):
            parts.append(html.P(t("imp.more_issues", lang, n=len(lined) - len(shown))))
    return parts


def diff_line(result: FileResult, lang: str) -> html.P:
    diff = result.diff
    if diff is None:
        return html.P()
    return html.P(
        [
            html.Span(
                [icon("bi-plus-circle", "me-1"), t("imp.added", lang, n=fmt_number(diff.added))],
                className="me-4",
            ),
            html.Span(
                [
                    icon("bi-arrow-repeat", "me-1"),
                    t("imp.replaced", lang, n=fmt_number(diff.replaced)),
                ],
                className="me-4",
            ),
            html.Span(
                [
                    icon("bi-check2", "me-1"),
                    t("imp.unchanged_rows", lang, n=fmt_number(diff.unchanged)),
                ]
            ),
        ],
        className="fs-5 mb-2 diff-line",
    )


def _period(row: ScopeRow, lang: str) -> str:
    start = fmt_month(row.start.year, row.start.month, lang)
    end = fmt_month(row.end.year, row.end.month, lang)
    return start if start == end else f"{start} – {end}"


def scope_table(rows: list[ScopeRow], lang: str, kind: str | None) -> html.Div | None:
    """Per area and period: rows added, replaced, unchanged."""
    same = [row for row in rows if not (row.added or row.replaced)]
    rows = [row for row in rows if row.added or row.replaced]
    if not rows:
        return None
    yearly = kind == "enkat"
    header = html.Thead(
        html.Tr(
            [
                html.Th(t("imp.col_area", lang), scope="col"),
                html.Th(t("imp.col_period", lang), scope="col"),
                html.Th(t("imp.col_added", lang), scope="col", className="text-end"),
                html.Th(t("imp.col_replaced", lang), scope="col", className="text-end"),
                html.Th(t("imp.col_unchanged", lang), scope="col", className="text-end"),
            ]
        )
    )
    body = html.Tbody(
        [
            html.Tr(
                [
                    html.Td(row.area or t("area.whole", lang)),
                    html.Td(str(row.start.year) if yearly else _period(row, lang)),
                    html.Td(fmt_number(row.added, 0, lang), className="text-end"),
                    html.Td(
                        fmt_number(row.replaced, 0, lang),
                        className="text-end fw-bold" if row.replaced else "text-end",
                    ),
                    html.Td(fmt_number(row.unchanged, 0, lang), className="text-end"),
                ]
            )
            for row in rows
        ]
    )
    note = [html.P(t("imp.scope_same", lang, n=len(same)), className="text-body-secondary")]
    return html.Details(
        [
            html.Summary(t("imp.scope_summary", lang, n=len(rows)), className="fs-6 mb-2"),
            dbc.Table([header, body], bordered=True, size="sm", className="scope-table w-auto"),
            *(note if same else []),
        ],
        open=len(rows) <= 15,
    )


def _status(result: FileResult, lang: str) -> tuple[str, str, str, str]:
    """(icon, colour class, words, card class) for one file of the preview."""
    if not result.ok:
        text = (
            t("imp.file_rejected", lang) + " " + t("imp.fix_and_retry", lang, n=len(result.issues))
        )
        return "bi-x-octagon-fill", "text-danger", text, "border-danger preview-rejected"
    if result.diff is not None and not result.diff.changes:
        return "bi-dash-circle", "text-body-secondary", t("imp.file_same", lang), "preview-same"
    return "bi-check-circle-fill", "text-success", t("imp.file_ok", lang), "preview-ok"


def file_card(result: FileResult, lang: str, scope: list[ScopeRow] | None) -> dbc.Card:
    """One file of the preview: its kind and rows, its verdict in words, then its errors
    (line, column, value, reason) or its changes; a file that changes nothing is one line."""
    icon_name, colour, words, card_class = _status(result, lang)
    title = html.Div(
        [
            icon("bi-filetype-csv", "me-2"),
            html.Strong(result.name, className="me-3 file-name"),
            html.Span(
                t(
                    "imp.file_meta",
                    lang,
                    kind=kind_name(result.kind, lang),
                    rows=fmt_number(result.rows, 0, lang),
                ),
                className="me-3",
            ),
            html.Span([icon(icon_name, f"me-1 {colour}"), words], className="file-verdict"),
        ],
        className="fs-5",
    )
    body: list = []
    if not result.ok:
        body += issue_table(result, lang)
    elif result.diff is not None and result.diff.changes:
        body += [diff_line(result, lang), scope_table(scope or [], lang, result.kind)]
    if result.warnings:
        body.append(
            html.Ul(
                [
                    html.Li(t("import.warning", lang, reason=w.render(lang)))
                    for w in result.warnings
                ],
                className="text-body-secondary mb-0",
            )
        )
    parts = [dbc.CardHeader(title, className="border-0" if not body else "")]
    if body:
        parts.append(dbc.CardBody(body))
    return dbc.Card(parts, className=f"mb-2 preview-file {card_class}")


def preview(batch: BatchResult, scopes: dict[str, list[ScopeRow]], lang: str) -> list:
    """The whole preview: a verdict for the batch, then one card per file."""
    changes = any(f.diff and f.diff.changes for f in batch.files)
    if not batch.ok:
        bad = sum(1 for f in batch.files if not f.ok)
        verdict = alert(
            "danger",
            t("imp.batch_rejected", lang, bad=bad, total=len(batch.files)),
            "bi-x-octagon-fill",
            id=ids.VERDICT,
        )
    elif not changes:
        verdict = alert("secondary", t("imp.batch_same", lang), "bi-dash-circle", id=ids.VERDICT)
    else:
        verdict = alert("success", t("imp.batch_ok", lang), "bi-check-circle-fill", id=ids.VERDICT)
    return [verdict, *(file_card(f, lang, scopes.get(f.name)) for f in batch.files)]


def outcome(batch: BatchResult, lang: str) -> list:
    """What the confirmed import did, file by file, and a way to see the new figures."""
    if batch.written:
        head = alert(
            "success",
            [
                t("imp.saved", lang, version=batch.data_version),
                " ",
                html.A(
                    t("imp.see_overview", lang), href="/" + ("?lang=en" if lang == "en" else "")
                ),
            ],
            "bi-check-circle-fill",
            id=ids.SAVED,
        )
    elif batch.ok:
        head = alert("secondary", t("imp.nothing_saved_same", lang), "bi-dash-circle")
    else:
        head = alert("danger", t("imp.nothing_saved", lang), "bi-x-octagon-fill")
    items = []
    for result in batch.files:
        icon_name, colour, _, _ = _status(result, lang)
        diff = result.diff
        counts = (
            t(
                "imp.saved_counts",
                lang,
                added=fmt_number(diff.added, 0, lang),
                replaced=fmt_number(diff.replaced, 0, lang),
                unchanged=fmt_number(diff.unchanged, 0, lang),
            )
            if diff is not None
            else ""
        )
        items.append(
            html.Li(
                [
                    icon(icon_name, f"me-2 {colour}"),
                    html.Strong(result.name, className="me-2"),
                    f"{kind_name(result.kind, lang)} · {counts}",
                ]
            )
        )
    return [head, html.Ul(items, className="list-unstyled fs-5")]


def _local(at) -> str:
    """A log time (stored in UTC) in Swedish time."""
    local = at.replace(tzinfo=UTC).astimezone(LOCAL_TZ)
    return f"{local:%Y-%m-%d %H:%M}"


def log_table(frame, lang: str) -> html.Div:
    """The import log: who, when, which file (name and hash), kind, rows, outcome."""
    if frame is None or frame.empty:
        return html.P(t("imp.log_empty", lang))
    header = html.Thead(
        html.Tr(
            [
                html.Th(t(f"imp.log_{col}", lang), scope="col")
                for col in ("at", "user", "file", "kind", "rows", "outcome", "sha")
            ]
        )
    )
    rows = []
    for rec in frame.itertuples(index=False):
        icon_name, colour = OUTCOME_ICONS.get(rec.outcome, ("bi-question-circle", ""))
        outcome_cell = [icon(icon_name, f"me-1 {colour}"), t(f"imp.outcome_{rec.outcome}", lang)]
        if rec.message:
            outcome_cell = [
                html.Details(
                    [html.Summary(outcome_cell), html.Pre(rec.message, className="small mb-0")]
                )
            ]
        rows.append(
            html.Tr(
                [
                    html.Td(_local(rec.at), className="text-nowrap"),
                    html.Td(rec.user),
                    html.Td(rec.filename, className="text-break"),
                    html.Td(kind_name(rec.kind, lang) if rec.kind in contract.KINDS else "–"),
                    html.Td(fmt_number(rec.rows, 0, lang), className="text-end"),
                    html.Td(outcome_cell),
                    html.Td(html.Code(rec.sha256[:12] + "…", title=rec.sha256)),
                ]
            )
        )
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

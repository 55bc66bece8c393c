"""The import page's previews: what a batch of files would change (or what is wrong in
them), what a confirmed import did, and what undoing an import would put back.

Changes are counted in *figures* (a crime count per area, month and category, a survey
result...): new, changed and unchanged add up to what the file gives, removed is what
it takes away inside its own scope. Everything the user wrote (file names, cell values)
is put in as plain text children: Dash renders it as text, never as HTML.
"""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
from dash import html

from components.import_report import alert, icon, ids, kind_name
from dashboard import contract
from dashboard.i18n import fmt_month, fmt_number, label, t
from dashboard.ingest.preview import Example, ScopeRow
from dashboard.ingest.results import BatchResult, FileResult

MAX_ISSUES_SHOWN = 100
MAX_TEXT = 40  # characters of a changed comment or text shown as an example
# Kinds whose figures are per year, not per month or day.
YEARLY = ("enkat", "loften", "kommunstatistik")
CHECKIN_STATUSES = frozenset(contract.STATUS_ALIASES.values())  # stored in English


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


def diff_line(result: FileResult, lang: str) -> list:
    """New, changed, unchanged and removed figures, and what makes them add up: rows of
    a crime file for the same cell are summed, and removals lie inside the file's scope."""
    counts = result.counts()
    parts = [
        ("bi-plus-circle", "imp.added", counts["new"]),
        ("bi-arrow-repeat", "imp.replaced", counts["changed"]),
        ("bi-check2", "imp.unchanged_rows", counts["unchanged"]),
        ("bi-dash-circle", "imp.removed", counts["removed"]),
    ]
    line = html.P(
        [
            html.Span(
                [icon(name, "me-1"), t(key, lang, n=fmt_number(n, 0, lang))],
                className="me-4 fw-bold" if key == "imp.removed" and n else "me-4",
            )
            for name, key, n in parts
        ],
        className="fs-5 mb-1 diff-line",
    )
    notes = []
    figures = counts["new"] + counts["changed"] + counts["unchanged"]
    if figures != result.rows and result.kind == "brott":  # only crimes are summed
        rows, figures = fmt_number(result.rows, 0, lang), fmt_number(figures, 0, lang)
        notes.append(t("imp.rows_summed", lang, rows=rows, figures=figures))
    if counts["removed"]:
        notes.append(t("imp.removed_hint", lang))
    return [line, *(html.P(note, className="text-body-secondary mb-2") for note in notes)]


def _period(row: ScopeRow, kind: str | None, lang: str) -> str:
    if row.start is None:
        return ""
    if kind in YEARLY:
        return str(row.start.year)
    start = fmt_month(row.start.year, row.start.month, lang)
    end = fmt_month(row.end.year, row.end.month, lang)
    return start if start == end else f"{start} – {end}"


def _subject(code: str, kind: str | None, lang: str) -> str:
    """A crime category or survey question by its label; a commitment by its code."""
    if kind == "kommunstatistik" and code == contract.ALL_CRIMES:
        return t("ks.all_crimes", lang)
    prefix = {"brott": "cat", "enkat": "ind", "kommunstatistik": "cat"}.get(kind or "")
    return label(prefix, code, lang) if prefix else code


def _value(value, lang: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, str) and value in CHECKIN_STATUSES:
        return t(f"checkin.{value}", lang).lower()
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"
    return fmt_number(value, 0 if float(value).is_integer() else 1, lang)


def example_text(example: Example, kind: str | None, lang: str) -> str:
    """``2022-03: 7 → 8``: a month of crimes, a day, or a year, then before → after."""
    where = example.where
    if isinstance(where, date):
        where = f"{where:%Y-%m}" if kind == "brott" else where.isoformat()
    head = f"{where}: " if where is not None else ""
    return f"{head}{_value(example.old, lang)} → {_value(example.new, lang)}"


def _ordered(row: ScopeRow) -> list[Example]:
    """The examples in time order (an undo lists its changes backwards)."""
    return sorted(row.examples, key=lambda example: str(example.where))


def scope_table(
    rows: list[ScopeRow], lang: str, kind: str | None, undo: bool = False
) -> html.Details | None:
    """Per area, subject and period: figures new, changed (with examples) and removed;
    for an undo, what it puts back, changes back and removes."""
    if not rows:
        return None
    counted = (
        ("imp.col_undo_new", "imp.col_undo_changed", "imp.col_removed")
        if undo
        else ("imp.col_added", "imp.col_replaced", "imp.col_removed")
    )
    header = html.Thead(
        html.Tr(
            [
                html.Th(t("imp.col_area", lang), scope="col"),
                html.Th(t("imp.col_subject", lang), scope="col"),
                html.Th(t("imp.col_period", lang), scope="col"),
                *(html.Th(t(key, lang), scope="col", className="text-end") for key in counted),
                html.Th(t("imp.col_examples", lang), scope="col"),
            ]
        )
    )

    def count(n: int) -> html.Td:
        return html.Td(fmt_number(n, 0, lang), className="text-end fw-bold" if n else "text-end")

    body = html.Tbody(
        [
            html.Tr(
                [
                    html.Td(row.area or t("area.whole", lang)),
                    html.Td(_subject(row.subject, kind, lang)),
                    html.Td(_period(row, kind, lang), className="text-nowrap"),
                    html.Td(fmt_number(row.new, 0, lang), className="text-end"),
                    count(row.changed),
                    count(row.removed),
                    html.Td("; ".join(example_text(e, kind, lang) for e in _ordered(row))),
                ]
            )
            for row in rows
        ]
    )
    return html.Details(
        [
            html.Summary(t("imp.scope_summary", lang, n=len(rows)), className="fs-6 mb-2"),
            html.Div(
                dbc.Table(
                    [header, body], bordered=True, size="sm", className="scope-table w-auto mb-0"
                ),
                className="table-responsive",
            ),
        ],
        open=len(rows) <= 15,
    )


def _status(result: FileResult, lang: str) -> tuple[str, str, str, str]:
    """(icon, colour class, words, card class) for one file of the preview."""
    if not result.ok:
        count = len(result.issues)
        retry = "imp.fix_and_retry_one" if count == 1 else "imp.fix_and_retry"
        text = t("imp.file_rejected", lang) + " " + t(retry, lang, n=count)
        return "bi-x-octagon-fill", "text-danger", text, "border-danger preview-rejected"
    if result.changes is not None and not result.changed:
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
    elif result.changed:
        body += [*diff_line(result, lang), scope_table(scope or [], lang, result.kind)]
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
    changes = any(f.changed for f in batch.files)
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
    """What the confirmed import did, file by file (with its number in the log, by which
    it can be undone), and a way to see the new figures."""
    if batch.written:
        head = alert(
            "success",
            [
                t("imp.saved", lang, version=batch.data_version),
                " ",
                html.A(
                    t("imp.see_overview", lang),
                    href="/" + ("?lang=en" if lang == "en" else ""),
                    className="alert-link",  # the alert's own darker colour: contrast
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
        parts = [kind_name(result.kind, lang)]
        if result.changes is not None:
            counts = {key: fmt_number(n, 0, lang) for key, n in result.counts().items()}
            parts.append(t("imp.saved_counts", lang, **counts))
        if result.import_id is not None and result.changed:
            parts.append(t("imp.import_number", lang, id=result.import_id))
        items.append(
            html.Li(
                [
                    icon(icon_name, f"me-2 {colour}"),
                    html.Strong(result.name, className="me-2"),
                    " · ".join(parts),
                ]
            )
        )
    return [head, html.Ul(items, className="list-unstyled fs-5")]


def sentence(text: str) -> str:
    """A message that may start in lower case (it is also a command-line line) as a sentence."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def undo_body(message: str, ok: bool, rows: list[ScopeRow], kind: str | None, lang: str) -> list:
    """What undoing an import would put back, per area, subject and period; or, in words,
    why it cannot be undone (e.g. the later import to undo first)."""
    if not ok:
        return [
            alert("warning", sentence(message), "bi-exclamation-triangle-fill", id=ids.UNDO_MESSAGE)
        ]
    return [
        alert("info", message, "bi-arrow-counterclockwise", id=ids.UNDO_MESSAGE),
        scope_table(rows, lang, kind, undo=True),
        html.P(t("imp.undo_hint", lang), className="text-body-secondary mt-2 mb-0"),
    ]

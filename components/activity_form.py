"""The field report form (``/rapportera``): one activity from a phone, its receipt, and
the reporter's own recent reports with an undo button on today's.

Native controls only (a date field, radio buttons, a number field, a select): a phone
gives them its own pickers, and they need no script to be accessible.
"""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.import_report import alert, icon
from dashboard.i18n import fmt_date, t
from dashboard.pages.field_reports import (
    MAX_COMMENT,
    MAX_COUNT,
    OwnReport,
    ReportChoices,
    short_text,
)


class ids:
    """Ids of the report form (All-in-One style; layouts/ids/report_activity.py names them
    for the page and its callbacks). The contract fixes ``aktivitet-lofte``,
    ``aktivitet-antal``, ``aktivitet-omrade``, ``aktivitet-kommentar``, ``aktivitet-spara``."""

    DATE = "aktivitet-datum"
    COMMITMENT = "aktivitet-lofte"
    COUNT = "aktivitet-antal"
    AREA = "aktivitet-omrade"
    COMMENT = "aktivitet-kommentar"
    SAVE = "aktivitet-spara"
    RECEIPT = "aktivitet-kvitto"  # what was saved, or what to fix
    SAVED = "aktivitet-sparad"  # the receipt of a saved report
    CONTEXT = "aktivitet-context"  # the kommun the form was made for
    UNDO = "aktivitet-angra"  # the type of the undo buttons' ids

    @staticmethod
    def undo(index) -> dict:
        """An undo button's id; ``index`` is the report's import id, or ``dash.ALL``."""
        return {"type": ids.UNDO, "index": index}


FIELD = "mb-4"
NO_AREA = "-"  # the select's "no particular area" (an empty value would show as blank)


def commitment_options(choices: ReportChoices) -> list[dict]:
    """One radio button per commitment: its code and a short text."""
    return [
        {
            "label": html.Span(
                [html.Span(c.code, className="fw-bold me-2"), short_text(c.text)],
                className="d-inline",
            ),
            "value": c.code,
        }
        for c in choices.commitments
    ]


def report_form(choices: ReportChoices, lang: str, today: date) -> html.Div:
    """Date, commitment, count, area, comment and save."""
    legend = t("rep.commitment_legend", lang, year=choices.year or "")
    return html.Div(
        [
            dcc.Store(id=ids.CONTEXT, data={"kommun": choices.kommun, "year": choices.year}),
            html.Div(
                [
                    dbc.Label(t("rep.date", lang), html_for=ids.DATE, className="fw-semibold"),
                    dcc.Input(
                        id=ids.DATE,
                        type="date",
                        value=today.isoformat(),
                        required=True,
                        className="form-control form-control-lg",
                    ),
                ],
                className=FIELD,
            ),
            html.Fieldset(
                [
                    html.Legend(legend, className="fs-5 fw-semibold"),
                    dbc.RadioItems(
                        id=ids.COMMITMENT,
                        name=ids.COMMITMENT,  # one radio group: one Tab stop, arrow keys
                        options=commitment_options(choices),
                        value=None,
                        className="report-commitments",
                        input_style={"width": "1.3em", "height": "1.3em"},
                        label_class_name="ms-2 pb-2",
                    ),
                ],
                className=FIELD,
            ),
            html.Div(
                [
                    dbc.Label(t("rep.count", lang), html_for=ids.COUNT, className="fw-semibold"),
                    dbc.Input(
                        id=ids.COUNT,
                        type="number",
                        value=1,
                        min=1,
                        max=MAX_COUNT,
                        step=1,
                        inputmode="numeric",
                        size="lg",
                    ),
                ],
                className=FIELD,
            ),
            html.Div(
                [
                    dbc.Label(t("rep.area", lang), html_for=ids.AREA, className="fw-semibold"),
                    dbc.Select(
                        id=ids.AREA,
                        options=[{"label": t("rep.area_none", lang), "value": NO_AREA}]
                        + [{"label": name, "value": name} for _, name in choices.areas],
                        value=NO_AREA,
                        size="lg",
                    ),
                ],
                className=FIELD,
            ),
            html.Div(
                [
                    dbc.Label(
                        t("rep.comment", lang), html_for=ids.COMMENT, className="fw-semibold"
                    ),
                    dbc.Textarea(id=ids.COMMENT, value="", maxlength=MAX_COMMENT, rows=3),
                    dbc.FormText(t("rep.comment_hint", lang)),
                ],
                className=FIELD,
            ),
            dbc.Button(
                [icon("bi-send", "me-2"), t("rep.save", lang)],
                id=ids.SAVE,
                color="primary",
                size="lg",
                className="w-100 mb-3",
            ),
            dcc.Loading(html.Div(id=ids.RECEIPT, **{"aria-live": "polite"}), type="circle"),
        ],
        className="report-form",
    )


def receipt(report: OwnReport, lang: str):
    """What was saved, in words, with its number in the import log."""
    where = f", {report.area}" if report.area else ""
    text = t(
        "rep.receipt",
        lang,
        count=report.amount(lang),
        code=report.code,
        date=fmt_date(report.day, lang),
        where=where,
        id=report.import_id,
    )
    return alert("success", text, "bi-check-circle-fill", id=ids.SAVED)


def own_report_row(report: OwnReport, lang: str, today: date) -> html.Li:
    where = f", {report.area}" if report.area else ""
    line = t(
        "rep.own_line",
        lang,
        date=fmt_date(report.day, lang),
        code=report.code,
        count=report.amount(lang),
        where=where,
    )
    parts: list = [html.Div(line, className="fw-semibold")]
    if report.comment:
        parts.append(html.Div(report.comment, className="text-body-secondary text-break"))
    if report.undone:
        parts.append(html.Div([icon("bi-arrow-counterclockwise", "me-1"), t("rep.undone", lang)]))
    elif report.undoable(today):
        parts.append(
            dbc.Button(
                [
                    icon("bi-arrow-counterclockwise", "me-2"),
                    t("rep.undo", lang),
                    html.Span(
                        " " + t("rep.undo_which", lang, code=report.code, id=report.import_id),
                        className="visually-hidden",
                    ),
                ],
                id=ids.undo(report.import_id),
                color="outline-danger",
                className="mt-1",
            )
        )
    return html.Li(parts, className="list-group-item")


def own_reports(reports: list[OwnReport], lang: str, today: date) -> html.Div:
    """The reporter's own reports of the last days, newest first."""
    if not reports:
        return html.P(t("rep.own_none", lang), className="text-body-secondary")
    return html.Ul(
        [own_report_row(report, lang, today) for report in reports],
        className="list-group mb-3",
    )

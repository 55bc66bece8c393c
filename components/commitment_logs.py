"""A commitment's logs: its activity reports (the latest, the older behind "show older")
and the steering group's check-ins, newest first."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from components.gauge import element_id, status_badge
from components.plain_html import el
from components.wide_table import scrolling_table
from dashboard.analysis import commitment_detail
from dashboard.analysis.commitments import Commitment
from dashboard.i18n import fmt_date, fmt_number, t


class ids:
    """Ids of a commitment's logs (All-in-One style; ``code`` is the löfte_id)."""

    @staticmethod
    def activities(code: str) -> str:
        return f"log-{element_id(code)}"


RECENT_ROWS = 8  # activity reports shown before "show older"


def _log_table(rows: pd.DataFrame, lang: str) -> html.Div:
    # Rows as plain elements (components/plain_html.py): a long log is most of the page.
    body = html.Tbody(
        [
            el(
                "Tr",
                [
                    el("Td", fmt_date(r.day, lang), className="text-nowrap"),
                    el("Td", fmt_number(r.count, 0, lang), className="text-end"),
                    el("Td", r.area if isinstance(r.area, str) else "–"),
                    el("Td", r.performed_by if isinstance(r.performed_by, str) else "–"),
                    el(
                        "Td",
                        r.comment if isinstance(r.comment, str) else "",
                        className="log-comment",
                    ),
                ],
            )
            for r in rows.itertuples()
        ]
    )
    header = html.Thead(
        html.Tr(
            [
                html.Th(t("loften.col.date", lang), scope="col", className="col-date"),
                html.Th(t("loften.col.count", lang), scope="col", className="text-end col-count"),
                html.Th(t("loften.col.area", lang), scope="col", className="col-area"),
                html.Th(t("loften.col.by", lang), scope="col", className="col-by"),
                html.Th(t("loften.col.comment", lang), scope="col"),
            ]
        )
    )
    return scrolling_table(
        dbc.Table([header, body], size="sm", striped=True, className="mb-0 log-table"),
        t("loften.activities", lang),
        className="mt-2 mb-1",
    )


def activity_table(
    rows: pd.DataFrame, item: Commitment, lang: str, since: commitment_detail.Since
) -> html.Div:
    """The activity log, newest first: the latest reports, and the older ones behind
    "show older" so that a long log does not bury the rest of the section."""
    title_class = "h6 fw-bold"
    rows = rows[since.keep(rows["day"])] if not rows.empty else rows
    if rows.empty:
        return html.Div(
            [
                html.H3(t("loften.activities", lang), className=title_class),
                html.P(t("loften.no_activities", lang), className="text-body-secondary"),
            ]
        )
    rows = rows.sort_values("day", ascending=False, kind="stable")
    if item.rule == "milstolpe":
        key = "loften.reports_one" if len(rows) == 1 else "loften.reports"
        summary = t(key, lang, reports=fmt_number(len(rows), 0, lang))
    else:
        total = fmt_number(float(rows["count"].sum()), 0, lang)
        total = f"{total} {item.unit}" if item.unit else total
        key = "loften.activities_summary_one" if len(rows) == 1 else "loften.activities_summary"
        summary = t(key, lang, reports=fmt_number(len(rows), 0, lang), total=total)
    parts = [html.H3(summary, className=title_class), _log_table(rows.iloc[:RECENT_ROWS], lang)]
    older = rows.iloc[RECENT_ROWS:]
    if not older.empty:
        parts.append(
            html.Details(
                [
                    html.Summary(
                        t("loften.show_older", lang, n=fmt_number(len(older), 0, lang)),
                        className="text-primary",
                    ),
                    _log_table(older, lang),
                ],
                className="older-log",
            )
        )
    return html.Div(parts, className="activity-log", id=ids.activities(item.code))


def checkin_table(rows: pd.DataFrame, lang: str, since: commitment_detail.Since) -> html.Div:
    """Every check-in (newest first): date, status as icon + word, comment."""
    rows = rows[since.keep(rows["day"])] if not rows.empty else rows
    title = html.H3(t("loften.checkins", lang), className="h6 fw-bold")
    if rows.empty:
        return html.Div(
            [title, html.P(t("loften.no_checkins", lang), className="text-body-secondary")]
        )
    body = html.Tbody(
        [
            html.Tr(
                [
                    html.Td(fmt_date(r.day, lang), className="text-nowrap"),
                    html.Td(status_badge(r.status, lang, prefix="checkin")),
                    html.Td(
                        r.comment if isinstance(r.comment, str) else "", className="log-comment"
                    ),
                ]
            )
            for r in rows.sort_values("day", ascending=False).itertuples()
        ]
    )
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("loften.col.date", lang), scope="col"),
                html.Th(t("loften.col.status", lang), scope="col"),
                html.Th(t("loften.col.comment", lang), scope="col"),
            ]
        )
    )
    table = dbc.Table([head, body], size="sm", className="checkin-table")
    return html.Div([title, scrolling_table(table, t("loften.checkins", lang), "mb-3")])

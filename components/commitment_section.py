"""The commitments page's table of contents and one section per commitment: its facts and
figures, charts and logs (components/commitment_facts.py, commitment_charts.py,
commitment_logs.py) in one card whose id is the löfte_id.

User text (commitment texts, comments, names) is passed as plain strings to html
components, never as Markdown.
"""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from components.commitment_charts import before_after_block, progress_chart
from components.commitment_facts import achieved_text, facts, figures
from components.commitment_logs import activity_table, checkin_table
from components.gauge import element_id, headline_badge, status_badge
from components.wide_table import scrolling_table
from dashboard.analysis import before_after, commitment_detail
from dashboard.analysis.commitments import Commitment
from dashboard.i18n import fmt_month, t


class ids:
    """Ids of the contents and the sections (All-in-One style; ``code`` is the löfte_id)."""

    CONTENTS = "innehall"

    @staticmethod
    def section(code: str) -> str:
        """The löfte_id itself (made Dash-safe only where it must be): ``/loften#P1``."""
        return element_id(code)

    @staticmethod
    def contents_row(code: str) -> str:
        return f"toc-{element_id(code)}"


def _checkin_badge(status: str | None, lang: str):
    if not status:
        return html.Span(t("status.none", lang), className="text-body-secondary")
    return status_badge(status, lang, prefix="checkin")


def contents_table(items: list[Commitment], lang: str) -> html.Div:
    """The compact table of contents: code, short text, party, achieved, statuses; each
    code and text links to its section."""
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("loften.toc_code", lang), scope="col"),
                html.Th(t("loften.toc_text", lang), scope="col"),
                html.Th(t("loften.toc_party", lang), scope="col"),
                html.Th(t("loften.toc_progress", lang), scope="col"),
                html.Th(t("loften.toc_status", lang), scope="col"),
                html.Th(t("loften.toc_checkin", lang), scope="col"),
            ]
        )
    )
    rows = []
    for item in items:
        href = f"#{ids.section(item.code)}"
        status = item.judgement.status if item.judgement else None
        rows.append(
            html.Tr(
                [
                    html.Td(html.A(item.code, href=href, className="fw-bold toc-code")),
                    html.Td(
                        html.A(
                            commitment_detail.short_text(item.text), href=href, className="toc-text"
                        )
                    ),
                    html.Td(t(f"party_short.{item.party}", lang)),
                    html.Td(achieved_text(item, lang), className="text-nowrap"),
                    html.Td(
                        status_badge(status, lang, title=t(f"gauge.rule_{item.rule}", lang))
                        if status
                        else "–"
                    ),
                    html.Td(_checkin_badge(item.checkin_status, lang)),
                ],
                id=ids.contents_row(item.code),
            )
        )
    return html.Div(
        [
            html.H2(t("loften.toc", lang), className="h3"),
            scrolling_table(
                dbc.Table(
                    [head, html.Tbody(rows)],
                    bordered=False,
                    hover=True,
                    className="align-middle toc-table mb-0",
                ),
                t("loften.toc", lang),
            ),
        ],
        id=ids.CONTENTS,
        className="mb-4",
    )


def commitment_section(
    item: Commitment,
    lang: str,
    *,
    as_of: date,
    kommun: str,
    activities: pd.DataFrame,
    checkins: pd.DataFrame,
    estimates: list[before_after.Estimate],
    since: commitment_detail.Since,
    downloads: dict | None = None,
) -> html.Section:
    """One commitment's section; its id is the löfte_id, so ``/loften#P1`` jumps to it.
    ``downloads``: the links to its tables (components/downloads.py), after the logs."""
    status = item.judgement.status if item.judgement else None
    header = html.Div(
        [
            html.Span(item.code, className="section-code me-3"),
            html.Div(
                [
                    html.Div(t(f"party.{item.party}", lang), className="small text-body-secondary"),
                    html.H2(item.text, className="h4 mb-0 commitment-text"),
                ],
                className="flex-grow-1",
            ),
            html.Div(headline_badge(item, lang), className="ms-3") if status else None,
        ],
        className="d-flex align-items-start mb-3 commitment-head",
    )
    body = [
        header,
        dbc.Row(
            [
                dbc.Col(facts(item, lang), lg=4),
                dbc.Col(figures(item, lang), lg=3),
                dbc.Col(progress_chart(item, activities, as_of, lang), lg=5),
            ],
            className="g-4",
        ),
        before_after_block(estimates, lang, kommun, item.code),
        dbc.Row(
            [
                dbc.Col(activity_table(activities, item, lang, since), lg=7),
                dbc.Col(checkin_table(checkins, lang, since), lg=5),
            ],
            className="g-4 border-top pt-3 mt-3",
        ),
        downloads,
        html.Div(
            html.A(
                [html.I(className="bi bi-arrow-up me-1"), t("loften.back_to_top", lang)],
                href=f"#{ids.CONTENTS}",
                className="small",
            ),
            className="text-end d-print-none",
        ),
    ]
    return html.Section(
        dbc.Card(dbc.CardBody(body)),
        id=ids.section(item.code),
        className="commitment-section mb-4",
        **{"aria-label": f"{item.code}: {commitment_detail.short_text(item.text)}"},
    )


def since_text(start: date | None, lang: str) -> str | None:
    """The note that logs are listed from the ``fran`` month, if set."""
    if start is None:
        return None
    return t("loften.since", lang, month=fmt_month(start.year, start.month, lang))

"""A commitment card: gauge, figures in words, computed status and the latest check-in."""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import theme
from dashboard.commitments import Commitment, rule_explanation
from dashboard.figures import gauge
from dashboard.i18n import fmt_date, fmt_number, t


def element_id(code: str) -> str:
    """A Dash-safe id fragment for a löfte_id (dots and braces are not allowed in ids)."""
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in code)


def status_badge(status: str, lang: str, *, prefix: str = "status", title: str | None = None):
    """Status as icon + word + colour (never colour alone)."""
    style = theme.status_style(status)
    return html.Span(
        [
            html.I(className=f"{style.icon_class} me-1", **{"aria-hidden": "true"}),
            t(f"{prefix}.{status}", lang),
        ],
        className=f"badge status-badge status-{status} fs-6",
        style={"backgroundColor": style.colour, "color": style.ink},
        title=title,
    )


def commitment_card(item: Commitment, lang: str, as_of: date, *, wall: bool = False) -> dbc.Card:
    """The card for one commitment on the overview (``gauge-<löfte_id>`` holds the gauge)."""
    j = item.judgement
    unit = item.unit or ""
    if item.rule == "milstolpe":
        done = item.achieved >= item.target
        figures = t("gauge.milestone_done" if done else "gauge.milestone_open", lang)
    else:
        figures = t(
            "gauge.achieved",
            lang,
            achieved=fmt_number(item.achieved, 0, lang),
            target=fmt_number(item.target, 0, lang),
            unit=unit,
        )
    pace = (
        t("gauge.period_ended", lang, date=fmt_date(item.end, lang))
        if j and j.ended
        else t("gauge.expected", lang, expected=fmt_number(item.target * j.expected, 0, lang))
    )
    rule = rule_explanation(item, lang)
    checkin = (
        html.Div(
            [
                html.Span(t("gauge.assessed", lang, date=fmt_date(item.checkin_day, lang)) + ": "),
                status_badge(item.checkin_status, lang, prefix="checkin"),
                html.Div(item.checkin_comment or "", className="small mt-1 checkin-comment"),
            ],
            className="mt-2",
        )
        if item.checkin_status
        else html.Div(t("gauge.no_checkin", lang), className="mt-2 text-body-secondary")
    )
    return dbc.Card(
        [
            dbc.CardHeader(
                [html.Span(item.code, className="fw-bold me-2 commitment-code"), item.text],
                className="commitment-title",
            ),
            dbc.CardBody(
                [
                    dcc.Graph(
                        id=f"gauge-{element_id(item.code)}",
                        figure=gauge(item, lang, wall=wall),
                        config={"displayModeBar": False, "staticPlot": True},
                        className="gauge",
                    ),
                    html.Div(item.indicator, className="text-body-secondary small"),
                    html.Div(figures, className="fs-5 fw-semibold"),
                    html.Div(pace, className="small"),
                    html.Div(
                        [
                            html.Span(t("gauge.computed", lang) + ": "),
                            status_badge(j.status, lang, title=t(f"gauge.rule_{item.rule}", lang)),
                        ],
                        className="mt-2",
                    ),
                    html.Div(rule, className="small text-body-secondary rule-text"),
                    checkin,
                ]
            ),
        ],
        className="h-100 commitment-card",
        id=f"card-{element_id(item.code)}",
    )

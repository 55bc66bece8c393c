"""A commitment card: gauge, figures in words, computed status and the latest check-in."""

from __future__ import annotations

from datetime import date

import dash_bootstrap_components as dbc
from dash import html

from dashboard.analysis.commitments import Commitment, rule_explanation
from dashboard.figures import theme
from dashboard.figures.gauge import gauge_shape
from dashboard.i18n import fmt_date, fmt_number, fmt_percent, t


def element_id(code: str) -> str:
    """A Dash-safe id fragment for a löfte_id (dots and braces are not allowed in ids)."""
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in code)


class ids:
    """Ids of a commitment card (All-in-One style; ``code`` is the löfte_id)."""

    @staticmethod
    def gauge(code: str) -> str:
        """The contract's ``gauge-<löfte_id>``."""
        return f"gauge-{element_id(code)}"

    @staticmethod
    def card(code: str) -> str:
        return f"card-{element_id(code)}"


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


def gauge_meter(item: Commitment, lang: str) -> html.Div:
    """A half-ring gauge drawn in CSS: achieved against the target, with a mark at the
    pace expected today. No plotly.js is needed, so the overview's gauges show at once;
    the id is the contract's ``gauge-<löfte_id>``."""
    shape = gauge_shape(item)
    milestone = item.rule == "milstolpe"
    value = (
        ""
        if milestone
        else f"{fmt_number(item.achieved, 0, lang)} / {fmt_number(item.target, 0, lang)}"
    )
    style = {"--gauge-fill": f"{shape.fill:.4f}", "--gauge-colour": shape.colour}
    parts = [html.Div(className="gauge-ring")]
    if shape.pace is not None:
        style["--gauge-pace"] = f"{shape.pace:.4f}"
        parts.append(html.Div(className="gauge-pace"))
    parts.append(html.Div(value, className="gauge-value"))
    # For assistive technology the scale ends at the target (the ring may draw past it)
    # and the words say what the ring and its pace mark show.
    return html.Div(
        parts,
        id=ids.gauge(item.code),
        className="gauge-meter",
        style=style,
        role="meter",
        **{
            "aria-valuemin": 0,
            "aria-valuemax": item.target,
            "aria-valuenow": min(item.achieved, item.target),
            "aria-valuetext": meter_text(item, lang),
            "aria-label": f"{item.code}: {item.indicator}",
        },
    )


def meter_text(item: Commitment, lang: str) -> str:
    """The gauge in words: "165 av målet 150 fotpatrullpass (110 %); väntat i dag enligt
    takten: 140", or whether a milestone is done."""
    if item.rule == "milstolpe":
        done = item.achieved >= item.target
        return t("gauge.milestone_done" if done else "gauge.milestone_open", lang)
    text = t(
        "gauge.meter_text",
        lang,
        achieved=fmt_number(item.achieved, 0, lang),
        target=fmt_number(item.target, 0, lang),
        unit=item.unit or "",
        share=fmt_percent(100 * item.achieved / item.target if item.target else 0, 0, lang),
    )
    j = item.judgement
    if j and not j.ended:
        expected = fmt_number(item.target * j.expected, 0, lang)
        text += "; " + t("gauge.expected", lang, expected=expected).lower()
    return text


def headline_status(item: Commitment) -> tuple[str, str]:
    """(status, catalogue prefix) to lead with: the steering group's latest check-in where
    it exists (the contract's second layer is the headline), else the computed status."""
    if item.checkin_status:
        return item.checkin_status, "checkin"
    return (item.judgement.status if item.judgement else "not_started"), "status"


def headline_badge(item: Commitment, lang: str):
    """The headline status as a badge, labelled with who judged it."""
    status, prefix = headline_status(item)
    who = t("gauge.assessed_short" if prefix == "checkin" else "gauge.computed", lang)
    return html.Span(
        [
            html.Span(who + ": ", className="visually-hidden"),
            status_badge(status, lang, prefix=prefix),
        ],
        className="headline-status",
        title=who,
    )


def commitment_card(item: Commitment, lang: str, as_of: date, *, wall: bool = False) -> dbc.Card:
    """The card for one commitment on the overview (``gauge-<löfte_id>`` holds the gauge).

    The steering group's latest check-in leads where it exists; the computed status
    and its rule stand beside it (CONTRACT: "How a commitment's status is judged")."""
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
    if j and j.ended:
        pace = t("gauge.period_ended", lang, date=fmt_date(item.end, lang))
    elif item.rule == "milstolpe":  # done or not: no pace to expect
        pace = t("gauge.milestone_due", lang, date=fmt_date(item.end, lang))
    else:
        pace = t("gauge.expected", lang, expected=fmt_number(item.target * j.expected, 0, lang))
    rule = rule_explanation(item, lang)
    computed = html.Div(
        [
            html.Span(t("gauge.computed", lang) + ": "),
            status_badge(j.status, lang, title=t(f"gauge.rule_{item.rule}", lang)),
            html.Div(rule, className="small text-body-secondary rule-text"),
        ],
        className="mt-2",
    )
    if item.checkin_status:
        assessed = html.Div(
            [
                html.Span(t("gauge.assessed", lang, date=fmt_date(item.checkin_day, lang)) + ": "),
                status_badge(item.checkin_status, lang, prefix="checkin"),
                html.Div(item.checkin_comment or "", className="small mt-1 checkin-comment"),
            ],
            className="mb-1 fs-5 assessed",
        )
    else:
        assessed = html.Div(t("gauge.no_checkin", lang), className="mb-1 text-body-secondary")
    return dbc.Card(
        [
            dbc.CardHeader(
                [html.Span(item.code, className="fw-bold me-2 commitment-code"), item.text],
                className="commitment-title",
            ),
            dbc.CardBody(
                [
                    assessed,
                    gauge_meter(item, lang),
                    html.Div(item.indicator, className="text-body-secondary small"),
                    html.Div(figures, className="fs-5 fw-semibold"),
                    html.Div(pace, className="small"),
                    computed,
                ]
            ),
        ],
        className="h-100 commitment-card",
        id=ids.card(item.code),
    )

"""A commitment in words: what was achieved, its facts (party, partners, areas, target,
rule, period) and its figures (share of the target, pace, statuses). Shared by the
commitments page and the report.

User text (commitment texts, comments, names) is passed as plain strings to html
components, never as Markdown.
"""

from __future__ import annotations

from dash import html

from components.gauge import status_badge
from dashboard.analysis.commitments import Commitment
from dashboard.i18n import fmt_date, fmt_number, fmt_percent, t


def achieved_text(item: Commitment, lang: str) -> str:
    """``165 av 150 fotpatrullpass``, or done / not done yet for a milestone."""
    if item.rule == "milstolpe":
        done = item.achieved >= item.target
        return t("gauge.milestone_done" if done else "gauge.milestone_open", lang)
    return t(
        "gauge.achieved",
        lang,
        achieved=fmt_number(item.achieved, 0, lang),
        target=fmt_number(item.target, 0, lang),
        unit=item.unit or "",
    ).strip()


def _fact(label: str, value) -> list:
    return [html.Dt(label, className="col-sm-4"), html.Dd(value, className="col-sm-8")]


def facts(item: Commitment, lang: str) -> html.Dl:
    """Party, partners, focus areas, indicator, target, rule and period."""
    rows = [
        *_fact(t("loften.party", lang), t(f"party_short.{item.party}", lang)),
        *_fact(
            t("loften.partners", lang),
            ", ".join(item.partners) if item.partners else t("loften.no_partners", lang),
        ),
        *_fact(
            t("loften.areas", lang),
            ", ".join(item.areas) if item.areas else t("area.whole", lang),
        ),
        *_fact(t("loften.indicator", lang), item.indicator),
        *_fact(
            t("loften.target", lang),
            t(
                "loften.target_value",
                lang,
                target=fmt_number(item.target, 0, lang),
                unit=item.unit or "",
            ).strip(),
        ),
        *_fact(t("loften.rule", lang), t(f"loften.rule.{item.rule}", lang)),
        *_fact(
            t("loften.period", lang),
            t(
                "loften.period_value",
                lang,
                start=fmt_date(item.start, lang),
                end=fmt_date(item.end, lang),
            ),
        ),
    ]
    return html.Dl(rows, className="row mb-0 facts")


def figures(item: Commitment, lang: str) -> html.Div:
    """Achieved, share of the target, the expected pace and both statuses in words."""
    j = item.judgement
    rows = [
        html.Div(t("loften.achieved", lang), className="small text-body-secondary"),
        html.Div(achieved_text(item, lang), className="fs-4 fw-semibold achieved"),
    ]
    if item.rule == "antal" and j:
        rows.append(
            html.Div(
                [
                    html.Span(t("loften.progress", lang) + ": "),
                    html.Strong(fmt_percent(100 * j.progress, 0, lang)),
                ],
                className="mt-1",
            )
        )
    if item.rule == "antal" and j and not j.ended:
        rows += [
            html.Div(
                [
                    html.Span(t("loften.expected", lang) + ": "),
                    html.Strong(
                        t(
                            "loften.expected_value",
                            lang,
                            expected=fmt_number(item.target * j.expected, 0, lang),
                            share=fmt_percent(100 * j.expected, 0, lang),
                        )
                    ),
                ]
            ),
        ]
    if j and j.ended:
        rows.append(html.Div(t("gauge.period_ended", lang, date=fmt_date(item.end, lang))))
    if j:
        rows += [
            html.Div(
                [html.Span(t("loften.status", lang) + ": "), status_badge(j.status, lang)],
                className="mt-3",
            ),
            html.Div(t(f"gauge.rule_{item.rule}", lang), className="small text-body-secondary"),
        ]
    if item.checkin_status:
        rows.append(
            html.Div(
                [
                    html.Span(
                        t("loften.assessed", lang) + f" ({fmt_date(item.checkin_day, lang)}): "
                    ),
                    status_badge(item.checkin_status, lang, prefix="checkin"),
                    html.Div(item.checkin_comment or "", className="small mt-1 checkin-comment"),
                ],
                className="mt-3",
            )
        )
    else:
        rows.append(html.Div(t("gauge.no_checkin", lang), className="mt-3 text-body-secondary"))
    return html.Div(rows, className="figures")

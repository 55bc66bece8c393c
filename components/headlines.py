"""Headline figure cards: neutral colours, the change written out, never traffic-lit."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard import contract
from dashboard.i18n import fmt_number, fmt_percent, fmt_signed_percent, label, t
from dashboard.pages.views import Headlines


class ids:
    """Ids of the headline cards (All-in-One style)."""

    UNSAFE = "headline-otrygghet"  # the share feeling unsafe

    @staticmethod
    def crime(category: str) -> str:
        """A crime category's card: ``headline-stold``, ``headline-narkotika``."""
        return f"headline-{contract.fold(category)}"


def shown_count(count: int, protected: bool, lang: str) -> str:
    """A count as displayed: 1–4 becomes "1–4" below municipality level."""
    if protected and 1 <= count <= contract.SMALL_COUNT_MAX:
        return t("small.count", lang)
    return fmt_number(count, 0, lang)


def _card(title: str, value: str, detail: str, icon: str, card_id: str) -> dbc.Col:
    return dbc.Col(
        dbc.Card(
            dbc.CardBody(
                [
                    html.Div([html.I(className=f"bi {icon} me-2"), title], className="fs-5"),
                    html.Div(value, className="display-5 fw-bold headline-value"),
                    html.Div(detail, className="text-body-secondary"),
                ]
            ),
            className="h-100 headline-card",
            id=card_id,
        ),
        xs=12,
        md=4,
    )


def headline_row(headlines: Headlines, lang: str) -> html.Section:
    """Thefts and narcotics (12 months against 12 before) and the share feeling unsafe."""
    cols = []
    icons = {"stöld": "bi-bag-x", "narkotika": "bi-capsule"}
    titles = {"stöld": "headline.theft", "narkotika": "headline.narcotics"}
    for item in headlines.crimes:
        if item.prev12 is not None:
            before = item.prev_text or shown_count(item.prev12, headlines.below_municipality, lang)
            if item.change_pct is not None:
                before += " (" + fmt_signed_percent(item.change_pct, 0, lang) + ")"
        else:
            before = "–"
        detail = t(
            "headline.last12",
            lang,
            start=f"{item.start:%Y-%m}",
            end=f"{item.end:%Y-%m}",
            before=before,
        )
        value = item.last_text or shown_count(item.last12, headlines.below_municipality, lang)
        cols.append(
            _card(
                t(titles[item.category], lang),
                value,
                detail,
                icons[item.category],
                ids.crime(item.category),
            )
        )
    survey = headlines.survey
    if survey is not None:
        if survey.prev_value is not None:
            before = fmt_percent(survey.prev_value, 0, lang)
            if survey.changed is False:
                before += " – " + t("headline.no_clear_change", lang)
            elif survey.changed:
                before += " – " + t("headline.clear_change", lang)
        else:
            before = "–"
        detail = t(
            "headline.wave",
            lang,
            year=survey.year,
            n=fmt_number(survey.respondents, 0, lang) if survey.respondents else "?",
            prev=survey.prev_year or "–",
            before=before,
        )
        cols.append(
            _card(
                label("ind", survey.indicator, lang),
                fmt_percent(survey.value, 0, lang),
                detail,
                "bi-moon-stars",
                ids.UNSAFE,
            )
        )
    return html.Section(
        [
            html.H2(t("overview.headlines", lang), className="h3"),
            dbc.Row(cols, className="g-3"),
            html.P(t("headline.neutral_note", lang), className="small text-body-secondary mt-2"),
        ],
        className="mb-3",
    )

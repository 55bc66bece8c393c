"""The accessibility statement ``/tillganglighet``, after DIGG's model: how accessible the
service is against WCAG 2.1 AA, what is not yet and why, how to report a problem or get
content in another form, and the supervisory authority. Linked from every page's footer
(components/frame.py). ``ACCESSIBILITY_CONTACT`` names where reports go."""

from __future__ import annotations

from datetime import date

import dash
from dash import html

from components.frame import frame
from dashboard.config import settings
from dashboard.i18n import fmt_date, t
from dashboard.pages.views import open_view
from dashboard.urls import parse_query
from layouts.titles import page_title

PATH = "/tillganglighet"
UPDATED = date(2026, 12, 1)  # when the statement was last checked against the service
DIGG_REPORT = "https://www.digg.se/tdosanmalan"  # DIGG's form, as its model statement links it
GAPS = ("a11y.gap_charts", "a11y.gap_wall", "a11y.gap_narrow", "a11y.gap_pdf", "a11y.gap_safari")

dash.register_page(__name__, path=PATH, title=page_title("a11y.title"))


def contact(lang: str):
    """An e-mail link where one is configured, else the municipality's contact centre."""
    address = settings().accessibility_contact
    if not address:
        return t("a11y.contact_default", lang)
    return html.A(address, href=f"mailto:{address}")


def with_contact(key: str, lang: str) -> list:
    """A catalogue text whose ``{contact}`` is a link."""
    before, _, after = t(key, lang, contact="\0").partition("\0")
    return [before, contact(lang), after]


def section(title_key: str, lang: str, *body) -> html.Section:
    return html.Section([html.H2(t(title_key, lang), className="h4 mt-4"), *body])


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    with open_view(q) as view:
        status, kommun = view.status, view.kommun
    content = [
        html.P(t("a11y.intro", lang, kommun=kommun), className="lead"),
        section("a11y.how_title", lang, html.P(t("a11y.how", lang))),
        section("a11y.other_form_title", lang, html.P(with_contact("a11y.other_form", lang))),
        section("a11y.report_title", lang, html.P(with_contact("a11y.report", lang))),
        section(
            "a11y.supervision_title",
            lang,
            html.P(t("a11y.supervision", lang)),
            html.P(html.A(t("a11y.digg_link", lang), href=DIGG_REPORT)),
        ),
        section(
            "a11y.technical_title",
            lang,
            html.P(t("a11y.technical", lang)),
            html.H3(t("a11y.gaps_title", lang), className="h5"),
            html.Ul([html.Li(t(gap, lang)) for gap in GAPS]),
        ),
        section(
            "a11y.tested_title", lang, html.P(t("a11y.tested", lang, date=fmt_date(UPDATED, lang)))
        ),
    ]
    return frame(
        q,
        PATH,
        [html.Div(content, className="statement", style={"maxWidth": "48rem"})],
        status=status,
        title=t("a11y.title", lang),
    )

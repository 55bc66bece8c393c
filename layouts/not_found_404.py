"""The page shown for an unknown address."""

from __future__ import annotations

import dash

from components.frame import empty_state, frame
from dashboard.i18n import t
from dashboard.urls import parse_query
from layouts.titles import page_title

dash.register_page(__name__, path="/404", title=page_title("page.not_found"))


def layout(**params):
    q = parse_query(params)
    return frame(
        q, "/404", [empty_state(t("page.not_found", q.lang), t("page.not_found_hint", q.lang))]
    )

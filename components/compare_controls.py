"""The comparison page's controls: the kommuner to compare with (``filter-jamfor``, a
labelled multi-select whose choice travels in ``med=``) and the category (links that set
``brottstyp``)."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from components.analysis import link_selector
from components.filters import dropdown_labels
from dashboard.i18n import t
from dashboard.pages.compare import CompareOptions, page_search
from dashboard.urls import Query


def kommun_filter(
    element_id: str, options: list[tuple[str, str]], chosen: list[str], lang: str
) -> dbc.Col:
    """A multi-select of kommuner ``options`` (slug, name), ``chosen`` slugs selected;
    named by its label (assets/zz-site/a11y.js makes the label name the button)."""
    return dbc.Col(
        [
            dbc.Label(t("cmp.filter_label", lang), html_for=element_id),
            dcc.Dropdown(
                id=element_id,
                options=[{"label": name, "value": slug} for slug, name in options],
                value=chosen,
                multi=True,
                searchable=True,
                placeholder=t("cmp.filter_placeholder", lang),
                labels=dropdown_labels(lang),
            ),
        ],
        md=6,
        xl=5,
    )


def category_selector(
    element_id: str,
    q: Query,
    options: CompareOptions,
    categories: tuple[str, ...],
    active: str | None,
    lang: str,
) -> html.Div | None:
    """Links to the page for each category with figures; None when there is only one."""
    if len(categories) < 2:
        return None
    links = [
        (c, t(f"cmp.category.{c}", lang), "/jamfor" + page_search(q, options, category=c))
        for c in categories
    ]
    return link_selector(element_id, t("cmp.category_choice", lang), links, active or "", lang)


def controls(
    filter_id: str,
    category_id: str,
    q: Query,
    options: CompareOptions,
    kommuner: list[tuple[str, str]],
    chosen: list[str],
    categories: tuple[str, ...],
    category: str | None,
) -> dbc.Card:
    """The page's controls in one card, as the filter bar of the other pages."""
    lang = q.lang
    selector = category_selector(category_id, q, options, categories, category, lang)
    return dbc.Card(
        dbc.CardBody(
            dbc.Row(
                [
                    kommun_filter(filter_id, kommuner, chosen, lang),
                    dbc.Col(selector, md=6, xl=7) if selector else None,
                ],
                className="g-3 align-items-end",
            )
        ),
        className="mb-3 d-print-none filter-bar",
    )

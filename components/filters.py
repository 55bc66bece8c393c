"""The filter bar: area(s), party/partner and period; its values live in the URL.

What the components do not say themselves is handed to assets/zz-site/a11y.js in data
attributes: the period's handle names and its months in words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.config import settings
from dashboard.i18n import fmt_month, t
from dashboard.pages.views import known_kommun
from dashboard.pages.views import kommuner as known_kommuner
from dashboard.urls import Query


class ids:
    """Ids of the filter bar (All-in-One style); the first three are fixed by the contract."""

    AREAS = "filter-omrade"
    PART = "filter-part"
    PERIOD = "filter-period"  # a range over indexes into MONTHS
    PERIOD_TEXT = "filter-period-text"
    # The period as committed (on release, or after a pause at the keyboard): the URL's.
    PERIOD_COMMIT = "filter-period-commit"
    MONTHS = "filter-months"  # the selectable months, for the callback to read PERIOD
    KOMMUN = "filter-kommun"  # only where the data holds several kommuner


def month_range(first: tuple[int, int], last: tuple[int, int]) -> list[str]:
    """Every month from ``first`` to ``last`` as ``YYYY-MM``."""
    months = []
    year, month = first
    while (year, month) <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def dropdown_labels(lang: str) -> dict[str, str]:
    """dcc.Dropdown's own texts (its search field, select all…) in the interface language."""
    return {
        "search": t("dropdown.search", lang),
        "select_all": t("dropdown.select_all", lang),
        "deselect_all": t("dropdown.deselect_all", lang),
        "selected_count": t("dropdown.selected_count", lang),
        "clear_search": t("dropdown.clear_search", lang),
        "clear_selection": t("dropdown.clear_selection", lang),
        "no_options_found": t("dropdown.no_options_found", lang),
    }


def period_control(lang: str, months: list[str], lo: int, hi: int, *, md: int) -> dbc.Col:
    """The period as a group named "Period" of two handles, "Från" and "Till", whose values
    read as months ("januari 2019"), not as the slider's indexes."""
    names = [fmt_month(int(m[:4]), int(m[5:]), lang) for m in months]
    thumbs = "|".join((t("filter.period_from", lang), t("filter.period_to", lang)))
    return dbc.Col(
        html.Fieldset(
            [
                html.Legend(t("filter.period", lang), className="form-label"),
                html.Div(
                    dcc.RangeSlider(
                        id=ids.PERIOD,
                        min=0,
                        max=max(len(months) - 1, 0),
                        step=1,
                        value=[lo, hi],
                        marks={i: m[:4] for i, m in enumerate(months) if m.endswith("-01")},
                        allowCross=False,
                        allow_direct_input=False,  # indexes mean nothing to a reader
                    ),
                    className="period-slider",
                    **{
                        "data-thumb-names": thumbs,
                        "data-months": json.dumps(months),
                        "data-month-names": json.dumps(names, ensure_ascii=False),
                    },
                ),
                html.Div(
                    t("filter.period_text", lang, start=months[lo], end=months[hi])
                    if months
                    else "",
                    className="small text-body-secondary",
                    id=ids.PERIOD_TEXT,
                ),
            ],
            className="mb-0",
        ),
        md=md,
    )


def filter_bar(
    q: Query,
    area_options: list[tuple[str, str]],
    parts: list[str],
    months: list[str],
    *,
    show_areas: bool = True,
    kommuner: Sequence[str] | None = None,
) -> dbc.Card:
    """Filter controls with the ids the contract fixes: filter-omrade, filter-part, filter-period.

    ``area_options`` are (slug, name); ``months`` the selectable ``YYYY-MM`` span.
    """
    lang = q.lang
    start = f"{q.start[0]:04d}-{q.start[1]:02d}" if q.start else None
    end = f"{q.end[0]:04d}-{q.end[1]:02d}" if q.end else None
    lo = months.index(start) if start in months else 0
    hi = months.index(end) if end in months else max(len(months) - 1, 0)
    columns = []
    # A kommun choice (filter-kommun) where the data holds several (region or nation).
    kommuner = known_kommuner() if kommuner is None else kommuner
    if len(kommuner) > 1:
        columns.append(kommun_choice(q, kommuner))
    if show_areas:
        columns.append(
            dbc.Col(
                [
                    dbc.Label(t("filter.area", lang), html_for=ids.AREAS),
                    dcc.Dropdown(
                        id=ids.AREAS,
                        options=[{"label": name, "value": slug} for slug, name in area_options],
                        value=list(q.areas),
                        multi=True,
                        placeholder=t("area.whole", lang),
                        searchable=True,
                        labels=dropdown_labels(lang),
                    ),
                ],
                md=4,
            )
        )
    columns += [
        dbc.Col(
            [
                dbc.Label(t("filter.part", lang), html_for=ids.PART),
                dcc.Dropdown(
                    id=ids.PART,
                    options=[{"label": p, "value": p} for p in parts],
                    value=q.part,
                    placeholder=t("filter.all_parts", lang),
                    labels=dropdown_labels(lang),
                ),
            ],
            md=3,
        ),
        period_control(lang, months, lo, hi, md=5 if show_areas else 9),
    ]
    return dbc.Card(
        dbc.CardBody(
            [
                dbc.Row(columns, className="g-3"),
                dcc.Store(id=ids.MONTHS, data=months),
                dcc.Store(id=ids.PERIOD_COMMIT),
                # Without the area control the filter callback still needs its input.
                *(
                    []
                    if show_areas
                    else [
                        html.Div(
                            dcc.Dropdown(id=ids.AREAS, value=list(q.areas), multi=True),
                            hidden=True,
                        )
                    ]
                ),
            ]
        ),
        className="mb-3 d-print-none filter-bar",
    )


def kommun_choice(q: Query, kommuner: Sequence[str]) -> dbc.Col:
    """The municipality whose data the page shows (``?kommun=``, default the configured one)."""
    return dbc.Col(
        [
            dbc.Label(t("filter.kommun", q.lang), html_for=ids.KOMMUN),
            dcc.Dropdown(
                id=ids.KOMMUN,
                options=[{"label": k, "value": k} for k in kommuner],
                value=known_kommun(q.kommun, tuple(kommuner)) or settings().kommun,
                clearable=False,
                searchable=True,
                labels=dropdown_labels(q.lang),
            ),
        ],
        md=3,
        xl=2,
    )


def every_control(q: Query) -> dbc.Card:
    """The filter bar with every control, whatever the data holds: for the validation
    layout (layouts/validation.py)."""
    return filter_bar(q, [], [], [], kommuner=("", " "))

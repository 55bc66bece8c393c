"""The steering-group report ``/rapport``: laid out for A4 landscape, print or PDF.

On screen the pages are shown as sheets, with the filters and a print button above them;
in print only the sheets remain (assets/zz-site/print.css). ``python -m dashboard report``
prints the same page to a PDF (cli/report_pdf.py).
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from components.filters import filter_bar, month_range
from components.frame import frame
from components.report_sections import report_body
from dashboard.i18n import t
from dashboard.pages.report import build_report
from dashboard.pages.views import open_view
from dashboard.urls import parse_query
from layouts.ids import report as ids
from layouts.titles import page_title

dash.register_page(
    __name__,
    path="/rapport",
    order=90,
    nav_key="nav.report",
    icon="bi-printer",
    title=page_title("nav.report"),
)


def layout(**params):
    q = parse_query(params)
    lang = q.lang
    with open_view(q) as view:
        report = build_report(view)
        area_options = view.area_options()
        parts = view.parts()
        months = month_range(*view.month_span()) if view.status.first_month else []
        status = view.status
    toolbar = html.Div(
        [
            dbc.Button(
                [
                    html.I(className="bi bi-printer me-2", **{"aria-hidden": "true"}),
                    t("report.print", lang),
                ],
                id=ids.PRINT,
                color="primary",
                size="lg",
                className="me-3",
            ),
            html.Span(t("report.print_hint", lang), className="text-body-secondary"),
            html.Div(id=ids.PRINT_DONE, hidden=True),
        ],
        className="d-flex align-items-center flex-wrap mb-3 d-print-none report-toolbar",
    )
    content = [
        html.Div(
            filter_bar(q, area_options, parts, months), className="d-print-none report-filters"
        ),
        toolbar,
        report_body(report, lang),
    ]
    return frame(q, "/rapport", content, status=status, title=None)

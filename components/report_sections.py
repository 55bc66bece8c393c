"""The steering-group report's sheets in order, laid out for A4 landscape
(assets/zz-site/print.css): cover, summary, a sheet per commitment, the trends and a
sheet per focus area. User text (commitment texts, comments, names) is plain text.
"""

from __future__ import annotations

from dash import html

from components.report_areas import area_page
from components.report_commitment import commitment_page
from components.report_cover import cover, summary_page
from components.report_sheet import ids
from components.report_trends import trend_pages
from dashboard.pages.report import Report


def report_body(report: Report, lang: str) -> html.Div:
    """Every page; ``data-figures`` tells the PDF printer how many graphs to wait for."""
    pages = [
        cover(report, lang),
        summary_page(report, lang),
        *[commitment_page(part, lang, report.as_of, report.search) for part in report.parts],
        *trend_pages(report, lang),
        *[area_page(part, lang, report.search) for part in report.areas],
    ]
    graphs = 2 * len(report.parts) + (2 if report.trend_figure is not None else 0)
    graphs += 2 * len(report.areas)
    return html.Div(pages, className="report-root", id=ids.ROOT, **{"data-figures": str(graphs)})

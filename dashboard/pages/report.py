"""The steering-group report ``/rapport``: everything it shows, as plain data (no Dash).

One ``Report`` per query: the cover (period, filters, data status), a section per
commitment (gauge, progress against the even pace, activities, check-ins), the trend
pages and a page per focus area. Every figure comes with the table behind it
(``FigureTable``), which is what the CSV and Excel downloads give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard.analysis import commitment_detail, wall
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.crime_trends import ChangeRow
from dashboard.analysis.trends import TrendData
from dashboard.analysis.wall import FocusArea
from dashboard.figures import gauge as gauge_figures
from dashboard.figures import plot
from dashboard.figures.trends import trend_figure
from dashboard.figures.wall import (
    FigureTable,
    area_crime,
    commitment_table,
    crime_table,
    promise_period,
)
from dashboard.figures.wall_survey import area_survey, survey_figure, survey_table
from dashboard.i18n import fmt_date, fmt_month, label, t
from dashboard.pages.caching import view_cached
from dashboard.pages.views import open_view
from dashboard.pages.wall import focus_area
from dashboard.storage import queries
from dashboard.storage.queries import DataStatus
from dashboard.urls import Query

#: Report figure sizes in px, for the A4 landscape sheet (277 mm ≈ 1047 px wide).
GAUGE_HEIGHT = 170
HALF_HEIGHT = 290
TREND_HEIGHT = 600
LATEST_REPORTS = 6


@dataclass
class CommitmentPart:
    """One commitment's section."""

    item: Commitment
    activities: pd.DataFrame  # day, count, area, performed_by, comment (up to as_of)
    checkins: pd.DataFrame  # day, status, comment (up to as_of)
    gauge: FigureTable
    progress: FigureTable


@dataclass
class AreaPart:
    """One focus area's page."""

    area: FocusArea
    crime: FigureTable
    survey: FigureTable


@dataclass
class Report:
    """The whole report for one query (see module docstring)."""

    lang: str
    kommun: str
    year: int | None
    as_of: date
    status: DataStatus
    filters: list[tuple[str, str]]  # (label, value) of the cover's selection
    items: list[Commitment]
    parts: list[CommitmentPart] = field(default_factory=list)
    trend: TrendData | None = None
    trend_figure: plot.Figure | None = None  # the /trender page's figure
    trend_tables: list[FigureTable] = field(default_factory=list)  # crime, survey
    survey: FigureTable | None = None
    changes: list[ChangeRow] = field(default_factory=list)
    areas: list[AreaPart] = field(default_factory=list)
    search: str = ""  # the query string, for the download links (dashboard/pages/downloads.py)

    def figure_tables(self) -> dict[str, FigureTable]:
        """Every downloadable table by key."""
        found: dict[str, FigureTable] = {"summary": summary_table(self)}
        for part in self.parts:
            found[part.gauge.key] = part.gauge
            found[part.progress.key] = part.progress
        for ft in [*self.trend_tables, self.survey]:
            if ft is not None:
                found[ft.key] = ft
        for part in self.areas:
            found[part.crime.key] = part.crime
            found[part.survey.key] = part.survey
        return found


def filters_text(view, lang: str) -> list[tuple[str, str]]:
    """The cover's "selection": areas, party, promise year, period of the trends."""
    q = view.q
    names = dict(zip(view.areas()["slug"], view.areas()["name"], strict=True))
    areas = ", ".join(names.get(s, s) for s in q.areas) if q.areas else t("area.whole", lang)
    first, last = view.status.first_month, view.status.latest_month
    start = q.start_date or first
    end = min(q.end_date, last) if (q.end_date and last) else (q.end_date or last)
    period = "–"
    if start and end:
        period = t(
            "report.period_value",
            lang,
            start=fmt_month(start.year, start.month, lang),
            end=fmt_month(end.year, end.month, lang),
        )
    return [
        (t("filter.area", lang), areas),
        (t("filter.part", lang), q.part or t("filter.all_parts", lang)),
        (t("report.year", lang), str(view.year or "–")),
        (t("report.as_of", lang), fmt_date(view.as_of, lang)),
        (t("report.trend_period", lang), period),
    ]


def progress_table(item: Commitment, series: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Cumulative achieved per reporting day, with the even pace on that day."""
    length = (item.end - item.start).days + 1
    rows = []
    for day, achieved in zip(series["day"], series["achieved"], strict=True):
        elapsed = min(max((day - item.start).days + 1, 0), length)
        rows.append(
            {
                t("report.col.day", lang): day.isoformat(),
                t("report.col.cumulative", lang): achieved,
                t("dl.col.expected_now", lang): round(item.target * elapsed / length, 1),
            }
        )
    return pd.DataFrame(rows)


def build_commitment(item, activities, checkins, as_of: date, lang: str) -> CommitmentPart:
    """The section of one commitment: gauge and progress with their tables."""
    gauge = gauge_figures.gauge(item, lang)
    gauge.update_layout(height=GAUGE_HEIGHT, margin={"t": 24, "b": 4, "l": 28, "r": 28})
    gauge_ft = FigureTable(f"gauge:{item.code}", item.code, gauge, commitment_table(item, lang))
    series = commitment_detail.cumulative(activities, item.start, item.end, as_of)
    progress_ft = FigureTable(
        f"progress:{item.code}",
        t("report.progress_title", lang),
        None,  # the figure is drawn by components.commitment_charts.progress_chart
        progress_table(item, series, lang),
    )
    return CommitmentPart(item, activities, checkins, gauge_ft, progress_ft)


def build_report(view) -> Report:
    """The report for ``view`` (its query's filters and language), cached by data version."""
    q, lang = view.q, view.q.lang

    def compute() -> Report:
        items = view.commitments()
        report = Report(
            lang=lang,
            kommun=view.kommun,
            year=items[0].year if items else view.year,
            as_of=view.as_of,
            status=view.status,
            filters=filters_text(view, lang),
            items=items,
            search=q.search(),
        )
        ids = tuple(item.id for item in items)
        log = (
            queries.activity_log(view.conn, view.kommun, commitment_ids=ids, end=view.as_of)
            if ids
            else pd.DataFrame(columns=["commitment_id", "day", "count"])
        )
        history = queries.checkin_history(view.conn, ids) if ids else pd.DataFrame()
        for item in items:
            acts = log[log["commitment_id"] == item.id].reset_index(drop=True)
            checks = (
                history[(history["commitment_id"] == item.id) & (history["day"] <= view.as_of)]
                if len(history)
                else history
            )
            report.parts.append(build_commitment(item, acts, checks, view.as_of, lang))
        data = wall.trend_data(view)
        report.trend = data
        report.trend_figure = bottom_ticks_only(trend_figure(data, lang))
        report.trend_figure.update_layout(height=TREND_HEIGHT)
        report.changes = list(data.changes)
        points = wall.survey_frame(view)
        names = {a.id: a.name for a in data.areas}
        report.trend_tables = [
            FigureTable(
                "trend-crime", t("wfig.crime_title", lang), None, crime_table(data.series, lang)
            ),
            FigureTable(
                "trend-perception",
                label("ind", wall.FOCUS_INDICATOR, lang),
                None,
                survey_table(
                    points[points["indicator"] == wall.FOCUS_INDICATOR] if len(points) else points,
                    names,
                    lang,
                ),
            ),
        ]
        report.survey = survey_figure(points, names, lang, key="trend-survey", height=HALF_HEIGHT)
        period = promise_period(items)
        for slug, _name in wall.focus_areas(items, view.areas(), q.areas):
            area = focus_area(view, slug)
            if area is None:
                continue
            report.areas.append(
                AreaPart(
                    area,
                    area_crime(area, lang, height=HALF_HEIGHT, period=period),
                    area_survey(area, lang, height=HALF_HEIGHT),
                )
            )
        return report

    key = ("report", q.areas, q.part, q.start, q.end, q.year, view.as_of, lang)
    return view_cached(view, key, compute)


def report_table(q: Query, key: str) -> FigureTable | None:
    """The downloadable table ``key`` of the report for ``q`` (recomputed from the URL, so
    a link always downloads what the page shows)."""
    with open_view(q) as view:
        return build_report(view).figure_tables().get(key)


def bottom_ticks_only(fig: plot.Figure) -> plot.Figure:
    """Date labels only under the lowest panel of each column of a figure with stacked
    panels, so that on a page of fixed height a panel's title never sits on the labels
    of the panel above."""
    columns: dict[tuple, list[tuple[float, str]]] = {}
    layout = fig.layout
    for name in fig.axis_keys("x"):
        xaxis = layout.get(name, {})
        yaxis = layout.get("yaxis" + name[5:], {})
        bottom = yaxis["domain"][0] if yaxis.get("domain") else 0.0
        columns.setdefault(tuple(xaxis.get("domain") or (0, 1)), []).append((bottom, name))
    for panels in columns.values():
        lowest = min(panels)[1]
        for _, name in panels:
            layout.setdefault(name, {})["showticklabels"] = name == lowest
    return fig


def summary_table(report: Report) -> FigureTable:
    """Every commitment in one table (the cover's overview)."""
    frames = [commitment_table(item, report.lang) for item in report.items]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return FigureTable("summary", t("report.summary_title", report.lang), None, table)

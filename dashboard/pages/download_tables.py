"""The tables behind each page's figures and tables, as the downloads give them.

One function per page builds, from the data the page itself draws, the tables it shows
(or shows behind "Visa som tabell"), each with a key (its file name on the page) and a
title: ``trend_tables`` (``/trender``), ``area_tables`` (``/omrade/<område>``),
``commitment_tables`` (``/loften``), ``report_tables`` (``/rapport``). Values are as the
page shows them, protected the same way ("1–4" and ".." as text), but shown figures as
numbers, so that a spreadsheet can compute with them. ``downloads`` writes them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pandas as pd

from dashboard.analysis import before_after, commitment_detail
from dashboard.analysis.area_profile import AreaProfile
from dashboard.analysis.crime_trends import ChangeRow
from dashboard.analysis.protection import Cell, shown_text
from dashboard.analysis.trends import TrendData
from dashboard.figures import summaries
from dashboard.figures.wall import commitment_table
from dashboard.figures.wall_survey import survey_table
from dashboard.i18n import label, t
from dashboard.pages.commitments import CommitmentsPage
from dashboard.pages.report import Report, progress_table, summary_table

PROGRESS, BEFORE_AFTER, ACTIVITIES, CHECKINS = (
    "framsteg",
    "fore-efter",
    "aktiviteter",
    "uppfoljning",
)
# A commitment's tables on /loften, in the order of its section: "<löfte_id>-<suffix>".
SECTION_TABLES = (PROGRESS, BEFORE_AFTER, ACTIVITIES, CHECKINS)


@dataclass(frozen=True)
class Table:
    """One downloadable table of a page. Listing a page's tables is cheap (a page lists
    them to place its links); the frame is built only when a file is asked for."""

    key: str  # unique on its page: "brott", "P1-framsteg", "area-crime:hotorget"
    title: str  # what it holds, in the page's language (names the link and the sheet)
    make: Callable[[], pd.DataFrame]

    @property
    def frame(self) -> pd.DataFrame:
        return self.make()


def cell_value(cell: Cell, lang: str, *, municipality: bool = False) -> object:
    """A protected count as a download gives it: the number, "1–4" or ".."."""
    text = shown_text(cell, lang, municipality=municipality)
    if text in (t("small.count", lang), t("small.hidden", lang)):
        return text
    return int(cell.value)


def _month(period) -> str:
    return f"{period.year:04d}-{period.month:02d}"


def _pct(value: float | None) -> int | None:
    return round(value) if value is not None else None


def _text(value: object) -> str:
    """Free text of a log, "" where there is none (None or NaN)."""
    return value if isinstance(value, str) else ""


def _rate(row: ChangeRow) -> float | None:
    rate = row.rate(row.last)
    return round(rate, 1) if rate is not None else None


def change_frame(rows: list[ChangeRow], lang: str) -> pd.DataFrame:
    """The trend page's change table: 12 months against the same 12 a year earlier."""
    if not rows:
        return pd.DataFrame()
    end = rows[0].end
    has_rates = any(r.population for r in rows)
    out = []
    for r in rows:
        whole = r.area is None
        record = {
            t("dl.col.area", lang): t("area.whole", lang) if whole else r.area.name,
            t("dl.col.category", lang): label("cat", r.category, lang),
            t("dl.col.window", lang, end=_month(end)): cell_value(r.last, lang, municipality=whole),
            t("dl.col.window", lang, end=_month(end - 12)): cell_value(
                r.prev, lang, municipality=whole
            ),
            t("dl.col.change_pct", lang): _pct(r.change_pct),
        }
        if has_rates:
            record[t("dl.col.rate", lang)] = _rate(r)
        out.append(record)
    return pd.DataFrame(out)


def trend_tables(data: TrendData, lang: str) -> list[Table]:
    """``/trender``: the figure's crime series and survey waves, and the change table
    (those the page shows)."""
    names = {a.id: a.name for a in data.areas}
    indicator = data.options.indicator
    survey = data.survey.assign(indicator=indicator) if len(data.survey) else data.survey
    shown = survey[survey["status"] == "shown"] if len(survey) else survey
    measure = t(f"trend.measure_short_{data.options.measure}", lang)
    tables = []
    if data.start is not None and data.has_crimes:
        tables.append(
            Table(
                "brott",
                f"{t('wfig.crime_title', lang)}, {measure}",
                partial(summaries.trend_table, data.series, lang, numbers=True),
            )
        )
        if len(shown):
            tables.append(
                Table(
                    "enkat",
                    label("ind", indicator, lang),
                    partial(survey_table, shown, names, lang),
                )
            )
        if data.changes:
            tables.append(
                Table(
                    "forandring",
                    t("trend.change_title", lang),
                    partial(change_frame, data.changes, lang),
                )
            )
    return tables


def area_crime_frame(profile: AreaProfile, lang: str) -> pd.DataFrame:
    """Per category: the area's two 12-month windows and the municipality's."""
    if profile.end is None:
        return pd.DataFrame()
    end, area = profile.end, profile.area
    out = []
    for comp in profile.crimes:
        record = {t("dl.col.category", lang): label("cat", comp.category, lang)}
        for row, whole in ((comp.area, False), (comp.municipality, True)):
            place = t("area.whole", lang) if whole else area.name
            for period, cell in ((end, row.last), (end - 12, row.prev)):
                head = t("dl.col.place_window", lang, place=place, end=_month(period))
                record[head] = cell_value(cell, lang, municipality=whole)
            record[t("dl.col.place_change", lang, place=place)] = _pct(row.change_pct)
            if area.population:
                record[t("dl.col.place_rate", lang, place=place)] = _rate(row)
        out.append(record)
    return pd.DataFrame(out)


def area_activity_frame(profile: AreaProfile, lang: str) -> pd.DataFrame:
    """The activities reported in the area, newest first (as the page lists them)."""
    acts = profile.activities.sort_values(["day", "code"], ascending=[False, True])
    return pd.DataFrame(
        [
            {
                t("dl.col.date", lang): r.day.isoformat(),
                t("dl.col.code", lang): r.code,
                t("dl.col.count", lang): int(r.count),
                t("dl.col.performed_by", lang): _text(r.performed_by),
                t("dl.col.comment", lang): _text(r.comment),
            }
            for r in acts.itertuples(index=False)
        ]
    )


def area_tables(profile: AreaProfile, lang: str) -> list[Table]:
    """``/omrade/<område>``: crimes per category, the survey waves, the activities (those
    the page shows)."""
    tables = []
    if profile.end is not None and profile.crimes:
        tables.append(
            Table("brott", t("area.crimes_title", lang), partial(area_crime_frame, profile, lang))
        )
    points = profile.survey
    shown = points[points["status"] == "shown"] if len(points) else points
    if len(shown):
        names = {profile.area.id: profile.area.name}
        tables.append(
            Table("enkat", t("area.survey_title", lang), partial(survey_table, shown, names, lang))
        )
    if len(profile.activities):
        tables.append(
            Table(
                "aktiviteter",
                t("area.activities_title", lang),
                partial(area_activity_frame, profile, lang),
            )
        )
    return tables


def estimate_frame(estimates: list[before_after.Estimate], lang: str) -> pd.DataFrame:
    """A commitment's before/after estimates, every category, changes in per cent."""
    rows = []
    for e in estimates:
        did = e.did
        rows.append(
            {
                t("dl.col.category", lang): label("cat", e.category, lang),
                t("dl.col.area", lang): t("ba.fig.together", lang) if e.together else e.areas[0],
                t("dl.col.change_rest_pct", lang): _pct(did.pct_change) if did else None,
                t("dl.col.ci_low_pct", lang): _pct(did.pct_low) if did else None,
                t("dl.col.ci_high_pct", lang): _pct(did.pct_high) if did else None,
                t("dl.col.why_none", lang): "" if did else t(f"ba.reason.{e.reason}", lang),
            }
        )
    return pd.DataFrame(rows)


def _log_frame(rows: pd.DataFrame, lang: str, *, checkins: bool) -> pd.DataFrame:
    rows = rows.sort_values("day", ascending=False, kind="stable") if len(rows) else rows
    out = []
    for r in rows.itertuples(index=False):
        record = {t("dl.col.date", lang): r.day.isoformat()}
        if checkins:
            record[t("dl.col.checkin", lang)] = t(f"checkin.{r.status}", lang)
        else:
            record[t("dl.col.count", lang)] = int(r.count)
            record[t("dl.col.area", lang)] = _text(r.area)
            record[t("dl.col.performed_by", lang)] = _text(r.performed_by)
        record[t("dl.col.comment", lang)] = _text(r.comment)
        out.append(record)
    return pd.DataFrame(out)


def _contents_frame(items, lang: str) -> pd.DataFrame:
    frames = [commitment_table(item, lang) for item in items]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _progress_frame(page: CommitmentsPage, item, lang: str) -> pd.DataFrame:
    series = commitment_detail.cumulative(
        page.activities_of(item), item.start, item.end, page.as_of
    )
    return progress_table(item, series, lang)


def commitment_tables(page: CommitmentsPage, lang: str) -> list[Table]:
    """``/loften``: the table of contents, then per commitment its progress, before and
    after, activity log and check-ins (the logs from the ``fran`` month, as listed)."""
    if not page.items:
        return []
    tables = [Table("loften", t("loften.toc", lang), partial(_contents_frame, page.items, lang))]
    for item in page.items:
        acts, checks = page.activities_of(item), page.checkins_of(item)
        acts = acts[page.since.keep(acts["day"])] if len(acts) else acts
        checks = checks[page.since.keep(checks["day"])] if len(checks) else checks
        estimates = page.estimates_of(item)
        code = item.code
        tables.append(
            Table(
                f"{code}-{PROGRESS}",
                t("dl.title.progress", lang, code=code),
                partial(_progress_frame, page, item, lang),
            )
        )
        if estimates:
            tables.append(
                Table(
                    f"{code}-{BEFORE_AFTER}",
                    t("dl.title.before_after", lang, code=code),
                    partial(estimate_frame, estimates, lang),
                )
            )
        if len(acts):
            tables.append(
                Table(
                    f"{code}-{ACTIVITIES}",
                    t("dl.title.activities", lang, code=code),
                    partial(_log_frame, acts, lang, checkins=False),
                )
            )
        if len(checks):
            tables.append(
                Table(
                    f"{code}-{CHECKINS}",
                    t("dl.title.checkins", lang, code=code),
                    partial(_log_frame, checks, lang, checkins=True),
                )
            )
    return tables


def report_title(key: str, ft, lang: str) -> str:
    """The name of a report figure's table (a gauge's table is titled by its code)."""
    if key.startswith("gauge:"):
        return t("dl.title.gauge", lang, code=ft.title)
    if key.startswith("progress:"):
        return t("dl.title.progress", lang, code=key.removeprefix("progress:"))
    return ft.title


def report_tables(report: Report) -> list[Table]:
    """``/rapport``: every figure's table (``Report.figure_tables``) and the change table."""
    lang = report.lang
    tables = [
        Table(key, report_title(key, ft, lang), ft.table.copy)  # built with the report
        for key, ft in report.figure_tables().items()
    ]
    changes = report_change_table(report)
    return [*tables, changes] if changes else tables


def report_summary_table(report: Report) -> Table:
    """The report's "all commitments at a glance" (listed without building it)."""
    return Table(
        "summary",
        t("report.summary_title", report.lang),
        lambda: summary_table(report).table,
    )


def report_change_table(report: Report) -> Table | None:
    """The report's table of 12-month changes (None where it shows none)."""
    if not report.changes:
        return None
    return Table(
        "forandring",
        t("report.changes_title", report.lang),
        partial(change_frame, report.changes, report.lang),
    )

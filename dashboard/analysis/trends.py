"""Data for the trends page ``/trender``, for one query and set of options: crime series,
the change table, survey points and activity marks (built by ``crime_trends``,
``surveys`` and ``activities``), read through a ``views.View`` and cached by data version.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pandas as pd

from dashboard.analysis.activities import CommitmentRef, activity_marks, commitment_refs
from dashboard.analysis.areas import AreaInfo, area_infos, municipality_population
from dashboard.analysis.crime_trends import ChangeRow, CrimeSeries, change_rows, crime_series
from dashboard.analysis.protection import protected_crimes
from dashboard.analysis.surveys import survey_points
from dashboard.analysis.trend_options import DEFAULT_MEASURE, TrendOptions
from dashboard.storage import cache, queries

CATEGORIES: tuple[str, ...] = ("stöld", "narkotika")


@dataclass
class TrendData:
    """Everything the trends page draws, for one query and set of options."""

    options: TrendOptions
    areas: list[AreaInfo]  # chosen areas found in the data
    unknown: list[str]  # chosen slugs that name no area
    start: pd.Period | None  # the period shown (None: no crime data)
    end: pd.Period | None
    series: list[CrimeSeries] = field(default_factory=list)
    no_population: list[AreaInfo] = field(default_factory=list)  # left out of rates
    population: int | None = None  # the municipality's
    changes: list[ChangeRow] = field(default_factory=list)
    survey: pd.DataFrame = field(default_factory=pd.DataFrame)
    survey_scale: str | None = None  # "andel" or "index"
    activities: pd.DataFrame = field(default_factory=pd.DataFrame)
    commitments: list[CommitmentRef] = field(default_factory=list)
    # Monthly counts were asked for areas: withheld (see load_trends), 12-month sums shown.
    monthly_withheld: bool = False

    @property
    def has_crimes(self) -> bool:
        return any(not s.points.empty and s.points["y"].notna().any() for s in self.series)

    def area_name(self, area_id: int) -> str | None:
        for a in self.areas:
            if a.id == area_id:
                return a.name
        return None


def shown_span(
    first: date, last: date, start: tuple[int, int] | None, end: tuple[int, int] | None
) -> tuple[pd.Period, pd.Period] | None:
    """The months to show: the query's period clipped to the data (None if they miss)."""
    lo, hi = pd.Period(first, "M"), pd.Period(last, "M")
    s = max(lo, pd.Period(f"{start[0]:04d}-{start[1]:02d}", "M")) if start else lo
    e = min(hi, pd.Period(f"{end[0]:04d}-{end[1]:02d}", "M")) if end else hi
    return (s, e) if s <= e else None


def load_trends(view, options: TrendOptions) -> TrendData:
    """Read and prepare the trends page's data for ``view.q`` (cached by data version)."""
    q = view.q
    asked = options

    def compute() -> TrendData:
        conn, kommun, status = view.conn, view.kommun, view.status
        every = area_infos(view.areas())
        by_slug = {a.slug: a for a in every}
        chosen = [by_slug[s] for s in q.areas if s in by_slug]
        unknown = [s for s in q.areas if s not in by_slug]
        population = municipality_population(every)
        # Monthly counts are shown for the whole municipality only: beside an area's
        # 12-month sums they would let a reader narrow down its protected months
        # (two consecutive 12-month sums differ by one month minus the same month a
        # year earlier). Below municipality level the page shows 12-month sums instead.
        withheld = asked.measure == "antal" and bool(chosen)
        options = replace(asked, measure=DEFAULT_MEASURE) if withheld else asked
        data = TrendData(options, chosen, unknown, None, None, population=population)
        data.monthly_withheld = withheld
        refs = commitment_refs(conn, kommun)
        data.commitments = refs
        span = _shown_span(view)
        if span is None:
            return data
        data.start, data.end = span
        cells = protected_crimes(conn, kommun, status.version, options.window)
        for category in CATEGORIES:
            for area in [*chosen, None]:
                found = crime_series(
                    cells,
                    area,
                    category,
                    options.measure,
                    population=population,
                    start=data.start,
                    end=data.end,
                )
                if found is not None:
                    data.series.append(found)
        if options.measure == "per1000":
            data.no_population = [a for a in chosen if not a.population]
        cells12 = (
            cells if options.window == 12 else protected_crimes(conn, kommun, status.version, 12)
        )
        data.changes = change_rows(cells12, chosen, CATEGORIES, data.end, population)
        points = trend_survey(view, options.indicator)
        data.survey = points
        scales = set(points["scale"].dropna()) if not points.empty else set()
        data.survey_scale = (
            "index" if "index" in scales else "andel" if scales else _default_scale(options)
        )
        log = queries.activity_log(
            conn,
            kommun,
            area_ids=tuple(a.id for a in chosen) or None,
            start=data.start.to_timestamp().date(),
            end=(data.end + 1).to_timestamp().date() - timedelta(days=1),
        )
        data.activities = activity_marks(log, refs, q.part)
        return data

    key = ("trends", q.areas, q.part, q.start, q.end, options)
    return cache.cached(view.status.version, (view.kommun, key), compute)


def trend_survey(view, indicator: str) -> pd.DataFrame:
    """The survey points of ``indicator`` that the trends page draws for ``view.q``: the
    chosen areas and the municipality (``survey_points``), waves within the shown span;
    cached by data version. The wall screen and the report ask for several indicators."""
    q = view.q

    def compute() -> pd.DataFrame:
        by_slug = {a.slug: a for a in area_infos(view.areas())}
        ids = tuple(by_slug[s].id for s in q.areas if s in by_slug)
        span = _shown_span(view)
        results = queries.survey_results(
            view.conn, view.kommun, indicators=(indicator,), area_ids=ids
        )
        points = survey_points(results, indicator, ids)
        if span is None:  # no crime data: the page draws no time axis to put waves on
            return points.iloc[0:0]
        first_year, last_year = span[0].year, span[1].year
        points = points[(points["year"] >= first_year) & (points["year"] <= last_year)]
        return points.reset_index(drop=True)

    key = ("trend_survey", q.areas, q.start, q.end, indicator)
    return cache.cached(view.status.version, (view.kommun, key), compute)


def _shown_span(view):
    status = view.status
    if not status.latest_month:
        return None
    return shown_span(status.first_month, status.latest_month, view.q.start, view.q.end)


def _default_scale(options: TrendOptions) -> str:
    return "index" if options.indicator == "problemindex" else "andel"

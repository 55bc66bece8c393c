"""Data for the neighbourhood page ``/omrade/<område>``: one area against the whole
municipality.

Crimes per category over the last 12 months and the 12 before (the same protected
12-month cells as ``/trender``, see ``protection``), survey indicators with n and
intervals, the activities reported there and the commitments that name it.
``area_index`` gives the list page ``/omrade``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from dashboard import contract
from dashboard.analysis.activities import CommitmentRef, commitment_refs
from dashboard.analysis.areas import AreaInfo, area_infos, municipality_population
from dashboard.analysis.crime_trends import ChangeRow, change_rows
from dashboard.analysis.protection import MUNICIPALITY, Cell, protected_crimes
from dashboard.analysis.surveys import survey_points
from dashboard.analysis.trends import shown_span
from dashboard.storage import cache, queries


@dataclass(frozen=True)
class CrimeComparison:
    """One category: the area's two 12-month windows against the municipality's."""

    area: ChangeRow
    municipality: ChangeRow

    @property
    def category(self) -> str:
        return self.area.category


@dataclass
class AreaProfile:
    """Everything the neighbourhood page shows for one area."""

    area: AreaInfo
    end: pd.Period | None  # last month of the latest 12-month window (None: no crimes)
    population: int | None  # the municipality's
    crimes: list[CrimeComparison] = field(default_factory=list)
    survey: pd.DataFrame = field(default_factory=pd.DataFrame)  # survey_points + indicator
    activities: pd.DataFrame = field(default_factory=pd.DataFrame)
    commitments: list[CommitmentRef] = field(default_factory=list)
    period: tuple[date, date] | None = None  # the activities' period

    @property
    def has_rates(self) -> bool:
        return bool(self.area.population)


def find_area(areas: list[AreaInfo], slug: str | None) -> AreaInfo | None:
    """The area whose slug is ``slug`` (the slug is normalised first, so ``Hötorget`` works)."""
    if not slug:
        return None
    wanted = contract.slug(slug)
    return next((a for a in areas if a.slug == wanted), None)


def crime_comparisons(rows: list[ChangeRow]) -> list[CrimeComparison]:
    """Pair each of the area's rows with the municipality's row of the same category."""
    whole = {r.category: r for r in rows if r.area is None}
    return [CrimeComparison(r, whole[r.category]) for r in rows if r.area is not None]


def survey_table(results: pd.DataFrame, area_id: int) -> pd.DataFrame:
    """Every indicator's waves for the area and the municipality (``survey_points``), with
    an ``indicator`` column, known indicators first."""
    frames = []
    indicators = list(contract.SURVEY_INDICATORS) + sorted(
        set(results["indicator"]) - set(contract.SURVEY_INDICATORS)
    )
    for indicator in indicators:
        points = survey_points(results, indicator, (area_id,))
        if points.empty:
            continue
        points.insert(0, "indicator", indicator)
        frames.append(points)
    if not frames:
        return pd.DataFrame(columns=["indicator", *survey_points(results, "", ()).columns])
    return pd.concat(frames, ignore_index=True)


def latest_waves(points: pd.DataFrame) -> pd.DataFrame:
    """Per indicator: the area's latest shown random-sample wave (else its latest shown
    wave) beside the municipality's wave of the same year.

    Columns: indicator, year, area (a row of ``points`` as a dict or None), whole (ditto).
    """
    rows = []
    for indicator, group in points.groupby("indicator", sort=False):
        mine = group[(group["area_id"] != MUNICIPALITY) & (group["status"] == "shown")]
        pick = mine[mine["random"]] if mine["random"].any() else mine
        few = group[(group["area_id"] != MUNICIPALITY) & (group["status"] == "few")]
        if pick.empty:
            year = int(few["year"].max()) if not few.empty else None
            whole = _whole(group, year)
            area_row = few[few["year"] == year].iloc[0].to_dict() if year else None
        else:
            latest = pick.sort_values("year").iloc[-1]
            year = int(latest["year"])
            area_row = latest.to_dict()
            whole = _whole(group, year)
        rows.append({"indicator": indicator, "year": year, "area": area_row, "whole": whole})
    return pd.DataFrame(rows, columns=["indicator", "year", "area", "whole"])


def _whole(group: pd.DataFrame, year: int | None) -> dict | None:
    rows = group[(group["area_id"] == MUNICIPALITY) & (group["status"] == "shown")]
    if year is not None:
        rows = rows[rows["year"] == year]
    return rows.sort_values("year").iloc[-1].to_dict() if not rows.empty else None


def load_area_profile(view, slug: str) -> AreaProfile | None:
    """The profile of the area ``slug`` for ``view.q`` (None for an unknown area)."""
    q = view.q

    def compute() -> AreaProfile | None:
        conn, kommun, status = view.conn, view.kommun, view.status
        every = area_infos(view.areas())
        area = find_area(every, slug)
        if area is None:
            return None
        population = municipality_population(every)
        profile = AreaProfile(area, None, population)
        if status.latest_month is not None:
            span = shown_span(status.first_month, status.latest_month, q.start, q.end)
            if span is not None:
                profile.end = span[1]
                cells = protected_crimes(conn, kommun, status.version, 12)
                rows = change_rows(cells, [area], contract.CATEGORIES, profile.end, population)
                profile.crimes = crime_comparisons(rows)
        results = queries.survey_results(conn, kommun, area_ids=(area.id,))
        if q.year:
            results = results[results["year"] <= q.year]
        profile.survey = survey_table(results, area.id)
        refs = commitment_refs(conn, kommun)
        profile.commitments = [r for r in refs if area.id in r.area_ids and r.matches_part(q.part)]
        start = q.start_date
        end = q.end_date
        log = queries.activity_log(conn, kommun, area_ids=(area.id,), start=start, end=end)
        allowed = {r.id for r in refs if r.matches_part(q.part)}
        profile.activities = log[log["commitment_id"].isin(allowed)].reset_index(drop=True)
        if not profile.activities.empty:
            profile.period = (
                start or profile.activities["day"].min(),
                end or profile.activities["day"].max(),
            )
        return profile

    key = ("area_profile", contract.slug(slug or ""), q.part, q.start, q.end, q.year)
    return cache.cached(view.status.version, (view.kommun, key), compute)


# --------------------------------------------------------------------------- the list page


@dataclass(frozen=True)
class AreaSummary:
    """One row of the list page: an area and its protected 12-month figures."""

    area: AreaInfo | None  # None: the whole municipality
    cells: dict[str, Cell]  # category -> 12 months up to ``end``


def area_index(view, categories: tuple[str, ...] = ("stöld", "narkotika")):
    """Every area with its last 12 months of ``categories``; the municipality last.

    Returns (end month or None, [AreaSummary]).
    """

    def compute():
        conn, kommun, status = view.conn, view.kommun, view.status
        every = area_infos(view.areas())
        if status.latest_month is None:
            return None, [AreaSummary(a, {}) for a in every]
        end = pd.Period(status.latest_month, "M")
        cells = protected_crimes(conn, kommun, status.version, 12)
        rows = [AreaSummary(a, {c: cells.cell(end, a.id, c) for c in categories}) for a in every]
        whole = {c: cells.cell(end, MUNICIPALITY, c) for c in categories}
        rows.append(AreaSummary(None, whole))
        return end, rows

    return cache.cached(view.status.version, (view.kommun, ("area_index", categories)), compute)


def last_day(period: pd.Period) -> date:
    """The last day of a month."""
    return (period + 1).to_timestamp().date() - timedelta(days=1)

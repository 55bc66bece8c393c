"""What the wall screen and the steering-group report show, as plain data (no Dash).

The wall screen rotates through views: ``oversikt`` (every commitment at a glance),
``trender`` (reported crimes against perception) and one view per focus area, i.e.
every place the promise's commitments name (Busstationen, Hötorget, Centrum…) or the
areas chosen with ``omrade``. Its own query parameters, next to the usual filters:

- ``sekunder=N`` seconds per view (default 20, 2–3600);
- ``vyer=oversikt,trender,omraden`` the views and their order; ``omraden`` stands for
  every focus area, an area's slug for that area alone;
- ``tema=mork`` white on black (``ljus``, the default, black on white).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard import contract
from dashboard.analysis.areas import AreaInfo
from dashboard.analysis.commitments import Commitment
from dashboard.analysis.crime_trends import ChangeRow, CrimeSeries, change_rows, crime_series
from dashboard.analysis.protection import protected_crimes
from dashboard.analysis.surveys import survey_points
from dashboard.analysis.trend_options import TrendOptions
from dashboard.analysis.trends import TrendData, load_trends, trend_survey
from dashboard.storage import queries

DEFAULT_SECONDS = 20
MIN_SECONDS, MAX_SECONDS = 2, 3600

OVERVIEW, TRENDS, AREAS, AREA = "oversikt", "trender", "omraden", "omrade"
VIEW_ALIASES = {
    "oversikt": OVERVIEW,
    "overview": OVERVIEW,
    "loften": OVERVIEW,
    "trender": TRENDS,
    "trends": TRENDS,
    "trend": TRENDS,
    "omraden": AREAS,
    "areas": AREAS,
    "fokus": AREAS,
    "fokusomraden": AREAS,
}
DARK_THEMES = {"mork", "dark", "svart", "black"}

FOCUS_CATEGORIES = ("stöld", "narkotika")  # the promise's problem picture: thefts, narcotics
FOCUS_INDICATOR = "otrygg_kvall"
TREND_INDICATORS = ("otrygg_kvall", "oro_stold", "narkotika_problem")


@dataclass(frozen=True)
class WallOptions:
    """The wall screen's own query parameters."""

    seconds: int = DEFAULT_SECONDS
    views: tuple[str, ...] = ()  # as asked for: view keys or area slugs; () = all
    dark: bool = False

    def to_params(self) -> dict[str, str]:
        params: dict[str, str] = {}
        if self.seconds != DEFAULT_SECONDS:
            params["sekunder"] = str(self.seconds)
        if self.views:
            params["vyer"] = ",".join(self.views)
        if self.dark:
            params["tema"] = "mork"
        return params


def _first(params: dict[str, object], key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return str(value).strip() if value not in (None, "") else None


def parse_wall_options(params: dict[str, object]) -> WallOptions:
    """``WallOptions`` from the query parameters; malformed values fall back to defaults."""
    seconds = DEFAULT_SECONDS
    raw = _first(params, "sekunder") or _first(params, "seconds")
    if raw:
        try:
            seconds = round(float(raw.replace(",", ".")))
        except ValueError:
            seconds = DEFAULT_SECONDS
        seconds = min(max(seconds, MIN_SECONDS), MAX_SECONDS)
    views = tuple(
        contract.slug(part)
        for part in (_first(params, "vyer") or _first(params, "views") or "").split(",")
        if part.strip()
    )
    theme = contract.fold(_first(params, "tema") or _first(params, "theme") or "")
    return WallOptions(seconds=seconds, views=views, dark=theme in DARK_THEMES)


def plan_views(
    requested: tuple[str, ...], focus: list[tuple[str, str]]
) -> list[tuple[str, str | None]]:
    """The views to rotate through, in order: (OVERVIEW|TRENDS, None) or (AREA, slug).

    ``focus`` are the focus areas (slug, name). ``requested`` as in ``WallOptions.views``;
    unknown names are dropped, repeats kept once; nothing valid means every view.
    """
    slugs = [slug for slug, _ in focus]
    every = [(OVERVIEW, None), (TRENDS, None), *[(AREA, s) for s in slugs]]
    plan: list[tuple[str, str | None]] = []
    for name in requested:
        key = VIEW_ALIASES.get(name.replace("-", ""))
        if key == AREAS:
            chosen = [(AREA, s) for s in slugs]
        elif key is not None:
            chosen = [(key, None)]
        else:
            slug = name.removeprefix("omrade-")
            chosen = [(AREA, slug)] if slug in slugs else []
        plan += [v for v in chosen if v not in plan]
    return plan or every


def view_id(view: tuple[str, str | None]) -> str:
    """A stable element id for a view: ``wall-view-oversikt``, ``wall-view-omrade-hotorget``."""
    key, slug = view
    return f"wall-view-{key}" + (f"-{slug}" if slug else "")


# --- focus areas -----------------------------------------------------------------------


def focus_areas(
    items: list[Commitment], areas: pd.DataFrame, chosen: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    """The focus areas (slug, name): the areas chosen in the query if any, else every area
    the commitments name, most-named first, then by name."""
    known = dict(zip(areas["slug"], areas["name"], strict=True)) if len(areas) else {}
    if chosen:
        return [(s, known[s]) for s in chosen if s in known]
    counts: dict[str, int] = {}
    for item in items:
        for name in item.areas:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(counts, key=lambda n: (-counts[n], contract.fold(n)))
    return [(contract.slug(n), n) for n in names if contract.slug(n) in known]


@dataclass
class ActivityDone:
    """What was done for one commitment in one area."""

    code: str
    text: str
    unit: str | None
    count: float
    reports: int
    last_day: date | None
    last_comment: str | None
    last_comment_day: date | None = None


@dataclass
class FocusArea:
    """One focus area: its protected crime figures, survey waves and activities.

    ``series``: the area's 12-month sums per category (``crime_trends.CrimeSeries``, labels from
    ``protection``, so a figure is "1–4" or ".." here exactly where it is elsewhere);
    ``changes``: the last 12 months against the 12 before (``crime_trends.ChangeRow``);
    ``survey``: ``surveys.survey_points`` of the area and the whole municipality.
    """

    info: AreaInfo
    series: list[CrimeSeries] = field(default_factory=list)
    changes: list[ChangeRow] = field(default_factory=list)
    survey: pd.DataFrame = field(default_factory=pd.DataFrame)
    activities: list[ActivityDone] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.info.slug

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def area_id(self) -> int:
        return self.info.id


def last_period(view) -> pd.Period | None:
    """The last month with crime data, not after the view's ``till``."""
    latest = view.status.latest_month
    if latest is None:
        return None
    return pd.Period(min(latest, view.as_of), "M")


def build_focus_area(view, info: AreaInfo, items: list[Commitment]) -> FocusArea:
    """Gather one focus area's figures: 36 months of 12-month sums up to the last month
    with data, the last 12 months against the 12 before, the survey, the activities."""
    area = FocusArea(info)
    end = last_period(view)
    if end is not None:
        cells12 = protected_crimes(view.conn, view.kommun, view.status.version, 12)
        for category in FOCUS_CATEGORIES:
            found = crime_series(cells12, info, category, "rullande12", start=end - 35, end=end)
            if found is not None:
                area.series.append(found)
        area.changes = [
            row
            for row in change_rows(cells12, [info], FOCUS_CATEGORIES, end, None)
            if row.area is not None
        ]
    results = queries.survey_results(
        view.conn, view.kommun, indicators=(FOCUS_INDICATOR,), area_ids=(info.id,), whole=True
    )
    points = survey_points(results, FOCUS_INDICATOR, (info.id,))
    area.survey = points[points["year"] <= view.as_of.year].reset_index(drop=True)
    area.activities = activities_in_area(view.conn, view.kommun, info.id, items, view.as_of)
    return area


def activities_in_area(
    conn, kommun: str, area_id: int, items: list[Commitment], as_of: date
) -> list[ActivityDone]:
    """The shown commitments' activity reports in one area, summed per commitment."""
    if not items:
        return []
    by_id = {item.id: item for item in items}
    start = min(item.start for item in items)
    log = queries.activity_log(
        conn, kommun, commitment_ids=tuple(by_id), area_ids=(area_id,), start=start, end=as_of
    )
    done = []
    for cid, rows in log.groupby("commitment_id", sort=False):
        item = by_id[int(cid)]
        commented = rows[rows["comment"].fillna("").str.strip() != ""]
        last = commented.iloc[-1] if len(commented) else None
        done.append(
            ActivityDone(
                code=item.code,
                text=item.text,
                unit=item.unit,
                count=float(rows["count"].sum()),
                reports=len(rows),
                last_day=rows["day"].max(),
                last_comment=last["comment"] if last is not None else None,
                last_comment_day=last["day"] if last is not None else None,
            )
        )
    done.sort(key=lambda a: -a.count)
    return done


# --- trends --------------------------------------------------------------------------


def trend_data(view, indicator: str = FOCUS_INDICATOR) -> TrendData:
    """The trends page's data (``dashboard.trends``) for the view's filters: 12-month
    sums of thefts and narcotics cases and one survey indicator, without activity marks."""
    data = load_trends(view, TrendOptions(measure="rullande12", indicator=indicator))
    return dataclasses.replace(data, activities=pd.DataFrame())


def survey_frame(view) -> pd.DataFrame:
    """The survey points of the trend indicators (``TREND_INDICATORS`` for the whole
    municipality, ``FOCUS_INDICATOR`` alone when areas are chosen), with ``indicator``."""
    indicators = (FOCUS_INDICATOR,) if view.q.areas else TREND_INDICATORS
    frames = []
    for indicator in indicators:
        points = trend_survey(view, indicator)
        if isinstance(points, pd.DataFrame) and not points.empty:
            frames.append(points.assign(indicator=indicator))
    if not frames:
        return pd.DataFrame(columns=["indicator", "area_id", "year", "value", "n", "status"])
    return pd.concat(frames, ignore_index=True)


def status_counts(items: list[Commitment]) -> dict[str, int]:
    """How many commitments have each computed status (all four keys present)."""
    counts = {key: 0 for key in ("green", "amber", "red", "not_started")}
    for item in items:
        status = item.judgement.status if item.judgement else "not_started"
        counts[status] += 1
    return counts

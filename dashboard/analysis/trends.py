"""Data for the trends page ``/trender``: crime series, rates, rolling sums, survey points
with intervals and activity marks.

The functions below ``load_trends`` are pure (DataFrames in, DataFrames or dataclasses
out); ``load_trends`` reads what they need through a ``views.View`` and caches the
result by data version. Crime figures come from ``protection``: every count below the
municipality carries the label its cell has in every other view ("1–4", "..").

Page-specific URL parameters: ``matt`` (measure: ``rullande12`` default, ``antal``,
``per1000``) and ``enkat`` (the survey indicator, default ``otrygg_kvall``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard import contract
from dashboard.analysis import metrics
from dashboard.analysis.commitments import matches_part, order_key, partners_of
from dashboard.analysis.protection import (
    MISSING,
    MUNICIPALITY,
    NO_CELL,
    SMALL,
    VALUE,
    Cell,
    ProtectedCrimes,
    protected_crimes,
)
from dashboard.storage import cache, queries, schema
from dashboard.urls import Query

MEASURES: tuple[str, ...] = ("rullande12", "antal", "per1000")
DEFAULT_MEASURE = "rullande12"
CATEGORIES: tuple[str, ...] = ("stöld", "narkotika")
DEFAULT_INDICATOR = "otrygg_kvall"
PARAM_MEASURE, PARAM_INDICATOR = "matt", "enkat"
SURVEY_MONTH = 7  # a survey wave is drawn in the middle of its year


# --------------------------------------------------------------------------- options


@dataclass(frozen=True)
class TrendOptions:
    """The page's own query parameters (beside the shared filters)."""

    measure: str = DEFAULT_MEASURE
    indicator: str = DEFAULT_INDICATOR

    @property
    def window(self) -> int:
        """Months summed per point: 1 for monthly counts, 12 for rolling sums and rates."""
        return 1 if self.measure == "antal" else 12

    def params(self) -> dict[str, str]:
        """Non-default values as query parameters."""
        params = {}
        if self.measure != DEFAULT_MEASURE:
            params[PARAM_MEASURE] = self.measure
        if self.indicator != DEFAULT_INDICATOR:
            params[PARAM_INDICATOR] = self.indicator
        return params


def _first(params: dict, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return str(value).strip() if value not in (None, "") else None


def parse_options(params: dict) -> TrendOptions:
    """``TrendOptions`` from layout keyword arguments; unknown values fall back to defaults."""
    measure = (_first(params, PARAM_MEASURE) or "").lower()
    indicator = (_first(params, PARAM_INDICATOR) or "").lower()
    return TrendOptions(
        measure=measure if measure in MEASURES else DEFAULT_MEASURE,
        indicator=indicator if indicator in contract.SURVEY_INDICATORS else DEFAULT_INDICATOR,
    )


def page_search(q: Query, options: TrendOptions, **changes) -> str:
    """The query string of this page with ``changes`` to the options (``measure=…``)."""
    params = q.to_params()
    params.update(replace(options, **changes).params() if changes else options.params())
    return "?" + urlencode(params, safe=",|") if params else ""


# --------------------------------------------------------------------------- areas


@dataclass(frozen=True)
class AreaInfo:
    """An area as the pages need it (``population`` None for places without inhabitants)."""

    id: int
    name: str
    slug: str
    type: str | None = None
    parent: str | None = None
    population: int | None = None


def area_infos(areas: pd.DataFrame) -> list[AreaInfo]:
    """``queries.areas`` rows as ``AreaInfo``, in the frame's order."""
    out = []
    for row in areas.itertuples(index=False):
        population = None if pd.isna(row.population) else int(row.population)
        out.append(
            AreaInfo(
                id=int(row.id),
                name=row.name,
                slug=row.slug,
                type=None if pd.isna(row.type) else row.type,
                parent=None if pd.isna(row.parent) else row.parent,
                population=population or None,
            )
        )
    return out


def municipality_population(areas: list[AreaInfo]) -> int | None:
    """The municipality's inhabitants: the sum over its areas (None when none is known)."""
    total = sum(a.population or 0 for a in areas)
    return total or None


# --------------------------------------------------------------------------- crime series


@dataclass(frozen=True)
class CrimeSeries:
    """One line of the trend graph: an area's (or the municipality's) figures of a category.

    ``points``: month (Timestamp, the window's last month), window_start (Timestamp),
    label, value (the true count, only to be shown where label is ``value``), y (what is
    drawn: the figure, the middle of the 1–4 band for ``small``, NaN where hidden), low
    and high (the band's edges, for ``small``), change_pct (against 12 months earlier,
    only where both figures are shown; NaN elsewhere).
    """

    area: AreaInfo | None  # None: the whole municipality
    category: str
    measure: str
    points: pd.DataFrame

    @property
    def municipality(self) -> bool:
        return self.area is None

    @property
    def key(self) -> str:
        return "kommun" if self.area is None else self.area.slug


def series_points(
    series: pd.DataFrame,
    *,
    window: int,
    per: int | None = None,
    protect: bool = True,
) -> pd.DataFrame:
    """Drawable points from a protected series (period, value, label).

    ``per`` (inhabitants) turns counts into rates per 1 000 inhabitants; ``protect``
    False (the municipality) shows every published figure. Pure.
    """
    frame = series.copy()
    if frame.empty:
        cols = ["month", "window_start", "label", "value", "y", "low", "high", "change_pct"]
        return pd.DataFrame(columns=cols)
    periods = pd.PeriodIndex(frame["period"], freq="M")
    labels = frame["label"].to_numpy(dtype=object)
    if not protect:
        labels = np.where(labels == MISSING, MISSING, VALUE).astype(object)
    value = frame["value"].to_numpy(dtype=float)
    scale = 1000 / per if per else 1.0
    shown = labels == VALUE
    small = labels == SMALL
    y = np.where(shown, value * scale, np.nan)
    low = np.where(small, metrics.SMALL_MIN * scale, np.nan)
    high = np.where(small, metrics.SMALL_MAX * scale, np.nan)
    y = np.where(small, (low + high) / 2, y)
    shown_values = pd.Series(np.where(shown, value, np.nan), index=periods)
    change = metrics.change_vs_year_before(shown_values)["change_pct"].to_numpy()
    return pd.DataFrame(
        {
            "month": periods.to_timestamp(),
            "window_start": (periods - (window - 1)).to_timestamp(),
            "label": labels,
            "value": value.astype(np.int64),
            "y": y,
            "low": low,
            "high": high,
            "change_pct": change,
        }
    )


def crime_series(
    cells: ProtectedCrimes,
    area: AreaInfo | None,
    category: str,
    measure: str,
    *,
    population: int | None = None,
    start: pd.Period | None = None,
    end: pd.Period | None = None,
) -> CrimeSeries | None:
    """The series of ``area`` (None: the municipality, with ``population`` its inhabitants).

    None when a rate is asked for an area without inhabitants. Change against the year
    before is computed from a year before ``start``, then the points are cut to
    [start, end].
    """
    per = None
    if measure == "per1000":
        per = population if area is None else area.population
        if not per:
            return None
    area_id = MUNICIPALITY if area is None else area.id
    # From a year before ``start``: the change against the year before needs those months.
    raw = cells.series(area_id, category, start=None if start is None else start - 12, end=end)
    points = series_points(raw, window=cells.window, per=per, protect=area is not None)
    if not points.empty:
        months = pd.PeriodIndex(points["month"], freq="M")
        keep = np.ones(len(points), dtype=bool)
        if start is not None:
            keep &= months >= start
        if end is not None:
            keep &= months <= end
        points = points[keep].reset_index(drop=True)
    return CrimeSeries(area, category, measure, points)


# --------------------------------------------------------------------------- change table


@dataclass(frozen=True)
class ChangeRow:
    """12 months up to ``end`` against the same 12 months a year earlier, for one series."""

    area: AreaInfo | None
    category: str
    end: pd.Period
    last: Cell
    prev: Cell
    population: int | None

    @property
    def change_pct(self) -> float | None:
        """100 · (last − prev) / prev, only where both figures are shown and prev > 0."""
        if not (self.last.shown and self.prev.shown) or not self.prev.value:
            return None
        return 100 * (self.last.value - self.prev.value) / self.prev.value

    def rate(self, cell: Cell) -> float | None:
        """A shown figure per 1 000 inhabitants (None without inhabitants or when protected)."""
        if not cell.shown or not self.population:
            return None
        return metrics.rate_per_1000(cell.value, self.population)


def change_rows(
    cells12: ProtectedCrimes,
    areas: list[AreaInfo],
    categories: tuple[str, ...],
    end: pd.Period,
    population: int | None,
) -> list[ChangeRow]:
    """One row per chosen area and category, then the municipality's (its figures unprotected)."""
    rows = []
    for area in [*areas, None]:
        area_id = MUNICIPALITY if area is None else area.id
        for category in categories:
            last = cells12.cell(end, area_id, category)
            prev = cells12.cell(end - 12, area_id, category)
            if area is None:
                last, prev = _unprotected(last), _unprotected(prev)
            rows.append(
                ChangeRow(
                    area,
                    category,
                    end,
                    last,
                    prev,
                    population if area is None else area.population,
                )
            )
    return rows


def _unprotected(cell: Cell) -> Cell:
    if cell is NO_CELL or cell.label == MISSING:
        return cell
    return Cell(cell.value, VALUE)


# --------------------------------------------------------------------------- surveys


def survey_points(
    results: pd.DataFrame, indicator: str, area_ids: tuple[int, ...] = ()
) -> pd.DataFrame:
    """Survey waves of ``indicator`` for the municipality and ``area_ids``, ready to draw.

    Columns: area_id (``MUNICIPALITY`` for the whole municipality), year, x (the middle of
    the year), value, n (answers, None if not given), scale, sampling, random (a random
    sample), low/high (95 % Wilson interval: only random samples of a share with n),
    status: ``shown``, or ``few`` (fewer than 30 answers: not shown, and value/low/high
    are blanked so nothing downstream can show it). Pure.
    """
    columns = [
        "area_id", "year", "x", "value", "n", "scale", "sampling", "random",
        "low", "high", "status",
    ]  # fmt: skip
    rows = results[(results["indicator"] == indicator) & results["value"].notna()].copy()
    area = rows["area_id"]
    wanted = area.isna() | area.isin(area_ids)
    rows = rows[wanted]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    out = []
    for r in rows.itertuples(index=False):
        n = None if pd.isna(r.respondents) else int(r.respondents)
        random = r.sampling == "slumpmässigt"
        few = n is not None and n < contract.MIN_SURVEY_ANSWERS
        value = None if few else float(r.value)
        low = high = None
        if not few and random and n and r.scale == "andel":
            low, high = metrics.wilson_interval(min(max(value, 0.0), 100.0), n)
        out.append(
            {
                "area_id": MUNICIPALITY if pd.isna(r.area_id) else int(r.area_id),
                "year": int(r.year),
                "x": pd.Timestamp(int(r.year), SURVEY_MONTH, 1),
                "value": value,
                "n": n,
                "scale": r.scale,
                "sampling": r.sampling,
                "random": bool(random),
                "low": low,
                "high": high,
                "status": "few" if few else "shown",
            }
        )
    frame = pd.DataFrame(out, columns=columns)
    return frame.sort_values(["area_id", "sampling", "year"], na_position="last").reset_index(
        drop=True
    )


# --------------------------------------------------------------------------- commitments


@dataclass(frozen=True)
class CommitmentRef:
    """A commitment as the trends and area pages refer to it."""

    id: int
    code: str
    year: int
    party: str
    text: str
    indicator: str
    unit: str | None
    area_ids: tuple[int, ...] = ()
    partners: tuple[str, ...] = ()

    def matches_part(self, part: str | None) -> bool:
        """True without a part, or when ``part`` is its party or one of its partners."""
        return not part or matches_part(part, self.party, list(self.partners))


def commitment_refs(conn: Connection, kommun: str) -> list[CommitmentRef]:
    """Every commitment of the municipality (all years) with its areas and partners."""
    c, ca = schema.commitments, schema.commitment_areas
    rows = conn.execute(
        sa.select(c.c.id, c.c.code, c.c.year, c.c.party, c.c.text, c.c.indicator, c.c.unit)
        .where(c.c.kommun == kommun)
        .order_by(c.c.year, c.c.code)
    ).all()
    ids = [r.id for r in rows]
    if not ids:
        return []
    areas: dict[int, list[int]] = {}
    for cid, aid in conn.execute(
        sa.select(ca.c.commitment_id, ca.c.area_id).where(ca.c.commitment_id.in_(ids))
    ):
        areas.setdefault(cid, []).append(int(aid))
    partners = partners_of(conn, ids)
    refs = [
        CommitmentRef(
            id=r.id,
            code=r.code,
            year=r.year,
            party=r.party,
            text=r.text,
            indicator=r.indicator,
            unit=r.unit,
            area_ids=tuple(sorted(areas.get(r.id, []))),
            partners=tuple(partners.get(r.id, [])),
        )
        for r in rows
    ]
    return sorted(refs, key=lambda x: (-x.year, *order_key(x.party, x.code)))


def activity_marks(
    log: pd.DataFrame, refs: list[CommitmentRef], part: str | None = None
) -> pd.DataFrame:
    """Activity reports to mark on the time axis, for commitments matching ``part``.

    Adds ``row`` (the commitment's code and unit, the rug's row label) and ``order``
    (the commitments' order: party, then code) and keeps the reports' own columns.
    Reports that count nothing (antal 0) document progress and are kept. Pure.
    """
    allowed = {r.id: r for r in refs if r.matches_part(part)}
    order = {r.id: i for i, r in enumerate(refs)}
    frame = log[log["commitment_id"].isin(allowed)].copy()
    units = {i: (r.unit or r.indicator) for i, r in allowed.items()}
    frame["unit"] = frame["commitment_id"].map(units)
    frame["row"] = [
        f"{code} {_short(unit)}" for code, unit in zip(frame["code"], frame["unit"], strict=True)
    ]
    frame["order"] = frame["commitment_id"].map(order)
    return frame.sort_values(["day", "code"]).reset_index(drop=True)


def _short(text: str, width: int = 18) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# --------------------------------------------------------------------------- the page's data


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


def finite(value) -> bool:
    """True for a real number (not None/NaN)."""
    return value is not None and not (isinstance(value, float) and math.isnan(value))

"""The formulas: a commitment's pace and status, survey intervals, rates, monthly series
and the difference in differences. Pure: no database, no I/O.

Each function's docstring states its formula; ``tests/test_metrics.py`` checks them
against values worked out by hand. See "How a commitment's status is judged" in the
shared CONTRACT.md (small numbers: ``suppression``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Literal

import numpy as np
import pandas as pd

# --------------------------------------------------------------------------- status

GREEN, AMBER, RED, NOT_STARTED = "green", "amber", "red", "not_started"
Status = Literal["green", "amber", "red", "not_started"]
AMBER_FROM = Fraction(3, 4)  # pace ratio from which a behind-schedule count is amber


def _elapsed(start: date, end: date, as_of: date) -> Fraction:
    if end < start:
        raise ValueError(f"period ends ({end}) before it starts ({start})")
    if as_of < start:
        return Fraction(0)
    if as_of > end:
        return Fraction(1)
    return Fraction((as_of - start).days + 1, (end - start).days + 1)


def elapsed_share(start: date, end: date, as_of: date) -> float:
    """Share of the period [start, end] elapsed on ``as_of``, counting whole days inclusively.

    0 before ``start``; (as_of − start + 1 day) / (end − start + 1 day) within the period
    (so ``start`` itself already counts one day and ``end`` gives 1); 1 after ``end``.
    Raises ValueError when ``end`` is before ``start``.
    """
    return float(_elapsed(start, end, as_of))


@dataclass(frozen=True)
class Judgement:
    """A commitment's computed status (layer 1, "carried out?")."""

    progress: float  # achieved / target
    expected: float  # elapsed_share(start, end, as_of)
    ratio: float | None  # the pace ratio compared with the thresholds; None where unused
    status: Status
    ended: bool  # as_of is after end


def judge(
    rule: str, achieved: float, target: float, start: date, end: date, as_of: date
) -> Judgement:
    """Judge a commitment by pace; ``progress = achieved / target``, ``expected = elapsed_share``.

    ``antal`` (a count to reach): before ``start`` the status is ``not_started`` (ratio None);
    otherwise ratio = achieved / (target × expected), which once the period has ended
    (expected = 1) is achieved / target; ratio ≥ 1 green, ≥ 0.75 amber, below that red.
    ``milstolpe`` (done or not): done (achieved ≥ target) is green; not done is amber up to
    and including ``end`` (also before ``start``), red after it; ratio None.
    Ratios are compared exactly (as fractions), so 3 of 4 due is amber, not red by rounding.
    Raises ValueError for an unknown rule or a target ≤ 0.
    """
    if not target > 0:
        raise ValueError(f"target must be > 0, got {target}")
    share = _elapsed(start, end, as_of)
    ended = as_of > end
    progress = achieved / target
    if rule == "milstolpe":
        status: Status = GREEN if achieved >= target else RED if ended else AMBER
        return Judgement(progress, float(share), None, status, ended)
    if rule != "antal":
        raise ValueError(f"unknown target rule {rule!r}")
    if share == 0:
        return Judgement(progress, 0.0, None, NOT_STARTED, ended)
    ratio = Fraction(achieved) / (Fraction(target) * share)
    status = GREEN if ratio >= 1 else AMBER if ratio >= AMBER_FROM else RED
    return Judgement(progress, float(share), float(ratio), status, ended)


# --------------------------------------------------------------------------- surveys and rates


def wilson_interval(share_pct: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a share given in percent, returned in percent (0–100).

    With p = share_pct / 100: centre = (p + z²/2n) / (1 + z²/n),
    half-width = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²);
    interval = 100 · (centre ± half-width), clipped to 0–100.
    Raises ValueError for n < 1 or a share outside 0–100.
    """
    if n < 1:
        raise ValueError(f"n must be ≥ 1, got {n}")
    if not 0 <= share_pct <= 100:
        raise ValueError(f"share must be 0–100 %, got {share_pct}")
    p, z2 = share_pct / 100, z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, 100 * (centre - half)), min(100.0, 100 * (centre + half))


def changed_between_waves(p1: float, n1: int, p2: float, n2: int) -> bool:
    """True only when the 95 % Wilson intervals of two survey waves do not overlap.

    Shares in percent, n the numbers of answers. Deliberately conservative: non-overlap of
    two 95 % intervals corresponds to a much stricter test than 5 % (about 0.5 % for
    similar n), so a real but modest change can be reported as "no clear change";
    intervals that just touch count as overlapping.
    """
    lo1, hi1 = wilson_interval(p1, n1)
    lo2, hi2 = wilson_interval(p2, n2)
    return hi1 < lo2 or hi2 < lo1


def rate_per_1000(count: float | None, population: float | None) -> float | None:
    """count / population × 1000; None when either is missing or the population is 0."""
    if count is None or population is None or pd.isna(count) or pd.isna(population):
        return None
    if population == 0:
        return None
    return 1000 * count / population


# --------------------------------------------------------------------------- monthly series


def _months(values: pd.Series) -> pd.Series:
    if isinstance(values.dtype, pd.PeriodDtype):
        return values.dt.asfreq("M")
    return pd.to_datetime(values).dt.to_period("M")


def complete_months(
    df: pd.DataFrame,
    value_col: str,
    keys: Sequence[str],
    start: object,
    end: object,
    month_col: str = "month",
    levels: Mapping[str, Iterable[object]] | None = None,
) -> pd.DataFrame:
    """Every month in [start, end] for every combination of ``keys``, missing months as 0.

    The month column comes back as pandas ``Period[M]``; it may come in as Period[M],
    dates/datetimes or ``'YYYY-MM'`` strings (``start``/``end`` likewise). The key values are
    crossed: by default the distinct values of each key in ``df``, or ``levels[key]`` where
    given (e.g. every area, so that one without any rows still gets its zeros). Rows outside
    the window are dropped, duplicate (keys, month) rows are summed, and a month whose only
    values are missing (NaN) stays missing: only absent months become 0. Result columns:
    keys, month_col, value_col, sorted by keys then month.
    """
    keys = list(keys)
    months = pd.period_range(pd.Period(start, "M"), pd.Period(end, "M"), freq="M")
    frame = df[[*keys, month_col, value_col]].copy()
    frame[month_col] = _months(frame[month_col])
    given = dict(levels or {})
    key_values = [
        sorted(given[k]) if k in given else sorted(frame[k].dropna().unique()) for k in keys
    ]
    frame = frame[frame[month_col].between(months[0], months[-1])] if len(months) else frame[:0]
    summed = frame.groupby([*keys, month_col])[value_col].sum(min_count=1)
    if keys:
        index = pd.MultiIndex.from_product([*key_values, months], names=[*keys, month_col])
    else:
        index = pd.PeriodIndex(months, name=month_col)
    return summed.reindex(index, fill_value=0).reset_index()


def _check_consecutive(series: pd.Series) -> None:
    index = series.index
    if isinstance(index, pd.PeriodIndex) and (
        index.freqstr != "M" or (np.diff(index.asi8) != 1).any()
    ):
        raise ValueError("series must hold consecutive months (use complete_months)")


def rolling_12(series: pd.Series) -> pd.Series:
    """12-month rolling sum: value at month m = sum of months m−11 … m; NaN for the first 11.

    The series must hold consecutive months in order (see ``complete_months``); a PeriodIndex
    with gaps raises ValueError. A missing (NaN) month makes the sums that include it NaN.
    """
    _check_consecutive(series)
    return series.rolling(12, min_periods=12).sum()


def change_vs_year_before(series: pd.Series) -> pd.DataFrame:
    """Each month against the same month a year earlier.

    Columns: ``value``; ``year_before`` (the value 12 months earlier); ``change`` =
    value − year_before; ``change_pct`` = 100 · change / year_before. Where the earlier value
    is missing both changes are missing, and ``change_pct`` is also missing where it is 0;
    "missing" is NaN, pandas' None for floats. With a PeriodIndex the earlier month is looked
    up by date (gaps allowed); otherwise the series must hold consecutive months.
    """
    if isinstance(series.index, pd.PeriodIndex):
        before = series.reindex(series.index - 12).to_numpy(dtype=float)
    else:
        before = series.shift(12).to_numpy(dtype=float)
    value = series.to_numpy(dtype=float)
    change = value - before
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(before == 0, np.nan, 100 * change / before)
    data = {"value": value, "year_before": before, "change": change, "change_pct": pct}
    return pd.DataFrame(data, index=series.index)


# --------------------------------------------------------------------------- before/after


@dataclass(frozen=True)
class DiD:
    """Difference in differences of two Poisson counts, as a ratio of rate ratios."""

    ratio: float  # R = (Ta/Tb) / (Ca/Cb)
    low: float  # lower 95 % limit of R
    high: float  # upper 95 % limit of R
    se_log: float  # standard error of log R
    pct_change: float  # 100 · (R − 1)
    pct_low: float  # 100 · (low − 1)
    pct_high: float  # 100 · (high − 1)
    clear: bool  # the interval of pct_change excludes 0 %


def diff_in_diff(
    treated_before: int,
    treated_after: int,
    control_before: int,
    control_after: int,
    z: float = 1.96,
) -> DiD:
    """Change in a treated area relative to a control, from counts in equal-length windows.

    R = (Ta/Tb) / (Ca/Cb); SE(log R) = √(1/Ta + 1/Tb + 1/Ca + 1/Cb) (Poisson counts);
    interval exp(log R ± z·SE); percent change 100·(R − 1) with the interval transformed
    likewise; ``clear`` when that interval excludes 0 %. Raises ValueError if any count is
    ≤ 0 (the ratio or its standard error is then undefined).
    """
    counts = (treated_before, treated_after, control_before, control_after)
    if any(not c > 0 for c in counts):
        raise ValueError(f"every count must be > 0, got {counts}")
    tb, ta, cb, ca = (float(c) for c in counts)
    ratio = (ta / tb) / (ca / cb)
    se = math.sqrt(sum(1 / c for c in (ta, tb, ca, cb)))
    low, high = math.exp(math.log(ratio) - z * se), math.exp(math.log(ratio) + z * se)
    pct = (100 * (ratio - 1), 100 * (low - 1), 100 * (high - 1))
    return DiD(ratio, low, high, se, *pct, clear=low > 1 or high < 1)

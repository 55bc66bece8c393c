"""Before and after: reported crime in a commitment's focus areas against the rest of the
municipality, over the same months before and after the work began.

Method (a difference in differences on counts, ``metrics.diff_in_diff``):

- after window: the commitment's start month to the earliest of its end month, the last
  month with crime data and the month of the as-of date (at most 12 months, so that it
  never overlaps the before window);
- before window: the same calendar months one year earlier;
- treated: the commitment's focus areas, each on its own and (when there are several)
  together; control: every other area of the municipality;
- categories: thefts (``stöld``) and narcotics (``narkotika``), the promise's two
  priority problems.

R = (treated after / treated before) / (control after / control before), with a 95 %
interval from the Poisson standard error of log R. The result is worded as a change that
*coincided* with the work, never as its effect; no estimate is given (and the reason is
said) when the work has not started, the windows are short or not covered by the data, a
figure is unpublished, or a count is 0 or below 5. Sentences state percentages and
intervals only, never counts (small numbers, see CONTRACT.md). No Dash here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

from dashboard.analysis import metrics
from dashboard.i18n import MONTHS, fmt_date, fmt_month, fmt_percent, fmt_signed_percent, has, t
from dashboard.storage import queries

CATEGORIES: tuple[str, ...] = ("stöld", "narkotika")
MIN_MONTHS = 3  # shortest after window that gets an estimate
MAX_MONTHS = 12  # longest window: a longer one would overlap the year before
MIN_COUNT = 5  # every one of the four counts must reach this (1–4 are small numbers)
PLACE_TYPES = frozenset({"plats"})  # areas named as places: "vid Busstationen"

# Reasons for giving no estimate (keys ``ba.reason.<code>`` in i18n).
NOT_STARTED = "not_started"
NO_DATA_AFTER = "no_data_after"
TOO_SHORT = "too_short"
NO_DATA_BEFORE = "no_data_before"
UNPUBLISHED = "unpublished"
ZERO = "zero"
FEW = "few"


@dataclass(frozen=True)
class Windows:
    """The before and after windows, as first and last months (``Period[M]``)."""

    before_first: pd.Period
    before_last: pd.Period
    after_first: pd.Period
    after_last: pd.Period

    @property
    def months(self) -> int:
        """Months in each window (≤ 0 when the after window is empty)."""
        return (self.after_last - self.after_first).n + 1


def windows(start: date, end: date, last_data: date | None, as_of: date | None = None) -> Windows:
    """The windows for work from ``start`` to ``end`` with crime data up to ``last_data``.

    After: start month … min(end month, last data month, as-of month, start month + 11).
    Before: the same months shifted 12 months back.
    """
    first = pd.Period(start, "M")
    last = pd.Period(end, "M")
    if last_data is not None:
        last = min(last, pd.Period(last_data, "M"))
    if as_of is not None:
        last = min(last, pd.Period(as_of, "M"))
    last = min(last, first + (MAX_MONTHS - 1))
    return Windows(first - 12, last - 12, first, last)


@dataclass(frozen=True)
class Counts:
    """Reported crimes of one category in the four cells of the comparison."""

    treated_before: int
    treated_after: int
    control_before: int
    control_after: int
    unpublished: bool  # some summed cell was not published (".."), so a sum may be low

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.treated_before, self.treated_after, self.control_before, self.control_after)


def window_counts(
    monthly: pd.DataFrame, treated_ids: Iterable[int], category: str, win: Windows
) -> Counts:
    """Sum ``monthly`` (month, category, area_id, count, missing) into the four cells.

    Treated = rows whose area_id is in ``treated_ids``; control = every other row of the
    category (the rest of the municipality).
    """
    if monthly.empty:
        return Counts(0, 0, 0, 0, unpublished=False)
    # Plain arrays: a page asks this ~70 times of one frame, and pandas' per-call
    # overhead (string compares, period conversion) was most of the commitments page.
    rows = monthly["category"].to_numpy(dtype=object) == category
    months = monthly["month"].to_numpy(dtype="datetime64[M]")
    treated = monthly["area_id"].isin(set(treated_ids)).to_numpy()
    count = monthly["count"].to_numpy(dtype=np.int64)
    gaps = monthly["missing"].to_numpy(dtype=np.int64) if "missing" in monthly else None

    def within(first: pd.Period, last: pd.Period) -> np.ndarray:
        lo, hi = np.datetime64(str(first), "M"), np.datetime64(str(last), "M")
        return (months >= lo) & (months <= hi)

    before = within(win.before_first, win.before_last)
    after = within(win.after_first, win.after_last)
    cells = [rows & treated & before, rows & treated & after]
    cells += [rows & ~treated & before, rows & ~treated & after]
    missing = gaps is not None and any(int(gaps[c].sum()) > 0 for c in cells)
    return Counts(*(int(count[c].sum()) for c in cells), unpublished=bool(missing))


@dataclass(frozen=True)
class Estimate:
    """One before/after comparison: a category in one or several treated areas."""

    category: str
    areas: tuple[str, ...]  # treated area names
    area_types: tuple[str | None, ...]
    windows: Windows
    start: date  # when the work began
    did: metrics.DiD | None
    reason: str | None  # why there is no estimate (``None`` when ``did`` is given)

    @property
    def together(self) -> bool:
        return len(self.areas) > 1


def estimate(
    monthly: pd.DataFrame,
    category: str,
    treated: Sequence[tuple[int, str, str | None]],
    win: Windows,
    *,
    start: date,
    as_of: date,
    first_data: date | None,
    last_data: date | None,
) -> Estimate:
    """The comparison for ``treated`` areas given as (id, name, type), or why there is none.

    Checked in order: the work has not started by ``as_of``; the data does not reach the
    start month; the after window is shorter than ``MIN_MONTHS``; the data does not reach
    back to the before window; a figure is unpublished; a count is 0; a count is below
    ``MIN_COUNT``. Otherwise ``metrics.diff_in_diff`` of the four counts.
    """
    names = tuple(name for _, name, _ in treated)
    types = tuple(kind for _, _, kind in treated)

    def result(did: metrics.DiD | None, reason: str | None) -> Estimate:
        return Estimate(category, names, types, win, start, did, reason)

    if as_of < start:
        return result(None, NOT_STARTED)
    if last_data is None or pd.Period(last_data, "M") < win.after_first:
        return result(None, NO_DATA_AFTER)
    if win.months < MIN_MONTHS:
        return result(None, TOO_SHORT)
    if first_data is None or win.before_first < pd.Period(first_data, "M"):
        return result(None, NO_DATA_BEFORE)
    counts = window_counts(monthly, [i for i, _, _ in treated], category, win)
    if counts.unpublished:
        return result(None, UNPUBLISHED)
    if min(counts.as_tuple()) == 0:
        return result(None, ZERO)
    if min(counts.as_tuple()) < MIN_COUNT:
        return result(None, FEW)
    return result(metrics.diff_in_diff(*counts.as_tuple()), None)


def estimates_for(
    monthly: pd.DataFrame,
    focus: Sequence[tuple[int, str, str | None]],
    win: Windows,
    *,
    start: date,
    as_of: date,
    first_data: date | None,
    last_data: date | None,
) -> list[Estimate]:
    """Per category: each focus area on its own, then all of them together (if several)."""
    groups = [[area] for area in focus] + ([list(focus)] if len(focus) > 1 else [])
    return [
        estimate(
            monthly,
            category,
            group,
            win,
            start=start,
            as_of=as_of,
            first_data=first_data,
            last_data=last_data,
        )
        for category in CATEGORIES
        for group in groups
    ]


# --------------------------------------------------------------------------- the query


def commitment_estimates(
    conn: Connection,
    kommun: str,
    items: Iterable,
    *,
    as_of: date,
    first_data: date | None,
    last_data: date | None,
) -> dict[str, list[Estimate]]:
    """Before/after estimates per commitment code, for the commitments with focus areas.

    ``items`` have ``code``, ``areas`` (names), ``start`` and ``end`` (e.g.
    ``commitments.Commitment``). One query reads the monthly counts per area of both
    categories over the span every window needs.
    """
    areas = queries.areas(conn, kommun)
    known = {
        row.name: (int(row.id), row.name, row.type if pd.notna(row.type) else None)
        for row in areas.itertuples()
    }
    plans = []
    for item in items:
        focus = [known[name] for name in item.areas if name in known]
        if focus:
            plans.append((item, focus, windows(item.start, item.end, last_data, as_of)))
    if not plans:
        return {}
    spans = [w for _, _, w in plans if w.months > 0]
    if spans and last_data is not None:
        lo = min(w.before_first for w in spans).start_time.date()
        hi = max(w.after_last for w in spans).start_time.date()
        monthly = queries.monthly_crimes(
            conn, kommun, categories=CATEGORIES, by_area=True, start=lo, end=hi
        )
    else:
        monthly = pd.DataFrame(columns=["month", "category", "area_id", "count", "missing"])
    return {
        item.code: estimates_for(
            monthly,
            focus,
            win,
            start=item.start,
            as_of=as_of,
            first_data=first_data,
            last_data=last_data,
        )
        for item, focus, win in plans
    }


# --------------------------------------------------------------------------- wording


def fmt_window(first: pd.Period, last: pd.Period, lang: str) -> str:
    """``mars–december 2021``; across years ``november 2020–februari 2021``; one month
    ``mars 2021``."""
    if first == last:
        return fmt_month(first.year, first.month, lang)
    if first.year == last.year:
        return f"{MONTHS[lang][first.month - 1]}–{fmt_month(last.year, last.month, lang)}"
    return f"{fmt_month(first.year, first.month, lang)}–{fmt_month(last.year, last.month, lang)}"


def _minus(text: str) -> str:
    return text.replace("-", "−")


def _pct(value: float, lang: str, *, signed: bool = True) -> str:
    """A whole percent (one decimal where a non-zero value would round to 0), with a true
    minus sign; ``signed=False`` drops the sign (the verb carries the direction)."""
    if not signed:
        value = abs(value)
    decimals = 1 if value != 0 and round(value) == 0 else 0
    if round(value, decimals) == 0:
        return fmt_percent(0, 0, lang)
    text = (
        fmt_signed_percent(value, decimals, lang) if signed else fmt_percent(value, decimals, lang)
    )
    return _minus(text)


def join_names(names: Sequence[str], lang: str) -> str:
    """``A``, ``A och B``, ``A, B och C`` (``and`` in English)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('ba.and', lang)} {names[-1]}"


def where(est: Estimate, lang: str) -> str:
    """``vid Busstationen`` (a place), ``i Brogården``, or the focus areas together."""
    if est.together:
        return t("ba.where_together", lang, areas=join_names(est.areas, lang))
    kind = est.area_types[0] if est.area_types else None
    key = "ba.where_place" if kind in PLACE_TYPES else "ba.where_area"
    return t(key, lang, area=est.areas[0])


def sentence(est: Estimate, lang: str, kommun: str) -> str:
    """The one readable sentence for an estimate (or for why there is none)."""
    w = est.windows
    params = {
        "subject": t(f"ba.subject.{est.category}", lang),
        "where": where(est, lang),
        "before": fmt_window(w.before_first, w.before_last, lang),
        "after": fmt_window(w.after_first, w.after_last, lang),
        "kommun": kommun,
    }
    did = est.did
    if did is None:
        reason = t(
            f"ba.reason.{est.reason}",
            lang,
            start=fmt_date(est.start, lang),
            month=fmt_month(w.after_first.year, w.after_first.month, lang),
            before_month=fmt_month(w.before_first.year, w.before_first.month, lang),
            months=max(w.months, 0),
            min_months=MIN_MONTHS,
            min_count=MIN_COUNT,
        )
        return t("ba.none", lang, reason=reason, **params)
    interval = {"low": _pct(did.pct_low, lang), "high": _pct(did.pct_high, lang)}
    if not did.clear:
        return t("ba.unclear", lang, estimate=_pct(did.pct_change, lang), **interval, **params)
    key = "ba.decrease" if did.ratio < 1 else "ba.increase"
    return t(key, lang, change=_pct(did.pct_change, lang, signed=False), **interval, **params)


def caveat(category: str, lang: str) -> str | None:
    """The note a category needs beside its sentences (narcotics are found by looking)."""
    key = f"ba.caveat.{category}"
    return t(key, lang) if has(key) else None

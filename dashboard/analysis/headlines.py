"""Headline figures for the overview: the last 12 months against the 12 before, and the
latest survey wave against the previous one. Outcomes, never traffic-lit."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from dashboard import contract
from dashboard.analysis import metrics, protection
from dashboard.i18n import t


@dataclass(frozen=True)
class CrimeHeadline:
    """Reported crimes of one category in two consecutive 12-month windows."""

    category: str
    last12: int
    prev12: int | None  # None when the data does not reach 24 months back
    start: date  # first month of the last window
    end: date  # last month with data
    # Below municipality level: how each window may be shown ("1–4", "..") when its exact
    # value is protected; None where it may be shown as is.
    last_text: str | None = None
    prev_text: str | None = None

    @property
    def change_pct(self) -> float | None:
        """100 · (last12 − prev12) / prev12 (None where either window is protected)."""
        if not self.prev12 or self.last_text or self.prev_text:
            return None
        return 100 * (self.last12 - self.prev12) / self.prev12


@dataclass(frozen=True)
class SurveyHeadline:
    """One indicator's latest survey wave against the previous one."""

    indicator: str
    year: int
    value: float
    respondents: int | None
    prev_year: int | None
    prev_value: float | None
    changed: bool | None  # None when no interval can be computed (see metrics)


def crime_headline(monthly: pd.DataFrame, category: str, latest: date) -> CrimeHeadline | None:
    """Sum ``monthly`` (month, category, count) over the 12 months up to ``latest`` and the
    12 before; None when there is no data for the category."""
    rows = monthly[monthly["category"] == category]
    if rows.empty:
        return None
    month = pd.Timestamp(latest).to_period("M")
    periods = rows["month"].dt.to_period("M")
    last = rows[(periods > month - 12) & (periods <= month)]["count"].sum()
    prev_mask = (periods > month - 24) & (periods <= month - 12)
    has_prev = periods.min() <= month - 23
    prev = int(rows[prev_mask]["count"].sum()) if has_prev else None
    start = (month - 11).to_timestamp().date()
    return CrimeHeadline(category, int(last), prev, start, latest)


def survey_headline(results: pd.DataFrame, indicator: str) -> SurveyHeadline | None:
    """The whole municipality's last two random-sample waves of ``indicator``.

    Waves with fewer than ``MIN_SURVEY_ANSWERS`` answers are ignored (hidden); the
    change is called a change only when the Wilson intervals do not overlap.
    """
    rows = results[
        (results["indicator"] == indicator)
        & results["area_id"].isna()
        & results["value"].notna()
        & (results["sampling"] != "självselekterat")
    ].sort_values("year")
    answers = rows["respondents"]
    rows = rows[answers.isna() | (answers >= contract.MIN_SURVEY_ANSWERS)]
    if rows.empty:
        return None
    latest = rows.iloc[-1]
    prev = rows.iloc[-2] if len(rows) > 1 else None
    changed = None
    n1 = None if prev is None else prev["respondents"]
    n2 = latest["respondents"]
    if (
        prev is not None
        and latest["scale"] == "andel"
        and pd.notna(n1)
        and pd.notna(n2)
        and latest["sampling"] == "slumpmässigt"
    ):
        changed = bool(
            metrics.changed_between_waves(
                float(prev["value"]), int(n1), float(latest["value"]), int(n2)
            )
        )
    return SurveyHeadline(
        indicator=indicator,
        year=int(latest["year"]),
        value=float(latest["value"]),
        respondents=int(n2) if pd.notna(n2) else None,
        prev_year=int(prev["year"]) if prev is not None else None,
        prev_value=float(prev["value"]) if prev is not None else None,
        changed=changed,
    )


def protect_headline(
    head: CrimeHeadline, cells12, area_ids: tuple[int, ...], lang: str = "sv"
) -> CrimeHeadline:
    """``head`` for chosen areas, with each window labelled as the shared protection
    (``protection.protected_crimes`` over 12-month windows) labels its cells.

    One area: its cell's label ("1–4", ".."). Several areas: their sum is shown only
    when every summed cell may be shown; otherwise ".." (a sum beside shown parts would
    give a hidden one away).
    """

    def text(month: date) -> str | None:
        period = pd.Period(month, "M")
        cells = [cells12.cell(period, area_id, head.category) for area_id in area_ids]
        if all(cell.shown for cell in cells):
            return None
        if len(cells) == 1:
            return protection.shown_text(cells[0], lang)
        return t("small.hidden", lang)

    prev_end = (pd.Period(head.end, "M") - 12).to_timestamp().date()
    return replace(
        head,
        last_text=text(head.end),
        prev_text=text(prev_end) if head.prev12 is not None else None,
    )

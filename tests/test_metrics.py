"""dashboard.metrics against values worked out by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest

from dashboard.analysis.metrics import (
    change_vs_year_before,
    changed_between_waves,
    complete_months,
    diff_in_diff,
    elapsed_share,
    judge,
    rate_per_1000,
    rolling_12,
    wilson_interval,
)

# A ten-day period keeps the shares round: day k of it has k/10 elapsed.
START, END = date(2022, 3, 1), date(2022, 3, 10)


# --------------------------------------------------------------------------- elapsed_share


def test_elapsed_share_counts_whole_days_inclusively():
    assert elapsed_share(START, END, date(2022, 2, 28)) == 0  # before start
    assert elapsed_share(START, END, START) == pytest.approx(0.1)  # (0 + 1) / (9 + 1)
    assert elapsed_share(START, END, date(2022, 3, 4)) == pytest.approx(0.4)  # (3 + 1) / 10
    assert elapsed_share(START, END, END) == 1  # (9 + 1) / 10
    assert elapsed_share(START, END, date(2023, 1, 1)) == 1  # after end
    # 2022: Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 181 days before 2 July,
    # so 2 July is day 183 of 365.
    assert elapsed_share(date(2022, 1, 1), date(2022, 12, 31), date(2022, 7, 2)) == pytest.approx(
        183 / 365
    )
    # Leap year: 31 + 29 = 60 days before 1 March 2024, which is day 61 of 366.
    assert elapsed_share(date(2024, 1, 1), date(2024, 12, 31), date(2024, 3, 1)) == pytest.approx(
        61 / 366
    )
    with pytest.raises(ValueError):
        elapsed_share(END, START, START)


# --------------------------------------------------------------------------- judge


@pytest.mark.parametrize(
    ("achieved", "as_of", "ratio", "status"),
    [
        # 5 March: expected 5/10 = 0.5, so 20 × 0.5 = 10 due.
        (10, date(2022, 3, 5), 1.0, "green"),  # 10 / 10
        (12, date(2022, 3, 5), 1.2, "green"),  # 12 / 10
        (9, date(2022, 3, 5), 0.9, "amber"),  # 9 / 10
        (7.5, date(2022, 3, 5), 0.75, "amber"),  # 7.5 / 10, exactly on the threshold
        (7, date(2022, 3, 5), 0.7, "red"),  # 7 / 10
        # On the last day expected = 1 and the period has not ended yet.
        (15, END, 0.75, "amber"),  # 15 / 20
        # After the end: achieved / target.
        (15, date(2022, 3, 11), 0.75, "amber"),  # 15 / 20
        (14, date(2022, 3, 11), 0.7, "red"),  # 14 / 20
        (20, date(2022, 3, 11), 1.0, "green"),  # 20 / 20
    ],
)
def test_judge_antal(achieved, as_of, ratio, status):
    j = judge("antal", achieved, 20, START, END, as_of)
    assert j.ratio == pytest.approx(ratio)
    assert j.status == status
    assert j.progress == pytest.approx(achieved / 20)
    assert j.ended == (as_of > END)


def test_judge_antal_details():
    before = judge("antal", 5, 20, START, END, date(2022, 2, 1))
    # Before start: nothing is expected yet; progress still 5 / 20 = 0.25.
    assert (before.status, before.ratio, before.expected, before.progress) == (
        "not_started",
        None,
        0.0,
        0.25,
    )
    # 4 March: expected (3 + 1)/10 = 0.4, due 100 × 0.4 = 40; 30 / 40 = 0.75 exactly, amber.
    # (In floats 100 × 0.4 = 40.00000000000001, and 30 / that would be red.)
    j = judge("antal", 30, 100, START, END, date(2022, 3, 4))
    assert (j.status, j.expected) == ("amber", pytest.approx(0.4))
    with pytest.raises(ValueError):
        judge("antal", 1, 0, START, END, END)
    with pytest.raises(ValueError):
        judge("procent", 1, 1, START, END, END)


@pytest.mark.parametrize(
    ("achieved", "as_of", "status", "ended"),
    [
        (1, date(2022, 3, 5), "green", False),  # done
        (1, date(2023, 1, 1), "green", True),  # done, after the end
        (0, date(2022, 2, 1), "amber", False),  # not done, before start
        (0, date(2022, 3, 5), "amber", False),  # not done, during
        (0, END, "amber", False),  # not done, on the last day
        (0, date(2022, 3, 11), "red", True),  # not done, the day after
    ],
)
def test_judge_milstolpe(achieved, as_of, status, ended):
    j = judge("milstolpe", achieved, 1, START, END, as_of)
    assert (j.status, j.ended, j.ratio, j.progress) == (status, ended, None, achieved)


# --------------------------------------------------------------------------- surveys, rates


def test_wilson_interval():
    # p = 0.5, n = 100, z² = 3.8416: denominator 1 + 0.038416 = 1.038416;
    # centre (0.5 + 0.019208) / 1.038416 = 0.5;
    # half 1.96 / 1.038416 × √(0.0025 + 0.00009604) = 1.887491 × 0.0509513 = 0.0961701.
    lo, hi = wilson_interval(50, 100)
    assert (lo, hi) == (pytest.approx(40.383, abs=1e-3), pytest.approx(59.617, abs=1e-3))
    # p = 0, n = 10: centre 0.19208 / 1.38416 = 0.138770; half 1.416022 × √0.009604
    # = 1.416022 × 0.0980 = 0.138770; so [0, 27.754].
    lo, hi = wilson_interval(0, 10)
    assert lo == 0 and hi == pytest.approx(27.754, abs=1e-3)
    # Symmetry: 100 % is the mirror image of 0 %.
    assert wilson_interval(100, 10) == pytest.approx((100 - hi, 100))
    with pytest.raises(ValueError):
        wilson_interval(50, 0)
    with pytest.raises(ValueError):
        wilson_interval(101, 10)


def test_changed_between_waves_is_conservative():
    # 70 %, n = 100: centre 0.719208 / 1.038416 = 0.692601; half 1.887491 × √(0.0021 +
    # 0.00009604) = 0.088452 → [60.41, 78.11], clear of 50 %'s [40.38, 59.62].
    assert changed_between_waves(50, 100, 70, 100)
    assert changed_between_waves(70, 100, 50, 100)
    # 64 %, n = 100: centre 0.659208 / 1.038416 = 0.634826; half 1.887491 × √(0.002304 +
    # 0.00009604) = 0.092468 → [54.24, 72.73], overlapping [40.38, 59.62]: not "changed",
    # although a two-proportion z-test gives z = 0.14 / √(0.57·0.43·0.02) = 2.00 (p ≈ 0.045).
    assert not changed_between_waves(50, 100, 64, 100)
    assert not changed_between_waves(50, 100, 50, 1000)


def test_rate_per_1000():
    assert rate_per_1000(25, 12_500) == pytest.approx(2.0)  # 25 / 12 500 × 1000
    assert rate_per_1000(3, 1_500) == pytest.approx(2.0)  # 3 / 1 500 × 1000
    assert rate_per_1000(0, 800) == 0
    assert rate_per_1000(5, 0) is None
    assert rate_per_1000(5, None) is None
    assert rate_per_1000(5, float("nan")) is None
    assert rate_per_1000(None, 100) is None


# --------------------------------------------------------------------------- monthly series


def test_complete_months_fills_every_key_and_month():
    df = pd.DataFrame(
        {
            "month": ["2022-01", "2022-03", "2022-03", "2022-03", "2023-05"],
            "area": ["A", "A", "A", "B", "B"],
            "n": [1, 2, 4, 3, 9],
        }
    )
    out = complete_months(df, "n", ["area"], "2021-12", "2022-03")
    assert isinstance(out["month"].dtype, pd.PeriodDtype)
    months = [str(m) for m in out["month"]]
    assert months == ["2021-12", "2022-01", "2022-02", "2022-03"] * 2
    assert list(out["area"]) == ["A"] * 4 + ["B"] * 4
    # A: Jan 1, Mar 2 + 4 = 6 (duplicates summed); B: Mar 3; 2023-05 lies outside.
    assert list(out["n"]) == [0, 1, 0, 6, 0, 0, 0, 3]
    # Levels given: area C, absent from the data, gets zeros; Period input works too.
    df["month"] = pd.PeriodIndex(df["month"], freq="M")
    out = complete_months(df, "n", ["area"], "2022-02", "2022-03", levels={"area": "ABC"})
    assert list(out["n"]) == [0, 6, 0, 3, 0, 0]
    # No keys; dates in, and a month whose only value is missing stays missing.
    df2 = pd.DataFrame({"month": [date(2022, 1, 15), date(2022, 3, 1)], "n": [2.0, np.nan]})
    out = complete_months(df2, "n", [], date(2022, 1, 1), date(2022, 3, 31))
    assert out["n"].tolist()[:2] == [2, 0] and math.isnan(out["n"].iloc[2])


def test_rolling_12_across_a_year_boundary():
    # Jan 2021 … Mar 2022 with values 1 … 15 (only the even months present in the data,
    # the odd ones 0 after completing).
    months = pd.period_range("2021-01", "2022-03", freq="M")
    values = list(range(1, 16))
    df = pd.DataFrame({"month": months, "n": values})
    df = df[df["n"] % 2 == 0]
    full = complete_months(df, "n", [], "2021-01", "2022-03").set_index("month")["n"]
    roll = rolling_12(full)
    assert roll.iloc[:11].isna().all()  # fewer than 12 months
    # Dec 2021 = 2 + 4 + … + 12 = 42; Jan 2022 drops Jan 2021 (0), adds 0 → 42;
    # Feb 2022 drops Feb 2021 (2), adds 14 → 54; Mar 2022 drops Mar 2021 (0), adds 0 → 54.
    assert roll.loc[pd.Period("2021-12", "M") :].tolist() == [42, 42, 54, 54]
    # All months present: Dec 2021 = 1 + … + 12 = 78, Jan 2022 = 2 + … + 13 = 90,
    # Mar 2022 = 4 + … + 15 = 114.
    assert rolling_12(pd.Series(values)).iloc[11] == 78  # positional, e.g. in a groupby
    roll = rolling_12(pd.Series(values, index=months))
    assert roll[pd.Period("2021-12", "M")] == 78
    assert roll[pd.Period("2022-01", "M")] == 90
    assert roll[pd.Period("2022-03", "M")] == 114
    with pytest.raises(ValueError):
        rolling_12(full.drop(pd.Period("2021-06", "M")))


def test_change_vs_year_before():
    months = pd.period_range("2021-01", "2022-03", freq="M")
    values = [10, 0, 4] + [1] * 9 + [15, 5, 4]  # Jan–Mar 2021, Apr–Dec, Jan–Mar 2022
    out = change_vs_year_before(pd.Series(values, index=months))
    assert out["year_before"].iloc[:12].isna().all()  # no earlier year
    jan, feb, mar = (out.loc[pd.Period(m, "M")] for m in ("2022-01", "2022-02", "2022-03"))
    assert (jan["change"], jan["change_pct"]) == (5, 50)  # 15 − 10 = 5; 5 / 10 = +50 %
    assert feb["change"] == 5 and math.isnan(feb["change_pct"])  # 5 − 0; earlier 0
    assert (mar["change"], mar["change_pct"]) == (0, 0)  # 4 − 4
    # Positional fallback gives the same; a gap in a PeriodIndex is looked up by date.
    plain = change_vs_year_before(pd.Series(values))
    assert plain["change"].iloc[12] == 5
    gap = change_vs_year_before(
        pd.Series([8, 6], index=pd.PeriodIndex(["2021-05", "2022-05"], freq="M"))
    )
    assert gap["change"].tolist()[1] == -2 and gap["change_pct"].tolist()[1] == -25  # −2/8


# --------------------------------------------------------------------------- diff_in_diff


def test_diff_in_diff_by_hand():
    # Tb 100 → Ta 80, Cb 200 → Ca 210: R = 0.8 / 1.05 = 0.761905, log R = −0.271934;
    # SE = √(1/80 + 1/100 + 1/210 + 1/200) = √0.0322619 = 0.179616; z·SE = 0.352047;
    # interval exp(−0.623981) = 0.535807 … exp(0.080113) = 1.083410.
    d = diff_in_diff(100, 80, 200, 210)
    assert d.ratio == pytest.approx(0.761905, abs=1e-6)
    assert d.se_log == pytest.approx(0.179616, abs=1e-6)
    assert (d.low, d.high) == (pytest.approx(0.535807, abs=1e-6), pytest.approx(1.083410, abs=1e-6))
    assert d.pct_change == pytest.approx(-23.8095, abs=1e-4)
    assert (d.pct_low, d.pct_high) == (
        pytest.approx(-46.419, abs=1e-3),
        pytest.approx(8.341, abs=1e-3),
    )
    assert not d.clear  # −46 % … +8 % includes 0
    # Tb 100 → Ta 50, control flat at 100: R = 0.5; SE = √(0.02 + 0.01 + 0.01 + 0.01) = 0.223607;
    # z·SE = 0.438269; exp(−0.693147 ∓ 0.438269) = 0.322585 … 0.774997 → −67.7 % … −22.5 %.
    d = diff_in_diff(100, 50, 100, 100)
    assert d.ratio == pytest.approx(0.5) and d.pct_change == pytest.approx(-50)
    assert (d.pct_low, d.pct_high) == (
        pytest.approx(-67.74, abs=0.01),
        pytest.approx(-22.50, abs=0.01),
    )
    assert d.clear
    with pytest.raises(ValueError):
        diff_in_diff(10, 0, 10, 10)

"""Headline figures: 12 months against the 12 before; survey waves and their intervals."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analysis.headlines import crime_headline, survey_headline


def monthly(values: dict[str, int], category: str = "stöld") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "month": pd.to_datetime([f"{m}-01" for m in values]),
            "category": category,
            "count": list(values.values()),
        }
    )


def test_crime_headline_windows():
    months = pd.period_range("2020-07", "2022-06", freq="M")
    # 12 months of 10 (2020-07..2021-06), then 12 months of 9 (2021-07..2022-06).
    data = monthly({str(m): (10 if i < 12 else 9) for i, m in enumerate(months)})
    head = crime_headline(data, "stöld", date(2022, 6, 1))
    assert (head.last12, head.prev12) == (108, 120)
    assert head.change_pct == -10.0  # 100 · (108 − 120) / 120
    assert head.start == date(2021, 7, 1)


def test_crime_headline_without_a_full_year_before():
    data = monthly({"2022-01": 3, "2022-02": 4})
    head = crime_headline(data, "stöld", date(2022, 2, 1))
    assert head.last12 == 7 and head.prev12 is None and head.change_pct is None


def survey(rows):
    return pd.DataFrame(
        rows, columns=["year", "area_id", "indicator", "value", "scale", "respondents", "sampling"]
    )


def test_survey_change_needs_non_overlapping_intervals():
    rows = [
        (2021, None, "otrygg_kvall", 26.1, "andel", 807, "slumpmässigt"),
        (2022, None, "otrygg_kvall", 22.8, "andel", 804, "slumpmässigt"),
    ]
    head = survey_headline(survey(rows), "otrygg_kvall")
    # Wilson 95 %: 2021 ≈ 23.2–29.2 %, 2022 ≈ 20.0–25.8 %: they overlap, so no clear change.
    assert head.changed is False
    rows[1] = (2022, None, "otrygg_kvall", 15.0, "andel", 804, "slumpmässigt")
    assert survey_headline(survey(rows), "otrygg_kvall").changed is True


def test_survey_headline_hides_small_and_self_selected_waves():
    rows = [
        (2021, None, "otrygg_kvall", 26.1, "andel", 807, "slumpmässigt"),
        (2022, None, "otrygg_kvall", 40.0, "andel", 25, "slumpmässigt"),
        (2022, None, "otrygg_kvall", 50.0, "andel", 300, "självselekterat"),
    ]
    head = survey_headline(survey(rows), "otrygg_kvall")
    assert (head.year, head.value, head.prev_year) == (2021, 26.1, None)


class FakeCells:
    """Stands in for protection.ProtectedCrimes: labels by (area_id, month)."""

    def __init__(self, labels):
        self.labels = labels

    def cell(self, period, area_id, category):
        from dashboard.analysis.protection import Cell

        value, label = self.labels[(area_id, str(period))]
        return Cell(value, label)


def test_protected_windows_for_chosen_areas():
    from dashboard.analysis.headlines import CrimeHeadline, protect_headline

    head = CrimeHeadline("narkotika", 9, 7, date(2022, 1, 1), date(2022, 12, 1))
    cells = FakeCells(
        {
            (1, "2022-12"): (3, "small"),
            (2, "2022-12"): (6, "value"),
            (1, "2021-12"): (5, "value"),
            (2, "2021-12"): (2, "small"),
        }
    )
    one = protect_headline(head, cells, (2,))
    assert (one.last_text, one.prev_text) == (None, "1–4")
    assert one.change_pct is None  # never computed from a protected window
    both = protect_headline(head, cells, (1, 2))
    # 3 + 6 = 9 beside a shown 6 would give the 3 away: the sum is hidden.
    assert (both.last_text, both.prev_text) == ("..", "..")

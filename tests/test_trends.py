"""The trends page's data: protection of the crime partition, series, rates, rolling sums,
survey points with intervals, activity marks, the figure's payload and the URL options."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from callbacks.area import path_for_area
from callbacks.filters import search_for_filters
from dashboard.analysis import (
    activities,
    crime_trends,
    metrics,
    protection,
    surveys,
    trend_options,
    trends,
)
from dashboard.analysis.areas import AreaInfo
from dashboard.figures.traces import count_text
from dashboard.figures.trends import trend_figure
from dashboard.urls import Query

# --------------------------------------------------------------------------- demo database


def trends_for(q: Query, **options) -> trends.TrendData:
    from dashboard.pages.views import open_view

    with open_view(q) as view:
        return trends.load_trends(view, trend_options.TrendOptions(**options))


# --------------------------------------------------------------------------- series


def protected_series(values, labels, start="2021-01"):
    periods = pd.period_range(start, periods=len(values), freq="M")
    return pd.DataFrame({"period": periods, "value": values, "label": labels})


def test_series_points_draw_small_counts_on_their_band_and_drop_hidden():
    raw = protected_series([10, 3, 7, 0], ["value", "small", "hidden", "value"])
    pts = crime_trends.series_points(raw, window=1)
    assert pts["y"].iloc[0] == 10
    assert pts["y"].iloc[1] == 2.5 and (pts["low"].iloc[1], pts["high"].iloc[1]) == (1, 4)
    assert np.isnan(pts["y"].iloc[2])  # hidden: not drawn
    assert pts["y"].iloc[3] == 0


def test_series_points_rates_and_change_against_a_year_before():
    values = [10] * 12 + [12] + [8] * 11
    labels = ["value"] * 24
    labels[13] = "small"  # change is only written where both figures are shown
    pts = crime_trends.series_points(protected_series(values, labels), window=12, per=2000)
    assert pts["y"].iloc[0] == pytest.approx(5.0)  # 1000 · 10 / 2000
    assert pts["change_pct"].iloc[12] == pytest.approx(20.0)  # (12 − 10) / 10
    assert np.isnan(pts["change_pct"].iloc[13])
    assert np.isnan(pts["change_pct"].iloc[0])  # no year before
    assert pts["window_start"].iloc[12] == pd.Timestamp("2021-02-01")


def test_municipality_points_are_not_protected():
    raw = protected_series([3, 4], ["small", "hidden"])
    pts = crime_trends.series_points(raw, window=1, protect=False)
    assert list(pts["y"]) == [3, 4]


def test_count_text_never_writes_a_protected_figure():
    row = {"label": "hidden", "value": 7, "y": np.nan, "low": np.nan, "high": np.nan}
    assert count_text(row, "antal", "sv") == ".."
    row = {"label": "small", "value": 3, "y": 2.5, "low": 1, "high": 4}
    assert count_text(row, "antal", "sv") == "1–4"
    row = {"label": "small", "value": 3, "y": 1.25, "low": 0.5, "high": 2.0}
    assert "3" not in count_text(row, "per1000", "sv", per=2000)
    row = {"label": "value", "value": 95, "y": 39.58, "low": np.nan, "high": np.nan}
    assert count_text(row, "per1000", "sv", per=2400) == "39,6 per 1 000 inv. (95 anmälda)"


# --------------------------------------------------------------------------- change rows


def test_change_rows_only_compare_shown_figures():
    cells = protection.ProtectedCrimes(
        12,
        pd.DataFrame(
            {
                "period": [pd.Period("2022-12", "M"), pd.Period("2021-12", "M")] * 2,
                "area_id": [1, 1, protection.MUNICIPALITY, protection.MUNICIPALITY],
                "category": ["stöld"] * 4,
                "value": [30, 3, 300, 250],
                "label": ["value", "small", "value", "value"],
            }
        ),
    )
    area = AreaInfo(1, "A", "a", population=1500)
    rows = crime_trends.change_rows(cells, [area], ("stöld",), pd.Period("2022-12", "M"), 20000)
    mine, whole = rows
    assert mine.change_pct is None  # the year before is "1–4"
    assert mine.rate(mine.last) == pytest.approx(20.0)
    assert mine.rate(mine.prev) is None
    assert whole.change_pct == pytest.approx(20.0)
    assert whole.rate(whole.last) == pytest.approx(15.0)


# --------------------------------------------------------------------------- surveys


def survey(rows):
    return pd.DataFrame(
        rows, columns=["year", "area_id", "indicator", "value", "scale", "respondents", "sampling"]
    )


def test_survey_points_intervals_self_selected_and_few_answers():
    results = survey(
        [
            (2022, None, "otrygg_kvall", 22.8, "andel", 804, "slumpmässigt"),
            (2022, 3, "otrygg_kvall", 38.9, "andel", 162, "slumpmässigt"),
            (2021, 3, "otrygg_kvall", 40.0, "andel", 55, "självselekterat"),
            (2020, 3, "otrygg_kvall", 15.4, "andel", 26, "slumpmässigt"),
            (2022, 9, "otrygg_kvall", 12.0, "andel", 300, "slumpmässigt"),  # not chosen
            (2022, None, "problemindex", 1.57, "index", 804, "slumpmässigt"),
        ]
    )
    pts = surveys.survey_points(results, "otrygg_kvall", (3,))
    assert set(pts["area_id"]) == {protection.MUNICIPALITY, 3}
    whole = pts[pts["area_id"] == protection.MUNICIPALITY].iloc[0]
    low, high = metrics.wilson_interval(22.8, 804)
    assert (whole["low"], whole["high"]) == (pytest.approx(low), pytest.approx(high))
    self_selected = pts[pts["sampling"] == "självselekterat"].iloc[0]
    assert not self_selected["random"] and pd.isna(self_selected["low"])
    few = pts[pts["year"] == 2020].iloc[0]
    assert few["status"] == "few" and pd.isna(few["value"])  # hidden, value not kept
    index = surveys.survey_points(results, "problemindex").iloc[0]
    assert index["scale"] == "index" and pd.isna(index["low"])  # no Wilson for an index
    assert index["x"] == pd.Timestamp("2022-07-01")


# --------------------------------------------------------------------------- activities


def test_activity_marks_filter_by_party_or_partner():
    refs = [
        activities.CommitmentRef(1, "P1", 2022, "Polisen", "Fotpatrull", "pass", "fotpatrullpass"),
        activities.CommitmentRef(
            2, "K3", 2022, "Kommunen", "Vandring", "vandring", None, partners=("Fastighetsägare",)
        ),
    ]
    log = pd.DataFrame(
        {
            "day": pd.to_datetime(["2022-03-02", "2022-09-10"]).date,
            "code": ["P1", "K3"],
            "party": ["Polisen", "Kommunen"],
            "indicator": ["pass", "vandring"],
            "count": [2, 1],
            "area": ["Busstationen", "Centrum"],
            "performed_by": ["Polisen", "Kommunen"],
            "comment": [None, "Åtgärdslista klar"],
            "commitment_id": [1, 2],
        }
    )
    assert list(activities.activity_marks(log, refs)["code"]) == ["P1", "K3"]
    assert list(activities.activity_marks(log, refs, "polisen")["code"]) == ["P1"]
    marks = activities.activity_marks(log, refs, "Fastighetsagare")
    assert list(marks["code"]) == ["K3"]
    assert marks["row"].iloc[0] == "K3 vandring"  # no unit: the indicator
    assert activities.activity_marks(log, refs, "Skolan").empty


# --------------------------------------------------------------------------- options and URLs


def test_options_parse_and_write_only_non_defaults():
    assert trend_options.parse_options({}) == trend_options.TrendOptions(
        "rullande12", "otrygg_kvall"
    )
    opts = trend_options.parse_options({"matt": "ANTAL", "enkat": "problemindex"})
    assert opts == trend_options.TrendOptions("antal", "problemindex") and opts.window == 1
    assert (
        trend_options.parse_options({"matt": "nonsense", "enkat": "x"})
        == trend_options.TrendOptions()
    )
    q = Query(areas=("hotorget",), lang="en")
    assert (
        trend_options.page_search(q, opts)
        == "?omrade=hotorget&lang=en&matt=antal&enkat=problemindex"
    )
    assert trend_options.page_search(q, opts, measure="rullande12") == (
        "?omrade=hotorget&lang=en&enkat=problemindex"
    )
    assert trend_options.page_search(Query(), trend_options.TrendOptions()) == ""


def test_filter_callback_keeps_the_pages_own_parameters():
    new = search_for_filters("?matt=per1000&enkat=oro_stold", ["Hötorget"], None, None, None)
    assert new == "?omrade=hotorget&matt=per1000&enkat=oro_stold"
    assert search_for_filters("?omrade=hotorget", [], None, None, None) == ""


def test_jump_to_area_path():
    from dash import no_update

    assert path_for_area("Hötorget", "/omrade/centrum") == "/omrade/hotorget"
    assert path_for_area("hotorget", "/omrade/hotorget") is no_update
    assert path_for_area(None, "/omrade/centrum") is no_update


# --------------------------------------------------------------------------- on the demo data


def test_demo_whole_municipality(demo_db):
    data = trends_for(Query())
    assert (str(data.start), str(data.end)) == ("2019-01", "2022-12")
    theft = next(s for s in data.series if s.category == "stöld")
    assert theft.municipality
    last = theft.points.iloc[-1]
    assert (last["value"], last["label"]) == (724, "value")  # 12 months to Dec 2022
    assert last["change_pct"] == pytest.approx(100 * (724 - 780) / 780)
    assert data.population == 19000
    assert set(data.survey["year"]) == {2019, 2020, 2021, 2022}


def test_demo_hotorget_differs_from_the_municipality(demo_db):
    data = trends_for(Query(areas=("hotorget",)))
    assert [a.name for a in data.areas] == ["Hötorget"]
    mine = next(s for s in data.series if s.category == "stöld" and not s.municipality)
    whole = next(s for s in data.series if s.category == "stöld" and s.municipality)
    assert mine.points["y"].iloc[-1] == 58 and whole.points["y"].iloc[-1] == 724
    # The self-selected 2021 wave is kept (and labelled), without an interval.
    selfsel = data.survey[~data.survey["random"]]
    assert list(selfsel["year"]) == [2021] and selfsel["low"].isna().all()


def test_demo_busstationen_thefts_fall_after_the_patrols(demo_db):
    data = trends_for(Query(areas=("busstationen",)))
    row = next(r for r in data.changes if r.area and r.category == "stöld")
    assert (row.last.value, row.prev.value) == (67, 91)
    assert row.change_pct == pytest.approx(-26.37, abs=0.01)
    assert "P1" in set(data.activities["code"])


def test_demo_rates_leave_out_places(demo_db):
    data = trends_for(Query(areas=("hotorget", "brogarden")), measure="per1000")
    assert [a.name for a in data.no_population] == ["Hötorget"]
    keys = {s.key for s in data.series}
    assert keys == {"brogarden", "kommun"}


def test_demo_ardala_small_waves_hidden(demo_db):
    data = trends_for(Query(areas=("ardala",)))
    few = data.survey[data.survey["status"] == "few"]
    assert sorted(few["year"]) == [2019, 2020]


def test_demo_period_and_empty_filters(demo_db):
    data = trends_for(Query(start=(2022, 1), end=(2022, 6)))
    assert (str(data.start), str(data.end)) == ("2022-01", "2022-06")
    assert data.series[0].points["month"].min() == pd.Timestamp("2022-01-01")
    empty = trends_for(Query(start=(2030, 1)))
    assert empty.start is None and not empty.has_crimes
    nobody = trends_for(Query(part="Ingen sådan part"))
    assert nobody.activities.empty and nobody.has_crimes


def test_monthly_counts_are_withheld_for_areas(demo_db):
    # An area's monthly counts beside its 12-month sums could give protected months away.
    areas = trends_for(Query(areas=("ardala",)), measure="antal")
    assert areas.monthly_withheld and areas.options.measure == "rullande12"
    whole = trends_for(Query(), measure="antal")
    assert not whole.monthly_withheld and whole.options.measure == "antal"


def test_demo_figure_payload_holds_no_protected_figure(demo_db):
    data = trends_for(Query(areas=("ardala", "varnhem")), measure="rullande12")
    fig = go.Figure(trend_figure(data, "sv"))  # validated by Plotly
    protected = 0
    for trace in fig.data:
        if trace.customdata is None:
            continue
        for y, (text, _) in zip(trace.y, trace.customdata, strict=True):
            if y is None or np.isnan(y) or y == 2.5:
                assert text in ("1–4", ".."), text
                protected += 1
    assert protected > 0
    assert fig.layout.xaxis.hoverformat == "%B %Y"
    assert len(fig.to_json()) < 200_000  # aggregated series only

"""The trends page's data: protection of the crime partition, series, rates, rolling sums,
survey points with intervals, activity marks, the figure's payload and the URL options."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbacks.filters import search_for_filters
from callbacks.trends import path_for_area
from dashboard.analysis import metrics, protection, trends
from dashboard.figures.trends import count_text, trend_figure
from dashboard.urls import Query

# --------------------------------------------------------------------------- demo database


def trends_for(q: Query, **options) -> trends.TrendData:
    from dashboard.pages.views import open_view

    with open_view(q) as view:
        return trends.load_trends(view, trends.TrendOptions(**options))


# --------------------------------------------------------------------------- protection


def check_safe(table: pd.DataFrame, labels: pd.DataFrame) -> None:
    """Every published non-shown figure admits two values (the library's exact check),
    1–4 is never shown below municipality level and municipality totals are shown."""
    values = table.to_numpy()
    n_rows, n_cols = values.shape
    grid = np.zeros((n_rows + 1, n_cols + 1), dtype=np.int64)
    grid[:n_rows, :n_cols] = values
    grid[:n_rows, n_cols] = values.sum(axis=1)
    grid[n_rows, :n_cols] = values.sum(axis=0)
    grid[n_rows, n_cols] = values.sum()
    lab = labels.to_numpy()
    rigid = [p for p in metrics._grid_rigid(grid, lab) if p[1] != n_cols or p[0] == n_rows]
    assert rigid == []
    interior = lab[:n_rows, :n_cols]
    small = (values >= 1) & (values <= 4)
    assert (interior[small] == protection.SMALL).all()
    assert (lab[:n_rows, n_cols] == protection.HIDDEN).all()  # area totals are never published


def test_protect_areas_table_hides_a_lone_small_cell_with_a_partner():
    table = pd.DataFrame({"stöld": [20, 30, 25], "narkotika": [2, 12, 9]}, index=["A", "B", "C"])
    labels = protection.protect_areas_table(table)
    # A's 2 is small; with the municipality total of narcotics (23) shown, one more
    # narcotics cell must go, the smallest other: C's 9.
    assert labels.loc["A", "narkotika"] == protection.SMALL
    assert labels.loc["C", "narkotika"] == protection.HIDDEN
    assert labels.loc["B", "narkotika"] == protection.VALUE
    assert (labels["stöld"].iloc[:3] == protection.VALUE).all()
    check_safe(table, labels)


def test_protect_areas_table_needs_no_secondary_when_smalls_can_trade():
    # Two smalls of which one can go down and one up: they protect each other.
    table = pd.DataFrame({"narkotika": [1, 3, 40], "stöld": [50, 60, 70]}, index=list("ABC"))
    labels = protection.protect_areas_table(table)
    assert list(labels["narkotika"].iloc[:3]) == [
        protection.SMALL,
        protection.SMALL,
        protection.VALUE,
    ]
    check_safe(table, labels)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 12), min_size=3, max_size=3), min_size=3, max_size=5))
def test_protect_areas_table_is_always_safe(rows):
    table = pd.DataFrame(rows, columns=["a", "b", "c"])
    check_safe(table, protection.protect_areas_table(table))


def cube(months: int = 14):
    """Three areas × two categories; area 2's narcotics is 1 every month."""
    counts = np.zeros((months, 3, 2), dtype=np.int64)
    counts[:, 0, 0], counts[:, 1, 0], counts[:, 2, 0] = 10, 8, 6
    counts[:, 0, 1], counts[:, 1, 1], counts[:, 2, 1] = 5, 6, 1
    missing = np.zeros_like(counts)
    periods = pd.period_range("2021-01", periods=months, freq="M")
    return counts, missing, periods, [1, 2, 3], ["stöld", "narkotika"]


def test_protect_cube_windows_sum_and_label():
    counts, missing, periods, areas, cats = cube()
    monthly = protection.protect_cube(counts, missing, periods, areas, cats, window=1)
    rolling = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    assert monthly.periods[0] == pd.Period("2021-01", "M")
    assert rolling.periods[0] == pd.Period("2021-12", "M")  # the first full window
    assert len(rolling.periods) == 3
    month = monthly.cell(pd.Period("2021-03", "M"), 3, "narkotika")
    assert (month.value, month.label) == (1, protection.SMALL)
    year = rolling.cell(pd.Period("2021-12", "M"), 3, "narkotika")
    assert (year.value, year.label) == (12, protection.VALUE)  # 12 × 1: no longer small
    whole = rolling.cell(pd.Period("2021-12", "M"), protection.MUNICIPALITY, "stöld")
    assert (whole.value, whole.label) == (12 * 24, protection.VALUE)
    assert rolling.cell(pd.Period("2030-01", "M"), 1, "stöld") is protection.NO_CELL


def test_protect_cube_marks_unpublished_sums():
    counts, missing, periods, areas, cats = cube()
    missing[5, 0, 0] = 1  # one unpublished month for area 1's thefts
    rolling = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    assert rolling.cell(pd.Period("2021-12", "M"), 1, "stöld").label == protection.MISSING
    assert (
        rolling.cell(pd.Period("2021-12", "M"), protection.MUNICIPALITY, "stöld").label
        == protection.MISSING
    )
    assert rolling.cell(pd.Period("2021-12", "M"), 2, "stöld").label == protection.VALUE


def test_shown_text():
    assert protection.shown_text(protection.Cell(3, protection.SMALL), "sv") == "1–4"
    assert protection.shown_text(protection.Cell(12, protection.HIDDEN), "sv") == ".."
    assert protection.shown_text(protection.Cell(2537, protection.VALUE), "sv") == "2\u00a0537"
    assert protection.shown_text(protection.NO_CELL, "en") == ".."


# --------------------------------------------------------------------------- series


def protected_series(values, labels, start="2021-01"):
    periods = pd.period_range(start, periods=len(values), freq="M")
    return pd.DataFrame({"period": periods, "value": values, "label": labels})


def test_series_points_draw_small_counts_on_their_band_and_drop_hidden():
    raw = protected_series([10, 3, 7, 0], ["value", "small", "hidden", "value"])
    pts = trends.series_points(raw, window=1)
    assert pts["y"].iloc[0] == 10
    assert pts["y"].iloc[1] == 2.5 and (pts["low"].iloc[1], pts["high"].iloc[1]) == (1, 4)
    assert np.isnan(pts["y"].iloc[2])  # hidden: not drawn
    assert pts["y"].iloc[3] == 0


def test_series_points_rates_and_change_against_a_year_before():
    values = [10] * 12 + [12] + [8] * 11
    labels = ["value"] * 24
    labels[13] = "small"  # change is only written where both figures are shown
    pts = trends.series_points(protected_series(values, labels), window=12, per=2000)
    assert pts["y"].iloc[0] == pytest.approx(5.0)  # 1000 · 10 / 2000
    assert pts["change_pct"].iloc[12] == pytest.approx(20.0)  # (12 − 10) / 10
    assert np.isnan(pts["change_pct"].iloc[13])
    assert np.isnan(pts["change_pct"].iloc[0])  # no year before
    assert pts["window_start"].iloc[12] == pd.Timestamp("2021-02-01")


def test_municipality_points_are_not_protected():
    raw = protected_series([3, 4], ["small", "hidden"])
    pts = trends.series_points(raw, window=1, protect=False)
    assert list(pts["y"]) == [3, 4]


def test_crime_series_rates_need_inhabitants():
    counts, missing, periods, areas, cats = cube()
    cells = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    place = trends.AreaInfo(1, "Torget", "torget", "plats", None, None)
    home = trends.AreaInfo(2, "Hemby", "hemby", "bostadsområde", None, 3000)
    assert trends.crime_series(cells, place, "stöld", "per1000") is None
    rates = trends.crime_series(cells, home, "stöld", "per1000")
    assert rates.points["y"].iloc[0] == pytest.approx(1000 * 96 / 3000)
    counts12 = trends.crime_series(cells, place, "stöld", "rullande12")
    assert counts12.points["y"].iloc[0] == 120
    whole = trends.crime_series(cells, None, "stöld", "per1000", population=6000)
    assert whole.points["y"].iloc[0] == pytest.approx(1000 * 288 / 6000)
    cut = trends.crime_series(cells, place, "stöld", "rullande12", start=pd.Period("2022-02", "M"))
    assert list(cut.points["month"]) == [pd.Timestamp("2022-02-01")]


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
    area = trends.AreaInfo(1, "A", "a", population=1500)
    rows = trends.change_rows(cells, [area], ("stöld",), pd.Period("2022-12", "M"), 20000)
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
    pts = trends.survey_points(results, "otrygg_kvall", (3,))
    assert set(pts["area_id"]) == {protection.MUNICIPALITY, 3}
    whole = pts[pts["area_id"] == protection.MUNICIPALITY].iloc[0]
    low, high = metrics.wilson_interval(22.8, 804)
    assert (whole["low"], whole["high"]) == (pytest.approx(low), pytest.approx(high))
    self_selected = pts[pts["sampling"] == "självselekterat"].iloc[0]
    assert not self_selected["random"] and pd.isna(self_selected["low"])
    few = pts[pts["year"] == 2020].iloc[0]
    assert few["status"] == "few" and pd.isna(few["value"])  # hidden, value not kept
    index = trends.survey_points(results, "problemindex").iloc[0]
    assert index["scale"] == "index" and pd.isna(index["low"])  # no Wilson for an index
    assert index["x"] == pd.Timestamp("2022-07-01")


# --------------------------------------------------------------------------- activities


def test_activity_marks_filter_by_party_or_partner():
    refs = [
        trends.CommitmentRef(1, "P1", 2022, "Polisen", "Fotpatrull", "pass", "fotpatrullpass"),
        trends.CommitmentRef(
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
    assert list(trends.activity_marks(log, refs)["code"]) == ["P1", "K3"]
    assert list(trends.activity_marks(log, refs, "polisen")["code"]) == ["P1"]
    marks = trends.activity_marks(log, refs, "Fastighetsagare")
    assert list(marks["code"]) == ["K3"]
    assert marks["row"].iloc[0] == "K3 vandring"  # no unit: the indicator
    assert trends.activity_marks(log, refs, "Skolan").empty


# --------------------------------------------------------------------------- options and URLs


def test_options_parse_and_write_only_non_defaults():
    assert trends.parse_options({}) == trends.TrendOptions("rullande12", "otrygg_kvall")
    opts = trends.parse_options({"matt": "ANTAL", "enkat": "problemindex"})
    assert opts == trends.TrendOptions("antal", "problemindex") and opts.window == 1
    assert trends.parse_options({"matt": "nonsense", "enkat": "x"}) == trends.TrendOptions()
    q = Query(areas=("hotorget",), lang="en")
    assert trends.page_search(q, opts) == "?omrade=hotorget&lang=en&matt=antal&enkat=problemindex"
    assert trends.page_search(q, opts, measure="rullande12") == (
        "?omrade=hotorget&lang=en&enkat=problemindex"
    )
    assert trends.page_search(Query(), trends.TrendOptions()) == ""


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


def test_protected_cube_protects_only_the_periods_asked_for():
    counts, missing, periods, areas, cats = cube()
    rolling = protection.protect_cube(counts, missing, periods, areas, cats, window=12)
    rolling.cell(pd.Period("2022-02", "M"), 1, "stöld")
    assert len(rolling._tables) == 1
    whole = rolling.series(protection.MUNICIPALITY, "stöld")  # the municipality needs no table
    assert len(rolling._tables) == 1 and list(whole["label"]) == [protection.VALUE] * 3
    thefts = counts[:, :, cats.index("stöld")].sum(axis=1)
    assert list(whole["value"]) == [int(thefts[i - 11 : i + 1].sum()) for i in (11, 12, 13)]
    every = rolling.series(protection.MUNICIPALITY, protection.ALL)
    assert list(every["value"]) == [int(counts[i - 11 : i + 1].sum()) for i in (11, 12, 13)]
    # Every period read as a whole: each table as protect_areas_table labels it alone.
    cells = rolling.cells
    for period in rolling.periods:
        i = (period - periods[0]).n
        table = pd.DataFrame(counts[i - 11 : i + 1].sum(axis=0), index=areas, columns=cats)
        expected = protection.protect_areas_table(table)
        for area in areas:
            for cat in cats:
                row = cells[
                    (cells["period"] == period)
                    & (cells["area_id"] == area)
                    & (cells["category"] == cat)
                ]
                assert row["label"].item() == expected.loc[area, cat]
    some = rolling.series(1, "stöld", start=pd.Period("2022-01", "M"))
    assert list(some["period"].astype(str)) == ["2022-01", "2022-02"]

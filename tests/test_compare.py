"""The official statistics compared (/jamfor): rates, the county from its kommuner, chosen
kommuner, the local-vs-official check, the words; the queries on SQLite and PostgreSQL."""

from __future__ import annotations

import math

import pandas as pd
import pytest
import sqlalchemy as sa

from dashboard import regions
from dashboard.analysis import comparison
from dashboard.analysis.comparison import COUNTY, KOMMUN, NATION, RegionSeries
from dashboard.figures import compare as figures
from dashboard.ingest.pipeline import import_files
from dashboard.pages.compare import parse_options, search_for_chosen
from dashboard.storage import official_stats, schema

SKARA = regions.by_code("1495")
BLEKINGE = regions.of_county("10")  # five kommuner


def rows(*records) -> pd.DataFrame:
    """Stored rows (year, count, per_100000, population) of one region."""
    return pd.DataFrame(records, columns=["year", "count", "per_100000", "population"])


def series(role: str, name: str, points: dict[int, float], missing=None) -> RegionSeries:
    years = sorted(points)
    frame = pd.DataFrame(
        {
            "year": years,
            "count": [math.nan] * len(years),
            "population": [math.nan] * len(years),
            "rate": [points[y] for y in years],
            "missing": [(missing or {}).get(y, 0) for y in years],
        }
    )
    return RegionSeries(role, name, role, frame)


# --- pure ------------------------------------------------------------------------------


def test_rates_as_published_else_computed_and_inhabitants_derived():
    points = comparison.rate_points(
        rows(
            (2022, 1350, 7350.0, None),  # inhabitants derived: 1350 × 100 000 ÷ 7350
            (2021, 1400, None, 18_700),  # rate computed from the inhabitants
            (2020, None, None, 18_600),  # ".." not published: no rate, never 0
        )
    )
    by_year = points.set_index("year")
    assert by_year.loc[2022, "rate"] == 7350.0
    assert by_year.loc[2022, "population"] == pytest.approx(18_367.3, abs=0.1)
    assert by_year.loc[2021, "rate"] == pytest.approx(1400 / 18_700 * 100_000)
    assert math.isnan(by_year.loc[2020, "rate"])
    assert list(points["year"]) == [2020, 2021, 2022]


def test_county_is_the_sum_of_its_kommuner_and_only_when_complete():
    sums = pd.DataFrame(
        {
            "year": [2022, 2023],
            "count": [9_000, 8_000],
            "population": [150_000.0, 120_000.0],
            "complete": [5, 4],
        }
    )
    points = comparison.county_points(sums, 5).set_index("year")
    assert points.loc[2022, "rate"] == pytest.approx(6000.0)
    assert points.loc[2022, "missing"] == 0
    # One kommun short in 2023: no figure at all (not 8 000 ÷ 120 000), and it says so.
    assert math.isnan(points.loc[2023, "rate"]) and math.isnan(points.loc[2023, "count"])
    assert points.loc[2023, "missing"] == 1
    county = RegionSeries(COUNTY, "Blekinge län", COUNTY, points.reset_index())
    assert county.incomplete() == [(2023, 1)]
    assert county.years() == [2022]


def test_chosen_kommuner_by_slug_unknown_ones_kept_to_say_so():
    chosen = comparison.choose(
        ["lidkoping", "Götene", "nowhere", "skara", "lidkoping", ""], regions.by_slug, "1495"
    )
    assert [k.name for k in chosen.kommuner] == ["Lidköping", "Götene"]
    assert chosen.unknown == ("nowhere",)  # Skara itself and the repeat are left out


def test_options_from_the_url_and_the_choice_written_back():
    options = parse_options({"med": "Lidköping,gotene,gotene", "brottstyp": "Stöld"})
    assert options.chosen == ("lidkoping", "gotene")
    assert options.params() == {"med": "lidkoping,gotene", "brottstyp": "stold"}
    search = search_for_chosen("?brottstyp=stold&lang=en&med=vara", ["lidkoping", "gotene"])
    assert search == "?lang=en&brottstyp=stold&med=lidkoping,gotene"
    assert search_for_chosen("?med=vara", []) == ""


def test_category_asked_for_if_it_has_figures_else_all_crimes():
    available = comparison.available_categories(["stöld", "samtliga", "narkotika"])
    assert available == ("samtliga", "stöld", "narkotika")
    assert comparison.pick_category("stold", available) == "stöld"
    assert comparison.pick_category("Stöld- och tillgreppsbrott", available) == "stöld"
    assert comparison.pick_category("inbrott", available) == "samtliga"
    assert comparison.pick_category(None, ("narkotika",)) == "narkotika"
    assert comparison.pick_category(None, ()) is None


def test_latest_year_up_to_the_trend_figure_s_end():
    kommun = series(KOMMUN, "Skara", {2019: 1.0, 2021: 2.0, 2023: 3.0})
    assert comparison.latest_year(kommun) == 2023
    assert comparison.latest_year(kommun, 2022) == 2021
    assert comparison.latest_year(kommun, 2018) == 2023  # none by then: the latest
    assert comparison.latest_year(series(KOMMUN, "Skara", {})) is None


def test_local_check_compares_complete_years_and_categories_both_have():
    official = pd.DataFrame(
        [
            (2022, "stöld", 700),
            (2022, "samtliga", 2_000),
            (2021, "stöld", 650),
            (2022, "narkotika", None),  # not published
        ],
        columns=["year", "category", "count"],
    )
    local = pd.DataFrame(
        [
            (2022, "stöld", 710, 0, 12),
            (2022, "narkotika", 90, 0, 12),
            (2021, "stöld", 400, 0, 7),  # seven months: not a complete year
        ],
        columns=["year", "category", "count", "missing", "months"],
    )
    check = comparison.local_check(official, local, categories=("stöld", "narkotika"))
    assert check.to_dict("records")[0] == {
        "year": 2022,
        "category": "samtliga",  # stöld + narkotika: every category of this extract
        "official": 2_000,
        "local": 800,
        "difference": -1_200,
        "percent": -60.0,
    }
    stold = check[check["category"] == "stöld"].iloc[0]
    assert (stold["official"], stold["local"], stold["difference"]) == (700, 710, 10)
    assert stold["percent"] == pytest.approx(10 / 700 * 100)
    assert list(check["year"]) == [2022, 2022]  # 2021 incomplete, narkotika unpublished
    # A month with an unpublished cell makes its year incomplete too.
    local.loc[0, "missing"] = 1
    check = comparison.local_check(official, local, categories=("stöld", "narkotika"))
    assert check.empty


def test_the_sentence_names_the_kommun_the_nation_and_the_county():
    shown = [
        series(KOMMUN, "Skara", {2019: 7_900, 2023: 7_350}),
        series(NATION, "", {2019: 8_300, 2023: 8_200}),
        series(COUNTY, "Västra Götalands län", {2019: 7_500, 2023: 7_900}),
        series(comparison.CHOSEN, "Götene", {2019: 6_000}),
    ]
    first, change = figures.sentences(shown, "samtliga", "sv", county_size=49)
    assert first == (
        "Skara hade 7\u00a0350 anmälda brott per 100\u00a0000 invånare 2023; riket 8\u00a0200, "
        "Västra Götalands län 7\u00a0900, Götene uppgift saknas."
    ).replace("100\u00a0000", "100 000")
    assert change == "Från 2019 till 2023 gick Skara från 7\u00a0900 till 7\u00a0350 (−7\u00a0%)."
    county = series(COUNTY, "Västra Götalands län", {2023: math.nan}, missing={2023: 3})
    english = figures.sentences([shown[0], shown[1], county], "stöld", "en", county_size=49)
    assert english[0] == (
        "Skara had 7,350 reported thefts per 100,000 inhabitants in 2023; Sweden 8,200, "
        "Västra Götalands län incomplete (3 of 49 municipalities missing)."
    )


def test_the_figure_emphasises_the_kommun_in_neutral_colours():
    shown = [
        series(KOMMUN, "Skara", {2022: 7_000, 2023: 7_350}),
        series(NATION, "", {2022: 8_000, 2023: 8_200}),
        series(COUNTY, "Västra Götalands län", {2022: 7_600, 2023: 7_900}),
    ]
    fig = figures.compare_figure(shown, "sv")
    by_name = {trace["name"]: trace for trace in fig["data"]}
    assert set(by_name) == {"Skara", "Riket", "Västra Götalands län"}
    widths = {name: trace["line"]["width"] for name, trace in by_name.items()}
    assert widths["Skara"] > max(widths["Riket"], widths["Västra Götalands län"])
    assert by_name["Riket"]["line"]["dash"] != by_name["Västra Götalands län"]["line"]["dash"]
    status_colours = {s.colour.upper() for s in figures.theme.STATUS_STYLES.values()}
    status_colours -= {figures.theme.OKABE_ITO["grey"].upper()}
    assert not {t["line"]["color"].upper() for t in fig["data"]} & status_colours
    table = figures.rate_table(shown, "sv")
    assert list(table.columns) == ["År", "Skara", "Riket", "Västra Götalands län"]
    assert table.iloc[-1].tolist() == ["2023", 7350.0, 8200.0, 7900.0]


# --- queries ----------------------------------------------------------------------------


def store(engine, records) -> None:
    with engine.begin() as conn:
        conn.execute(schema.kommun_stats.insert(), records)


def stat(region, year, count, per=None, population=None, category="samtliga") -> dict:
    return {
        "region": region,
        "year": year,
        "category": category,
        "count": count,
        "per_100000": per,
        "population": population,
    }


def test_county_sums_in_the_database_with_derived_inhabitants(engine):
    codes = [k.code for k in BLEKINGE]
    records = [stat(code, 2022, 1000, population=20_000) for code in codes[:4]]
    records.append(stat(codes[4], 2022, 500, per=2500.0))  # inhabitants 20 000, derived
    records += [stat(code, 2023, 1000, population=20_000) for code in codes[:4]]
    records.append(stat(codes[4], 2023, None, per=None))  # ".." not published
    store(engine, records)
    with engine.connect() as conn:
        sums = official_stats.region_sums(conn, codes, "samtliga")
        assert official_stats.has_stats(conn)
        assert official_stats.stats_categories(conn, codes[0]) == ("samtliga",)
    points = comparison.county_points(sums, len(codes)).set_index("year")
    assert points.loc[2022, "rate"] == pytest.approx(4500 / 100_000 * 100_000)
    assert points.loc[2022, "population"] == pytest.approx(100_000)
    assert math.isnan(points.loc[2023, "rate"]) and points.loc[2023, "missing"] == 1


def test_own_monthly_crimes_summed_per_year_in_the_database(base):
    months = [f"2022-{m:02d}" for m in range(1, 13)]
    lines = ["månad,område,brottstyp,antal"]
    lines += [f"{m},Centrum,stöld,3" for m in months] + [f"{m},Brogården,stöld,2" for m in months]
    lines += ["2023-01,Centrum,stöld,4", "2023-02,Centrum,stöld,.."]
    result = import_files(base, [("brott.csv", "\n".join(lines).encode())])
    assert result.ok, result.messages()
    store(base, [stat(SKARA.code, 2022, 58, category="stöld")])
    with base.connect() as conn:
        local = official_stats.yearly_crimes(conn, "Skara")
        official = official_stats.region_stats(conn, (SKARA.code,))
    assert local.to_dict("records") == [
        {"year": 2022, "category": "stöld", "count": 60, "missing": 0, "months": 12},
        {"year": 2023, "category": "stöld", "count": 4, "missing": 1, "months": 2},
    ]
    check = comparison.local_check(official, local)
    assert check[["year", "official", "local", "difference"]].values.tolist() == [[2022, 58, 60, 2]]


def test_region_rows_of_one_category(engine):
    store(
        engine,
        [
            stat(regions.NATION, 2022, 850_000, 8_200.0, 10_400_000),
            stat(regions.NATION, 2022, 270_000, 2_600.0, 10_400_000, category="stöld"),
        ],
    )
    with engine.connect() as conn:
        found = official_stats.region_stats(conn, (regions.NATION,), "stöld")
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.kommun_stats)).scalar()
    assert found[["region", "year", "count", "per_100000"]].values.tolist() == [
        ["00", 2022, 270_000, 2600.0]
    ]

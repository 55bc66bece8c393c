"""The demo data generator: deterministic, complete, and telling the stories the views show."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from dashboard import contract
from dashboard.demo import canonical, import_templates, skara_files
from dashboard.demo.checkins import MEETINGS
from dashboard.demo.crimes import months

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "data" / "demo"
TEMPLATES = REPO / "data" / "templates"
CENTRE = ["Centrum", "Busstationen", "Hötorget"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    skara_files.generate(out)
    skara_files.write_excel_variants(out, out / "excel-sv")
    return out


def read(directory: Path, kind: str) -> pd.DataFrame:
    return pd.read_csv(directory / f"{kind}.csv", dtype={"månad": str, "år": int})


def test_two_runs_are_byte_identical(generated, tmp_path):
    paths = skara_files.generate(tmp_path)
    assert set(paths) == set(contract.KINDS)
    for kind, path in paths.items():
        assert path.read_bytes() == (generated / f"{kind}.csv").read_bytes(), kind


def test_committed_files_are_current(generated, tmp_path):
    for kind in canonical.HEADERS:
        for sub in ("", "excel-sv"):
            fresh, committed = generated / sub / f"{kind}.csv", COMMITTED / sub / f"{kind}.csv"
            assert fresh.read_bytes() == committed.read_bytes(), (
                f"{committed} is stale: run python -m dashboard.demo"
            )
    assert (COMMITTED / "README.md").read_text(encoding="utf-8") == skara_files.README
    import_templates.write_templates(generated, tmp_path)
    for kind in canonical.HEADERS:
        assert (tmp_path / f"{kind}.csv").read_bytes() == (TEMPLATES / f"{kind}.csv").read_bytes()


def test_canonical_format(generated):
    for kind, header in canonical.HEADERS.items():
        raw = (generated / f"{kind}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
        assert tuple(rows[0]) == header
        assert set(header) <= set(contract.KIND_SPECS[kind].names)
        assert all(len(r) == len(header) for r in rows)


def test_populations(generated):
    areas = read(generated, "omraden")
    assert 18_500 <= areas["invånare"].sum() <= 19_500
    assert (areas["kommun"] == "Skara").all() and areas["område"].is_unique
    places = areas[areas["typ"] == "plats"]
    assert set(places["område"]) == {"Busstationen", "Hötorget"}
    assert places["invånare"].isna().all() and (places["ingår_i"] == "Centrum").all()


def test_brott_is_complete_and_plausible(generated):
    crimes = read(generated, "brott")
    areas = read(generated, "omraden")["område"]
    assert len(crimes) == len(areas) * len(contract.CATEGORIES) * 48
    assert not crimes.duplicated(["månad", "område", "brottstyp"]).any()
    assert set(crimes["månad"]) == set(months())
    assert set(crimes["brottstyp"]) == set(contract.CATEGORIES)
    yearly = crimes.groupby(crimes["månad"].str[:4])["antal"].sum()
    assert yearly.between(2_400, 2_800).all(), yearly


def months_mean(crimes: pd.DataFrame, years: list[int]) -> float:
    """Mean monthly count over March–December of the given years."""
    year, month = crimes["månad"].str[:4].astype(int), crimes["månad"].str[5:].astype(int)
    rows = crimes[year.isin(years) & (month >= 3)]
    return rows.groupby("månad")["antal"].sum().mean()


def test_busstationen_theft_falls_after_patrols_start(generated):
    theft = read(generated, "brott").query("brottstyp == 'stöld'")
    at, rest = theft[theft["område"] == "Busstationen"], theft[theft["område"] != "Busstationen"]
    change = months_mean(at, [2022]) / months_mean(at, [2019, 2020, 2021]) - 1
    assert -0.45 <= change <= -0.15
    rest_change = months_mean(rest, [2022]) / months_mean(rest, [2019, 2020, 2021]) - 1
    assert abs(rest_change) < 0.10


def test_centre_narcotics_rise_in_2022(generated):
    narcotics = read(generated, "brott").query("brottstyp == 'narkotika'")
    centre = narcotics[narcotics["område"].isin(CENTRE)]
    per_year = centre.groupby(centre["månad"].str[:4])["antal"].sum()
    assert per_year["2022"] > 1.25 * per_year[["2019", "2020", "2021"]].mean()


def test_progress_by_year_end(generated):
    targets = read(generated, "loften").set_index("löfte_id")["mål"]
    done = read(generated, "aktiviteter").groupby("löfte_id")["antal"].sum()
    assert len(targets) == 11
    assert done["P1"] >= targets["P1"]
    assert done["G1"] < 0.6 * targets["G1"]
    assert done["K3"] == 1 and done["K2"] == 0  # walk done, Purple Flag not


def test_activities_fall_within_their_periods(generated):
    commitments = read(generated, "loften").set_index("löfte_id")
    acts = read(generated, "aktiviteter").join(commitments[["start", "slut"]], on="löfte_id")
    assert ((acts["datum"] >= acts["start"]) & (acts["datum"] <= acts["slut"])).all()
    patrols = acts[acts["löfte_id"] == "P1"]
    assert set(patrols["område"]) == {"Busstationen", "Hötorget", "Centrum"}


def test_checkins_cover_every_commitment_at_every_meeting(generated):
    checkins = read(generated, "uppfoljning")
    assert len(checkins) == 11 * len(MEETINGS)
    assert set(checkins["status"]) == {"grön", "gul", "röd"}
    assert checkins["kommentar"].notna().all()


def test_survey(generated):
    survey = read(generated, "enkat")
    assert set(survey["indikator"]) == set(contract.SURVEY_INDICATORS)
    random = survey[survey["urval"] == "slumpmässigt"]
    whole = random[random["område"] == "Skara"]
    areas = random[random["område"] != "Skara"]
    assert whole["antal_svar"].between(600, 900).all()
    assert areas["antal_svar"].between(25, 220).all()
    small = areas.loc[areas["antal_svar"] < 30, ["år", "område"]].drop_duplicates()
    assert 1 <= len(small) <= 2  # something for the app to hide
    unsafe = whole.query("indikator == 'otrygg_kvall'")["värde"]
    assert unsafe.between(20, 30).all()
    selected = survey[survey["urval"] == "självselekterat"]
    assert set(selected["område"]) == {"Busstationen", "Hötorget"}
    assert (selected["år"] == 2021).all()
    shares = survey[survey["skala"] == "andel"]["värde"]
    assert shares.between(0, 100).all()
    assert survey[survey["skala"] == "index"]["värde"].between(0, 6).all()


def test_excel_variants(generated):
    for kind, header in canonical.HEADERS.items():
        raw = (generated / "excel-sv" / f"{kind}.csv").read_bytes()
        text = raw.decode("cp1252")
        assert raw.count(b"\r\n") == raw.count(b"\n") > 1
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        assert rows[0] == [h.upper() for h in header]
    survey = (generated / "excel-sv" / "enkat.csv").read_text(encoding="cp1252")
    values = [r[3] for r in csv.reader(io.StringIO(survey), delimiter=";")][1:]
    assert all("," in v and "." not in v for v in values)


def test_templates_have_two_rows_that_exist_in_the_demo():
    areas = set(read(COMMITTED, "omraden")["område"]) | {"Skara"}
    ids = set(read(COMMITTED, "loften")["löfte_id"])
    for kind, header in canonical.HEADERS.items():
        rows = list(csv.reader(io.StringIO((TEMPLATES / f"{kind}.csv").read_text("utf-8"))))
        assert tuple(rows[0]) == header and len(rows) == 3
        for row in rows[1:]:
            record = dict(zip(header, row, strict=True))
            if "löfte_id" in record:
                assert record["löfte_id"] in ids
            for area in filter(None, record.get("område", "").split("|")):
                assert area in areas

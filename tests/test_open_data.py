"""The open data behind /for-invanare (dashboard/pages/open_data.py): per commitment and year,
no internal comment, no area figure, canonical CSV, JSON with its metadata and licence."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from citizens_support import stored_promise  # noqa: F401  (the fixture ``stored``)

from dashboard.ingest.pipeline import import_files
from dashboard.pages import open_data
from dashboard.storage import cache
from dashboard.urls import Query

TODAY = date(2023, 2, 1)


def table(data: open_data.OpenData) -> list[dict]:
    return list(csv.DictReader(io.StringIO(open_data.to_csv(data).decode("utf-8"))))


def test_commitments_per_year_with_the_public_comment_only(stored):
    rows = table(open_data.dataset("loften", Query(), TODAY))
    assert list(rows[0]) == list(open_data.COLUMNS["loften"])
    by_code = {r["löfte_id"]: r for r in rows}
    p1, k3 = by_code["P1"], by_code["K3"]
    assert (p1["år"], p1["part"], p1["mål"], p1["uppnått"], p1["enhet"]) == (
        "2022", "Polisen", "150", "165", "fotpatrullpass",
    )  # fmt: skip
    assert (p1["beräknad_status"], p1["status"], p1["statuskälla"]) == (
        "grön", "grön", "styrgruppen",
    )  # fmt: skip
    assert p1["kommentar"] == "Målet nått, fortsätter 2023."
    # K3's latest check-in is internal: no comment at all, not even its older public one.
    assert k3["kommentar"] == "" and k3["styrgruppens_datum"] == "2022-12-13"
    assert (k3["beräknad_status"], k3["status"]) == ("röd", "grön")
    text = open_data.to_csv(open_data.dataset("loften", Query(), TODAY)).decode()
    assert "Internt" not in text and "Äldre offentlig" not in text


def test_crimes_are_whole_municipality_sums_and_an_unpublished_month_is_dotted(stored):
    more = (
        "månad,område,brottstyp,antal\n2023-01,Centrum,narkotika,..\n2023-01,Hötorget,narkotika,2\n"
    )
    assert import_files(stored, [("brott-jan.csv", more.encode())]).ok
    cache.clear()
    rows = table(open_data.dataset("brott", Query(), TODAY))
    assert list(rows[0]) == ["månad", "kommun", "brottstyp", "antal"]  # no område at all
    thefts = {r["månad"]: r["antal"] for r in rows if r["brottstyp"] == "stöld"}
    assert thefts["2022-06"] == "48" and thefts["2021-06"] == "53"  # Centrum + Hötorget
    assert "3" not in thefts.values()  # Hötorget's own small count never appears
    narcotics = [r for r in rows if r["brottstyp"] == "narkotika"]
    assert narcotics == [{"månad": "2023-01", "kommun": "Skara", "brottstyp": "narkotika",
                          "antal": ".."}]  # fmt: skip
    as_json = json.loads(open_data.to_json(open_data.dataset("brott", Query(), TODAY), "sv"))
    assert {"månad": "2023-01", "kommun": "Skara", "brottstyp": "narkotika", "antal": None} in (
        as_json["rows"]
    )


def test_survey_only_whole_municipality_with_n_sampling_and_interval(stored):
    rows = table(open_data.dataset("enkat", Query(), TODAY))
    assert [(r["år"], r["område"], r["värde"], r["antal_svar"]) for r in rows] == [
        ("2021", "Skara", "26", "812"),
        ("2022", "Skara", "23", "804"),
    ]  # Hötorget's 61 % from 40 answers is an area figure: not in the open data
    assert rows[1]["urval"] == "slumpmässigt"
    assert float(rows[1]["lägre_95"]) < 23 < float(rows[1]["övre_95"])


def test_json_has_the_metadata_block_and_the_configured_licence(stored, monkeypatch):
    data = open_data.dataset("loften", Query(), TODAY)
    now = datetime(2023, 2, 1, 12, 0, tzinfo=UTC)
    body = json.loads(open_data.to_json(data, "sv", now))
    meta = body["metadata"]
    assert meta["licence"] == "CC0 1.0"
    assert meta["licence_url"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert meta["generated_at"] == "2023-02-01T12:00:00+00:00"
    assert meta["data_version"] == data.version and meta["kommun"] == "Skara"
    assert meta["source"].startswith("Uppföljningen av medborgarlöftet i Skara kommun")
    assert meta["example_data"] is False and meta["columns"] == list(open_data.COLUMNS["loften"])
    p1 = next(r for r in body["rows"] if r["löfte_id"] == "P1")
    assert p1["mål"] == 150 and p1["uppnått"] == 165 and p1["andel_av_mål"] == 1.1
    monkeypatch.setenv(
        "OPEN_DATA_LICENCE", "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"
    )
    meta = json.loads(open_data.to_json(data, "en"))["metadata"]
    assert (meta["licence"], meta["licence_url"]) == (
        "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
    )  # fmt: skip
    assert meta["source"].startswith("The follow-up of the citizen promise")
    monkeypatch.setenv("OPEN_DATA_LICENCE", "Fri användning <script>")
    assert open_data.Licence.configured() == open_data.Licence("Fri användning <script>", None)


def test_text_a_spreadsheet_would_run_is_neutralised(stored):
    with stored.begin() as conn:
        conn.execute(sa.text("UPDATE commitments SET text = '=HYPERLINK(\"x\")' WHERE code = 'P1'"))
    cache.clear()
    rows = table(open_data.dataset("loften", Query(), TODAY))
    assert next(r for r in rows if r["löfte_id"] == "P1")["löfte"] == '\'=HYPERLINK("x")'


def test_an_unknown_dataset_is_refused():
    with pytest.raises(KeyError):
        open_data.dataset("konton", Query())
